"""Personal data in residents' free text (issue 22): how much the scrubber removes, per kind,
on the annotated answers of tests/unit/survey/fixtures, and how fast it reads the demo's texts.

The 'Done when' of the issue: at least 98% of phone, e-mail, address, postcode, birth date,
BSN, IBAN and plate occurrences and at least 85% of names removed; at most 1 in 10 clean
answers altered. The same figures through import -> plan XLSX are printed by
tests/cli/test_publish_privacy.py::test_every_answer_through_the_plan.
"""

from __future__ import annotations

import time
from functools import cache
from pathlib import Path

from bench.harness import Measurement, benchmark

FIXTURES = Path(__file__).parents[1] / "tests" / "unit" / "survey" / "fixtures"
SETS = {
    "annotated": "privacy_answers.json",
    "held out": "privacy_answers_heldout.json",
}


@cache
def _figures(name: str):  # type: ignore[no-untyped-def]
    from planning.survey.scrub_eval import evaluate, load_answers
    from planning.survey.scrubber import scrub_text

    answers, contacts = load_answers(FIXTURES / SETS[name])
    known = [c["name"] for c in contacts]
    figures = evaluate(answers, lambda a: scrub_text(a.text, known).published)
    print(f"-- privacy, {name} answers ({len(answers)}):")
    for line in figures.lines():
        print("   " + line)
    return figures, len(answers)


def _measure(name: str, what: str) -> Measurement:
    figures, n = _figures(name)
    note = "; ".join(" ".join(line.split()) for line in figures.lines()[:-4])
    if what == "identifiers":
        return Measurement(
            figures.identifiers * 100, "%", target=">= 98 %",
            met=figures.identifiers >= 0.98, note=note,
        )  # fmt: skip
    if what == "names":
        return Measurement(figures.names * 100, "%", target=">= 85 %", met=figures.names >= 0.85)
    return Measurement(
        figures.altered * 100, "%", target="<= 10 %", met=figures.altered <= 0.10,
        note=f"{len(figures.clean_altered)} of {figures.clean} clean answers of {n}",
    )  # fmt: skip


for _set in SETS:
    for _what, _label in (
        ("identifiers", "identifiers removed"),
        ("names", "names removed"),
        ("clean", "clean answers altered"),
    ):
        benchmark(f"privacy: {_label}, {_set} answers")(
            lambda workdir, s=_set, w=_what: _measure(s, w)
        )


@benchmark("privacy: scrub the demo's free-text answers, per text")
def bench_scrub_speed(workdir: Path) -> Measurement:
    import pandas as pd

    from planning.survey.scrubber import scrub_text
    from planning.workspace.folder import demo_path

    frame = pd.read_csv(demo_path() / "survey" / "responses.csv")
    texts = pd.concat([frame[c] for c in ("need_3y", "need_5y", "need_10y")]).dropna()
    texts = texts.unique().tolist()
    start = time.perf_counter()
    changed = sum(scrub_text(t).changed for t in texts)
    per_text = (time.perf_counter() - start) / len(texts)
    return Measurement(
        per_text, "s", target="< 5 ms a text", met=per_text < 0.005,
        note=f"{len(texts)} distinct texts of the demo, {changed} changed",
    )  # fmt: skip
