"""Facilitated sessions: a working group or sounding board prioritises, reflects and decides.

Every call that records something is one transaction that first bumps the
session's revision. That one UPDATE serialises writers per session in SQLite
and PostgreSQL alike, so the "a participant cannot place more dots than they
have" check holds when two screens in one room vote at the same moment, and a
screen can poll ``revision`` to see that the other one wrote something.

Tallies are computed from the rows on every call, never cached: what the
projector shows is what the store holds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from planning.errors import SessionError
from planning.store import meeting_tables as tables
from planning.store import open_store
from planning.store.engine import Store
from planning.store.scenarios import chosen
from planning.workspace.folder import Workspace, open_workspace
from planning.workspace.scenario_file import ACTION_KINDS as ACTION_KIND_CODES
from planning.workspace.scenario_file import Action

SESSION_KINDS: dict[str, tuple[str, str]] = {
    "working_group": ("werkgroep", "working group"),
    "sounding_board": ("klankbordgroep", "sounding board"),
}

#: attendance is counted per kind of organisation, never per name: code -> (Dutch, English)
ORG_KINDS: dict[str, tuple[str, str]] = {
    "residents": ("inwoners", "residents"),
    "club": ("verenigingen", "clubs and associations"),
    "welfare": ("welzijn", "welfare"),
    "care": ("zorg", "care"),
    "education": ("onderwijs", "education"),
    "ggd": ("GGD", "public health service (GGD)"),
    "sport": ("sport", "sport"),
    "social_team": ("sociaal team", "social team"),
    "mee": ("MEE", "MEE"),
    "church": ("kerken", "churches"),
    "municipality": ("gemeente", "municipality"),
    "other": ("overig", "other"),
}

_ACTION_KIND_WORDS: dict[str, tuple[str, str]] = {
    "activity": ("activiteit", "activity"),
    "place": ("plek", "place"),
    "adaptation": ("aanpassing", "adaptation"),
    "partnership": ("samenwerking", "partnership"),
    "outreach": ("outreach", "outreach"),
}
#: the scenario file's action kinds (the one code list) -> (Dutch, English) as sessions show them
ACTION_KINDS: dict[str, tuple[str, str]] = {
    kind: _ACTION_KIND_WORDS[kind] for kind in ACTION_KIND_CODES
}

CARD_KINDS: dict[str, tuple[str, str]] = {
    "good": ("goed", "works well"),
    "better": ("beter", "could be better"),
}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def store_for(target: Workspace | Path | str | Store) -> Store:
    """The store of a workspace (one per process, planning.store.open_store); a Store passes
    through, so the session app and the tests can hand one in."""
    if isinstance(target, Store):
        return target
    return open_store(target)


def _workspace(target: Workspace | Path | str | None) -> Workspace:
    return target if isinstance(target, Workspace) else open_workspace(target)


def _touch(conn: Any, session_id: int) -> None:
    """Bump the revision: takes the write lock first, and fails clearly on an unknown id."""
    result = conn.execute(
        sa.update(tables.sessions)
        .where(tables.sessions.c.session_id == session_id)
        .values(updated_at=_now(), revision=tables.sessions.c.revision + 1)
    )
    if result.rowcount != 1:
        raise SessionError(f"bijeenkomst {session_id} bestaat niet (meer) in de opslag")


# -- sessions ----------------------------------------------------------------------------------


def create_session(
    ws: Workspace | Path | str,
    *,
    kind: str,
    village_id: str,
    title: str,
    held_on: date | None = None,
    dots_per_participant: int = 3,
    options: Iterable[tuple[str, str]] | None = None,
    option_kind: str = "theme",
) -> int:
    """A new session; its options default to the workspace's themes. Returns its id."""
    workspace = _workspace(ws)
    if kind not in SESSION_KINDS:
        raise SessionError(
            f"soort bijeenkomst '{kind}' bestaat niet; kies werkgroep of klankbordgroep"
        )
    workspace.village(village_id)  # clear error with a suggestion
    if not str(title).strip():
        raise SessionError("geef de bijeenkomst een titel")
    if dots_per_participant < 1:
        raise SessionError("elke deelnemer heeft minstens 1 stip")
    if options is None:
        options = [
            (code, _capital(workspace.settings.theme_label(code)))
            for code in workspace.settings.themes
        ]
    now = _now()
    with store_for(workspace).transaction() as conn:
        result = conn.execute(
            tables.sessions.insert().values(
                kind=kind,
                village_id=village_id,
                held_on=held_on or date.today(),
                title=str(title).strip(),
                dots_per_participant=int(dots_per_participant),
                created_at=now,
                updated_at=now,
                revision=0,
            )
        )
        session_id = int(result.inserted_primary_key[0])
        rows = [
            {"session_id": session_id, "code": c, "label": lbl, "kind": option_kind, "position": i}
            for i, (c, lbl) in enumerate(options)
        ]
        if rows:
            conn.execute(tables.session_options.insert(), rows)
    return session_id


def scenario_options(ws: Workspace | Path | str, village_id: str) -> list[tuple[str, str]]:
    """The actions of the village's chosen scenario as options to vote on."""

    scenario = chosen(store_for(ws), village_id)
    if scenario is None or not scenario.actions:
        raise SessionError(
            f"voor kern '{village_id}' is nog geen scenario met acties gekozen; "
            "kies er een in notebook 05 of stem op thema's"
        )
    return [(f"actie-{i + 1}", a.title) for i, a in enumerate(scenario.actions)]


def list_sessions(ws: Workspace | Path | str, village_id: str | None = None) -> pd.DataFrame:
    """Sessions, newest first."""
    stmt = sa.select(tables.sessions).order_by(
        tables.sessions.c.held_on.desc(), tables.sessions.c.session_id.desc()
    )
    if village_id:
        stmt = stmt.where(tables.sessions.c.village_id == village_id)
    rows = store_for(ws).read(stmt)
    columns = [c.name for c in tables.sessions.columns]
    return pd.DataFrame(rows, columns=columns)


def get_session(ws: Workspace | Path | str, session_id: int) -> dict[str, Any]:
    rows = store_for(ws).read(
        sa.select(tables.sessions).where(tables.sessions.c.session_id == session_id)
    )
    if not rows:
        raise SessionError(f"bijeenkomst {session_id} bestaat niet in de opslag")
    return rows[0]


def revision(ws: Workspace | Path | str, session_id: int) -> int:
    """How many inputs the session has had; a screen polls this to know it must redraw."""
    return int(get_session(ws, session_id)["revision"])


def options(ws: Workspace | Path | str, session_id: int) -> pd.DataFrame:
    stmt = (
        sa.select(
            tables.session_options.c.code,
            tables.session_options.c.label,
            tables.session_options.c.kind,
        )
        .where(tables.session_options.c.session_id == session_id)
        .order_by(tables.session_options.c.position, tables.session_options.c.option_id)
    )
    return pd.DataFrame(store_for(ws).read(stmt), columns=["code", "label", "kind"])


def add_option(
    ws: Workspace | Path | str, session_id: int, code: str, label: str, kind: str = "action"
) -> None:
    """A candidate action (or theme) to vote on, added during the session."""
    code, label = str(code).strip(), str(label).strip()
    if not code or not label:
        raise SessionError("een keuze heeft een code en een omschrijving nodig")
    if kind not in ("theme", "action"):
        raise SessionError(f"soort keuze '{kind}': verwacht theme of action")
    with store_for(ws).transaction() as conn:
        _touch(conn, session_id)
        exists = conn.execute(
            sa.select(sa.func.count())
            .select_from(tables.session_options)
            .where(
                tables.session_options.c.session_id == session_id,
                tables.session_options.c.code == code,
            )
        ).scalar_one()
        if exists:
            raise SessionError(f"keuze '{code}' staat al in deze bijeenkomst")
        position = conn.execute(
            sa.select(sa.func.count())
            .select_from(tables.session_options)
            .where(tables.session_options.c.session_id == session_id)
        ).scalar_one()
        conn.execute(
            tables.session_options.insert().values(
                session_id=session_id, code=code, label=label, kind=kind, position=int(position)
            )
        )


def _option_codes(conn: Any, session_id: int) -> list[str]:
    return list(
        conn.execute(
            sa.select(tables.session_options.c.code)
            .where(tables.session_options.c.session_id == session_id)
            .order_by(tables.session_options.c.position, tables.session_options.c.option_id)
        ).scalars()
    )


# -- inputs ------------------------------------------------------------------------------------


def record_attendance(
    ws: Workspace | Path | str, session_id: int, org_kind: str, count: int
) -> None:
    """How many people of one kind of organisation are present (replaces the earlier count)."""
    if org_kind not in ORG_KINDS:
        raise SessionError(
            f"soort organisatie '{org_kind}' bestaat niet; kies uit {', '.join(ORG_KINDS)}"
        )
    if isinstance(count, bool) or int(count) != count or count < 0:
        raise SessionError(f"aantal aanwezigen {count!r}: verwacht een heel getal van 0 of meer")
    with store_for(ws).transaction() as conn:
        _touch(conn, session_id)
        conn.execute(
            sa.delete(tables.session_attendance).where(
                tables.session_attendance.c.session_id == session_id,
                tables.session_attendance.c.org_kind == org_kind,
            )
        )
        conn.execute(
            tables.session_attendance.insert().values(
                session_id=session_id, org_kind=org_kind, count=int(count), recorded_at=_now()
            )
        )


def cast_dots(
    ws: Workspace | Path | str, session_id: int, participant: int, option: str, dots: int = 1
) -> int:
    """Place dots on an option; returns the dots the participant has left.

    The check runs after the session row is locked, so two screens cannot together
    give one participant more dots than the session allows.
    """
    if participant < 1:
        raise SessionError("deelnemersnummer: verwacht 1 of hoger")
    if dots < 1:
        raise SessionError("plaats minstens 1 stip")
    with store_for(ws).transaction() as conn:
        _touch(conn, session_id)
        if option not in _option_codes(conn, session_id):
            raise SessionError(f"'{option}' is geen keuze in deze bijeenkomst")
        allowed = conn.execute(
            sa.select(tables.sessions.c.dots_per_participant).where(
                tables.sessions.c.session_id == session_id
            )
        ).scalar_one()
        used = conn.execute(
            sa.select(sa.func.coalesce(sa.func.sum(tables.session_votes.c.dots), 0)).where(
                tables.session_votes.c.session_id == session_id,
                tables.session_votes.c.participant == participant,
            )
        ).scalar_one()
        if used + dots > allowed:
            raise SessionError(
                f"deelnemer {participant} heeft nog {allowed - used} van de {allowed} stippen"
            )
        conn.execute(
            tables.session_votes.insert().values(
                session_id=session_id,
                participant=int(participant),
                option=option,
                dots=int(dots),
                cast_at=_now(),
            )
        )
    return int(allowed - used - dots)


def dots_left(ws: Workspace | Path | str, session_id: int, participant: int) -> int:
    allowed = int(get_session(ws, session_id)["dots_per_participant"])
    used = store_for(ws).read(
        sa.select(sa.func.coalesce(sa.func.sum(tables.session_votes.c.dots), 0).label("n")).where(
            tables.session_votes.c.session_id == session_id,
            tables.session_votes.c.participant == participant,
        )
    )[0]["n"]
    return allowed - int(used)


def record_ranking(
    ws: Workspace | Path | str, session_id: int, participant: int, ranked: Sequence[str]
) -> None:
    """One participant's order of preference (first = best); replaces their earlier one."""
    ranked = [str(r) for r in ranked if r]
    if participant < 1:
        raise SessionError("deelnemersnummer: verwacht 1 of hoger")
    if not ranked:
        raise SessionError("kies minstens een eerste keus")
    if len(set(ranked)) != len(ranked):
        raise SessionError("elke keuze mag maar één keer in de rangorde staan")
    now = _now()
    with store_for(ws).transaction() as conn:
        _touch(conn, session_id)
        unknown = [r for r in ranked if r not in _option_codes(conn, session_id)]
        if unknown:
            raise SessionError(f"'{unknown[0]}' is geen keuze in deze bijeenkomst")
        conn.execute(
            sa.delete(tables.session_rankings).where(
                tables.session_rankings.c.session_id == session_id,
                tables.session_rankings.c.participant == participant,
            )
        )
        conn.execute(
            tables.session_rankings.insert(),
            [
                {
                    "session_id": session_id,
                    "participant": int(participant),
                    "position": i + 1,
                    "option": code,
                    "ranked_at": now,
                }
                for i, code in enumerate(ranked)
            ],
        )


def add_card(
    ws: Workspace | Path | str, session_id: int, kind: str, text: str, theme: str | None = None
) -> int:
    """A "goed" or "beter" card; returns its id."""
    if kind not in CARD_KINDS:
        raise SessionError(f"soort kaart '{kind}': verwacht good (goed) of better (beter)")
    text = str(text).strip()
    if not text:
        raise SessionError("de kaart is leeg; schrijf eerst iets op")
    with store_for(ws).transaction() as conn:
        _touch(conn, session_id)
        result = conn.execute(
            tables.session_cards.insert().values(
                session_id=session_id, kind=kind, text=text, theme=theme or None, written_at=_now()
            )
        )
        return int(result.inserted_primary_key[0])


def record_decision(
    ws: Workspace | Path | str,
    session_id: int,
    *,
    title: str,
    kind: str,
    themes: Sequence[str],
    partner_id: str | None,
    horizon: int,
    start_year: int | None = None,
    end_year: int | None = None,
    facility_id: str | None = None,
    one_off_cost: float | None = None,
    yearly_cost: float | None = None,
    reach_per_week: float | None = None,
    note: str | None = None,
) -> int:
    """A decision that becomes a scenario action, with an owner (partner) and a horizon."""
    workspace = _workspace(ws)
    settings = workspace.settings
    title = str(title).strip()
    if not title:
        raise SessionError("geef het besluit een titel")
    if kind not in ACTION_KINDS:
        raise SessionError(f"soort actie '{kind}': verwacht een van {', '.join(ACTION_KINDS)}")
    unknown = [th for th in themes if th not in settings.themes]
    if unknown:
        raise SessionError(f"thema '{unknown[0]}' bestaat niet in deze werkmap")
    if horizon not in settings.horizons:
        raise SessionError(
            f"termijn {horizon}: verwacht {' / '.join(str(h) for h in settings.horizons)} jaar"
        )
    if partner_id and partner_id not in set(workspace.partners["partner_id"].astype(str)):
        raise SessionError(f"partner '{partner_id}' staat niet in partners.csv")
    start = int(start_year) if start_year else settings.base_year + 1
    if start > settings.base_year + horizon:
        raise SessionError(
            f"startjaar {start} ligt na de termijn van {horizon} jaar "
            f"({settings.base_year + horizon})"
        )
    if end_year is not None and end_year < start:
        raise SessionError(f"eindjaar {end_year} ligt voor het startjaar {start}")
    with store_for(workspace).transaction() as conn:
        _touch(conn, session_id)
        result = conn.execute(
            tables.session_decisions.insert().values(
                session_id=session_id,
                title=title,
                kind=kind,
                themes=";".join(themes),
                partner_id=partner_id or None,
                horizon=int(horizon),
                start_year=start,
                end_year=end_year,
                facility_id=facility_id or None,
                one_off_cost=one_off_cost,
                yearly_cost=yearly_cost,
                reach_per_week=reach_per_week,
                note=note,
                decided_at=_now(),
            )
        )
        return int(result.inserted_primary_key[0])


# -- tallies -----------------------------------------------------------------------------------


def attendance(ws: Workspace | Path | str, session_id: int, lang: str = "nl") -> pd.DataFrame:
    """Counts per kind of organisation (no names are ever stored)."""
    rows = store_for(ws).read(
        sa.select(tables.session_attendance.c.org_kind, tables.session_attendance.c.count).where(
            tables.session_attendance.c.session_id == session_id
        )
    )
    frame = pd.DataFrame(rows, columns=["org_kind", "count"])
    order = {k: i for i, k in enumerate(ORG_KINDS)}
    frame = frame.sort_values("org_kind", key=lambda s: s.map(order)).reset_index(drop=True)
    frame["label"] = [ORG_KINDS[k][1 if lang == "en" else 0] for k in frame["org_kind"]]
    return frame[["org_kind", "label", "count"]]


def dot_tally(ws: Workspace | Path | str, session_id: int) -> pd.DataFrame:
    """Dots and voters per option, every option listed, most dots first."""
    rows = store_for(ws).read(
        sa.select(
            tables.session_votes.c.option,
            sa.func.sum(tables.session_votes.c.dots).label("dots"),
            sa.func.count(sa.distinct(tables.session_votes.c.participant)).label("participants"),
        )
        .where(tables.session_votes.c.session_id == session_id)
        .group_by(tables.session_votes.c.option)
    )
    votes = {r["option"]: r for r in rows}
    opts = options(ws, session_id)
    frame = pd.DataFrame(
        {
            "option": opts["code"],
            "label": opts["label"],
            "dots": [int(votes.get(c, {}).get("dots", 0)) for c in opts["code"]],
            "participants": [int(votes.get(c, {}).get("participants", 0)) for c in opts["code"]],
        }
    )
    return frame.sort_values("dots", ascending=False, kind="stable").reset_index(drop=True)


def ranking_tally(ws: Workspace | Path | str, session_id: int) -> pd.DataFrame:
    """Points per option: with n options, a first choice earns n points, a second n-1, ..."""
    rows = store_for(ws).read(
        sa.select(tables.session_rankings.c.option, tables.session_rankings.c.position).where(
            tables.session_rankings.c.session_id == session_id
        )
    )
    opts = options(ws, session_id)
    n = len(opts)
    points = dict.fromkeys(opts["code"], 0)
    firsts = dict.fromkeys(opts["code"], 0)
    for r in rows:
        points[r["option"]] = points.get(r["option"], 0) + max(n - r["position"] + 1, 0)
        if r["position"] == 1:
            firsts[r["option"]] = firsts.get(r["option"], 0) + 1
    frame = pd.DataFrame(
        {
            "option": opts["code"],
            "label": opts["label"],
            "points": [points[c] for c in opts["code"]],
            "first_choices": [firsts[c] for c in opts["code"]],
        }
    )
    return frame.sort_values("points", ascending=False, kind="stable").reset_index(drop=True)


def rankers(ws: Workspace | Path | str, session_id: int) -> int:
    """How many participants handed in a ranking."""
    return int(
        store_for(ws).read(
            sa.select(
                sa.func.count(sa.distinct(tables.session_rankings.c.participant)).label("n")
            ).where(tables.session_rankings.c.session_id == session_id)
        )[0]["n"]
    )


def cards(ws: Workspace | Path | str, session_id: int) -> pd.DataFrame:
    rows = store_for(ws).read(
        sa.select(
            tables.session_cards.c.card_id,
            tables.session_cards.c.kind,
            tables.session_cards.c.text,
            tables.session_cards.c.theme,
        )
        .where(tables.session_cards.c.session_id == session_id)
        .order_by(tables.session_cards.c.card_id)
    )
    return pd.DataFrame(rows, columns=["card_id", "kind", "text", "theme"])


def decisions(ws: Workspace | Path | str, session_id: int | None = None) -> pd.DataFrame:
    """Decisions of one session (or all); ``themes`` as a list."""
    stmt = sa.select(tables.session_decisions).order_by(tables.session_decisions.c.decision_id)
    if session_id is not None:
        stmt = stmt.where(tables.session_decisions.c.session_id == session_id)
    rows = store_for(ws).read(stmt)
    frame = pd.DataFrame(rows, columns=[c.name for c in tables.session_decisions.columns])
    frame["themes"] = [[x for x in str(v).split(";") if x] for v in frame["themes"]]
    return frame


ACTION_FIELDS = (
    "title",
    "kind",
    "themes",
    "facility_id",
    "partner_id",
    "start_year",
    "end_year",
    "one_off_cost",
    "yearly_cost",
    "reach_per_week",
)


def decision_fields(decision: dict[str, Any] | pd.Series) -> dict[str, Any]:
    """The scenario-action fields of a decision (the contract of the scenario file)."""
    out: dict[str, Any] = {}
    for key in ACTION_FIELDS:
        value = decision.get(key)
        if value is None or (isinstance(value, float) and pd.isna(value)):
            continue
        out[key] = list(value) if key == "themes" else value
    for key in ("start_year", "end_year"):
        if key in out:
            out[key] = int(out[key])
    return out


def decision_actions(ws: Workspace | Path | str, session_id: int) -> list[Any]:
    """The session's decisions as scenario actions, ready to add to a scenario file."""
    rows = decisions(ws, session_id)
    fields = [decision_fields(row) for _, row in rows.iterrows()]
    accepted = {f.name for f in dataclasses.fields(Action)}
    return [Action(**{k: v for k, v in f.items() if k in accepted}) for f in fields]


def summary(ws: Workspace | Path | str, session_id: int) -> dict[str, Any]:
    """Everything the room produced, in one dict (for the plan and the notebook)."""
    info = get_session(ws, session_id)
    att = attendance(ws, session_id)
    return {
        "session": info,
        "present": int(att["count"].sum()),
        "attendance": att,
        "dots": dot_tally(ws, session_id),
        "ranking": ranking_tally(ws, session_id),
        "rankers": rankers(ws, session_id),
        "cards": cards(ws, session_id),
        "decisions": decisions(ws, session_id),
    }
