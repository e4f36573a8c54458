# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import os

import planning

village = os.environ.get("PLANNING_VILLAGE", village)
lang = os.environ.get("PLANNING_LANG")  # planning session --lang en; None: de werkmap
app = planning.SessionApp(workspace, village=village, lang=lang)
app.start_polling()  # stemmen van een tweede scherm verschijnen vanzelf
app

# %% [markdown] tags=["next-step"]
# ---
# **Volgende stap:** [7. Dorpsplan](07_dorpsplan.ipynb): het plan als PDF.
