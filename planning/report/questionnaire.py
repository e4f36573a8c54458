"""The printable questionnaire: the survey on paper, for the personal approach.

Why on paper: the seeds' personal approach reaches people who do not fill in a form
online (older residents, people without a computer): staff hand out the form at the
market, bring it on a home visit or fill it in together by phone. Each sheet carries
a respondent number that the entry form in notebook 02 asks for, so a returned form
is entered once. The questions are the workspace's themes in its language and the
3/5/10-year horizons; the privacy statement says what is kept, by whom, for how long
and how to withdraw. ``large=True`` sets everything in large type for older readers.
Layout is Typst (templates/questionnaire.typ), fed JSON only, as the village plan is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planning.errors import Said
from planning.i18n import text
from planning.io.atomic import write_atomic
from planning.report.pdf import compile_pdf
from planning.workspace.folder import Workspace

#: the age groups on paper; the import reads them back as '0-17', '18-34' ... '75+'
AGE_GROUP_KEYS = (
    "form.age_0_17",
    "form.age_18_34",
    "form.age_35_54",
    "form.age_55_74",
    "form.age_75",
)
WORD_KEYS = (
    "title",
    "heading",
    "intro",
    "number",
    "q_village",
    "other_village",
    "q_age",
    "birth_year",
    "q_importance",
    "scale",
    "q_volunteer",
    "q_callback",
    "callback_help",
    "q_quote",
    "yes",
    "no",
    "name",
    "phone",
    "address",
    "privacy_title",
    "thanks",
)


def respondent_numbers(village_id: str, count: int, first: int = 1) -> list[str]:
    """One number per sheet ('roden-001'): what staff type into the entry form."""
    return [f"{village_id}-{n:03d}" for n in range(first, first + count)]


def questionnaire_data(
    ws: Workspace,
    village_id: str,
    lang: str = "nl",
    large: bool = False,
    count: int = 10,
    first: int = 1,
) -> dict[str, Any]:
    """Everything the template prints, as plain JSON-able data."""
    village = ws.village(village_id)
    organisation = ws.settings.name or ws.settings.municipality or ""
    themes = [labels[0 if lang == "nl" else 1] for labels in ws.settings.themes.values()]
    words = {key: text(f"form.{key}", lang) for key in WORD_KEYS}
    privacy = [
        text(f"form.privacy_{part}", lang, organisation=organisation)
        for part in ("what", "who", "how_long", "withdraw")
    ]
    return {
        "lang": lang,
        "large": large,
        "village": str(village["name"]),
        "organisation": organisation,
        "sheets": respondent_numbers(village_id, count, first),
        "age_groups": [text(key, lang) for key in AGE_GROUP_KEYS],
        "themes": [t[:1].upper() + t[1:] for t in themes],
        "horizons": [text("form.q_need", lang, years=h) for h in ws.settings.horizons],
        "words": words,
        "privacy": privacy,
    }


def render_questionnaire(data: dict[str, Any]) -> bytes:
    """The questionnaire's PDF bytes (A4, one questionnaire per respondent number), as
    accessible and archivable as the plan (planning.report.pdf.compile_pdf)."""
    return compile_pdf(
        "questionnaire.typ", data, lambda reason: Said("form.typeset_failed", {"reason": reason})
    )


def write_questionnaire(
    ws: Workspace,
    village_id: str,
    out_dir: Path,
    lang: str = "nl",
    large: bool = False,
    count: int = 10,
    first: int = 1,
) -> Path:
    """Write ``vragenlijst-<village>[-groot].pdf`` into ``out_dir``, whole or not at all."""
    data = questionnaire_data(ws, village_id, lang, large, count, first)
    stem = (
        text("form.file_stem", lang)
        + f"-{village_id}"
        + ("-" + text("form.large", lang) if large else "")
    )
    return write_atomic(Path(out_dir) / f"{stem}.pdf", render_questionnaire(data))
