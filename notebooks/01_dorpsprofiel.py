# %% [markdown]
# # 1. Dorpsprofiel
#
# Wie wonen er in de kern, nu en over 3, 5 en 10 jaar? De inwoners per leeftijdsklasse komen van
# het CBS (1 januari 2021); de vooruitberekening laat zien hoe de kern vergrijst of verjongt.
# Zet hieronder de kern (`village`) en voer de cellen een voor een uit (Shift+Enter).

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

ws = planning.open_workspace(workspace)
ws.village(village)[["name", "municipality"]]

# %% [markdown]
# Inwoners per leeftijdsklasse in het laatste jaar (Bron: CBS).

# %% jupyter={"source_hidden": true}
pop = ws.latest_population()
pop[pop["village_id"] == village].pivot_table(index="age_band", values="inhabitants", sort=False).T

# %% [markdown]
# De vooruitberekening naar de drie termijnen, met de aannames ernaast.

# %% jupyter={"source_hidden": true}
projection = planning.project(ws, village)
projection.frame.pivot_table(index="age_band", columns="year", values="inhabitants", sort=False).round(0)

# %% jupyter={"source_hidden": true}
projection.assumptions
