# %% [markdown]
# # 3. Voorzieningen
#
# Welke plekken zijn er al, en welke zijn toegankelijk en laagdrempelig? Hoe ver wonen inwoners
# van de dichtstbijzijnde ontmoetingsplek? Klopt een gegeven niet, pas dan de lijst met
# voorzieningen aan en kies de kern opnieuw. **Kies hieronder de kern.**

# %% [markdown] tags=["analyst"]
# De voorzieningen staan in `facilities.csv` van de werkmap.

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

kies = planning.VillagePicker(workspace, village)
ws = kies.ws
kies

# %% [markdown]
# ## De plekken en hun kwaliteit

# %% jupyter={"source_hidden": true}
kies.show("facilities_table")

# %% [markdown]
# ## Kaart
#
# Groen: ontmoetingsplek (toegankelijk én laagdrempelig). De cirkels tonen de loop- en fietsafstand; de woonplekken zijn gekleurd naar hun afstand.

# %% jupyter={"source_hidden": true}
kies.show("map")

# %% [markdown]
# ## Afstand tot de dichtstbijzijnde ontmoetingsplek
#
# Gewogen naar waar inwoners wonen, nu en met het gekozen scenario.

# %% jupyter={"source_hidden": true}
kies.show("coverage_table")

# %% jupyter={"source_hidden": true}
kies.show("distances")

# %% jupyter={"source_hidden": true}
kies.show("nearest_table")

# %% [markdown] tags=["next-step"]
# ---
# **Volgende stap:** [4. Vraag en aanbod](04_vraag_en_aanbod.ipynb): past wat inwoners vragen bij wat er is?
