# %% [markdown]
# # 4. Vraag en aanbod
#
# Welke vragen van inwoners passen bij wat er al is (Jeugdfonds, WMO, sociaal team, clubs,
# kledingbank, activiteiten)? En waar is de vraag groter dan het aanbod? "Gebruik wat er is en
# verbind het"; vul alleen aan wat ontbreekt. **Kies hieronder de kern.**

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

kies = planning.VillagePicker(workspace, village)
ws = kies.ws
kies

# %% [markdown]
# ## Een vraag matchen
#
# Kies een thema en een leeftijd: de lijst toont wat er in of bij de kern past, het best passende eerst, met de reden.

# %% jupyter={"source_hidden": true}
kies.show("match_list", theme=kies.theme_choice("youth"), age=kies.age_choice(12))

# %% [markdown]
# ## Vraag tegen aanbod per thema en termijn
#
# Vraag: het deel van de inwoners dat het thema noemt en in een gewone week aanbod gebruikt. Aanbod: plaatsen per week (voorzieningen en afspraken met partners). Rood: minder dan 80% van de vraag gedekt.

# %% jupyter={"source_hidden": true}
kies.show("demand_supply")

# %% jupyter={"source_hidden": true}
kies.show("gaps_table")

# %% [markdown]
# ## Gemaakte matches

# %% jupyter={"source_hidden": true}
kies.show("matches_chart")

# %% jupyter={"source_hidden": true}
kies.show("matches_table")

# %% [markdown] tags=["next-step"]
# ---
# **Volgende stap:** [5. Scenario's](05_scenarios.ipynb): welke acties lossen de tekorten op?
