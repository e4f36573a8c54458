"""One gap computation: the CLI's table, the plan (PDF and XLSX) and the public API agree,
and no published gap figure rests on fewer than 5 respondents."""

from __future__ import annotations

import csv
import math

import pandas as pd
import pytest

import planning
from planning.analysis.gaps import gaps, publishable_gaps, verdict
from planning.plan.build import build_plan
from planning.report.xlsx import build_workbook
from planning.workspace.folder import demo_path, open_workspace

#: every demo village (large, small, institutions): the same numbers everywhere
with open(demo_path() / "villages.csv", encoding="utf-8") as _f:
    VILLAGES = tuple(row["village_id"] for row in csv.DictReader(_f))


@pytest.fixture(scope="module")
def ws():
    return open_workspace()


@pytest.mark.slow
@pytest.mark.parametrize("village", VILLAGES)
def test_cli_plan_xlsx_and_api_print_the_same_gaps(ws, village: str) -> None:
    cli = publishable_gaps(gaps(ws, village)).set_index(["theme", "year"])
    api = planning.gaps(ws, village).set_index(["theme", "year"])
    plan = build_plan(ws, village)
    if plan.gaps.empty:
        assert not (pd.to_numeric(cli["demand"], errors="coerce") > 0).any()
        return
    sheet = next(s for s in build_workbook(plan).worksheets if s.title.startswith("Vraag en"))
    rows = list(sheet.iter_rows(values_only=True))
    xlsx = {(r[2], r[1]): r[3] for r in rows[1:]}
    labels = {code: ws.settings.theme_label(code, plan.lang) for code in ws.settings.themes}
    for rec in plan.gaps.to_dict("records"):
        key = (rec["theme"], rec["year"])
        published = cli.loc[key, "demand"]
        if isinstance(rec["naming"], str):  # suppressed in the plan: "<5" everywhere
            assert rec["demand"] == rec["coverage"] == rec["verdict"] == "<5"
            assert cli.loc[key, "naming"] == "<5" and math.isnan(published)
            assert xlsx[(labels[rec["theme"]], rec["year"])] == "<5"
            continue
        assert rec["naming"] >= 5
        assert rec["demand"] == pytest.approx(published)
        assert rec["demand"] == pytest.approx(api.loc[key, "demand"])
        assert xlsx[(labels[rec["theme"]], rec["year"])] == pytest.approx(published)


def test_verdict_over_the_weekly_share_range() -> None:
    # 100 residents with the need, threshold 80%: at 5% a week 5 come, at 20% 20 come
    assert verdict(supply=3.0, demand_per_resident=100, threshold=0.8) == "robust_gap"
    assert verdict(supply=16.0, demand_per_resident=100, threshold=0.8) == "robust_covered"
    assert verdict(supply=10.0, demand_per_resident=100, threshold=0.8) == "depends"
    assert verdict(supply=4.0, demand_per_resident=100, threshold=0.8) == "depends"
    assert verdict(supply=10.0, demand_per_resident=0, threshold=0.8) is None
