"""Words of the plan's method section and verdicts (issue 12): every deciding assumption.

Part of the one catalogue: ``planning.i18n.catalogue`` merges them into CATALOGUE,
so they are looked up with ``text()`` like every other word.
"""

from __future__ import annotations

METHOD_WORDS: dict[str, tuple[str, str]] = {
    # the sources of the population projection's rates (planning.analysis.rates)
    "source.deaths": (
        "CBS StatLine 37360ned, Levensverwachting; sterftekans mannen en vrouwen, 2023 "
        "(levensverwachting 81,8 jaar; per vijfjaarsklasse afgerond)",
        "CBS StatLine 37360ned, Life expectancy; probability of dying, men and women, 2023 "
        "(life expectancy 81.8 years; rounded per five-year band)",
    ),
    "source.births": (
        "CBS StatLine 85747NED en 37201, vruchtbaarheid naar leeftijd moeder 2023 "
        "(totaal 1,43 kinderen per vrouw)",
        "CBS StatLine 85747NED and 37201, fertility by age of the mother 2023 "
        "(total 1.43 children per woman)",
    ),
    "source.migration": (
        "Bron: CBS. Afgeleid uit inwoners per postcode 1 januari 2021 (83502NED) en "
        "Kerncijfers wijken en buurten 2024 (85984NED): groei minus natuurlijke aanwas",
        "Source: CBS. Derived from inhabitants per postcode on 1 January 2021 (83502NED) and "
        "Key figures districts and neighbourhoods 2024 (85984NED): growth less natural change",
    ),
    # the projection's label for a "now" that is projected
    "now.projected": ("nu ({year}, geprojecteerd)", "now ({year}, projected)"),
    "verdict": ("oordeel bij 5%–20% per week", "verdict at 5%–20% a week"),
    "verdict.robust_gap": ("tekort, ook bij 5% per week", "gap, even at 5% a week"),
    "verdict.robust_covered": ("gedekt, ook bij 20% per week", "covered, even at 20% a week"),
    "verdict.depends": ("hangt af van het aandeel per week", "depends on the weekly share"),
    "gaps.caption": (
        "Vraag en dekking per termijn. Oordeel: tekort (ook als maar 5% van wie de behoefte "
        "noemt per week aanbod gebruikt), gedekt (ook bij 20%), of hangt af van de aanname "
        "hoeveel van wie de behoefte noemt per week aanbod gebruikt (tussen 5% en 20%). "
        "Een dekking boven 200% staat als >200% (het precieze cijfer staat in de Excel-tabel). "
        "<5: minder dan 5 respondenten noemden het thema; vraag, dekking en oordeel zijn "
        "dan niet getoond.",
        "Demand and coverage per horizon. Verdict: gap (even if only 5% of those with the "
        "need use supply in a week), covered (even at 20%), or depends on the assumption of "
        "how many of those with the need use supply in a week (between 5% and 20%). A "
        "coverage above 200% is shown as >200% (the exact figure is in the Excel table). "
        "<5: fewer than 5 respondents named the theme; demand, coverage and verdict are not "
        "shown.",
    ),
    "assume.title": ("Aannames die de uitkomst bepalen", "Assumptions that decide the outcome"),
    "assume.projection": (
        "Bevolking: {start}, jaar voor jaar vooruitgerekend "
        "(cohort-componentenmodel){projected}. Elk jaar wordt iedereen een "
        "jaar ouder, sterven mensen volgens de CBS-overlevingstafel 2023 (levensverwachting "
        "81,8 jaar){mortality} en worden kinderen geboren volgens de CBS-vruchtbaarheid 2023 "
        "({tfr} kinderen per vrouw){fertility}; de helft van elke leeftijdsklasse is vrouw.",
        "Population: {start}, projected year by year (cohort "
        "components){projected}. Each year everyone grows a year "
        "older, people die as in the CBS life table 2023 (life expectancy 81.8 years){mortality} "
        "and children are born as in CBS fertility 2023 ({tfr} children per woman){fertility}; "
        "half of each age band is female.",
    ),
    "assume.scaled": (" x {value}", " x {value}"),
    "assume.migration.cbs": (
        "Migratie: per jaar komen er per saldo {rate} van de inwoners bij (gemeente "
        "{municipality}: groei van 1 januari 2021 tot 1 januari 2024 volgens het CBS, min de "
        "natuurlijke aanwas; Bron: CBS).",
        "Migration: each year a net {rate} of the inhabitants is added (municipality of "
        "{municipality}: growth from 1 January 2021 to 1 January 2024 according to CBS, less "
        "natural change; Bron: CBS).",
    ),
    "assume.migration.village": (
        "Migratie: per jaar komen er per saldo {rate} van de inwoners bij; een eigen waarde "
        "voor deze kern in de werkmap (de gemeente als geheel: {municipal}).",
        "Migration: each year a net {rate} of the inhabitants is added; the workspace's own "
        "value for this village (the municipality as a whole: {municipal}).",
    ),
    "assume.migration.workspace": (
        "Migratie: per jaar komen er per saldo {rate} van de inwoners bij, voor alle kernen "
        "gelijk (werkmap).",
        "Migration: each year a net {rate} of the inhabitants is added, the same for every "
        "village (workspace).",
    ),
    "assume.migration.none": (
        "Migratie: geen; de gemeente staat niet in het CBS-bestand van de werkmap.",
        "Migration: none; the municipality is not in the workbook's CBS file.",
    ),
    "assume.migration.institution": (
        "{name} is een instelling: het aantal inwoners en hun leeftijden blijven gelijk.",
        "{name} is an institution: its number of inhabitants and their ages stay the same.",
    ),
    "assume.institutions": (
        "Instellingen waarvan de bevolking gelijk blijft: {names}.",
        "Institutions whose population stays the same: {names}.",
    ),
    "assume.demand": (
        "Vraag: het gewogen aandeel respondenten dat een thema noemt, per leeftijdsgroep, maal "
        "de verwachte inwoners van die groep in dat jaar; zo groeit de vraag naar wat ouderen "
        "noemen als de kern vergrijst. Daarvan gebruikt naar aanname {weekly} in een gewone "
        "week aanbod. Of een tekort of dekking standhoudt bij 5% tot 20% per week staat bij "
        "het thema.",
        "Demand: the weighted share of respondents naming a theme, per age group, times the "
        "expected inhabitants of that group in that year, so demand for what older residents "
        "name grows as the village ages. Of those, {weekly} is assumed to use supply in an "
        "ordinary week. Whether a gap or coverage holds at 5% to 20% a week is shown per theme.",
    ),
    "assume.supply": (
        "Aanbod: plaatsen per week. Uren van een afspraak tellen als uren per jaar / {weeks} "
        "weken x {persons} personen per uur. Aanbod dat meerdere kernen bedient (aangeboden "
        "in die kernen, of binnen {cycle} fietsen van de plek) wordt verdeeld naar inwoners. "
        "Een thema is een tekort onder {threshold} dekking.",
        "Supply: places per week. Hours of a commitment count as hours per year / {weeks} "
        "weeks x {persons} persons per hour. Supply serving several villages (offered there, "
        "or within {cycle} cycling of the place) is divided by inhabitants. A theme is a gap "
        "below {threshold} coverage.",
    ),
    "assume.distance": (
        "Afstanden zijn hemelsbreed, van de woonplekken naar de dichtstbijzijnde plek. Het "
        "CBS (nabijheid voorzieningen) meet over de weg; die afstand is langer, dus "
        "hemelsbreed is een ondergrens van wat mensen echt afleggen.",
        "Distances are straight-line, from where people live to the nearest place. CBS "
        "(proximity of facilities) measures over the road, which is longer, so straight-line "
        "is a lower bound of what people actually travel.",
    ),
    "assume.weighting": (
        "Weging: er wordt gewogen per leeftijdsgroep die de enquête vroeg (vijfjaarsklassen, "
        "of groepen als 18 t/m 34 en 75+); een CBS-klasse die door een groepsgrens wordt "
        "gesneden, wordt naar rato van de jaren verdeeld. Gewogen wordt naar de inwoners van "
        "de leeftijden die de enquête dekt. Een groep met minder dan {min_cell} respondenten "
        "wordt samengevoegd met de buurgroep die de minste respondenten heeft; "
        "intervallen zijn 95%-Wilson-intervallen op het effectieve aantal respondenten.",
        "Weighting: the cells are the age groups the survey asked (five-year bands, or groups "
        "such as 18-34 and 75+); a CBS band cut by a group boundary is split in proportion to "
        "its years. Weights reproduce the inhabitants of the ages the survey covers. A group "
        "with fewer than {min_cell} respondents is merged with the neighbouring group that has "
        "the fewest respondents; intervals are 95% Wilson intervals on the effective number "
        "of respondents.",
    ),
    "gaps.all_small": (
        "Elk thema werd door minder dan 5 respondenten genoemd. Vraag, dekking en tekort "
        "worden dan niet gepubliceerd: zo weinig antwoorden zouden inwoners herkenbaar maken "
        "en geven geen betrouwbaar beeld.",
        "Every theme was named by fewer than 5 respondents. Demand, coverage and gaps are then "
        "not published: so few answers would make residents recognisable and give no "
        "reliable picture.",
    ),
    "ci_low": ("95%-interval van", "95% interval from"),
    "ci_high": ("tot", "to"),
    "no_trekker": ("nog geen trekker", "no one carrying it yet"),
    "plan.intro_one": (
        "Scenario ‘{scenario}’: {n} actie. Per actie staat wie haar draagt, wat zij kost en "
        "hoeveel inwoners zij per week bereikt.",
        "Scenario ‘{scenario}’: {n} action. It shows who carries it, what it costs and how "
        "many residents it reaches per week.",
    ),
}
