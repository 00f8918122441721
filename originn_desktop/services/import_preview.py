"""What an import will do, worked out without writing: the window's preview.

``run_import(dry_run=True)`` writes everything and rolls it back, which is exact but costs as
much as the import itself; the window then imports for real, so a coordinator paid twice.
``preview_import`` reads what the plan's figures depend on (the people it merges into, their
places in the module, the module's headcount and waiting list) and applies the same rules as
``run_import``, in the same order. Tests compare the two on varied rosters; the command line's
``import --dry-run`` still runs the rolled-back import.
"""

from __future__ import annotations

from sqlalchemy import select

from originn_desktop.db.engine import Database
from originn_desktop.db.models import Enrollment, Participant
from originn_desktop.domain.rules import Headcount, placement, places_to_fill
from originn_desktop.domain.text import Text
from originn_desktop.domain.values import FINISHED_STATUSES, EnrollmentStatus
from originn_desktop.services.enrollment import (
    EnrollmentState,
    StatusChange,
    has_ended,
    module_headcount,
)
from originn_desktop.services.importing import (
    BATCH,
    ImportPlan,
    ImportResult,
    _outdated,
)
from originn_desktop.services.lookup import find_module


def preview_import(db: Database, plan: ImportPlan) -> ImportResult:
    """The result ``run_import(db, plan, dry_run=True)`` would give, read-only."""
    warnings = list(plan.warnings)
    with db.read() as session:
        module = find_module(session, plan.module_id)
        existing = sorted({pid for _, pid, _, _ in plan.existing})
        names: dict[int, tuple[str, str]] = {}
        status_of: dict[int, str] = {}
        for start in range(0, len(existing), BATCH):
            chunk = existing[start : start + BATCH]
            for pid, first, last, purged in session.execute(
                select(
                    Participant.id,
                    Participant.first_name,
                    Participant.last_name,
                    Participant.anonymized_at,
                ).where(Participant.id.in_(chunk))
            ):
                if purged is None:
                    names[pid] = (first, last)
            for pid, status in session.execute(
                select(Enrollment.participant_id, Enrollment.status).where(
                    Enrollment.module_id == module.id, Enrollment.participant_id.in_(chunk)
                )
            ):
                status_of[pid] = status
        for number, pid, clean, _ in plan.existing:
            if pid not in names:
                raise _outdated()  # removed or purged since the plan, as the import says
            first, last = names[pid]
            if (first, last) != (clean.first_name, clean.last_name):
                warnings.append(
                    (
                        number,
                        Text(
                            f"the same person as participant {pid}, whose name is kept as "
                            f"{first} {last}",
                            f"samma person som deltagare {pid}, vars namn behålls som "
                            f"{first} {last}",
                        ),
                    )
                )
        count = module_headcount(session, module)
        # Anyone waiting moves up into free places first (fill_from_waitlist).
        moved_up: list[StatusChange] = []
        free = 0 if has_ended(module) else places_to_fill(count)
        if free:
            queue = session.execute(
                select(
                    Enrollment.participant_id,
                    Participant.first_name,
                    Participant.last_name,
                    Enrollment.grade,
                    Enrollment.grade_date,
                    Enrollment.queued_at,
                )
                .join(Participant, Participant.id == Enrollment.participant_id)
                .where(
                    Enrollment.module_id == module.id,
                    Enrollment.status == EnrollmentStatus.WAITLISTED,
                )
                .order_by(Enrollment.queued_at, Enrollment.id)
                .limit(free)
            ).all()
            for pid, first, last, grade, grade_date, queued_at in queue:
                moved_up.append(
                    StatusChange(
                        pid,
                        f"{first} {last}",
                        module.code,
                        EnrollmentState(EnrollmentStatus.WAITLISTED, grade, grade_date, queued_at),
                        EnrollmentState(EnrollmentStatus.REGISTERED),
                        EnrollmentStatus.REGISTERED,
                    )
                )
                if pid in status_of:
                    status_of[pid] = EnrollmentStatus.REGISTERED
            count = Headcount(
                count.counted + len(queue),
                count.minimum,
                count.maximum,
                count.waitlisted - len(queue),
            )
    counted, waiting = count.counted, count.waitlisted
    already = enrolled = waitlisted = results = 0
    # The people the file adds have no ids yet: stand-ins that no real id can be.
    stand_ins = [-1 - i for i in range(len(plan.new))]
    for pid, requested, _grade, _date in plan.enrollments(stand_ins):
        status_now = status_of.get(pid)
        if status_now is not None and status_now != EnrollmentStatus.WITHDRAWN:
            already += 1
            continue
        headcount = Headcount(counted, count.minimum, count.maximum, waiting)
        if requested in FINISHED_STATUSES:
            status = EnrollmentStatus(requested)
            results += 1
        else:
            status = placement(EnrollmentStatus(requested), headcount)
        if status == EnrollmentStatus.WAITLISTED:
            waiting += 1
            waitlisted += 1
        else:
            counted += 1
        enrolled += 1
    return ImportResult(
        imported=len(plan.new),
        duplicates=plan.duplicates,
        rejected=list(plan.rejected),
        enrolled=enrolled,
        waitlisted=waitlisted,
        already_enrolled=already,
        warnings=sorted(warnings, key=lambda w: w[0]),
        rows=plan.rows,
        dry_run=True,
        skipped=list(plan.skipped),
        results=results,
        moved_up=moved_up,
    )
