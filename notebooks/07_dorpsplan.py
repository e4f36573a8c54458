# %% [markdown]
# # 7. Dorpsplan
#
# Het dorpsplan bundelt alles voor één kern: profiel, wat inwoners vragen, voorzieningen,
# matches en tekorten, het gekozen scenario per termijn, afspraken met partners en de monitoring.
# Bekijk de inhoud en maak de PDF (en de tabellen als Excel). Dezelfde invoer geeft steeds
# dezelfde PDF. Het plan komt in de map `plannen/` van de werkmap. Vanaf de opdrachtregel:
# `planning export --village roden`.

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

plan = planning.build_plan(workspace, village)
plan.name, plan.plan_date, plan.top_needs()

# %% jupyter={"source_hidden": true}
plan.monitoring

# %% jupyter={"source_hidden": true}
ws = planning.open_workspace(workspace)
bestanden = planning.export_village(ws, village, planning.plans_dir(ws), ("pdf", "xlsx"))
print("Dorpsplan geschreven in", planning.plans_dir(ws), ":", ", ".join(f.name for f in bestanden))
