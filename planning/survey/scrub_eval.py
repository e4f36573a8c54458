"""How well the scrubber does on answers whose personal data is annotated by hand.

Why here and not in a test only: the same figures are printed by the benchmark
(``bench/bench_privacy.py``) and asserted by the tests, per kind, on the same rule of what
counts as removed. An occurrence counts as removed only when none of its identifying parts is
left: for a name every word of three letters or more that is not a tussenvoegsel or an initial
("Jan v.d. Berg" leaks when "Jan" stays); for an identifier its text, compared with spaces
evened out. A clean answer counts as altered when its published text differs from what the
resident wrote, and as dropped when it is not published at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planning.survey.names import TUSSEN
from planning.survey.scrubber import KINDS

#: what the issue asks: identifiers all but certainly removed, names mostly
TARGET_IDENTIFIERS = 0.98
TARGET_NAMES = 0.85
TARGET_CLEAN_ALTERED = 0.10


@dataclass(frozen=True)
class Answer:
    id: str
    village: str
    text: str
    gold: tuple[tuple[str, str], ...]  # (kind, occurrence as written)

    @property
    def clean(self) -> bool:
        return not self.gold


@dataclass
class Figures:
    """Occurrences found and removed per kind, and clean answers kept as written."""

    occurrences: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    leaks: list[tuple[str, str, str]] = field(default_factory=list)  # (answer id, kind, text)
    clean: int = 0
    clean_altered: list[str] = field(default_factory=list)
    #: answers with personal data, and how many of them were published (scrubbed)
    personal: int = 0
    personal_published: int = 0

    def share(self, kinds: Iterable[str]) -> float:
        kinds = list(kinds)
        total = sum(self.occurrences.get(k, 0) for k in kinds)
        return sum(self.removed.get(k, 0) for k in kinds) / total if total else 1.0

    @property
    def identifiers(self) -> float:
        return self.share(k for k in KINDS if k != "name")

    @property
    def names(self) -> float:
        return self.share(["name"])

    @property
    def altered(self) -> float:
        return len(self.clean_altered) / self.clean if self.clean else 0.0

    @property
    def met(self) -> bool:
        return (
            self.identifiers >= TARGET_IDENTIFIERS
            and self.names >= TARGET_NAMES
            and self.altered <= TARGET_CLEAN_ALTERED
        )

    def lines(self) -> list[str]:
        """The figures per kind as a person reads them."""
        out = []
        for kind in KINDS:
            n = self.occurrences.get(kind, 0)
            if n:
                r = self.removed.get(kind, 0)
                out.append(f"{kind:<11} {r:>3} of {n:>3} removed ({r / n:.0%})")
        out.append(f"identifiers {self.identifiers:.1%} removed (target {TARGET_IDENTIFIERS:.0%})")
        out.append(f"names       {self.names:.1%} removed (target {TARGET_NAMES:.0%})")
        out.append(
            f"clean       {len(self.clean_altered)} of {self.clean} altered or dropped "
            f"({self.altered:.1%}, at most {TARGET_CLEAN_ALTERED:.0%})"
        )
        out.append(
            f"published   {self.personal_published} of {self.personal} answers with personal "
            "data (scrubbed; the others were not quoted)"
        )
        return out


def load_answers(path: Path) -> tuple[list[Answer], list[dict[str, Any]]]:
    """The annotated answers and the follow-up contacts of a fixture file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    answers = [
        Answer(a["id"], a["village"], a["text"], tuple((g["kind"], g["text"]) for g in a["gold"]))
        for a in data["answers"]
    ]
    return answers, data.get("contacts", [])


def _even(text: str) -> str:
    return " ".join(text.replace("\u200b", "").replace("\u00ad", "").split()).lower()


def name_parts(occurrence: str) -> list[str]:
    """The words of a name that identify: not a tussenvoegsel, not an initial."""
    parts = re.split(r"[\s\-.@]+", occurrence)
    return [
        p
        for p in parts
        if len(p) >= 3 and not re.fullmatch(TUSSEN, p, re.IGNORECASE) and p.isalpha()
    ]


def leaked(kind: str, occurrence: str, published: str) -> bool:
    """True when ``published`` still holds the occurrence or, for a name, any part of it."""
    text = _even(published)
    if _even(occurrence) in text:
        return True
    if kind == "name":
        return any(re.search(rf"\b{re.escape(p.lower())}\b", text) for p in name_parts(occurrence))
    return False


def evaluate(answers: Iterable[Answer], publish: Callable[[Answer], str | None]) -> Figures:
    """The figures for ``publish``: the text published for an answer (None: not published)."""
    figures = Figures()
    for answer in answers:
        published = publish(answer)
        if answer.clean:
            figures.clean += 1
            if published is None or _even(published) != _even(answer.text):
                figures.clean_altered.append(answer.id)
            continue
        figures.personal += 1
        figures.personal_published += published is not None
        for kind, occurrence in answer.gold:
            figures.occurrences[kind] = figures.occurrences.get(kind, 0) + 1
            if published is not None and leaked(kind, occurrence, published):
                figures.leaks.append((answer.id, kind, occurrence))
            else:
                figures.removed[kind] = figures.removed.get(kind, 0) + 1
    return figures


def leaks_in_document(answers: Iterable[Answer], document: str) -> list[tuple[str, str, str]]:
    """Gold occurrences found anywhere in a whole document (a plan's PDF or XLSX text, a
    terminal's output): the occurrence itself, or a part of a name that no clean answer
    uses as a word (so "Brink" of "Scholten-Brink" is not taken for "op de Brink")."""
    answers = list(answers)
    clean_words = {w.lower() for a in answers if a.clean for w in re.findall(r"\w+", a.text)}
    text = _even(document)
    found = []
    for answer in answers:
        for kind, occurrence in answer.gold:
            parts = [p for p in name_parts(occurrence) if p.lower() not in clean_words]
            whole = _even(occurrence) in text
            part = kind == "name" and any(
                re.search(rf"\b{re.escape(p.lower())}\b", text) for p in parts
            )
            if whole or part:
                found.append((answer.id, kind, occurrence))
    return found
