"""The one catalogue: every label, heading and sentence staff and readers see.

The words live in gettext files, one per language (``locale/<lang>/LC_MESSAGES/planning.po``),
so translators work in the tools they know (Poedit, Weblate) and a new language is a new
file, not a new column in every entry. The ``msgid`` is the key the code asks for; the
``msgstr`` holds the words, with ``{name}`` fields filled by ``str.format``. Counts take
real plural forms (``msgid_plural``), chosen by the ``Plural-Forms`` rule of each file.

The running code reads the compiled ``.mo`` twins with the standard library's gettext,
fast enough for every start of the command; ``scripts/i18n/catalogue.py`` compiles them
with Babel and checks both in CI (a duplicate or missing key, fields that differ between
the languages, a stale ``.mo``).
"""

from __future__ import annotations

import gettext
from importlib.resources import files

#: the languages the workbook speaks; Dutch is the source language
LANGUAGES = ("nl", "en")
DOMAIN = "planning"


class _Words(gettext.GNUTranslations):
    """One language's compiled catalogue, with its entries open to look up by key.

    The standard library keeps a catalogue's entries in ``_catalog`` and offers no
    public way to ask whether a key exists; this class is the one place that reads it.
    """

    def singular(self) -> dict[str, str]:
        entries = self._catalog  # type: ignore[attr-defined]
        return {k: v for k, v in entries.items() if isinstance(k, str) and k}

    def plural_keys(self) -> set[str]:
        return {k[0] for k in self._catalog if isinstance(k, tuple)}  # type: ignore[attr-defined]


def _load(lang: str) -> _Words:
    path = files("planning.i18n") / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    with path.open("rb") as handle:
        return _Words(handle)


WORDS: dict[str, _Words] = {lang: _load(lang) for lang in LANGUAGES}

#: lang -> key -> words, for the lookups of every label and sentence without a count
SINGULAR: dict[str, dict[str, str]] = {lang: words.singular() for lang, words in WORDS.items()}

#: keys whose words depend on a count: gettext plural entries
PLURAL_KEYS: frozenset[str] = frozenset(WORDS["nl"].plural_keys())

#: key -> (Dutch, English); plural entries are listed with their general ('other') form,
#: for code that asks whether a key exists or reads a pair
CATALOGUE: dict[str, tuple[str, str]] = {
    key: (nl, SINGULAR["en"].get(key, nl)) for key, nl in SINGULAR["nl"].items()
}
CATALOGUE |= {
    key: (WORDS["nl"].ngettext(key, key, 2), WORDS["en"].ngettext(key, key, 2))
    for key in PLURAL_KEYS
}
