"""The funders' figures: per module, unique people and companies, and where they come from.

What Region Jämtland Härjedalen and the Interreg programme ask of the project: how many took
part in each module against the minimum, how many completed, and the spread over the county's
municipalities, the sectors and gender.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select

from originn_desktop.db.engine import Database
from originn_desktop.db.models import Company, Enrollment, Participant
from originn_desktop.domain.figures import Breakdown, FundersReport, ModuleFigures
from originn_desktop.domain.values import COUNTED_STATUSES, EnrollmentStatus
from originn_desktop.services.modules import list_modules


def _breakdown(
    people: dict[int, tuple[str, str | None, str | None, int | None]], index: int
) -> list[Breakdown]:
    participants: Counter[str] = Counter()
    companies: dict[str, set[int]] = {}
    for values in people.values():
        key = str(values[index] or "")
        participants[key] += 1
        if values[3] is not None:
            companies.setdefault(key, set()).add(values[3])
    return sorted(
        (Breakdown(k, n, len(companies.get(k, ()))) for k, n in participants.items()),
        key=lambda b: (b.key == "", -b.participants, b.key),
    )


def funders_report(db: Database, today: dt.date | None = None) -> FundersReport:
    """Counted participants only: the waiting list and the withdrawn are not the project's reach."""
    today = today or dt.date.today()
    modules = [
        ModuleFigures(
            s.module.code,
            s.module.draft.title_sv,
            s.module.draft.title_en,
            s.count.counted,
            s.count.minimum,
            s.completed,
            s.failed,
            s.withdrawn,
            s.count.waitlisted,
        )
        for s in list_modules(db, today)
    ]
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
    people: dict[int, tuple[str, str | None, str | None, int | None]] = {}
    completed: set[int] = set()
    for pid, municipality, company_municipality, sector, gender, company_id, status in rows:
        people[pid] = (municipality or company_municipality or "", sector, gender, company_id)
        if status == EnrollmentStatus.COMPLETED:
            completed.add(pid)
    return FundersReport(
        generated=today,
        modules=modules,
        participants=len(people),
        companies=len({v[3] for v in people.values() if v[3] is not None}),
        completed_participants=len(completed),
        by_municipality=_breakdown(people, 0),
        by_sector=_breakdown(people, 1),
        by_gender=_breakdown(people, 2),
    )
