"""Enrollments: enroll, change status, withdraw, complete; the waiting list moves up by itself.

Every status change is kept as an ``EnrollmentEvent``, so a person's history can be shown, and
every change returns enough of the previous state for the window to undo it exactly.

The waiting list is one queue per module, longest-waiting first. ``fill_from_waitlist`` is the
one place it moves: every change that can free a place (a withdrawal or other status change
away from a counted status, an erasure, a raised or removed maximum) and every new enrollment
calls it, so nobody who comes later gets in ahead of someone waiting. Someone put on the
waiting list by hand while there is room stays there until the next such change. A module
that has ended moves nobody up. Lowering the maximum below the head count removes nobody:
newcomers wait until enough people have left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from originn_desktop.db.bulk import table_of
from originn_desktop.db.engine import ChangedElsewhere, Database
from originn_desktop.db.models import (
    Certificate,
    Enrollment,
    EnrollmentEvent,
    Module,
    Participant,
    utcnow,
)
from originn_desktop.domain.rules import Headcount, headcount_of, placement, places_to_fill
from originn_desktop.domain.text import NotFound, Text, UserError, ValidationError
from originn_desktop.domain.values import (
    COUNTED_STATUSES,
    FINISHED_STATUSES,
    CertificateStatus,
    EnrollmentStatus,
    Grade,
    label,
    status_phrase,
)
from originn_desktop.services import audit
from originn_desktop.services.lookup import find_module, find_participant

ENROLLABLE = (EnrollmentStatus.REGISTERED, EnrollmentStatus.ADMITTED, EnrollmentStatus.WAITLISTED)
MOVED_UP_NOTE = "moved up from the waiting list"
# The start of the reason a certificate revoked by a status change carries (undo and
# printing again tell it from a revocation by hand by it).
REVOKED_BY_STATUS = "status changed to "


@dataclass(frozen=True)
class EnrollmentState:
    """An enrollment's status as it was or is: what undo restores."""

    status: str | None  # None: not enrolled at all
    grade: str | None = None
    grade_date: dt.date | None = None
    queued_at: dt.datetime | None = None


@dataclass(frozen=True)
class StatusChange:
    participant_id: int
    name: str
    module_code: str
    before: EnrollmentState
    after: EnrollmentState
    requested: str

    @property
    def waitlisted_instead(self) -> bool:
        """Asked to register, put on the waiting list because the module is full."""
        return (
            self.after.status == EnrollmentStatus.WAITLISTED
            and self.requested != EnrollmentStatus.WAITLISTED
        )


@dataclass(frozen=True)
class StatusUpdate:
    """What one action changed: the people it was asked for, and those who moved up."""

    changes: list[StatusChange]
    moved_up: list[StatusChange] = field(default_factory=list)
    # Asked for, but already in that status: nothing changed for them.
    unchanged: list[StatusChange] = field(default_factory=list)


@dataclass(frozen=True)
class FinishedEnrollment:
    """Someone who completed or failed a module, with the valid certificates they hold."""

    participant_id: int
    name: str
    status: str
    certificates: list[str]


class WithdrawingFinished(UserError):
    """Withdrawing people who already completed or failed needs the user's confirmation."""

    def __init__(self, module_code: str, finished: list[FinishedEnrollment]) -> None:
        self.finished = finished
        en, sv = [], []
        for f in finished:
            who = f"{f.name} (id {f.participant_id})"
            if f.certificates:
                numbers = ", ".join(f.certificates)
                en.append(
                    f"{who} has completed {module_code} and holds {numbers}, "
                    "which a withdrawal revokes"
                )
                sv.append(
                    f"{who} är godkänd i {module_code} och har intyget {numbers}, "
                    "som en avanmälan återkallar"
                )
            else:
                en.append(f"{who} already has a result in {module_code} ({label(f.status, 'en')})")
                sv.append(f"{who} har redan ett resultat i {module_code} ({label(f.status, 'sv')})")
        self.who = Text("; ".join(en), "; ".join(sv))
        super().__init__(self.who + Text("; nothing was changed", "; inget ändrades"))


def _name(participant: Participant) -> str:
    return f"{participant.first_name} {participant.last_name}"


def _state(enrollment: Enrollment | None) -> EnrollmentState:
    if enrollment is None:
        return EnrollmentState(None)
    return EnrollmentState(
        enrollment.status, enrollment.grade, enrollment.grade_date, enrollment.queued_at
    )


def counts_by_status(
    session: Session, module_ids: list[int] | None = None
) -> dict[int, dict[str, int]]:
    """Enrollments per module and status, counted by the database (a module of a large
    register has hundreds of thousands: no list of them first)."""
    enrollment = table_of(Enrollment).c  # Core: no ORM mappers to configure at start-up
    query = select(enrollment.module_id, enrollment.status, func.count()).group_by(
        enrollment.module_id, enrollment.status
    )
    if module_ids is not None:
        query = query.where(enrollment.module_id.in_(module_ids))
    counts: dict[int, dict[str, int]] = {}
    for module_id, status, n in session.execute(query):
        counts.setdefault(module_id, {})[status] = n
    return counts


def module_headcount(session: Session, module: Module) -> Headcount:
    by_status = counts_by_status(session, [module.id]).get(module.id, {})
    return headcount_of(by_status, module.min_participants, module.max_participants)


def _revoked_because(status: str) -> str:
    """The reason a certificate revoked by a status change carries; undo looks for it."""
    return f"{REVOKED_BY_STATUS}{status}"


def revocation_reason(reason: str, lang: str) -> str:
    """A certificate's revocation reason for reading: one a status change wrote is said in
    ``lang``; one the user typed is shown as typed."""
    if not reason.startswith(REVOKED_BY_STATUS):
        return reason
    status = reason.removeprefix(REVOKED_BY_STATUS)
    return Text(
        f"status changed to {label(status, 'en')}", f"status ändrad till {label(status, 'sv')}"
    ).get(lang)


def _revoke_certificates(session: Session, enrollment: Enrollment, status: str) -> None:
    """A certificate says the person completed the module: once they no longer have, it goes."""
    for cert in session.scalars(
        select(Certificate).where(
            Certificate.participant_id == enrollment.participant_id,
            Certificate.module_id == enrollment.module_id,
            Certificate.status == CertificateStatus.VALID,
        )
    ):
        cert.status = CertificateStatus.REVOKED
        cert.status_reason = _revoked_because(status)
        audit.record(
            session,
            "certificate.revoke",
            "certificate",
            cert.id,
            number=cert.number,
            reason="status",
        )


def _reinstate_certificate(session: Session, enrollment: Enrollment, undone: str) -> None:
    """Undoing the change that revoked a certificate makes it valid again: the learner may
    already hold it, and its number should keep answering for them."""
    cert = session.scalars(
        select(Certificate)
        .where(
            Certificate.participant_id == enrollment.participant_id,
            Certificate.module_id == enrollment.module_id,
            Certificate.status == CertificateStatus.REVOKED,
            Certificate.status_reason == _revoked_because(undone),
        )
        .order_by(Certificate.id.desc())
        .limit(1)
    ).first()
    valid = session.scalar(
        select(Certificate.id).where(
            Certificate.participant_id == enrollment.participant_id,
            Certificate.module_id == enrollment.module_id,
            Certificate.status == CertificateStatus.VALID,
        )
    )
    if cert is not None and valid is None:
        cert.status, cert.status_reason = CertificateStatus.VALID, ""
        audit.record(session, "certificate.reinstate", "certificate", cert.id, number=cert.number)


def apply_status(
    session: Session,
    enrollment: Enrollment,
    status: str,
    grade: str | None = None,
    grade_date: dt.date | None = None,
    note: str = "",
    queued_at: dt.datetime | None = None,
) -> None:
    """Set an enrollment's status with its grade and queue time, and keep it in the history.

    Leaving "completed" (or changing the grade) revokes the certificate that said otherwise.
    """
    old = enrollment.status if enrollment.id is not None else None
    if old == EnrollmentStatus.COMPLETED and (status != old or grade != enrollment.grade):
        _revoke_certificates(session, enrollment, status)
    enrollment.status = status
    if status == EnrollmentStatus.WAITLISTED:
        if old != EnrollmentStatus.WAITLISTED or enrollment.queued_at is None:
            enrollment.queued_at = queued_at or utcnow()
    else:
        enrollment.queued_at = None
    finished = status in FINISHED_STATUSES
    enrollment.grade = grade if finished else None
    enrollment.grade_date = grade_date if finished else None
    enrollment.events.append(
        EnrollmentEvent(
            from_status=old,
            to_status=status,
            grade=enrollment.grade,
            note=note,
            os_user=audit.coordinator(session),
        )
    )


def has_ended(module: Module, today: dt.date | None = None) -> bool:
    """The module's end date has passed: its places no longer matter to anyone waiting."""
    return module.end_date is not None and module.end_date < (today or dt.date.today())


def fill_from_waitlist(
    session: Session,
    module: Module,
    exclude: Sequence[int] = (),
    before_move: Callable[[Enrollment], None] | None = None,
) -> list[StatusChange]:
    """Move the longest-waiting up into the module's free places; returns who moved.

    The one place the waiting list moves: every change that can free a place, and every new
    enrollment, calls it within its unit of work. ``exclude``: people the coordinator has just
    put on the list themselves stay there. A module that has ended moves nobody up.
    """
    session.flush()
    if has_ended(module):
        return []
    free = places_to_fill(module_headcount(session, module))
    if not free:
        return []
    queue = session.scalars(
        select(Enrollment)
        .where(
            Enrollment.module_id == module.id,
            Enrollment.status == EnrollmentStatus.WAITLISTED,
            Enrollment.participant_id.not_in(list(exclude)),
        )
        .order_by(Enrollment.queued_at, Enrollment.id)
        .limit(free)
    ).all()
    moved = []
    for enrollment in queue:
        before = _state(enrollment)
        if before_move is not None:  # an import notes it, so that undoing puts it back
            before_move(enrollment)
        apply_status(session, enrollment, EnrollmentStatus.REGISTERED, note=MOVED_UP_NOTE)
        audit.record(
            session,
            "enrollment.moved_up",
            "enrollment",
            enrollment.id,
            module=module.code,
        )
        moved.append(
            StatusChange(
                enrollment.participant_id,
                _name(enrollment.participant),
                module.code,
                before,
                _state(enrollment),
                EnrollmentStatus.REGISTERED,
            )
        )
    session.flush()
    return moved


def _find_enrollment(
    session: Session, module: Module, participant: Participant
) -> Enrollment | None:
    return session.scalar(
        select(Enrollment).where(
            Enrollment.module_id == module.id, Enrollment.participant_id == participant.id
        )
    )


def enroll_in_session(
    session: Session,
    module: Module,
    participant: Participant,
    status: str = EnrollmentStatus.REGISTERED,
) -> StatusUpdate:
    """Enroll within an open unit of work (used by adding people too).

    Anyone waiting moves up into free places first; the newcomer gets a place only if one is
    left after them.
    """
    if status not in ENROLLABLE:
        raise ValidationError(
            Text(
                f"a new enrollment is registered, admitted or waitlisted, not {status}",
                f"en ny anmälan är anmäld, antagen eller reserv, inte {label(status, 'sv')}",
            ),
            field="status",
        )
    existing = _find_enrollment(session, module, participant)
    if existing is not None and existing.status != EnrollmentStatus.WITHDRAWN:
        raise UserError(
            Text(
                f"{_name(participant)} is already in {module.code} "
                f"({label(existing.status, 'en')})",
                f"{_name(participant)} finns redan i {module.code} "
                f"({label(existing.status, 'sv')})",
            )
        )
    moved = fill_from_waitlist(session, module)
    final = placement(EnrollmentStatus(status), module_headcount(session, module))
    before = _state(existing)
    enrollment = existing or Enrollment(module=module, participant=participant, status=final)
    if existing is None:
        session.add(enrollment)
    note = "module full" if final != status else ""
    apply_status(session, enrollment, final, note=note)
    session.flush()
    audit.record(
        session, "enrollment.create", "enrollment", enrollment.id, module=module.code, status=final
    )
    change = StatusChange(
        participant.id, _name(participant), module.code, before, _state(enrollment), status
    )
    return StatusUpdate([change], moved)


def enroll(
    db: Database,
    module: int | str,
    participant_id: int,
    status: str = EnrollmentStatus.REGISTERED,
) -> StatusUpdate:
    """Enroll a participant; beyond the module's maximum they go on the waiting list."""
    with db.write() as session:
        found = find_module(session, module)
        return enroll_in_session(session, found, find_participant(session, participant_id), status)


def enroll_many(
    db: Database,
    module: int | str,
    participant_ids: Sequence[int],
    status: str = EnrollmentStatus.REGISTERED,
) -> tuple[StatusUpdate, list[str]]:
    """Enroll several people at once; those already taking part are skipped and named."""
    with db.write() as session:
        found = find_module(session, module)
        changes, moved, skipped = [], [], []
        for participant_id in dict.fromkeys(participant_ids):
            participant = find_participant(session, participant_id)
            existing = _find_enrollment(session, found, participant)
            if existing is not None and existing.status != EnrollmentStatus.WITHDRAWN:
                skipped.append(_name(participant))
                continue
            update = enroll_in_session(session, found, participant, status)
            changes += update.changes
            moved += update.moved_up
        return StatusUpdate(changes, moved), skipped


def _check_grade(status: str, grade: str | None) -> str | None:
    if status not in FINISHED_STATUSES:
        return None
    if grade is None:
        return Grade.PASS if status == EnrollmentStatus.COMPLETED else Grade.FAIL
    if grade not in set(Grade):
        raise ValidationError(
            Text(f"grade {grade}: use U, G or VG", f"betyg {grade}: använd U, G eller VG"),
            field="grade",
        )
    if Grade(grade).is_pass != (status == EnrollmentStatus.COMPLETED):
        raise ValidationError(
            Text(
                "completed needs a pass grade (G or VG), not passed needs U",
                "godkänd kräver betyget G eller VG, underkänd kräver U",
            ),
            field="grade",
        )
    return grade


def _check_exam_date(module: Module, grade_date: dt.date, today: dt.date) -> None:
    """A certificate never shows an examination before the module began."""
    start = module.start_date
    if start is None or grade_date >= start:
        return
    if today < start:
        raise ValidationError(
            Text(
                f"{module.code} has not started yet (it starts {start}): "
                "nobody can be graded before it starts",
                f"{module.code} har inte börjat än (den börjar {start}): "
                "ingen kan få betyg innan modulen har börjat",
            ),
            field="grade_date",
        )
    raise ValidationError(
        Text(
            f"the examination date {grade_date} is before {module.code} started ({start})",
            f"examinationsdatumet {grade_date} ligger före starten av {module.code} ({start})",
        ),
        field="grade_date",
    )


def _finished(session: Session, enrollment: Enrollment) -> FinishedEnrollment:
    numbers = session.scalars(
        select(Certificate.number)
        .where(
            Certificate.participant_id == enrollment.participant_id,
            Certificate.module_id == enrollment.module_id,
            Certificate.status == CertificateStatus.VALID,
        )
        .order_by(Certificate.id)
    ).all()
    return FinishedEnrollment(
        enrollment.participant_id, _name(enrollment.participant), enrollment.status, list(numbers)
    )


def change_status(
    db: Database,
    module: int | str,
    participant_ids: Sequence[int],
    status: str,
    grade: str | None = None,
    grade_date: dt.date | None = None,
    today: dt.date | None = None,
    withdraw_finished: bool = False,
) -> StatusUpdate:
    """Set several participants' status in a module at once, in one unit of work.

    Withdrawing someone who completed or failed revokes their certificate: it is refused
    (``WithdrawingFinished``, naming the certificates) unless ``withdraw_finished``.
    """
    if status not in set(EnrollmentStatus):
        raise ValidationError(
            Text(f"unknown status {status}", f"okänd status {status}"), field="status"
        )
    today = today or dt.date.today()
    grade = _check_grade(status, grade)
    if status in FINISHED_STATUSES:
        grade_date = grade_date or today
        if grade_date > today:
            raise ValidationError(
                Text(
                    "the examination date cannot be in the future",
                    "examinationsdatum kan inte ligga i framtiden",
                ),
                field="grade_date",
            )
    with db.write() as session:
        found = find_module(session, module)
        if status in FINISHED_STATUSES and grade_date is not None:
            _check_exam_date(found, grade_date, today)
        people = []
        for participant_id in dict.fromkeys(participant_ids):
            participant = find_participant(session, participant_id)
            enrollment = _find_enrollment(session, found, participant)
            if enrollment is None:
                raise NotFound(
                    Text(
                        f"{_name(participant)} is not enrolled in {found.code}",
                        f"{_name(participant)} är inte anmäld till {found.code}",
                    )
                )
            people.append((participant, enrollment))
        if status == EnrollmentStatus.WITHDRAWN and not withdraw_finished:
            finished = [_finished(session, e) for _, e in people if e.status in FINISHED_STATUSES]
            if finished:
                raise WithdrawingFinished(found.code, finished)
        changes, unchanged = [], []
        freed = False  # someone left a counted status: a place may be free
        for participant, enrollment in people:
            if status in FINISHED_STATUSES and enrollment.status not in COUNTED_STATUSES:
                raise UserError(
                    Text(
                        f"{_name(participant)} is {status_phrase(enrollment.status, 'en')} in "
                        f"{found.code}, not taking part: cannot be graded",
                        f"{_name(participant)} är {status_phrase(enrollment.status, 'sv')} i "
                        f"{found.code} och deltar inte: kan inte få betyg",
                    )
                )
            if (
                status in COUNTED_STATUSES
                and enrollment.status not in COUNTED_STATUSES
                and module_headcount(session, found).is_full
            ):
                raise UserError(
                    Text(
                        f"{found.code} is full ({found.max_participants} places): "
                        f"{_name(participant)} stays {status_phrase(enrollment.status, 'en')}",
                        f"{found.code} är full ({found.max_participants} platser): "
                        f"{_name(participant)} förblir {status_phrase(enrollment.status, 'sv')}",
                    )
                )
            before = _state(enrollment)
            if before == EnrollmentState(status, grade, grade_date, before.queued_at):
                unchanged.append(
                    StatusChange(
                        participant.id, _name(participant), found.code, before, before, status
                    )
                )
                continue
            freed = freed or (before.status in COUNTED_STATUSES and status not in COUNTED_STATUSES)
            apply_status(session, enrollment, status, grade, grade_date)
            session.flush()
            audit.record(
                session,
                "enrollment.status",
                "enrollment",
                enrollment.id,
                module=found.code,
                old=before.status,
                new=status,
            )
            changes.append(
                StatusChange(
                    participant.id,
                    _name(participant),
                    found.code,
                    before,
                    _state(enrollment),
                    status,
                )
            )
        moved = []
        if freed:
            # Those the coordinator just put on the waiting list (or kept there) stay on it.
            kept = participant_ids if status == EnrollmentStatus.WAITLISTED else ()
            moved = fill_from_waitlist(
                session, found, exclude=[*kept, *(c.participant_id for c in changes)]
            )
        return StatusUpdate(changes, moved, unchanged)


def withdraw(
    db: Database,
    module: int | str,
    participant_ids: Sequence[int],
    withdraw_finished: bool = False,
) -> StatusUpdate:
    """Withdraw participants; the first on the waiting list takes a freed place.

    Someone who completed or failed is withdrawn only with ``withdraw_finished`` (it revokes
    their certificate); otherwise ``WithdrawingFinished`` says who and which certificates.
    """
    return change_status(
        db, module, participant_ids, EnrollmentStatus.WITHDRAWN, withdraw_finished=withdraw_finished
    )


def complete(
    db: Database,
    module: int | str,
    participant_ids: Sequence[int] | None = None,
    grade: str = Grade.PASS,
    grade_date: dt.date | None = None,
) -> StatusUpdate:
    """Finish participants with a grade: G or VG completes, U fails.

    ``participant_ids=None`` finishes everyone registered or admitted in the module.
    """
    if grade not in set(Grade):
        raise ValidationError(
            Text(f"grade {grade}: use U, G or VG", f"betyg {grade}: använd U, G eller VG"),
            field="grade",
        )
    status = EnrollmentStatus.COMPLETED if Grade(grade).is_pass else EnrollmentStatus.FAILED
    if participant_ids is None:
        with db.read() as session:
            found = find_module(session, module)
            participant_ids = session.scalars(
                select(Enrollment.participant_id)
                .where(
                    Enrollment.module_id == found.id,
                    Enrollment.status.in_([EnrollmentStatus.REGISTERED, EnrollmentStatus.ADMITTED]),
                )
                .order_by(Enrollment.id)
            ).all()
            module = found.id
        if not participant_ids:
            return StatusUpdate([])
    return change_status(db, module, participant_ids, status, grade, grade_date)


def restore(
    db: Database,
    module: int | str,
    states: Sequence[tuple[int, EnrollmentState]],
    expect: Sequence[tuple[int, EnrollmentState]] = (),
) -> None:
    """Put enrollments back exactly as they were (undo): no waiting-list rules applied.

    A state with ``status=None`` removes the enrollment, undoing a new enrollment.
    ``expect``: the states the enrollments must be in now; if another window has changed
    one since, nothing is restored (``ChangedElsewhere``) rather than its change overwritten.
    """
    with db.write() as session:
        found = find_module(session, module)
        for participant_id, state in expect:
            current = session.scalar(
                select(Enrollment).where(
                    Enrollment.module_id == found.id, Enrollment.participant_id == participant_id
                )
            )
            now = (current.status, current.grade) if current is not None else (None, None)
            if now != (state.status, state.grade):
                raise ChangedElsewhere()
        for participant_id, state in states:
            participant = find_participant(session, participant_id)
            enrollment = _find_enrollment(session, found, participant)
            if state.status is None:
                if enrollment is not None:
                    session.delete(enrollment)
                    audit.record(
                        session, "enrollment.delete", "enrollment", enrollment.id, module=found.code
                    )
                continue
            was = enrollment.status if enrollment is not None else None
            if enrollment is None:
                enrollment = Enrollment(module=found, participant=participant, status=state.status)
                session.add(enrollment)
            apply_status(
                session,
                enrollment,
                state.status,
                state.grade,
                state.grade_date,
                note="undone",
                queued_at=state.queued_at,
            )
            session.flush()
            if state.status == EnrollmentStatus.COMPLETED and was not in (
                None,
                EnrollmentStatus.COMPLETED,
            ):
                _reinstate_certificate(session, enrollment, str(was))
            audit.record(
                session,
                "enrollment.restore",
                "enrollment",
                enrollment.id,
                module=found.code,
                status=state.status,
            )


@dataclass(frozen=True)
class HistoryEvent:
    at: dt.datetime
    from_status: str | None
    to_status: str
    grade: str | None
    note: str
    os_user: str


@dataclass(frozen=True)
class EnrollmentInfo:
    module_id: int
    module_code: str
    module_title_sv: str
    module_title_en: str
    state: EnrollmentState
    events: list[HistoryEvent]


def enrollments_of(db: Database, participant_id: int) -> list[EnrollmentInfo]:
    """A participant's enrollments, each with its full history, oldest first."""
    with db.read() as session:
        participant = find_participant(session, participant_id)
        rows = sorted(participant.enrollments, key=lambda e: e.id)
        return [
            EnrollmentInfo(
                e.module_id,
                e.module.code,
                e.module.title_sv,
                e.module.title_en,
                _state(e),
                [
                    HistoryEvent(ev.at, ev.from_status, ev.to_status, ev.grade, ev.note, ev.os_user)
                    for ev in e.events
                ],
            )
            for e in rows
        ]
