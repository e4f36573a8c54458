"""Every check of a scenario file against the workspace, recorded: the problems (catalogue
key, its text in Dutch and English) and where they stand (file, action, field) for a set of
broken files, so the checks can move without a reader seeing a different sentence."""

from __future__ import annotations

import math
from typing import Any

import pytest

from planning.errors import ScenarioError
from planning.workspace.folder import Workspace, open_workspace
from planning.workspace.scenario_file import Action, Scenario, check, load_toml, validate

NAN, INF = math.nan, math.inf

HEAD = 'name = "Proef"\nvillage_id = "roden"\n'


def act(title: str, kind: str, *lines: str) -> str:
    """One [[actions]] table in TOML: its title, kind and further lines."""
    return "\n[[actions]]\n" + f'title = "{title}"\nkind = "{kind}"\n' + "\n".join(lines) + "\n"


#: every cross-check of a scenario file against the workspace, one broken file each
CASES: dict[str, str] = {
    "village_near.toml": 'name = "Proef"\nvillage_id = "rodn"\n' + act("Koffie", "activity"),
    "village_far.toml": 'name = "Proef"\nvillage_id = "qqqqqq"\n' + act("Koffie", "activity"),
    "kind.toml": HEAD + act("Feest", "feest"),
    "themes.toml": HEAD
    + act("Koffie", "activity", 'themes = ["mantelzorgg", "Ontmoeting", "xyzzy", "meeting"]'),
    "partner.toml": HEAD
    + act("Koffie", "activity", 'partner_id = "wim"')
    + act("Thee", "activity", 'partner_id = "niemand-bekend"'),
    "years.toml": HEAD
    + act("Koffie", "activity", "start_year = 2030", "end_year = 2027")
    + act("Thee", "activity", "start_year = 1800", "end_year = 2500")
    + act("Soep", "activity", "start_year = 2300", "end_year = 1850"),
    "negative.toml": HEAD
    + act(
        "Koffie",
        "activity",
        "one_off_cost = -1",
        "yearly_cost = -2.5",
        "reach_per_week = -3",
        "volunteers_needed = -4",
    ),
    "place_ids.toml": HEAD
    + act("Zonder id", "place")
    + act("Bestaat al", "place", 'facility_id = "roden-church"')
    + act("Nieuw", "place", 'facility_id = "roden-nieuw"')
    + act("Weer nieuw", "place", 'facility_id = "roden-nieuw"')
    + act("Gebruikt nieuw", "activity", 'facility_id = "roden-nieuw"')
    + act(
        "Met changes",
        "place",
        'facility_id = "roden-ander"',
        "[actions.changes]",
        "step_free = true",
    ),
    "place_table.toml": HEAD
    + act(
        "Paviljoen",
        "place",
        'facility_id = "roden-paviljoen"',
        "[actions.facility]",
        "name = 5",
        'naam = "x"',
        "qqqq = 1",
        'step_free = "ja"',
        "walk_in = 1",
        "capacity = 2.5",
        "open_hours_per_week = -3",
        "transit_stop_m = inf",
        "kind = true",
        "lat = 40.0",
        'lon = "zes"',
    )
    + act(
        "Paviljoen 2",
        "place",
        'facility_id = "roden-paviljoen-2"',
        "[actions.facility]",
        "capacity = -1",
        "lat = nan",
        "free_entry = false",
        "transit_stop_m = 12.5",
    ),
    "facility_ref.toml": HEAD
    + act("Koffie", "activity", 'facility_id = "roden-chrch"')
    + act("Thee", "outreach", 'facility_id = "zzzzzzzzzz"'),
    "adaptation.toml": HEAD
    + act("Leeg", "adaptation")
    + act("Zonder changes", "adaptation", 'facility_id = "roden-church"')
    + act(
        "Tabel",
        "adaptation",
        'facility_id = "roden-church"',
        "[actions.changes]",
        "stepfree = true",
        "zzzz = 1",
        'accessible_toilet = "ja"',
        "capacity = -2",
        'open_hours_per_week = "veel"',
        'name = "nieuw"',
    )
    + act(
        "Fout id", "adaptation", 'facility_id = "roden-kerk"', "[actions.changes]", "walk_in = true"
    ),
    "only_places.toml": HEAD
    + act("Met changes", "activity", "[actions.changes]", "step_free = true")
    + act("Met facility", "partnership", "[actions.facility]", 'name = "x"')
    + act(
        "Met beide",
        "outreach",
        "[actions.changes]",
        "step_free = true",
        "[actions.facility]",
        'name = "x"',
    ),
    "many.toml": 'name = "Proef"\nvillage_id = "nergens"\n'
    + act(
        "Alles",
        "feest",
        'themes = ["xyzzy"]',
        'partner_id = "p"',
        'facility_id = "f"',
        "start_year = 3000",
        "end_year = 1000",
        "yearly_cost = -1",
        "[actions.changes]",
        "step_free = 1",
    ),
}

#: a file wrong in shape is named for its shape only: the fit is checked once the shape holds
CASES["shape_first.toml"] = HEAD + act("Koffie", "feest", 'partner_id = "wim"', "vrijwilligers = 2")


#: today's problems per file: (action, field, value, key, Dutch, English)
EXPECTED: dict[str, list[tuple[Any, ...]]] = {
    "village_near.toml": [
        (
            None,
            "village_id",
            "rodn",
            "ws.unknown_village_near",
            "onbekende kern 'rodn', bedoelt u 'roden'?",
            "unknown village 'rodn', did you mean 'roden'?",
        )
    ],
    "village_far.toml": [
        (
            None,
            "village_id",
            "qqqqqq",
            "ws.unknown_village",
            "onbekende kern 'qqqqqq'",
            "unknown village 'qqqqqq'",
        )
    ],
    "kind.toml": [
        (
            1,
            "kind",
            "feest",
            "scn.action",
            "actie 1 ('Feest'): onbekende soort 'feest'; verwacht een van activity, place, adaptation, partnership, outreach",
            "action 1 ('Feest'): unknown kind 'feest'; expected one of activity, place, adaptation, partnership, outreach",
        )
    ],
    "themes.toml": [
        (
            1,
            "themes",
            "mantelzorgg",
            "scn.action",
            "actie 1 ('Koffie'): onbekend thema 'mantelzorgg'; bedoelt u 'informal_care'? (thema's: loneliness (eenzaamheid), informal_care (mantelzorg), poverty_debt (armoede en schulden), newcomers (nieuwkomers), volunteering (vrijwilligers), youth (jongeren), exercise_health (sport, bewegen en gezonde leefstijl), meeting (ontmoeting), advice (vragen en lichte ondersteuning); zie README, 'The workspace format')",
            "action 1 ('Koffie'): unknown theme 'mantelzorgg'; did you mean 'informal_care'? (themes: loneliness (loneliness), informal_care (informal care), poverty_debt (poverty and debt), newcomers (newcomers), volunteering (volunteering), youth (young people), exercise_health (exercise and healthy lifestyle), meeting (meeting and activities), advice (questions and light support); see README, 'The workspace format')",
        ),
        (
            1,
            "themes",
            "xyzzy",
            "scn.action",
            "actie 1 ('Koffie'): onbekend thema 'xyzzy' (thema's: loneliness (eenzaamheid), informal_care (mantelzorg), poverty_debt (armoede en schulden), newcomers (nieuwkomers), volunteering (vrijwilligers), youth (jongeren), exercise_health (sport, bewegen en gezonde leefstijl), meeting (ontmoeting), advice (vragen en lichte ondersteuning); zie README, 'The workspace format')",
            "action 1 ('Koffie'): unknown theme 'xyzzy' (themes: loneliness (loneliness), informal_care (informal care), poverty_debt (poverty and debt), newcomers (newcomers), volunteering (volunteering), youth (young people), exercise_health (exercise and healthy lifestyle), meeting (meeting and activities), advice (questions and light support); see README, 'The workspace format')",
        ),
    ],
    "partner.toml": [
        (
            1,
            "partner_id",
            "wim",
            "scn.action",
            "actie 1 ('Koffie'): onbekende partner 'wim', bedoelt u 'win'?",
            "action 1 ('Koffie'): unknown partner 'wim', did you mean 'win'?",
        ),
        (
            2,
            "partner_id",
            "niemand-bekend",
            "scn.action",
            "actie 2 ('Thee'): onbekende partner 'niemand-bekend'",
            "action 2 ('Thee'): unknown partner 'niemand-bekend'",
        ),
    ],
    "years.toml": [
        (
            1,
            "end_year",
            2027,
            "scn.action",
            "actie 1 ('Koffie'): het startjaar 2030 ligt na het eindjaar 2027",
            "action 1 ('Koffie'): the start year 2030 is after the end year 2027",
        ),
        (
            2,
            "start_year",
            1800,
            "scn.action",
            "actie 2 ('Thee'): verwacht een jaartal zoals 2027",
            "action 2 ('Thee'): expected a year such as 2027",
        ),
        (
            2,
            "end_year",
            2500,
            "scn.action",
            "actie 2 ('Thee'): verwacht een jaartal zoals 2027",
            "action 2 ('Thee'): expected a year such as 2027",
        ),
        (
            3,
            "end_year",
            1850,
            "scn.action",
            "actie 3 ('Soep'): het startjaar 2300 ligt na het eindjaar 1850",
            "action 3 ('Soep'): the start year 2300 is after the end year 1850",
        ),
        (
            3,
            "start_year",
            2300,
            "scn.action",
            "actie 3 ('Soep'): verwacht een jaartal zoals 2027",
            "action 3 ('Soep'): expected a year such as 2027",
        ),
        (
            3,
            "end_year",
            1850,
            "scn.action",
            "actie 3 ('Soep'): verwacht een jaartal zoals 2027",
            "action 3 ('Soep'): expected a year such as 2027",
        ),
    ],
    "negative.toml": [
        (
            1,
            "one_off_cost",
            -1,
            "scn.action",
            "actie 1 ('Koffie'): one_off_cost mag niet negatief zijn; verwacht 0 of meer",
            "action 1 ('Koffie'): one_off_cost must not be negative; expected 0 or more",
        ),
        (
            1,
            "yearly_cost",
            -2.5,
            "scn.action",
            "actie 1 ('Koffie'): yearly_cost mag niet negatief zijn; verwacht 0 of meer",
            "action 1 ('Koffie'): yearly_cost must not be negative; expected 0 or more",
        ),
        (
            1,
            "reach_per_week",
            -3,
            "scn.action",
            "actie 1 ('Koffie'): reach_per_week mag niet negatief zijn; verwacht 0 of meer",
            "action 1 ('Koffie'): reach_per_week must not be negative; expected 0 or more",
        ),
        (
            1,
            "volunteers_needed",
            -4,
            "scn.action",
            "actie 1 ('Koffie'): volunteers_needed mag niet negatief zijn; verwacht 0 of meer",
            "action 1 ('Koffie'): volunteers_needed must not be negative; expected 0 or more",
        ),
    ],
    "place_ids.toml": [
        (
            1,
            "facility_id",
            None,
            "scn.action",
            "actie 1 ('Zonder id'): een nieuwe plek heeft een facility_id nodig",
            "action 1 ('Zonder id'): a new place needs a facility_id",
        ),
        (
            2,
            "facility_id",
            "roden-church",
            "scn.action",
            "actie 2 ('Bestaat al'): voorziening 'roden-church' bestaat al; kies een nieuwe id of gebruik kind = \"adaptation\"",
            "action 2 ('Bestaat al'): facility 'roden-church' already exists; choose a new id or use kind = \"adaptation\"",
        ),
        (
            4,
            "facility_id",
            "roden-nieuw",
            "scn.action",
            "actie 4 ('Weer nieuw'): voorziening 'roden-nieuw' bestaat al; kies een nieuwe id of gebruik kind = \"adaptation\"",
            "action 4 ('Weer nieuw'): facility 'roden-nieuw' already exists; choose a new id or use kind = \"adaptation\"",
        ),
        (
            6,
            "changes",
            {"step_free": True},
            "scn.action",
            "actie 6 ('Met changes'): een nieuwe plek beschrijft u in [actions.facility]",
            "action 6 ('Met changes'): a new place is described in [actions.facility]",
        ),
    ],
    "place_table.toml": [
        (
            1,
            "facility.name",
            5,
            "scn.action",
            "actie 1 ('Paviljoen'): 'name' moet een tekst zijn",
            "action 1 ('Paviljoen'): 'name' must be a text",
        ),
        (
            1,
            "facility.naam",
            "x",
            "scn.action",
            "actie 1 ('Paviljoen'): onbekende eigenschap 'naam', bedoelt u 'name'?",
            "action 1 ('Paviljoen'): unknown property 'naam', did you mean 'name'?",
        ),
        (
            1,
            "facility.qqqq",
            1,
            "scn.action",
            "actie 1 ('Paviljoen'): onbekende eigenschap 'qqqq'",
            "action 1 ('Paviljoen'): unknown property 'qqqq'",
        ),
        (
            1,
            "facility.step_free",
            "ja",
            "scn.action",
            "actie 1 ('Paviljoen'): 'step_free' moet true of false zijn",
            "action 1 ('Paviljoen'): 'step_free' must be true or false",
        ),
        (
            1,
            "facility.walk_in",
            1,
            "scn.action",
            "actie 1 ('Paviljoen'): 'walk_in' moet true of false zijn",
            "action 1 ('Paviljoen'): 'walk_in' must be true or false",
        ),
        (
            1,
            "facility.capacity",
            2.5,
            "scn.action",
            "actie 1 ('Paviljoen'): 'capacity' moet een heel getal van 0 of meer zijn",
            "action 1 ('Paviljoen'): 'capacity' must be a whole number of 0 or more",
        ),
        (
            1,
            "facility.open_hours_per_week",
            -3,
            "scn.action",
            "actie 1 ('Paviljoen'): 'open_hours_per_week' moet een getal van 0 of meer zijn",
            "action 1 ('Paviljoen'): 'open_hours_per_week' must be a number of 0 or more",
        ),
        (
            1,
            "facility.transit_stop_m",
            INF,
            "scn.action",
            "actie 1 ('Paviljoen'): 'transit_stop_m' moet een getal van 0 of meer zijn",
            "action 1 ('Paviljoen'): 'transit_stop_m' must be a number of 0 or more",
        ),
        (
            1,
            "facility.kind",
            True,
            "scn.action",
            "actie 1 ('Paviljoen'): 'kind' moet een tekst zijn",
            "action 1 ('Paviljoen'): 'kind' must be a text",
        ),
        (
            1,
            "facility.lat",
            40.0,
            "scn.action",
            "actie 1 ('Paviljoen'): 'lat' moet een coördinaat in Nederland zijn",
            "action 1 ('Paviljoen'): 'lat' must be a coordinate in the Netherlands",
        ),
        (
            1,
            "facility.lon",
            "zes",
            "scn.action",
            "actie 1 ('Paviljoen'): 'lon' moet een coördinaat in Nederland zijn",
            "action 1 ('Paviljoen'): 'lon' must be a coordinate in the Netherlands",
        ),
        (
            2,
            "facility.capacity",
            -1,
            "scn.action",
            "actie 2 ('Paviljoen 2'): 'capacity' moet een heel getal van 0 of meer zijn",
            "action 2 ('Paviljoen 2'): 'capacity' must be a whole number of 0 or more",
        ),
        (
            2,
            "facility.lat",
            NAN,
            "scn.action",
            "actie 2 ('Paviljoen 2'): 'lat' moet een coördinaat in Nederland zijn",
            "action 2 ('Paviljoen 2'): 'lat' must be a coordinate in the Netherlands",
        ),
    ],
    "facility_ref.toml": [
        (
            1,
            "facility_id",
            "roden-chrch",
            "scn.action",
            "actie 1 ('Koffie'): onbekende voorziening 'roden-chrch', bedoelt u 'roden-church'?",
            "action 1 ('Koffie'): unknown facility 'roden-chrch', did you mean 'roden-church'?",
        ),
        (
            2,
            "facility_id",
            "zzzzzzzzzz",
            "scn.action",
            "actie 2 ('Thee'): onbekende voorziening 'zzzzzzzzzz'",
            "action 2 ('Thee'): unknown facility 'zzzzzzzzzz'",
        ),
    ],
    "adaptation.toml": [
        (
            1,
            "facility_id",
            None,
            "scn.action",
            "actie 1 ('Leeg'): een aanpassing noemt de voorziening (facility_id)",
            "action 1 ('Leeg'): an adaptation names the facility (facility_id)",
        ),
        (
            1,
            "changes",
            None,
            "scn.action",
            "actie 1 ('Leeg'): een aanpassing noemt wat verandert in [actions.changes], bv. step_free = true",
            "action 1 ('Leeg'): an adaptation names what changes in [actions.changes], e.g. step_free = true",
        ),
        (
            2,
            "changes",
            None,
            "scn.action",
            "actie 2 ('Zonder changes'): een aanpassing noemt wat verandert in [actions.changes], bv. step_free = true",
            "action 2 ('Zonder changes'): an adaptation names what changes in [actions.changes], e.g. step_free = true",
        ),
        (
            3,
            "changes.stepfree",
            True,
            "scn.action",
            "actie 3 ('Tabel'): onbekende eigenschap 'stepfree', bedoelt u 'step_free'?",
            "action 3 ('Tabel'): unknown property 'stepfree', did you mean 'step_free'?",
        ),
        (
            3,
            "changes.zzzz",
            1,
            "scn.action",
            "actie 3 ('Tabel'): onbekende eigenschap 'zzzz'",
            "action 3 ('Tabel'): unknown property 'zzzz'",
        ),
        (
            3,
            "changes.accessible_toilet",
            "ja",
            "scn.action",
            "actie 3 ('Tabel'): 'accessible_toilet' moet true of false zijn",
            "action 3 ('Tabel'): 'accessible_toilet' must be true or false",
        ),
        (
            3,
            "changes.capacity",
            -2,
            "scn.action",
            "actie 3 ('Tabel'): 'capacity' moet een heel getal van 0 of meer zijn",
            "action 3 ('Tabel'): 'capacity' must be a whole number of 0 or more",
        ),
        (
            3,
            "changes.open_hours_per_week",
            "veel",
            "scn.action",
            "actie 3 ('Tabel'): 'open_hours_per_week' moet een getal van 0 of meer zijn",
            "action 3 ('Tabel'): 'open_hours_per_week' must be a number of 0 or more",
        ),
        (
            3,
            "changes.name",
            "nieuw",
            "scn.action",
            "actie 3 ('Tabel'): onbekende eigenschap 'name'",
            "action 3 ('Tabel'): unknown property 'name'",
        ),
        (
            4,
            "facility_id",
            "roden-kerk",
            "scn.action",
            "actie 4 ('Fout id'): onbekende voorziening 'roden-kerk'",
            "action 4 ('Fout id'): unknown facility 'roden-kerk'",
        ),
    ],
    "only_places.toml": [
        (
            1,
            "changes",
            {"step_free": True},
            "scn.action",
            "actie 1 ('Met changes'): alleen een plek (place) of aanpassing (adaptation) verandert voorzieningen",
            "action 1 ('Met changes'): only a place or an adaptation changes facilities",
        ),
        (
            2,
            "changes",
            {"name": "x"},
            "scn.action",
            "actie 2 ('Met facility'): alleen een plek (place) of aanpassing (adaptation) verandert voorzieningen",
            "action 2 ('Met facility'): only a place or an adaptation changes facilities",
        ),
        (
            3,
            "changes",
            {"step_free": True},
            "scn.action",
            "actie 3 ('Met beide'): alleen een plek (place) of aanpassing (adaptation) verandert voorzieningen",
            "action 3 ('Met beide'): only a place or an adaptation changes facilities",
        ),
    ],
    "many.toml": [
        (
            None,
            "village_id",
            "nergens",
            "ws.unknown_village",
            "onbekende kern 'nergens'",
            "unknown village 'nergens'",
        ),
        (
            1,
            "kind",
            "feest",
            "scn.action",
            "actie 1 ('Alles'): onbekende soort 'feest'; verwacht een van activity, place, adaptation, partnership, outreach",
            "action 1 ('Alles'): unknown kind 'feest'; expected one of activity, place, adaptation, partnership, outreach",
        ),
        (
            1,
            "themes",
            "xyzzy",
            "scn.action",
            "actie 1 ('Alles'): onbekend thema 'xyzzy' (thema's: loneliness (eenzaamheid), informal_care (mantelzorg), poverty_debt (armoede en schulden), newcomers (nieuwkomers), volunteering (vrijwilligers), youth (jongeren), exercise_health (sport, bewegen en gezonde leefstijl), meeting (ontmoeting), advice (vragen en lichte ondersteuning); zie README, 'The workspace format')",
            "action 1 ('Alles'): unknown theme 'xyzzy' (themes: loneliness (loneliness), informal_care (informal care), poverty_debt (poverty and debt), newcomers (newcomers), volunteering (volunteering), youth (young people), exercise_health (exercise and healthy lifestyle), meeting (meeting and activities), advice (questions and light support); see README, 'The workspace format')",
        ),
        (
            1,
            "partner_id",
            "p",
            "scn.action",
            "actie 1 ('Alles'): onbekende partner 'p'",
            "action 1 ('Alles'): unknown partner 'p'",
        ),
        (
            1,
            "end_year",
            1000,
            "scn.action",
            "actie 1 ('Alles'): het startjaar 3000 ligt na het eindjaar 1000",
            "action 1 ('Alles'): the start year 3000 is after the end year 1000",
        ),
        (
            1,
            "start_year",
            3000,
            "scn.action",
            "actie 1 ('Alles'): verwacht een jaartal zoals 2027",
            "action 1 ('Alles'): expected a year such as 2027",
        ),
        (
            1,
            "end_year",
            1000,
            "scn.action",
            "actie 1 ('Alles'): verwacht een jaartal zoals 2027",
            "action 1 ('Alles'): expected a year such as 2027",
        ),
        (
            1,
            "yearly_cost",
            -1,
            "scn.action",
            "actie 1 ('Alles'): yearly_cost mag niet negatief zijn; verwacht 0 of meer",
            "action 1 ('Alles'): yearly_cost must not be negative; expected 0 or more",
        ),
        (
            1,
            "facility_id",
            "f",
            "scn.action",
            "actie 1 ('Alles'): onbekende voorziening 'f'",
            "action 1 ('Alles'): unknown facility 'f'",
        ),
        (
            1,
            "changes",
            {"step_free": 1},
            "scn.action",
            "actie 1 ('Alles'): alleen een plek (place) of aanpassing (adaptation) verandert voorzieningen",
            "action 1 ('Alles'): only a place or an adaptation changes facilities",
        ),
    ],
    "shape_first.toml": [
        (
            1,
            "vrijwilligers",
            2,
            "scn.action",
            "actie 1 ('Koffie'): onbekend veld 'vrijwilligers'",
            "action 1 ('Koffie'): unknown field 'vrijwilligers'",
        )
    ],
}

#: an in-memory scenario (the editor's) is checked the same way, under the name "scenario"
IN_MEMORY = [
    (
        "scenario",
        None,
        "village_id",
        "rodn",
        "ws.unknown_village_near",
        "onbekende kern 'rodn', bedoelt u 'roden'?",
        "unknown village 'rodn', did you mean 'roden'?",
    ),
    (
        "scenario",
        1,
        "yearly_cost",
        -1,
        "scn.action",
        "actie 1 ('Nieuw'): yearly_cost mag niet negatief zijn; verwacht 0 of meer",
        "action 1 ('Nieuw'): yearly_cost must not be negative; expected 0 or more",
    ),
    (
        "scenario",
        1,
        "facility_id",
        "roden-church",
        "scn.action",
        "actie 1 ('Nieuw'): voorziening 'roden-church' bestaat al; kies een nieuwe id of gebruik kind = \"adaptation\"",
        "action 1 ('Nieuw'): facility 'roden-church' already exists; choose a new id or use kind = \"adaptation\"",
    ),
    (
        "scenario",
        1,
        "facility.lat",
        1.0,
        "scn.action",
        "actie 1 ('Nieuw'): 'lat' moet een coördinaat in Nederland zijn",
        "action 1 ('Nieuw'): 'lat' must be a coordinate in the Netherlands",
    ),
    (
        "scenario",
        1,
        "facility.step_free",
        "ja",
        "scn.action",
        "actie 1 ('Nieuw'): 'step_free' moet true of false zijn",
        "action 1 ('Nieuw'): 'step_free' must be true or false",
    ),
    (
        "scenario",
        2,
        "facility_id",
        "roden-churh",
        "scn.action",
        "actie 2 ('Aanpassing'): onbekende voorziening 'roden-churh', bedoelt u 'roden-church'?",
        "action 2 ('Aanpassing'): unknown facility 'roden-churh', did you mean 'roden-church'?",
    ),
    (
        "scenario",
        2,
        "changes.capacity",
        1.5,
        "scn.action",
        "actie 2 ('Aanpassing'): 'capacity' moet een heel getal van 0 of meer zijn",
        "action 2 ('Aanpassing'): 'capacity' must be a whole number of 0 or more",
    ),
]


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return open_workspace()


def _same(a: object, b: object) -> bool:
    return a == b or (
        isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b)
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_problems_of_a_broken_file_keep_their_words_and_places(ws: Workspace, name: str) -> None:
    with pytest.raises(ScenarioError) as caught:
        check(ws, load_toml(CASES[name], file=name), name)
    got = [
        (p.row, p.column, p.value, p.key, p.message_in("nl"), p.message_in("en"))
        for p in caught.value.problems  # type: ignore[attr-defined]
    ]
    assert {p.file for p in caught.value.problems} == {name}  # type: ignore[attr-defined]
    want = EXPECTED[name]
    assert len(got) == len(want), got
    for g, w in zip(got, want, strict=True):
        assert all(_same(a, b) for a, b in zip(g, w, strict=True)), (g, w)


def test_an_edited_scenario_is_checked_the_same_way(ws: Workspace) -> None:
    scenario = Scenario(
        "Scherm",
        "rodn",
        actions=[
            Action(
                "Nieuw",
                "place",
                facility_id="roden-church",
                facility={"lat": 1.0, "step_free": "ja"},
                yearly_cost=-1,
            ),
            Action(
                "Aanpassing", "adaptation", facility_id="roden-churh", changes={"capacity": 1.5}
            ),
        ],
    )
    got = [
        (p.file, p.row, p.column, p.value, p.key, p.message_in("nl"), p.message_in("en"))
        for p in validate(ws, scenario)
    ]
    assert got == IN_MEMORY


def test_a_scenario_that_fits_has_no_problems_and_its_theme_labels_become_codes(
    ws: Workspace,
) -> None:
    text = (
        HEAD
        + act("Nieuw", "place", 'facility_id = "roden-nieuw"', "[actions.facility]", "capacity = 3")
        + act(
            "Koffie",
            "activity",
            'themes = ["Ontmoeting", "mantelzorg"]',
            'facility_id = "roden-nieuw"',
        )
    )
    # a later action may take place in a new place of an earlier one
    scenario = check(ws, load_toml(text, file="ok.toml"), "ok.toml")
    assert scenario.actions[1].themes == ["meeting", "informal_care"]
    assert validate(ws, scenario) == []
