"""The participants view's rows: filtered, searched and sorted in the database, page by page.

With 100,000 people the window must never load them all; it asks for a page at a time.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    bindparam,
    cast,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from originn_desktop.db.engine import Database
from originn_desktop.db.models import Company, Enrollment, Participant
from originn_desktop.db.reading import Stoppable, reading
from originn_desktop.db.search_index import Narrowing, Word, driver, is_short, narrowing
from originn_desktop.domain.identity import mask_personal_number


class SortBy(StrEnum):
    NAME = "name"
    FIRST_NAME = "first_name"
    IDENTITY = "identity"
    EMAIL = "email"
    COMPANY = "company"
    MUNICIPALITY = "municipality"
    ADDED = "added"


@dataclass(frozen=True)
class ParticipantQuery:
    """What the coordinator asked to see."""

    text: str = ""
    module_id: int | None = None
    status: str | None = None  # only with module_id: that status in that module
    sort_by: str = SortBy.NAME
    sort_module_id: int | None = None  # sort by the status in this module instead
    descending: bool = False

    @property
    def everyone(self) -> bool:
        """No search and no filter: the list is the whole register, in some order."""
        return not self.text.split() and self.module_id is None and self.status is None


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    first_name: str
    last_name: str
    masked_personal_number: str
    birth_date: dt.date | None
    email: str
    company: str
    municipality: str
    statuses: dict[int, str] = field(default_factory=dict)  # module id -> status
    sort_key: str = field(default="", repr=False)  # where the next page starts (``after``)

    @property
    def identity(self) -> str:
        """The masked personnummer, or the date of birth for someone without one."""
        if self.masked_personal_number:
            return self.masked_personal_number
        return self.birth_date.isoformat() if self.birth_date else ""


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _words(query: ParticipantQuery) -> list[Word]:
    """The search's words, each with the digits a personnummer may hold for it."""
    words = []
    for word in query.text.casefold().split():
        digits = word.replace("-", "")
        words.append(Word(word, digits if digits.isdigit() and len(digits) >= 4 else None))
    return words


def _filtered(
    query: ParticipantQuery,
    stmt: Select,  # type: ignore[type-arg]
    within: Narrowing | None = None,
) -> Select:  # type: ignore[type-arg]
    """``stmt`` narrowed to the participants ``query`` asks for (no join needed); ``within``,
    a select of ids holding all of them (``search_index.narrowing``), lets the database
    look at those ids only. ``_quick_page`` writes the same conditions as SQL."""
    stmt = stmt.where(Participant.anonymized_at.is_(None))  # purged people are counts only
    for word in _words(query):
        pattern = f"%{_escape_like(word.text)}%"
        condition: ColumnElement[bool] = Participant.search_text.like(pattern, escape="\\")
        if word.digits is not None:
            # Year-month-day typed as digits finds the person by personnummer too.
            condition = or_(
                condition,
                Participant.personal_number.like(f"{word.digits}%"),
                Participant.personal_number.like(f"__{word.digits}%"),
            )
        stmt = stmt.where(condition)
    if within is not None:
        stmt = stmt.where(Participant.id.in_(within.select()))
    if query.module_id is not None:
        enrolled = exists().where(
            Enrollment.participant_id == Participant.id,
            Enrollment.module_id == query.module_id,
        )
        if query.status:
            enrolled = enrolled.where(Enrollment.status == query.status)
        stmt = stmt.where(enrolled)
    return stmt


def _order(query: ParticipantQuery, stmt: Select) -> Select:  # type: ignore[type-arg]
    key: Any
    if query.sort_module_id is not None:
        # Joined (one row at most: a person is in a module once), not asked per person: a
        # subquery for each of a million people took seconds longer.
        status = aliased(Enrollment, name="sort_status")
        stmt = stmt.outerjoin(
            status,
            and_(status.participant_id == Participant.id, status.module_id == query.sort_module_id),
        )
        key = status.status
    else:
        key = {
            SortBy.NAME: Participant.sort_key,
            SortBy.FIRST_NAME: Participant.first_name_key,
            SortBy.IDENTITY: func.coalesce(
                Participant.personal_number, cast(Participant.birth_date, String)
            ),
            SortBy.EMAIL: Participant.email_key,
            SortBy.COMPANY: Participant.company_key,
            SortBy.MUNICIPALITY: Participant.municipality_key,
            SortBy.ADDED: Participant.id,
        }.get(SortBy(query.sort_by), Participant.sort_key)
    keys: list[Any] = [key.desc() if query.descending else key.asc()]
    if query.sort_by != SortBy.NAME or query.sort_module_id is not None:
        keys.append(Participant.sort_key)
    keys.append(Participant.id)
    return stmt.order_by(*keys)


def count_participants(db: Database, query: ParticipantQuery, stop: Stoppable | None = None) -> int:
    """How many participants match ``query``; ``stop`` can interrupt it from another thread."""
    with reading(db, stop) as session:
        within = narrowing(session, _words(query), counting=True)
        stmt = _filtered(query, select(func.count()).select_from(Participant), within)
        return int(session.connection().scalar(stmt) or 0)  # Core: no ORM execution


# The page's ids as one expanding parameter: the statement is built and compiled once (SQLAlchemy
# caches it), where ``in_(ids)`` made SQLAlchemy coerce two hundred literals on every keystroke.
_STATUSES = select(Enrollment.participant_id, Enrollment.module_id, Enrollment.status).where(
    Enrollment.participant_id.in_(bindparam("ids", expanding=True))
)


# Ids asked for in one statement at most: a refresh asks for every row loaded, and SQLite
# builds may allow as few as 32,766 parameters (PostgreSQL's driver 65,535).
IDS_AT_ONCE = 10_000


def _statuses(session: Session, ids: list[int]) -> dict[int, dict[int, str]]:
    """Each person's status in each module they are in. On SQLite through the driver (asked
    at every keystroke, like ``_quick_page``)."""
    result: dict[int, dict[int, str]] = {i: {} for i in ids}
    conn = driver(session)
    for start in range(0, len(ids), IDS_AT_ONCE):
        chunk = ids[start : start + IDS_AT_ONCE]
        if conn is not None:
            found: Any = conn.execute(
                "SELECT participant_id, module_id, status FROM enrollment "
                f"WHERE participant_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        else:
            found = session.connection().execute(_STATUSES, {"ids": chunk})
        for participant_id, module_id, status in found:
            result[participant_id][module_id] = status
    return result


def _by_name(query: ParticipantQuery) -> bool:
    """Is the list in name order (the search index's own order)?"""
    return query.sort_module_id is None and query.sort_by == SortBy.NAME


def _after(query: ParticipantQuery, row: ParticipantRow) -> ColumnElement[bool] | None:
    """Where the page after ``row`` starts, in name order (the list's usual order): read from
    the index at ``row``'s name, however far down the list it is. None for other orders."""
    if not _by_name(query) or not row.sort_key:
        return None
    key = Participant.sort_key
    # Equal names are in id order (ascending also when the names are descending: see _order).
    if query.descending:
        return and_(key <= row.sort_key, or_(key < row.sort_key, Participant.id > row.id))
    return _past(row)


def _past(row: ParticipantRow) -> ColumnElement[bool]:
    """The people after ``row`` in ascending name order (equal names in id order)."""
    key = Participant.sort_key
    return and_(key >= row.sort_key, or_(key > row.sort_key, Participant.id > row.id))


# The statuses a module's people hold, one seek each in the (module_id, status) index.
_FIRST_STATUS = select(func.min(Enrollment.status)).where(
    Enrollment.module_id == bindparam("module")
)
_NEXT_STATUS = select(func.min(Enrollment.status)).where(
    Enrollment.module_id == bindparam("module"), Enrollment.status > bindparam("after")
)


# Whether a module holds at least ``half`` people (counted in its index, no further).
_AT_LEAST = select(func.count()).select_from(
    select(Enrollment.id)
    .where(Enrollment.module_id == bindparam("module"))
    .limit(bindparam("half"))
    .subquery()
)
_TOP = select(func.max(Participant.id))


# A module this large is one no course has (they hold tens of people): counting further only
# costs time (counting half of a million-person module took 70 ms).
LARGE_MODULE = 10_000


def _most_in(session: Session, module_id: int) -> bool:
    """Does the module hold half the register, or ``LARGE_MODULE`` people? Then those without
    a status in it may be few and far between in name order, where finding them would read
    most of the register."""
    top = int(session.connection().execute(_TOP).scalar() or 0)
    bound = max(1, min(top // 2, LARGE_MODULE))
    held = session.connection().execute(_AT_LEAST, {"module": module_id, "half": bound}).scalar()
    return int(held or 0) >= bound


def _statuses_held(session: Session, module_id: int) -> list[str]:
    held: list[str] = []
    status = session.connection().execute(_FIRST_STATUS, {"module": module_id}).scalar()
    while status is not None:
        held.append(status)
        status = (
            session.connection()
            .execute(_NEXT_STATUS, {"module": module_id, "after": status})
            .scalar()
        )
    return held


def _in_status_order(
    session: Session,
    query: ParticipantQuery,
    columns: Select,  # type: ignore[type-arg]
    within: Narrowing | None,
    offset: int,
    limit: int,
    after: ParticipantRow | None,
    server: bool = False,
) -> list[Any] | None:
    """A page of a list sorted by a module's status: the people of one status at a time,
    each status in name order from the name index, until the page is full. Those without a
    status in the module come where the database sorts an empty value: first on SQLite,
    last on PostgreSQL (``server``), in ascending order. As one statement ordered by status
    SQLite read and sorted every match at each keystroke (111 ms at 100,000 people, 0.75 s
    at a million; PostgreSQL a median 84 ms); here a status most people hold fills the page
    at once. None: ``after`` holds a status this module no longer has, or the module holds
    most of the register (the people without a status are then few and far between in name
    order: the caller sorts every match, as before)."""
    module = query.sort_module_id
    assert module is not None
    if _most_in(session, module):
        return None
    held = _statuses_held(session, module)
    groups: list[str | None] = [*held, None] if server else [None, *held]
    if query.descending:
        groups.reverse()
    first, skip, past = 0, offset, None
    if after is not None:  # from the row on: its status, after its name, then the next ones
        if after.statuses.get(module) not in groups:
            return None
        first, skip, past = groups.index(after.statuses.get(module)), 0, _past(after)
    enrolled = exists().where(
        Enrollment.participant_id == Participant.id, Enrollment.module_id == module
    )
    rows: list[Any] = []
    for i, status in enumerate(groups[first:]):
        holding = ~enrolled if status is None else enrolled.where(Enrollment.status == status)
        # On PostgreSQL the group's ids first, from the name index, then their rows (as for a
        # page in name order: see search_participants).
        stmt = _filtered(
            query, (select(Participant.id) if server else columns).where(holding), within
        )
        if i == 0 and past is not None:
            stmt = stmt.where(past)
        in_order = (Participant.sort_key, Participant.id)
        stmt = stmt.order_by(*in_order).limit(skip + limit - len(rows))
        if server:
            stmt = columns.where(Participant.id.in_(stmt)).order_by(*in_order)
        rows.extend(session.connection().execute(stmt).all())
        if len(rows) >= skip + limit:
            break
    return rows[skip:]


def _page(
    query: ParticipantQuery,
    stmt: Select,  # type: ignore[type-arg]
    within: Narrowing | None,
    start: ColumnElement[bool] | None,
    offset: int,
    limit: int,
) -> Select:  # type: ignore[type-arg]
    """``stmt`` narrowed to one page of ``query``: after ``start`` if given, else from
    ``offset``."""
    stmt = _filtered(query, stmt, within)
    if start is not None:
        return _order(query, stmt.where(start)).limit(limit)
    return _order(query, stmt).offset(offset).limit(limit)


# The usual list on SQLite (in name order, maybe searched, maybe of one module) as plain SQL
# through the driver: asked at every keystroke, where SQLAlchemy's building, caching and
# result handling of the same statements cost 3-4 ms a keystroke against 1-2 ms in SQLite
# (at 100,000 people). The SQL is what ``_filtered``, ``_order`` and ``_after`` build; a
# test compares the two on every kind of query.
_QUICK_COLUMNS = (
    "SELECT p.id, p.first_name, p.last_name, p.personal_number, p.birth_date, p.email, "
    "c.name, p.municipality, c.municipality, p.sort_key "
    "FROM participant AS p LEFT OUTER JOIN company AS c ON p.company_id = c.id "
    "WHERE p.anonymized_at IS NULL"
)


def _quick(db: Database, query: ParticipantQuery) -> bool:
    """Whether ``_quick_page`` answers ``query`` on ``db``."""
    return not db.is_postgresql and _by_name(query)


# People read in name order before a search with a word of one or two letters (which has no
# three-letter piece to look up) asks the letter index for them instead: a common word has
# filled its page long before (at 100,000 people 'zz' read everyone, 30 ms; 'a' stops at 70).
BOUNDED_SCAN = 5_000


def _quick_rows(
    session: Session,
    conn: sqlite3.Connection,
    query: ParticipantQuery,
    offset: int,
    limit: int,
    after: ParticipantRow | None,
) -> list[Any]:
    words = _words(query)
    within = narrowing(session, words)
    if within is None and any(is_short(word) for word in words):
        bound = _bound(conn, query, after, BOUNDED_SCAN)
        if bound is None:  # fewer people than that are left: read them all
            return _quick_page(conn, query, words, None, offset, limit, after)
        rows = _quick_page(conn, query, words, None, offset, limit, after, bound)
        if len(rows) == limit:  # every match after these comes after the bound: the page
            return rows
        within = narrowing(session, words, short=True)
    return _quick_page(conn, query, words, within, offset, limit, after)


def _bound(
    conn: sqlite3.Connection, query: ParticipantQuery, after: ParticipantRow | None, people: int
) -> str | None:
    """The name (sort key) ``people`` people on from ``after``'s, or from the top, in the
    list's order (read from the name index alone); None if fewer are left."""
    where, params = "anonymized_at IS NULL", list[object]()
    beyond, order = ("<=", "DESC") if query.descending else (">=", "")
    if after is not None and after.sort_key:
        where += f" AND sort_key {beyond} ?"
        params.append(after.sort_key)
    found = conn.execute(
        f"SELECT sort_key FROM participant WHERE {where} ORDER BY sort_key {order} "
        "LIMIT 1 OFFSET ?",
        [*params, people],
    ).fetchone()
    return None if found is None else str(found[0])


def _quick_page(
    conn: sqlite3.Connection,
    query: ParticipantQuery,
    words: list[Word],
    within: Narrowing | None,
    offset: int,
    limit: int,
    after: ParticipantRow | None,
    bound: str | None = None,
) -> list[Any]:
    """One page in name order of the people ``words`` (the query's) match; ``bound``: of the
    people up to that name only."""
    sql = [_QUICK_COLUMNS]
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    for i, word in enumerate(words):
        params[f"w{i}"] = f"%{_escape_like(word.text)}%"
        condition = f"p.search_text LIKE :w{i} ESCAPE '\\'"
        if word.digits is not None:
            params[f"d{i}"], params[f"c{i}"] = f"{word.digits}%", f"__{word.digits}%"
            condition = (
                f"({condition} OR p.personal_number LIKE :d{i} OR p.personal_number LIKE :c{i})"
            )
        sql.append(condition)
    if within is not None:
        sql.append(f"p.id IN ({within.sql})")
        params.update(within.params)
    if query.module_id is not None:
        held = "e.participant_id = p.id AND e.module_id = :module"
        params["module"] = query.module_id
        if query.status:
            held += " AND e.status = :status"
            params["status"] = query.status
        sql.append(f"EXISTS (SELECT 1 FROM enrollment AS e WHERE {held})")
    beyond = "<" if query.descending else ">"
    if after is not None and after.sort_key:
        params["key"], params["after"] = after.sort_key, after.id
        # Equal names in id order, also when the names are descending (as in _after).
        sql.append(f"p.sort_key {beyond}= :key AND (p.sort_key {beyond} :key OR p.id > :after)")
        params["offset"] = 0
    if bound is not None:
        params["bound"] = bound
        sql.append(f"p.sort_key {'>=' if query.descending else '<='} :bound")
    order = "p.sort_key DESC, p.id" if query.descending else "p.sort_key, p.id"
    text = " AND ".join(sql) + f" ORDER BY {order} LIMIT :limit OFFSET :offset"
    rows = conn.execute(text, params).fetchall()
    return [(*r[:4], dt.date.fromisoformat(r[4]) if r[4] else None, *r[5:]) for r in rows]


def search_participants(
    db: Database,
    query: ParticipantQuery,
    offset: int = 0,
    limit: int = 200,
    after: ParticipantRow | None = None,
    stop: Stoppable | None = None,
) -> list[ParticipantRow]:
    """One page of participants matching ``query``, in its order, with their statuses.

    The page starts ``offset`` rows down, or, given ``after`` (the last row of the page
    before, ``offset`` rows down), just after it: in name order that reads only the page,
    where an offset reads every row above it (scrolling to row 100,000 of a million read
    100,000 rows for each new page).
    """
    with reading(db, stop) as session:
        conn = driver(session)
        if conn is not None and _quick(db, query):
            rows = _quick_rows(session, conn, query, offset, limit, after)
        else:
            within = narrowing(session, _words(query))
            rows = _general_page(session, db.is_postgresql, query, within, offset, limit, after)
        statuses = _statuses(session, [r[0] for r in rows])
    return _made(rows, statuses)


_COLUMNS = select(
    Participant.id,
    Participant.first_name,
    Participant.last_name,
    Participant.personal_number,
    Participant.birth_date,
    Participant.email,
    Company.name,
    Participant.municipality,
    Company.municipality,
    Participant.sort_key,
).outerjoin(Company, Participant.company_id == Company.id)


def _general_page(
    session: Session,
    server: bool,
    query: ParticipantQuery,
    within: Narrowing | None,
    offset: int,
    limit: int,
    after: ParticipantRow | None,
) -> list[Any]:
    """A page of any query on any database, built by SQLAlchemy."""
    if query.sort_module_id is not None:
        rows = _in_status_order(session, query, _COLUMNS, within, offset, limit, after, server)
        if rows is not None:
            return rows
    start = _after(query, after) if after is not None else None
    if server and _by_name(query):
        # The page's ids first, from the search index alone (it holds the id there), then
        # their rows: PostgreSQL otherwise fetches the row of every person the search looks
        # at, matched or not (SQLite checks the index entry before the row itself).
        ids = _page(query, select(Participant.id), within, start, offset, limit)
        stmt = _order(query, _COLUMNS.where(Participant.id.in_(ids)))
    else:
        stmt = _page(query, _COLUMNS, within, start, offset, limit)
    return list(session.connection().execute(stmt).all())  # Core: no ORM results


def _made(rows: list[Any], statuses: dict[int, dict[int, str]]) -> list[ParticipantRow]:
    return [
        ParticipantRow(
            r[0],
            r[1],
            r[2],
            mask_personal_number(r[3]),
            r[4],
            r[5] or "",
            r[6] or "",
            r[7] or r[8] or "",
            statuses[r[0]],
            r[9] or "",
        )
        for r in rows
    ]
