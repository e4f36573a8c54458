# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import os

import planning

village = os.environ.get("PLANNING_VILLAGE", village)
lang = os.environ.get("PLANNING_LANG")  # planning followup app --lang en; None: de werkmap
planning.EntryForm(workspace, village=village, lang=lang)

# %% jupyter={"source_hidden": true}
planning.CallbackList(workspace, village=village, lang=lang)

# %% [markdown]
# ---
# **De persoonlijke aanpak.** Voer papieren, telefonische en huisbezoek-antwoorden in, één
# respondent per keer, met het nummer van de vragenlijst. Naam, telefoon en adres staan alleen
# in de terugbellijst. Alles wat u opslaat staat meteen in de werkmap.

# %% [markdown] tags=["analyst"]
# Zonder code als app: `planning followup app`. De vragenlijst op papier: `planning survey form`.
