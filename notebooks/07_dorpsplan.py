# %% [markdown]
# # 7. Dorpsplan
#
# Het dorpsplan bundelt alles voor één kern: profiel, wat inwoners vragen, voorzieningen,
# matches en tekorten, het gekozen scenario per termijn, afspraken met partners en de monitoring.
# Bekijk de inhoud en maak de PDF (en de tabellen als Excel). Dezelfde invoer geeft steeds
# dezelfde PDF. Het plan komt in de map plannen van de werkmap; na het maken staat hieronder
# een link die het opent. **Kies hieronder de kern.**

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

kies = planning.VillagePicker(workspace, village)
ws = kies.ws
kies

# %% [markdown]
# ## Wat het meest nodig is

# %% jupyter={"source_hidden": true}
kies.show("top_needs")

# %% [markdown]
# ## Acties en afspraken in de tijd

# %% jupyter={"source_hidden": true}
kies.show("timeline")

# %% [markdown]
# ## Monitoring: doelen per termijn

# %% jupyter={"source_hidden": true}
kies.show("monitoring_table")

# %% [markdown]
# ## Zo ziet het dorpsplan eruit

# %% jupyter={"source_hidden": true}
kies.show("pages")

# %% [markdown]
# ## Het dorpsplan maken
#
# De knop maakt de PDF en het Excel-bestand van de gekozen kern, in de map plannen van de werkmap.

# %% jupyter={"source_hidden": true}
kies.show(lambda plan: planning.PlanExport(ws, plan.village_id))

# %% tags=["analyst"] jupyter={"source_hidden": true}
kies.show("commands", commands=("export",))

# %% [markdown] tags=["next-step"]
# ---
# **Volgende stap:** [8. Monitoring](08_monitoring.ipynb): brengt het plan wat het belooft?
