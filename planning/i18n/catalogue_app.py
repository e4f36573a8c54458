"""The words of the code-free app (``planning app``): the menu of notebooks and the page
around them (part of the one catalogue, merged into planning.i18n.catalogue.CATALOGUE).
"""

from __future__ import annotations

APP_WORDS: dict[str, tuple[str, str]] = {
    "app.title": ("Dorpsplanning", "Village planning"),
    "app.menu": ("Werkboek", "Workbook"),
    "app.intro": (
        "Kies een stap. Elke pagina toont de uitkomsten voor de gekozen kern, zonder code.",
        "Choose a step. Each page shows the results for the chosen village, without code.",
    ),
    "app.where": (
        "Klik op de link hierboven (of kopieer hem naar de browser) en kies een stap, "
        "00 tot en met 08; het menu bovenaan elke pagina leidt naar de andere stappen.",
        "Click the link above (or copy it into the browser); "
        "then choose a step, 00 to 08; the menu on top of each page leads to the others.",
    ),
    "app.loading": ("De pagina wordt berekend…", "The page is being computed…"),
    "app.noscript": ("Deze pagina heeft JavaScript nodig.", "This page needs JavaScript."),
    "app.nb.00_start": ("Start", "Start"),
    "app.nb.01_dorpsprofiel": ("Dorpsprofiel", "Village profile"),
    "app.nb.02_enquete": ("Enquête", "Survey"),
    "app.nb.03_voorzieningen": ("Voorzieningen", "Facilities"),
    "app.nb.04_vraag_en_aanbod": ("Vraag en aanbod", "Demand and supply"),
    "app.nb.05_scenarios": ("Scenario's", "Scenarios"),
    "app.nb.06_sessie": ("Bijeenkomst", "Session"),
    "app.nb.07_dorpsplan": ("Dorpsplan", "Village plan"),
    "app.nb.08_monitoring": ("Monitoring", "Monitoring"),
    "app.about.00_start": ("de gemeente in één oogopslag", "the municipality at a glance"),
    "app.about.01_dorpsprofiel": ("inwoners nu en over 10 jaar", "inhabitants now and in 10 years"),
    "app.about.02_enquete": ("wat inwoners zeggen", "what residents say"),
    "app.about.03_voorzieningen": ("plekken en hun bereik", "places and their reach"),
    "app.about.04_vraag_en_aanbod": (
        "wat er nodig is en wat er is",
        "what is needed and what exists",
    ),
    "app.about.05_scenarios": ("keuzes per termijn", "choices per horizon"),
    "app.about.06_sessie": ("werkgroep en klankbordgroep", "working group and sounding board"),
    "app.about.07_dorpsplan": ("het plan als PDF", "the plan as PDF"),
    "app.about.08_monitoring": ("wat het oplevert", "what it brings"),
}
