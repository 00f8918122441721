"""Writing many rows at once, as fast as the database allows.

On SQLite the write transaction holds the database's lock from its first statement (BEGIN
IMMEDIATE), so the next ids are simply the largest plus one, and one executemany writes them
all. Other databases get the ids back with RETURNING.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session


def table_of(model: type[Any]) -> Table:
    """A mapped class's table, for Core statements that skip the ORM's per-row work."""
    return cast(Table, model.__table__)


def insert_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` into ``table`` (which has an integer ``id``); returns their ids in order."""
    if not rows:
        return []
    if session.get_bind().dialect.name == "sqlite":
        first = (session.scalar(select(func.max(table.c.id))) or 0) + 1
        ids = list(range(first, first + len(rows)))
        for row, i in zip(rows, ids, strict=True):
            row["id"] = i  # the caller's rows are ours to fill in: no copy of 10,000 dicts
        session.execute(insert(table), rows)
        return ids
    result = session.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), list(rows)
    )
    return list(result.scalars())
