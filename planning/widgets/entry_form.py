"""EntryForm: paper, phone and home-visit answers typed in, one respondent per save.

Why a form and not a spreadsheet: staff who call people back or visit them at home
enter a handful of answers at a time, and each must be checked exactly as an
import is (same schema, same reasons, in the form's language) and split the same
way: the answers to ``survey/responses.csv``, name, phone, e-mail and address to the
follow-up store only. So a save writes the one respondent as a tiny export and runs the survey
import on it (``planning.survey.importer``); nothing is written when it is refused.
"""

from __future__ import annotations

import csv
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import ipywidgets as w

from planning.errors import PlanningError
from planning.i18n import text
from planning.survey.coding import code_text, lexicon_for
from planning.survey.coding_queue import queue_for_coding
from planning.survey.importer import import_survey, prepare
from planning.survey.mapping import PII_FIELDS
from planning.survey.privacy import scrub
from planning.widgets._style import CSS, esc
from planning.workspace.folder import Workspace, open_workspace

#: room for the longest label ('Respondentnummer') so none is cut off
LABEL = {"description_width": "160px"}
#: the channels of the personal approach, in the order staff meet them
CHANNELS = ("paper", "phone", "home_visit")
#: every hand-entered answer shares one source, so a respondent number is entered once
SOURCE = "handmatige invoer"
HORIZONS = (3, 5, 10)
#: an age typed as a birth year ("1948"): the import derives the age band from it and
#: the date of the answer
BIRTH_YEAR = re.compile(r"(19|20)\d\d")
FLAGS = ("volunteer", "contact_requested", "quote_publishable")


class EntryForm:
    """The form's widgets are attributes: a test sets ``.value`` and clicks ``save``."""

    def __init__(
        self,
        workspace: Workspace | Path | str | None = None,
        village: str | None = None,
        lang: str | None = None,
    ) -> None:
        self.ws = workspace if isinstance(workspace, Workspace) else open_workspace(workspace)
        lang = self.lang = lang or self.ws.settings.lang
        villages = self.ws.villages
        options = [
            (str(n), str(v)) for v, n in zip(villages["village_id"], villages["name"], strict=False)
        ]
        wide = w.Layout(width="520px")
        self.number = w.Text(description=text("entry.number", lang), layout=wide, style=LABEL)
        self.village = w.Dropdown(
            options=options,
            value=village or options[0][1],
            description=text("entry.village", lang),
        )
        self.channel = w.Dropdown(
            options=[(text(f"channel.{c}", lang), c) for c in CHANNELS],
            value="paper",
            description=text("entry.channel", lang),
        )
        self.collected_on = w.DatePicker(value=date.today(), description=text("entry.date", lang))
        self.age = w.Text(
            description=text("entry.age", lang),
            placeholder=text("entry.age_help", lang),
            layout=wide,
        )
        self.importance = {
            code: w.Dropdown(
                options=[("–", ""), *((str(i), str(i)) for i in range(1, 6))],
                value="",
                description=labels[0 if lang == "nl" else 1],
                style={"description_width": "260px"},
                layout=w.Layout(width="360px"),
            )
            for code, labels in self.ws.settings.themes.items()
        }
        self.needs = {
            h: w.Textarea(
                description=text("entry.need", lang, years=h),
                style={"description_width": "220px"},
                layout=w.Layout(width="640px", height="52px"),
            )
            for h in HORIZONS
        }
        self.flags = {
            name: w.Checkbox(
                value=False,
                description=text(key, lang),
                indent=False,
                layout=w.Layout(width="auto", margin="0 24px 0 0"),
            )
            for name, key in zip(
                FLAGS, ("entry.volunteer", "entry.contact", "entry.quote"), strict=True
            )
        }
        self.personal = {
            name: w.Text(description=text(f"entry.{name}", lang), layout=wide)
            for name in PII_FIELDS
        }
        self.save = w.Button(
            description=text("entry.save", lang), icon="save", button_style="success"
        )
        self.status = w.HTML()
        self.save.on_click(lambda _b: self.submit())
        self.widget = w.VBox(
            [
                w.HTML(CSS),
                w.HTML(f"<div class='pl-title'>{esc(text('entry.title', lang))}</div>"),
                w.HTML(f"<div class='pl-help'>{esc(text('entry.help', lang))}</div>"),
                self.number,
                w.HBox([self.village, self.channel]),
                w.HBox([self.collected_on, self.age]),
                w.HTML(f"<div class='pl-h'>{esc(text('entry.importance', lang))}</div>"),
                *self.importance.values(),
                *self.needs.values(),
                w.HBox(list(self.flags.values())),
                w.HTML(f"<div class='pl-h'>{esc(text('entry.personal', lang))}</div>"),
                *self.personal.values(),
                self.save,
                self.status,
            ]
        )
        self.widget.add_class("pl-app")

    def row(self) -> dict[str, str]:
        """The respondent as one canonical row (text, as an export would hold it)."""
        day = self.collected_on.value
        row = {
            "respondent_id": self.number.value.strip(),
            "village_id": self.village.value,
            "channel": self.channel.value,
            "collected_on": day.isoformat() if day else "",
            "age_band": self.age.value.strip(),
            "birth_year": "",
        }
        if BIRTH_YEAR.fullmatch(row["age_band"]):
            row["birth_year"], row["age_band"] = row["age_band"], ""
        row |= {f"importance_{c}": box.value for c, box in self.importance.items()}
        row |= {f"need_{h}y": box.value.strip() for h, box in self.needs.items()}
        row |= {name: "ja" if box.value else "nee" for name, box in self.flags.items()}
        row |= {f"pii_{name}": box.value.strip() for name, box in self.personal.items()}
        return row

    def submit(self) -> bool:
        """Check and save the respondent; the status line says what happened, in Dutch."""
        lang = self.lang
        row = self.row()
        if not row["respondent_id"]:
            return self._say(text("entry.no_number", lang), ok=False)
        try:
            with tempfile.TemporaryDirectory() as folder:
                export, mapping = _write_entry(Path(folder), row)
                prep = prepare(self.ws.path, export, mapping, salt="-")
                reason = prep.reason.dropna()
                if len(reason):
                    names = [row["pii_name"], *row["pii_name"].split()]
                    return self._say(
                        text(
                            "entry.not_saved",
                            lang,
                            reason=scrub(reason.iloc[0].text_in(lang), names),
                        ),
                        ok=False,
                    )
                result = import_survey(self.ws.path, export, mapping)
        except PlanningError as exc:
            return self._say(text("entry.not_saved", lang, reason=exc.text_in(lang)), ok=False)
        if result.already_imported:
            return self._say(text("entry.twice", lang, number=row["respondent_id"]), ok=False)
        message = text("entry.saved", lang, number=row["respondent_id"], village=self.village.label)
        if result.contacts:
            message += text("entry.saved_contact", lang)
        uncoded = self._uncoded(row)
        if uncoded:
            queue_for_coding(self.ws.path, row["respondent_id"], uncoded)
            years = ", ".join(str(h) for h in uncoded)
            message += " " + text("entry.queued", lang, years=years)
        self._clear()
        return self._say(message, ok=True)

    def _uncoded(self, row: dict[str, str]) -> dict[int, str]:
        """The answers (per horizon) that name no theme the lexicon knows: they would not
        count in the needs, so they go to the coding queue for staff to code."""
        lexicon = lexicon_for(self.ws.settings)
        texts = {h: row[f"need_{h}y"] for h in HORIZONS if row[f"need_{h}y"]}
        return {h: said for h, said in texts.items() if not code_text(said, lexicon)}

    def _say(self, message: str, ok: bool) -> bool:
        css = "pl-status-ok" if ok else "pl-status-err"
        self.status.value = f"<div class='{css}'>{esc(message)}</div>"
        return ok

    def _clear(self) -> None:
        """Ready for the next respondent: village, channel and date stay as they were."""
        self.number.value = self.age.value = ""
        for box in (*self.needs.values(), *self.personal.values()):
            box.value = ""
        for dropdown in self.importance.values():
            dropdown.value = ""
        for flag in self.flags.values():
            flag.value = False

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)


def _write_entry(folder: Path, row: dict[str, str]) -> tuple[Path, Path]:
    """The respondent as a one-row export plus its mapping, so the import checks it."""
    export = folder / "invoer.csv"
    with export.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, list(row))
        writer.writeheader()
        writer.writerow(row)
    columns = "\n".join(f'{k} = "{k}"' for k in row if not k.startswith("pii_"))
    pii = "\n".join(f'{name} = "pii_{name}"' for name in PII_FIELDS)
    mapping = folder / "invoer.mapping.toml"
    mapping.write_text(
        f'[columns]\n{columns}\n[pii]\n{pii}\n[options]\nsource = "{SOURCE}"\n', encoding="utf-8"
    )
    return export, mapping
