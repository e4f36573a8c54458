"""The survey mapping file as a model: closed tables, Dutch problems naming file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from planning.errors import SurveyImportError
from planning.survey.mapping import MappingFile, load_mapping

CANONICAL = ["respondent_id", "village_id", "channel", "age_band", "collected_on", "need_3y"]
MAPPINGS = Path(__file__).parent / "mappings"


def _load(tmp_path: Path, text: str) -> SurveyImportError:
    path = tmp_path / "export.mapping.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SurveyImportError) as info:
        load_mapping(path, CANONICAL)
    return info.value


BAD = {
    "unknown table": ('[colums]\nrespondent_id = "id"\n', "colums", "bedoelt u 'columns'?"),
    "non-canonical column": ('[columns]\nvilage_id = "Kern"\n', "columns.vilage_id", "village_id"),
    "header not text": ("[columns]\nrespondent_id = 5\n", "columns.respondent_id", "tekst"),
    "unknown pii field": ('[pii]\nnaam = "Naam"\n', "pii.naam", "bedoelt u 'name'?"),
    "unknown option": ('[options]\nsheet_name = "A"\n', "options.sheet_name", "onbekende"),
    "incomplete": ('[options]\nincomplete = "drop"\n', "options.incomplete", "'reject' of 'keep'"),
    "values not a table": ('[values]\nchannel = "online"\n', "values.channel", "tabel"),
    "column and constant": (
        '[columns]\nchannel = "Kanaal"\n[constants]\nchannel = "online"\n',
        "constants.channel",
        "niet beide",
    ),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_mistake_names_file_and_key(tmp_path: Path, case: str) -> None:
    text, key, words = BAD[case]
    error = _load(tmp_path, text)
    assert key in [p.column for p in error.problems]
    assert f"export.mapping.toml, sleutel '{key}'" in str(error)
    assert words in str(error)


def test_every_problem_at_once(tmp_path: Path) -> None:
    error = _load(tmp_path, '[pii]\nnaam = "N"\n[options]\nincomplete = "x"\n[extra]\na = 1\n')
    assert {p.column for p in error.problems} == {"pii.naam", "options.incomplete", "extra"}


def test_valid_mapping_reads_every_table(tmp_path: Path) -> None:
    path = tmp_path / "m.toml"
    path.write_text(
        '[columns]\nrespondent_id = "id"\n[constants]\nchannel = "online"\n'
        '[values.age_band]\n"3" = "25-29"\n[pii]\nemail = "Mail"\n'
        '[options]\nsheet = "Antwoorden"\nincomplete = "keep"\n',
        encoding="utf-8",
    )
    m = load_mapping(path, CANONICAL)
    assert m.columns == {"respondent_id": "id"} and m.constants == {"channel": "online"}
    assert m.values == {"age_band": {"3": "25-29"}} and m.pii == {"email": "Mail"}
    assert m.options == {"sheet": "Antwoorden", "incomplete": "keep"}


@pytest.mark.parametrize("path", sorted(MAPPINGS.glob("*.toml")), ids=lambda p: p.name)
def test_fixture_mappings_fit_the_model(path: Path) -> None:
    import tomllib

    MappingFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8-sig")))
