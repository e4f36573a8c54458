"""Numbers, money, percentages and dates as Dutch (or English) readers write them.

1.234,5 in Dutch, 1,234.5 in English; one place, so the command, the notebooks, the
PDF and the XLSX print a figure alike.
"""

from __future__ import annotations

from datetime import date

MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def fmt_int(value: float | int, lang: str = "nl") -> str:
    text = f"{round(value):,}"
    return text.replace(",", ".") if lang == "nl" else text


def fmt_num(value: float, decimals: int = 1, lang: str = "nl") -> str:
    text = f"{value:,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def parse_num(digits: str, lang: str = "nl") -> float:
    """The inverse of :func:`fmt_num`: '1.234,5' (nl) or '1,234.5' (en) -> 1234.5.

    Raises ValueError when ``digits`` is no number; kept next to fmt_num so the two
    agree on the decimal mark.
    """
    plain = digits.replace(".", "").replace(",", ".") if lang == "nl" else digits.replace(",", "")
    return float(plain)


def fmt_pct(share: float, decimals: int = 0, lang: str = "nl") -> str:
    """0.123 -> '12%' (nl and en alike, with the language's decimal mark)."""
    return fmt_num(share * 100, decimals, lang) + "%"


def fmt_money(value: float, lang: str = "nl") -> str:
    return f"€ {fmt_int(value, lang)}"


def fmt_date(day: date, lang: str = "nl") -> str:
    """22 november 2026 / 22 November 2026."""
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
