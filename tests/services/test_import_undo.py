"""Undoing an import: the register as it was before it, or a refusal that says why."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from originn_desktop.certificates.content import CertificateSettings
from originn_desktop.db.models import (
    Company,
    Enrollment,
    EnrollmentEvent,
    ImportBatchPerson,
    Participant,
)
from originn_desktop.domain.text import NotFound, UserError
from originn_desktop.io.columns import guess_mapping
from originn_desktop.io.spreadsheet import read_table
from originn_desktop.services.certificates import issue_certificates
from originn_desktop.services.companies import CompanyDraft
from originn_desktop.services.enrollment import complete, enroll, withdraw
from originn_desktop.services.import_undo import plan_undo, undo_import
from originn_desktop.services.importing import plan_import, run_import
from originn_desktop.services.modules import module_summary
from originn_desktop.services.participants import (
    ParticipantDraft,
    add_participant,
    get_participant,
    update_participant,
)
from originn_desktop.services.privacy import erase_participant
from tests import factories

HEADER = "Förnamn;Efternamn;Personnummer;E-post;Telefon;Företag;Kommun\n"
NEW = [("Dqwnew", "Dalnew"), ("Eqwnew", "Evanew"), ("Fqwnew", "Fianew")]


def roster(tmp_path: Path, lines: list[str], name: str = "roster.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def do_import(db, path: Path, module: str = "M1"):
    table = read_table(path)
    return run_import(db, plan_import(db, table, guess_mapping(table.headers), module))


def snapshot(db) -> tuple[list, ...]:
    """Everything an import touches, row by row (versions aside: every write counts up)."""

    def rows(session, model, skip=("version",)):
        columns = [c for c in model.__table__.columns if c.name not in skip]
        return [tuple(r) for r in session.execute(select(*columns).order_by(columns[0]))]

    with db.read() as session:
        return (
            rows(session, Participant),
            rows(session, Enrollment),
            rows(session, EnrollmentEvent),
            rows(session, Company),
        )


@pytest.fixture
def register(db, tmp_path):
    """M1 (4 places) with Anna (not in M1, no phone), Bo (withdrawn from M1) and Cia (in M1),
    and a file with the three of them and three new people."""
    factories.module(db, "M1", min_participants=1, max_participants=4)
    numbers = [factories.personnummer("800101") for _ in range(6)]
    anna = add_participant(
        db,
        ParticipantDraft("Anna", "Berg", personal_number=numbers[0]),
        company=CompanyDraft("Gamla Gården", None, ""),
    ).participant
    bo = factories.person(db, "Bo", "Ek", module_code="M1", personal_number=numbers[1])
    withdraw(db, "M1", [bo.participant.id])
    factories.person(db, "Cia", "Lind", module_code="M1", personal_number=numbers[2])
    lines = [
        f"Anna;Berg;{numbers[0]};;070-123 45 67;Gamla Gården;Åre",
        f"Bo;Ek;{numbers[1]};;;;",
        f"Cia;Lind;{numbers[2]};;;;",
    ]
    lines += [
        f"{first};{last};{number};{first.lower()}@example.se;;Nya Skog AB;Berg"
        for (first, last), number in zip(NEW, numbers[3:], strict=True)
    ]
    return {"anna": anna, "path": roster(tmp_path, lines)}


def test_undo_puts_the_register_back_as_it_was_before_the_import(db, register):
    before = snapshot(db)
    counted = module_summary(db, "M1").count
    result = do_import(db, register["path"])
    assert (result.imported, result.enrolled, result.waitlisted) == (3, 5, 2)
    assert get_participant(db, register["anna"].id).phone == "070-123 45 67"

    plan = plan_undo(db, "M1")
    assert (plan.removed, plan.restored, plan.enrollments) == (3, 2, 5)
    assert snapshot(db) != before  # the preview changed nothing

    done = undo_import(db, "M1")

    assert done == plan
    assert snapshot(db) == before  # people, enrollments, their history, companies
    assert module_summary(db, "M1").count == counted  # and so the waiting list and counts
    if db.path is not None:  # (on a server, erasure's VACUUM is tested in tests/db)
        data = Path(db.path).read_bytes() + Path(f"{db.path}-wal").read_bytes()
        for first, last in NEW:
            assert first.encode() not in data and last.encode() not in data


def test_the_batch_holds_no_personal_data_and_goes_with_an_erased_person(db, register):
    do_import(db, register["path"])
    with db.read() as session:
        kept = " ".join(
            f"{r.previous} {r.enrollment_before}"
            for r in session.scalars(select(ImportBatchPerson))
        )
    assert "123 45 67" not in kept and "Anna" not in kept and "Åre" not in kept
    erase_participant(db, register["anna"].id)
    with db.read() as session:
        assert register["anna"].id not in session.scalars(select(ImportBatchPerson.participant_id))
    with pytest.raises(UserError, match="erased or purged since"):
        undo_import(db, "M1")


def test_undo_is_refused_after_a_later_edit_and_nothing_changes(db, register):
    do_import(db, register["path"])
    person = get_participant(db, register["anna"].id)
    draft = person.draft()
    draft.notes = "called back"
    update_participant(db, person.id, draft, person.version)
    after = snapshot(db)
    with pytest.raises(
        UserError, match=f"cannot undo the import: participant {person.id} has been changed since"
    ):
        undo_import(db, "M1")
    with pytest.raises(UserError, match="has been changed since"):
        plan_undo(db, "M1")
    assert snapshot(db) == after


def test_undo_is_refused_after_a_certificate(db, register, tmp_path):
    do_import(db, register["path"])
    with db.read() as session:
        dan = session.scalar(select(Participant.id).where(Participant.last_name == NEW[0][1]))
    complete(db, "M1", [dan], "G", dt.date.today())
    [cert] = issue_certificates(
        db, "M1", tmp_path / "c", CertificateSettings(), participant_ids=[dan]
    ).issued
    with pytest.raises(UserError, match=f"certificate {cert.number} has been issued since"):
        undo_import(db, "M1")


def test_undo_is_refused_after_a_change_in_the_module(db, register):
    result = do_import(db, register["path"])
    assert result.waitlisted
    withdraw(db, "M1", [register["anna"].id])  # someone moves up from the waiting list
    with pytest.raises(UserError, match="enrollments have changed since"):
        undo_import(db, "M1")


def test_only_the_last_import_is_undone_and_only_once(db, register, tmp_path):
    first = do_import(db, register["path"])
    line = f"Gqwnew;Gunnew;{factories.personnummer('850101')};;;;"
    second = do_import(db, roster(tmp_path, [line], "second.csv"))
    with pytest.raises(UserError, match="a later import was made since"):
        undo_import(db, "M1", batch=first.batch)
    assert undo_import(db, "M1", batch=second.batch).removed == 1
    with pytest.raises(UserError, match="already been undone"):
        undo_import(db, "M1")
    with pytest.raises(NotFound, match="no import into M2"):
        factories.module(db, "M2")
        plan_undo(db, "M2")


def test_a_later_import_of_the_same_people_elsewhere_must_be_undone_first(db, register):
    do_import(db, register["path"])
    factories.module(db, "M2", min_participants=1)
    do_import(db, register["path"], module="M2")
    with pytest.raises(UserError, match="a later import into M2 involves the same people"):
        undo_import(db, "M1")
    undo_import(db, "M2")
    assert undo_import(db, "M1").removed == 3


def test_a_later_import_elsewhere_blocks_only_if_it_shares_people(db, register, tmp_path):
    do_import(db, register["path"])
    factories.module(db, "M2", min_participants=1)
    other = f"Hqwnew;Hannew;{factories.personnummer('860101')};;;;"
    do_import(db, roster(tmp_path, [other], "other.csv"), module="M2")
    anna = get_participant(db, register["anna"].id)
    line = f"Anna;Berg;{anna.personal_number};;;;"
    do_import(db, roster(tmp_path, [line], "anna.csv"), module="M2")  # merged into by M1's
    with pytest.raises(UserError, match="a later import into M2 involves the same people"):
        plan_undo(db, "M1")
    undo_import(db, "M2")  # Anna's import into M2; the one of other people stays
    assert plan_undo(db, "M1").removed == 3


def test_undo_puts_back_on_the_waiting_list_whoever_the_import_moved_up(db, tmp_path):
    factories.module(db, "W1", min_participants=1, max_participants=5)
    vera = factories.person(db, "Vera", "Väntan").participant
    enroll(db, "W1", vera.id, "waitlisted")  # put there by hand, with places free

    def status_of_vera():
        with db.read() as session:
            return session.scalar(
                select(Enrollment.status).where(Enrollment.participant_id == vera.id)
            )

    assert status_of_vera() == "waitlisted"
    before = snapshot(db)
    path = roster(tmp_path, [f"Ny;Nysson;{factories.personnummer('800101')};;;;"])
    result = do_import(db, path, "W1")
    assert [m.participant_id for m in result.moved_up] == [vera.id]
    assert status_of_vera() == "registered"

    undo_import(db, "W1")

    assert status_of_vera() == "waitlisted"
    assert snapshot(db) == before  # and the move's history with it
