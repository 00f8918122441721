"""the search index covers the personnummer and holds only people whose data is kept;
the unused name index goes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_search")
        batch_op.drop_index("ix_participant_name")
        batch_op.create_index(
            "ix_participant_search",
            ["sort_key", "search_text", "personal_number"],
            unique=False,
            sqlite_where=sa.text("anonymized_at IS NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_search")
        batch_op.create_index("ix_participant_search", ["sort_key", "search_text"], unique=False)
        batch_op.create_index("ix_participant_name", ["last_name", "first_name"], unique=False)
