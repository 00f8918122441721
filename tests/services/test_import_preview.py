"""The window's preview (worked out without writing) says exactly what the import's dry run
says, on varied rosters and registers: new people, the same person twice in the file or
already in the register (under another spelling), rejected rows, results, the waiting list
of a full module, people already in the module or withdrawn from it, and people waiting for
places that have come free."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest
from sqlalchemy import update

from originn_desktop.db.models import Module
from originn_desktop.domain.text import UserError
from originn_desktop.io.columns import guess_mapping
from originn_desktop.io.spreadsheet import read_table
from originn_desktop.services.enrollment import enroll, withdraw
from originn_desktop.services.import_preview import preview_import
from originn_desktop.services.importing import plan_import, run_import
from originn_desktop.services.participants import ParticipantDraft, add_participant
from tests import factories

HEADER = "Förnamn;Efternamn;Personnummer;E-post;Status;Betyg;Examinationsdatum\n"


def _roster(rng: random.Random, known: list[tuple[str, str, str]], size: int) -> str:
    lines = []
    for i in range(size):
        kind = rng.random()
        status, grade, day = "", "", ""
        if kind < 0.25 and known:
            first, last, number = rng.choice(known)
            if rng.random() < 0.4:
                last += "sson"  # another spelling of someone known
        elif kind < 0.3:
            first, last, number = "Fel", "Nummer", "650412-1235"  # wrong check digit
        elif kind < 0.35 and lines:
            first, last, number = lines[-1].split(";")[:3]  # the row before, again
        else:
            first, last, number = f"Ny{i}", "Person", factories.personnummer()
        roll = rng.random()
        if roll < 0.15:
            status, grade, day = "Godkänd", "G", "2026-11-20"
        elif roll < 0.2:
            status = "Avanmäld"
        elif roll < 0.3:
            status = "Reserv"
        lines.append(
            f"{first};{last};{number};{first.lower()}{i}@example.se;{status};{grade};{day}"
        )
    return HEADER + "\n".join(lines) + "\n"


def _register(db, rng: random.Random, maximum: int | None, waiting_room: bool):
    factories.module(
        db, "M1", max_participants=maximum, start_date=dt.date(2026, 9, 1), min_participants=3
    )
    known = []
    for i in range(30):
        number = factories.personnummer()
        pid = add_participant(db, ParticipantDraft(f"Känd{i}", "Berg", number)).participant.id
        known.append((f"Känd{i}", "Berg", number))
        if rng.random() < 0.6:
            enroll(db, "M1", pid)
            if rng.random() < 0.2:
                withdraw(db, "M1", [pid])
    if waiting_room and maximum is not None:
        # Places come free without the waiting list moving (as after a maximum was raised
        # by another program): the import moves them up first.
        with db.write() as session:
            session.execute(update(Module).values(max_participants=maximum + 4))
    return known


@pytest.mark.parametrize(
    ("seed", "maximum", "waiting_room", "results"),
    [
        (1, None, False, False),
        (2, 12, False, False),
        (3, 12, True, False),
        (4, 20, False, True),
        (5, 8, True, True),
        (6, 30, False, False),
    ],
)
def test_the_preview_says_what_the_dry_run_says(db, tmp_path, seed, maximum, waiting_room, results):
    rng = random.Random(seed)
    known = _register(db, rng, maximum, waiting_room)
    path = tmp_path / "roster.csv"
    path.write_text(_roster(rng, known, 60), encoding="utf-8")
    table = read_table(path)
    plan = plan_import(db, table, guess_mapping(table.headers), "M1", with_results=results)
    preview = preview_import(db, plan)
    dry_run = run_import(db, plan, dry_run=True)
    assert dataclasses.asdict(preview) == dataclasses.asdict(dry_run)
    assert preview.imported and preview.duplicates and preview.rejected and preview.warnings
    assert bool(preview.moved_up) == waiting_room and bool(preview.results) == results
    assert preview.waitlisted if maximum and maximum < 30 else True
    done = run_import(db, plan)
    # and the import does just that (and records it, to be undone)
    assert done.batch is not None
    assert dataclasses.replace(done, dry_run=True, batch=None) == dry_run


def test_the_preview_writes_nothing(db, tmp_path):
    rng = random.Random(9)
    known = _register(db, rng, 10, True)
    path = tmp_path / "roster.csv"
    path.write_text(_roster(rng, known, 40), encoding="utf-8")
    table = read_table(path)
    plan = plan_import(db, table, guess_mapping(table.headers), "M1")
    before = db.data_version()
    preview_import(db, plan)
    assert db.data_version() == before


def test_a_person_purged_since_the_plan_stops_the_preview_as_it_stops_the_import(db, tmp_path):
    factories.module(db, "M1")
    number = factories.personnummer()
    pid = add_participant(db, ParticipantDraft("Anna", "Berg", number)).participant.id
    path = tmp_path / "roster.csv"
    path.write_text(HEADER + f"Anna;Berg;{number};;;;\n", encoding="utf-8")
    table = read_table(path)
    plan = plan_import(db, table, guess_mapping(table.headers), "M1")
    from originn_desktop.services.privacy import erase_participant

    erase_participant(db, pid)
    with pytest.raises(UserError) as preview:
        preview_import(db, plan)
    with pytest.raises(UserError) as dry_run:
        run_import(db, plan, dry_run=True)
    assert preview.value.text == dry_run.value.text
