"""Erasure and the retention rule: personal data gone from the file's bytes, counts kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from originn_desktop.certificates.content import CertificateSettings
from originn_desktop.domain.text import NotFound, UserError
from originn_desktop.services.audit import recent
from originn_desktop.services.certificates import issue_certificates, verify
from originn_desktop.services.companies import CompanyDraft
from originn_desktop.services.enrollment import complete
from originn_desktop.services.modules import module_summary
from originn_desktop.services.participant_list import ParticipantQuery, count_participants
from originn_desktop.services.participants import (
    ParticipantDraft,
    add_participant,
    get_participant,
    module_roster,
    update_participant,
)
from originn_desktop.services.privacy import erase_participant, purge, purge_plan
from originn_desktop.services.report import funders_report
from tests import factories
from tests.clock import TODAY
from tests.postgres import register_file_bytes

NAME = "Zyxwvuts"  # a surname that appears nowhere else


def file_bytes(db) -> bytes:
    if db.path is None:  # PostgreSQL: the files of the register's tables and indexes
        return register_file_bytes(str(db.url.render_as_string(hide_password=False)))
    path = Path(db.path)
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_erasure_removes_the_person_from_the_bytes_of_the_database(db, tmp_path):
    factories.module(db, "M1", min_participants=1)
    person = factories.person(
        db,
        "Qwertyuio",
        NAME,
        module_code="M1",
        personal_number="800420-1110",
        email="qwe@example.se",
    ).participant
    factories.person(db, "Kept", "Other", module_code="M1")
    complete(db, "M1", [person.id], "G", dt.date.today())
    [cert] = issue_certificates(
        db, "M1", tmp_path / "c", CertificateSettings(), participant_ids=[person.id]
    ).issued
    assert NAME.encode() in file_bytes(db)
    erase_participant(db, person.id)
    data = file_bytes(db)
    for secret in (NAME, "Qwertyuio", "qwe@example.se", "198004201110", NAME.casefold()):
        assert secret.encode() not in data, secret
    with pytest.raises(NotFound):
        get_participant(db, person.id)
    assert [r.participant.first_name for r in module_roster(db, "M1")] == ["Kept"]
    record = verify(db, cert.number)  # the number still answers, without the name
    assert record.learner_name == "(raderad)"


def test_the_audit_log_records_that_an_erasure_happened_not_whom(db):
    person = factories.person(db, "Anna", NAME).participant
    erase_participant(db, person.id)
    entries = recent(db)
    assert entries[0].action == "participant.erase" and entries[0].entity_id is None
    assert all(e.entity_id != person.id for e in entries if e.entity == "participant")


def test_retention_purges_people_whose_modules_ended_long_ago_and_keeps_counts(db):
    old = factories.module(
        db, "OLD", min_participants=1, start_date=dt.date(2024, 1, 8), end_date=dt.date(2024, 3, 1)
    )
    factories.module(
        db, "NEW", min_participants=1, start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 12, 1)
    )
    gone = factories.person(
        db, "Gone", NAME, module_code="OLD", municipality="Åre", gender="female"
    ).participant
    both = factories.person(db, "Both", "Modules", module_code="OLD").participant
    from originn_desktop.services.enrollment import enroll

    enroll(db, "NEW", both.id)
    complete(db, "OLD", [gone.id], "G", dt.date(2024, 3, 1))
    before = funders_report(db)
    plan = purge_plan(db, 24, today=TODAY)
    assert (plan.participants, plan.cutoff) == (1, dt.date(2024, 11, 27))
    done = purge(db, 24, today=TODAY)
    assert done.participants == 1
    assert NAME.encode() not in file_bytes(db)
    assert module_summary(db, old.id).count.counted == 2  # the counts remain
    after = funders_report(db)
    assert (after.participants, after.completed_participants) == (
        before.participants,
        before.completed_participants,
    )
    assert {b.key: b.participants for b in after.by_municipality} == {
        b.key: b.participants for b in before.by_municipality
    }
    assert count_participants(db, ParticipantQuery()) == 1  # only Both is listed
    assert purge(db, 24, today=TODAY).participants == 0  # twice purges nothing


@pytest.mark.parametrize("months", [0, -3, 100_000])
def test_retention_needs_a_sensible_period(db, months):
    with pytest.raises(UserError, match="1 to 1200 months"):
        purge(db, months)
    with pytest.raises(UserError, match="1 to 1200 months"):
        purge_plan(db, months)


def test_a_window_still_open_on_a_purged_person_cannot_write_them_back(db):
    factories.module(
        db, "OLD", min_participants=1, start_date=dt.date(2024, 1, 8), end_date=dt.date(2024, 3, 1)
    )
    person = factories.person(db, "Gone", NAME, module_code="OLD").participant
    opened = get_participant(db, person.id)  # the dialog was opened before the purge
    assert purge(db, 24, today=TODAY).participants == 1
    with pytest.raises(UserError, match="purged"):
        update_participant(db, person.id, opened.draft(), expected_version=opened.version)
    assert NAME.encode() not in file_bytes(db)


def test_a_sole_traders_organisationsnummer_goes_with_them_and_the_company_stays(db):
    number = factories.personnummer("800420")
    person = add_participant(
        db,
        ParticipantDraft("Sole", NAME, personal_number=number),
        company=CompanyDraft(f"{NAME} Skog", number, "Berg"),
    ).participant
    other = add_participant(
        db,
        ParticipantDraft("Other", "Person", personal_number=factories.personnummer()),
        company=CompanyDraft("Skogsbolaget AB", "556810-0019", "Berg"),
    ).participant
    erase_participant(db, person.id)
    digits = number.replace("-", "")
    assert digits.encode() not in file_bytes(db) and number.encode() not in file_bytes(db)
    assert get_participant(db, other.id).org_number == "556810-0019"  # others' are kept
