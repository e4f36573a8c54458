"""Drawn charts, remembered by the content of their inputs: the one in-process cache beside
``Workspace.cached`` (docs/architecture.md, "Caches").

Drawing is most of what a plan costs (about two seconds for the seven charts of a demo
plan, against a millisecond remembered), and a chart is a pure function of the content of
its inputs, not of a workspace object. ``Workspace.cached`` would forget the drawings with
its object, so a plan made again from a workspace opened anew (a notebook run again, a
second export in the same session) would draw everything again; and it holds what it
computes for as long as its workspace lives, while the drawings of every kern of a national
export (thousands of plans, SVG of up to a few hundred kB each) must not pile up. So the
drawings have their own small memory: keyed by a digest of the inputs (the caller's), the
most recently used kept, within two bounds (a number of drawings and their total size).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

#: SVG text, or None: the chart has nothing to draw for these inputs
Drawing = str | None


class DrawnCharts:
    """The last drawings by the digest of their inputs: at most ``entries`` of them and
    ``chars`` characters of SVG in all; the least recently used goes first."""

    def __init__(self, entries: int = 64, chars: int = 32_000_000) -> None:
        self.entries = entries
        self.chars = chars
        self._drawn: OrderedDict[Hashable, Drawing] = OrderedDict()
        self._size = 0

    def __len__(self) -> int:
        return len(self._drawn)

    @property
    def size(self) -> int:
        """Characters of SVG held now."""
        return self._size

    def get(self, key: Hashable | None, draw: Callable[[], Drawing]) -> Drawing:
        """The drawing remembered under ``key``, else ``draw()`` remembered under it. A key of
        None (inputs that cannot be fingerprinted) is drawn and not remembered; a drawing
        larger than the whole bound is drawn and not remembered either."""
        if key is not None and key in self._drawn:
            self._drawn.move_to_end(key)
            return self._drawn[key]
        svg = draw()
        weight = len(svg or "")
        if key is None or weight > self.chars:
            return svg
        self._drawn[key] = svg
        self._size += weight
        while len(self._drawn) > self.entries or self._size > self.chars:
            _, old = self._drawn.popitem(last=False)
            self._size -= len(old or "")
        return svg

    def clear(self) -> None:
        """Forget every drawing (a benchmark of drawing itself)."""
        self._drawn.clear()
        self._size = 0


#: the process's drawings (planning.charts.plan.render_charts)
DRAWN = DrawnCharts()
