"""Which released quotes a plan may publish: scrubbed by rule, then decided by a person.

Residents release an answer for quoting (``quote_publishable``); that is consent, not a
check. Rules remove identifiers and the names they recognise (``scrub_for_review``), but
a rule cannot know that "Annie next door" is a person and "the Brink" a square, so a
member of staff reads every released quote with what the rules will remove, and approves,
edits or rejects it (planning.store.quote_reviews keeps who decided what, and when).
Only approved and edited quotes reach a plan, in the text shown here as ``published``:
what the review shows is byte for byte what the PDF and XLSX print.

A quote that held contact details (a phone number, an e-mail or postal address, or what
the import already removed) is not published as approved, only in staff's edited words:
whoever writes their number often signs with their name too, and a rule may miss the
name. So ``approve --all`` publishes scrubbed text, and never a text that had contact
details in it.

An edited text is staff's own wording, yet it passes the identifier rules and the names
known to the follow-up store again (a phone number typed back is still removed); the name
finder's guesses are not applied to it, so staff can give back a word that was no name.
"""

from __future__ import annotations

import getpass
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC
from typing import TYPE_CHECKING, Any, cast

from planning.errors import QuoteReviewError
from planning.i18n import CATALOGUE, text
from planning.store import open_store
from planning.store import quote_reviews as decisions
from planning.store.followup import contact_list
from planning.survey.channels import quotes as released_answers
from planning.survey.privacy import REDACTED
from planning.survey.scrubber import IDENTIFIER_KINDS, placeholder, scrub_text

if TYPE_CHECKING:
    from planning.store.engine import Store
    from planning.workspace.folder import Workspace

#: a quote is cut at this many characters (with "…") in the plan
QUOTE_LIMIT = 280
#: a quote with fewer characters left once the removed parts are taken out says nothing
MIN_LEFT = 3
STATES = ("pending", "approved", "edited", "rejected")
#: what stands where something was removed: "[…]" now, "[naam]", "[telefoon]" … later
_PLACEHOLDER = re.compile(r"\[[^\[\]]{0,20}\]")


@dataclass
class Quote:
    """One released answer and what will become of it."""

    id: str
    village_id: str
    respondent_id: str
    horizon: int
    original: str
    digest: str
    state: str = "pending"
    #: the text exactly as the plan prints it; None when rejected or nothing is left
    published: str | None = None
    #: the answer after the rules (where staff start an edit; never the original)
    scrubbed: str = ""
    #: what the rules remove: kind, text, start, end (in ``edited`` when edited, else in
    #: ``original``)
    removed: list[dict[str, Any]] = field(default_factory=list)
    #: staff's own wording (an edited quote), before the identifier rules
    edited: str | None = None
    #: True when the answer held contact details: published only in edited words
    needs_edit: bool = False
    decided_by: str | None = None
    decided_at: Any = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "village_id": self.village_id,
            "horizon": self.horizon,
            "state": self.state,
            "published": self.published,
            "original": self.original,
            "removed": self.removed,
            "edited": self.edited,
            "needs_edit": self.needs_edit,
            "decided_by": self.decided_by,
            "decided_at": (
                self.decided_at.replace(tzinfo=UTC).isoformat() if self.decided_at else None
            ),
        }


def scrub_for_review(
    value: str,
    known_names: Iterable[str] = (),
    *,
    guess_names: bool = True,
    places: Iterable[str] = (),
) -> tuple[str, list[dict[str, Any]]]:
    """The text as published and the spans removed from it (``kind``, ``text``, ``start``,
    ``end`` in ``value``): the one call into the scrubber (planning.survey.scrubber).

    ``known_names`` are the names and contact details in the follow-up store, removed
    always; ``guess_names`` lets the name finder remove what it suspects (off for staff's
    edited text, so an editor can give back a word that was no name); ``places`` (villages,
    facilities, partners) stay as written.
    """
    found = scrub_text(value, names=known_names, places=places, guess_names=guess_names)
    spans = [{"kind": s.kind, "text": s.text, "start": s.start, "end": s.end} for s in found.spans]
    return found.published, spans


#: what the import leaves where it removed an identifier ("[telefoon]", "[e-mail]", ...)
_IDENTIFIER_MARKS = tuple(
    placeholder(kind, lang) for kind in IDENTIFIER_KINDS for lang in ("nl", "en")
)


def held_contact_details(original: str, removed: list[dict[str, Any]]) -> bool:
    """Whether an answer held contact details: found now, or already replaced at import."""
    return (
        REDACTED in original
        or any(mark in original for mark in _IDENTIFIER_MARKS)
        or any(span["kind"] != "name" for span in removed)
    )


def place_names(ws: Workspace) -> set[str]:
    """Names of villages, facilities and partners: they stay in a quote as written."""
    places: set[str] = set()
    for table, column in (("villages", "name"), ("facilities", "name"), ("partners", "name")):
        frame = getattr(ws, table, None)
        if frame is not None and column in frame:
            places.update(str(v) for v in frame[column].dropna())
    return places


def digest(value: str) -> str:
    """The fingerprint a decision is tied to: a changed answer needs a new decision."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:32]


def shorten(value: str, limit: int = QUOTE_LIMIT) -> str:
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _printable(value: str) -> str | None:
    """The published form: cut to the limit; None when nothing but placeholders is left."""
    left = _PLACEHOLDER.sub("", value).replace(REDACTED, "")
    return shorten(value) if len(left.strip(" .,;:!?-")) >= MIN_LEFT else None


def known_names(store: Store) -> set[str]:
    """Names, phone numbers, e-mail addresses and addresses in the follow-up store, of every
    village: a resident of Peize may name a contact who lives in Roden."""
    words: set[str] = set()
    for person in contact_list(store, None, everyone=True):
        for key in ("name", "phone", "email", "address"):
            value = person.get(key)
            if isinstance(value, str) and len(value.strip()) >= 3:
                words.add(value.strip().lower())
                if key == "name":
                    words.update(p for p in value.lower().split() if len(p) >= 4)
    return words


def quotes(ws: Workspace, village_id: str) -> list[Quote]:
    """Every releasable quote of a village, with its state and published text, in the
    order of respondent and horizon."""
    store = open_store(ws)
    names = known_names(store)
    places = place_names(ws)
    decided = decisions.latest(store, village_id)
    frame = released_answers(ws, village_id)
    frame = frame.sort_values(["respondent_id", "horizon"], kind="stable")
    out = []
    for row in frame.itertuples(index=False):
        original = " ".join(str(row.text).split())
        quote = Quote(
            id=f"{row.respondent_id}:{row.horizon}",
            village_id=village_id,
            respondent_id=str(row.respondent_id),
            horizon=int(cast(int, row.horizon)),  # 3, 5 or 10 (channels.quotes)
            original=original,
            digest=digest(original),
        )
        quote.scrubbed, quote.removed = scrub_for_review(original, names, places=places)
        scrubbed = quote.scrubbed
        quote.needs_edit = held_contact_details(original, quote.removed)
        quote.published = None if quote.needs_edit else _printable(scrubbed)
        decision = decided.get(quote.id)
        if decision is not None and decision["digest"] == quote.digest:
            quote.state = decision["state"]
            quote.decided_by, quote.decided_at = decision["decided_by"], decision["decided_at"]
            if quote.state == "edited":
                quote.edited = decision["text"]
                edited, quote.removed = scrub_for_review(
                    quote.edited, names, guess_names=False, places=places
                )
                quote.published = _printable(" ".join(edited.split()))
            elif quote.state == "rejected":
                quote.published = None
        out.append(quote)
    return out


def printable(found: list[Quote]) -> list[Quote]:
    """The quotes a plan may print: approved or edited, with something left to print."""
    return [q for q in found if q.state in ("approved", "edited") and q.published]


def reviewer(by: str | None = None) -> str:
    """Who decides: the name given, else the account on this computer."""
    name = (by or "").strip()
    if name:
        return name[:100]
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no account name (a container without a user entry)
        return "?"


def _pick(found: list[Quote], ids: Iterable[str], village_id: str) -> list[Quote]:
    by_id = {q.id: q for q in found}
    chosen = []
    for quote_id in ids:
        if quote_id not in by_id:
            raise QuoteReviewError(key="quotes.unknown", id=quote_id, village=village_id)
        chosen.append(by_id[quote_id])
    return chosen


def approve(
    ws: Workspace,
    village_id: str,
    ids: Iterable[str] | None = None,
    by: str | None = None,
) -> list[Quote]:
    """Approve the quotes named, or with ``ids=None`` every quote still pending (a rejected
    or edited quote keeps its decision). What is published stays the scrubbed text."""
    found = quotes(ws, village_id)
    chosen = (
        [q for q in found if q.state == "pending"] if ids is None else _pick(found, ids, village_id)
    )
    return _decide(ws, village_id, chosen, "approved", by)


def reject(ws: Workspace, village_id: str, quote_id: str, by: str | None = None) -> Quote:
    """Keep one quote out of every plan."""
    chosen = _pick(quotes(ws, village_id), [quote_id], village_id)
    return _decide(ws, village_id, chosen, "rejected", by)[0]


def edit(
    ws: Workspace,
    village_id: str,
    quote_id: str,
    new_text: str,
    by: str | None = None,
) -> Quote:
    """Approve one quote in staff's own wording (identifier rules still apply to it)."""
    wording = " ".join((new_text or "").split())
    if len(wording) < MIN_LEFT:
        raise QuoteReviewError(key="quotes.empty_edit", id=quote_id)
    chosen = _pick(quotes(ws, village_id), [quote_id], village_id)
    return _decide(ws, village_id, chosen, "edited", by, wording)[0]


def _decide(
    ws: Workspace,
    village_id: str,
    chosen: list[Quote],
    state: str,
    by: str | None,
    wording: str | None = None,
) -> list[Quote]:
    """Record one decision per quote, then read them back as the plan will see them."""
    rows = [{"quote_id": q.id, "digest": q.digest, "state": state, "text": wording} for q in chosen]
    decisions.record(open_store(ws), village_id, rows, reviewer(by))
    now = {q.id: q for q in quotes(ws, village_id)}
    return [now[q.id] for q in chosen]


def kind_label(kind: str, lang: str = "nl") -> str:
    """What was removed, in words ("naam", "telefoonnummer"); an unknown kind as it is."""
    key = f"quotes.kind.{kind}"
    return text(key, lang) if key in CATALOGUE else kind


def summary(found: list[Quote]) -> dict[str, int]:
    """How many quotes were released, approved (edited ones included), rejected, pending."""
    return {
        "released": len(found),
        "approved": sum(q.state in ("approved", "edited") for q in found),
        "rejected": sum(q.state == "rejected" for q in found),
        "pending": sum(q.state == "pending" for q in found),
    }
