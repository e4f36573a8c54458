"""The words of the notebooks' views and charts: table headers with their units, chart
titles and the village picker (part of the one catalogue, merged into
planning.i18n.catalogue.CATALOGUE; kept apart so that file stays short).
"""

from __future__ import annotations

VIEW_WORDS: dict[str, tuple[str, str]] = {
    # why a provision fits a question (planning.analysis.matching, in notebook 04 and the command)
    "reason.theme": ("thema: {theme}", "theme: {theme}"),
    "reason.age": ("leeftijd {age} valt binnen {low}-{high}", "age {age} is within {low}-{high}"),
    "reason.all_ages": ("voor alle leeftijden", "for all ages"),
    "reason.listed": ("aangeboden in {village}{where}", "offered in {village}{where}"),
    "reason.everywhere": ("aangeboden in alle kernen{where}", "offered in every village{where}"),
    "reason.nearby": (
        "op {km} km fietsafstand ({facility})",
        "{km} km away by bike ({facility})",
    ),
    "reason.capacity_unknown": ("capaciteit onbekend", "capacity unknown"),
    "reason.places_left": (
        "nog {left} van {capacity} plaatsen per week vrij",
        "{left} of {capacity} places a week still free",
    ),
    "view.nothing": ("Nog niets te tonen voor deze kern.", "Nothing to show for this village yet."),
    "view.chart": ("grafiek", "chart"),
    "view.all_small": (
        "Elk thema heeft minder dan 5 matches (<5): geen grafiek per thema; de tabel hieronder "
        "telt de thema's samen.",
        "Every theme has fewer than 5 matches (<5): no chart per theme; the table below adds "
        "the themes together.",
    ),
    "view.widget": (
        "(een onderdeel om mee te werken: open het notitieboek in JupyterLab of in de app)",
        "(an interactive part: open the notebook in JupyterLab or in the app)",
    ),
    "view.fact": ("gegeven", "fact"),
    "view.value": ("waarde", "value"),
    "view.picker": ("Kern", "Village"),
    "view.file": ("bestand", "file"),
    "view.modified": ("gewijzigd op", "modified on"),
    "view.size": ("grootte (kB)", "size (kB)"),
    "view.no_raw": (
        "Er staan nog geen exports in de map survey/raw.",
        "There are no exports in the folder survey/raw yet.",
    ),
    "view.topic": ("onderwerp", "topic"),
    "view.assumption": ("aanname", "assumption"),
    "view.mean_distance": ("gemiddelde afstand", "mean distance"),
    "view.within": ("{what} (tot {distance})", "{what} (up to {distance})"),
    "view.nearest_kind": ("soort plek", "kind of place"),
    "view.nearest_distance": (
        "gemiddelde afstand tot de dichtstbijzijnde",
        "mean distance to the nearest",
    ),
    "view.distance": ("afstand", "distance"),
    "view.rank": ("nr.", "no."),
    "view.provider": ("aanbieder", "provider"),
    "view.places_left": ("vrije plaatsen per week", "places left per week"),
    "view.why": ("waarom deze match", "why this match"),
    "view.no_match": (
        "Geen aanbod gevonden voor dit thema en deze leeftijd.",
        "No provision found for this theme and age.",
    ),
    "view.mean_coverage": ("gemiddelde dekking", "mean coverage"),
    "view.themes_with_gap": ("thema's met een tekort", "themes with a gap"),
    "view.share_within_walk": ("inwoners op loopafstand", "inhabitants within walking distance"),
    "view.cost_cumulative": ("kosten opgeteld", "cumulative cost"),
    "view.volunteers_needed": ("vrijwilligers nodig", "volunteers needed"),
    "view.cost_yearly": ("kosten per jaar", "cost per year"),
    "view.volunteers_offered": ("vrijwilligers aangeboden", "volunteers offered"),
    "view.latest": ("laatste meting", "latest figure"),
    "view.unit": ("eenheid", "unit"),
    "view.target_year": ("doel in", "target in"),
    "view.on_track": ("op koers", "on track"),
    "view.source": ("bron", "source"),
    "view.pages": (
        "De {n} pagina's van het dorpsplan, verkleind",
        "The {n} pages of the village plan, reduced",
    ),
    "export.button": ("Maak het dorpsplan van {name}", "Make the village plan of {name}"),
    "export.done": (
        "Geschreven in de map {folder}: {files}",
        "Written to the folder {folder}: {files}",
    ),
    "pkind.fund": ("fonds", "fund"),
    "pkind.service": ("dienst", "service"),
    "pkind.activity": ("activiteit", "activity"),
    "pkind.club": ("club of vereniging", "club"),
    "pkind.place": ("plek", "place"),
    # charts of the notebooks
    "chart.pyramid": (
        "Leeftijdsopbouw: nu en over {h} jaar",
        "Age structure: now and in {h} years",
    ),
    "chart.now": ("nu ({year})", "now ({year})"),
    "chart.projection": ("Inwoners per leeftijdsklasse per termijn", "Inhabitants per age band"),
    "chart.needs_margins": (
        "Aandeel dat een thema noemt, met de marge (95%)",
        "Share naming a theme, with its margin (95%)",
    ),
    "chart.reach": (
        "Wie we bereikten: respondenten en inwoners per leeftijdsgroep ({name})",
        "Whom we reached: respondents and inhabitants per age group ({name})",
    ),
    "chart.channels": ("Respondenten per kanaal", "Respondents per channel"),
    "chart.demand_supply": (
        "Vraag en aanbod in plaatsen per week",
        "Demand and supply in places per week",
    ),
    "chart.matches": ("Gemaakte matches per thema", "Matches made per theme"),
    "chart.distances": (
        "Hoe ver wonen inwoners van de dichtstbijzijnde ontmoetingsplek?",
        "How far do inhabitants live from the nearest meeting place?",
    ),
    "chart.distance_km": ("afstand hemelsbreed (km)", "distance as the crow flies (km)"),
    "chart.walk_line": ("loopafstand", "walking distance"),
    "chart.cycle_line": ("fietsafstand", "cycling distance"),
    "chart.places_week": ("plaatsen per week", "places per week"),
}
