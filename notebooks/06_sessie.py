# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

# de kern en taal van `planning session`; stemmen van een tweede scherm verschijnen vanzelf
app = planning.SessionApp.served(workspace, village)
app

# %% [markdown] tags=["next-step"]
# ---
# **Volgende stap:** [7. Dorpsplan](07_dorpsplan.ipynb): het plan als PDF.
