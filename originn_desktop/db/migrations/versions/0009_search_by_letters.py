"""the search index also holds anonymized_at (SQLite then knows it covers a search's count),
a narrow index of the people whose data is kept (counting them, reading them in table order);
on SQLite a trigram index of the search text, kept up to date by triggers for the people it
holds (db.search_index fills it after the fact)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

The trigram index is SQLite's FTS5 and exists only there; on PostgreSQL the search stays a
LIKE over the search text (correct, and a pg_trgm index can be added there later). Its DDL is
written out here, frozen, as a migration must be; db.search_index only names what it makes.
A later migration that rebuilds the participant table in batch mode (copy and rename) drops
these triggers with the old table and must create them again (tests/db checks they exist).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

KEPT = sa.text("anonymized_at IS NULL")

SQLITE = [
    # External content: the text stays in participant alone; the index holds which rows have
    # which three letters (detail=none: not where), compared exactly (the text is case-folded
    # already).
    "CREATE VIRTUAL TABLE participant_text USING fts5(search_text, content='participant', "
    "content_rowid='id', tokenize='trigram case_sensitive 1', detail=none, columnsize=0)",
    # The index holds the people with an id up to this one (db.search_index.catch_up moves it
    # on); the rest are searched without it.
    "CREATE TABLE participant_text_state (indexed_upto INTEGER NOT NULL)",
    "INSERT INTO participant_text_state (indexed_upto) VALUES (0)",
    "CREATE TRIGGER participant_text_insert AFTER INSERT ON participant "
    "WHEN new.id <= (SELECT indexed_upto FROM participant_text_state) BEGIN "
    "INSERT INTO participant_text (rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER participant_text_delete AFTER DELETE ON participant "
    "WHEN old.id <= (SELECT indexed_upto FROM participant_text_state) BEGIN "
    "INSERT INTO participant_text (participant_text, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER participant_text_update AFTER UPDATE OF search_text ON participant "
    "WHEN old.id <= (SELECT indexed_upto FROM participant_text_state) BEGIN "
    "INSERT INTO participant_text (participant_text, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO participant_text (rowid, search_text) VALUES (new.id, new.search_text); END",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS participant_text_update",
    "DROP TRIGGER IF EXISTS participant_text_delete",
    "DROP TRIGGER IF EXISTS participant_text_insert",
    "DROP TABLE IF EXISTS participant_text_state",
    "DROP TABLE IF EXISTS participant_text",
]


def _search_index(columns: list[str]) -> None:
    op.drop_index("ix_participant_search", table_name="participant")
    op.create_index(
        "ix_participant_search",
        "participant",
        columns,
        unique=False,
        sqlite_where=KEPT,
        postgresql_where=KEPT,
    )


SEARCH = ["sort_key", "search_text", "personal_number"]


def upgrade() -> None:
    _search_index([*SEARCH, "anonymized_at"])
    op.create_index(
        "ix_participant_kept",
        "participant",
        ["id", "anonymized_at"],
        unique=False,
        sqlite_where=KEPT,
        postgresql_where=KEPT,
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE:
            bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            bind.exec_driver_sql(statement)
    op.drop_index("ix_participant_kept", table_name="participant")
    _search_index(SEARCH)
