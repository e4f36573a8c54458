"""The words of the plan's charts (part of the one catalogue, merged into
planning.i18n.catalogue.CATALOGUE; kept apart so that file stays short).
"""

from __future__ import annotations

CHART_WORDS: dict[str, tuple[str, str]] = {
    # the map legend: the village's own places, then those of neighbouring villages in view
    "map.legend_count": ("{own} in {village}", "{own} in {village}"),
    "map.legend_nearby": (
        "{own} in {village}, {nearby} in de buurt",
        "{own} in {village}, {nearby} nearby",
    ),
    "res.channels_small": (
        "Per manier van meedoen deden minder dan 5 inwoners mee: de aantallen worden niet getoond.",
        "Fewer than 5 residents took part in each way: the numbers are not shown.",
    ),
}
