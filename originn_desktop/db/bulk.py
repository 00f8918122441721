"""Writing many rows at once, as fast as the database allows.

On SQLite the write transaction holds the database's lock from its first statement (BEGIN
IMMEDIATE), so the next ids are simply the largest plus one, and one executemany writes them
all. On PostgreSQL the ids are taken from the table's sequence in one query and the rows go in
with one COPY: an INSERT with many VALUES and RETURNING cost the driver seconds of parsing its
own huge statements for 10,000 people. Other databases get the ids back with RETURNING.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    any_,
    bindparam,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


def table_of(model: type[Any]) -> Table:
    """A mapped class's table, for Core statements that skip the ORM's per-row work."""
    return cast(Table, model.__table__)


def _converted(
    session: Session, table: Table, columns: Mapping[str, Sequence[Any]], count: int
) -> list[Sequence[Any]]:
    """Each column's values as the driver takes them: the column type converts each distinct
    value once (dates to ISO text on SQLite, enums to their names), nothing else runs per row."""
    dialect = session.get_bind().dialect
    if "id" in columns:
        raise ValueError("insert_columns assigns the ids itself")
    converted = []
    for name, values in columns.items():
        if len(values) != count:
            raise ValueError(f"insert_columns: column {name} has {len(values)} values")
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:  # dates and times: the same few values, converted once each
            done: dict[Any, Any] = {}
            values = [done[v] if v in done else done.setdefault(v, process(v)) for v in values]
        converted.append(values)
    return converted


def _sqlite_executemany(
    session: Session, table: Table, columns: Mapping[str, Sequence[Any]], ids: list[int]
) -> None:
    """One INSERT, prepared once, with each row as a tuple: sqlite3's executemany directly.

    Core's executemany builds and processes a parameter dict per row, which was two thirds of
    writing an import.
    """
    converted = _converted(session, table, columns, len(ids))
    quote = session.get_bind().dialect.identifier_preparer.quote
    sql = "INSERT INTO {} (id, {}) VALUES (?{})".format(
        quote(table.name), ", ".join(quote(n) for n in columns), ", ?" * len(columns)
    )
    session.connection().exec_driver_sql(sql, list(zip(ids, *converted, strict=True)))


def copy_rows(
    conn: Connection, table: Table, names: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """``rows`` (values for the columns ``names``, in that order, as the driver takes them)
    into a PostgreSQL table through one COPY, in ``conn``'s transaction: the server reads
    them as one stream, with no statement for the driver to parse."""
    quote = conn.dialect.identifier_preparer.quote
    sql = "COPY {} ({}) FROM STDIN".format(quote(table.name), ", ".join(quote(n) for n in names))
    import psycopg  # the driver of every PostgreSQL URL the program takes

    raw = cast(psycopg.Connection[Any], conn.connection.dbapi_connection)
    try:
        with raw.cursor() as cursor, cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as exc:  # as SQLAlchemy raises a statement's (IntegrityError ...)
        raise DBAPIError.instance(sql, None, exc, psycopg.Error) from exc


def _postgresql_copy(
    session: Session, table: Table, columns: Mapping[str, Sequence[Any]], count: int
) -> list[int]:
    """The next ``count`` ids of the table's sequence, taken in one call, and the rows with
    them through one COPY, in the session's transaction; returns the ids, in order.

    Every write transaction holds the one-writer lock (db.engine), so no one takes ids from
    the sequence meanwhile and the next ``count`` are a block: moving the sequence past them
    costs one call where ``nextval`` for each took 40-80 ms for 10,000. (Should anything else
    take one all the same, the COPY meets its row and nothing is written.)
    """
    converted = _converted(session, table, columns, count)
    last = session.scalar(
        text(
            "SELECT setval(CAST(s AS regclass), nextval(CAST(s AS regclass)) + :n - 1) "
            "FROM pg_get_serial_sequence(:table, 'id') AS s"
        ),
        {"table": table.name, "n": count},
    )
    ids = list(range(int(last) - count + 1, int(last) + 1))
    copy_rows(session.connection(), table, ["id", *columns], zip(ids, *converted, strict=True))
    return ids


def insert_columns(
    session: Session, table: Table, columns: Mapping[str, Sequence[Any]]
) -> list[int]:
    """Insert rows given column by column (each a sequence, all of one length) into ``table``
    (which has an integer ``id``); returns the new rows' ids in order.

    Column by column, a caller builds each value list in one comprehension, with no dict per
    row: for 10,000 people, a third of the time of building the rows as dicts.
    """
    count = len(next(iter(columns.values()), ()))
    if not count:
        return []
    if session.get_bind().dialect.name == "sqlite":
        first = (session.scalar(select(func.max(table.c.id))) or 0) + 1
        ids = list(range(first, first + count))
        _sqlite_executemany(session, table, columns, ids)
        return ids
    if session.get_bind().dialect.name == "postgresql":
        return _postgresql_copy(session, table, columns, count)
    rows = [
        dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)
    ]
    result = session.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
    )
    return list(result.scalars())


def among(session: Session, column: Any, values: Sequence[Any]) -> ColumnElement[bool]:
    """``column IN values`` for a long list of values; on PostgreSQL ``column = ANY(array)``,
    one parameter where a thousand cost the driver and the planner 20 ms a query."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY

        return cast(
            "ColumnElement[bool]",
            column == any_(bindparam(None, list(values), type_=ARRAY(column.type))),
        )
    return cast("ColumnElement[bool]", column.in_(values))


def insert_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (dicts with the same keys) into ``table``; returns their ids in order."""
    if not rows:
        return []
    names = list(rows[0])
    if any(row.keys() != rows[0].keys() for row in rows):
        raise ValueError("insert_many needs rows with the same columns")
    return insert_columns(session, table, {name: [row[name] for row in rows] for name in names})
