"""Every PDF is PDF/UA-1 and PDF/A-2a: title, language, tagged headings and tables, and a
text alternative for every chart that says what it shows in words and numbers."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from planning.errors import ExportError, Said
from planning.i18n import fmt_int, fmt_pct
from planning.plan.build import build_plan
from planning.report.pdf import compile_pdf, payload_with_charts, write_pdf
from planning.report.questionnaire import questionnaire_data, render_questionnaire
from planning.workspace.folder import demo_path, open_workspace


def structure(path: Path | bytes) -> dict[str, Any]:
    """What a reader of the PDF's catalogue finds: language, title, the standards the XMP
    claims, the structure tags and the figures' /Alt texts."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(path if isinstance(path, Path) else io.BytesIO(path))
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    tags: dict[str, int] = {}
    alts: list[str] = []

    def walk(node: Any) -> None:
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, dict):
            kind = node.get("/S")
            if kind is not None:
                tags[str(kind)] = tags.get(str(kind), 0) + 1
                if kind == "/Figure":
                    alts.append(str(node.get("/Alt", "")))
            if "/K" in node:
                walk(node["/K"])
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(root["/StructTreeRoot"])
    return {
        "lang": str(root.get("/Lang")),
        "title": reader.metadata.title,
        "ua": re.findall(r"pdfuaid:part>(\d)<", xmp),
        "pdfa": re.findall(r"pdfaid:(?:part|conformance)>(\w+)<", xmp),
        "marked": bool(root["/MarkInfo"].get("/Marked")),
        "tags": tags,
        "alts": alts,
    }


@pytest.fixture(scope="module")
def roden(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, Any]]:
    plan = build_plan(open_workspace(demo_path()), "roden")
    path = write_pdf(plan, tmp_path_factory.mktemp("ua") / "roden.pdf")
    return plan, structure(path)


def test_plan_declares_title_language_and_both_standards(roden) -> None:
    _plan, pdf = roden
    assert pdf["title"] == "Dorpsplan Roden" and pdf["lang"] == "nl"
    assert pdf["ua"] == ["1"] and pdf["pdfa"] == ["2", "A"] and pdf["marked"]
    tags = pdf["tags"]
    assert tags["/H1"] >= 8 and tags["/H2"] >= 5  # sections and their parts are headings
    assert tags["/Table"] == tags["/THead"] >= 5  # every table has a header row
    assert tags["/TH"] >= tags["/Table"]


def test_every_chart_has_a_text_alternative_with_its_numbers(roden) -> None:
    plan, pdf = roden
    charts = [b for s in payload_with_charts(plan)["sections"] for b in s["blocks"]
              if b.get("type") == "chart"]  # fmt: skip
    assert len(pdf["alts"]) == len(charts) == 7  # with the two survey rounds compared
    assert pdf["alts"] == [b["alt"] for b in charts]
    for alt in pdf["alts"]:
        assert re.search(r"\d", alt), alt
        assert "Roden" in alt or alt.startswith("Tijdlijn"), alt
        assert "grafiek" not in alt.lower()
    by_key = {b["key"]: b["alt"] for b in charts}
    # independent of alt_text: the largest share in 3 years, and every channel's count
    three = plan.needs[plan.needs["horizon"] == 3].copy()
    three["share"] = three["share"].astype(float)
    top = three.sort_values("share", ascending=False).iloc[0]
    assert f"{plan.theme_labels[top['theme']]} {fmt_pct(top['share'], 0)}" in by_key["needs"]
    for channel, n in zip(plan.channels["channel"], plan.channels["respondents"], strict=True):
        assert fmt_int(int(n)) in by_key["channels"], channel
    assert fmt_int(int(plan.population[plan.population_series[1][0]].sum())) in by_key["population"]
    walk = fmt_pct(plan.coverage[0]["share_within_walk"], 0)
    assert f"{walk} lopend" in by_key["coverage"] and walk in by_key["map"]
    first = plan.actions.iloc[0]
    assert f"{first['title']} ({int(first['start_year'])} tot" in by_key["timeline"]


def test_english_plan_says_lang_en(tmp_path: Path) -> None:
    plan = build_plan(open_workspace(demo_path()), "een", lang="en")
    pdf = structure(write_pdf(plan, tmp_path / "een.pdf"))
    assert pdf["lang"] == "en" and pdf["title"] == "Village plan Een" and pdf["ua"] == ["1"]
    assert pdf["alts"] and all(a.startswith(("Bar chart", "Map", "Timeline")) for a in pdf["alts"])


@pytest.mark.parametrize("lang,large", [("nl", False), ("en", True)])
def test_questionnaire_is_accessible_too(lang: str, large: bool) -> None:
    ws = open_workspace(demo_path())
    pdf = structure(render_questionnaire(questionnaire_data(ws, "roden", lang, large, count=2)))
    assert pdf["lang"] == lang and "Roden" in pdf["title"]
    assert pdf["ua"] == ["1"] and pdf["pdfa"] == ["2", "A"]
    assert pdf["tags"]["/H1"] == 2  # one title per sheet, the questions below it
    assert pdf["tags"]["/H2"] >= 2 * 8 and pdf["tags"]["/THead"] == 2


def test_a_pdf_the_checks_refuse_names_the_reason() -> None:
    plan = build_plan(open_workspace(demo_path()), "een")
    data = payload_with_charts(plan)
    for section in data["sections"]:
        for block in section["blocks"]:
            if block.get("type") == "chart":
                block["alt"] = None  # a chart without a text alternative
    with pytest.raises(ExportError) as caught:
        compile_pdf(
            "plan.typ",
            data,
            lambda reason: Said("export.typeset_failed", {"name": "Een", "reason": reason}),
        )
    said = str(caught.value)
    assert said.startswith(
        "het dorpsplan voor Een kon niet worden opgemaakt: De PDF voldoet niet aan PDF/UA-1, PDF/A-2a"
    )
    assert "alt text" in said
    # the same refusal in the language of the screen that shows it
    assert caught.value.text_in("en").startswith(
        "the village plan for Een could not be typeset: The PDF does not meet PDF/UA-1"
    )
