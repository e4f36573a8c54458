# %% [markdown]
# # 8. Monitoring
#
# Stuur op maatschappelijke effecten, niet alleen op het aantal activiteiten: bezoekers van
# ontmoetingsplekken, matches, Jeugdfonds, vrijwilligers, eenzaamheid (GGD-monitor). De
# indicatoren en doelen per termijn staan in `workspace.toml` onder `[indicators.…]`.
# Nieuwe cijfers lees je in met `planning monitor import BESTAND` of hieronder.

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

ws = planning.open_workspace(workspace)
planning.latest_figures(ws, village)

# %% jupyter={"source_hidden": true}
planning.trend_chart(ws, village)

# %% [markdown]
# Interactief: kies een kern en indicatoren, of lees een spreadsheet met waarnemingen in.

# %% jupyter={"source_hidden": true}
planning.MonitoringView(ws, village)
