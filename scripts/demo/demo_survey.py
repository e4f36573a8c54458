"""Generated survey for the demo: answers, free text in Dutch and Drents, one messy raw export.

Nothing here is a real answer or a real person. About 5% of each village's
inhabitants answer (at least 8), through a realistic mix of channels, each
reaching its own ages (the street poll pupils, the market the retired, home
visits the very old). What people need differs by age: the young name youth
and exercise, the old loneliness and informal care. Free text is written
with typos and Drents words so the coding has real work to do.

The paper, phone and home-visit forms are also written as the raw export
staff would type them in (``survey/raw/papieren_formulieren_2026.csv``:
cp1252, ``;``, a title line, Dutch headers, ages in years, village names,
names and clearly fake phone numbers of people who asked to be called back)
with its mapping file. Their canonical rows come from running that export
through the importer itself, so importing it again adds nothing, and the
personal data reaches the follow-up store only when it is imported.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SOURCE = "demo-enquete-2026"
RAW_NAME = "papieren_formulieren_2026.csv"
SHARE = 0.05
MINIMUM = 8
THEMES = (
    "loneliness",
    "informal_care",
    "poverty_debt",
    "newcomers",
    "volunteering",
    "youth",
    "exercise_health",
    "meeting",
    "advice",
)
BANDS = (*(f"{a}-{a + 4}" for a in range(0, 95, 5)), "95+")

# channel -> (share of respondents, preferred age range)
CHANNELS: dict[str, tuple[float, tuple[int, int]]] = {
    "market": (0.22, (45, 90)),
    "street": (0.14, (10, 24)),
    "online": (0.24, (18, 64)),
    "paper": (0.16, (50, 95)),
    "phone": (0.08, (60, 95)),
    "home_visit": (0.08, (75, 100)),
    "session": (0.08, (30, 75)),
}
RAW_CHANNELS = ("paper", "phone", "home_visit")

# age group -> theme probabilities (what people of that age name)
PROFILES: dict[str, dict[str, float]] = {
    "young": {
        "youth": 0.45,
        "exercise_health": 0.3,
        "meeting": 0.15,
        "volunteering": 0.05,
        "advice": 0.05,
    },
    "adult": {
        "youth": 0.25,
        "exercise_health": 0.18,
        "meeting": 0.17,
        "poverty_debt": 0.1,
        "newcomers": 0.1,
        "informal_care": 0.08,
        "volunteering": 0.12,
    },
    "middle": {
        "informal_care": 0.2,
        "meeting": 0.18,
        "exercise_health": 0.15,
        "volunteering": 0.15,
        "poverty_debt": 0.08,
        "loneliness": 0.1,
        "advice": 0.07,
        "newcomers": 0.07,
    },
    "senior": {
        "loneliness": 0.22,
        "meeting": 0.24,
        "informal_care": 0.15,
        "exercise_health": 0.14,
        "advice": 0.15,
        "volunteering": 0.1,
    },
    "old": {
        "loneliness": 0.35,
        "informal_care": 0.25,
        "advice": 0.2,
        "meeting": 0.15,
        "exercise_health": 0.05,
    },
}
NEXT = {"young": "adult", "adult": "middle", "middle": "senior", "senior": "old", "old": "old"}

TEXTS: dict[str, tuple[str, ...]] = {
    "loneliness": (
        "Ik bin vaak allenig sinds mien man overleden is",
        "Iemand om mee te proat'n, de dagen duurn lang",
        "Eenzaamheid onder ouderen, ik zie niemand meer op een dag",
        "wat ik wil is af en toe een praatje, ik zit veel alleen thuis",
        "minder eenzaam, meer aanspraak in de buurt",
        "Gezelschap. Mien kinder wonen ver weg",
        "eenzamheid, ik mis mijn vrouw",
    ),
    "informal_care": (
        "Ik zorg voor mijn moeder met dementie en kan het niet meer alleen",
        "Ondersteuning voor mantelzorgers, even vrij van de zorg",
        "mantelzrog is zwaar, wat ik wil is een keer ontlast worden",
        "Hulp bij de zörg veur mien man, respijtzorg dichtbij",
        "dagbesteding in het dorp zodat ik als mantelzorger adem kan halen",
    ),
    "poverty_debt": (
        "We kunnen maar net rondkomen, de energierekening is te duur",
        "Hulp bij schulden zonder dat het hele dorp het weet",
        "Een kledingbank of voedselbank dichterbij",
        "activiteiten die gratis zijn, want alles kost geld",
        "weinig geld voor sport van de kinderen",
    ),
    "newcomers": (
        "Wij zijn net verhuisd en kennen nog niemand, een welkom voor nieuwe inwoners",
        "Taalcafé voor statushouders in het dorp",
        "As import kom je hier lastig tussen, meer kennismaking",
        "nieuwkomers beter opvangen en wegwijs maken",
    ),
    "volunteering": (
        "Ik wil graag vrijwilliger worden bij het dorpshuis",
        "Meer vrijwilligers, het bestuur van de vereniging vergrijst",
        "wat ik wil is meehelpen, iets betekenen voor een ander",
        "vrijwiliger bij de jeugdsoos, als iemand het organiseert",
    ),
    "youth": (
        "Een hangplek voor de jeugd, nu hangen ze bij de bushalte",
        "Meer te doen voor jongeren, een soos of zo",
        "Speeltuin is oud, kiender hebben niks te doen",
        "jongerenwerk in het dorp, de jonk lu vertrekken allemaal",
        "iets voor tieners in het weekend",
        "skatebaan!!",
    ),
    "exercise_health": (
        "Een beweegtuin en wandelgroep voor ouderen",
        "Sporten dichtbij, nu moet ik naar Assen",
        "meer bewegen met elkaar, fietsgroep of gym",
        "gezond leven, valpreventie voor ouderen",
        "voetbalveld opknappen en een trapveldje",
        "Zwemles en sport voor de kids",
    ),
    "meeting": (
        "Een plek in het dorpshuis om koffie te drinken met elkaar",
        "Gezellige activiteiten, samen eten een keer in de maand",
        "ontmoetingsplek waar je zo binnen kunt lopen",
        "Bij mekaar koemen, buurtfeest of bingo",
        "inloopochtend met een kopke koffie",
        "Klaverjassen en spelletjes in het dorpshuus",
    ),
    "advice": (
        "Iemand die helpt met formulieren en de computer",
        "Een loket in het dorp waar je met vragen terecht kunt",
        "Hulp bij DigiD en de belastingaangifte",
        "waar moet ik heen met mijn vraag over de wmo",
        "Spreekuur van het sociaal team in het dorp",
    ),
}
VAGUE = (
    "weet ik nog niet",
    "Alles is goed zo",
    "geen idee eigenlijk",
    "dat het dorp blijft zoals het is",
    "betere busverbinding",
)
FIRST = (
    "Jantje",
    "Grietje",
    "Harm",
    "Roelfien",
    "Albert",
    "Hillie",
    "Geert",
    "Aaltje",
    "Jan",
    "Trijntje",
)
LAST = ("Voorbeeld", "Proefpersoon", "Demo", "Fictief", "Testmans", "Nepper", "Verzonnen")


def _group(band: str) -> str:
    start = int(band.rstrip("+").split("-")[0])
    if start < 25:
        return "young"
    if start < 45:
        return "adult"
    if start < 65:
        return "middle"
    if start < 80:
        return "senior"
    return "old"


def _pick_themes(rng: np.random.Generator, profile: dict[str, float]) -> list[str]:
    themes = list(profile)
    p = np.array([profile[t] for t in themes])
    k = 1 if rng.random() < 0.7 else 2
    return list(rng.choice(themes, size=k, replace=False, p=p / p.sum()))


def _text(rng: np.random.Generator, themes: list[str]) -> str:
    parts = [TEXTS[t][int(rng.integers(len(TEXTS[t])))] for t in themes]
    return ". ".join(parts)


def _respondents(
    rng: np.random.Generator,
    villages: pd.DataFrame,
    population: pd.DataFrame,
    share: float = SHARE,
) -> pd.DataFrame:
    names = list(CHANNELS)
    mix = np.array([CHANNELS[c][0] for c in names])
    rows = []
    for village in villages["village_id"]:
        pop = population[population["village_id"] == village].set_index("age_band")["inhabitants"]
        pop = pop.reindex(BANDS, fill_value=0).astype(float)
        n = max(MINIMUM, round(share * pop.sum()))
        starts = np.array([int(b.rstrip("+").split("-")[0]) for b in BANDS])
        for k in range(n):
            channel = names[int(rng.choice(len(names), p=mix / mix.sum()))]
            lo, hi = CHANNELS[channel][1]
            prefer = np.where((starts >= lo) & (starts <= hi), 1.0, 0.08) * (starts >= 10)
            p = pop.to_numpy() * prefer
            if p.sum() == 0:
                p = (starts >= 10).astype(float)
            band = BANDS[int(rng.choice(len(BANDS), p=p / p.sum()))]
            rows.append((village, k + 1, channel, band))
    return pd.DataFrame(rows, columns=["village_id", "k", "channel", "age_band"])


def _answers(
    rng: np.random.Generator,
    frame: pd.DataFrame,
    profiles: dict[str, dict[str, float]] = PROFILES,
    first_day: str = "2026-01-12",
) -> pd.DataFrame:
    """Answers per respondent; another round passes its own profiles and first day."""
    out = []
    start = np.datetime64(first_day)
    for r in frame.itertuples(index=False):
        group = _group(r.age_band)
        profile = profiles[group]
        row: dict[str, object] = {
            "collected_on": str(start + np.timedelta64(int(rng.integers(0, 70)), "D")),
        }
        for theme in THEMES:
            if rng.random() < 0.1:
                row[f"importance_{theme}"] = None
                continue
            mean = 2.0 + 9.0 * profile.get(theme, 0.0)
            row[f"importance_{theme}"] = int(np.clip(round(mean + rng.normal(0, 0.9)), 1, 5))
        for horizon, later in (("3y", group), ("5y", group), ("10y", NEXT[group])):
            use = profiles[later if rng.random() < 0.6 else group]
            if rng.random() < (0.08 if horizon == "3y" else 0.2):
                row[f"need_{horizon}"] = None
            elif rng.random() < 0.08:
                row[f"need_{horizon}"] = VAGUE[int(rng.integers(len(VAGUE)))]
            else:
                row[f"need_{horizon}"] = _text(rng, _pick_themes(rng, use))
        volunteer_p = 0.22 if group in ("middle", "senior") else 0.1
        row["volunteer"] = bool(rng.random() < volunteer_p)
        contact_p = 0.25 if r.channel in RAW_CHANNELS else 0.0
        row["contact_requested"] = bool(rng.random() < contact_p)
        row["quote_publishable"] = bool(rng.random() < 0.2)
        out.append(row)
    return pd.concat([frame.reset_index(drop=True), pd.DataFrame(out)], axis=1)


def _canonical(frame: pd.DataFrame) -> pd.DataFrame:
    from planning.survey.coding import code_text

    out = pd.DataFrame(
        {
            "respondent_id": frame["village_id"] + "-" + frame["k"].map("{:04d}".format),
            "village_id": frame["village_id"],
            "channel": frame["channel"],
            "collected_on": frame["collected_on"],
            "age_band": frame["age_band"],
        }
    )
    for theme in THEMES:
        out[f"importance_{theme}"] = frame[f"importance_{theme}"].astype("Int64")
    for h in ("3y", "5y", "10y"):
        out[f"need_{h}"] = frame[f"need_{h}"]
        out[f"need_{h}_themes"] = frame[f"need_{h}"].map(lambda t: ";".join(code_text(t)) or None)
    for col in ("volunteer", "contact_requested"):
        out[col] = frame[col].map({True: "ja", False: "nee"})
    out["source"] = SOURCE
    out["quote_publishable"] = frame["quote_publishable"].map({True: "ja", False: "nee"})
    return out


DUTCH_THEME = {
    "loneliness": "eenzaamheid",
    "informal_care": "mantelzorg",
    "poverty_debt": "rondkomen",
    "newcomers": "nieuwkomers",
    "volunteering": "vrijwilligers",
    "youth": "jeugd",
    "exercise_health": "bewegen",
    "meeting": "ontmoeting",
    "advice": "vragen",
}
RAW_CHANNEL_WORD = {"paper": "papier", "phone": "telefonisch", "home_visit": "huisbezoek"}


def _raw_export(
    rng: np.random.Generator, frame: pd.DataFrame, villages: pd.DataFrame
) -> pd.DataFrame:
    """The typed-in forms as staff keep them: Dutch headers, names, ages in years."""
    names = dict(zip(villages["village_id"], villages["name"], strict=True))
    rows = []
    for i, r in enumerate(frame.itertuples(index=False)):
        lo = int(r.age_band.rstrip("+").split("-")[0])
        age = lo + int(rng.integers(0, 5))
        wants = bool(r.contact_requested)
        row = {
            "Formuliernr": f"F{i + 1:04d}",
            "Dorp": names[r.village_id],
            "Ingevuld via": RAW_CHANNEL_WORD[r.channel],
            "Datum": pd.Timestamp(r.collected_on).strftime("%d-%m-%Y"),
            "Leeftijd": age,
        }
        for theme in THEMES:
            value = getattr(r, f"importance_{theme}")
            row[f"Belang {DUTCH_THEME[theme]}"] = "" if pd.isna(value) else int(value)
        row["Wat is nodig binnen 3 jaar?"] = r.need_3y or ""
        row["Wat is nodig binnen 5 jaar?"] = r.need_5y or ""
        row["Wat is nodig over 10 jaar?"] = r.need_10y or ""
        row["Vrijwilliger?"] = "ja" if r.volunteer else "nee"
        row["Terugbellen?"] = "ja" if wants else "nee"
        row["Citaat mag"] = "ja" if r.quote_publishable else "nee"
        row["Naam"] = (
            f"{FIRST[int(rng.integers(len(FIRST)))]} {LAST[int(rng.integers(len(LAST)))]}"
            if wants
            else ""
        )
        row["Telefoonnummer"] = f"06-0000{int(rng.integers(0, 10000)):04d}" if wants else ""
        row["Opmerking medewerker"] = "samen ingevuld" if r.channel == "home_visit" else ""
        rows.append(row)
    raw = pd.DataFrame(rows)
    # two forms that cannot be used as typed: the import quarantines them with the reason
    bad = raw.iloc[:2].copy()
    bad["Formuliernr"] = ["F9001", "F9002"]
    bad.iloc[0, bad.columns.get_loc("Dorp")] = "Rodne"
    bad.iloc[1, bad.columns.get_loc("Belang eenzaamheid")] = 7
    bad["Naam"] = ""
    bad["Telefoonnummer"] = ""
    bad["Terugbellen?"] = "nee"
    return pd.concat([raw, bad], ignore_index=True)


MAPPING = """# Koppelbestand voor de papieren, telefonische en huisbezoek-formulieren (gegenereerd).
# canoniek = "kop in de export"
[columns]
respondent_id = "Formuliernr"
village_id = "Dorp"
channel = "Ingevuld via"
collected_on = "Datum"
age_band = "Leeftijd"
{importance}
need_3y = "Wat is nodig binnen 3 jaar?"
need_5y = "Wat is nodig binnen 5 jaar?"
need_10y = "Wat is nodig over 10 jaar?"
volunteer = "Vrijwilliger?"
contact_requested = "Terugbellen?"
quote_publishable = "Citaat mag"

[pii]   # persoonsgegevens: alleen naar de opvolging, nooit in responses.csv
name = "Naam"
phone = "Telefoonnummer"
"""


def generate(
    out: Path, villages: pd.DataFrame, population: pd.DataFrame, rng: np.random.Generator
) -> None:
    """Write survey/responses.csv and survey/raw/<export> + mapping into the demo workspace."""
    from planning.survey.importer import prepare

    survey = out / "survey"
    raw_dir = survey / "raw"
    raw_dir.mkdir(parents=True, exist_ok=True)
    frame = _answers(rng, _respondents(rng, villages, population))
    direct = frame[~frame["channel"].isin(RAW_CHANNELS)]
    typed = frame[frame["channel"].isin(RAW_CHANNELS)].reset_index(drop=True)

    raw = _raw_export(rng, typed, villages)
    title = "Behoeftepeiling 2026 - ingetypte formulieren (GEGENEREERD, geen echte personen)"
    body = raw.to_csv(sep=";", index=False, lineterminator="\r\n")
    raw_path = raw_dir / RAW_NAME
    raw_path.write_bytes((title + "\r\n" + body).encode("cp1252"))
    importance = "\n".join(f'importance_{t} = "Belang {DUTCH_THEME[t]}"' for t in THEMES)
    (raw_dir / f"{RAW_NAME}.mapping.toml").write_text(
        MAPPING.format(importance=importance), encoding="utf-8"
    )

    prepared = prepare(out, raw_path)
    usable = prepared.reason_code.isna()
    imported = prepared.canonical.loc[usable]
    responses = pd.concat([_canonical(direct), imported], ignore_index=True)
    responses = responses.astype(object).where(responses.notna(), None)
    responses.to_csv(survey / "responses.csv", index=False, lineterminator="\n")
