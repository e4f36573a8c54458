"""A kern by the name people write: its id, its name, or a woonplaats it holds.

Staff and residents write "Lhee", not ``lhee``; a kern added from the register is known
by its name first. Every table that refers to a kern (facilities, commitments,
survey answers, matches) therefore accepts the kern's id, its name, or one of the
``woonplaatsen`` villages.csv lists for it, compared without regard to case and never
guessed from a near miss. A name two kernen share is left as written, so the check names it.
"""

from __future__ import annotations

from collections.abc import MutableMapping

import pandas as pd


def name_key(name: object) -> str:
    """A kern's name as compared: case and surrounding spaces aside ('LHEE', ' Lhee').

    Only case: 'nieuw roden' for the kern 'Nieuw-Roden' stays unknown, so the check names it
    with its suggestion instead of guessing (README, 'planning check')."""
    return " ".join(str(name).split()).casefold()


def village_lookup(villages: pd.DataFrame) -> dict[str, str]:
    """Written name -> kern id: ids first, then names, then woonplaatsen; a name that
    points at two kernen is left out (ambiguous)."""
    if villages.empty or "village_id" not in villages:
        return {}
    ids = [str(v) for v in villages["village_id"]]
    lookup = {name_key(v): v for v in ids}
    seen: dict[str, set[str]] = {}
    names = villages["name"] if "name" in villages else pd.Series([None] * len(ids))
    places = (
        villages["woonplaatsen"] if "woonplaatsen" in villages else pd.Series([None] * len(ids))
    )
    for vid, name, listed in zip(ids, names, places, strict=False):
        written = [name] + (list(listed) if isinstance(listed, list) else [])
        for item in written:
            if item is None or (isinstance(item, float) and pd.isna(item)):
                continue
            seen.setdefault(name_key(item), set()).add(vid)
    for key, owners in seen.items():
        if key not in lookup and len(owners) == 1:
            lookup[key] = next(iter(owners))
    return lookup


def resolve_village_names(
    frames: MutableMapping[str, pd.DataFrame], tables: tuple[str, ...]
) -> None:
    """Replace, in each table's village_id and in provisions' villages, a kern's name by its
    id (the frame is replaced, not changed in place); unknown values stay for the check."""
    lookup = village_lookup(frames["villages"])
    if not lookup:
        return
    ids = set(lookup.values())

    def one(value: object) -> object:
        if not isinstance(value, str) or value in ids:
            return value
        return lookup.get(name_key(value), value)

    for table in tables:
        frame = frames.get(table)
        if frame is None or frame.empty or "village_id" not in frame:
            continue
        resolved = frame["village_id"].map(one)
        if not resolved.equals(frame["village_id"]):
            frames[table] = frame.assign(village_id=resolved)
    provisions = frames.get("provisions")
    if provisions is not None and not provisions.empty and "villages" in provisions:
        resolved = provisions["villages"].map(
            lambda cell: [one(v) for v in cell] if isinstance(cell, list) else cell
        )
        if resolved.tolist() != provisions["villages"].tolist():
            frames["provisions"] = provisions.assign(villages=resolved)
