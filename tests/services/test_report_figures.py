"""The funders' figures counted by the database are those counted person by person, on a
varied register: people with and without a company, their own municipality or their
company's, blank and missing sectors and genders, several modules each, the waiting list,
withdrawals, results, and people whose data was purged."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from sqlalchemy import select

from originn_desktop.db.models import Company, Enrollment, Participant
from originn_desktop.domain.figures import Breakdown
from originn_desktop.domain.values import COUNTED_STATUSES, EnrollmentStatus
from originn_desktop.services.companies import CompanyDraft, create_company
from originn_desktop.services.enrollment import complete, enroll, withdraw
from originn_desktop.services.participants import ParticipantDraft, add_participant
from originn_desktop.services.privacy import purge
from originn_desktop.services.report import funders_report
from tests import factories


def person_by_person(db):
    """The figures as the report counted them before: every counted enrollment read, each
    person's place kept once, then counted in Python."""
    with db.read() as session:
        rows = session.execute(
            select(
                Participant.id,
                Participant.municipality,
                Company.municipality,
                Company.sector,
                Participant.gender,
                Participant.company_id,
                Enrollment.status,
            )
            .join(Enrollment, Enrollment.participant_id == Participant.id)
            .outerjoin(Company, Participant.company_id == Company.id)
            .where(Enrollment.status.in_(list(COUNTED_STATUSES)))
        ).all()
    people, completed = {}, set()
    for pid, municipality, company_municipality, sector, gender, company_id, status in rows:
        people[pid] = (municipality or company_municipality or "", sector, gender, company_id)
        if status == EnrollmentStatus.COMPLETED:
            completed.add(pid)

    def breakdown(index):
        participants, companies = Counter(), {}
        for values in people.values():
            key = str(values[index] or "")
            participants[key] += 1
            if values[3] is not None:
                companies.setdefault(key, set()).add(values[3])
        return sorted(
            (Breakdown(k, n, len(companies.get(k, ()))) for k, n in participants.items()),
            key=lambda b: (b.key == "", -b.participants, b.key),
        )

    return (
        len(people),
        len({v[3] for v in people.values() if v[3] is not None}),
        len(completed),
        breakdown(0),
        breakdown(1),
        breakdown(2),
    )


def test_the_figures_are_those_counted_person_by_person(db):
    rng = random.Random(5)
    factories.module(db, "M1", max_participants=40, start_date=dt.date(2026, 9, 1))
    factories.module(db, "M2", start_date=dt.date(2026, 10, 1))
    factories.module(db, "OLD", end_date=dt.date(2020, 1, 1))
    companies = [
        create_company(db, CompanyDraft(f"Företag {i}", None, place, sector)).id
        for i, (place, sector) in enumerate(
            [("Åre", "forestry"), ("", "fishing"), ("Berg", None), ("Krokom", "other")] * 3
        )
    ]
    ids = []
    for i in range(90):
        draft = ParticipantDraft(
            f"P{i}",
            "Test",
            factories.personnummer(),
            gender=rng.choice(["female", "male", "other", None]),
            municipality=rng.choice(["", "", "Östersund", "Åre", "Oslo"]),
            company_id=rng.choice([*companies, None, None]),
        )
        pid = add_participant(db, draft).participant.id
        ids.append(pid)
        codes = ["M2", "M1"] if i < 45 else rng.sample(["M1", "OLD"], rng.randint(0, 2))
        for code in codes:
            enroll(db, code, pid)  # past M1's forty: the waiting list
    complete(db, "M2", ids[:30:3], "G", dt.date(2026, 11, 20))
    complete(db, "M2", ids[1:30:3], "U", dt.date(2026, 11, 20))
    withdraw(db, "M1", ids[30:45:2])
    purge(db, 12)  # those only in OLD: counts without names
    report = funders_report(db)
    expected = person_by_person(db)
    assert (
        report.participants,
        report.companies,
        report.completed_participants,
        report.by_municipality,
        report.by_sector,
        report.by_gender,
    ) == expected
    assert report.participants > 40 and report.completed_participants > 0
    assert any(b.key == "" for b in report.by_municipality)  # blank, in the list's last place
