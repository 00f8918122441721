"""Scrolling down the participants: each page starts after the last row of the one before, and
the pages are exactly those an offset gives, also among people with the same name."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import insert

from originn_desktop.db.models import Participant
from originn_desktop.domain.collation import name_sort_key
from originn_desktop.domain.people import order_keys
from originn_desktop.services.participant_list import (
    ParticipantQuery,
    SortBy,
    search_participants,
)

NAMES = [("Anna", "Öberg"), ("Åsa", "Berg"), ("Anna", "Berg"), ("Ánte", "Sunna"), ("Bo", "Ek")]


@pytest.fixture
def crowd(db):
    """550 people with five names between them, added in no particular order."""
    rows = []
    for i in range(550):
        first, last = NAMES[(i * 7) % len(NAMES)]
        rows.append(
            {
                "id": 1 + (i * 337) % 550,
                "first_name": first,
                "last_name": last,
                "email": f"p{i}@example.se",
                "email_key": f"p{i}@example.se",
                "search_text": f"{first} {last} p{i}@example.se".casefold(),
                "sort_key": name_sort_key(first, last),
                **order_keys(first),
            }
        )
    with db.write() as session:
        session.execute(insert(Participant), rows)
    return db


def pages(db, query, size=60, keyset=True):
    seen, last = [], None
    while True:
        page = search_participants(db, query, len(seen), size, after=last if keyset else None)
        if not page:
            return [r.id for r in seen]
        assert not {r.id for r in page} & {r.id for r in seen}, "a page came again"
        seen += page
        last = page[-1]


@pytest.mark.parametrize(
    "query",
    [
        ParticipantQuery(),
        ParticipantQuery(descending=True),
        ParticipantQuery(text="anna"),
        ParticipantQuery(text="berg", descending=True),
        ParticipantQuery(sort_by=SortBy.EMAIL),  # other orders page by offset
    ],
)
def test_pages_after_a_row_are_the_pages_at_an_offset(crowd, query):
    everyone = [r.id for r in search_participants(crowd, query, 0, 10_000)]
    assert len(everyone) == len(set(everyone)) > 100
    assert pages(crowd, query) == everyone
    assert pages(crowd, query, keyset=False) == everyone


def test_the_next_page_is_found_from_the_row_not_the_offset(crowd):
    """A page asked for after a row starts there even when the offset says otherwise (the
    offset is only used for orders other than by name)."""
    query = ParticipantQuery()
    first = search_participants(crowd, query, 0, 100)
    after = search_participants(crowd, query, 0, 100, after=first[49])
    assert [r.id for r in after[:50]] == [r.id for r in first[50:]]
    other = dataclasses.replace(query, sort_by=SortBy.FIRST_NAME)
    assert search_participants(crowd, other, 5, 3, after=first[49]) == search_participants(
        crowd, other, 5, 3
    )


STATUSES = ["registered", "waitlisted", "withdrawn", "completed", "admitted", "failed"]


@pytest.fixture
def enrolled(crowd):
    """The crowd in four modules: two fifths of it in M1 under every status, a few in M2,
    nobody in M3, and all but a tenth in M4 (more than half the register: listed the way
    that reads every match). On each database: SQLite sorts those without a status first,
    PostgreSQL last."""
    from originn_desktop.db.models import Enrollment, Module

    with crowd.write() as session:
        modules = []
        for code in ("M1", "M2", "M3", "M4"):
            module = Module(code=code, title_sv=code, title_en=code)
            session.add(module)
            modules.append(module)
        session.flush()
        m1, m2, _m3, m4 = (m.id for m in modules)
        rows = []
        for pid in range(1, 551):
            if pid % 5 < 2:
                rows.append({"participant_id": pid, "module_id": m1, "status": STATUSES[pid % 6]})
            if pid % 37 == 0:
                rows.append({"participant_id": pid, "module_id": m2, "status": "failed"})
            if pid % 10:
                rows.append({"participant_id": pid, "module_id": m4, "status": STATUSES[pid % 2]})
        session.execute(insert(Enrollment), rows)
        ids = [m.id for m in modules]
    return crowd, ids


def _one_ordered_statement(db, query):
    """The list as one statement ordered by the module's status (joined), every match read
    and sorted: what the database ran before the statuses were read one at a time."""
    from sqlalchemy import select

    from originn_desktop.services.participant_list import _filtered, _order

    with db.read() as session:
        stmt = _order(query, _filtered(query, select(Participant.id)))
        return list(session.scalars(stmt))


@pytest.mark.parametrize("module", [0, 1, 2, 3])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["", "anna", "berg", "zz"])
def test_sorted_by_a_status_the_pages_are_those_of_one_ordered_statement(
    enrolled, module, descending, text
):
    db, modules = enrolled
    query = ParticipantQuery(text=text, sort_module_id=modules[module], descending=descending)
    expected = _one_ordered_statement(db, query)
    assert [r.id for r in search_participants(db, query, 0, 10_000)] == expected
    assert pages(db, query, size=60) == expected  # each page after the last row
    assert pages(db, query, size=60, keyset=False) == expected  # by offset
    assert pages(db, query, size=7) == expected  # pages ending inside a status and across one


def test_sorted_by_a_status_with_the_module_and_status_filters(enrolled):
    db, modules = enrolled
    for status in (None, "withdrawn"):
        query = ParticipantQuery(
            text="berg", module_id=modules[0], status=status, sort_module_id=modules[1]
        )
        expected = _one_ordered_statement(db, query)
        assert expected and pages(db, query, size=11) == expected


def test_a_row_whose_status_is_gone_pages_on_by_offset(enrolled):
    """The row a page continues after may hold a status the module no longer has (changed in
    another window meanwhile): the next page is then found by its offset."""
    db, modules = enrolled
    query = ParticipantQuery(sort_module_id=modules[0])
    first = search_participants(db, query, 0, 30)
    gone = dataclasses.replace(first[-1], statuses={modules[0]: "no such status"})
    expected = _one_ordered_statement(db, query)
    assert [r.id for r in search_participants(db, query, 30, 30, after=gone)] == expected[30:60]


def test_the_modules_above_are_listed_both_ways(enrolled):
    """M1-M3 are read one status at a time, M4 (most of the register) by one statement: the
    tests above compare both with that statement."""
    from originn_desktop.services.participant_list import _most_in

    db, modules = enrolled
    with db.read() as session:
        assert [_most_in(session, m) for m in modules] == [False, False, False, True]
