"""Copying a whole register between two databases, table by table, parents before children.

One copy over the tables the models declare serves moving a coordinator's file to the shared
server (``migrate``), a server register's portable SQLite backup, and restoring such a file
into the server. Both sides must be at the same schema revision; ids are copied as they are,
so every reference (enrollments, history, certificates, audit rows) still holds, and the
server's id sequences are set past the copied ids afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Row, Table, delete, func, insert, select, text

from originn_desktop.db.bulk import copy_rows
from originn_desktop.db.models import Base
from originn_desktop.domain.text import Text, UserError

CHUNK = 5000  # rows read and written at a time: memory stays flat for any register's size


def tables() -> list[Table]:
    """The register's tables in dependency order (a table after those it refers to)."""
    return list(Base.metadata.sorted_tables)


def row_counts(conn: Connection) -> dict[str, int]:
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
        for t in tables()
    }


# Tables a new register's schema fills itself (its identity, migration 0006): a target holding
# only those is empty, and a copy replaces their rows with the source's.
SEEDED = frozenset({"register_identity"})


def is_empty(conn: Connection) -> bool:
    return not any(n for name, n in row_counts(conn).items() if name not in SEEDED)


def delete_everything(conn: Connection) -> None:
    """Every row of the register, children first (a restore's first step, in its transaction)."""
    for table in reversed(tables()):
        conn.execute(delete(table))


def copy_register(source: Connection, target: Connection) -> dict[str, int]:
    """Copy every row from ``source`` into the empty ``target``; returns the rows per table.

    The counts are compared on both sides before the caller commits: a copy that came out
    different raises, and the caller's transaction takes nothing.
    """
    for table in tables():
        if table.name in SEEDED:
            target.execute(delete(table))
        order = [c for c in table.primary_key.columns]
        result = source.execution_options(yield_per=CHUNK).execute(select(table).order_by(*order))
        if target.dialect.name == "postgresql":
            _copy_in(target, table, result.partitions(CHUNK))
        else:
            for chunk in result.mappings().partitions(CHUNK):
                target.execute(insert(table), [dict(row) for row in chunk])
    if target.dialect.name == "postgresql":
        _set_sequences(target)
    copied, expected = row_counts(target), row_counts(source)
    if copied != expected:
        differ = ", ".join(
            f"{n}: {copied[n]} of {expected[n]}" for n in expected if copied[n] != expected[n]
        )
        raise UserError(
            Text(
                f"the copy came out different ({differ}); nothing was written",
                f"kopian blev inte likadan ({differ}); inget skrevs",
            )
        )
    return copied


def _copy_in(conn: Connection, table: Table, chunks: Iterable[Sequence[Row[Any]]]) -> None:
    """Rows into a PostgreSQL table through one COPY: an INSERT per 1,000 rows cost the
    driver most of a minute of parsing its own statements for 100,000 people."""
    dialect = conn.dialect
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in table.c]
    rows: Iterable[Sequence[Any]] = (row for chunk in chunks for row in chunk)
    if any(processors):  # binary data (the issuer's images), the only kind converted
        rows = ([p(v) if p else v for p, v in zip(processors, row, strict=True)] for row in rows)
    copy_rows(conn, table, [c.name for c in table.c], rows)


def _set_sequences(conn: Connection) -> None:
    """Each table's id sequence continues after the largest id copied in."""
    quote = conn.dialect.identifier_preparer.quote
    for table in tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f"COALESCE(MAX(id), 0) + 1, false) FROM {quote(table.name)}"
            ),
            {"table": table.name},
        )
