"""A roster's rows checked one by one: who each row is, or why it cannot be imported.

Numbers a spreadsheet mangled are taken back where their checks prove them (see
``cell_values``), with a note on the row; a Status column and the results are read too (see
``roster_status``).

Nothing here touches the database, so the command line can check a large file's rows in a
second process while the first loads the database layer (see ``workers.forked``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from originn_desktop.domain.cell_values import (
    restore_date,
    restore_org_number,
    restore_personal_number,
    restore_phone,
)
from originn_desktop.domain.company import CompanyDraft, clean_company_fields
from originn_desktop.domain.people import CleanParticipant, ParticipantDraft, check_participant
from originn_desktop.domain.roster_status import RowFacts as RowFacts
from originn_desktop.domain.roster_status import row_facts
from originn_desktop.domain.text import Text, ValidationError
from originn_desktop.domain.values import (
    EnrollmentStatus,
    Gender,
)


class NameOrder(StrEnum):
    FIRST_LAST = "first-last"
    LAST_FIRST = "last-first"


_GENDERS = {
    "kvinna": Gender.FEMALE,
    "k": Gender.FEMALE,
    "f": Gender.FEMALE,
    "female": Gender.FEMALE,
    "woman": Gender.FEMALE,
    "kvinnlig": Gender.FEMALE,
    "man": Gender.MALE,
    "m": Gender.MALE,
    "male": Gender.MALE,
    "manlig": Gender.MALE,
    "annat": Gender.OTHER,
    "other": Gender.OTHER,
    "x": Gender.OTHER,
    "icke-binär": Gender.OTHER,
    "non-binary": Gender.OTHER,
}


def split_name(full: str, order: str = NameOrder.FIRST_LAST) -> tuple[str, str]:
    """First and last name from one cell: 'Last, First' always; else by ``order``.

    With first-last (the default) the last word is the last name: 'Nils Ánte Sunna' is
    Nils Ánte / Sunna.
    """
    text = " ".join(full.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    words = text.split(" ")
    if len(words) < 2:
        raise ValidationError(
            Text(
                f"name {text!r}: cannot tell the first name from the last name",
                f"namnet {text!r}: går inte att skilja förnamn från efternamn",
            ),
            field="name",
        )
    if order == NameOrder.LAST_FIRST:
        return " ".join(words[1:]), words[0]
    return " ".join(words[:-1]), words[-1]


@dataclass(frozen=True)
class Rejected:
    row: int
    message: Text
    values: list[str]


@dataclass(frozen=True)
class Skipped:
    """A row deliberately not imported (withdrawn in the file, hidden in the sheet), and why."""

    row: int
    message: Text


def _cells(values: list[str], mapping: Sequence[str]) -> dict[str, str]:
    cells: dict[str, str] = {}
    for value, name in zip(values, mapping, strict=False):
        if name and value:
            cells[name] = value
    return cells


_DATE_OF_BIRTH = Text("date of birth", "födelsedatum")


def row_draft(
    cells: dict[str, str], order: str, today: dt.date, notes: list[Text]
) -> tuple[ParticipantDraft, CompanyDraft | None]:
    """The participant and company a row's cells describe; what had to be read back from a
    spreadsheet's numbers is added to ``notes``."""
    first, last = cells.get("first_name", ""), cells.get("last_name", "")
    if "name" in cells and not (first and last):
        first, last = split_name(cells["name"], order)
    gender = None
    if cells.get("gender"):
        gender = _GENDERS.get(cells["gender"].strip().casefold())
        if gender is None:
            raise ValidationError(
                Text(
                    f"gender {cells['gender']!r}: write kvinna, man or annat",
                    f"kön {cells['gender']!r}: skriv kvinna, man eller annat",
                ),
                field="gender",
            )
    number: str | None = cells.get("personnummer")
    if number:
        number, note = restore_personal_number(number, today)
        if note:
            notes.append(note)
    born: str | dt.date | None = None
    if cells.get("birth_date"):
        born, note = restore_date(cells["birth_date"], _DATE_OF_BIRTH)
        if note:
            notes.append(note)
    phone = cells.get("phone", "")
    if phone:
        phone, note = restore_phone(phone)
        if note:
            notes.append(note)
    company = None
    company_name, org = cells.get("company"), cells.get("org_number")
    if org:
        org, note = restore_org_number(org)
        if note:
            notes.append(note)
    if company_name or org:
        company = clean_company_fields(
            company_name or org or "", org, cells.get("municipality", "")
        )
    draft = ParticipantDraft(
        first_name=first,
        last_name=last,
        personal_number=number,
        birth_date=born,
        email=cells.get("email"),
        phone=phone,
        municipality=cells.get("municipality", ""),
        gender=gender,
    )
    return draft, company


# A row checked: (row number, the clean participant, their company, what else the row says),
# why it was rejected, or why it was left out.
CheckedRow = tuple[int, CleanParticipant, CompanyDraft | None, RowFacts | None] | Rejected | Skipped


def _join(problems: Sequence[ValidationError]) -> Text:
    message = problems[0].text
    for more in problems[1:]:
        message = message + Text("; ", "; ") + more.text
    return message


def check_rows(
    rows: Sequence[tuple[int, list[str]]],
    mapping: Sequence[str],
    order: str,
    today: dt.date,
    with_results: bool = False,
) -> list[CheckedRow]:
    """Each row checked on its own: the clean participant and company, or why not.

    A row the file marks withdrawn is left out (``Skipped``); grades and examination dates
    are taken only ``with_results``.
    """
    checked: list[CheckedRow] = []
    for number, values in rows:
        cells = _cells(values, mapping)
        notes: list[Text] = []
        problems: list[ValidationError] = []
        facts = None
        if "status" in cells or "grade" in cells:
            try:
                facts = row_facts(cells, with_results, today, notes)
            except ValidationError as exc:
                problems.append(exc)
            if facts is not None and facts.status == EnrollmentStatus.WITHDRAWN:
                checked.append(
                    Skipped(
                        number,
                        Text(
                            f"withdrawn in the file ({cells['status']}): not imported",
                            f"avanmäld enligt filen ({cells['status']}): importeras inte",
                        ),
                    )
                )
                continue
        try:
            draft, company = row_draft(cells, order, today, notes)
        except ValidationError as exc:
            checked.append(Rejected(number, _join([*problems, exc]), values))
            continue
        clean, more = check_participant(draft, today)
        if problems or more:
            checked.append(Rejected(number, _join([*problems, *more]), values))
            continue
        assert clean is not None
        if notes:
            facts = replace(facts or RowFacts(), notes=tuple(notes))
        checked.append((number, clean, company, facts))
    return checked


# Checked rows as tuples of plain values (str, int, None), for handing from one process to
# another: pickling dataclasses, dates and enum members costs several times as much on both
# sides (measured for 10,000 rows: 40 ms to send and 35 ms to receive, now about 25 and 25).
Packed = list[
    tuple[int, tuple[Any, ...], tuple[Any, ...] | None, tuple[Any, ...] | None] | Rejected | Skipped
]


def pack(rows: Sequence[CheckedRow]) -> Packed:
    packed: Packed = []
    for row in rows:
        if isinstance(row, Rejected | Skipped):
            packed.append(row)
            continue
        number, c, company, facts = row
        values = (
            c.first_name,
            c.last_name,
            c.personal_number,
            c.birth_date.toordinal() if c.birth_date else None,
            c.email,
            c.phone,
            c.company_id,
            c.municipality,
            None if c.gender is None else str(c.gender),
            str(c.certificate_language),
            c.notes,
        )
        packed.append(
            (
                number,
                values,
                None if company is None else _company_values(company),
                None if facts is None else _facts_values(facts),
            )
        )
    return packed


def unpack(packed: Packed) -> list[CheckedRow]:
    rows: list[CheckedRow] = []
    companies: dict[tuple[Any, ...], CompanyDraft] = {}  # one object per company, as checked
    from_ordinal = dt.date.fromordinal
    for row in packed:
        if isinstance(row, Rejected | Skipped):
            rows.append(row)
            continue
        number, values, company, facts = row
        first, last, personal_number, born, email, phone, cid, place, gender, lang, notes = values
        clean = CleanParticipant(
            first,
            last,
            personal_number,
            None if born is None else from_ordinal(born),
            email,
            phone,
            cid,
            place,
            gender,
            lang,
            notes,
        )
        said = None if facts is None else _facts_from(facts)
        if company is None:
            rows.append((number, clean, None, said))
            continue
        draft = companies.get(company)
        if draft is None:
            draft = companies[company] = CompanyDraft(*company)
        rows.append((number, clean, draft, said))
    return rows


def _facts_values(facts: RowFacts) -> tuple[Any, ...]:
    return (
        None if facts.status is None else str(facts.status),
        facts.grade,
        facts.grade_date.toordinal() if facts.grade_date else None,
        tuple((n.en, n.sv) for n in facts.notes),
    )


def _facts_from(values: tuple[Any, ...]) -> RowFacts:
    status, grade, day, notes = values
    return RowFacts(
        status,
        grade,
        None if day is None else dt.date.fromordinal(day),
        tuple(Text(en, sv) for en, sv in notes),
    )


def _company_values(company: CompanyDraft) -> tuple[Any, ...]:
    return (
        company.name,
        company.org_number,
        company.municipality,
        None if company.sector is None else str(company.sector),
    )
