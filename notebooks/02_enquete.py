# %% [markdown]
# # 2. Enquête (behoeftepeiling)
#
# Wat vinden inwoners belangrijk, en wat denken ze nodig te hebben over 3, 5 en 10 jaar?
# Bekijk de behoeften per thema, wie we wel en niet bereikt hebben, en wie teruggebeld wil worden;
# onderaan voert u papieren, telefonische en huisbezoek-antwoorden in.
# Aantallen onder de 5 staan als "<5": zo zijn ze te publiceren. **Kies hieronder de kern.**

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

kies = planning.VillagePicker(workspace, village)
ws = kies.ws
kies

# %% [markdown]
# ## Ingelezen exports
#
# De bestanden met antwoorden die al zijn ingelezen. Antwoorden met een fout worden apart gezet, met de reden; namen en telefoonnummers gaan alleen naar de terugbellijst.

# %% [markdown] tags=["analyst"]
# De exports staan in `survey/raw`. Inlezen: `planning survey import BESTAND` (of `planning.import_survey(ws.path, bestand)`).

# %% jupyter={"source_hidden": true}
kies.show("raw_exports")

# %% [markdown]
# ## Behoeften per thema en termijn
#
# Gewogen naar leeftijd, met de marge: een thema met een smalle marge is zeker, een brede marge betekent weinig antwoorden. Schuin gedrukte rijen zijn indicatief (te weinig respondenten).

# %% jupyter={"source_hidden": true}
kies.show("needs_chart")

# %% jupyter={"source_hidden": true}
kies.show("needs_table")

# %% [markdown]
# ## Wat is er veranderd sinds de vorige peiling?
#
# Komt u na een paar jaar terug in een kern, dan is dat een nieuwe peiling: het jaar van invullen, of de naam die u de peiling geeft. De behoeften hierboven en in het dorpsplan komen uit de **laatste** peiling; hier staan de twee laatste naast elkaar. "Verschil groter dan de foutmarge" betekent dat de verandering niet door toeval te verklaren is (toets op de effectieve steekproefomvang, 95%); bij "te weinig antwoorden" noemden minder dan 5 mensen het thema in een van de peilingen.

# %% [markdown] tags=["analyst"]
# Vanaf de opdrachtregel: `planning needs --village <kern> --compare`; een peiling een naam geven (kolom `round` of `[constants] round` in de koppeling): `docs/enquete-importeren.md`.

# %% jupyter={"source_hidden": true}
kies.show("round_change_table")

# %% jupyter={"source_hidden": true}
kies.show("round_change_chart")

# %% [markdown]
# ## Via welke kanalen hebben we inwoners bereikt?

# %% jupyter={"source_hidden": true}
kies.show("channels_chart")

# %% jupyter={"source_hidden": true}
kies.show("channels_table")

# %% [markdown]
# ## Wie hebben we bereikt, en wie gemist?
#
# Is de groep die antwoordde een afspiegeling van de kern? Een groot verschil betekent: extra huisbezoeken of straatpeilingen in die leeftijdsgroep.

# %% jupyter={"source_hidden": true}
kies.show("reach_chart")

# %% jupyter={"source_hidden": true}
kies.show("reach_table")

# %% [markdown]
# ## Vrijwilligers
#
# Vrijwilligers die zich aanboden. Namen staan alleen in de terugbellijst, nooit in een plan of tabel.

# %% jupyter={"source_hidden": true}
kies.show("volunteers")

# %% [markdown]
# ## De persoonlijke aanpak: papier, telefoon en huisbezoek
#
# Niet iedereen vult online in: er is ook een papieren vragenlijst (ook in grote letters), met
# een respondentnummer op elk blad. Voer een ingevuld formulier, een telefoongesprek of een
# huisbezoek hieronder in: één respondent per keer, gecontroleerd. Naam, telefoon en adres gaan
# alleen naar de terugbellijst.

# %% tags=["analyst"] jupyter={"source_hidden": true}
kies.show("commands", commands=("followup list", "survey form", "survey form --large"))

# %% jupyter={"source_hidden": true}
kies.show(lambda plan: planning.EntryForm(ws, village=plan.village_id))

# %% [markdown]
# Wie wil teruggebeld worden? Leg elke belpoging vast (datum, uitkomst, notitie), plan een
# huisbezoek, vink "samen ingevuld" aan, zet een vraag door naar het sociaal team of sluit af.

# %% jupyter={"source_hidden": true}
kies.show(lambda plan: planning.CallbackList(ws, village=plan.village_id))

# %% [markdown]
# ## Citaten beoordelen
#
# Antwoorden die inwoners vrijgaven om te citeren, komen pas in het dorpsplan als u ze goedkeurt.
# Doorgestreept is wat er automatisch uit gaat (namen, telefoonnummers, e-mail, adressen).
# Keur goed, pas de tekst aan (ook om een woord terug te zetten dat geen naam was) of wijs af.

# %% jupyter={"source_hidden": true}
kies.show(lambda plan: planning.QuoteReview(ws, village=plan.village_id))

# %% [markdown] tags=["analyst"]
# Zonder notebook: `planning quotes review --village <kern>`; zie ook `docs/publiceren.md`.

# %% [markdown] tags=["next-step"]
# ---
# **Volgende stap:** [3. Voorzieningen](03_voorzieningen.ipynb): welke plekken zijn er, en hoe ver wonen inwoners ervan?
