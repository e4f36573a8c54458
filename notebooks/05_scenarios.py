# %% [markdown]
# # 5. Scenario's
#
# Voeg acties toe of pas ze aan: startjaar, kosten, bereik, trekker. De uitkomst per termijn
# (3, 5 en 10 jaar) rekent direct mee. **Opslaan** bewaart een nieuwe versie in de opslag;
# **Kiezen voor het dorpsplan** maakt dit het scenario van het dorpsplan. Besluiten uit een
# bijeenkomst (notebook 6) neemt u over met één klik. **Kies hieronder de kern.**

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

kies = planning.VillagePicker(workspace, village)
ws = kies.ws
kies

# %% jupyter={"source_hidden": true}
kies.show(lambda plan: planning.ScenarioEditor(ws, plan.village_id))

# %% [markdown]
# ## Scenario's naast elkaar
#
# De opgeslagen scenario's per termijn, als tabel voor een notitie aan de wethouder. Kies de kern opnieuw om een net opgeslagen scenario mee te nemen.

# %% jupyter={"source_hidden": true}
kies.show("comparison_table")

# %% jupyter={"source_hidden": true}
kies.show("comparison_chart")

# %% [markdown] tags=["next-step"]
# ---
# **Volgende stap:** [6. Sessie](06_sessie.ipynb): prioriteren en besluiten met de werkgroep.
