"""Free text made fit to publish: what is removed, where, and why, and the text that remains.

Why one function with the spans: a review screen must show staff exactly what a quote loses
("06-12345678" as a phone number, "Annie" as a name) and let them give a word back that was no
name; the published text is then made again from the same spans minus the kept ones, so what
staff saw is what is published. Identifiers are found by rule (``planning.survey.identifiers``),
names by list and context (``planning.survey.names``).

    >>> result = scrub_text("bel buurvrouw Annie op 06-12345678")
    >>> result.published
    'bel buurvrouw [naam] op [telefoon]'
    >>> [(s.kind, s.text) for s in result.spans]
    [('name', 'Annie'), ('phone', '06-12345678')]
    >>> result.publish(keep={"Annie"})
    'bel buurvrouw Annie op [telefoon]'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from planning.i18n import text as words
from planning.survey.identifiers import identifiers
from planning.survey.names import names as find_names

#: every kind of personal data, in the order a review screen lists them
KINDS = ("name", "phone", "email", "address", "postcode", "birth_date", "bsn", "iban", "plate")
#: identifiers: certain by rule; names: suspected, for staff to confirm
IDENTIFIER_KINDS = KINDS[1:]
#: which kind wins where two overlap (an address holds a postcode, a plate looks like a date)
_RANK = {kind: i for i, kind in enumerate(("email", "iban", "phone", "bsn", "birth_date",
                                           "postcode", "plate", "address", "name"))}  # fmt: skip


def placeholder(kind: str, lang: str = "nl") -> str:
    """What stands where ``kind`` was: "[naam]", "[telefoon]", ... ("[name]", "[phone]" in en)."""
    return words(f"scrub.{kind}", lang)


#: every placeholder in both languages, to recognise text that was scrubbed before
PLACEHOLDERS = re.compile(
    "|".join(re.escape(placeholder(k, lang)) for k in KINDS for lang in ("nl", "en"))
)


@dataclass(frozen=True)
class Span:
    """One piece of personal data in a text: where it is, what kind, and its words."""

    start: int
    end: int
    kind: str
    text: str

    @property
    def certain(self) -> bool:
        """An identifier found by rule; a name is a suspicion for staff to confirm."""
        return self.kind != "name"


@dataclass(frozen=True)
class Scrubbed:
    """A text with the spans found in it; ``published`` is what may be shown or printed."""

    original: str
    spans: tuple[Span, ...]
    lang: str = "nl"

    @property
    def published(self) -> str:
        return self.publish()

    @property
    def changed(self) -> bool:
        return bool(self.spans)

    def publish(self, keep: Iterable[str | Span] = ()) -> str:
        """The text with every span replaced by its placeholder, except those in ``keep``
        (spans, or words matched case-insensitively: what an editor gave back)."""
        kept_words = {k.lower() for k in keep if isinstance(k, str)}
        kept_spans = {k for k in keep if isinstance(k, Span)}
        out, pos = [], 0
        for span in self.spans:
            if span in kept_spans or span.text.lower() in kept_words:
                continue
            out.append(self.original[pos : span.start])
            out.append(placeholder(span.kind, self.lang))
            pos = span.end
        out.append(self.original[pos:])
        return "".join(out)


def _merge(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans made one, of the kind that ranks first (an e-mail beats a name)."""
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(found, key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            s, e, k = merged[-1]
            best = k if _RANK[k] <= _RANK[kind] else kind
            merged[-1] = (s, max(e, end), best)
        else:
            merged.append((start, end, kind))
    return merged


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """No spaces or closing punctuation at a span's edges: 'Annie, ' becomes 'Annie'."""
    while start < end and text[start] in " \t\n,;:(\"'":
        if text[start] == "(" and ")" in text[start:end]:
            break  # '(0591) 612345' keeps its bracket
        start += 1
    while end > start and text[end - 1] in " \t\n,;:.)\"'!?":
        end -= 1
    return start, end


def find_spans(
    text: str,
    names: Iterable[str] = (),
    places: Iterable[str] = (),
    guess_names: bool = True,
) -> tuple[Span, ...]:
    """Every piece of personal data in ``text``: identifiers by rule, suspected names.

    ``names``: names known to the follow-up store (of any village), also matched in lower
    case; ``places``: village, facility and partner names that must stay as written;
    ``guess_names=False``: only the known names, no suspicions (for staff's own wording).
    Placeholders of an earlier scrub are left alone, so scrubbing twice changes nothing.
    """
    guarded = [(m.start(), m.end()) for m in PLACEHOLDERS.finditer(text)]
    found = identifiers(text) + find_names(text, names, places, guess_names)
    spans = []
    for start, end, kind in _merge(found):
        start, end = _trim(text, start, end)
        if end <= start or any(s < end and start < e for s, e in guarded):
            continue
        spans.append(Span(start, end, kind, text[start:end]))
    return tuple(spans)


def scrub_text(
    text: str,
    names: Iterable[str] = (),
    places: Iterable[str] = (),
    lang: str = "nl",
    guess_names: bool = True,
) -> Scrubbed:
    """``text`` with its personal data found; ``.published`` is the text to show or print.

    The one entry point for every place free text leaves the follow-up store: the survey
    import, the plan's quotes, the command's examples and the review of quotes.
    """
    if not isinstance(text, str) or not text:
        return Scrubbed(text if isinstance(text, str) else "", (), lang)
    return Scrubbed(text, find_spans(text, names, places, guess_names), lang)


def localise(text: str, lang: str) -> str:
    """Placeholders in the language of the reader: "[naam]" in an English plan is "[name]"."""
    other = "nl" if lang == "en" else "en"
    for kind in KINDS:
        text = text.replace(placeholder(kind, other), placeholder(kind, lang))
    return text
