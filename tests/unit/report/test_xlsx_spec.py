"""The workbook's sheets are a specification (SHEETS) read by one small function: every
header is a catalogue key in both languages, and the spec's rules hold for a real plan."""

from __future__ import annotations

from dataclasses import replace

from planning.i18n import CATALOGUE, text
from planning.plan.build import build_plan
from planning.report.sections.helpers import no_quotes as section_no_quotes
from planning.report.xlsx_sheets import SHEETS, sheets
from planning.workspace.folder import demo_path, open_workspace


def test_every_title_and_fixed_header_is_a_catalogue_key() -> None:
    keys = {spec.title for spec in SHEETS} | {
        head for spec in SHEETS if not callable(spec.columns) for _, head, _, _ in spec.columns
    }
    assert keys and not keys - set(CATALOGUE)


def test_a_plan_fills_the_specification_in_order() -> None:
    ws = open_workspace(demo_path())
    plan = build_plan(ws, "norg")  # one survey round: the specification's sheets alone
    filled = sheets(plan)
    assert [s.title for s in filled] == [text(spec.title, "nl")[:31] for spec in SHEETS]
    population = filled[0]
    assert [c.header for c in population.columns[1:]] == [n for _, n in plan.population_series]
    assert population.note.startswith(plan.population_source)
    no_quotes = sheets(replace(plan, quotes=[]))[4]
    assert no_quotes.frame.empty and no_quotes.note == section_no_quotes(plan)
    quoted = sheets(replace(plan, quotes=[{"horizon": 3, "text": "Een bankje bij de brink"}]))[4]
    assert quoted.note is None and not quoted.frame.empty
    # two survey rounds: the change between them follows the quotes
    roden = [s.title for s in sheets(build_plan(ws, "roden"))]
    assert roden[5] == text("rounds.sheet", "nl")[:31]
    assert roden[:5] + roden[6:] == [text(spec.title, "nl")[:31] for spec in SHEETS]
