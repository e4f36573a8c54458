"""Recognising personal data before anything is written or published.

Respondent ids that are e-mail addresses or phone numbers (``personal_mask``), and
contact details typed inside free text (``scrub``), which never reach a quote, the
responses file, the rejected-rows file or an import summary.

The pseudonym itself is made by planning.store.pseudonyms (its salt lives in the store).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from planning.store.pseudonyms import looks_personal

_EITHER = re.compile(r"^\s*(?:[^@\s]+@[^@\s]+\.[^@\s]+|\+?[\d\s().-]{8,20})\s*$")


def personal_mask(ids: pd.Series) -> pd.Series:
    """``looks_personal`` over a column of ids (None = not personal): one regex pass."""
    match = _EITHER.match
    flags = [
        isinstance(x, str) and match(x) is not None and looks_personal(x) for x in ids.tolist()
    ]
    return pd.Series(flags, index=ids.index, dtype=bool)


#: what stands where contact details were: the same in Dutch and English
REDACTED = "[…]"

_SEP = r"[\s.\-/)]{0,2}"
#: Dutch phone numbers in every notation: 06-12345678, 06.12.34.56.78, +31 6 1234 5678,
#: 0031 (0)6..., 050-1234567, (050) 123 45 67: a leading 0 or +31/0031, then nine digits
_PHONE = rf"(?<![\w+])(?:(?:\+|00)\s?31[\s.\-]*(?:\(0\)[\s.\-]*)?|\(?0)(?:\d{_SEP}){{8}}\d(?!\d)"
_AT = r"(?:@|\s*[\(\[\{]\s*at\s*[\)\]\}]\s*|\s+at\s+)"
_DOT = r"(?:\.|\s*[\(\[\{]\s*(?:dot|punt)\s*[\)\]\}]\s*|\s+(?:dot|punt)\s+)"
#: e-mail addresses, also written to dodge robots: j.jansen(at)gmail.com, jan at home dot nl
_EMAIL = rf"[\w.+\-]+{_AT}[\w\-]+(?:{_DOT}[\w\-]+)+"
#: a postcode (9301 AB), with its house number when one follows (9301 AB 12, 9301AB12a)
_POSTCODE = r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![A-Za-z])(?:\s*,?\s*\d{1,5}(?:\s?[a-zA-Z])?\b)?"
_CONTACT = re.compile(f"{_EMAIL}|{_PHONE}|{_POSTCODE}", re.IGNORECASE)
_POSTCODE_STRICT = re.compile(_POSTCODE)  # case matters: '2026 en' is no postcode


def _contact_match(match: re.Match[str]) -> str:
    found = match.group(0)
    if re.fullmatch(_POSTCODE, found, re.IGNORECASE) and not _POSTCODE_STRICT.fullmatch(found):
        return found
    return REDACTED


def scrub(text: str, names: Iterable[str] = ()) -> str:
    """Free text with contact details and the given names replaced by ``REDACTED``.

    Why: residents type their phone number or e-mail into an open answer ("bel me
    op 06.12.34.56.78") and name neighbours; a quote or an import summary must
    never carry them. Names are matched as whole words, any case.
    """
    if not isinstance(text, str) or not text:
        return text
    clean = _CONTACT.sub(_contact_match, text)
    words = sorted({n.strip() for n in names if n and len(n.strip()) >= 3}, key=len, reverse=True)
    if words:
        pattern = r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"
        clean = re.sub(pattern, REDACTED, clean, flags=re.IGNORECASE)
    return clean


def has_contact_details(text: str) -> bool:
    """True when ``scrub`` would remove something (names aside)."""
    return isinstance(text, str) and scrub(text) != text


def scrub_series(texts: pd.Series) -> pd.Series:
    """``scrub`` over a column, once per distinct value (an export repeats its texts)."""
    codes, uniques = pd.factorize(texts.astype(object), use_na_sentinel=True)
    cleaned = [scrub(u) if isinstance(u, str) else u for u in uniques]
    if all(a is b for a, b in zip(cleaned, uniques, strict=True)):
        return texts
    table = np.empty(len(cleaned) + 1, dtype=object)
    table[: len(cleaned)] = cleaned
    table[-1] = None
    return pd.Series(table[codes], index=texts.index, dtype=object)
