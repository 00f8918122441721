"""Several coordinators writing at the same moment, each in a process of their own, on one
register: what the register says afterwards is what one coordinator after another would
have made of it. Run on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections import Counter

import pytest
from sqlalchemy import select

from originn_desktop.db.models import Certificate, Participant
from originn_desktop.services.enrollment import complete, enroll
from originn_desktop.services.modules import module_summary
from originn_desktop.services.participants import get_participant, module_roster
from tests import factories
from tests.concurrency import workers

pytestmark = pytest.mark.slow


def run_together(*calls):
    """Run each (function, args) in a spawned process, all released at once; their results."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Manager().Barrier(len(calls))
    with ctx.Pool(len(calls)) as pool:
        pending = [pool.apply_async(fn, (args[0], barrier, *args[1:])) for fn, *args in calls]
        return [p.get(timeout=300) for p in pending]


def url_of(db) -> str:
    return db.url.render_as_string(hide_password=False)


def test_two_coordinators_printing_at_once_get_unique_numbers_without_gaps(db, tmp_path):
    factories.module(db, "M1", min_participants=1)
    ids = [factories.person(db, f"P{i}", module_code="M1").participant.id for i in range(12)]
    complete(db, "M1", ids, "G", dt.date.today())
    first, second = run_together(
        (workers.print_certificates, url_of(db), "M1", ids[0::2], str(tmp_path / "a")),
        (workers.print_certificates, url_of(db), "M1", ids[1::2], str(tmp_path / "b")),
    )
    assert len(first) == len(second) == 6  # neither coordinator was told to try again
    with db.read() as session:
        certs = session.scalars(select(Certificate)).all()
    assert sorted(c.sequence for c in certs) == list(range(1, 13))  # unique, no gap
    assert {c.number for c in certs} == set(first) | set(second)
    assert sorted(c.participant_id for c in certs) == sorted(ids)  # one each


def test_enrolling_at_once_never_fills_a_module_past_its_maximum(db):
    factories.module(db, "M1", min_participants=3, max_participants=5)
    ids = [factories.person(db, f"P{i}").participant.id for i in range(12)]
    got = run_together(
        (workers.enroll_each, url_of(db), "M1", ids[0::3]),
        (workers.enroll_each, url_of(db), "M1", ids[1::3]),
        (workers.enroll_each, url_of(db), "M1", ids[2::3]),
    )
    statuses = Counter(s for result in got for s in result)
    assert statuses == {"registered": 5, "waitlisted": 7}
    count = module_summary(db, "M1").count
    assert (count.counted, count.waitlisted) == (5, 7)


def test_withdrawing_at_once_moves_each_waiting_person_up_once_and_in_turn(db):
    factories.module(db, "M1", min_participants=1, max_participants=4)
    ids = [factories.person(db, f"P{i:02d}").participant.id for i in range(10)]
    for pid in ids:  # one after another: the waiting list's order is the order of enrolling
        enroll(db, "M1", pid)
    registered, waiting = ids[:4], ids[4:]
    moved = run_together(
        (workers.withdraw_each, url_of(db), "M1", registered[:2]),
        (workers.withdraw_each, url_of(db), "M1", registered[2:]),
    )
    moved_up = [pid for result in moved for pid in result]
    assert sorted(moved_up) == sorted(waiting[:4])  # the four who waited longest, once each
    roster = {e.participant.id: e.status for e in module_roster(db, "M1")}
    assert [pid for pid in ids if roster[pid] == "registered"] == waiting[:4]
    assert [pid for pid in ids if roster[pid] == "waitlisted"] == waiting[4:]
    assert module_summary(db, "M1").count.counted == 4


def test_two_saves_of_the_same_record_at_once_one_is_refused_not_overwritten(db):
    person = factories.person(db, "Anna", "Delad").participant
    version = get_participant(db, person.id).version
    results = run_together(
        (workers.save_edit, url_of(db), person.id, version, "Bertil"),
        (workers.save_edit, url_of(db), person.id, version, "Cecilia"),
    )
    refused, saved = sorted(results, reverse=True)
    assert saved == "saved" and "someone else changed this record" in refused
    saved = get_participant(db, person.id)
    assert saved.first_name == ("Bertil" if results[0] == "saved" else "Cecilia")


def test_an_import_while_another_coordinator_adds_people_loses_no_one_and_merges_no_one_wrongly(
    db, tmp_path
):
    factories.module(db, "M1")
    factories.module(db, "M2")
    numbered = [(f"Fil{i:03d}", factories.personnummer("750101", i)) for i in range(1, 121)]
    by_email = [(f"Post{i:02d}", f"post{i}@example.se", f"1960-01-{i + 1:02d}") for i in range(10)]
    lines = ["Förnamn;Efternamn;Personnummer;E-post;Födelsedatum"]
    lines += [f"{first};Import;{number};;" for first, number in numbered]
    lines += [f"{first};Import;;{mail};{born}" for first, mail, born in by_email]
    roster = tmp_path / "roster.csv"
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    by_hand = (
        [  # the same people as in the file, and new ones, by number and by e-mail
            {"first_name": first, "last_name": "Import", "personal_number": number}
            for first, number in numbered[::4]
        ]
        + [
            {
                "first_name": f"Hand{i:02d}",
                "last_name": "Ny",
                "personal_number": factories.personnummer("760202", i),
            }
            for i in range(1, 31)
        ]
        + [  # the same mailbox: the same person when born the same day, another when not
            {"first_name": first, "last_name": "Import", "email": mail, "birth_date": born}
            for first, mail, born in by_email[:5]
        ]
        + [
            {
                "first_name": "Granne",
                "last_name": "Import",
                "email": mail,
                "birth_date": "1990-06-06",
            }
            for _first, mail, _born in by_email[5:]
        ]
    )
    imported, added = run_together(
        (workers.import_file, url_of(db), str(roster), "M1"),
        (workers.add_people, url_of(db), by_hand, "M2"),
    )
    assert imported == "0"  # exit status 0, nothing on stderr
    assert set(added) <= {"new", "found"}  # every one taken (new or found by the import)
    with db.read() as session:
        people = session.scalars(select(Participant)).all()
    assert len(people) == 120 + 10 + 30 + 5  # everyone once: the file's, and the new by hand
    numbers = Counter(p.personal_number for p in people if p.personal_number)
    assert len(numbers) == 150 and max(numbers.values()) == 1
    by_mail = Counter((p.email_key, p.birth_date) for p in people if not p.personal_number)
    assert len(by_mail) == 15 and max(by_mail.values()) == 1
    for p in people:  # nobody took someone else's name
        if p.personal_number:
            assert p.first_name.startswith("Fil" if p.last_name == "Import" else "Hand")
    assert module_summary(db, "M1").count.counted == 130  # every row of the file enrolled
    assert module_summary(db, "M2").count.counted == 30 + 30 + 10
