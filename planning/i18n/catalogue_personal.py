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
    # the printable questionnaire (planning survey form)
    "form.title": ("Vragenlijst", "Questionnaire"),
    "form.heading": ("Wat is er nodig in", "What is needed in"),
    "form.intro": (
        "Wij willen weten wat u belangrijk vindt in uw dorp, en wat u over 3, 5 en 10 jaar "
        "nodig denkt te hebben: een plek om elkaar te ontmoeten, een activiteit, iemand om "
        "een vraag aan te stellen. Het invullen duurt ongeveer tien minuten. Kruis het vakje "
        "aan dat bij u past; u mag een vraag overslaan.",
        "We would like to know what matters to you in your village, and what you think you "
        "will need in 3, 5 and 10 years: a place to meet, an activity, someone to ask a "
        "question. It takes about ten minutes. Tick the box that fits you; you may skip a "
        "question.",
    ),
    "form.number": ("Nr", "No"),
    "form.q_village": ("Waar woont u?", "Where do you live?"),
    "form.other_village": ("anders, namelijk:", "elsewhere, namely:"),
    "form.q_age": ("Hoe oud bent u?", "How old are you?"),
    "form.age_0_17": ("jonger dan 18", "under 18"),
    "form.age_18_34": ("18 t/m 34 jaar", "18 to 34"),
    "form.age_35_54": ("35 t/m 54 jaar", "35 to 54"),
    "form.age_55_74": ("55 t/m 74 jaar", "55 to 74"),
    "form.age_75": ("75 jaar of ouder", "75 and over"),
    "form.birth_year": ("of uw geboortejaar:", "or your year of birth:"),
    "form.q_importance": (
        "Hoe belangrijk vindt u deze onderwerpen in uw dorp?",
        "How important are these topics in your village?",
    ),
    "form.scale": (
        "1 = helemaal niet belangrijk, 5 = heel belangrijk. Eén kruisje per regel.",
        "1 = not at all important, 5 = very important. One tick per line.",
    ),
    "form.q_need": (
        "Wat is er over {years} jaar nodig, voor u of voor anderen in het dorp?",
        "What will be needed in {years} years, for you or for others in the village?",
    ),
    "form.q_volunteer": ("Wilt u als vrijwilliger meehelpen?", "Would you like to volunteer?"),
    "form.q_callback": (
        "Mogen wij u terugbellen of bezoeken?",
        "May we call you back or visit you?",
    ),
    "form.callback_help": (
        "Alleen als u ja zegt: vul hieronder in hoe wij u kunnen bereiken.",
        "Only if you say yes: fill in how we can reach you.",
    ),
    "form.q_quote": (
        "Mogen wij uw antwoord zonder naam citeren in het dorpsplan?",
        "May we quote your answer, without your name, in the village plan?",
    ),
    "form.yes": ("ja", "yes"),
    "form.no": ("nee", "no"),
    "form.name": ("Naam", "Name"),
    "form.phone": ("Telefoon", "Phone"),
    "form.address": ("Adres", "Address"),
    "form.privacy_title": ("Uw gegevens (AVG)", "Your data (GDPR)"),
    "form.privacy_what": (
        "Wat wij bewaren: uw antwoorden, zonder naam, onder het nummer rechtsboven. Uw naam, "
        "telefoonnummer en adres alleen als u om contact vraagt, en apart van uw antwoorden.",
        "What we keep: your answers, without your name, under the number at the top right. "
        "Your name, phone number and address only if you ask for contact, and apart from "
        "your answers.",
    ),
    "form.privacy_who": (
        "Wie: {organisation}. Alleen de medewerkers die het dorpsplan maken zien de "
        "antwoorden; in het dorpsplan staan alleen totalen, nooit aantallen onder de 5.",
        "Who: {organisation}. Only the staff making the village plan see the answers; the "
        "plan shows totals only, never counts under 5.",
    ),
    "form.privacy_how_long": (
        "Hoe lang: uw contactgegevens tot wij u gesproken hebben, daarna worden ze gewist; "
        "uw antwoorden tot het dorpsplan klaar is en daarna zonder nummer.",
        "How long: your contact details until we have spoken to you, then they are deleted; "
        "your answers until the village plan is finished, then without the number.",
    ),
    "form.privacy_withdraw": (
        "Intrekken: noem ons het nummer rechtsboven, dan halen wij uw antwoorden en gegevens "
        "weg. U hoeft niet te zeggen waarom.",
        "Withdraw: tell us the number at the top right and we remove your answers and "
        "details. You do not have to say why.",
    ),
    "form.thanks": ("Hartelijk dank voor uw tijd!", "Thank you for your time!"),
    "form.file_stem": ("vragenlijst", "questionnaire"),
    "form.large": ("groot", "large"),
    "form.written": (
        "Vragenlijst geschreven: {path} (bladen: {count})",
        "Questionnaire written: {path} (sheets: {count})",
    ),
}
