"""workspace.toml -> Settings (the pydantic model of ``settings_models``).

Every number a planner might argue about (walking distance, what counts as
low-threshold, the horizons) lives in workspace.toml rather than in code, so a
municipality can change it without a developer. The file is read into the
models of ``settings_models`` (closed, strict, with ranges): a misspelt key or
an impossible value is a ``WorkspaceError`` listing every problem of the file
at once, never a silently used default.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticValidationError

from planning.errors import Problem, Said, WorkspaceError
from planning.io.suggest import suggest
from planning.workspace.model_problems import describe, problems_from
from planning.workspace.settings_models import DEFAULT_HORIZONS, DEFAULT_THEMES, Settings

__all__ = [
    "DEFAULT_HORIZONS",
    "DEFAULT_THEMES",
    "Settings",
    "load_settings",
    "parse_settings",
]


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _error(path: Path, problems: list[Problem]) -> WorkspaceError:
    lines = describe(problems)
    fields = {"path": str(path), "count": len(problems), "lines": lines}
    return WorkspaceError(Said("model.settings_wrong", fields), problems[0], problems)


def _cross_checks(model: Settings, file: str, themes: list[str]) -> list[Problem]:
    """What one section cannot check alone: targets at real horizons, lexicon of real themes."""
    problems: list[Problem] = []
    for code, ind in model.indicators.items():
        for horizon in ind.targets:
            if horizon not in model.horizons:
                problems.append(
                    Problem(
                        file,
                        None,
                        f"indicators.{code}.targets.{horizon}",
                        horizon,
                        key="model.no_horizon",
                        fields={"horizons": str(list(model.horizons))},
                    )
                )
    for theme in model.lexicon:
        if theme not in themes:
            near = suggest(theme, themes)
            key = "model.unknown_theme_near" if near else "model.unknown_theme"
            problems.append(
                Problem(file, None, f"lexicon.{theme}", None, key=key, fields={"near": near})
            )
    return problems


def parse_settings(raw: dict[str, Any], path: Path) -> Settings:
    """Validate the parsed TOML of ``path``; every problem at once in one WorkspaceError."""
    try:
        settings = Settings.model_validate(raw, context={"folder": path.parent.name})
    except PydanticValidationError as exc:
        raise _error(path, problems_from(exc, path.name, Settings)) from None
    problems = _cross_checks(settings, path.name, list(settings.themes))
    if problems:
        raise _error(path, problems)
    return settings


def load_settings(path: Path) -> Settings:
    """Read workspace.toml; a missing, broken or invalid file is a WorkspaceError."""
    if not path.is_file():
        raise WorkspaceError(
            Said("model.no_settings", {"path": str(path)}),
            Problem(path.name, None, None, None, key="model.file_missing"),
        )
    try:
        # TOML is UTF-8, but Notepad may have saved it as cp1252: read what was meant
        raw = tomllib.loads(_decode(path.read_bytes()))
    except (tomllib.TOMLDecodeError, OSError) as exc:
        problem = Problem(
            path.name, None, None, None, key="model.toml_error", fields={"error": str(exc)}
        )
        raise WorkspaceError(
            Said("model.bad_toml", {"path": str(path), "error": str(exc)}), problem
        ) from None
    return parse_settings(raw, path)
