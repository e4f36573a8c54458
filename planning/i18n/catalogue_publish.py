"""Words of publishing a plan (issue 22): the charts' text alternatives for PDF/UA, the
review of quotes (command, app, method section) and the PDF's standards.

Part of the one catalogue: ``planning.i18n.catalogue`` merges them into CATALOGUE.
"""

from __future__ import annotations

PUBLISH_WORDS: dict[str, tuple[str, str]] = {
    # -- text alternatives of the plan's charts (planning.report.alt_text) ------------------
    "alt.and": (" en ", " and "),
    "alt.arrow": (" → ", " → "),
    "alt.amount_in": ("{when}: {n}", "{when}: {n}"),
    "alt.population": (
        "Staafdiagram met lijnen: inwoners van {village} per leeftijdsgroep van vijf jaar. "
        "Totaal {totals}. De grootste groep nu is {band} jaar ({n} inwoners). "
        "Inwoners van 75 jaar en ouder, nu en over de termijnen: {elderly}.",
        "Bar chart with lines: inhabitants of {village} by five-year age group. "
        "Total {totals}. The largest group now is {band} years ({n} inhabitants). "
        "Inhabitants aged 75 and over, now and at the horizons: {elderly}.",
    ),
    "alt.needs": (
        "Staafdiagram: aandeel van de respondenten in {village} dat een thema noemt, per "
        "thema over {horizons} jaar. Het grootst {largest}.",
        "Bar chart: share of the respondents in {village} naming each theme, per theme in "
        "{horizons} years. The largest {largest}.",
    ),
    "alt.needs_horizon": ("over {h} jaar ({year}): {top}", "in {h} years ({year}): {top}"),
    "alt.suppressed": (
        " Thema's die minder dan 5 respondenten noemden, zijn niet getekend.",
        " Themes fewer than 5 respondents named are not drawn.",
    ),
    "alt.channels": (
        "Staafdiagram: aantal respondenten in {village} per manier van meedoen: {counts}.",
        "Bar chart: number of respondents in {village} per way of taking part: {counts}.",
    ),
    "alt.coverage": (
        "Staafdiagram: aandeel van de inwoners van {village} dat op loopafstand ({walk_m} m) "
        "en op fietsafstand ({cycle_m} m) van een ontmoetingsplek woont. {parts}.",
        "Bar chart: share of the inhabitants of {village} living within walking distance "
        "({walk_m} m) and cycling distance ({cycle_m} m) of a meeting place. {parts}.",
    ),
    "alt.coverage_part": (
        "{situation}: {walk} lopend, {cycle} fietsend",
        "{situation}: {walk} walking, {cycle} cycling",
    ),
    "alt.timeline": (
        "Tijdlijn: {actions} acties en {commitments} afspraken met partners, elk als balk "
        "van het beginjaar tot het eindjaar: {items}.",
        "Timeline: {actions} actions and {commitments} commitments with partners, each a bar "
        "from its first to its last year: {items}.",
    ),
    "alt.span": ("{name} ({start} tot {end})", "{name} ({start} to {end})"),
    "alt.more": (" En nog {n} andere.", " And {n} more."),
    "alt.map": (
        "Kaart van {village}: waar de inwoners wonen, gekleurd naar de afstand tot de "
        "dichtstbijzijnde ontmoetingsplek, met {facilities} voorzieningen, waarvan "
        "{meeting} ontmoetingsplek.",
        "Map of {village}: where the inhabitants live, coloured by the distance to the "
        "nearest meeting place, with {facilities} facilities, {meeting} of them a meeting "
        "place.",
    ),
    "alt.map_reach": (
        " {walk} van de inwoners woont binnen {walk_m} m lopen van een ontmoetingsplek.",
        " {walk} of the inhabitants live within {walk_m} m walking of a meeting place.",
    ),
    # -- the PDF itself -------------------------------------------------------------------
    "pdf.refused": (
        "De PDF voldoet niet aan {standards}: {reason}",
        "The PDF does not meet {standards}: {reason}",
    ),
}
