"""Scrolling down the participants: each page starts after the last row of the one before, and
the pages are exactly those an offset gives, also among people with the same name."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import insert

from originn_desktop.db.models import Participant
from originn_desktop.domain.collation import name_sort_key
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
