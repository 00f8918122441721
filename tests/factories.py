"""Synthetic people and modules for tests: valid check digits, invented names."""

from __future__ import annotations

import itertools

from stdnum import luhn

from originn_desktop.db.engine import Database
from originn_desktop.services.modules import ModuleDraft, ModuleInfo, create_module
from originn_desktop.services.participants import AddResult, ParticipantDraft, add_participant

_serials = itertools.count(100)


def personnummer(birth: str = "800101", serial: int | None = None) -> str:
    """A synthetic 10-digit personnummer ``YYMMDD-NNNC`` with a valid check digit."""
    # The counter runs through 001-999: serial 000 is no one's (the libraries refuse it), and
    # a long test run reaches the thousandth person.
    serial = serial if serial is not None else next(_serials) % 999 + 1
    body = f"{birth}{serial % 1000:03d}"
    return f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"


def module(db: Database, code: str = "M1", **fields: object) -> ModuleInfo:
    draft = ModuleDraft(code=code, title_sv=f"Modul {code}", title_en=f"Module {code}")
    for name, value in fields.items():
        setattr(draft, name, value)
    return create_module(db, draft)


def person(
    db: Database,
    first: str = "Test",
    last: str = "Person",
    module_code: str | None = None,
    status: str = "registered",
    **fields: object,
) -> AddResult:
    draft = ParticipantDraft(first, last)
    if "personal_number" not in fields and "birth_date" not in fields:
        draft.personal_number = personnummer()
    for name, value in fields.items():
        setattr(draft, name, value)
    return add_participant(db, draft, module=module_code, status=status)


def bulk_people(
    db: Database, n: int, module_id: int | None = None, status: str = "registered"
) -> None:
    """``n`` synthetic people in one statement (for tests of paging and sorting)."""
    from sqlalchemy import insert

    from originn_desktop.db.models import Enrollment, Participant
    from originn_desktop.domain.collation import name_sort_key
    from originn_desktop.domain.people import order_keys

    rows = []
    for i in range(n):
        first, last = f"Person{i:05d}", f"Bulk{i % 97:02d}"
        rows.append(
            {
                "id": 100_000 + i,
                "first_name": first,
                "last_name": last,
                "birth_date": None,
                "email": f"p{i}@example.se",
                "email_key": f"p{i}@example.se",
                "search_text": f"{first} {last} p{i}@example.se".casefold(),
                "sort_key": name_sort_key(first, last),
                **order_keys(first),
            }
        )
    with db.write() as session:
        session.execute(insert(Participant), rows)
        if module_id is not None:
            session.execute(
                insert(Enrollment),
                [
                    {"participant_id": r["id"], "module_id": module_id, "status": status}
                    for r in rows
                ],
            )
