"""The funders' figures: per module, unique people and companies, and where they come from.

What Region Jämtland Härjedalen and the Interreg programme ask of the project: how many took
part in each module against the minimum, how many completed, and the spread over the county's
municipalities, the sectors and gender.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from originn_desktop.db.engine import Database
from originn_desktop.db.models import Company, Enrollment, Participant
from originn_desktop.db.reading import Stoppable, reading
from originn_desktop.domain.collation import sort_key
from originn_desktop.domain.figures import Breakdown, FundersReport, ModuleFigures
from originn_desktop.domain.values import COUNTED_STATUSES, EnrollmentStatus
from originn_desktop.services.modules import list_modules

# One person's place in the breakdowns: municipality (their own, else their company's),
# sector, gender, company (None for no company).
Place = tuple[str, str, str, int | None]


def _breakdowns(places: Counter[Place]) -> list[list[Breakdown]]:
    """People and distinct companies per municipality, sector and gender, in one pass."""
    people: list[Counter[str]] = [Counter(), Counter(), Counter()]
    companies: list[dict[str, set[int]]] = [{}, {}, {}]
    for place, n in places.items():
        company = place[3]
        for i in range(3):
            key = str(place[i])
            people[i][key] += n
            if company is not None:
                companies[i].setdefault(key, set()).add(company)
    return [
        sorted(
            (Breakdown(k, n, len(companies[i].get(k, ()))) for k, n in people[i].items()),
            key=lambda b: (b.key == "", -b.participants, sort_key(b.key)),
        )
        for i in range(3)
    ]


def _places(session: Session) -> Counter[Place]:
    """How many counted people share each place. A million people are a million rows: read
    straight from the database's cursor and counted by ``Counter`` in C, where reading them
    as ORM rows and looping over them in Python took seven seconds."""
    counted = select(Enrollment.participant_id).where(Enrollment.status.in_(list(COUNTED_STATUSES)))
    stmt = (
        select(
            func.coalesce(
                func.nullif(Participant.municipality, ""), func.nullif(Company.municipality, ""), ""
            ),
            func.coalesce(Company.sector, ""),
            func.coalesce(Participant.gender, ""),
            Participant.company_id,
        )
        .select_from(Participant)
        .outerjoin(Company, Participant.company_id == Company.id)
        .where(Participant.id.in_(counted))
    )
    connection = session.connection()
    # The statuses are the program's own constants: written into the SQL, no parameters.
    sql = str(stmt.compile(connection, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
        rows: Iterable[Place] = cursor  # type: ignore[assignment]  # DBAPI rows are tuples
        return Counter(rows)
    finally:
        cursor.close()


def funders_report(
    db: Database, today: dt.date | None = None, stop: Stoppable | None = None
) -> FundersReport:
    """Counted participants only: the waiting list and the withdrawn are not the project's reach.

    ``stop`` can end it from another thread (``Stopped`` is raised): a million people take
    seconds, and the window that asked may be closing, or no longer showing the figures.
    """
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
    with reading(db, stop) as session:  # (a stop before the read raises at once)
        places = _places(session)
        completed = session.scalar(
            select(func.count(Enrollment.participant_id.distinct())).where(
                Enrollment.status == EnrollmentStatus.COMPLETED
            )
        )
    by_municipality, by_sector, by_gender = _breakdowns(places)
    return FundersReport(
        generated=today,
        modules=modules,
        participants=sum(places.values()),
        companies=len({place[3] for place in places if place[3] is not None}),
        completed_participants=int(completed or 0),
        by_municipality=by_municipality,
        by_sector=by_sector,
        by_gender=by_gender,
    )
