"""The horizon labels of the timeline stay readable (issue 25): the dashed line of a
horizon must not cross its "3 jaar" label."""

from __future__ import annotations

import pandas as pd

from planning.charts.style import timeline_chart


def test_the_dashed_line_does_not_cross_the_horizon_label() -> None:
    items = pd.DataFrame(
        {
            "label": ["Inloopochtend", "Dorpshuis open"],
            "start_year": [2027, 2026],
            "end_year": [2036, 2030],
            "source": ["action", "commitment"],
        }
    )
    fig = timeline_chart(items, 2026, (3, 5, 10), {"action": "actie", "years": "jaar"})
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)  # the figure is made without pyplot: give it a canvas
    canvas.draw()
    ax = fig.axes[0]
    label = next(t for t in ax.texts if t.get_text() == "3 jaar")
    line = next(ln for ln in ax.lines if ln.get_xdata()[0] == 2030)
    box = label.get_bbox_patch()
    assert box is not None and box.get_facecolor()[:3] == (1.0, 1.0, 1.0)
    assert box.get_facecolor()[3] == 1.0 and label.get_zorder() > line.get_zorder()
    # the label sits on the line, so its white ground covers the line where they meet
    extent = label.get_window_extent(canvas.get_renderer())
    x = ax.transData.transform((2030, 0))[0]
    assert extent.x0 < x < extent.x1
