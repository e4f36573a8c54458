"""Monitoring indicators: the societal effects a municipality follows, with targets per horizon.

They live in workspace.toml (``[indicators.<code>]``, validated with the rest of it by
planning.workspace.settings_models) so staff can change them without a developer; see
planning.analysis.monitoring for what is done with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planning.workspace.settings_models import IndicatorSettings

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace


class Indicator(IndicatorSettings):
    """One societal effect the municipality follows, with its targets per horizon.

    The fields are those of ``[indicators.<code>]`` (validated with the rest of
    workspace.toml: direction up|down, per_inhabitants > 0, targets only at the
    workspace's horizons), completed with the code and the labels filled in.
    """

    code: str
    label: str
    label_en: str = ""

    def label_in(self, lang: str) -> str:
        """The indicator's name in ``lang``: the workspace owns these words, not the
        catalogue, so the choice between its two labels is made here, once."""
        return self.label_en if lang == "en" else self.label

    def unit_in(self, lang: str) -> str:
        """The unit in ``lang`` ("bezoeken per maand", "visits per month"), like label_in."""
        return (self.unit_en or self.unit) if lang == "en" else self.unit

    def target(self, horizon: int, inhabitants: int | None = None) -> float | None:
        """The target at a horizon, scaled to the village when it is per N inhabitants."""
        value = self.targets.get(horizon)
        if value is None:
            return None
        if self.per_inhabitants and inhabitants is not None:
            return value * inhabitants / self.per_inhabitants
        return value

    def on_track(self, value: float, target: float | None) -> bool | None:
        if target is None:
            return None
        return value >= target if self.direction == "up" else value <= target


def indicators(ws: Workspace) -> dict[str, Indicator]:
    """The ``[indicators.<code>]`` tables of workspace.toml (checked when it was read)."""
    found: dict[str, Indicator] = {}
    for code, table in ws.settings.indicators.items():
        label = table.label or code
        fields = table.model_dump(exclude={"label", "label_en"})
        found[code] = Indicator(code=code, label=label, label_en=table.label_en or label, **fields)
    return found
