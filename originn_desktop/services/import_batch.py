"""What an import does, recorded inside its unit of work so that it can be taken back whole
(``import_undo``): ids, the merged fields' values before (blanks, since a merge only fills
blanks), the enrollments' states before, and the newest event and certificate before it. The
rows about a person go with the person when they are erased.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Date, DateTime, func, select
from sqlalchemy.orm import Session

from originn_desktop.db.bulk import insert_columns, table_of
from originn_desktop.db.models import (
    Certificate,
    Company,
    Enrollment,
    EnrollmentEvent,
    ImportBatch,
    ImportBatchPerson,
    Participant,
)

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


def decode(model: type[Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """Values recorded as JSON, with the model's dates and times as they were."""
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
