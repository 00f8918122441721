"""search text covers company and municipality; a covering index for searching in name order

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _search_text(
    first: str, last: str, email: str | None, company: str | None, municipality: str
) -> str:
    # The same as services.participants.search_text at the time of this migration.
    return " ".join((first, last, email or "", company or "", municipality or "")).casefold()


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_sort_key")
        batch_op.create_index("ix_participant_search", ["sort_key", "search_text"], unique=False)
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT p.id, p.first_name, p.last_name, p.email, c.name, "
            "COALESCE(NULLIF(p.municipality, ''), c.municipality, '') "
            "FROM participant p LEFT JOIN company c ON c.id = p.company_id"
        )
    ).all()
    if rows:
        conn.execute(
            sa.text("UPDATE participant SET search_text = :text WHERE id = :id"),
            [{"id": r[0], "text": _search_text(r[1], r[2], r[3], r[4], r[5])} for r in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_search")
        batch_op.create_index("ix_participant_sort_key", ["sort_key"], unique=False)
