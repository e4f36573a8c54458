"""Dutch and English words and number formats: one catalogue, one formatting layer.

Staff read Dutch by default; a plan for an English-speaking partner is made with
lang="en". ``text(key, lang, **fields)`` looks a key up in the one catalogue
(planning.i18n.catalogue); ``label`` is the same lookup without fields.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from planning.i18n.catalogue import CATALOGUE, PLURAL_KEYS, SINGULAR, WORDS
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
    "MissingWords",
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


_log = logging.getLogger(__name__)


class MissingWords(KeyError):
    """A key the catalogue lacks: a mistake in the code, never something staff caused."""


def text(key: str, lang: str = "nl", **fields: Any) -> str:
    """The words for ``key`` in ``lang`` with ``{fields}`` filled in.

    A key with plural forms takes its form from ``plural=`` (a number), else from the
    ``count`` or ``n`` field when that is a number, by the language's own rule. A key the
    catalogue lacks raises :class:`MissingWords` where ``PLANNING_STRICT_WORDS`` is set
    (the tests set it, so no such key ships); elsewhere it is logged and the key is shown,
    rather than stopping a plan in the village hall.
    """
    lang = "en" if lang == "en" else "nl"
    decides = fields.pop("plural", None)
    template = SINGULAR[lang].get(key)
    if template is None:
        if key in PLURAL_KEYS:
            if decides is None:
                decides = fields.get("count", fields.get("n"))
            if not isinstance(decides, int | float):
                raise MissingWords(f"{key}: a plural entry needs a number (plural=, count= or n=)")
            template = WORDS[lang].ngettext(key, key, int(decides))
        elif os.environ.get("PLANNING_STRICT_WORDS"):
            raise MissingWords(key)
        else:
            _log.warning("no words for catalogue key %r", key)
            return key
    return template.format(**fields) if fields else template


def label(key: str, lang: str = "nl") -> str:
    """A short label (column header, code name) in ``lang``."""
    return text(key, lang)


def plural(key: str, n: float, lang: str = "nl", **fields: Any) -> str:
    """The words for ``key`` in the form ``n`` takes in ``lang`` ("1 ontmoetingsplek",
    "2 ontmoetingsplekken"), by the catalogue's own plural forms; ``n`` is available to the
    words as ``{n}``."""
    return text(key, lang, plural=n, n=n, **fields)
