"""Views for people: the plan's table blocks as pandas Stylers and its prose as Markdown.

Staff read the notebooks, not code. A notebook shows the same table the PDF prints: the cells
come from the plan's section builders (planning.report.format, the one formatting layer), and
this module only lays them out as a Styler (no index, Dutch headers, numbers right-aligned,
rows marked as the PDF marks them). Free-form frames go through :func:`frame_view`, which
formats each cell with the same functions.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.charts.style import PALETTE
from planning.report.format import Block, missing, number, yes_no

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler
    from pandas.io.formats.style_render import CSSStyles

#: CSS per row emphasis of a table block (see planning.report.format.table)
EMPHASIS = {
    "": "",
    "bold": "font-weight: 600;",
    "italic": "font-style: italic; color: " + PALETTE["note"] + ";",
    "gap": "color: " + PALETTE["alert"] + "; font-weight: 600;",
}
TABLE_STYLES: CSSStyles = [
    {
        "selector": "",
        "props": "border-collapse: collapse; font-family: 'DejaVu Sans', sans-serif; "
        "font-size: 12.5px; line-height: 1.35; margin: 4px 0 12px 0;",
    },
    {
        "selector": "th",
        "props": f"background: {PALETTE['primary']}; color: white; font-weight: 600; "
        "padding: 4px 8px; text-align: left; vertical-align: bottom;",
    },
    {
        "selector": "td",
        "props": f"padding: 3px 8px; border-bottom: 1px solid {PALETTE['grid']};",
    },
    {"selector": "tr:nth-child(even) td", "props": "background: #f5f8fa;"},
    {
        "selector": "caption",
        "props": f"caption-side: top; text-align: left; font-weight: 600; "
        f"color: {PALETTE['ink']}; padding: 4px 0;",
    },
]


#: a formatted figure (1.234; 12,5; 45%; € 1.500; 950 m; 3,2 km; <5; –): right-aligned
_FIGURE = re.compile(r"^(<5|–|€ ?-?[\d.,]+|-?[\d.,]+ ?(%|m|km)?)$")


@dataclass(frozen=True)
class Prose:
    """A heading, paragraph, note or list, as Markdown for a notebook (plain text beside it)."""

    text: str
    kind: str = "para"  # heading | para | note | list

    def markdown(self) -> str:
        body = html.escape(self.text, quote=False)
        if self.kind == "heading":
            return f"### {body}"
        if self.kind == "note":
            return f"*{body}*"
        if self.kind == "list":
            return "\n".join(
                f"- {html.escape(line, quote=False)}" for line in self.text.split("\n")
            )
        return body

    def html(self) -> str:
        """The same as HTML, for a widget (Voila and JupyterLab show it alike)."""
        body = html.escape(self.text, quote=False)
        if self.kind == "heading":
            return f"<h3>{body}</h3>"
        if self.kind == "note":
            return f"<p><em>{body}</em></p>"
        if self.kind == "list":
            items = "".join(
                f"<li>{html.escape(line, quote=False)}</li>" for line in self.text.split("\n")
            )
            return f"<ul>{items}</ul>"
        return f"<p>{body}</p>"

    def _repr_markdown_(self) -> str:
        return self.markdown()

    def __str__(self) -> str:
        return self.text


def unique_headers(columns: list[str]) -> list[str]:
    """Headers a reader can tell apart: a repeated header ("aandeel") takes the prefix of
    the header before it ("3 jaar: noemden" -> "3 jaar: aandeel"), as the PDF's layout
    shows by position."""
    out: list[str] = []
    for i, col in enumerate(columns):
        name = str(col)
        if name in out or columns.count(col) > 1:
            before = str(columns[i - 1]) if i else ""
            prefix = before.split(": ", 1)[0] if ": " in before else ""
            name = f"{prefix}: {name}" if prefix else name
        while name in out:
            name += "\u200b"
        out.append(name)
    return out


def table_view(block: Block) -> Styler:
    """A table block as a Styler: no index, the block's headers, alignment and emphasis."""
    columns = unique_headers(list(block["columns"]))
    frame = pd.DataFrame(block["rows"], columns=columns, dtype="object")
    aligns = list(block.get("align", [])) or ["left"] * len(columns)
    emphasis = list(block.get("emphasis", [])) or [""] * len(frame)
    styler = frame.style.hide(axis="index").set_table_styles(TABLE_STYLES)
    for col, align in zip(columns, aligns, strict=False):
        props = {"text-align": align} | ({"white-space": "nowrap"} if align == "right" else {})
        styler = styler.set_properties(subset=[col], **props)
        styler = styler.set_table_styles(
            {col: [{"selector": "th", "props": f"text-align: {align};"}]}, overwrite=False
        )
    if any(emphasis):
        css = [EMPHASIS.get(e, "") for e in emphasis]
        styler = styler.apply(lambda _col: css, axis=0)
    if block.get("caption"):
        styler = styler.set_caption(html.escape(str(block["caption"])))
    return styler


def cell(value: Any, lang: str) -> str:
    """One cell of a free-form frame: ja/nee, 1.234, the text as written, "–" when empty."""
    if isinstance(value, bool):
        return yes_no(value, lang)
    if missing(value):
        return "–"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number(value, lang)
    return str(value)


def frame_view(
    frame: pd.DataFrame,
    lang: str = "nl",
    *,
    formats: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    caption: str = "",
) -> Styler:
    """A frame as staff read it: each column formatted by ``formats`` (column -> function of
    value and lang from planning.report.format) or :func:`cell`, headed by ``headers``."""
    formats = formats or {}
    headers = headers or {}
    columns = list(frame.columns)
    rows = [
        [
            formats.get(c, cell)(v, lang) if not isinstance(v, bool) else cell(v, lang)
            for c, v in zip(columns, row, strict=True)
        ]
        for row in frame.itertuples(index=False)
    ]
    numeric = [
        bool(rows) and all(_FIGURE.match(row[i]) for row in rows) for i in range(len(columns))
    ]
    block = {
        "columns": [headers.get(str(c), str(c)) for c in columns],
        "rows": rows,
        "align": ["right" if n else "left" for n in numeric],
        "caption": caption,
    }
    return table_view(block)


def block_view(block: Block) -> Any:
    """A report block as a view: a table as a Styler, prose as Markdown, else None."""
    kind = block.get("type")
    if kind == "table":
        return table_view(block)
    if kind in {"heading", "para", "note"}:
        return Prose(str(block["text"]).replace("\u200b", ""), str(kind))
    if kind == "list":
        return Prose("\n".join(str(i).replace("\u200b", "") for i in block["items"]), "list")
    if kind == "quotes":
        lines = [f"“{q['text']}” ({q['by']})".replace("\u200b", "") for q in block["items"]]
        return Prose("\n".join(lines), "list")
    return None
