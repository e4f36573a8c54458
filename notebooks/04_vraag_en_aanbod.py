# %% [markdown]
# # 4. Vraag en aanbod
#
# Welke vragen van inwoners passen bij wat er al is (Jeugdfonds, WMO, sociaal team, clubs,
# kledingbank, activiteiten)? En waar is de vraag groter dan het aanbod? "Gebruik wat er is en
# verbind het"; vul alleen aan wat ontbreekt.

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

ws = planning.open_workspace(workspace)
ws.village(village)[["name", "municipality"]]

# %% [markdown]
# Een vraag matchen: thema, leeftijd en kern.

# %% jupyter={"source_hidden": true}
matches = planning.match(ws, "youth", 12, village)
matches[:5]

# %% [markdown]
# Tekorten per thema: vraag (behoefte x inwoners) tegen aanbod (voorzieningen, afspraken).

# %% jupyter={"source_hidden": true}
table = planning.gaps(ws, village)
table[["theme", "horizon", "demand", "supply", "coverage", "gap"]].round(2)
