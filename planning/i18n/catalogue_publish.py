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
    "alt.needs_none": (
        "Staafdiagram: aandeel van de respondenten in {village} dat een thema noemt; geen "
        "thema noemden 5 of meer respondenten, dus er is niets getekend.",
        "Bar chart: share of the respondents in {village} naming each theme; no theme was "
        "named by 5 or more respondents, so nothing is drawn.",
    ),
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
        "Tijdlijn van de acties ({actions}) en de afspraken met partners ({commitments}), elk "
        "als balk van het beginjaar tot het eindjaar: {items}.",
        "Timeline of the actions ({actions}) and the commitments with partners "
        "({commitments}), each a bar from its first to its last year: {items}.",
    ),
    "alt.rounds": (
        "Staafdiagram: in {village} het aandeel dat een thema noemde over {h} jaar, in de "
        "peiling van {earlier} en van {later}: {shares}.",
        "Bar chart: in {village} the share naming a theme in {h} years, in the survey of "
        "{earlier} and of {later}: {shares}.",
    ),
    "alt.rounds_larger": (
        " (verschil groter dan de foutmarge)",
        " (change larger than the margin)",
    ),
    "alt.rounds_nothing": (
        "geen aandelen die gepubliceerd mogen worden",
        "no shares that may be published",
    ),
    "alt.rounds_none": ("{village} is één keer gepeild.", "{village} was surveyed once."),
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
    # -- the plan: quotes only when a person approved them ------------------------------
    "method.quotes": (
        "Citaten zijn door medewerkers van {organisation} beoordeeld: van de {released} "
        "antwoorden die inwoners vrijgaven om te citeren, zijn er {approved} goedgekeurd "
        "(soms in aangepaste woorden); dit plan toont er {shown}. Namen, telefoonnummers, "
        "e-mailadressen, adressen en andere gegevens die naar een persoon wijzen, zijn eruit "
        "gehaald.",
        "Quotes were reviewed by staff of {organisation}: of the {released} answers residents "
        "released for quoting, {approved} were approved (some in edited words); this plan "
        "shows {shown}. Names, phone numbers, e-mail addresses, addresses and other details "
        "that point to a person were taken out.",
    ),
    "res.no_approved_quotes": (
        "Er zijn nog geen citaten goedgekeurd voor publicatie.",
        "No quotes have been approved for publication yet.",
    ),
    # -- planning quotes ------------------------------------------------------------------
    "help.quotes": (
        "citaten beoordelen: welke vrijgegeven antwoorden het plan mag tonen",
        "review quotes: which released answers the plan may show",
    ),
    "help.quotes.review": (
        "elk vrijgegeven citaat, met wat eruit gaat en de tekst zoals die gepubliceerd wordt",
        "every released quote, with what is removed and the text as it will be published",
    ),
    "help.quotes.approve": ("citaten goedkeuren voor het plan", "approve quotes for the plan"),
    "help.quotes.edit": (
        "een citaat in aangepaste woorden goedkeuren",
        "approve a quote in edited words",
    ),
    "help.quotes.reject": ("een citaat afwijzen", "reject a quote"),
    "help.quotes.by": (
        "wie beslist (standaard: de gebruiker van deze computer)",
        "who decides (default: the user of this computer)",
    ),
    "help.quotes.all": (
        "alle citaten die nog wachten (afgewezen en aangepaste blijven zoals ze zijn)",
        "every quote still waiting (rejected and edited ones stay as they are)",
    ),
    "help.quotes.id": ("het citaat (zie quotes review)", "the quote (see quotes review)"),
    "help.quotes.text": (
        "de tekst zoals hij gepubliceerd mag worden",
        "the text as it may be published",
    ),
    "quotes.none": (
        "In {village} hebben inwoners geen antwoorden vrijgegeven om te citeren.",
        "In {village} residents released no answers for quoting.",
    ),
    "quotes.count": (
        "Citaten uit {village}: {released} vrijgegeven door inwoners; {approved} goedgekeurd, "
        "{rejected} afgewezen, {pending} wachten op beoordeling.",
        "Quotes from {village}: {released} released by residents; {approved} approved, "
        "{rejected} rejected, {pending} waiting for review.",
    ),
    "quotes.original": ("antwoord", "answer"),
    "quotes.edited_text": ("aangepast", "edited"),
    "quotes.published": ("gepubliceerd", "published"),
    "quotes.not_published": ("(wordt niet gepubliceerd)", "(will not be published)"),
    "quotes.removed": ("eruit gehaald", "removed"),
    "quotes.needs_edit": (
        "(alleen met aangepaste tekst: het antwoord bevatte contactgegevens, en wie die "
        "geeft, ondertekent vaak met zijn naam)",
        "(only in edited words: the answer held contact details, and whoever gives them "
        "often signs with their name)",
    ),
    "quotes.state.pending": ("wacht op beoordeling", "waiting for review"),
    "quotes.state.approved": ("goedgekeurd", "approved"),
    "quotes.state.edited": ("aangepast en goedgekeurd", "edited and approved"),
    "quotes.state.rejected": ("afgewezen", "rejected"),
    "quotes.decided": ("{state} door {by} op {on}", "{state} by {by} on {on}"),
    "quotes.kind.name": ("naam", "name"),
    "quotes.kind.contact": ("contactgegeven", "contact detail"),
    "quotes.kind.phone": ("telefoonnummer", "phone number"),
    "quotes.kind.email": ("e-mailadres", "e-mail address"),
    "quotes.kind.address": ("adres", "address"),
    "quotes.kind.postcode": ("postcode", "postcode"),
    "quotes.kind.birth_date": ("geboortedatum", "date of birth"),
    "quotes.kind.bsn": ("BSN", "citizen service number (BSN)"),
    "quotes.kind.iban": ("IBAN", "IBAN"),
    "quotes.kind.plate": ("kenteken", "licence plate"),
    "quotes.how": (
        "Beslis per citaat: planning quotes approve --village {village} --id ID (of --all), "
        'planning quotes edit --village {village} --id ID --text "...", '
        "planning quotes reject --village {village} --id ID.",
        "Decide per quote: planning quotes approve --village {village} --id ID (or --all), "
        'planning quotes edit --village {village} --id ID --text "...", '
        "planning quotes reject --village {village} --id ID.",
    ),
    "quotes.approved": ("Goedgekeurd door {by} ({n}):", "Approved by {by} ({n}):"),
    "quotes.edited": ("Aangepast en goedgekeurd door {by}:", "Edited and approved by {by}:"),
    "quotes.rejected": ("Afgewezen door {by}:", "Rejected by {by}:"),
    "quotes.nothing_pending": (
        "Er wacht geen citaat meer op beoordeling.",
        "No quote is waiting for review.",
    ),
    "quotes.unknown": (
        "geen vrijgegeven citaat '{id}' in kern '{village}'; zie planning quotes review "
        "--village {village}",
        "no released quote '{id}' in village '{village}'; see planning quotes review "
        "--village {village}",
    ),
    "quotes.empty_edit": (
        "citaat '{id}': de aangepaste tekst is leeg; geef de tekst die gepubliceerd mag worden",
        "quote '{id}': the edited text is empty; give the text that may be published",
    ),
    # -- the review page (planning.widgets.quote_review) ---------------------------------
    "qreview.title": ("Citaten beoordelen", "Review quotes"),
    "qreview.help": (
        "Inwoners gaven deze antwoorden vrij om te citeren. Lees elk antwoord: doorgestreept "
        "is wat eruit gaat (namen, telefoonnummers, adressen). Keur goed, pas de tekst aan "
        "(ook om een woord terug te zetten dat geen naam was) of wijs af. Alleen goedgekeurde "
        "citaten komen in het dorpsplan.",
        "Residents released these answers for quoting. Read each one: struck through is what "
        "is taken out (names, phone numbers, addresses). Approve, edit the text (also to give "
        "back a word that was no name) or reject. Only approved quotes go into the plan.",
    ),
    "qreview.waiting": ("Wachten op beoordeling", "Waiting for review"),
    "qreview.every": ("Alle citaten", "All quotes"),
    "qreview.quote": ("Citaat", "Quote"),
    "qreview.state": ("besluit", "decision"),
    "qreview.wording": ("Tekst", "Text"),
    "qreview.by": ("Beoordeeld door", "Reviewed by"),
    "qreview.approve": ("Goedkeuren", "Approve"),
    "qreview.approve_edited": ("Aangepaste tekst goedkeuren", "Approve edited text"),
    "qreview.reject": ("Afwijzen", "Reject"),
    "qreview.approve_all": ("Alle wachtende goedkeuren", "Approve all waiting"),
    "qreview.none": ("Er wacht geen citaat op beoordeling.", "No quote is waiting for review."),
    "qreview.more": (
        "En nog {n} citaten; kies ze hierboven.",
        "And {n} more quotes; pick them above.",
    ),
    "qreview.done": ("Citaat {id}: {state}.", "Quote {id}: {state}."),
    "qreview.all_done": (
        "Alle wachtende citaten goedgekeurd: {n} (in de tekst zonder namen en contactgegevens).",
        "Every waiting quote approved: {n} (in the text without names and contact details).",
    ),
}
