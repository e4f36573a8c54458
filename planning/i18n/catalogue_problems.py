"""The words of every problem and error the workbook reports about its input (part of the one
catalogue, merged into planning.i18n.catalogue.CATALOGUE): ``planning.errors.Problem`` and
``PlanningError`` carry these keys with their fields, so ``--lang en`` says them in English.
Keys start with the layer that finds the problem (io., ws., survey., store.).
"""

from __future__ import annotations

PROBLEM_WORDS: dict[str, tuple[str, str]] = {
    # -- how a problem is shown (planning.errors) ----------------------------------------------
    "problem.at_row": ("rij {row}", "row {row}"),
    "problem.at_column": ("kolom '{column}'", "column '{column}'"),
    "problem.shown_value": (" (waarde: {value})", " (value: {value})"),
    "problem.did_you_mean": ("; bedoelt u '{near}'?", "; did you mean '{near}'?"),
    "problem.in_file": ("{file}: {problem}", "{file}: {problem}"),
    "problem.found": ("{count} problemen gevonden:", "{count} problems found:"),
    "problem.and_more": ("... en nog {count} problemen", "... and {count} more problems"),
    # -- problems grouped for the check (planning.workspace.problem_groups) ---------------------
    "problem.group_column": ("kolom '{column}': ", "column '{column}': "),
    "problem.file_count_one": ("{file}: {count} probleem", "{file}: {count} problem"),
    "problem.file_count": ("{file}: {count} problemen", "{file}: {count} problems"),
    "problem.not_all_fit": (
        "(niet alles past: planning check --all toont elke rij)",
        "(not everything fits: planning check --all shows every row)",
    ),
    "problem.rows_not_shown": (
        "({count} rijen niet getoond: planning check --all toont elke rij)",
        "({count} rows not shown: planning check --all shows every row)",
    ),
}
