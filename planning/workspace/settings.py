"""workspace.toml -> Settings.

Every number a planner might argue about (walking distance, what counts as
low-threshold, the horizons) lives in workspace.toml rather than in code, so a
municipality can change it without a developer. Sections this module does not
know are kept in ``Settings.raw`` for the modules that own them (projection,
lexicon, indicators...).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planning.errors import Problem, WorkspaceError

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


@dataclass(frozen=True)
class Thresholds:
    """What 'near', 'accessible' and 'low-threshold' mean in this municipality."""

    walk_m: float = 800.0
    cycle_m: float = 3000.0
    transit_stop_max_m: float = 500.0
    min_open_hours_per_week: float = 10.0
    #: "both" (accessible and low-threshold), "accessible", "low_threshold" or "any"
    meeting_place_rule: str = "both"
    #: a theme whose supply covers less than this share of demand is a gap
    gap_coverage: float = 0.8


@dataclass(frozen=True)
class Settings:
    name: str
    municipality: str
    base_year: int
    lang: str = "nl"
    themes: dict[str, tuple[str, str]] = field(default_factory=lambda: dict(DEFAULT_THEMES))
    horizons: tuple[int, ...] = DEFAULT_HORIZONS
    thresholds: Thresholds = field(default_factory=Thresholds)
    store_url: str | None = None
    generated: bool = False
    raw: dict[str, Any] = field(default_factory=dict)

    def theme_label(self, code: str, lang: str | None = None) -> str:
        nl, en = self.themes.get(code, (code, code))
        return en if (lang or self.lang) == "en" else nl

    def section(self, name: str) -> dict[str, Any]:
        """A top-level table of workspace.toml that another module owns."""
        value = self.raw.get(name, {})
        return value if isinstance(value, dict) else {}


def _fail(path: Path, key: str, value: Any, expected: str) -> WorkspaceError:
    problem = Problem(path.name, None, key, value, f"verwacht {expected}")
    return WorkspaceError(f"{path}: '{key}' = {value!r}, verwacht {expected}", problem)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def load_settings(path: Path) -> Settings:
    """Read workspace.toml; a broken or missing file is a WorkspaceError."""
    if not path.is_file():
        raise WorkspaceError(
            f"{path}: workspace.toml ontbreekt; maak er een aan (zie README) of kies een "
            "andere map met --workspace",
            Problem(path.name, None, None, None, "bestand ontbreekt"),
        )
    try:
        # TOML is UTF-8, but Notepad may have saved it as cp1252: read what was meant
        raw = tomllib.loads(_decode(path.read_bytes()))
    except (tomllib.TOMLDecodeError, OSError) as exc:
        raise WorkspaceError(
            f"{path}: geen geldige TOML ({exc})", Problem(path.name, None, None, None, str(exc))
        ) from None

    def get_int(key: str, default: int) -> int:
        value = raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(path, key, value, "een heel getal")
        return value

    base_year = get_int("base_year", 2026)
    lang = raw.get("lang", "nl")
    if lang not in ("nl", "en"):
        raise _fail(path, "lang", lang, "'nl' of 'en'")
    horizons = raw.get("horizons", list(DEFAULT_HORIZONS))
    if not (
        isinstance(horizons, list)
        and horizons
        and all(isinstance(h, int) and not isinstance(h, bool) and h > 0 for h in horizons)
    ):
        raise _fail(path, "horizons", horizons, "een lijst van positieve jaren, bv. [3, 5, 10]")

    themes = dict(DEFAULT_THEMES)
    theme_table = raw.get("themes")
    if theme_table is not None:
        if not isinstance(theme_table, dict):
            raise _fail(path, "themes", theme_table, 'een tabel: code = "label" of [nl, en]')
        themes = {}
        for code, label in theme_table.items():
            if isinstance(label, str):
                themes[code] = (label, DEFAULT_THEMES.get(code, (label, label))[1])
            elif (
                isinstance(label, list)
                and len(label) == 2
                and all(isinstance(x, str) for x in label)
            ):
                themes[code] = (label[0], label[1])
            else:
                raise _fail(path, f"themes.{code}", label, 'een tekst of ["nl", "en"]')

    dist = raw.get("thresholds", {})
    if not isinstance(dist, dict):
        raise _fail(path, "thresholds", dist, "een tabel")
    defaults = Thresholds()
    kwargs: dict[str, Any] = {}
    for key in Thresholds.__dataclass_fields__:
        if key not in dist:
            continue
        value = dist[key]
        default = getattr(defaults, key)
        if isinstance(default, str):
            if value not in ("both", "accessible", "low_threshold", "any"):
                raise _fail(
                    path,
                    f"thresholds.{key}",
                    value,
                    "'both', 'accessible', 'low_threshold' of 'any'",
                )
        elif isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise _fail(path, f"thresholds.{key}", value, "een getal van 0 of meer")
        kwargs[key] = value
    unknown = set(dist) - set(Thresholds.__dataclass_fields__)
    if unknown:
        raise _fail(
            path,
            "thresholds",
            sorted(unknown),
            "alleen " + ", ".join(Thresholds.__dataclass_fields__),
        )

    store = raw.get("store", {})
    store_url = store.get("url") if isinstance(store, dict) else None

    return Settings(
        name=str(raw.get("name", path.parent.name)),
        municipality=str(raw.get("municipality", "")),
        base_year=base_year,
        lang=lang,
        themes=themes,
        horizons=tuple(horizons),
        thresholds=Thresholds(**kwargs),
        store_url=store_url,
        generated=bool(raw.get("generated", False)),
        raw=raw,
    )
