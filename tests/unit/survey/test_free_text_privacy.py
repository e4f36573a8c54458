"""Contact details typed into free text never reach a quote, responses.csv or the
import's own output (summary, JSON, rejected-rows file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.report import write_responses

from planning.cli import main
from planning.plan.build import build_plan
from planning.store import open_store
from planning.store.followup import upsert_contacts
from planning.survey.privacy import REDACTED, scrub
from planning.survey.scrubber import PLACEHOLDERS
from planning.workspace.folder import open_workspace

SECRETS = [
    "06-12345678",
    "06 12345678",
    "06.12.34.56.78",
    "0612345678",
    "+31 6 12345678",
    "+31(0)6-1234 5678",
    "0031 6 12 34 56 78",
    "050-1234567",
    "(050) 123 45 67",
    "j.jansen@gmail.com",
    "j.jansen(at)gmail.com",
    "j.jansen [at] gmail [dot] com",
    "jan at jansen dot nl",
    "9301 AB 12",
    "9301AB12a",
]


@pytest.mark.parametrize("secret", SECRETS)
def test_every_notation_is_removed(secret: str) -> None:
    clean = scrub(f"Bel of mail mij: {secret}, dank u wel")
    assert secret not in clean and PLACEHOLDERS.search(clean)
    assert clean.startswith("Bel of mail mij:") and clean.endswith("dank u wel")


@pytest.mark.parametrize(
    "ordinary",
    [
        "in 2026 en later 3 keer per week",
        "de bus van 10.15 en 12.30 uur",
        "meer dan 1000 mensen, 25 at the moment",
        "postcode 9301 is groot",
    ],
)
def test_ordinary_text_stays(ordinary: str) -> None:
    assert scrub(ordinary) == ordinary


def test_import_never_echoes_contact_details(demo_ws: Path, tmp_path: Path, capsys) -> None:
    export = tmp_path / "papier.csv"
    export.write_text(
        "Formulier;Kern;Kanaal;Wat heeft u over 3 jaar nodig?;Naam\n"
        "1;Roden;papier;Bel mij op 06.12.34.56.78, groet Gerda Hoekstra;Gerda Hoekstra\n"
        "2;Atlantis;papier;mail j.jansen(at)gmail.com of kom langs op 9301 AB 12;Jan Jansen\n"
        "3;Roden;papier;Een ontmoetingsplek;\n",
        encoding="utf-8",
    )
    (tmp_path / "papier.csv.mapping.toml").write_text(
        '[columns]\nrespondent_id = "Formulier"\nvillage_id = "Kern"\nchannel = "Kanaal"\n'
        'need_3y = "Wat heeft u over 3 jaar nodig?"\n[pii]\nname = "Naam"\n',
        encoding="utf-8",
    )
    code = main(["survey", "import", str(export), "--workspace", str(demo_ws), "--json"])
    out = capsys.readouterr().out
    code_text = main(["survey", "import", str(export), "--workspace", str(demo_ws)])
    out += capsys.readouterr().out
    assert code == 1 and code_text == 1
    written = (demo_ws / "survey" / "responses.csv").read_text(encoding="utf-8")
    rejected = (demo_ws / "survey" / "rejected" / "papier.csv").read_text(encoding="utf-8-sig")
    for place in (out, written, rejected):
        for secret in ("06.12.34.56.78", "j.jansen(at)gmail.com", "9301 AB 12", "Hoekstra"):
            assert secret not in place
    assert "Jan Jansen" not in rejected and "Atlantis" in rejected
    assert "Een ontmoetingsplek" in written


def test_published_quotes_leave_contacts_out(demo_ws: Path) -> None:
    write_responses(
        demo_ws,
        [
            {"village_id": "roden", "need_3y": "Bel 0031 6 12 34 56 78", "quote_publishable": "ja"},
            {
                "village_id": "roden",
                "need_3y": "Koffie met mevrouw Wiersma in het dorpshuis",
                "quote_publishable": "ja",
            },
            {
                "village_id": "roden",
                "need_5y": f"Dat kan {REDACTED} regelen",
                "quote_publishable": "ja",
            },
            {"village_id": "roden", "need_5y": "Een jeu-de-boulesbaan", "quote_publishable": "ja"},
        ],
    )
    store = open_store(demo_ws)
    with store.transaction() as conn:
        upsert_contacts(
            conn,
            [
                {
                    "respondent_id": "x1",
                    "source": "telefoon",
                    "village_id": "roden",
                    "name": "Aaltje Wiersma",
                    "phone": "0501234567",
                    "contact_requested": True,
                }
            ],
        )
    from planning.survey.quote_review import approve

    ws = open_workspace(demo_ws)
    approve(ws, "roden", by="test")  # every released quote approved: still scrubbed
    texts = [q["text"] for q in build_plan(ws, "roden").quotes]
    assert texts == ["Koffie met mevrouw [naam] in het dorpshuis", "Een jeu-de-boulesbaan"]
