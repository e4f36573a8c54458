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
# ## Nieuwe cijfers inlezen
#
# Lees een spreadsheet met nieuwe waarnemingen in; kies daarna de kern opnieuw om ze hierboven te zien.

# %% jupyter={"source_hidden": true}
kies.show(lambda plan: planning.MonitoringView(ws, plan.village_id, pick_village=False, figures=False))

# %% [markdown] tags=["next-step"]
# ---
# **Klaar.** Terug naar het [overzicht van alle kernen](00_start.ipynb).
