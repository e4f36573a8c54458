# %% [markdown]
# # Start: uw werkmap in één oogopslag
#
# Welkom bij de dorpsplanning. In deze werkmap plant u per kern (dorp of wijk) de
# ontmoetingsplekken en het aanbod voor de komende **3, 5 en 10 jaar**: wat inwoners in de
# enquête zeggen, welke voorzieningen er zijn, wat partners doen, en welke scenario's er zijn.
#
# Dit eerste notitieboek doet nog niets met uw gegevens. Het **opent de werkmap**, laat per kern
# zien wat erin staat, en somt de **problemen** op die het in uw bestanden vond (met bestand,
# rij en kolom, zodat u het vakje in Excel snel vindt). Staat er onderaan "Geen problemen
# gevonden", ga dan verder met stap 1.

# %% [markdown] tags=["analyst"]
# **In JupyterLab:** kies bovenin *Run → Run All Cells*.
#
# *Welke werkmap?* Standaard de demo (Noordenveld en Westerveld). Een eigen map kiest u door
# JupyterLab te starten met `PLANNING_WORKSPACE=/pad/naar/mijnmap uv run planning lab`, of door
# hieronder bij `workspace` het pad in te vullen, bijvoorbeeld `workspace = "C:/Gemeente/dorpsplanning"`.

# %% tags=["parameters"]
# Welke werkmap? None = de map uit PLANNING_WORKSPACE, anders de demo.
workspace = None

# %% jupyter={"source_hidden": true}
from planning import OverviewView, frame_view, open_workspace, problem_table, problems_message, show, village_progress

ws = open_workspace(workspace)
print(f"Werkmap: {ws.settings.name}")
print(f"Map: {ws.path}")
print(f"Basisjaar: {ws.settings.base_year}, termijnen: {', '.join(map(str, ws.settings.horizons))} jaar")

# %% [markdown]
# ## Waar staat elke kern
#
# Het overzicht dat de raad krijgt: per kern de inwoners nu en over 10 jaar, het aandeel 75-plussers en hoe snel het groeit, hoeveel inwoners op loopafstand van een ontmoetingsplek wonen, de grootste behoeften, robuuste tekorten, het dorpsplan en zijn leeftijd, en afspraken die aflopen. Kies hieronder waarnaar de kaart kleurt.

# %% [markdown] tags=["analyst"]
# Als PDF en werkblad voor de raad: `planning export --overview [--measure growth_75]`.

# %% jupyter={"source_hidden": true}
OverviewView(ws)

# %% [markdown]
# ## De kernen
#
# Per kern: de gemeente, het aantal inwoners en wanneer ze geteld zijn (de laatste peildatum in het register van de gemeente, anders CBS 2021), het aantal voorzieningen en het aantal mensen dat de enquête invulde. Daarna waar de kern staat: is er een enquête, zijn de voorzieningen volledig in kaart (drempelvrij, toilet, gratis, inloop, openingsuren), hoeveel scenario's zijn er, is het dorpsplan gemaakt (in de map plannen van de werkmap), en de **volgende stap**.

# %% jupyter={"source_hidden": true}
show(frame_view(village_progress(ws), ws.settings.lang))

# %% [markdown]
# ## Problemen in de bestanden
#
# Elke regel noemt het bestand, de rij zoals Excel die telt (de kopregel is rij 1), de kolom, de waarde en wat er verwacht werd.

# %% jupyter={"source_hidden": true}
print(problems_message(ws))
problemen = problem_table(ws)
if len(problemen):
    show(frame_view(problemen, ws.settings.lang))

# %% [markdown] tags=["next-step"]
# ---
# **Volgende stap:** [1. Dorpsprofiel](01_dorpsprofiel.ipynb): wie wonen er in de kern, nu en over 10 jaar?
