# %% [markdown]
# # 8. Monitoring
#
# Stuur op maatschappelijke effecten, niet alleen op het aantal activiteiten: bezoekers van
# ontmoetingsplekken, matches, Jeugdfonds, vrijwilligers, eenzaamheid (GGD-monitor). Nieuwe
# cijfers leest u hieronder in. **Kies hieronder de kern.**

# %% [markdown] tags=["analyst"]
# De indicatoren en doelen per termijn staan in `workspace.toml` onder `[indicators.…]`;
# nieuwe cijfers ook met `planning monitor import BESTAND`.

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

kies = planning.VillagePicker(workspace, village)
ws = kies.ws
kies

# %% [markdown]
# ## Doelen per termijn

# %% jupyter={"source_hidden": true}
kies.show("monitoring_table")

# %% [markdown]
# ## De laatste cijfers en hun ontwikkeling
#
# Kies de indicatoren voor de grafiek, of lees een spreadsheet met nieuwe waarnemingen in.

# %% jupyter={"source_hidden": true}
kies.show(lambda plan: planning.MonitoringView(ws, plan.village_id, pick_village=False))

# %% [markdown] tags=["next-step"]
# ---
# **Klaar.** Terug naar het [overzicht van alle kernen](00_start.ipynb).
