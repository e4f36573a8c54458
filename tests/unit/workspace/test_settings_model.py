"""workspace.toml is read into one pydantic model, used as it is (no mirror, no raw dict)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from planning.workspace.settings import DEFAULT_THEMES, parse_settings


def test_the_settings_are_the_model_with_name_themes_and_horizons_resolved() -> None:
    raw = {"municipality": "X", "horizons": [5, 10], "themes": {"youth": "jeugd"}}
    s = parse_settings(raw, Path("Dorp") / "workspace.toml")
    assert isinstance(s, BaseModel) and not hasattr(s, "raw")
    assert (s.name, s.horizons, s.themes) == ("Dorp", (5, 10), {"youth": ("jeugd", "young people")})
    assert parse_settings({}, Path("D") / "workspace.toml").themes == DEFAULT_THEMES
    assert s.theme_label("youth", "en") == "young people"
