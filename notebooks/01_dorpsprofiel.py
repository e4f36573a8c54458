# %% [markdown]
# # 1. Dorpsprofiel
#
# Wie wonen er in de kern, nu en over 3, 5 en 10 jaar? De inwoners per leeftijdsklasse komen uit
# het register van de gemeente (BRP, laatste peildatum) als de werkmap dat heeft, anders van het
# CBS (1 januari 2021, per postcodegebied); de tabel noemt bron en datum. De vooruitberekening
# begint op die datum en laat zien hoe de kern vergrijst of verjongt.
# **Kies hieronder de kern**: alle tabellen en grafieken rekenen dan opnieuw.

# %% tags=["parameters"]
workspace = None  # None: $PLANNING_WORKSPACE, anders de demo
village = "roden"

# %% jupyter={"source_hidden": true}
import planning

kies = planning.VillagePicker(workspace, village)
ws = kies.ws
kies

# %% [markdown]
# ## De kern in het kort

# %% jupyter={"source_hidden": true}
kies.show("facts")

# %% [markdown]
# ## Leeftijdsopbouw nu en over 10 jaar
#
# Links de inwoners nu, rechts over 10 jaar: waar de rechterbalk langer is, groeit die leeftijdsgroep.

# %% jupyter={"source_hidden": true}
kies.show("pyramid")

# %% [markdown]
# ## De vooruitberekening per termijn
#
# De balken zijn de inwoners nu, de lijnen de inwoners over 3, 5 en 10 jaar, vooruitgerekend vanaf
# de telling die onder de tabel staat (bron en datum).

# %% jupyter={"source_hidden": true}
kies.show("projection")

# %% jupyter={"source_hidden": true}
kies.show("population_table")

# %% [markdown]
# ## De aannames
#
# Waar de vooruitberekening op rust. Wilt u een aanname anders, vraag het de beheerder van de werkmap.

# %% [markdown] tags=["analyst"]
# De aannames staan in `workspace.toml` onder `[projection]`.

# %% jupyter={"source_hidden": true}
kies.show("assumptions")

# %% [markdown]
# ---
# **Volgende stap:** [2. Enquête](02_enquete.ipynb): wat vinden inwoners belangrijk, en wie hebben we bereikt?
