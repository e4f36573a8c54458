"""Make planning/survey/data/names.csv: the first names and surnames the name finder knows.

Sources (see planning/survey/data/BRONNEN.md): the Dutch and Flemish person lists of the
Faker package (MIT licence) and the project's own list of older first names and surnames
common in Drenthe (drenthe.txt beside this script). A name that is also an ordinary Dutch word
(``Bos``, ``Roos``, ``Ben``) is marked ``word`` so the finder only takes it in a name's
context; the word list is OpenTaal's (Debian package wdutch, BSD/CC BY), read only here.

Run: uvx --with faker python scripts/names/make_names.py WORDLIST
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from faker.providers.person.nl_BE import Provider as Flemish
from faker.providers.person.nl_NL import Provider as Dutch

HERE = Path(__file__).parent
TARGET = HERE.parents[1] / "planning" / "survey" / "data" / "names.csv"
FIRST = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?$")
LAST = re.compile(
    r"^(?:(?:van|de|der|den|ter|ten|van der|van den|van de|le|la|op|in)\s)?"
    r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?$"
)


def main(wordlist: str) -> None:
    words = {w.strip() for w in Path(wordlist).read_text(encoding="utf-8").splitlines()}
    words = {w for w in words if w and w.islower()}
    first = {n for n in (*Dutch.first_names, *Flemish.first_names) if FIRST.match(n)}
    last = {n for n in (*Dutch.last_names, *Flemish.last_names) if LAST.match(n)}
    for line in (HERE / "drenthe.txt").read_text(encoding="utf-8").splitlines():
        kind, _, name = line.partition(" ")
        if kind in ("first", "last") and name:
            (first if kind == "first" else last).add(name.strip())
    rows = []
    for kind, names in (("first", first), ("last", last)):
        for name in sorted(names):
            core = name.split()[-1]
            rows.append({"name": name, "kind": kind, "word": int(core.lower() in words)})
    with TARGET.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, ["name", "kind", "word"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{TARGET.name}: {len(rows)} names")


if __name__ == "__main__":
    main(sys.argv[1])
