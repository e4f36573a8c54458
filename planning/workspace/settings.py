"""workspace.toml -> Settings.

Every number a planner might argue about (walking distance, what counts as
low-threshold, the horizons) lives in workspace.toml rather than in code, so a
municipality can change it without a developer. The file is read into the
models of ``settings_models`` (closed, strict, with ranges): a misspelt key or
an impossible value is a ``WorkspaceError`` listing every problem of the file
at once, never a silently used default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticValidationError

from planning.errors import Problem, Said, WorkspaceError
from planning.workspace.conversion import suggest
from planning.workspace.model_problems import describe, problems_from
from planning.workspace.settings_models import (
    GapsSettings,
    IndicatorSettings,
    ProjectionSettings,
    ReportSettings,
    StoreSettings,
    SurveySettings,
    Thresholds,
    WorkspaceFile,
)

#: The default themes (DOMAIN.md): code -> (Dutch, English).
DEFAULT_THEMES: dict[str, tuple[str, str]] = {
    "loneliness": ("eenzaamheid", "loneliness"),
    "informal_care": ("mantelzorg", "informal care"),
    "poverty_debt": ("armoede en schulden", "poverty and debt"),
    "newcomers": ("nieuwkomers", "newcomers"),
    "volunteering": ("vrijwilligers", "volunteering"),
    "youth": ("jongeren", "young people"),
    "exercise_health": ("sport, bewegen en gezonde leefstijl", "exercise and healthy lifestyle"),
    "meeting": ("ontmoeting", "meeting and activities"),
    "advice": ("vragen en lichte ondersteuning", "questions and light support"),
}

DEFAULT_HORIZONS: tuple[int, ...] = (3, 5, 10)

__all__ = [
    "DEFAULT_HORIZONS",
    "DEFAULT_THEMES",
    "Settings",
    "load_settings",
    "parse_settings",
]


@dataclass(frozen=True)
class Settings:
    """The validated workspace.toml; typed sections for the modules that own them."""

    name: str
    municipality: str
    base_year: int
    lang: str = "nl"
    themes: dict[str, tuple[str, str]] = field(default_factory=lambda: dict(DEFAULT_THEMES))
    horizons: tuple[int, ...] = DEFAULT_HORIZONS
    thresholds: Thresholds = field(default_factory=Thresholds)
    generated: bool = False
    raw: dict[str, Any] = field(default_factory=dict)
    projection: ProjectionSettings = field(default_factory=ProjectionSettings)
    gaps: GapsSettings = field(default_factory=GapsSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    report: ReportSettings = field(default_factory=ReportSettings)
    survey: SurveySettings = field(default_factory=SurveySettings)
    sources: dict[str, str] = field(default_factory=dict)
    lexicon: dict[str, list[str]] = field(default_factory=dict)
    indicators: dict[str, IndicatorSettings] = field(default_factory=dict)

    @property
    def store_url(self) -> str | None:
        """``[store] url``: a team's PostgreSQL; None for the workspace's own SQLite file."""
        return self.store.url

    def theme_label(self, code: str, lang: str | None = None) -> str:
        nl, en = self.themes.get(code, (code, code))
        return en if (lang or self.lang) == "en" else nl

    def section(self, name: str) -> dict[str, Any]:
        """A top-level table as written in workspace.toml (compatibility; prefer the fields)."""
        value = self.raw.get(name, {})
        return value if isinstance(value, dict) else {}


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _error(path: Path, problems: list[Problem]) -> WorkspaceError:
    lines = describe(problems)
    fields = {"path": str(path), "count": len(problems), "lines": lines}
    return WorkspaceError(Said("model.settings_wrong", fields), problems[0], problems)


def _cross_checks(model: WorkspaceFile, file: str, themes: list[str]) -> list[Problem]:
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
                        Said("model.no_horizon", {"horizons": str(list(model.horizons))}),
                    )
                )
    for theme in model.lexicon:
        if theme not in themes:
            near = suggest(theme, themes)
            key = "model.unknown_theme_near" if near else "model.unknown_theme"
            problems.append(
                Problem(file, None, f"lexicon.{theme}", None, Said(key, {"near": near}))
            )
    return problems


def parse_settings(raw: dict[str, Any], path: Path) -> Settings:
    """Validate the parsed TOML of ``path``; every problem at once in one WorkspaceError."""
    try:
        model = WorkspaceFile.model_validate(raw)
    except PydanticValidationError as exc:
        raise _error(path, problems_from(exc, path.name, WorkspaceFile)) from None
    if model.themes is None:
        themes = dict(DEFAULT_THEMES)
    else:
        themes = {
            code: (label, DEFAULT_THEMES.get(code, (label, label))[1])
            if isinstance(label, str)
            else label
            for code, label in model.themes.items()
        }
    problems = _cross_checks(model, path.name, list(themes))
    if problems:
        raise _error(path, problems)
    return Settings(
        name=model.name if model.name is not None else path.parent.name,
        municipality=model.municipality,
        base_year=model.base_year,
        lang=model.lang,
        themes=themes,
        horizons=tuple(model.horizons),
        thresholds=model.thresholds,
        generated=model.generated,
        raw=raw,
        projection=model.projection,
        gaps=model.gaps,
        store=model.store,
        report=model.report,
        survey=model.survey,
        sources=dict(model.sources),
        lexicon={k: list(v) for k, v in model.lexicon.items()},
        indicators=dict(model.indicators),
    )


def load_settings(path: Path) -> Settings:
    """Read workspace.toml; a missing, broken or invalid file is a WorkspaceError."""
    if not path.is_file():
        raise WorkspaceError(
            Said("model.no_settings", {"path": str(path)}),
            Problem(path.name, None, None, None, Said("model.file_missing")),
        )
    try:
        # TOML is UTF-8, but Notepad may have saved it as cp1252: read what was meant
        raw = tomllib.loads(_decode(path.read_bytes()))
    except (tomllib.TOMLDecodeError, OSError) as exc:
        problem = Problem(
            path.name, None, None, None, Said("model.toml_error", {"error": str(exc)})
        )
        raise WorkspaceError(
            Said("model.bad_toml", {"path": str(path), "error": str(exc)}), problem
        ) from None
    return parse_settings(raw, path)
