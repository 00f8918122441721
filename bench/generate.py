"""Reproducible synthetic registers of any size: valid identity numbers, realistic names with
Swedish and Sami letters, companies across the county's municipalities and sectors.

Every person is invented; the numbers are synthetic with valid check digits.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

from stdnum import luhn

from originn_desktop.domain.values import MUNICIPALITIES as COUNTY

FIRST = [
    "Anna",
    "Åsa",
    "Björn",
    "Cecilia",
    "Dag",
    "Elin",
    "Erik",
    "Frida",
    "Gustav",
    "Hanna",
    "Ida",
    "Johan",
    "Karin",
    "Lars",
    "Linnéa",
    "Magnus",
    "Maja",
    "Nils",
    "Olle",
    "Per",
    "Rebecka",
    "Sara",
    "Sven",
    "Tove",
    "Ulf",
    "Vera",
    "Ylva",
    "Máret",
    "Áile",
    "Ánte",
    "Biret",
    "Niillas",
    "Sunná",
    "Ingá",
    "Jovnna",
    "Siri",
    "Märta",
    "Göran",
    "Örjan",
    "Åke",
    "Zoë",
    "Jörgen",
]
LAST = [
    "Andersson",
    "Berg",
    "Ek",
    "Forsberg",
    "Grönlund",
    "Hägglund",
    "Holm",
    "Jonsson",
    "Lindgren",
    "Nordqvist",
    "Öberg",
    "Östlund",
    "Åkerlund",
    "Älvdal",
    "Rönnqvist",
    "Sjödin",
    "Wikström",
    "Sunna",
    "Jåma",
    "Kuhmunen",
    "Omma",
    "Fjällström",
    "Labba",
    "Kråik",
    "Nilsson Blind",
    "Þórsdóttir",
    "Đặng",
    "Sörlin",
    "Ljungdahl",
    "Bäckström",
    "Hellström",
    "Strömgren",
]
MUNICIPALITIES = list(COUNTY)
SECTORS = ["agriculture", "forestry", "fishing", "reindeer", "food", "other"]


def personnummer(rng: random.Random, used: set[str]) -> str:
    """A synthetic 12-digit personnummer with a valid check digit, unique in ``used``."""
    while True:
        born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 65))
        body = f"{born:%y%m%d}{rng.randrange(1, 1000):03d}"
        full = f"{born.year // 100}{body}{luhn.calc_check_digit(body)}"
        if full not in used:
            used.add(full)
            return full


def org_number(index: int) -> str:
    """An aktiebolag's number (55…): digits 3-4 are 20 or more, as for every company."""
    body = f"5568{index % 100_000:05d}"
    return body + luhn.calc_check_digit(body)


def people(n: int, seed: int = 1) -> list[dict[str, str]]:
    rng = random.Random(seed)
    used: set[str] = set()
    rows = []
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        company = i % max(1, n // 5)
        rows.append(
            {
                "first_name": first,
                "last_name": last,
                "personnummer": personnummer(rng, used),
                "email": f"p{i}.{seed}@example.se",
                "company": f"{rng.choice(LAST)}s {rng.choice(['Gård', 'Skog', 'Fiske', 'Ren', 'Rökeri'])} {company}",
                "org_number": org_number(company),
                "municipality": rng.choice(MUNICIPALITIES),
                "sector": rng.choice(SECTORS),
            }
        )
    return rows


def write_csv(path: Path, n: int, seed: int = 1) -> Path:
    """A UTF-8 roster with Swedish headers, as a registration form would export it."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            [
                "Förnamn",
                "Efternamn",
                "Personnummer",
                "E-post",
                "Företag",
                "Organisationsnummer",
                "Kommun",
            ]
        )
        for p in people(n, seed):
            writer.writerow(
                [
                    p["first_name"],
                    p["last_name"],
                    p["personnummer"],
                    p["email"],
                    p["company"],
                    p["org_number"],
                    p["municipality"],
                ]
            )
    return path


def make_register(path: Path, n: int, completed: int = 0, seed: int = 1) -> Path:
    """A database of ``n`` participants; the first ``completed`` completed module B1 with G.

    Written through the program's own import (so it is a register the program made), then
    graded through its service.
    """
    import tempfile

    from originn_desktop.db.schema import open_database
    from originn_desktop.io.columns import guess_mapping
    from originn_desktop.io.spreadsheet import read_table
    from originn_desktop.services.demo import demo_modules
    from originn_desktop.services.enrollment import complete
    from originn_desktop.services.importing import plan_import, run_import
    from originn_desktop.services.modules import ModuleDraft, create_module

    path.unlink(missing_ok=True)
    db = open_database(str(path))
    template = demo_modules(dt.date.today())[0]
    create_module(db, ModuleDraft(**{**vars(template), "code": "B1", "max_participants": None}))
    create_module(db, ModuleDraft(**{**vars(template), "code": "B2", "max_participants": None}))
    with tempfile.TemporaryDirectory() as tmp:
        roster = write_csv(Path(tmp) / "r.csv", n, seed)
        table = read_table(roster)
        plan = plan_import(db, table, guess_mapping(table.headers), "B2")
        assert not plan.rejected, plan.rejected[:3]
        run_import(db, plan)
        if completed:
            first = Path(tmp) / "c.csv"
            with open(roster, encoding="utf-8") as src, open(first, "w", encoding="utf-8") as dst:
                for i, line in enumerate(src):
                    if i > completed:
                        break
                    dst.write(line)
            table = read_table(first)
            run_import(db, plan_import(db, table, guess_mapping(table.headers), "B1"))
            complete(db, "B1", None, "G", dt.date.today() - dt.timedelta(days=1))
    db.dispose()
    return path


if __name__ == "__main__":
    import sys

    kind, target, size, *rest = sys.argv[1:]
    if kind == "register":
        make_register(Path(target), int(size), completed=int(rest[0]) if rest else 0)
    else:
        write_csv(Path(target), int(size), seed=int(rest[0]) if rest else 1)
