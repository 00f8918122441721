"""Taking the last import back whole: the people it added go for good, the people it merged
are as they were, its enrollments are gone without a trace (the waiting list and the counts as
before the import).

An import records what it did as it writes (``import_batch.BatchRecorder``): ids, and the
merged fields' values before (blanks, since a merge only fills blanks). The row about a merged
person goes with them when they are erased. If anything touched the import's people or the module since (an
edit, a status change, a certificate, a later import), the undo is refused and says why.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import delete, exists, func, or_, select, update
from sqlalchemy.orm import Session

from originn_desktop.db import search_index
from originn_desktop.db.engine import Database
from originn_desktop.db.models import (
    AuditEntry,
    Certificate,
    Company,
    Enrollment,
    EnrollmentEvent,
    ImportBatch,
    ImportBatchPerson,
    Module,
    Participant,
    utcnow,
)
from originn_desktop.domain.text import NotFound, Text, UserError
from originn_desktop.services import audit
from originn_desktop.services.import_batch import decode, within
from originn_desktop.services.lookup import find_module
from originn_desktop.services.participants import refresh_derived, refresh_people_of


@dataclass(frozen=True)
class UndoPlan:
    batch: int
    module_id: int
    module_code: str
    imported_at: dt.datetime  # UTC
    removed: int  # people the import added: removed for good
    restored: int  # people it merged into: put back as they were
    enrollments: int  # enrollments it made or reinstated: taken back

    def describe(self) -> Text:
        when = self.imported_at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        return Text(
            f"the import into {self.module_code} of {when}: {self.removed} people it added "
            f"removed, {self.restored} it merged put back as they were, {self.enrollments} "
            "enrollments taken back",
            f"importen till {self.module_code} {when}: {self.removed} personer som den lade "
            f"till tas bort, {self.restored} som den slog samman blir som förut, "
            f"{self.enrollments} anmälningar tas tillbaka",
        )


BATCH = 500  # values in one IN (...)


def _refused(en: str, sv: str) -> UserError:
    return UserError(Text(f"cannot undo the import: {en}", f"kan inte ångra importen: {sv}"))


def _last_batch(session: Session, module: int | str | None, expected: int | None) -> ImportBatch:
    query = select(ImportBatch).order_by(ImportBatch.id.desc()).limit(1)
    if module is not None:
        found = find_module(session, module)
        query = query.where(ImportBatch.module_id == found.id)
    batch = session.scalar(query)
    if batch is None:
        where = f" into {found.code}" if module is not None else ""
        where_sv = f" till {found.code}" if module is not None else ""
        raise NotFound(Text(f"no import{where} to undo", f"ingen import{where_sv} att ångra"))
    if expected is not None and batch.id != expected:
        raise _refused("a later import was made since", "en senare import har gjorts sedan dess")
    if batch.undone_at is not None:
        raise UserError(
            Text("the last import has already been undone", "den senaste importen är redan ångrad")
        )
    return batch


def _check(session: Session, batch: ImportBatch) -> tuple[int, int, int]:
    """Refuse (``UserError``) if anything touched the import since; else the counts."""
    created = json.loads(batch.created or "[]")
    # Never correlated with the later imports' rows the queries below look at.
    merged = (
        select(ImportBatchPerson.participant_id)
        .where(ImportBatchPerson.batch_id == batch.id)
        .correlate(None)
    )
    ours = or_(within(Participant.id, created), Participant.id.in_(merged))
    items = session.execute(
        select(ImportBatchPerson.enrollment_id).where(ImportBatchPerson.batch_id == batch.id)
    ).all()
    still_here = session.scalar(
        select(func.count())
        .select_from(Participant)
        .where(within(Participant.id, created), Participant.anonymized_at.is_(None))
    )
    if len(items) != batch.people or still_here != batch.created_count:
        raise _refused(
            "someone it added or merged has been erased or purged since",
            "någon som den lade till eller slog samman har raderats eller gallrats sedan dess",
        )
    later = session.scalar(
        select(Module.code)
        .join(ImportBatch, ImportBatch.module_id == Module.id)
        .where(
            ImportBatch.id > batch.id,
            ImportBatch.undone_at.is_(None),
            or_(
                ImportBatch.module_id == batch.module_id,
                exists(
                    select(ImportBatchPerson.id)
                    .join(Participant, Participant.id == ImportBatchPerson.participant_id)
                    .where(ImportBatchPerson.batch_id == ImportBatch.id, ours)
                ),
            ),
        )
        .limit(1)
    )
    if later is not None:
        raise _refused(
            f"a later import into {later} involves the same people or module; undo it first",
            f"en senare import till {later} gäller samma personer eller modul; ångra den först",
        )
    certificate = session.scalar(
        select(Certificate.number)
        .join(Participant, Participant.id == Certificate.participant_id)
        .where(Certificate.id > batch.certificates_before, ours)
        .limit(1)
    )
    if certificate is not None:
        raise _refused(
            f"certificate {certificate} has been issued since to someone it added or merged",
            f"intyg {certificate} har utfärdats sedan dess till någon som den lade till eller "
            "slog samman",
        )
    edited = session.scalar(
        select(Participant.id)
        .outerjoin(
            ImportBatchPerson,
            (ImportBatchPerson.participant_id == Participant.id)
            & (ImportBatchPerson.batch_id == batch.id),
        )
        .where(
            or_(
                within(Participant.id, created) & (Participant.version != batch.created_version),
                ImportBatchPerson.id.is_not(None)
                & (Participant.version != ImportBatchPerson.version),
            )
        )
        .order_by(Participant.id)
        .limit(1)
    )
    if edited is not None:
        raise _refused(
            f"participant {edited} has been changed since",
            f"deltagare {edited} har ändrats sedan dess",
        )
    changed_in_module = session.scalar(
        select(EnrollmentEvent.id)
        .join(Enrollment, Enrollment.id == EnrollmentEvent.enrollment_id)
        .where(EnrollmentEvent.id > batch.events_after, Enrollment.module_id == batch.module_id)
        .limit(1)
    )
    if changed_in_module is not None:
        raise _refused(
            "the module's enrollments have changed since (a status, a grade, someone enrolled)",
            "modulens anmälningar har ändrats sedan dess (en status, ett betyg, en ny anmälan)",
        )
    elsewhere = session.scalar(
        select(Enrollment.participant_id)
        .where(within(Enrollment.participant_id, created), Enrollment.module_id != batch.module_id)
        .order_by(Enrollment.participant_id)
        .limit(1)
    )
    if elsewhere is not None:
        raise _refused(
            f"participant {elsewhere}, whom it added, has been enrolled in another module since",
            f"deltagare {elsewhere}, som den lade till, har anmälts till en annan modul sedan dess",
        )
    made = sum(1 for (e,) in items if e is not None)
    present = session.scalar(
        select(func.count())
        .select_from(Enrollment)
        .where(
            Enrollment.id.in_(
                select(ImportBatchPerson.enrollment_id).where(
                    ImportBatchPerson.batch_id == batch.id
                )
            )
        )
    )
    if present != made:
        raise _refused(
            "an enrollment it made has been removed since",
            "en anmälan som den gjorde har tagits bort sedan dess",
        )
    theirs = session.scalar(
        select(func.count())
        .select_from(Enrollment)
        .where(within(Enrollment.participant_id, created), Enrollment.module_id == batch.module_id)
    )
    return batch.created_count, len(items), made + int(theirs or 0)


def _plan(session: Session, batch: ImportBatch) -> UndoPlan:
    removed, restored, enrollments = _check(session, batch)
    code = session.scalar(select(Module.code).where(Module.id == batch.module_id))
    return UndoPlan(
        batch.id,
        batch.module_id,
        str(code),
        batch.created_at,
        removed,
        restored,
        enrollments,
    )


def plan_undo(db: Database, module: int | str | None = None) -> UndoPlan:
    """What undoing the last import (into ``module``, or into any) would do; refuses, saying
    why, if it cannot be undone. Changes nothing."""
    with db.read() as session:
        return _plan(session, _last_batch(session, module, None))


def undo_import(
    db: Database, module: int | str | None = None, batch: int | None = None
) -> UndoPlan:
    """Take the last import (into ``module``, or into any) back whole, in one unit of work.

    ``batch``: the import the caller means; if another was made since, nothing is undone.
    """
    with db.write() as session:
        found = _last_batch(session, module, batch)
        plan = _plan(session, found)
        _take_back(session, found)
        session.flush()
        search_index.forget_removed(session)  # nor in the search index's
        audit.record(
            session,
            "import.undo",
            "module",
            found.module_id,
            module=plan.module_code,
            removed=plan.removed,
            restored=plan.restored,
            enrollments=plan.enrollments,
        )
    db.compact()  # what the undone import wrote is not left in the file's free pages
    return plan


def _take_back(session: Session, batch: ImportBatch) -> None:
    created = json.loads(batch.created or "[]")
    for first, last in created:
        # Audit rows about them no longer say which record they were about (as an erasure).
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.entity == "participant", AuditEntry.entity_id.between(first, last))
            .values(entity_id=None)
            .execution_options(synchronize_session=False)
        )
        # Their enrollments and history go with them (ON DELETE CASCADE).
        session.execute(
            delete(Participant)
            .where(Participant.id.between(first, last))
            .execution_options(synchronize_session=False)
        )
    companies = json.loads(batch.companies or "{}")
    relocated = []
    for cid, before in companies.get("changed", {}).items():
        company = session.get(Company, int(cid))
        if company is not None:
            for name, value in before.items():
                setattr(company, name, value)
            if "municipality" in before:
                relocated.append(company.id)
    refresh_people_of(session, relocated)
    items = session.scalars(
        select(ImportBatchPerson).where(ImportBatchPerson.batch_id == batch.id)
    ).all()
    for item in items:
        if item.enrollment_id is not None:
            enrollment = session.get(Enrollment, item.enrollment_id)
            assert enrollment is not None
            if item.enrollment_before:
                session.execute(
                    delete(EnrollmentEvent).where(
                        EnrollmentEvent.enrollment_id == enrollment.id,
                        EnrollmentEvent.id > batch.events_before,
                    )
                )
                state = decode(Enrollment, json.loads(item.enrollment_before))
                for name, value in state.items():
                    setattr(enrollment, name, value)
            else:
                session.delete(enrollment)
        if item.previous:
            person = session.get(Participant, item.participant_id)
            assert person is not None
            for name, value in decode(Participant, json.loads(item.previous)).items():
                setattr(person, name, value)
            refresh_derived(session, person)
    company_ids = companies.get("created", [])
    session.flush()
    for start in range(0, len(company_ids), BATCH):
        session.execute(
            delete(Company)
            .where(
                Company.id.in_(company_ids[start : start + BATCH]),
                ~exists(select(Participant.id).where(Participant.company_id == Company.id)),
            )
            .execution_options(synchronize_session=False)
        )
    session.execute(delete(ImportBatchPerson).where(ImportBatchPerson.batch_id == batch.id))
    batch.undone_at = utcnow()
