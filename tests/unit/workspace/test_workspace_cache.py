"""Workspace.cached and cached_for: one memory for results of a workspace's tables,
forgotten when a table they read is replaced."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from planning.workspace.folder import Workspace
from planning.workspace.settings_models import Settings


def _ws() -> Workspace:
    tables = {"facilities": pd.DataFrame({"facility_id": ["a"]}), "villages": pd.DataFrame()}
    return Workspace(Path("."), Settings(name="t"), tables)


def test_a_result_is_computed_again_when_its_table_is_replaced() -> None:
    ws, calls = _ws(), []

    def count() -> int:
        calls.append(1)
        return len(ws.facilities)

    assert ws.cached("n", ("facilities",), count) == 1
    ws.tables["villages"] = pd.DataFrame({"x": [1]})  # another table: still remembered
    assert ws.cached("n", ("facilities",), count) == 1 and len(calls) == 1
    ws.tables["facilities"] = pd.DataFrame({"facility_id": ["a", "b"]})
    assert ws.cached("n", ("facilities",), count) == 2 and len(calls) == 2


def test_an_object_is_recognised_by_itself_and_only_the_last_few_are_held() -> None:
    ws = _ws()
    frames = [pd.DataFrame({"v": [i]}) for i in range(3)]
    first = ws.cached_for("idx", frames[0], ("facilities",), lambda: object(), keep=2)
    assert ws.cached_for("idx", frames[0], ("facilities",), lambda: object(), keep=2) is first
    equal_copy = frames[0].copy()  # equal content, another object: its own result
    assert ws.cached_for("idx", equal_copy, ("facilities",), lambda: object()) is not first
    for frame in frames[1:]:
        ws.cached_for("idx", frame, ("facilities",), lambda: object(), keep=2)
    assert ws.cached_for("idx", frames[0], ("facilities",), lambda: object(), keep=2) is not first
    again = ws.cached_for("idx", frames[2], ("facilities",), lambda: object(), keep=2)
    ws.tables["facilities"] = pd.DataFrame({"facility_id": ["z"]})
    assert ws.cached_for("idx", frames[2], ("facilities",), lambda: object()) is not again
