"""Converting one spreadsheet cell: numbers, yes/no, dates, lists, age bands, 'missing'.

Cells are read as text first (planning.io.tables) and converted here per
column, so that every reader, the workspace schemas and the survey import
agree on what '1.234', 'ja', '5-9' or '#N/B' means.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from planning.errors import WorkspaceError
from planning.i18n import text

#: what Excel (nl/en), R, SPSS exports and pandas write for 'no value', upper-cased;
#: the one list every reader of staff tables and survey exports uses
MISSING_WORDS = frozenset({"", "NA", "N/A", "#N/B", "#N/A", "#NULL!", "NAN", "NONE"})
TRUE_WORDS = frozenset({"ja", "j", "yes", "y", "true", "waar", "1", "x", "wel"})
FALSE_WORDS = frozenset({"nee", "n", "no", "false", "onwaar", "0", "niet"})

_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(\.\d{3})+$")


class CellError(ValueError):
    """A cell that does not convert; the message says what was expected.

    ``key`` and ``fields`` name the message in the catalogue, so the problem made of it is
    said in each language; ``str()`` is the Dutch text.
    """

    def __init__(self, key: str, **fields: Any) -> None:
        super().__init__(text(key, "nl", **fields))
        self.key = key
        self.fields = fields


def present(value: Any) -> bool:
    """A cell with something in it (None, NaN and blanks are empty)."""
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return str(value).strip() != ""


def is_missing_word(text: str) -> bool:
    """One of the words spreadsheets and exports write for 'no value' (any case)."""
    return text.strip().upper() in MISSING_WORDS


def is_missing(value: Any) -> bool:
    """An empty cell or one holding a 'missing' word such as NA or #N/B."""
    return not present(value) or is_missing_word(str(value))


def parse_number(value: Any, decimal_comma: bool | None = False) -> float:
    """'52,9', '1.234,5', '1,234.5', '€ 1.200' and 52.9 -> a float.

    With both marks the last one is the decimal mark. A lone comma is decimal
    (Dutch). A lone point is decimal too, except in a column that uses decimal
    commas (``decimal_comma``) where '1.234' is a thousands separator; '6.5' in
    such a column stays 6.5 rather than silently becoming 65. When the column's
    style is unknown (``decimal_comma=None``, see ``number_style``), '1.500' could be
    1500 or 1,5: that is a CellError, never a guess.
    """
    if isinstance(value, bool):
        raise CellError("io.not_a_number")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace("€", "")
        has_comma, has_point = "," in text, "." in text
        if has_comma and has_point:
            if text.rfind(",") > text.rfind("."):
                text = text.replace(".", "").replace(",", ".")
            else:
                text = text.replace(",", "")
        elif has_comma:
            if text.count(",") > 1:
                raise CellError("io.not_a_number")
            text = text.replace(",", ".")
        elif has_point and (decimal_comma or text.count(".") > 1) and _THOUSANDS.match(text):
            text = text.replace(".", "")
        elif has_point and decimal_comma is None and _THOUSANDS.match(text):
            whole, small = text.replace(".", ""), f"{float(text):g}".replace(".", ",")
            raise CellError("io.ambiguous_number", whole=whole, small=small)
        try:
            number = float(text)
        except ValueError:
            raise CellError("io.not_a_number") from None
    if math.isnan(number) or math.isinf(number):
        raise CellError("io.not_a_number")
    return number


def parse_int(value: Any, decimal_comma: bool | None = False) -> int:
    """A whole number; '1.234' (Dutch thousands) is 1234, '12,0' is 12, '12,5' an error."""
    if isinstance(value, str) and _THOUSANDS.match(value.strip()):
        value = value.strip().replace(".", "")
    number = parse_number(value, decimal_comma)
    if number != int(number):
        raise CellError("io.not_whole")
    if abs(number) > 2**53:
        raise CellError("io.too_large")
    return int(number)


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError("io.not_yes_no")


def parse_list(value: Any) -> list[str]:
    """'roden; peize' -> ['roden', 'peize'] (a number from Excel, 9301, -> ['9301'])."""
    return [part.strip() for part in re.split(r"[;|]", parse_text(value)) if part.strip()]


_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%d-%m-%y")


def parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    day_part = text.split()[0].split("T")[0] if text else text  # '12-3-2026 10:15:22'
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text[:10] if fmt.startswith("%Y") else day_part, fmt).date()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise CellError("io.not_a_date") from None


AGE_BANDS: tuple[str, ...] = (*(f"{a}-{a + 4}" for a in range(0, 95, 5)), "95+")


def parse_age_band(value: Any) -> str:
    """'0-4', '0 t/m 4', '0 tot 5 jaar' (CBS), '95 jaar of ouder' -> the canonical band.

    Excel turns '5-9' into 5 September; that date is read back as '5-9'.
    """
    if isinstance(value, (datetime, date)):
        text = f"{value.day}-{value.month}"
    else:
        text = str(value).strip().lower().replace("\u2013", "-").replace("\u2014", "-")
        text = re.sub(r"\s*jaar\b", "", text).strip()
        if re.fullmatch(r"0?5-sep", text):
            text = "5-9"
    old = re.fullmatch(r"(\d+)\s*(\+|plus|(en|of)\s+(ouder|meer))", text)
    if old:
        text = f"{int(old.group(1))}+"
    closed = re.fullmatch(r"(\d+)\s*(-|t/m|tot en met)\s*(\d+)", text)
    if closed:
        text = f"{int(closed.group(1))}-{int(closed.group(3))}"
    upto = re.fullmatch(r"(\d+)\s*tot\s*(\d+)", text)
    if upto and int(upto.group(2)) - int(upto.group(1)) == 5:  # CBS: '0 tot 5 jaar'
        text = f"{int(upto.group(1))}-{int(upto.group(2)) - 1}"
    if text not in AGE_BANDS:
        raise CellError("io.not_an_age_band")
    return text


#: the oldest age an open group ('75+') is taken to reach, for splitting and checking
AGE_MAX = 120
_YOUNGER = re.compile(
    r"(?:jonger dan|onder(?: de)?|tot|younger than|under|below|less than|<)\s*(\d+)"
)
_OLDER = re.compile(
    r"(?:(\d+)\s*(?:\+|plus|(?:en|of|and|or)\s+(?:ouder|meer|older|over|more|above))"
    r"|(?:ouder dan|older than|over|above|>)\s*(\d+)|(?:>=|≥|vanaf|from)\s*(\d+))"
)
_CLOSED = re.compile(r"(?:van\s+|from\s+)?(\d+)\s*(-|t/m|tot en met|to|through|tot)\s*(\d+)")


def age_group_bounds(group: str) -> tuple[int, int]:
    """A canonical group ('18-34', '75+') as [lower, upper) in whole years ('75+': upper 121)."""
    if group.endswith("+"):
        return int(group[:-1]), AGE_MAX + 1
    lo, _, hi = group.partition("-")
    return int(lo), int(hi) + 1


def parse_age_group(value: Any) -> str:
    """Any age group a questionnaire asks -> the canonical group, kept as asked.

    '18 t/m 34 jaar' and '18-34' -> '18-34'; '18 tot 35' -> '18-34' (tot is
    exclusive, as CBS writes '0 tot 5 jaar'); 'Jonger dan 18' -> '0-17';
    '75 jaar of ouder', '75+', '80 en ouder', '75 and over' -> '75+';
    'ouder dan 75' -> '76+'. A CBS five-year band stays what it is; an Excel date
    such as 5 September is read back as '5-9'. Exact ages are not groups (see
    ``parse_age_band``' callers in the survey import).
    """
    try:
        return parse_age_band(value)
    except CellError:
        pass
    text = str(value).strip().lower().replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"(\d)_(\d)", r"\1-\2", text).replace("_", " ")  # Kobo codes: 18_34
    text = re.sub(r"\s*\b(jaar|years?|yrs|jr)\b\.?", "", text)
    text = re.sub(r"\s+", " ", text).strip(" .:")
    found = _YOUNGER.fullmatch(text)
    if found:
        upper = int(found.group(1))
        if not 1 <= upper <= AGE_MAX:
            raise CellError("io.not_an_age_group")
        return f"0-{upper - 1}"
    found = _OLDER.fullmatch(text)
    if found:
        lower = int(
            found.group(1) or (int(found.group(2)) + 1 if found.group(2) else found.group(3))
        )
        if not 0 <= lower <= AGE_MAX:
            raise CellError("io.not_an_age_group")
        return f"{lower}+"
    found = _CLOSED.fullmatch(text)
    if found:
        lower, upper = int(found.group(1)), int(found.group(3))
        if found.group(2) == "tot":
            upper -= 1
        if 0 <= lower <= upper <= AGE_MAX:
            return f"{lower}-{upper}"
    raise CellError("io.not_an_age_group")


def is_age_group(value: Any) -> bool:
    """A canonical group as the responses file keeps it ('18-34', '75+', '40-44')."""
    try:
        return isinstance(value, str) and parse_age_group(value) == value
    except CellError:
        return False


def parse_age(age: Any) -> float:
    """An age in years, 0 to 120 (matching and recorded matches)."""
    try:
        value = float(age)
    except (TypeError, ValueError):
        raise WorkspaceError(key="io.bad_age_text", age=age) from None
    if not 0 <= value <= 120:
        raise WorkspaceError(key="io.bad_age", age=age)
    return value


def parse_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


PARSERS: dict[str, Callable[..., Any]] = {
    "str": parse_text,
    "int": parse_int,
    "float": parse_number,
    "bool": parse_bool,
    "list": parse_list,
    "date": parse_date,
    "age_band": parse_age_band,
    "age_group": parse_age_group,
}


def column_uses_decimal_comma(values: Iterable[Any]) -> bool:
    """A column is Dutch-style when any cell has a decimal comma."""
    pattern = re.compile(r"^\s*[-+]?[\d.]*\d,\d+\s*$")
    return any(isinstance(v, str) and pattern.match(v) for v in values)


#: a point that cannot group thousands ('6.5', '53.1375'), or a comma that does ('1,234.5')
_DECIMAL_POINT = re.compile(r"^\s*[-+]?(\d*\.\d{1,2}|\d*\.\d{4,}|\d{1,3}(,\d{3})+\.\d+)\s*$")


def number_style(values: Iterable[Any], delimiter: str | None = None) -> bool | None:
    """How a number column writes decimals, for ``parse_number(decimal_comma=...)``.

    True: decimal comma, a point groups thousands ('1.500' is 1500): some cell has a
    decimal comma, or the file is a ';'-separated CSV (how Dutch Excel saves) with no
    cell that needs a decimal point. False: decimal point: some cell such as '6.5'
    cannot be read with a thousands point. None: no evidence either way, so '1.500'
    stays ambiguous and is reported.
    """
    texts = [v for v in values if isinstance(v, str)]
    if column_uses_decimal_comma(texts):
        return True
    if any(_DECIMAL_POINT.match(v) for v in texts):
        return False
    if delimiter == ";":
        return True
    return None
