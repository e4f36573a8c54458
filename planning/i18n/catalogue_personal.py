"""The words of the personal approach: the entry form for paper, phone and home-visit
answers, the callback list and the printable questionnaire (part of the one catalogue,
merged into planning.i18n.catalogue.CATALOGUE; kept apart so that file stays short).
"""

from __future__ import annotations

PERSONAL_WORDS: dict[str, tuple[str, str]] = {
    # entry form
    "entry.title": ("Antwoorden invoeren", "Enter answers"),
    "entry.help": (
        "Voor een papieren formulier, een telefoongesprek of een huisbezoek: één respondent "
        "per keer opslaan. Het nummer staat rechtsboven op de papieren vragenlijst. Naam, "
        "telefoon en adres gaan alleen naar de opvolglijst, nooit naar de antwoorden.",
        "For a paper form, a phone call or a home visit: save one respondent at a time. The "
        "number is printed at the top right of the paper questionnaire. Name, phone and "
        "address go to the follow-up list only, never to the answers.",
    ),
    "entry.number": ("Respondentnummer", "Respondent number"),
    "entry.village": ("Kern", "Village"),
    "entry.channel": ("Hoe", "How"),
    "entry.date": ("Datum", "Date"),
    "entry.age": ("Leeftijd", "Age"),
    "entry.age_help": (
        "leeftijd, geboortejaar of groep (18 t/m 34, 75+)",
        "age, birth year or group (18-34, 75+)",
    ),
    "entry.importance": ("Hoe belangrijk (1 = niet, 5 = heel belangrijk)", "How important (1-5)"),
    "entry.need": ("Wat is er over {years} jaar nodig?", "What is needed in {years} years?"),
    "entry.volunteer": ("wil vrijwilliger worden", "wants to volunteer"),
    "entry.contact": ("wil teruggebeld worden", "wants a call back"),
    "entry.quote": ("antwoord mag (zonder naam) geciteerd worden", "answer may be quoted"),
    "entry.personal": ("Alleen voor de opvolglijst", "Follow-up list only"),
    "entry.name": ("Naam", "Name"),
    "entry.phone": ("Telefoon", "Phone"),
    "entry.email": ("E-mail", "E-mail"),
    "entry.address": ("Adres", "Address"),
    "entry.save": ("Opslaan", "Save"),
    "entry.saved": (
        "Respondent {number} opgeslagen voor {village}.",
        "Respondent {number} saved for {village}.",
    ),
    "entry.saved_contact": (
        " Contactgegevens staan in de opvolglijst.",
        " Contact details are in the follow-up list.",
    ),
    "entry.twice": (
        "Respondent {number} is al ingevoerd; er is niets veranderd.",
        "Respondent {number} was already entered; nothing changed.",
    ),
    "entry.no_number": ("Vul het respondentnummer in.", "Fill in the respondent number."),
    "entry.not_saved": ("Niet opgeslagen: {reason}", "Not saved: {reason}"),
    # callback list
    "callback.title": ("Terugbellen en huisbezoeken", "Call-backs and home visits"),
    "callback.help": (
        "Wie om contact vroeg en nog niet is afgesloten. Leg elke belpoging vast; plan een "
        "huisbezoek, vink aan als het formulier samen is ingevuld, zet een vraag door naar het "
        "sociaal team of sluit af.",
        "Who asked for contact and is not closed yet. Record each call; plan a home visit, "
        "mark a form filled in together, pass a question to the social team, or close.",
    ),
    "callback.person": ("Persoon", "Person"),
    "callback.outcome": ("Uitkomst", "Outcome"),
    "callback.note": ("Notitie", "Note"),
    "callback.record": ("Belpoging vastleggen", "Record call"),
    "callback.visit_date": ("Huisbezoek op", "Home visit on"),
    "callback.plan_visit": ("Huisbezoek plannen", "Plan home visit"),
    "callback.together": ("Samen ingevuld", "Filled in together"),
    "callback.pass": ("Naar sociaal team", "Pass to social team"),
    "callback.close": ("Afsluiten", "Close"),
    "callback.none": (
        "Niemand staat nog open om terug te bellen.",
        "Nobody is waiting for a call-back.",
    ),
    "callback.open": ("{n} open", "{n} open"),
    "callback.attempts": ("pogingen", "attempts"),
    "callback.last": ("laatste", "last"),
    "callback.visit": ("huisbezoek", "home visit"),
    "callback.done": ("Vastgelegd voor {who}: {what}.", "Recorded for {who}: {what}."),
    "callback.social_team": ("sociaal team", "social team"),
    "callback.closed": ("afgesloten", "closed"),
    "followup.reached": ("gesproken", "reached"),
    "followup.no_answer": ("geen gehoor", "no answer"),
    "followup.voicemail": ("voicemail ingesproken", "voicemail left"),
    "followup.callback_later": ("later terugbellen", "call back later"),
    "followup.wrong_number": ("verkeerd nummer", "wrong number"),
    "followup.declined": ("wil geen contact meer", "declined further contact"),
    "visit.none": ("geen", "none"),
    "visit.planned": ("gepland", "planned"),
    "visit.done": ("gedaan", "done"),
}
