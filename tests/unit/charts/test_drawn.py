"""The drawn charts' memory: content-addressed, within both of its bounds, least recently
used first out (what it is for: tests/unit/charts/test_chart_cache.py)."""

from __future__ import annotations

from typing import Any

from planning.charts.drawn import DrawnCharts


class _Pen:
    """Draws ``svg`` and counts how often it was asked to."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, svg: str | None) -> Any:
        def draw() -> str | None:
            self.calls += 1
            return svg

        return draw


def test_a_key_is_drawn_once_and_nothing_is_remembered_without_one() -> None:
    cache, pen = DrawnCharts(), _Pen()
    assert cache.get("a", pen("<svg>a</svg>")) == "<svg>a</svg>"
    assert cache.get("a", pen("other")) == "<svg>a</svg>"
    assert cache.get("none", pen(None)) is None  # nothing to draw is remembered too
    assert cache.get("none", pen("x")) is None
    assert pen.calls == 2
    assert cache.get(None, pen("<svg/>")) == "<svg/>"
    assert cache.get(None, pen("<svg/>")) == "<svg/>"
    assert pen.calls == 4 and len(cache) == 2


def test_the_number_bound_drops_the_least_recently_used() -> None:
    cache, pen = DrawnCharts(entries=2), _Pen()
    cache.get("a", pen("A"))
    cache.get("b", pen("B"))
    cache.get("a", pen("A"))  # a used again: b is now the oldest
    cache.get("c", pen("C"))
    assert len(cache) == 2 and pen.calls == 3
    cache.get("a", pen("A"))
    assert pen.calls == 3
    cache.get("b", pen("B"))
    assert pen.calls == 4


def test_the_size_bound_holds_and_a_drawing_larger_than_it_is_not_kept() -> None:
    cache, pen = DrawnCharts(entries=100, chars=10), _Pen()
    cache.get("a", pen("aaaa"))
    cache.get("b", pen("bbbb"))
    assert cache.size == 8
    cache.get("c", pen("cccc"))  # 12 > 10: a goes
    assert (len(cache), cache.size) == (2, 8)
    cache.get("huge", pen("x" * 11))
    assert (len(cache), cache.size) == (2, 8)
    cache.get("huge", pen("x" * 11))
    assert pen.calls == 5
    cache.clear()
    assert (len(cache), cache.size) == (0, 0)
