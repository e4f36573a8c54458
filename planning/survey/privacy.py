"""Recognising personal data before anything is written or published.

Respondent ids that are e-mail addresses or phone numbers (``personal_mask``), and
personal data typed inside free text (``scrub``, through ``planning.survey.scrubber``), which
never reach a quote, the responses file, the rejected-rows file or an import summary.

The pseudonym itself is made by planning.store.pseudonyms (its salt lives in the store).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planning.store import open_store, store_url_for
from planning.store.followup import contact_list
from planning.store.pseudonyms import looks_personal
from planning.survey.scrubber import scrub_text

if TYPE_CHECKING:
    from planning.store.engine import Store

_EITHER = re.compile(r"^\s*(?:[^@\s]+@[^@\s]+\.[^@\s]+|\+?[\d\s().-]{8,20})\s*$")


def personal_mask(ids: pd.Series) -> pd.Series:
    """``looks_personal`` over a column of ids (None = not personal): one regex pass."""
    match = _EITHER.match
    flags = [
        isinstance(x, str) and match(x) is not None and looks_personal(x) for x in ids.tolist()
    ]
    return pd.Series(flags, index=ids.index, dtype=bool)


#: what stands where a whole cell of personal data was (the rejected-rows file's [pii] columns)
REDACTED = "[…]"


def scrub(
    text: str, names: Iterable[str] = (), places: Iterable[str] = (), lang: str = "nl"
) -> str:
    """Free text with its personal data replaced by placeholders ("[telefoon]", "[naam]").

    Why: residents type their phone number or e-mail into an open answer ("bel me op
    06.12.34.56.78") and name neighbours; a quote, responses.csv or an import summary must
    never carry them. ``names`` (the respondent's own, the follow-up store's) are removed
    in any case; see ``planning.survey.scrubber`` for what else is found and how.
    """
    if not isinstance(text, str) or not text:
        return text
    return scrub_text(text, names, places, lang).published


def has_contact_details(text: str) -> bool:
    """True when the text holds an identifier found by rule (names aside)."""
    return isinstance(text, str) and any(s.certain for s in scrub_text(text).spans)


def followup_names(store: Store) -> list[str]:
    """The names of everyone in the follow-up store, of every village: a quote from one
    village must not name a contact of another."""
    return [
        str(person["name"])
        for person in contact_list(store, None, everyone=True)
        if isinstance(person.get("name"), str) and person["name"].strip()
    ]


def stored_names(root: Path) -> list[str]:
    """``followup_names`` of a workspace folder; none when it has no store yet (reading
    names is no reason to make one)."""
    url = store_url_for(root)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return []
    store = open_store(root)
    try:
        return followup_names(store)
    finally:
        store.dispose()


def scrub_series(texts: pd.Series, names: Iterable[str] = ()) -> pd.Series:
    """``scrub`` over a column, once per distinct value (an export repeats its texts)."""
    names = tuple(sorted({str(n) for n in names}))  # one matcher for the whole column
    codes, uniques = pd.factorize(texts.astype(object), use_na_sentinel=True)
    cleaned = [scrub(u, names) if isinstance(u, str) else u for u in uniques]
    if all(a == b for a, b in zip(cleaned, uniques, strict=True)):
        return texts
    table = np.empty(len(cleaned) + 1, dtype=object)
    table[: len(cleaned)] = cleaned
    table[-1] = None
    return pd.Series(table[codes], index=texts.index, dtype=object)
