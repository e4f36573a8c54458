# %% [markdown]
# # 3. Voorzieningen
#
# Welke plekken zijn er al, en welke zijn toegankelijk en laagdrempelig? Hoe ver wonen inwoners
# van de dichtstbijzijnde ontmoetingsplek? Pas `facilities.csv` aan als een gegeven niet klopt en
# voer de cellen opnieuw uit.

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

ws = planning.open_workspace(workspace)
ws.village(village)[["name", "municipality"]]

# %% jupyter={"source_hidden": true}
qualities = planning.facility_qualities(ws)
in_village = ws.facilities.loc[ws.facilities["village_id"] == village, ["facility_id", "name", "kind"]]
in_village.merge(qualities, on="facility_id")

# %% [markdown]
# Afstand tot de dichtstbijzijnde ontmoetingsplek, gewogen naar waar inwoners wonen.

# %% jupyter={"source_hidden": true}
planning.coverage(ws, village)

# %% jupyter={"source_hidden": true}
planning.village_map(ws, village)
