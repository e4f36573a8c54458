# %% [markdown]
# # 8. Monitoring
#
# Stuur op maatschappelijke effecten, niet alleen op het aantal activiteiten: bezoekers van
# ontmoetingsplekken, matches, Jeugdfonds, vrijwilligers, eenzaamheid (GGD-monitor). De
# indicatoren en doelen per termijn staan in `workspace.toml` onder `[indicators.…]`.
# Nieuwe cijfers lees je in met `planning monitor import BESTAND` of hieronder. **Kies hieronder de kern.**

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

kies = planning.VillagePicker(workspace, village)
ws = kies.ws
kies

# %% [markdown]
# ## De laatste cijfers

# %% jupyter={"source_hidden": true}
kies.show("latest")

# %% [markdown]
# ## Ontwikkeling tegen de doelen

# %% jupyter={"source_hidden": true}
kies.show("trend")

# %% jupyter={"source_hidden": true}
kies.show("monitoring_table")

# %% [markdown]
# ## Zelf kiezen of cijfers inlezen
#
# Kies indicatoren, of lees een spreadsheet met waarnemingen in.

# %% jupyter={"source_hidden": true}
kies.show(lambda plan: planning.MonitoringView(ws, plan.village_id))

# %% [markdown]
# ---
# **Klaar.** Terug naar het [overzicht van alle kernen](00_start.ipynb).
