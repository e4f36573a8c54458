"""The Dutch theme lexicon: word stems and phrases per theme.

An entry matches at the start of a word (``eenzaam`` finds ``eenzaamheid``);
an entry ending in ``$`` must be the whole word (``geld$`` does not find
``geldig``); an entry with spaces is a phrase. Texts are normalised first
(lower case, no accents, Drents dialect words to standard Dutch), so entries
are written in plain standard Dutch without accents.

The words are data, kept in ``planning/survey/data/lexicon.toml`` so the lexicon grows
without touching code; this module gives them their shapes.
"""

from __future__ import annotations

from planning.survey.word_lists import word_lists

_DATA = word_lists("lexicon")

#: theme -> its entries, in the order the lexicon file lists them
LEXICON: dict[str, tuple[str, ...]] = {
    theme: tuple(entries) for theme, entries in _DATA["themes"].items()
}

#: Drents and other regional spellings -> standard Dutch, applied word by word
DIALECT: dict[str, str] = dict(_DATA["dialect"])

#: phrases that contain a lexicon word but do not mean the theme
NOT_MEANT: tuple[str, ...] = tuple(_DATA["not_meant"])
