"""Importing a roster: every row validated, the same person merged, the rest in one transaction.

``plan_import`` reads and judges every row without writing; ``run_import`` writes the plan (or,
as a dry run, writes and rolls back, which makes the preview exact). Nothing is dropped
silently: each row ends up imported, merged or rejected with its row number and reason.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, insert, literal, null, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from originn_desktop.db import search_index
from originn_desktop.db.bulk import among, insert_columns, table_of
from originn_desktop.db.engine import Database, is_unique_violation
from originn_desktop.db.models import Enrollment, EnrollmentEvent, Participant, utcnow
from originn_desktop.domain.collation import sort_key
from originn_desktop.domain.identity import mask_personal_number
from originn_desktop.domain.roster import CheckedRow, RowFacts, check_rows
from originn_desktop.domain.roster import NameOrder as NameOrder
from originn_desktop.domain.roster import Rejected as Rejected
from originn_desktop.domain.roster import Skipped as Skipped
from originn_desktop.domain.roster import split_name as split_name
from originn_desktop.domain.roster_status import STATUS_WORDS, word_key
from originn_desktop.domain.rules import Headcount, placement
from originn_desktop.domain.text import Text, UserError
from originn_desktop.domain.values import FINISHED_STATUSES, EnrollmentStatus
from originn_desktop.io.columns import check_mapping
from originn_desktop.io.spreadsheet import Table
from originn_desktop.services import audit
from originn_desktop.services.companies import CompanyDraft, CompanyIndex
from originn_desktop.services.enrollment import (
    StatusChange,
    apply_status,
    fill_from_waitlist,
    module_headcount,
)
from originn_desktop.services.import_batch import BatchRecorder
from originn_desktop.services.lookup import find_module
from originn_desktop.services.participants import (
    CleanParticipant,
    merge_into,
    refresh_derived,
    refresh_people_of,
    same_by_email,
    search_text,
)

BATCH = 500  # values in one IN (...): below SQLite's old limit of 999
Progress = Callable[[int, int], None]


@dataclass
class PlannedPerson:
    """A person the file will add (rows merged into them listed in ``rows``)."""

    clean: CleanParticipant
    company: CompanyDraft | None
    rows: list[int]


@dataclass
class ImportPlan:
    table: Table
    mapping: list[str]
    module_id: int
    module_code: str
    status: str
    new: list[PlannedPerson] = field(default_factory=list)
    # Rows that are someone already in the register: (row, participant id, clean, company).
    existing: list[tuple[int, int, CleanParticipant, CompanyDraft | None]] = field(
        default_factory=list
    )
    duplicates_in_file: list[tuple[int, int]] = field(default_factory=list)  # (row, first row)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[tuple[int, Text]] = field(default_factory=list)
    # Rows left out on purpose: withdrawn in the file, or hidden in the spreadsheet.
    skipped: list[Skipped] = field(default_factory=list)
    # What rows say besides the person (status, result), by row number.
    facts: dict[int, RowFacts] = field(default_factory=dict)
    with_results: bool = False

    @property
    def duplicates(self) -> int:
        return len(self.existing) + len(self.duplicates_in_file)

    @property
    def rows(self) -> int:
        """The file's data rows, hidden ones included."""
        return len(self.table.rows) + (0 if self.table.hidden_included else len(self.table.hidden))

    @property
    def has_results(self) -> bool:
        """Whether the file has a grade column or finished statuses (taken ``with_results``)."""
        if "grade" in self.mapping:
            return True
        if "status" not in self.mapping:
            return False
        column = self.mapping.index("status")
        return any(
            column < len(cells) and STATUS_WORDS.get(word_key(cells[column])) in FINISHED_STATUSES
            for _, cells in self.table.rows
        )

    def enrollments(
        self, new_ids: Sequence[int]
    ) -> list[tuple[int, str, str | None, dt.date | None]]:
        """(participant, status asked for, grade, examination date) for everyone in the file,
        each once, in the order places are given: results first (they took part), then the
        others in the file's order, and the file's waiting rows last, in the file's order."""
        rows = [(p.rows[0], pid) for p, pid in zip(self.new, new_ids, strict=True)]
        rows += [(row, pid) for row, pid, _, _ in self.existing]
        rows.sort()
        wanted: list[tuple[int, str, str | None, dt.date | None]] = []
        seen: set[int] = set()
        for row, pid in rows:
            if pid in seen:
                continue
            seen.add(pid)
            facts = self.facts.get(row)
            if facts is None:
                wanted.append((pid, self.status, None, None))
            else:
                wanted.append((pid, facts.status or self.status, facts.grade, facts.grade_date))

        def turn(request: tuple[int, str, str | None, dt.date | None]) -> int:
            if request[1] in FINISHED_STATUSES:
                return 0
            return 2 if request[1] == EnrollmentStatus.WAITLISTED else 1

        return sorted(wanted, key=turn)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    duplicates: int
    rejected: list[Rejected]
    enrolled: int
    waitlisted: int
    already_enrolled: int
    warnings: list[tuple[int, Text]]
    rows: int
    dry_run: bool
    skipped: list[Skipped] = field(default_factory=list)
    results: int = 0  # enrollments imported as completed or failed, with their grade
    moved_up: list[StatusChange] = field(default_factory=list)  # off the waiting list first
    batch: int | None = None  # what ``import_undo`` takes back; None for a dry run

    def as_json(self, lang: str) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "errors": [{"row": r.row, "message": r.message.get(lang)} for r in self.rejected],
            "enrolled": self.enrolled,
            "waitlisted": self.waitlisted,
            "already_enrolled": self.already_enrolled,
            "warnings": [{"row": row, "message": t.get(lang)} for row, t in self.warnings],
            "rows": self.rows,
            "dry_run": self.dry_run,
            "skipped": [{"row": r.row, "message": r.message.get(lang)} for r in self.skipped],
            "results": self.results,
            "moved_up": [{"id": m.participant_id, "name": m.name} for m in self.moved_up],
        }


def _merge_clean(first: CleanParticipant, later: CleanParticipant) -> CleanParticipant:
    """Blanks of the first row filled from a later row about the same person."""
    updates = {
        name: getattr(later, name)
        for name in ("personal_number", "birth_date", "email", "phone", "municipality", "gender")
        if not getattr(first, name) and getattr(later, name)
    }
    return replace(first, **updates) if updates else first


def _chunks(items: Sequence[Any], size: int = BATCH) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _lookup(
    session: Session, numbers: set[str], emails: set[str]
) -> tuple[dict[str, int], dict[str, list[tuple[int, dt.date | None]]]]:
    by_number: dict[str, int] = {}
    by_email: dict[str, list[tuple[int, dt.date | None]]] = {}
    for chunk in _chunks(sorted(numbers)):
        for pid, number in session.execute(
            select(Participant.id, Participant.personal_number).where(
                among(session, Participant.personal_number, chunk)
            )
        ):
            by_number[str(number)] = pid
    for chunk in _chunks(sorted(emails)):
        for pid, key, born in session.execute(
            select(Participant.id, Participant.email_key, Participant.birth_date)
            .where(among(session, Participant.email_key, chunk))
            .order_by(Participant.id)
        ):
            by_email.setdefault(str(key), []).append((pid, born))
    return by_number, by_email


def plan_import(
    db: Database,
    table: Table,
    mapping: Sequence[str],
    module: int | str,
    name_order: str = NameOrder.FIRST_LAST,
    status: str = EnrollmentStatus.REGISTERED,
    today: dt.date | None = None,
    checked: Callable[[], Iterable[Sequence[CheckedRow]]] | None = None,
    with_results: bool = False,
) -> ImportPlan:
    """Judge every row: to add, the same person as someone (merged), rejected and why, or
    left out and why (withdrawn in the file, hidden in the spreadsheet).

    ``checked``, if given, returns ``check_rows(table.rows, mapping, name_order, today,
    with_results)`` computed elsewhere, in order, a chunk at a time (the command line has a
    second process check them while it starts, and judges each chunk as it arrives).
    Grades and examination dates in the file are taken only ``with_results``.
    """
    problem = check_mapping(mapping)
    if problem is not None:
        raise UserError(problem)
    if status not in (
        EnrollmentStatus.REGISTERED,
        EnrollmentStatus.ADMITTED,
        EnrollmentStatus.WAITLISTED,
    ):
        raise UserError(Text(f"cannot import as {status}", f"kan inte importera som {status}"))
    today = today or dt.date.today()
    with db.read() as session:
        found = find_module(session, module)
        plan = ImportPlan(
            table, list(mapping), found.id, found.code, status, with_results=with_results
        )
        start = found.start_date
    _note_hidden_rows(plan)
    values = dict(table.rows) if with_results else {}  # a rejected row keeps its cells
    # The personnummer column's cells a workbook stored as numbers: (row, column).
    pnr = list(mapping).index("personnummer") if "personnummer" in mapping else None
    numeric = {row for row, column in table.numbers if column == pnr}
    chunks = (
        checked() if checked else [check_rows(table.rows, mapping, name_order, today, with_results)]
    )
    seen_number: dict[str, PlannedPerson] = {}
    seen_email: dict[str, list[PlannedPerson]] = {}
    with db.read() as session:
        for chunk in chunks:
            valid: list[tuple[int, CleanParticipant, CompanyDraft | None]] = []
            for row in chunk:
                if isinstance(row, Rejected):
                    plan.rejected.append(row)
                elif isinstance(row, Skipped):
                    plan.skipped.append(row)
                else:
                    number, clean, company, facts = row
                    early = _graded_before(facts, start, found.code)
                    if early is not None:
                        plan.rejected.append(Rejected(number, early, list(values.get(number, []))))
                        continue
                    valid.append((number, clean, company))
                    notes = list(facts.notes) if facts is not None else []
                    if number in numeric and clean.personal_number:
                        notes = _stored_as_number(notes, clean.personal_number)
                    if facts is not None:
                        plan.facts[number] = facts
                    plan.warnings.extend((number, note) for note in notes)
            by_number, by_email = _lookup(
                session,
                {c.personal_number for _, c, _ in valid if c.personal_number},
                {c.email_key for _, c, _ in valid if not c.personal_number and c.email_key},
            )
            _judge(plan, valid, by_number, by_email, seen_number, seen_email)
    plan.skipped.sort(key=lambda s: s.row)
    return plan


def _stored_as_number(notes: list[Text], digits: str) -> list[Text]:
    """The row's notes, saying that its personnummer was a number in the workbook (read back
    whole) unless a note about restoring it says so already."""
    if any(n.en.startswith("personnummer") for n in notes):
        return notes
    shown = mask_personal_number(digits)
    return [
        Text(
            f"personnummer: stored as a number in the spreadsheet, read back as {shown}",
            f"personnummer: lagrat som ett tal i kalkylbladet, läst tillbaka som {shown}",
        ),
        *notes,
    ]


def _graded_before(facts: RowFacts | None, start: dt.date | None, code: str) -> Text | None:
    """Why a row's result cannot be taken: an examination before the module began (a
    certificate must never show one), as when grading by hand."""
    if facts is None or facts.grade_date is None or start is None or facts.grade_date >= start:
        return None
    return Text(
        f"the examination date {facts.grade_date} is before {code} began ({start})",
        f"examinationsdatum {facts.grade_date} ligger före starten av {code} ({start})",
    )


def _note_hidden_rows(plan: ImportPlan) -> None:
    """Rows hidden in the spreadsheet are left out (a coordinator hides or filters away the
    people they do not mean to import), each with a note; or, when asked, imported with one."""
    table = plan.table
    if table.hidden_included:
        note = Text(
            "hidden in the spreadsheet: imported anyway, as asked",
            "dold i kalkylbladet: importeras ändå, som begärt",
        )
        plan.warnings.extend((row, note) for row in table.hidden)
        return
    note = Text(
        "hidden in the spreadsheet: not imported (show the row, or import hidden rows too, "
        "to take it)",
        "dold i kalkylbladet: importeras inte (visa raden, eller importera även dolda rader, "
        "för att ta med den)",
    )
    plan.skipped.extend(Skipped(row, note) for row in table.hidden)


def _judge(
    plan: ImportPlan,
    valid: list[tuple[int, CleanParticipant, CompanyDraft | None]],
    by_number: dict[str, int],
    by_email: dict[str, list[tuple[int, dt.date | None]]],
    seen_number: dict[str, PlannedPerson],
    seen_email: dict[str, list[PlannedPerson]],
) -> None:
    """Each valid row, in order: someone in the register, someone earlier in the file (both
    merged), or someone new. ``by_number``/``by_email`` hold the register's matches for these
    rows; ``seen_number``/``seen_email`` the file's people so far."""
    for number, clean, company in valid:
        if clean.personal_number:
            existing = by_number.get(clean.personal_number)
            earlier = seen_number.get(clean.personal_number)
        elif clean.email_key:
            existing = next(
                (
                    pid
                    for pid, born in by_email.get(clean.email_key, [])
                    if same_by_email(born, clean.birth_date)
                ),
                None,
            )
            earlier = next(
                (
                    p
                    for p in seen_email.get(clean.email_key, [])
                    if same_by_email(p.clean.birth_date, clean.birth_date)
                ),
                None,
            )
            if (
                existing is None
                and earlier is None
                and (by_email.get(clean.email_key) or seen_email.get(clean.email_key))
            ):
                plan.warnings.append(
                    (
                        number,
                        Text(
                            "shares its e-mail address with someone born on another date: "
                            "added as a separate person",
                            "har samma e-postadress som någon med ett annat födelsedatum: "
                            "läggs till som en egen person",
                        ),
                    )
                )
        else:
            existing = earlier = None
        if existing is not None:
            plan.existing.append((number, existing, clean, company))
        elif earlier is not None:
            if (earlier.clean.first_name, earlier.clean.last_name) != (
                clean.first_name,
                clean.last_name,
            ):
                plan.warnings.append(
                    (
                        number,
                        Text(
                            f"the same person as row {earlier.rows[0]}, with another spelling of "
                            "the name; the first spelling is kept",
                            f"samma person som rad {earlier.rows[0]}, med namnet stavat på annat "
                            "sätt; den första stavningen behålls",
                        ),
                    )
                )
            earlier.clean = _merge_clean(earlier.clean, clean)
            earlier.company = earlier.company or company
            earlier.rows.append(number)
            plan.duplicates_in_file.append((number, earlier.rows[0]))
        else:
            person = PlannedPerson(clean, company, [number])
            plan.new.append(person)
            if clean.personal_number:
                seen_number[clean.personal_number] = person
            if clean.email_key:  # a later row without a personnummer may be them by e-mail
                seen_email.setdefault(clean.email_key, []).append(person)


def _participant_columns(
    people: Sequence[CleanParticipant], companies: Sequence[Any], now: dt.datetime
) -> dict[str, list[Any]]:
    """New participants column by column, for ``insert_columns``; ``companies`` holds each
    one's resolved company or None."""
    value = CompanyIndex.value
    names = [value(c, "name") if c is not None else "" for c in companies]
    places = [
        p.municipality or (value(c, "municipality") if c is not None else "")
        for p, c in zip(people, companies, strict=True)
    ]
    return {
        "first_name": [p.first_name for p in people],
        "last_name": [p.last_name for p in people],
        "personal_number": [p.personal_number for p in people],
        "birth_date": [p.birth_date for p in people],
        "email": [p.email for p in people],
        "email_key": [p.email_key for p in people],
        "phone": [p.phone for p in people],
        "company_id": [CompanyIndex.id_of(c) if c is not None else None for c in companies],
        "municipality": [p.municipality for p in people],
        "gender": [p.gender for p in people],
        "certificate_language": [p.certificate_language for p in people],
        "notes": [p.notes for p in people],
        "search_text": [
            search_text(p.first_name, p.last_name, p.email, company, place)
            for p, company, place in zip(people, names, places, strict=True)
        ],
        "sort_key": [p.sort_key for p in people],
        "first_name_key": [sort_key(p.first_name) for p in people],
        "company_key": [sort_key(name) for name in names],
        "municipality_key": [sort_key(place) for place in places],
        "created_at": [now] * len(people),
        "updated_at": [now] * len(people),
        "version": [1] * len(people),
    }


def run_import(
    db: Database, plan: ImportPlan, dry_run: bool = False, progress: Progress | None = None
) -> ImportResult:
    """Write the plan in one transaction: new people, merges, enrollments, audit rows.

    If the register changed between the preview and now (another window added one of these
    people, or removed someone the plan merges into), nothing is written and the user is
    asked to check the file again.
    """
    try:
        return _run_import(db, plan, dry_run, progress)
    except IntegrityError as exc:
        if not is_unique_violation(exc):  # not a person or company added meanwhile: a bug
            raise
        raise _outdated() from None
    except _PlanOutdated:
        raise _outdated() from None


class ImportOutdated(UserError):
    """The register changed between the plan and its writing: nothing was written."""


def _outdated() -> UserError:
    return ImportOutdated(
        Text(
            "the register changed since the preview (in another window?); nothing was "
            "imported: check the file again",
            "registret har ändrats sedan förhandsvisningen (i ett annat fönster?); inget "
            "importerades: kontrollera filen igen",
        )
    )


class _PlanOutdated(Exception):
    """The register no longer is what the preview saw."""


def _check_still_new(session: Session, plan: ImportPlan) -> None:
    """People the plan adds by e-mail (no personnummer) must not have been added meanwhile;
    a personnummer added meanwhile is caught by its unique index."""
    by_key = {
        p.clean.email_key: p.clean.birth_date
        for p in plan.new
        if not p.clean.personal_number and p.clean.email_key
    }
    if not by_key:
        return
    _, found = _lookup(session, set(), set(by_key))
    for key, known in found.items():
        if any(same_by_email(born, by_key[key]) for _, born in known):
            raise _PlanOutdated()


def _run_import(
    db: Database, plan: ImportPlan, dry_run: bool, progress: Progress | None
) -> ImportResult:
    report = progress or (lambda _d, _t: None)
    total = len(plan.new) + len(plan.existing)
    now = utcnow()
    warnings = list(plan.warnings)
    with db.write(dry_run=dry_run) as session:
        user = audit.coordinator(session)
        module = find_module(session, plan.module_id)
        _check_still_new(session, plan)
        undo = BatchRecorder(session)  # what this import does, so it can be taken back
        drafts = [p.company for p in plan.new if p.company]
        drafts += [c for _, _, _, c in plan.existing if c]
        companies = CompanyIndex(session, drafts, bulk=True)
        undo.companies(companies.existing)  # before any row fills one in
        records = [companies.resolve_record(p.company) if p.company else None for p in plan.new]
        existing_records = [
            companies.resolve_record(c) if c else None for _, _, _, c in plan.existing
        ]
        company_ids = companies.write_new()
        refresh_people_of(session, companies.relocated)

        with search_index.adding_many(session):  # indexed later, in the background
            new_ids = insert_columns(
                session,
                table_of(Participant),
                _participant_columns([p.clean for p in plan.new], records, now),
            )
        report(len(new_ids), total)

        existing_ids = [pid for _, pid, _, _ in plan.existing]
        if existing_ids:
            people = {
                p.id: p
                for chunk in _chunks(sorted(set(existing_ids)))
                for p in session.scalars(select(Participant).where(Participant.id.in_(chunk)))
            }
            for (number, pid, clean, _), record in zip(
                plan.existing, existing_records, strict=True
            ):
                person = people.get(pid)
                if person is None or person.anonymized_at is not None:
                    raise _PlanOutdated()  # removed or purged since the preview
                if record is not None and person.company_id is None:
                    clean = replace(clean, company_id=CompanyIndex.id_of(record))
                filled = merge_into(person, clean)
                if filled:
                    refresh_derived(session, person)
                if filled:
                    audit.record(
                        session,
                        "participant.merge",
                        "participant",
                        pid,
                        fields=filled,
                        source="import",
                    )
                if (person.first_name, person.last_name) != (clean.first_name, clean.last_name):
                    warnings.append(
                        (
                            number,
                            Text(
                                f"the same person as participant {pid}, whose name is kept as "
                                f"{person.first_name} {person.last_name}",
                                f"samma person som deltagare {pid}, vars namn behålls som "
                                f"{person.first_name} {person.last_name}",
                            ),
                        )
                    )
            undo.merged(people.values())  # what the merges filled, before it is written
        session.flush()

        # Enrollments: the file's order decides who gets the last places before the queue
        # (results first, the file's waiting rows last; see ImportPlan.enrollments).
        current: dict[int, Enrollment] = {}  # the people just added have none yet
        for chunk in _chunks(sorted(set(existing_ids))):
            for e in session.scalars(
                select(Enrollment).where(
                    Enrollment.module_id == module.id, Enrollment.participant_id.in_(chunk)
                )
            ):
                current[e.participant_id] = e
        # Anyone waiting moves up into free places first: the file's people come after them.
        moved_up = fill_from_waitlist(session, module, before_move=undo.reinstating)
        count = module_headcount(session, module)
        counted, waiting = count.counted, count.waitlisted
        already = enrolled = waitlisted = results = 0
        # (participant, status, grade, examination date) of the new enrollments
        fresh: list[tuple[int, str, str | None, dt.date | None]] = []
        for pid, requested, grade, grade_date in plan.enrollments(new_ids):
            enrollment = current.get(pid)
            if enrollment is not None and enrollment.status != EnrollmentStatus.WITHDRAWN:
                already += 1
                continue
            headcount = Headcount(counted, count.minimum, count.maximum, waiting)
            if requested in FINISHED_STATUSES:  # a result is a fact, not a request for a place
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
            if enrollment is not None:
                undo.reinstating(enrollment)
                apply_status(session, enrollment, status, grade, grade_date, note="import")
            else:
                fresh.append((pid, status, grade, grade_date))
        statuses = [status for _, status, _, _ in fresh]
        enrollment_ids = insert_columns(
            session,
            table_of(Enrollment),
            {
                "participant_id": [pid for pid, _, _, _ in fresh],
                "module_id": [module.id] * len(fresh),
                "status": statuses,
                "grade": [grade for _, _, grade, _ in fresh],
                "grade_date": [day for _, _, _, day in fresh],
                "queued_at": [now if s == EnrollmentStatus.WAITLISTED else None for s in statuses],
                "created_at": [now] * len(fresh),
                "updated_at": [now] * len(fresh),
            },
        )
        if enrollment_ids:
            # Each new enrollment's first history entry, written by the database in one
            # statement (INSERT ... SELECT) rather than row by row from here.
            enrollments = table_of(Enrollment)
            events = table_of(EnrollmentEvent)
            session.execute(
                insert(events).from_select(
                    ["enrollment_id", "at", "from_status", "to_status", "grade", "note", "os_user"],
                    select(
                        enrollments.c.id,
                        literal(now, DateTime()),
                        null(),
                        enrollments.c.status,
                        enrollments.c.grade,
                        literal("import"),
                        literal(user),
                    ).where(enrollments.c.id.between(enrollment_ids[0], enrollment_ids[-1])),
                )
            )
        batch = undo.write(
            module.id,
            new_ids,
            dict(zip([f[0] for f in fresh], enrollment_ids, strict=True)),
            company_ids,
        )
        # One audit row for the import: the people and companies it created are the id
        # ranges it names.
        audit.record(
            session,
            "import",
            "module",
            module.id,
            module=module.code,
            participant_ids=_id_span(new_ids),
            company_ids=_id_span(company_ids),
            imported=len(new_ids),
            duplicates=plan.duplicates,
            rejected=len(plan.rejected),
            enrolled=enrolled,
        )
        report(total, total)
    return ImportResult(
        imported=len(plan.new),
        duplicates=plan.duplicates,
        rejected=list(plan.rejected),
        enrolled=enrolled,
        waitlisted=waitlisted,
        already_enrolled=already,
        warnings=sorted(warnings, key=lambda w: w[0]),
        rows=plan.rows,
        dry_run=dry_run,
        skipped=list(plan.skipped),
        results=results,
        moved_up=moved_up,
        batch=None if dry_run else batch,
    )


def _id_span(ids: list[int]) -> list[int]:
    """Ids for an audit entry: [first, last] when they run without a gap (always on SQLite,
    which hands out the next ids inside the write lock), else every one."""
    if ids and ids[-1] - ids[0] + 1 == len(ids) and ids == sorted(ids):
        return [ids[0], ids[-1]]
    return ids


def write_rejected(plan: ImportPlan, path: str | Path, lang: str) -> Path:
    """The rejected rows as a CSV to fix and import again: the original columns, then the reason.

    UTF-8 with BOM and ';', as Swedish Excel opens it; the reason column is ignored on import.
    """
    from originn_desktop.io.export import neutralize

    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow([*plan.table.headers, "Fel" if lang == "sv" else "Error"])
        for r in plan.rejected:
            width = len(plan.table.headers)
            cells = (r.values + [""] * width)[:width]
            writer.writerow([neutralize(c) for c in [*cells, r.message.get(lang)]])
    os.replace(partial, target)
    return target
