"""A roster's rows checked one by one: who each row is, or why it cannot be imported.

Nothing here touches the database, so the command line can check a large file's rows in a
second process while the first loads the database layer (see ``workers.forked``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from originn_desktop.domain.company import CompanyDraft, clean_company_fields
from originn_desktop.domain.people import CleanParticipant, ParticipantDraft, check_participant
from originn_desktop.domain.text import Text, ValidationError
from originn_desktop.domain.values import Gender


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


def row_draft(
    values: list[str], mapping: Sequence[str], order: str
) -> tuple[ParticipantDraft, CompanyDraft | None]:
    cells: dict[str, str] = {}
    for value, name in zip(values, mapping, strict=False):
        if name and value:
            cells[name] = value
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
    company = None
    company_name, org = cells.get("company"), cells.get("org_number")
    if company_name or org:
        company = clean_company_fields(
            company_name or org or "", org, cells.get("municipality", "")
        )
    draft = ParticipantDraft(
        first_name=first,
        last_name=last,
        personal_number=cells.get("personnummer"),
        birth_date=cells.get("birth_date"),
        email=cells.get("email"),
        phone=cells.get("phone", ""),
        municipality=cells.get("municipality", ""),
        gender=gender,
    )
    return draft, company


# A row checked: (row number, the clean participant, their company) or why it was rejected.
CheckedRow = tuple[int, CleanParticipant, CompanyDraft | None] | Rejected


def check_rows(
    rows: Sequence[tuple[int, list[str]]], mapping: Sequence[str], order: str, today: dt.date
) -> list[CheckedRow]:
    """Each row checked on its own: the clean participant and company, or why not."""
    checked: list[CheckedRow] = []
    for number, values in rows:
        try:
            draft, company = row_draft(values, mapping, order)
        except ValidationError as exc:
            checked.append(Rejected(number, exc.text, values))
            continue
        clean, problems = check_participant(draft, today)
        if problems:
            message = problems[0].text
            for more in problems[1:]:
                message = message + Text("; ", "; ") + more.text
            checked.append(Rejected(number, message, values))
            continue
        assert clean is not None
        checked.append((number, clean, company))
    return checked


# Checked rows as tuples of plain values (str, int, None), for handing from one process to
# another: pickling dataclasses, dates and enum members costs several times as much on both
# sides (measured for 10,000 rows: 40 ms to send and 35 ms to receive, now about 25 and 25).
Packed = list[tuple[int, tuple[Any, ...], tuple[Any, ...] | None] | Rejected]


def pack(rows: Sequence[CheckedRow]) -> Packed:
    packed: Packed = []
    for row in rows:
        if isinstance(row, Rejected):
            packed.append(row)
            continue
        number, c, company = row
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
        packed.append((number, values, None if company is None else _company_values(company)))
    return packed


def unpack(packed: Packed) -> list[CheckedRow]:
    rows: list[CheckedRow] = []
    companies: dict[tuple[Any, ...], CompanyDraft] = {}  # one object per company, as checked
    from_ordinal = dt.date.fromordinal
    for row in packed:
        if isinstance(row, Rejected):
            rows.append(row)
            continue
        number, values, company = row
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
        if company is None:
            rows.append((number, clean, None))
            continue
        draft = companies.get(company)
        if draft is None:
            draft = companies[company] = CompanyDraft(*company)
        rows.append((number, clean, draft))
    return rows


def _company_values(company: CompanyDraft) -> tuple[Any, ...]:
    return (
        company.name,
        company.org_number,
        company.municipality,
        None if company.sector is None else str(company.sector),
    )
