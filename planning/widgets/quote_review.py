"""QuoteReview: staff decide which released quotes the plan may print, without code.

The same decisions as ``planning quotes`` (planning.survey.quote_review): pick a quote,
read the resident's answer with what the rules take out and the text as the plan will
print it, then approve it, approve it in edited words, or reject it. Every button writes
one decision (who, when) to the store and the page is read back from it, so what staff
see is what is recorded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ipywidgets as w

from planning.errors import PlanningError
from planning.i18n import fmt_date, fmt_int, text
from planning.survey import quote_review as review
from planning.widgets._style import CSS, cap, esc, said, table
from planning.workspace.folder import Workspace, open_workspace

#: the overview lists this many quotes (a village may have hundreds of released answers)
SHOWN = 40


class QuoteReview:
    """The released quotes of one village; a test picks ``quote`` and clicks a button."""

    def __init__(
        self,
        workspace: Workspace | Path | str | None = None,
        village: str | None = None,
        lang: str | None = None,
    ) -> None:
        self.ws = workspace if isinstance(workspace, Workspace) else open_workspace(workspace)
        lang = self.lang = lang or self.ws.settings.lang
        village = village or str(self.ws.village_ids()[0])
        self.ws.village(village)
        self.village = village
        self.found: list[review.Quote] = []
        self.show_all = w.ToggleButtons(
            options=[(text("qreview.waiting", lang), False), (text("qreview.every", lang), True)],
            value=False,
        )
        self.show_all.observe(lambda _c: self.refresh(), "value")
        self.quote = w.Dropdown(description=text("qreview.quote", lang))
        self.quote.layout = w.Layout(width="640px")
        self.quote.observe(lambda _c: self._show(), "value")
        self.detail = w.HTML()
        self.wording = w.Textarea(
            description=text("qreview.wording", lang), layout=w.Layout(width="640px", height="80px")
        )
        self.by = w.Text(
            value=review.reviewer(), description=text("qreview.by", lang),
            style={"description_width": "110px"},
        )  # fmt: skip
        self.approve = w.Button(
            description=text("qreview.approve", lang), icon="check", button_style="success"
        )
        self.approve_edited = w.Button(
            description=text("qreview.approve_edited", lang), icon="pencil"
        )
        self.reject = w.Button(
            description=text("qreview.reject", lang), icon="times", button_style="warning"
        )
        self.approve_all = w.Button(
            description=text("qreview.approve_all", lang), icon="check-square"
        )
        buttons = (self.approve, self.approve_edited, self.reject, self.approve_all)
        for button in buttons:
            button.layout = w.Layout(width="auto")
        self.approve.on_click(lambda _b: self._do(self._approve))
        self.approve_edited.on_click(lambda _b: self._do(self._edit))
        self.reject.on_click(lambda _b: self._do(self._reject))
        self.approve_all.on_click(lambda _b: self._do(self._approve_all))
        self.status = w.HTML()
        self.counts = w.HTML()
        self.overview = w.HTML()
        self.widget = w.VBox(
            [
                w.HTML(CSS),
                w.HTML(f"<div class='pl-title'>{esc(text('qreview.title', lang))}</div>"),
                w.HTML(f"<div class='pl-help'>{esc(text('qreview.help', lang))}</div>"),
                self.counts,
                self.show_all,
                self.quote,
                self.detail,
                self.wording,
                self.by,
                w.HBox(list(buttons)),
                self.status,
                self.overview,
            ]
        )
        self.widget.add_class("pl-app")
        self.refresh()

    def refresh(self) -> None:
        """Re-read the answers and the decisions: the picker and overview show the store."""
        self.found = review.quotes(self.ws, self.village)
        counts = review.summary(self.found)
        said = text("quotes.count", self.lang, village=self.ws.village(self.village)["name"],
                    **{k: fmt_int(v, self.lang) for k, v in counts.items()})  # fmt: skip
        self.counts.value = f"<div class='pl-h'>{esc(said)}</div>"
        listed = [q for q in self.found if self.show_all.value or q.state == "pending"]
        chosen = self.quote.value
        self.quote.options = [(self._label(q), q.id) for q in listed]
        ids = [q.id for q in listed]
        self.quote.value = chosen if chosen in ids else (ids[0] if ids else None)
        self._show()
        self.overview.value = self._table(listed)

    def _label(self, quote: review.Quote) -> str:
        words = quote.original if len(quote.original) <= 70 else quote.original[:69] + "…"
        return f"{quote.id} · {text(f'quotes.state.{quote.state}', self.lang)} · {words}"

    def _current(self) -> review.Quote | None:
        return next((q for q in self.found if q.id == self.quote.value), None)

    def _show(self) -> None:
        """The chosen quote: the answer with what is removed marked, and what is printed."""
        quote, lang = self._current(), self.lang
        if quote is None:
            self.detail.value = f"<div class='pl-help'>{esc(text('qreview.none', lang))}</div>"
            self.wording.value = ""
            return
        answer = _marked(quote.edited or quote.original, quote.removed)
        if quote.published:
            printed = esc(quote.published)
        else:
            key = (
                "quotes.needs_edit"
                if quote.needs_edit and not quote.edited
                else "quotes.not_published"
            )
            printed = f"<i>{esc(text(key, lang))}</i>"
        state = text(f"quotes.state.{quote.state}", lang)
        if quote.decided_by:
            on = fmt_date(quote.decided_at.date(), lang)
            state = text("quotes.decided", lang, state=state, by=quote.decided_by, on=on)
        removed = (
            ", ".join(
                f"{esc(s['text'])} ({esc(review.kind_label(s['kind'], lang))})"
                for s in quote.removed
            )
            or "–"
        )
        rows = [
            (cap(text("quotes.original", lang)), answer),
            (cap(text("quotes.removed", lang)), removed),
            (cap(text("quotes.published", lang)), printed),
            (cap(text("qreview.state", lang)), esc(state)),
        ]
        self.detail.value = (
            "<div class='pl-panel'>"
            + "".join(f"<div><b>{esc(k)}:</b> {v}</div>" for k, v in rows)
            + "</div>"
        )
        self.wording.value = quote.edited or quote.scrubbed  # never the identifiers back

    def _table(self, listed: list[review.Quote]) -> str:
        lang = self.lang
        if not listed:
            return ""
        head = [cap(text(k, lang)) for k in ("qreview.quote", "qreview.state", "quotes.published")]
        rows = [
            [q.id, text(f"quotes.state.{q.state}", lang), q.published or "–"]
            for q in listed[:SHOWN]
        ]
        more = len(listed) - SHOWN
        tail = (
            f"<div class='pl-help'>{esc(text('qreview.more', lang, n=fmt_int(more, lang)))}</div>"
            if more > 0
            else ""
        )
        return table(head, rows) + tail

    def _chosen_id(self) -> str:
        if not self.quote.value:
            raise PlanningError(key="qreview.none")
        return str(self.quote.value)

    def _approve(self) -> str:
        quote_id = self._chosen_id()
        review.approve(self.ws, self.village, [quote_id], self.by.value)
        return text(
            "qreview.done", self.lang, id=quote_id, state=text("quotes.state.approved", self.lang)
        )

    def _edit(self) -> str:
        quote_id = self._chosen_id()
        review.edit(self.ws, self.village, quote_id, self.wording.value, self.by.value)
        return text(
            "qreview.done", self.lang, id=quote_id, state=text("quotes.state.edited", self.lang)
        )

    def _reject(self) -> str:
        quote_id = self._chosen_id()
        review.reject(self.ws, self.village, quote_id, self.by.value)
        return text(
            "qreview.done", self.lang, id=quote_id, state=text("quotes.state.rejected", self.lang)
        )

    def _approve_all(self) -> str:
        done = review.approve(self.ws, self.village, None, self.by.value)
        return text("qreview.all_done", self.lang, n=fmt_int(len(done), self.lang))

    def _do(self, action: Any) -> None:
        try:
            message = action()
        except PlanningError as exc:
            self.status.value = f"<div class='pl-status-err'>{esc(said(exc, self.lang))}</div>"
            return
        self.status.value = f"<div class='pl-status-ok'>{esc(message)}</div>"
        self.refresh()

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)


def _marked(value: str, spans: list[dict[str, Any]]) -> str:
    """The answer as HTML, each removed part struck through (what will not be printed)."""
    out, at = [], 0
    for span in sorted(spans, key=lambda s: s["start"]):
        out.append(esc(value[at : span["start"]]))
        out.append(f"<s style='background:#fde2dd'>{esc(value[span['start'] : span['end']])}</s>")
        at = span["end"]
    out.append(esc(value[at:]))
    return "".join(out)
