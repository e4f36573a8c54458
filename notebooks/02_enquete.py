# %% [markdown]
# # 2. Enquête (behoeftepeiling)
#
# Wat vinden inwoners belangrijk, en wat denken ze nodig te hebben over 3, 5 en 10 jaar?
# Lees eerst een export in (`planning survey import BESTAND` of de cel hieronder), bekijk dan de
# behoeften per thema, wie we wel en niet bereikt hebben, en wie teruggebeld wil worden.
# Aantallen onder de 5 staan als "<5": zo zijn ze te publiceren.

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

ws = planning.open_workspace(workspace)
ws.village(village)[["name", "municipality"]]

# %% [markdown]
# De exports die in `survey/raw` staan. Inlezen doet u met `planning survey import BESTAND` (of `planning.import_survey(ws.path, bestand)`): rijen met een fout worden apart gezet, met de reden, en namen en telefoonnummers gaan alleen naar de terugbellijst.

# %% jupyter={"source_hidden": true}
raw = sorted((ws.path / "survey" / "raw").glob("*.csv"))
raw

# %% [markdown]
# Behoeften per thema en termijn, gewogen naar leeftijd; te publiceren vorm.

# %% jupyter={"source_hidden": true}
needs = planning.publishable(planning.needs(ws, village))
needs.sort_values(["horizon", "share"], ascending=[True, False]).head(15)

# %% [markdown]
# Via welke kanalen hebben we inwoners bereikt?

# %% jupyter={"source_hidden": true}
planning.channel_counts(ws, village)

# %% [markdown]
# Is de groep die antwoordde een afspiegeling van de kern? Een groot verschil betekent: extra huisbezoeken of straatpeilingen in die leeftijdsgroep.

# %% jupyter={"source_hidden": true}
planning.representativeness(ws, village)

# %% jupyter={"source_hidden": true}
planning.age_profile_chart(ws, village)

# %% [markdown]
# Vrijwilligers die zich aanboden, en de terugbellijst (namen staan alleen in de opslag, nooit in een export): `planning followup list --village roden`.

# %% jupyter={"source_hidden": true}
planning.volunteers_offered(ws, village)

# %% [markdown]
# ## De persoonlijke aanpak: papier, telefoon en huisbezoek
#
# Niet iedereen vult online in. Print de vragenlijst met `planning survey form --village roden`
# (met `--large` in grote letters voor oudere inwoners); elk blad heeft een respondentnummer.
# Voer een ingevuld formulier, een telefoongesprek of een huisbezoek hieronder in: één respondent
# per keer, gecontroleerd als een import. Naam, telefoon en adres gaan alleen naar de opvolglijst.

# %% jupyter={"source_hidden": true}
planning.EntryForm(ws, village=village)

# %% [markdown]
# Wie wil teruggebeld worden? Leg elke belpoging vast (datum, uitkomst, notitie), plan een
# huisbezoek, vink "samen ingevuld" aan, zet een vraag door naar het sociaal team of sluit af.

# %% jupyter={"source_hidden": true}
planning.CallbackList(ws, village=village)
