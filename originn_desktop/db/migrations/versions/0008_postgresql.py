"""sort keys without NUL (PostgreSQL's text refuses it); on PostgreSQL the sort key compares
byte by byte and the search index holds only people whose data is kept, as on SQLite

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

What a migration must respect to run on both databases: portable ``op`` calls (batch mode
is for SQLite and harmless on PostgreSQL); dialect-only options given as keyword arguments
that the other dialect ignores (``sqlite_where`` beside ``postgresql_where``); data rewritten
with bound parameters, never SQL functions only one database has; no NUL in text; booleans
and binary data through SQLAlchemy's types, not 0/1 or hex literals.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

OLD_SEPARATOR, NEW_SEPARATOR = "\x00", "\x01"


def _rewrite_keys(old: str, new: str) -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, sort_key FROM participant")).all()
    changed = [{"id": i, "key": key.replace(old, new)} for i, key in rows if old in (key or "")]
    if changed:
        conn.execute(sa.text("UPDATE participant SET sort_key = :key WHERE id = :id"), changed)


def _postgresql_index(collation: str | None, partial: bool) -> None:
    op.drop_index("ix_participant_search", table_name="participant")
    op.alter_column(
        "participant",
        "sort_key",
        type_=sa.String(length=410, collation=collation),
        existing_nullable=False,
    )
    op.create_index(
        "ix_participant_search",
        "participant",
        ["sort_key", "search_text", "personal_number"],
        unique=False,
        postgresql_where=sa.text("anonymized_at IS NULL") if partial else None,
    )


def upgrade() -> None:
    _rewrite_keys(OLD_SEPARATOR, NEW_SEPARATOR)
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_index("C", partial=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_index(None, partial=False)
    else:  # PostgreSQL never held NUL in a sort key
        _rewrite_keys(NEW_SEPARATOR, OLD_SEPARATOR)
