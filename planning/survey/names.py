"""Names of people in Dutch free text, as residents write them.

Why a list and context, not a model: the texts are short, informal and often in lower case, and
what matters is that a neighbour's name does not reach a published plan. A name is suspected
when it follows a title or relation ("mevr. de Vries", "buurvrouw annie", "mijn zoon Kevin"),
is written with initials ("J.H. Scholten-Brink"), with a tussenvoegsel ("Jan v.d. Berg"), is a
first name or surname on the shipped list (planning/survey/data/names.csv, sources in
BRONNEN.md there), or is known to the follow-up store. Staff see each suspicion before a quote
is published and can give a word back, so the finder leans to removing.

Places, clubs, churches and practices keep their names: a word after "de" that names a place
("de Brink", "de Es"), after a kind of organisation ("Stichting", "v.v.", "huisartsenpraktijk"),
and the places the caller passes (village and facility names) are no names.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import cache, lru_cache

from planning.io.resources import package_path
from planning.survey.word_lists import pattern, word_lists

Found = tuple[int, int, str]

NAMES_FILE = package_path("survey", "data", "names.csv")

#: the word lists below (planning/survey/data/words.toml, [names])
WORDS: dict[str, list[str]] = word_lists("words")["names"]

#: titles and relations after which a (capitalised or listed) word is a person's name
CUES = "|".join(WORDS["cues"])
_CUE = re.compile(rf"\b(?:{CUES})(?:\s*,)?\s+", re.IGNORECASE)
#: cues that are also ordinary words: a lower-case word after them is a name only when listed
_WEAK_CUES = set(WORDS["weak_cues"])
TUSSEN = pattern(WORDS["tussen"])
_INITIALS = r"(?:[A-Z]\.\s?){1,4}"
_CAP = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*"
_WORD = r"[A-Za-zÀ-ÿ'’]+(?:-[A-Za-zÀ-ÿ'’]+)*"
_TOKEN = re.compile(_WORD)
_INITIALS_NAME = re.compile(rf"(?<![\w.]){_INITIALS}\s?(?:{TUSSEN}\s+)?{_CAP}")
_TUSSEN_NAME = re.compile(rf"\b(?i:{TUSSEN})\s+({_CAP})")
_STRONG_TUSSEN = re.compile(r"^(?:van\s+der|van\s+den|v\.\s?d\.?|v/d|vd|ter|ten|in\s+'t)$", re.I)

#: words after "de"/"het" or a title that name a place or thing, never a person
PLACE_WORDS = set(WORDS["place_words"])
#: a capitalised word after these begins the name of an organisation, not of a person
_ORG = re.compile(
    r"\b(?:stichting|vereniging|v\.?v\.?|s\.?v\.?|sv|vv|ijsvereniging|ijsclub|sportclub|club"
    r"|praktijk|huisartsenpraktijk|tandartspraktijk|fysiotherapie|fysio|kapsalon|bakkerij|café"
    r"|cafe|restaurant|hotel|garage|firma|fa\.|bv|b\.v\.|kerk|gemeente|basisschool|school|obs"
    r"|cbs|koor|fanfare|toneelvereniging|muziekvereniging|dorpshuis|buurthuis|zorgcentrum"
    r"|verzorgingshuis|woonzorgcentrum|camping|ds\.?\s+\w+kerk)\s+$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n]\s*|[\"“(]\s*)$")
_ARTICLE_BEFORE = re.compile(r"\b(?:de|het|een|der|den)\s+$", re.IGNORECASE)


@cache
def full_surnames() -> frozenset[str]:
    """Surnames as listed with their tussenvoegsel ("de vries", "van der veen"), lower case."""
    with NAMES_FILE.open(encoding="utf-8", newline="") as handle:
        return frozenset(
            row["name"].lower()
            for row in csv.DictReader(handle)
            if row["kind"] == "last" and " " in row["name"]
        )


@cache
def name_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(first names, surnames, names that are also ordinary words), all lower case."""
    first: set[str] = set()
    last: set[str] = set()
    word: set[str] = set()
    with NAMES_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = row["name"].lower()
            (first if row["kind"] == "first" else last).add(name)
            if row["word"] == "1":
                word.add(name.split()[-1])
    surnames = {n.split()[-1] for n in last}
    return frozenset(first), frozenset(surnames), frozenset(word)


@lru_cache(maxsize=16)
def _known_matcher(known: tuple[str, ...]) -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """The follow-up store's whole names as word sequences, and their parts of three letters
    or more, made once for a store's names however many texts are read."""
    tokens: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for name in known:
        words = tuple(w.lower() for w in _TOKEN.findall(name))
        if len(words) >= 2:
            phrases.add(words)
        for part in words:
            if len(part) >= 3 and not re.fullmatch(TUSSEN, part, re.IGNORECASE):
                tokens.add(part)
    return frozenset(phrases), frozenset(tokens)


def _known_phrases(text: str, phrases: frozenset[tuple[str, ...]]) -> list[Found]:
    """Where a whole known name stands, word for word in any case ('roelof oosting')."""
    if not phrases:
        return []
    words = list(_TOKEN.finditer(text))
    lowered = [w.group(0).lower() for w in words]
    lengths = sorted({len(p) for p in phrases}, reverse=True)
    found = []
    for i in range(len(words)):
        for n in lengths:
            if tuple(lowered[i : i + n]) in phrases:
                found.append((words[i].start(), words[i + n - 1].end(), "name"))
                break
    return found


def _is_sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_END.search(text[max(0, start - 3) : start]) is not None


def _name_after(text: str, pos: int, listed: set[str], weak: bool) -> tuple[int, int] | None:
    """The name that begins at ``pos`` after a cue: initials, tussenvoegsel, capitalised or
    listed words (a lower-case word only when it is on a list), up to three words."""
    m = re.compile(rf"(?:{_INITIALS}\s?)?(?:(?:{TUSSEN})\s+)?({_WORD})").match(text, pos)
    if not m:
        return None
    first = m.group(1)
    low = first.lower()
    if low in PLACE_WORDS:
        return None
    capital = first[0].isupper()
    initials_or_tussen = m.start(1) > pos
    if not (low in listed or (capital and not weak) or (capital and initials_or_tussen)):
        return None
    if weak and not capital and low not in listed:
        return None
    end = m.end()
    # a surname after a first name: 'Annie Bakker', 'Jan v.d. Berg', 'Scholten-Brink'
    more = re.compile(rf"\s+(?:(?:{TUSSEN})\s+)?({_CAP})").match(text, end)
    if more and more.group(1).lower() not in PLACE_WORDS:
        end = more.end()
    return (m.start(), end)


def names(
    text: str, known: Iterable[str] = (), places: Iterable[str] = (), guess: bool = True
) -> list[Found]:
    """Spans of suspected names of people in ``text``.

    ``known``: names from the follow-up store (any village); ``places``: names of villages,
    facilities and partners that must stay (matched as whole words, any case); without
    ``guess`` only the known names are found (staff's own edited wording).
    """
    first, surnames, ordinary = name_lists()
    key = known if isinstance(known, tuple) else tuple(sorted({str(k) for k in known}))
    known_phrase, known_tokens = _known_matcher(key)
    listed = set(first) | set(surnames) | known_tokens
    keep = {p.lower() for place in places for p in re.split(r"\s+", str(place)) if len(p) >= 3}
    found: list[Found] = []
    found += _known_phrases(text, known_phrase)
    if not guess:
        found += [
            (m.start(), m.end(), "name")
            for m in _TOKEN.finditer(text)
            if m.group(0).lower() in known_tokens
        ]
        return found

    for m in _CUE.finditer(text):
        weak = m.group(0).strip(" ,").lower() in _WEAK_CUES
        hit = _name_after(text, m.end(), listed - ordinary if weak else listed, weak)
        if hit:
            found.append((*hit, "name"))
    for m in _INITIALS_NAME.finditer(text):
        found.append((m.start(), m.end(), "name"))
    for m in _TUSSEN_NAME.finditer(text):
        word = m.group(1).lower()
        tussen = text[m.start() : m.start(1)].strip()
        if word in PLACE_WORDS or word in keep:
            continue
        if _ORG.search(text[: m.start()]):
            continue
        strong = _STRONG_TUSSEN.match(tussen) is not None
        listed_whole = f"{' '.join(tussen.lower().split())} {word}" in full_surnames()
        if (
            strong
            or listed_whole
            or (word in surnames and word not in ordinary)
            or word in known_tokens
        ):
            found.append((m.start(), m.end(), "name"))
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        low = token.lower()
        if low in keep or low in PLACE_WORDS or len(low) < 2 or token.isupper():
            continue  # a word in capitals is shouting, not a name
        before = text[: m.start()]
        if _ORG.search(before):
            continue
        if low in known_tokens and (token[0].isupper() or low not in ordinary):
            found.append((m.start(), m.end(), "name"))
            continue
        if low not in first and low not in surnames:
            continue
        capital = token[0].isupper()
        start_of_sentence = _is_sentence_start(text, m.start())
        is_word = low in ordinary
        mid_sentence = capital and not start_of_sentence
        if (
            (mid_sentence and not (is_word and _ARTICLE_BEFORE.search(before)))
            or (capital and start_of_sentence and not is_word)
            or (not capital and low in first and not is_word and len(low) >= 4)
        ):
            found.append((m.start(), _extend_surname(text, m.end()), "name"))
    return [(_first_name_before(text, s, first), e, k) for s, e, k in found]


def _first_name_before(text: str, start: int, first: frozenset[str]) -> int:
    """'Jan v.d. Berg': a listed first name right before a surname belongs to it."""
    before = re.search(rf"({_CAP})\s+$", text[:start])
    if before and before.group(1).lower() in first:
        return before.start(1)
    return start


def _extend_surname(text: str, end: int) -> int:
    """A capitalised word (with a tussenvoegsel) right after a first name is its surname, and
    so is a listed surname in lower case ('hennie lubbers')."""
    more = re.compile(rf"\s+(?:(?:{TUSSEN})\s+)?({_CAP})").match(text, end)
    if more and more.group(1).lower() not in PLACE_WORDS:
        return more.end()
    _, surnames, _ = name_lists()
    low = re.compile(rf"\s+(?:(?:{TUSSEN})\s+)?([a-zà-ÿ'’]+)\b").match(text, end)
    if low and low.group(1) in surnames and low.group(1) not in PLACE_WORDS:
        return low.end()
    return end
