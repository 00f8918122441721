"""Taking the last import back whole: the people it added go for good, the people it merged
are as they were, its enrollments are gone without a trace (the waiting list and the counts as
before the import).

An import records what it did as it writes (``BatchRecorder``): ids, and the merged fields'
values before (blanks, since a merge only fills blanks). The rows about a person go with the
person when they are erased. If anything touched the import's people or the module since (an
edit, a status change, a certificate, a later import), the undo is refused and says why.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from originn_desktop.db.bulk import insert_columns, table_of
from originn_desktop.db.engine import Database
from originn_desktop.db.models import (
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
from originn_desktop.services.lookup import find_module
from originn_desktop.services.participants import refresh_search_text
from originn_desktop.services.privacy import forget_in_audit

BATCH = 500
# Derived from the other fields, and holding names: recomputed on undo rather than kept.
_DERIVED = {"id", "version", "search_text"}
_ENROLLMENT_STATE = ("status", "grade", "grade_date", "queued_at", "updated_at")
_COMPANY_FIELDS = ("org_number", "municipality", "sector")
_COMPANY_COLUMNS = (Company.org_number, Company.municipality, Company.sector)


def _encode(row: Any, names: Iterable[str]) -> dict[str, Any]:
    return {
        n: v.isoformat() if isinstance(v, dt.date) else v
        for n, v in ((n, getattr(row, n)) for n in names)
    }


def _decode(model: type[Any], values: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in values.items():
        kind = model.__table__.c[name].type
        if isinstance(value, str) and isinstance(kind, DateTime):
            value = dt.datetime.fromisoformat(value)
        elif isinstance(value, str) and isinstance(kind, Date):
            value = dt.date.fromisoformat(value)
        out[name] = value
    return out


def _max_id(session: Session, column: Any) -> int:
    return int(session.scalar(select(func.max(column))) or 0)


class BatchRecorder:
    """What an import does, noted inside its unit of work, so that it can be undone."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.events_before = _max_id(session, EnrollmentEvent.id)
        self.certificates_before = _max_id(session, Certificate.id)
        self._people: dict[int, dict[str, Any]] = {}
        self._enrollments: dict[int, dict[str, Any]] = {}  # by participant
        # An import fills an existing company's blank organisationsnummer, municipality or
        # sector; the few hundred companies are read once more to see which.
        self._companies = self._company_fields()

    def _company_fields(self) -> dict[int, dict[str, Any]]:
        return {
            row.id: {a: getattr(row, a) for a in _COMPANY_FIELDS}
            for row in self.session.execute(select(Company.id, *_COMPANY_COLUMNS))
        }

    def before_merge(self, people: Iterable[Participant]) -> None:
        """The people in the register the import is about to merge rows into."""
        names = [c.name for c in table_of(Participant).columns if c.name not in _DERIVED]
        for person in people:
            self._people[person.id] = _encode(person, names)

    def before_enrollment_changes(self, enrollments: Iterable[Enrollment]) -> None:
        """Enrollments in the module the import may change (a withdrawn person reinstated)."""
        for e in enrollments:
            self._enrollments[e.participant_id] = _encode(e, _ENROLLMENT_STATE)

    def write(
        self,
        module_id: int,
        created: Sequence[int],
        enrollment_of: Mapping[int, int],
        company_ids: Sequence[int],
    ) -> int:
        """Record the batch: the people ``created``, those merged (as noted before), and the
        enrollments made (``enrollment_of``: participant id -> enrollment id)."""
        session = self.session
        session.flush()
        rows: list[tuple[int, bool, int, str, int | None, str]] = []
        for start in range(0, len(created), BATCH):
            chunk = created[start : start + BATCH]
            for pid, version in session.execute(
                select(Participant.id, Participant.version).where(Participant.id.in_(chunk))
            ):
                rows.append((pid, True, version, "", enrollment_of.get(pid), ""))
        for pid, before in self._people.items():
            person = session.get(Participant, pid)
            assert person is not None
            now = _encode(person, before)
            previous = {k: v for k, v in before.items() if now[k] != v}
            enrollment_id, enrollment_before = enrollment_of.get(pid), ""
            state = self._enrollments.get(pid)
            if enrollment_id is None and state is not None:
                current = session.scalar(
                    select(Enrollment).where(
                        Enrollment.participant_id == pid, Enrollment.module_id == module_id
                    )
                )
                if current is not None and _encode(current, _ENROLLMENT_STATE) != state:
                    enrollment_id, enrollment_before = current.id, json.dumps(state)
            if previous or enrollment_id is not None:
                encoded = json.dumps(previous) if previous else ""
                rows.append((pid, False, person.version, encoded, enrollment_id, enrollment_before))
        changed = {}
        for cid, now in self._company_fields().items():
            was = self._companies.get(cid)
            if was is not None and was != now:
                changed[cid] = {a: v for a, v in was.items() if now[a] != v}
        batch = ImportBatch(
            module_id=module_id,
            events_before=self.events_before,
            events_after=_max_id(session, EnrollmentEvent.id),
            certificates_before=self.certificates_before,
            people=len(rows),
            companies=json.dumps({"created": list(company_ids), "changed": changed}),
        )
        session.add(batch)
        session.flush()
        insert_columns(
            session,
            table_of(ImportBatchPerson),
            {
                "batch_id": [batch.id] * len(rows),
                "participant_id": [r[0] for r in rows],
                "created": [r[1] for r in rows],
                "version": [r[2] for r in rows],
                "previous": [r[3] for r in rows],
                "enrollment_id": [r[4] for r in rows],
                "enrollment_before": [r[5] for r in rows],
            },
        )
        return batch.id


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
    mine = select(ImportBatchPerson.participant_id).where(ImportBatchPerson.batch_id == batch.id)
    items = session.execute(
        select(ImportBatchPerson.created, ImportBatchPerson.enrollment_id).where(
            ImportBatchPerson.batch_id == batch.id
        )
    ).all()
    if len(items) != batch.people:
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
                    select(ImportBatchPerson.id).where(
                        ImportBatchPerson.batch_id == ImportBatch.id,
                        ImportBatchPerson.participant_id.in_(mine),
                    )
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
        .where(Certificate.id > batch.certificates_before, Certificate.participant_id.in_(mine))
        .limit(1)
    )
    if certificate is not None:
        raise _refused(
            f"certificate {certificate} has been issued since to someone it added or merged",
            f"intyg {certificate} har utfärdats sedan dess till någon som den lade till eller "
            "slog samman",
        )
    edited = session.scalar(
        select(ImportBatchPerson.participant_id)
        .join(Participant, Participant.id == ImportBatchPerson.participant_id)
        .where(
            ImportBatchPerson.batch_id == batch.id, Participant.version != ImportBatchPerson.version
        )
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
    created = select(ImportBatchPerson.participant_id).where(
        ImportBatchPerson.batch_id == batch.id, ImportBatchPerson.created.is_(True)
    )
    elsewhere = session.scalar(
        select(Enrollment.participant_id)
        .where(Enrollment.participant_id.in_(created), Enrollment.module_id != batch.module_id)
        .limit(1)
    )
    if elsewhere is not None:
        raise _refused(
            f"participant {elsewhere}, whom it added, has been enrolled in another module since",
            f"deltagare {elsewhere}, som den lade till, har anmälts till en annan modul sedan dess",
        )
    enrollment_ids = select(ImportBatchPerson.enrollment_id).where(
        ImportBatchPerson.batch_id == batch.id, ImportBatchPerson.enrollment_id.is_not(None)
    )
    made = sum(1 for _, e in items if e is not None)
    present = session.scalar(
        select(func.count()).select_from(Enrollment).where(Enrollment.id.in_(enrollment_ids))
    )
    if present != made:
        raise _refused(
            "an enrollment it made has been removed since",
            "en anmälan som den gjorde har tagits bort sedan dess",
        )
    removed = sum(1 for c, _ in items if c)
    return removed, len(items) - removed, made


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
    items = list(
        session.scalars(select(ImportBatchPerson).where(ImportBatchPerson.batch_id == batch.id))
    )
    created = [i.participant_id for i in items if i.created]
    for start in range(0, len(created), BATCH):
        chunk = created[start : start + BATCH]
        forget_in_audit(session, chunk)
        # Their enrollments, history and batch rows go with them (ON DELETE CASCADE).
        session.execute(
            delete(Participant)
            .where(Participant.id.in_(chunk))
            .execution_options(synchronize_session=False)
        )
    companies = json.loads(batch.companies or "{}")
    for cid, before in companies.get("changed", {}).items():
        company = session.get(Company, int(cid))
        if company is not None:
            for name, value in before.items():
                setattr(company, name, value)
    for item in items:
        if item.created:
            continue
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
                state = _decode(Enrollment, json.loads(item.enrollment_before))
                for name, value in state.items():
                    setattr(enrollment, name, value)
            else:
                session.delete(enrollment)
        if item.previous:
            person = session.get(Participant, item.participant_id)
            assert person is not None
            for name, value in _decode(Participant, json.loads(item.previous)).items():
                setattr(person, name, value)
            refresh_search_text(session, person)
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
