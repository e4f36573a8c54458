# %% [markdown]
# # 5. Scenario's
#
# Voeg acties toe of pas ze aan: startjaar, kosten, bereik, trekker. De uitkomst per termijn
# (3, 5 en 10 jaar) rekent direct mee. **Opslaan** bewaart een nieuwe versie in de opslag;
# **Kiezen voor het dorpsplan** maakt dit het scenario van het dorpsplan. Besluiten uit een
# bijeenkomst (notebook 6) neemt u over met één klik.

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

editor = planning.ScenarioEditor(workspace, village)
editor

# %% [markdown]
# Scenario's naast elkaar, als tabel (voor een notitie aan de wethouder).

# %% jupyter={"source_hidden": true}
store = planning.open_store(editor.ws)
names = [s["name"] for s in planning.list_scenarios(store, village)]
scenarios = [planning.load_scenario(store, n, village) for n in names] or [editor.scenario]
planning.compare(editor.ws, scenarios).frame
