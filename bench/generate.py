"""Reproducible synthetic registers of any size: valid identity numbers, realistic names with
Swedish and Sami letters, companies across the county's municipalities and sectors.

Every person is invented; the numbers are synthetic with valid check digits.

``python -m bench.generate register PATH N [COMPLETED]`` writes a register of N people, every
one enrolled in module B2 (and the first COMPLETED of them graded G in B1), exactly as the
program's own import would write them from ``csv PATH N`` (a test compares the two), but
column by column straight into the tables: a million people in about a minute, where the
import would hold the whole roster in memory and take several.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
from collections.abc import Iterator
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


FIELDS = (
    "first_name",
    "last_name",
    "personnummer",
    "email",
    "company",
    "org_number",
    "municipality",
    "sector",
)


def iter_people(n: int, seed: int = 1) -> Iterator[tuple[str, ...]]:
    """The people of a roster, one tuple of ``FIELDS`` each, without holding them all."""
    rng = random.Random(seed)
    used: set[str] = set()
    companies = max(1, n // 5)
    kinds = ["Gård", "Skog", "Fiske", "Ren", "Rökeri"]
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        company = i % companies
        number = personnummer(rng, used)
        yield (
            first,
            last,
            number,
            f"p{i}.{seed}@example.se",
            f"{rng.choice(LAST)}s {rng.choice(kinds)} {company}",
            org_number(company),
            rng.choice(MUNICIPALITIES),
            rng.choice(SECTORS),
        )


def people(n: int, seed: int = 1) -> list[dict[str, str]]:
    return [dict(zip(FIELDS, p, strict=True)) for p in iter_people(n, seed)]


def write_csv(path: Path, n: int, seed: int = 1, limit: int | None = None) -> Path:
    """A UTF-8 roster with Swedish headers, as a registration form would export it (only its
    first ``limit`` people, if given)."""
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
        for i, p in enumerate(iter_people(n, seed)):
            if limit is not None and i >= limit:
                break
            writer.writerow(p[:7])
    return path


def _modules(path: Path):  # type: ignore[no-untyped-def]
    """A new register at ``path`` with modules B1 and B2 (no maximum); the open database.

    B1 has begun (its people are graded yesterday, and nobody is graded before a module
    starts); B2 is the demo's coming module."""
    from originn_desktop.db.schema import open_database
    from originn_desktop.services.demo import demo_modules
    from originn_desktop.services.modules import ModuleDraft, create_module

    path.unlink(missing_ok=True)
    db = open_database(str(path))
    template = demo_modules(dt.date.today())[0]
    today = dt.date.today()
    begun = {
        "start_date": today - dt.timedelta(days=30),
        "end_date": today + dt.timedelta(days=30),
        "registration_deadline": None,
    }
    for code, dates in (("B1", begun), ("B2", {})):
        fields = {**vars(template), "code": code, "max_participants": None, **dates}
        create_module(db, ModuleDraft(**fields))
    return db


def _complete_first(db, roster: Path, completed: int) -> None:  # type: ignore[no-untyped-def]
    """The first ``completed`` people of ``roster`` imported into B1 and graded G there,
    through the program's services (a few hundred: the certificates' register)."""
    import tempfile

    from originn_desktop.io.columns import guess_mapping
    from originn_desktop.io.spreadsheet import read_table
    from originn_desktop.services.enrollment import complete
    from originn_desktop.services.importing import plan_import, run_import

    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "c.csv"
        with open(roster, encoding="utf-8") as src, open(first, "w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i > completed:
                    break
                dst.write(line)
        table = read_table(first)
        run_import(db, plan_import(db, table, guess_mapping(table.headers), "B1"))
    complete(db, "B1", None, "G", dt.date.today() - dt.timedelta(days=1))


def register_by_import(path: Path, n: int, completed: int = 0, seed: int = 1) -> Path:
    """The register ``make_register`` writes, made by the program's own import of the roster
    (the reference it is tested against; slow and memory-hungry for a large ``n``)."""
    import tempfile

    from originn_desktop.io.columns import guess_mapping
    from originn_desktop.io.spreadsheet import read_table
    from originn_desktop.services.importing import plan_import, run_import

    db = _modules(path)
    with tempfile.TemporaryDirectory() as tmp:
        roster = write_csv(Path(tmp) / "r.csv", n, seed)
        table = read_table(roster)
        plan = plan_import(db, table, guess_mapping(table.headers), "B2")
        assert not plan.rejected, plan.rejected[:3]
        run_import(db, plan)
        if completed:
            _complete_first(db, roster, completed)
    _indexed(db)
    return path


def _indexed(db) -> None:  # type: ignore[no-untyped-def]
    """Every person in the search index, as the window leaves a register it has opened."""
    from originn_desktop.db.search_index import catch_up

    catch_up(db)
    db.dispose()


CHUNK = 50_000  # people written per statement group, so memory stays flat for any size


def make_register(path: Path, n: int, completed: int = 0, seed: int = 1) -> Path:
    """A database of ``n`` participants, all registered in B2; the first ``completed`` also
    completed B1 with G. What the import of ``write_csv(n, seed)`` into B2 writes, row for
    row, written in bulk (``db.bulk.insert_columns``) with the program's own normalisations."""
    import tempfile

    from sqlalchemy import select

    from originn_desktop.db.bulk import insert_columns, table_of
    from originn_desktop.db.models import (
        AuditEntry,
        Company,
        Enrollment,
        EnrollmentEvent,
        Module,
        Participant,
        utcnow,
    )
    from originn_desktop.db.search_index import adding_many
    from originn_desktop.domain.collation import name_sort_key, sort_key
    from originn_desktop.domain.company import clean_company_fields
    from originn_desktop.domain.identity import normalize_email, normalize_name, normalize_text
    from originn_desktop.domain.people import search_text
    from originn_desktop.domain.values import CertificateLanguage, EnrollmentStatus
    from originn_desktop.services.audit import os_user

    db = _modules(path)
    with db.read() as session:
        module_id = session.scalar(select(Module.id).where(Module.code == "B2"))
    now = utcnow()
    user = os_user()
    names: dict[str, str] = {}
    places: dict[str, str] = {}
    company_ids: dict[str, tuple[int, str, str]] = {}  # org number -> (id, name, municipality)
    people = iter_people(n, seed)
    written = 0
    while written < n:
        batch = [next(people) for _ in range(min(CHUNK, n - written))]
        new_companies: dict[str, list[object]] = {
            "name": [],
            "org_number": [],
            "municipality": [],
            "sector": [],
            "created_at": [],
        }
        first_id = len(company_ids) + 1
        for p in batch:
            org = p[5]
            if org not in company_ids:  # the first row naming a company makes it, as imported
                draft = clean_company_fields(p[4], org, p[6])
                company_ids[org] = (
                    first_id + len(new_companies["name"]),
                    draft.name,
                    draft.municipality,
                )
                for key, value in (
                    ("name", draft.name),
                    ("org_number", draft.org_number),
                    ("municipality", draft.municipality),
                    ("sector", None),
                    ("created_at", now),
                ):
                    new_companies[key].append(value)
        firsts = [names.get(p[0]) or names.setdefault(p[0], normalize_name(p[0])) for p in batch]
        lasts = [names.get(p[1]) or names.setdefault(p[1], normalize_name(p[1])) for p in batch]
        emails = [normalize_email(p[3]) for p in batch]
        towns = [places.get(p[6]) or places.setdefault(p[6], normalize_text(p[6])) for p in batch]
        firms = [company_ids[p[5]] for p in batch]
        size = len(batch)
        with db.write() as session:
            ids = insert_columns(session, table_of(Company), new_companies)
            assert not ids or ids[0] == first_id, "companies must be numbered as imported"
            with adding_many(session):  # indexed at the end, as an import's people are
                participant_ids = insert_columns(
                    session,
                    table_of(Participant),
                    {
                        "first_name": firsts,
                        "last_name": lasts,
                        "personal_number": [p[2] for p in batch],
                        "birth_date": [
                            dt.date(int(p[2][:4]), int(p[2][4:6]), int(p[2][6:8])) for p in batch
                        ],
                        "email": emails,
                        "email_key": [e.casefold() for e in emails],
                        "phone": [""] * size,
                        "company_id": [f[0] for f in firms],
                        "municipality": towns,
                        "gender": [None] * size,
                        "certificate_language": [str(CertificateLanguage.BILINGUAL)] * size,
                        "notes": [""] * size,
                        "search_text": [
                            search_text(first, last, email, firm[1], town or firm[2])
                            for first, last, email, firm, town in zip(
                                firsts, lasts, emails, firms, towns, strict=True
                            )
                        ],
                        "sort_key": [
                            name_sort_key(first, last)
                            for first, last in zip(firsts, lasts, strict=True)
                        ],
                        "first_name_key": [sort_key(first) for first in firsts],
                        "company_key": [sort_key(firm[1]) for firm in firms],
                        "municipality_key": [
                            sort_key(town or firm[2])
                            for town, firm in zip(towns, firms, strict=True)
                        ],
                        "created_at": [now] * size,
                        "updated_at": [now] * size,
                        "version": [1] * size,
                    },
                )
            enrollment_ids = insert_columns(
                session,
                table_of(Enrollment),
                {
                    "participant_id": participant_ids,
                    "module_id": [module_id] * size,
                    "status": [str(EnrollmentStatus.REGISTERED)] * size,
                    "queued_at": [None] * size,
                    "created_at": [now] * size,
                    "updated_at": [now] * size,
                },
            )
            insert_columns(
                session,
                table_of(EnrollmentEvent),
                {
                    "enrollment_id": enrollment_ids,
                    "at": [now] * size,
                    "from_status": [None] * size,
                    "to_status": [str(EnrollmentStatus.REGISTERED)] * size,
                    "grade": [None] * size,
                    "note": ["import"] * size,
                    "os_user": [user] * size,
                },
            )
        written += size
    with db.write() as session:  # the import's one audit entry
        details = {
            "company_ids": [1, len(company_ids)] if company_ids else [],
            "duplicates": 0,
            "enrolled": n,
            "imported": n,
            "module": "B2",
            "participant_ids": [1, n] if n else [],
            "rejected": 0,
        }
        session.add(
            AuditEntry(
                os_user=user,
                action="import",
                entity="module",
                entity_id=module_id,
                details=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True),
            )
        )
    if completed:
        with tempfile.TemporaryDirectory() as tmp:
            roster = write_csv(Path(tmp) / "r.csv", n, seed, limit=completed)
            _complete_first(db, roster, completed)
    _indexed(db)
    return path


if __name__ == "__main__":
    import sys

    kind, target, size, *rest = sys.argv[1:]
    if kind == "register":
        make_register(Path(target), int(size), completed=int(rest[0]) if rest else 0)
    else:
        write_csv(Path(target), int(size), seed=int(rest[0]) if rest else 1)
