"""``--json`` output is JSON every parser reads: a missing number is null, never NaN."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from planning.cli._output import emit_json


def _refuse(constant: str) -> None:
    raise AssertionError(f"not JSON: {constant}")


def test_missing_numbers_are_null(capsys: pytest.CaptureFixture[str]) -> None:
    # 'monitor list --json' wrote a missing target as NaN when other indicators had one
    emit_json(
        {
            "target": float("nan"),
            "rows": [{"value": np.float64("nan"), "n": np.int64(3)}, (math.inf, 1.5)],
            "na": pd.NA,
            "when": pd.NaT,
            "kept": "NaN",
        }
    )
    out = json.loads(capsys.readouterr().out, parse_constant=_refuse)
    assert out == {
        "target": None,
        "rows": [{"value": None, "n": 3}, [None, 1.5]],
        "na": None,
        "when": None,
        "kept": "NaN",
    }
