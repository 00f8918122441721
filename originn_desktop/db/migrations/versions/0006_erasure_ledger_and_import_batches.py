"""the register's identity, the erasure ledger entries applied, import batches to undo

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# uuid5 over the register's first audit row: the register and every older backup of it get
# the same identity when each is migrated, whenever that happens.
_NAMESPACE = uuid.UUID("6f1d7c1e-3b0a-4c5e-9a57-0e7a4f1f2b10")


def _identity() -> str:
    audit = sa.table(
        "audit_log",
        sa.column("id", sa.Integer),
        sa.column("at", sa.String),
        sa.column("os_user", sa.String),
        sa.column("action", sa.String),
    )
    first = (
        op.get_bind()
        .execute(
            sa.select(audit.c.id, audit.c.at, audit.c.os_user, audit.c.action)
            .order_by(audit.c.id)
            .limit(1)
        )
        .first()
    )
    if first is None:
        return str(uuid.uuid4())
    return str(uuid.uuid5(_NAMESPACE, "|".join(str(v) for v in first)))


def upgrade() -> None:
    identity = op.create_table(
        "register_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(identity, [{"id": 1, "uuid": _identity()}])
    op.create_table(
        "erasure_applied",
        sa.Column("entry", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("entry"),
    )
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("events_before", sa.Integer(), nullable=False),
        sa.Column("events_after", sa.Integer(), nullable=False),
        sa.Column("certificates_before", sa.Integer(), nullable=False),
        sa.Column("created", sa.Text(), nullable=False),
        sa.Column("created_count", sa.Integer(), nullable=False),
        sa.Column("created_version", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("companies", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["module_id"], ["module.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batch_module_id"), ["module_id"], unique=False)
    op.create_table(
        "import_batch_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("previous", sa.Text(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=True),
        sa.Column("enrollment_before", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batch.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("import_batch_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_batch_person_batch_id"), ["batch_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_import_batch_person_participant_id"), ["participant_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("import_batch_person")
    op.drop_table("import_batch")
    op.drop_table("erasure_applied")
    op.drop_table("register_identity")
