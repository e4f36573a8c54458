"""Dutch and English labels and number/date formatting.

Staff read Dutch by default; a plan for an English-speaking partner is made
with lang="en". Numbers follow the language: 1.234,5 in Dutch, 1,234.5 in English.
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

#: label key -> (Dutch, English); modules add their own keys here
LABELS: dict[str, tuple[str, str]] = {
    "village": ("kern", "village"),
    "municipality": ("gemeente", "municipality"),
    "inhabitants": ("inwoners", "inhabitants"),
    "theme": ("thema", "theme"),
    "horizon": ("termijn", "horizon"),
    "years": ("jaar", "years"),
    "facility": ("voorziening", "facility"),
    "provision": ("aanbod", "provision"),
    "partner": ("partner", "partner"),
    "commitment": ("afspraak", "commitment"),
    "scenario": ("scenario", "scenario"),
    "suppressed": ("<5", "<5"),
    "source_cbs": ("Bron: CBS", "Source: CBS (Bron: CBS)"),
    "channel.market": ("markt", "market"),
    "channel.street": ("straatpeiling", "street poll"),
    "channel.online": ("online", "online"),
    "channel.paper": ("papier", "paper"),
    "channel.phone": ("telefoon", "phone"),
    "channel.home_visit": ("huisbezoek", "home visit"),
    "channel.session": ("bijeenkomst", "session"),
    "facilities": ("voorzieningen", "facilities"),
    "respondents": ("respondenten", "respondents"),
    "problem.file": ("bestand", "file"),
    "problem.row": ("rij", "row"),
    "problem.column": ("kolom", "column"),
    "problem.value": ("waarde", "value"),
    "problem.message": ("probleem", "problem"),
    "no_problems": ("Geen problemen gevonden", "No problems found"),
    "progress.surveyed": ("enquête", "survey"),
    "progress.inventory": ("voorzieningen in kaart", "facilities recorded"),
    "progress.scenarios": ("scenario's", "scenarios"),
    "progress.plan": ("dorpsplan", "village plan"),
    "progress.next": ("volgende stap", "next step"),
    "progress.yes": ("ja", "yes"),
    "progress.no": ("nee", "no"),
    "progress.incomplete": ("onvolledig", "incomplete"),
    "progress.none": ("geen", "none"),
    "next.survey": ("behoeftepeiling houden (02_enquete)", "hold the needs survey (02_enquete)"),
    "next.inventory": (
        "voorzieningen in kaart brengen (03_voorzieningen)",
        "record the facilities (03_voorzieningen)",
    ),
    "next.scenario": ("scenario maken (05_scenarios)", "make a scenario (05_scenarios)"),
    "next.plan": ("dorpsplan maken (07_dorpsplan)", "make the village plan (07_dorpsplan)"),
    "next.monitor": ("effecten volgen (08_monitoring)", "monitor the effects (08_monitoring)"),
    "kind.village_hall": ("dorpshuis", "village hall"),
    "kind.church": ("kerk", "church"),
    "kind.sports_canteen": ("sportkantine", "sports canteen"),
    "kind.school": ("school", "school"),
    "kind.care_location": ("zorglocatie", "care location"),
    "kind.community_centre": ("buurthuis", "community centre"),
    "kind.library": ("bibliotheek", "library"),
    "kind.municipal_building": ("gemeentelijk pand", "municipal building"),
    "quality.meeting_place": ("ontmoetingsplek", "meeting place"),
    "quality.accessible_only": ("alleen toegankelijk", "accessible only"),
    "quality.low_threshold_only": ("alleen laagdrempelig", "low-threshold only"),
    "quality.neither": ("geen van beide", "neither"),
    "match.proposed": ("voorgesteld", "proposed"),
    "match.accepted": ("aangenomen", "accepted"),
    "match.declined": ("afgewezen", "declined"),
    "match.completed": ("afgerond", "completed"),
}


def label(key: str, lang: str = "nl") -> str:
    nl, en = LABELS.get(key, (key, key))
    return en if lang == "en" else nl


def fmt_int(value: float | int, lang: str = "nl") -> str:
    text = f"{round(value):,}"
    return text.replace(",", ".") if lang == "nl" else text


def fmt_num(value: float, decimals: int = 1, lang: str = "nl") -> str:
    text = f"{value:,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def fmt_pct(share: float, decimals: int = 0, lang: str = "nl") -> str:
    """0.123 -> '12%' (nl and en alike, with the language's decimal mark)."""
    return fmt_num(share * 100, decimals, lang) + "%"


def fmt_money(value: float, lang: str = "nl") -> str:
    return f"€ {fmt_int(value, lang)}"


def fmt_date(day: date, lang: str = "nl") -> str:
    """22 november 2026 / 22 November 2026."""
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
