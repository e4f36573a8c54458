"""Which partners work in a village's municipality: the trekker (owner) list of a meeting.

A session in Roden should offer the partners of Noordenveld, not every club of
Westerveld too. ``partners.csv`` has no municipality column (a partner is a name and
a kind), so the tie is read from what the workspace already says:

- a commitment of the partner in one of the municipality's villages, or
- the municipality's name or one of its villages' names, as a whole word, in the
  partner's name ("Sociaal team Noordenveld", "Kerkgemeente Havelte").

A partner tied to no municipality at all (GGD Drenthe, a regional food bank) works
everywhere and is listed for every village; a partner tied only to other
municipalities is left out of the list (the session app finds it by search).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace


def partner_municipalities(ws: Workspace) -> dict[str, set[str]]:
    """partner_id -> the municipalities it is tied to (empty: regional)."""
    villages = ws.villages
    municipality_of = dict(zip(villages["village_id"], villages["municipality"], strict=False))
    names: dict[str, str] = dict(zip(villages["name"], villages["municipality"], strict=False))
    names |= {m: m for m in villages["municipality"].dropna().unique()}
    words = {
        municipality: re.compile(
            r"\b(?:"
            + "|".join(re.escape(n) for n, m in names.items() if m == municipality)
            + r")\b"
        )
        for municipality in set(names.values())
    }
    ties: dict[str, set[str]] = {str(p): set() for p in ws.partners["partner_id"]}
    commitments = ws.commitments
    for partner, village in zip(commitments["partner_id"], commitments["village_id"], strict=False):
        if str(partner) in ties and village in municipality_of:
            ties[str(partner)].add(municipality_of[village])
    for partner, name in zip(ws.partners["partner_id"], ws.partners["name"], strict=False):
        for municipality, pattern in words.items():
            if pattern.search(str(name)):
                ties[str(partner)].add(municipality)
    return ties


def local_partners(ws: Workspace, village_id: str | None) -> pd.DataFrame:
    """The partners (``partner_id``, ``name``) working in the village's municipality or
    regionally, in the order of partners.csv; every partner when no village is given."""
    partners = ws.partners[["partner_id", "name"]].astype(str)
    if not village_id:
        return partners.reset_index(drop=True)
    municipality = ws.village(village_id)["municipality"]
    ties = partner_municipalities(ws)
    keep = [not ties[p] or municipality in ties[p] for p in partners["partner_id"]]
    return partners[keep].reset_index(drop=True)
