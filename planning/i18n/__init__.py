"""Dutch and English words and number formats: one catalogue, one formatting layer.

Staff read Dutch by default; a plan for an English-speaking partner is made with
lang="en". ``text(key, lang, **fields)`` looks a key up in the one catalogue
(planning.i18n.catalogue); ``label`` is the same lookup without fields.
"""

from __future__ import annotations

from typing import Any

from planning.i18n.catalogue import CATALOGUE
from planning.i18n.formats import (
    MONTHS,
    fmt_date,
    fmt_int,
    fmt_money,
    fmt_num,
    fmt_pct,
    parse_num,
)

__all__ = [
    "CATALOGUE",
    "MONTHS",
    "fmt_date",
    "fmt_int",
    "fmt_money",
    "fmt_num",
    "fmt_pct",
    "label",
    "parse_num",
    "plural",
    "text",
]


def text(key: str, lang: str = "nl", **fields: Any) -> str:
    """The words for ``key`` in ``lang`` (the key itself when the catalogue lacks it),
    with ``{fields}`` filled in."""
    nl, en = CATALOGUE.get(key, (key, key))
    template = en if lang == "en" else nl
    return template.format(**fields) if fields else template


def label(key: str, lang: str = "nl") -> str:
    """A short label (column header, code name) in ``lang``."""
    return text(key, lang)


def plural(key: str, n: float, lang: str = "nl", **fields: Any) -> str:
    """The words for ``key`` in the plural form ``n`` takes in ``lang`` (Babel's CLDR
    rules): ``key + ".one"`` for "1 ontmoetingsplek" where the catalogue has it, ``key``
    otherwise; ``n`` is available to the words as ``{n}``."""
    from babel import Locale

    form = Locale.parse("en" if lang == "en" else "nl").plural_form(abs(n))
    one = f"{key}.{form}"
    return text(one if one in CATALOGUE else key, lang, n=n, **fields)
