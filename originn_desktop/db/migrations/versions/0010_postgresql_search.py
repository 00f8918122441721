"""on PostgreSQL, searching by letters through trigram indexes (pg_trgm) where the server has
them, and a search index that also holds the id (a search then reads the index alone)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

SQLite searches by letters through its own trigram index (0009); on PostgreSQL a rare word
read every person's row (50-90 ms at 100,000 people where SQLite took 5). pg_trgm's GIN
indexes answer ``LIKE '%word%'`` on the search text and the personnummer's digits, and the
server's planner chooses them for rare words by itself. pg_trgm ships with PostgreSQL and is
a trusted extension, which the database's owner may create; where it is missing or not
allowed, the register is made without these indexes and searches stay correct, only slower.

The search index holds the id as well (INCLUDE): SQLite's indexes hold it anyway, and without
it PostgreSQL fetched each row a search looked at, matched or not.

The planner's statistics of the search text and the personnummer are ten times finer (1,000
values, not 100): it guesses how many people a search matches from them, and with the default
it took four digits matching 174 people for a thousand, read all 100,000 in name order for a
page (150 ms) instead of asking the trigram indexes (13 ms).

The personnummer and the e-mail key compare byte by byte, as on SQLite (and as the sort key
since 0008): they are identifiers, and under the server's Swedish collation every comparison
went through ICU, which made an import's lookup of a thousand numbers four times dearer.

Nothing changes on SQLite.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

KEPT = sa.text("anonymized_at IS NULL")
SEARCH = ["sort_key", "search_text", "personal_number", "anonymized_at"]
# (name, column): frozen here, as a migration must be; db.search_index names them.
LETTERS = [
    ("ix_participant_letters", "search_text"),
    ("ix_participant_number_letters", "personal_number"),
]


def _search_index(include: list[str]) -> None:
    op.drop_index("ix_participant_search", table_name="participant")
    op.create_index(
        "ix_participant_search",
        "participant",
        SEARCH,
        unique=False,
        postgresql_where=KEPT,
        postgresql_include=include,
    )


def _letter_indexes(bind: sa.Connection) -> None:
    """pg_trgm (created if it is not there) and its indexes, in a savepoint: a server without
    the extension, or a role that may not create it, must not end the migration's transaction."""
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            for name, column in LETTERS:
                bind.exec_driver_sql(
                    f"CREATE INDEX {name} ON participant USING gin ({column} gin_trgm_ops) "
                    "WHERE anonymized_at IS NULL"
                )
    except DBAPIError:
        pass  # searched without them: the same results, read from the search index


def _statistics(target: int) -> None:
    op.get_bind().exec_driver_sql(
        f"ALTER TABLE participant ALTER COLUMN search_text SET STATISTICS {target}, "
        f"ALTER COLUMN personal_number SET STATISTICS {target}"
    )


def _byte_order(collation: str | None) -> None:
    for column, length in (("personal_number", 12), ("email_key", 320)):
        op.alter_column(
            "participant",
            column,
            type_=sa.String(length=length, collation=collation),
            existing_nullable=True,
        )


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    _byte_order("C")
    _search_index(["id"])
    _letter_indexes(bind)
    _statistics(1000)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    _statistics(-1)  # the server's default again
    for name, _ in LETTERS:
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    _search_index([])
    _byte_order(None)
