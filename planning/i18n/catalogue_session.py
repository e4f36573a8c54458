"""The words of the session app's screen (planning.widgets.session_*): tabs, buttons, headings,
hints and what the status line says after a click. Part of the one catalogue, merged into
planning.i18n.catalogue.CATALOGUE; the kinds of meeting, organisation and card are in
catalogue_meetings.
"""

from __future__ import annotations

SESSION_WORDS: dict[str, tuple[str, str]] = {
    # -- tabs and result modes ----------------------------------------------------------------
    "meet.tab.session": ("Bijeenkomst", "Session"),
    "meet.tab.attendance": ("Aanwezig", "Present"),
    "meet.tab.dots": ("Stippen", "Dots"),
    "meet.tab.ranking": ("Rangorde", "Ranking"),
    "meet.tab.cards": ("Goed / beter", "Good / better"),
    "meet.tab.decisions": ("Besluiten", "Decisions"),
    # -- headings, with the hint below some of them -------------------------------------------
    "meet.h.choose": ("Kies een bijeenkomst", "Choose a session"),
    "meet.help.choose": (
        "Zo gaat u verder waar u was, ook na een herstart.",
        "This is how you carry on where you were, also after a restart.",
    ),
    "meet.h.new": ("Of start een nieuwe", "Or start a new one"),
    "meet.h.options": ("Keuzes aanvullen", "Add choices"),
    "meet.help.options": (
        "Kandidaat-acties om op te stemmen, tijdens de bijeenkomst.",
        "Candidate actions to vote on, during the session.",
    ),
    "meet.h.present": ("Wie zijn er?", "Who is here?"),
    "meet.help.present": (
        "Aantallen per soort organisatie; nooit namen. Wordt direct opgeslagen.",
        "Counts per kind of organisation; never names. Saved at once.",
    ),
    "meet.h.dots": ("Stippen plakken", "Place dots"),
    "meet.help.dots": (
        "Kies uw deelnemersnummer en klik op een keuze: één klik is één stip.",
        "Choose your participant number and click a choice: one click is one dot.",
    ),
    "meet.h.ranking": ("Rangorde", "Ranking"),
    "meet.help.ranking": (
        "Eerste keus krijgt de meeste punten, de tweede één minder, enzovoort.",
        "The first choice gets the most points, the second one fewer, and so on.",
    ),
    "meet.h.cards": ("Wat werkt goed? Wat kan beter?", "What works well? What could be better?"),
    "meet.h.decisions": ("Besluiten", "Decisions"),
    "meet.help.decisions": (
        "Een besluit wordt een actie in het scenario, met een trekker en een termijn.",
        "A decision becomes an action in the scenario, with an owner and a horizon.",
    ),
    "meet.h.result": ("Uitslag", "Result"),
    "meet.h.facilitator": ("Voor de begeleider", "For the facilitator"),
    "meet.help.facilitator": (
        "Kies of start de bijeenkomst hierboven. Alles wat u invoert staat meteen in de opslag "
        "van de werkmap: valt de laptop uit, dan gaat niets verloren. Een tweede scherm "
        "(een tweede laptop met de bijeenkomst-app op dezelfde werkmap) stemt mee. Zet de "
        "uitslag rechts op de beamer.",
        "Choose or start the session above. Everything you enter is in the workspace's store "
        "at once: if the laptop fails, nothing is lost. A second screen (a second laptop with "
        "the session app on the same workspace) votes in the same session. Put the result on the right on the "
        "projector.",
    ),
    # -- the session form -----------------------------------------------------------------------
    "meet.session": ("Bijeenkomst", "Session"),
    "meet.choose_session": ("(kies een bijeenkomst)", "(choose a session)"),
    "meet.choose_or_new": (
        "Kies een bijeenkomst of start een nieuwe.",
        "Choose a session or start a new one.",
    ),
    "meet.title": ("Titel", "Title"),
    "meet.title_example": (
        "bv. Werkgroep Roden, 2e avond",
        "e.g. Roden working group, 2nd evening",
    ),
    "meet.kind": ("Soort", "Kind"),
    "meet.village": ("Kern", "Village"),
    "meet.date": ("Datum", "Date"),
    "meet.dots_pp": ("Stippen p.p.", "Dots each"),
    "meet.vote_on": ("Stemmen op", "Vote on"),
    "meet.options.theme": ("Thema's", "Themes"),
    "meet.options.scenario": ("Acties uit scenario", "Scenario actions"),
    "meet.options.action": ("Zelf invullen", "Fill in yourself"),
    "meet.create": ("Nieuwe bijeenkomst starten", "Start a new session"),
    "meet.started": (
        "Bijeenkomst '{title}' gestart en opgeslagen.",
        "Session '{title}' started and saved.",
    ),
    "meet.need_session": (
        "kies eerst een bijeenkomst of start een nieuwe",
        "choose a session first or start a new one",
    ),
    "meet.no_session": ("Nog geen bijeenkomst gekozen.", "No session chosen yet."),
    "meet.dots_each": ("{n} stippen per deelnemer", "{n} dots per participant"),
    "meet.new_option": ("Nieuwe keuze", "New choice"),
    "meet.option_example": (
        "bv. Inloopochtend in het dorpshuis",
        "e.g. Drop-in morning in the village hall",
    ),
    "meet.add_option": ("Keuze toevoegen", "Add choice"),
    "meet.option_added": ("Keuze '{label}' toegevoegd.", "Choice '{label}' added."),
    "meet.total_present": ("Totaal aanwezig:", "Present in all:"),
    # -- dots and ranking -------------------------------------------------------------------
    "meet.participant": ("Deelnemer nr.", "Participant no."),
    "meet.next_participant": ("Volgende deelnemer", "Next participant"),
    "meet.one_dot": ("Eén stip op {label}", "One dot on {label}"),
    "meet.no_options": (
        "Nog geen keuzes: voeg ze toe op het eerste tabblad.",
        "No choices yet: add them on the first tab.",
    ),
    "meet.no_choice": ("(geen)", "(none)"),
    "meet.nth_choice": ("{n}e keus", "Choice {n}"),
    "meet.dot_saved": ("Stip op '{label}' opgeslagen.", "Dot on '{label}' saved."),
    "meet.dots_left": (
        "Deelnemer {n}: nog {left} van de {total} stippen",
        "Participant {n}: {left} of {total} dots left",
    ),
    "meet.save_ranking": ("Rangorde opslaan", "Save ranking"),
    "meet.ranking_saved": (
        "Rangorde van deelnemer {n} opgeslagen.",
        "Ranking of participant {n} saved.",
    ),
    "meet.undo": ("Laatste terugnemen", "Take back the last"),
    "meet.undo_tip": (
        "Neem de laatste stip of rangorde van dit scherm terug",
        "Take back the last dot or ranking of this screen",
    ),
    "meet.ranking_undone": (
        "Rangorde van deelnemer {n} teruggenomen.",
        "Ranking of participant {n} taken back.",
    ),
    "meet.ranking_undone_before": (
        "Rangorde van deelnemer {n} teruggenomen; de vorige staat weer.",
        "Ranking of participant {n} taken back; the previous one is back.",
    ),
    "meet.dot_undone": (
        "Stip van deelnemer {n} op '{label}' teruggenomen.",
        "Dot of participant {n} on '{label}' taken back.",
    ),
    # -- the result panel -----------------------------------------------------------------------
    "meet.refresh": ("Vernieuwen", "Refresh"),
    "meet.count.dots_one": ("{n} stip geplakt", "{n} dot placed"),
    "meet.count.dots": ("{n} stippen geplakt", "{n} dots placed"),
    "meet.count.ranking_one": ("{n} rangorde ingeleverd", "{n} ranking handed in"),
    "meet.count.ranking": ("{n} rangordes ingeleverd", "{n} rankings handed in"),
    "meet.count.attendance_one": ("{n} aanwezige", "{n} person present"),
    "meet.count.attendance": ("{n} aanwezigen", "{n} people present"),
    "meet.no_dots": ("Nog geen stippen geplakt.", "No dots placed yet."),
    "meet.no_rankings": ("Nog geen rangorde ingeleverd.", "No ranking handed in yet."),
    "meet.no_one": ("Nog niemand geteld.", "Nobody counted yet."),
    "meet.projector": ("Beamer", "Projector"),
    "meet.back": ("Terug", "Back"),
    "meet.projector_tip": (
        "Uitslag groot op het hele scherm, met de besluiten",
        "The result large on the whole screen, with the decisions",
    ),
    "meet.full_screen": (
        "Volledig scherm: F11 in de browser.",
        "Full screen: F11 in the browser.",
    ),
    # -- cards and decisions --------------------------------------------------------------------
    "meet.card_kind": ("Soort kaart", "Kind of card"),
    "meet.no_theme": ("(geen thema)", "(no theme)"),
    "meet.theme": ("Thema", "Theme"),
    "meet.hang_card": ("Kaart ophangen", "Put up the card"),
    "meet.card_hung": ("Kaart opgehangen.", "Card put up."),
    "meet.no_cards": ("Nog geen kaarten.", "No cards yet."),
    "meet.decision": ("Besluit", "Decision"),
    "meet.action_kind": ("Soort actie", "Kind of action"),
    "meet.themes": ("Thema's", "Themes"),
    "meet.owner": ("Trekker", "Owner"),
    "meet.no_owner": ("(nog niemand)", "(nobody yet)"),
    "meet.search_partner": ("Zoek partner", "Find partner"),
    "meet.search_hint": (
        "andere gemeente? typ een deel van de naam",
        "another municipality? type part of the name",
    ),
    "meet.horizon": ("Termijn", "Horizon"),
    "meet.years": ("{h} jaar", "{h} years"),
    "meet.start_year": ("Startjaar", "Start year"),
    "meet.start": ("Start", "Start"),
    "meet.cost": ("Kosten/jaar €", "Cost/year €"),
    "meet.record_decision": ("Besluit vastleggen", "Record decision"),
    "meet.decision_recorded": ("Besluit '{title}' vastgelegd.", "Decision '{title}' recorded."),
    "meet.no_decisions": ("Nog geen besluiten.", "No decisions yet."),
    # -- what the store refuses (planning.store.meetings: SessionError with its key) ----------
    "meet.err.gone": (
        "bijeenkomst {id} bestaat niet (meer) in de opslag",
        "session {id} is not (or no longer) in the store",
    ),
    "meet.err.unknown": (
        "bijeenkomst {id} bestaat niet in de opslag",
        "session {id} is not in the store",
    ),
    "meet.err.kind": (
        "soort bijeenkomst '{kind}' bestaat niet; kies werkgroep of klankbordgroep",
        "kind of session '{kind}' does not exist; choose working group or sounding board",
    ),
    "meet.err.no_title": ("geef de bijeenkomst een titel", "give the session a title"),
    "meet.err.no_dots": (
        "elke deelnemer heeft minstens 1 stip",
        "every participant has at least 1 dot",
    ),
    "meet.err.option_empty": (
        "een keuze heeft een code en een omschrijving nodig",
        "a choice needs a code and a description",
    ),
    "meet.err.option_kind": (
        "soort keuze '{kind}': verwacht theme of action",
        "kind of choice '{kind}': expected theme or action",
    ),
    "meet.err.option_twice": (
        "keuze '{code}' staat al in deze bijeenkomst",
        "choice '{code}' is already in this session",
    ),
    "meet.err.org_kind": (
        "soort organisatie '{kind}' bestaat niet; kies uit {kinds}",
        "kind of organisation '{kind}' does not exist; choose from {kinds}",
    ),
    "meet.err.count": (
        "aantal aanwezigen {count}: verwacht een heel getal van 0 of meer",
        "number present {count}: expected a whole number of 0 or more",
    ),
    "meet.err.participant": (
        "deelnemersnummer: verwacht 1 of hoger",
        "participant number: expected 1 or higher",
    ),
    "meet.err.one_dot": ("plaats minstens 1 stip", "place at least 1 dot"),
    "meet.err.not_an_option": (
        "'{option}' is geen keuze in deze bijeenkomst",
        "'{option}' is not a choice in this session",
    ),
    "meet.err.dots_left": (
        "deelnemer {n} heeft nog {left} van de {total} stippen",
        "participant {n} has {left} of {total} dots left",
    ),
    "meet.err.no_ranking": ("kies minstens een eerste keus", "choose at least a first choice"),
    "meet.err.ranked_twice": (
        "elke keuze mag maar één keer in de rangorde staan",
        "each choice may be in the ranking only once",
    ),
    "meet.err.card_kind": (
        "soort kaart '{kind}': verwacht good (goed) of better (beter)",
        "kind of card '{kind}': expected good or better",
    ),
    "meet.err.card_empty": (
        "de kaart is leeg; schrijf eerst iets op",
        "the card is empty; write something on it first",
    ),
    "meet.err.decision_title": ("geef het besluit een titel", "give the decision a title"),
    "meet.err.action_kind": (
        "soort actie '{kind}': verwacht een van {kinds}",
        "kind of action '{kind}': expected one of {kinds}",
    ),
    "meet.err.no_theme": (
        "besluit '{title}': kies minstens één thema, zodat het besluit in het scenario "
        "bij de juiste vraag terechtkomt",
        "decision '{title}': choose at least one theme, so that the decision meets the "
        "right need in the scenario",
    ),
    "meet.err.theme": (
        "thema '{theme}' bestaat niet in deze werkmap",
        "theme '{theme}' does not exist in this workspace",
    ),
    "meet.err.horizon": (
        "termijn {horizon}: verwacht {horizons} jaar",
        "horizon {horizon}: expected {horizons} years",
    ),
    "meet.err.partner": (
        "partner '{partner}' staat niet in partners.csv",
        "partner '{partner}' is not in partners.csv",
    ),
    "meet.err.start_late": (
        "startjaar {start} ligt na de termijn van {horizon} jaar ({last})",
        "start year {start} is after the horizon of {horizon} years ({last})",
    ),
    "meet.err.end_early": (
        "eindjaar {end} ligt voor het startjaar {start}",
        "end year {end} is before the start year {start}",
    ),
    "meet.err.no_scenario": (
        "voor kern '{village}' is nog geen scenario met acties gekozen; "
        "kies er een in notebook 05 of stem op thema's",
        "no scenario with actions has been chosen for village '{village}' yet; "
        "choose one in notebook 05 or vote on themes",
    ),
    "meet.err.no_dot_to_undo": (
        "er is nog geen stip om terug te nemen",
        "there is no dot to take back yet",
    ),
    "meet.err.no_dot_of": (
        "er is nog geen stip van deelnemer {n} om terug te nemen",
        "participant {n} has no dot to take back yet",
    ),
    "meet.err.no_ranking_of": (
        "deelnemer {n} heeft geen rangorde om terug te nemen",
        "participant {n} has no ranking to take back",
    ),
}
