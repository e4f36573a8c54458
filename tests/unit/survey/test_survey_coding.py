"""Theme coding of Dutch (and Drents) free text."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from planning.survey.coding import (
    code_text,
    coded_themes,
    coding_report,
    lexicon_for,
    read_overrides,
)

# hand-written answers as residents write them, with the themes a member of staff would give
EXAMPLES: list[tuple[str, set[str]]] = [
    ("Ik voel me vaak eenzaam sinds mijn vrouw is overleden", {"loneliness"}),
    ("Ik zit de hele dag allenig thuis, niemand om mee te proat'n", {"loneliness"}),
    ("Gewoon wat aanspraak, een praatje maken bij de bakker", {"loneliness"}),
    ("Wat ik wil is dat ik mien kinder vaker zie, ik ben zo ienzaam", {"loneliness", "youth"}),
    ("Ik zorg voor mijn man met dementie en ben op", {"informal_care"}),
    ("Als mantelzorger wil ik af en toe even ontlast worden", {"informal_care"}),
    ("mantelzrog voor mien moeder valt me zwaar", {"informal_care"}),
    ("We kunnen bijna niet meer rondkomen van mijn uitkering", {"poverty_debt"}),
    ("Hulp bij schulden en de voedselbank in het dorp", {"poverty_debt", "advice"}),
    ("De energierekening is niet meer te betalen", {"poverty_debt"}),
    ("Wij zijn net verhuisd en kennen nog niemand in het dorp", {"newcomers", "loneliness"}),
    ("Een taalcafe voor statushouders", {"newcomers"}),
    ("Ik wil me graag als vrijwilliger inzetten", {"volunteering"}),
    ("De vereniging zoekt vrijwiliggers voor het bestuur", {"volunteering"}),
    ("Een hangplek voor de jongeren, die hebben niks", {"youth"}),
    ("Meer voor de jeugd, een soos in het weekend", {"youth"}),
    ("Een beweegtuin voor ouderen en een wandelgroep", {"exercise_health"}),
    ("Sporten dichtbij huis, nu moet ik met de auto", {"exercise_health"}),
    ("Een plek om koffie te drinken en elkaar te ontmoeten", {"meeting"}),
    ("Gezellige activiteiten in het dorpshuis", {"meeting"}),
    ("Bij mekaar komen met de buurt, een buurtfeest", {"meeting"}),
    ("Iemand die helpt met formulieren en DigiD", {"advice"}),
    ("Een loket waar je met vragen terecht kunt", {"advice"}),
    ("Een spreekuur van het sociaal team in de kern", {"advice"}),
]


@pytest.mark.parametrize(("text", "themes"), EXAMPLES)
def test_hand_written_examples(text: str, themes: set[str]) -> None:
    assert set(code_text(text)) == themes


def test_most_examples_find_every_theme() -> None:
    found = set().union(*(code_text(t) for t, _ in EXAMPLES))
    assert found == {theme for _, themes in EXAMPLES for theme in themes}
    assert len(EXAMPLES) >= 20


@pytest.mark.parametrize(
    "text",
    [None, "", "   ", "weet ik niet", "Alles is goed zo", "betere busverbinding"],
)
def test_nothing_coded_for_empty_or_vague(text: str | None) -> None:
    assert code_text(text) == []


def test_phrases_that_do_not_mean_the_theme() -> None:
    assert "loneliness" not in code_text("alleen maar een bankje in het park")
    assert "loneliness" not in code_text("Ik kan het niet meer alleen, zorg voor mijn man")


def test_order_follows_the_lexicon() -> None:
    assert code_text("sport en eenzaamheid") == ["loneliness", "exercise_health"]


def test_lexicon_extended_from_workspace_toml(demo_ws: Path) -> None:
    from planning.workspace.settings import load_settings

    toml = demo_ws / "workspace.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8") + '\n[lexicon]\nmeeting = ["dorpsbarbecue"]\n',
        encoding="utf-8",
    )
    lexicon = lexicon_for(load_settings(toml))
    assert code_text("Een dorpsbarbecue elk jaar", lexicon) == ["meeting"]
    assert code_text("Een dorpsbarbecue elk jaar") == []


def test_code_text_accepts_a_plain_mapping() -> None:
    assert code_text("kaartclub", {"meeting": ["kaartclub"]}) == ["meeting"]


def test_overrides_win_and_report_shows_uncoded(demo_ws: Path) -> None:
    responses = pd.DataFrame(
        {
            "respondent_id": ["a", "b", "c"],
            "need_3y": ["eenzaam", "weet niet", "een bankje"],
            "need_3y_themes": ["loneliness", None, None],
        }
    )
    (demo_ws / "survey" / "coding_overrides.csv").write_text(
        "respondent_id,horizon,themes\nc,3,meeting;exercise_health\n", encoding="utf-8"
    )
    coded = coded_themes(responses, read_overrides(demo_ws))
    assert coded[3].tolist() == [["loneliness"], [], ["meeting", "exercise_health"]]
    report = coding_report(responses)
    assert report["texts"] == 3 and report["coded"] == 1
    assert report["uncoded_examples"] == ["weet niet", "een bankje"]
