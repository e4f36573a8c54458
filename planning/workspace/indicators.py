"""Monitoring indicators: the societal effects a municipality follows, with targets per horizon.

They live in workspace.toml (``[indicators.<code>]``) so staff can change them without a
developer; see planning.analysis.monitoring for what is done with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planning.errors import WorkspaceError

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace


@dataclass(frozen=True)
class Indicator:
    """One societal effect the municipality follows, with its targets per horizon."""

    code: str
    label: str
    unit: str
    direction: str = "up"
    per_inhabitants: int | None = None
    source: str = ""
    targets: dict[int, float] = field(default_factory=dict)
    label_en: str = ""

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
    """The ``[indicators.<code>]`` tables of workspace.toml; a broken one is a clear error."""
    found: dict[str, Indicator] = {}
    file = "workspace.toml"
    for code, table in ws.settings.section("indicators").items():
        where = f"indicators.{code}"
        if not isinstance(table, dict):
            raise WorkspaceError(f"{file}: [{where}] moet een tabel zijn")
        targets_raw = table.get("targets", {})
        if not isinstance(targets_raw, dict):
            raise WorkspaceError(
                f"{file}: {where}.targets: verwacht {{ 3 = ..., 5 = ..., 10 = ... }}"
            )
        targets: dict[int, float] = {}
        for key, value in targets_raw.items():
            if (
                not str(key).isdigit()
                or isinstance(value, bool)
                or not isinstance(value, (int, float))
            ):
                raise WorkspaceError(
                    f"{file}: {where}.targets.{key} = {value!r}: verwacht termijn (jaren) = getal"
                )
            targets[int(key)] = float(value)
        direction = table.get("direction", "up")
        if direction not in ("up", "down"):
            raise WorkspaceError(
                f"{file}: {where}.direction = {direction!r}: verwacht 'up' of 'down'"
            )
        per = table.get("per_inhabitants")
        if per is not None and (isinstance(per, bool) or not isinstance(per, int) or per <= 0):
            raise WorkspaceError(f"{file}: {where}.per_inhabitants = {per!r}: verwacht bv. 1000")
        found[code] = Indicator(
            code=code,
            label=str(table.get("label", code)),
            unit=str(table.get("unit", "")),
            direction=direction,
            per_inhabitants=per,
            source=str(table.get("source", "")),
            targets=targets,
            label_en=str(table.get("label_en", table.get("label", code))),
        )
    return found
