"""The words of the installed tool: staff's copies of the notebooks, a missing optional
part (an extra of the wheel), and the few lines that were still written inline (part of the
one catalogue, merged into planning.i18n.catalogue.CATALOGUE)."""

from __future__ import annotations

PACKAGE_WORDS: dict[str, tuple[str, str]] = {
    "help.version": ("toon de versie en stop", "show the version and exit"),
    # -- planning lab, installed: the notebooks are copies of staff's own ----------------------
    "package.lab.copied": (
        "De notebooks zijn gekopieerd naar {folder}: dat zijn uw eigen kopieën. Een nieuwe "
        "versie van het werkboek overschrijft ze niet; verwijder een notebook daar om de "
        "nieuwe versie te krijgen.",
        "The notebooks were copied to {folder}: these are your own copies. A new version of "
        "the workbook does not overwrite them; delete a notebook there to get the new version.",
    ),
    "package.lab.kept": (
        "Uw eigen kopieën van de notebooks in {folder} blijven zoals ze zijn (een nieuwe "
        "versie van het werkboek overschrijft ze niet; verwijder een notebook daar om de "
        "nieuwe versie te krijgen).",
        "Your own copies of the notebooks in {folder} stay as they are (a new version of the "
        "workbook does not overwrite them; delete a notebook there to get the new version).",
    ),
    # -- an optional part of the wheel that is not installed -----------------------------------
    "package.extra_missing": (
        "{feature} heeft het Python-pakket '{module}' nodig, dat niet is geïnstalleerd. "
        "Installeer het werkboek met dat onderdeel: pip install 'planning-workbook[{extra}]' "
        "(of: uv tool install 'planning-workbook[{extra}]').",
        "{feature} needs the Python package '{module}', which is not installed. Install the "
        "workbook with that part: pip install 'planning-workbook[{extra}]' "
        "(or: uv tool install 'planning-workbook[{extra}]').",
    ),
    "package.feature.postgres": (
        "Een gedeelde opslag in PostgreSQL",
        "A shared store in PostgreSQL",
    ),
    "package.feature.spss": (
        "Een enquête-export uit SPSS (.sav)",
        "A survey export from SPSS (.sav)",
    ),
    # -- the count of problems above the problem list (notebook 00) -----------------------------
    "problems.found_one": ("1 probleem gevonden", "1 problem found"),
    "problems.found": ("{count} problemen gevonden", "{count} problems found"),
    # -- a scenario file's amounts ---------------------------------------------------------------
    "scenario_file.negative": (
        "{field} mag niet negatief zijn; verwacht 0 of meer",
        "{field} must not be negative; expected 0 or more",
    ),
}
