"""What an import does, recorded inside its unit of work so that it can be taken back whole
(``import_undo``): the ids of the people it created, the merged fields' values before (blanks,
since a merge only fills blanks), the enrollments' states before, and the newest event and
certificate before it. The row about a merged person goes with them when they are erased.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Date, DateTime, false, func, inspect, or_, select
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
from originn_desktop.domain.people import DERIVED_COLUMNS

# Derived from the other fields, and holding names: recomputed on undo rather than kept.
_DERIVED = {"id", "version", *DERIVED_COLUMNS}
_ENROLLMENT_STATE = ("status", "grade", "grade_date", "queued_at", "updated_at")
_COMPANY_FIELDS = ("org_number", "municipality", "sector")


def _encode(row: Any, names: Iterable[str]) -> dict[str, Any]:
    """``names`` of ``row`` (an object, or a dict) for JSON: dates and times as ISO text."""
    get = row.get if isinstance(row, dict) else lambda n: getattr(row, n)
    return {
        n: v.isoformat() if isinstance(v, dt.date) else v for n, v in ((n, get(n)) for n in names)
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


def spans(ids: Sequence[int]) -> list[list[int]]:
    """Sorted ids as [first, last] runs: an import's new people are one run on SQLite."""
    runs: list[list[int]] = []
    for i in sorted(ids):
        if runs and runs[-1][1] + 1 == i:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return runs


def within(column: Any, runs: Sequence[Sequence[int]]) -> Any:
    """A condition: ``column`` holds one of the ids in ``runs``."""
    return or_(false(), *(column.between(first, last) for first, last in runs))


class BatchRecorder:
    """What an import does, noted inside its unit of work, so that it can be undone.

    The people it creates are kept as runs of ids; only the people it merges into get a row
    each (``ImportBatchPerson``), which goes with them if they are erased.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.events_before = _max_id(session, EnrollmentEvent.id)
        self.certificates_before = _max_id(session, Certificate.id)
        self._people: dict[int, dict[str, Any]] = {}
        self._enrollments: dict[int, dict[str, Any]] = {}  # by participant
        self._enrollment_ids: dict[int, int] = {}
        # An import fills an existing company's blank organisationsnummer, municipality or
        # sector: what they were before (see ``companies``).
        self._companies: dict[int, dict[str, Any]] = {}

    def companies(self, companies: Iterable[Company]) -> None:
        """The register's companies the import may fill in, as they are before it does: only
        those its rows name (a register of a million people has a hundred thousand)."""
        for company in companies:
            self._companies[company.id] = {a: getattr(company, a) for a in _COMPANY_FIELDS}

    def merged(self, people: Iterable[Participant]) -> None:
        """The people the import has just merged rows into, before the change is written:
        the fields it filled, with what they held before."""
        dirty = self.session.dirty  # a set built on each call: once
        for person in people:
            if person not in dirty:
                continue
            state = inspect(person)
            previous = {}
            for attr in state.mapper.column_attrs:
                if attr.key in _DERIVED:
                    continue
                history = state.attrs[attr.key].history
                if history.has_changes():
                    previous[attr.key] = history.deleted[0] if history.deleted else None
            if previous:
                previous["updated_at"] = person.updated_at  # as it was: restored with the rest
                self._people[person.id] = _encode(previous, previous)

    def reinstating(self, enrollment: Enrollment) -> None:
        """An enrollment in the module the import is about to change (a withdrawn person
        enrolled again): its state before."""
        self._enrollments[enrollment.participant_id] = _encode(enrollment, _ENROLLMENT_STATE)
        self._enrollment_ids[enrollment.participant_id] = enrollment.id

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
        rows: list[tuple[int, int, str, int | None, str]] = []
        new = set(created)
        touched = [p for p in enrollment_of if p not in new]
        for pid in dict.fromkeys([*self._people, *touched, *self._enrollments]):
            person = session.get(Participant, pid)
            assert person is not None
            previous = self._people.get(pid)
            state = self._enrollments.get(pid)
            rows.append(
                (
                    pid,
                    person.version,
                    json.dumps(previous) if previous else "",
                    self._enrollment_ids[pid] if state is not None else enrollment_of.get(pid),
                    json.dumps(state) if state is not None else "",
                )
            )
        changed = {}
        for cid, was in self._companies.items():
            company = session.get(Company, cid)  # in the session already: the import read it
            if company is not None:
                now = {a: getattr(company, a) for a in _COMPANY_FIELDS}
                if now != was:
                    changed[cid] = {a: v for a, v in was.items() if now[a] != v}
        batch = ImportBatch(
            module_id=module_id,
            events_before=self.events_before,
            events_after=_max_id(session, EnrollmentEvent.id),
            certificates_before=self.certificates_before,
            created=json.dumps(spans(created)),
            created_count=len(created),
            # All new people are written alike: one's version is every one's.
            created_version=session.scalar(
                select(Participant.version).where(Participant.id == created[0])
            )
            if created
            else 0,
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
                "version": [r[1] for r in rows],
                "previous": [r[2] for r in rows],
                "enrollment_id": [r[3] for r in rows],
                "enrollment_before": [r[4] for r in rows],
            },
        )
        return batch.id
