"""Identifiers in free text, found by rule: phone, e-mail, address, postcode, birth date, BSN,
IBAN and licence plate.

Why rules and the libraries made for them: an identifier has a shape that can be checked
(a phone number is valid in a numbering plan, a BSN passes the 11-test, an IBAN mod-97), so a
match is certain and can be removed without asking anyone. ``phonenumbers`` knows the numbering
plans of the Netherlands and the border countries; ``python-stdnum`` checks BSN and IBAN. The
patterns here cover what residents type that those libraries do not see as a candidate: a
letter O for a zero, spelled-out e-mail addresses, lower-case postcodes, street names.

Each finder returns ``(start, end, kind)`` spans on the text as given; ``planning.survey.scrubber``
merges them with the names and makes the published text.
"""

from __future__ import annotations

import re
from datetime import date

import phonenumbers
from phonenumbers import PhoneNumberMatcher, PhoneNumberType
from stdnum import iban as std_iban
from stdnum.nl import bsn as std_bsn

from planning.survey.word_lists import pattern, word_lists

Found = tuple[int, int, str]

#: the word lists below (planning/survey/data/words.toml, [identifiers])
WORDS: dict[str, list[str]] = word_lists("words")["identifiers"]

#: regions whose numbers residents near the border give: the Netherlands, Germany, Belgium
REGIONS = tuple(WORDS["regions"])
#: numbers of services, not of a person: 0800, 0900, 14 0xx, shared cost
_SERVICE = {
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE,
    PhoneNumberType.SHARED_COST,
    PhoneNumberType.UAN,
}
_DASH = "\u2010\u2011\u2012\u2013\u2014\u2212"

# -- phone ------------------------------------------------------------------------------------
#: a run that starts like a number (+, 00, 0 or a letter O before a digit) and holds digits
#: with the separators people type (spaces, dots, dashes of every width, slashes, brackets)
_PHONE_RUN = re.compile(
    rf"(?<![\w+])(?:\+|00|\(0|[0Oo](?=[\d]))[\d\s.\-{_DASH}/()Oo]{{6,24}}\d(?!\d)"
)


def _phone_digits(raw: str) -> str:
    """The number as digits: a letter O typed for a zero becomes 0, separators go."""
    raw = raw.strip()
    plus = raw.startswith("+")
    digits = re.sub(r"[Oo]", "0", raw)
    digits = re.sub(r"\D", "", digits)
    if plus:
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    return digits


def _is_personal_number(raw: str) -> bool:
    """A valid number of NL, DE or BE that is not a service number (0800, 0900, 14 0xx)."""
    digits = _phone_digits(raw)
    # a number written the national way is read as Dutch first: 088 0767 000 is a Dutch
    # service number, though the German plan would take it for a line in Bavaria
    for region in REGIONS:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.number_type(number) not in _SERVICE
        if digits.startswith("+"):
            break  # an international number is parsed the same in every region
    return False


def _is_number(digits: str) -> bool:
    """Any valid Dutch number, of a person or a service."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(digits, "NL"))
    except phonenumbers.NumberParseException:
        return False


def phones(text: str) -> list[Found]:
    found: list[Found] = []
    if sum(c.isdigit() for c in text) < 6:
        return found  # no number of any country is shorter
    for region in REGIONS:
        for candidate in PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            if _is_personal_number(candidate.raw_string):
                found.append((candidate.start, candidate.end, "phone"))
    for match in _PHONE_RUN.finditer(text):
        raw = match.group(0).rstrip(" .-/(" + _DASH)
        if _is_personal_number(raw):
            found.append((match.start(), match.start() + len(raw), "phone"))
    return found


# -- e-mail -----------------------------------------------------------------------------------
_TLD = pattern(WORDS["domains"])
_AT = r"(?:\s*@\s*|\s*[\(\[\{<]\s*(?:at|@|apenstaartje)\s*[\)\]\}>]\s*|\s+(?:at|apenstaartje|apestaartje)\s+)"
_DOT = r"(?:\s*\.\s*|\s*[\(\[\{<]\s*(?:dot|punt)\s*[\)\]\}>]\s*|\s+(?:dot|punt)\s+)"
#: inside the part before the @ a dot is written as it is, spaced on both sides, or spelled
_LOCAL_DOT = r"(?:\.|\s\.\s|\s*[\(\[\{<]\s*(?:dot|punt)\s*[\)\]\}>]\s*|\s+(?:dot|punt)\s+)"
_EMAIL = re.compile(
    rf"(?<![\w.+-])[\w][\w.+\-]*(?:{_LOCAL_DOT}[\w][\w.+\-]*)*?{_AT}[\w][\w\-]*(?:{_DOT}[\w][\w\-]*)*?{_DOT}{_TLD}\b",
    re.IGNORECASE,
)


def emails(text: str) -> list[Found]:
    return [(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]


# -- address ----------------------------------------------------------------------------------
#: the last part of a Dutch street name; a capitalised word may be the street word itself
#: ("Brink 3a", "Es 12"), a lower-case one only a compound of the clear ones ("hoofdstraat 12")
STREET_WORDS = tuple(WORDS["street_words"])
_CLEAR = tuple(WORDS["clear_street_words"])
_NUMBER = r"(?:nr\.?|no\.?|nummer|huisnummer)?\s*\d{1,4}(?![\d,.]?\d)(?:\s?-\s?(?:[IVX]{1,4}|\d{1,3}|[a-zA-Z])\b|\s?bis\b|\s?hs\b|[a-zA-Z]\b|\s[a-zA-Z]\b(?!['’]))?"
#: a number followed by a unit is an amount, not a house number
_UNIT = rf"(?!\s*{pattern(WORDS['units'])}\b)"
_STREET_CAP = "|".join(sorted(set(STREET_WORDS), key=len, reverse=True))
_STREET_LOW = "|".join(sorted(_CLEAR, key=len, reverse=True))
_STREET_SELF = "|".join(w.capitalize() for w in sorted(set(STREET_WORDS), key=len, reverse=True))
_ADDRESS = re.compile(
    # optional capitalised words of the name before it ("Oude Asserstraat", "Burg. Visserlaan")
    rf"(?:\b(?:[A-Z][\w'’.]*|van|de|der|den|het|ter|ten)\s){{0,3}}"
    rf"(?:\b[A-Z][\w'’-]*?(?:{_STREET_CAP})|\b(?:{_STREET_SELF})|\b[a-zà-ÿ][\w'’-]{{1,}}(?:{_STREET_LOW}))"
    rf"\s*,?\s*{_NUMBER}{_UNIT}"
)
_LEAD_WORD = re.compile(r"^(?:(?:[A-Z][\w'’.]*|van|de|der|den|het|ter|ten)\s)+")
#: words that start a sentence or name a place rather than begin a street name
_NOT_STREET_START = set(WORDS["not_street_start"])


def addresses(text: str) -> list[Found]:
    found = []
    for m in _ADDRESS.finditer(text):
        start = m.start()
        lead = _LEAD_WORD.match(m.group(0))
        if lead:  # keep the street's own words, not 'Ik woon aan de'
            words = lead.group(0).split()
            keep = 0
            for w in reversed(words):
                if w.lower() in _NOT_STREET_START:
                    break
                keep += 1
            dropped = words[: len(words) - keep]
            if dropped:
                start = m.start() + len(" ".join(dropped)) + 1
        found.append((start, m.end(), "address"))
    return found


# -- postcode ---------------------------------------------------------------------------------
_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS|sa|sd|ss)([A-Za-z]{2})(?![A-Za-z])")
#: two-letter words that follow a year or an amount ("in 2026 en 2027", "2026 op de agenda")
_TWO_LETTER_WORDS = set(WORDS["two_letter_words"])
_POSTCODE_CUE = re.compile(r"(?:postcode|pc|postc\.?)\s*:?\s*$", re.IGNORECASE)


def postcodes(text: str) -> list[Found]:
    found = []
    for m in _POSTCODE.finditer(text):
        letters = m.group(1)
        cue = _POSTCODE_CUE.search(text[max(0, m.start() - 12) : m.start()]) is not None
        after = text[m.end() : m.end() + 12]
        numbered = re.match(r"\s*,?\s*\d{1,4}\b", after) is not None
        word = letters.lower() in _TWO_LETTER_WORDS
        if not word or (cue and letters.isupper()):
            end = m.end()
            if numbered:  # '9301 AB 12': the house number goes with it
                end += re.match(r"\s*,?\s*\d{1,4}[a-zA-Z]?\b", after).end()  # type: ignore[union-attr]
            found.append((m.start(), end, "postcode"))
    return found


# -- birth date -------------------------------------------------------------------------------
_MONTHS = (
    r"(?:jan(?:uari)?|feb(?:r(?:uari)?)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?"
    r"|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|january|february|march|may|june|july|october|december)\.?"
)
_DATE = rf"(?:\d{{1,2}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*(?:19|20)?\d{{2}}|\d{{1,2}}\s+{_MONTHS}\s+(?:19|20)?\d{{2}})"
_BIRTH_CUE = pattern(WORDS["birth_cues"])
_BIRTH = re.compile(rf"\b{_BIRTH_CUE}\s*(?:op|on|:|de|d\.d\.)?\s*({_DATE})", re.IGNORECASE)
#: a full date in the last century is somebody's birth date, whatever stands before it
_OLD_DATE = re.compile(
    rf"(?<![\d/.-])(\d{{1,2}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*19\d{{2}}|\d{{1,2}}\s+{_MONTHS}\s+19\d{{2}})(?!\d)",
    re.IGNORECASE,
)


def birth_dates(text: str) -> list[Found]:
    found = [(m.start(1), m.end(1), "birth_date") for m in _BIRTH.finditer(text)]
    found += [(m.start(1), m.end(1), "birth_date") for m in _OLD_DATE.finditer(text)]
    return found


# -- BSN, IBAN, licence plate -----------------------------------------------------------------
_NINE = re.compile(r"(?<![\d.\-])\d(?:[ .\-]?\d){7,8}(?![\d])")
_DATE_SHAPE = re.compile(r"(\d{1,2})([-./])(\d{1,2})\2(\d{4})|(\d{4})-(\d{2})-(\d{2})")


def _is_date(written: str) -> bool:
    """12-01-2026 or 2026-01-12: a calendar date, whose eight digits may pass the 11-test."""
    shape = _DATE_SHAPE.fullmatch(written)
    if shape is None:
        return False
    day, month, year = (
        (shape[1], shape[3], shape[4]) if shape[1] else (shape[7], shape[6], shape[5])
    )
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def bsns(text: str) -> list[Found]:
    """Nine digits (also 123.456.782, 1234 56 782) that pass the 11-test."""
    found = []
    for m in _NINE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if digits.startswith("0") and _is_number(digits):
            continue  # 0800-8115 is a phone number that happens to pass the 11-test
        if _is_date(m.group(0)):
            continue  # a date; a birth date is found by its cue (birth_dates)
        if len(digits) in (8, 9) and std_bsn.is_valid(digits.zfill(9)) and set(digits) != {"0"}:
            found.append((m.start(), m.end(), "bsn"))
    return found


_IBAN = re.compile(r"\b[A-Za-z]{2}\s?\d{2}(?:\s?[A-Za-z0-9]{4}){2,7}(?:\s?[A-Za-z0-9]{1,3})?\b")


def ibans(text: str) -> list[Found]:
    """Account numbers that pass mod-97 (python-stdnum), in any case, with or without spaces."""
    found = []
    for m in _IBAN.finditer(text):
        raw = m.group(0)
        # the longest prefix that is a valid IBAN (a word may follow without a space)
        for end in range(len(raw), 14, -1):
            if std_iban.is_valid(raw[:end].upper()):
                found.append((m.start(), m.start() + len(raw[:end].rstrip()), "iban"))
                break
    return found


#: the Dutch sidecodes: letter (X) and digit (9) groups of every plate issued since 1951
SIDECODES = (
    "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
    "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9",
)  # fmt: skip
_PLATE_SHAPES = {code.replace("-", ""): code for code in SIDECODES}
_PLATE = re.compile(
    r"(?<![\w-])[A-Za-z0-9]{1,3}(?P<sep>[-\s])[A-Za-z0-9]{1,3}(?P=sep)[A-Za-z0-9]{1,3}(?![\w-])"
    r"|(?<![\w-])[A-Za-z0-9]{6}(?![\w-])"
)
_PLATE_CUE = re.compile(r"(?:kenteken|nummerbord|plaat|licen[cs]e plate)\W*(?:\w+\W+)?$", re.I)


_DAYS = {"ma", "di", "wo", "do", "vr", "za", "zo"}


def _shape(part: str) -> str:
    return "".join("9" if c.isdigit() else "X" for c in part)


def plates(text: str) -> list[Found]:
    """Licence plates: letter and digit groups as a sidecode prescribes, written with dashes
    (any case), or with spaces or together after a word such as 'kenteken'."""
    found = []
    for m in _PLATE.finditer(text):
        raw = m.group(0)
        parts = re.split(r"[-\s]", raw)
        cue = _PLATE_CUE.search(text[max(0, m.start() - 30) : m.start()]) is not None
        shape = "-".join(_shape(p) for p in parts) if len(parts) == 3 else None
        if shape is None:  # written together: only after a cue, and only a sidecode's shape
            shape = _PLATE_SHAPES.get(_shape(raw))
            if shape and cue and not raw.isdigit() and not raw.isalpha():
                found.append((m.start(), m.end(), "plate"))
        elif parts[0].lower() in _DAYS:
            continue  # 'ma-12-03': a day and a date
        elif shape in SIDECODES and (m.group("sep") == "-" or cue):
            found.append((m.start(), m.end(), "plate"))
    return found


FINDERS = (phones, emails, ibans, bsns, plates, birth_dates, postcodes, addresses)


def identifiers(text: str) -> list[Found]:
    """Every identifier any finder sees, overlaps and all (the scrubber merges them)."""
    return [span for finder in FINDERS for span in finder(text)]
