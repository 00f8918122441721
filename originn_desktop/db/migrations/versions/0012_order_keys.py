"""the participant list sorts by first name, company and municipality in Swedish order

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

Sorting by those columns compared the raw text, byte by byte: 'Áile' came after 'Zoë', a
company or municipality starting with Ä before one starting with Å, and 'de Geer' after
'Zorn'. Each participant now holds three keys in Swedish alphabetical order, as the name's
sort key is: the first name's, the company's name's and the key of the municipality the list
shows (the person's own, or else their company's). They are filled here for everyone, with
the program's collation (domain.collation), in chunks.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from originn_desktop.domain.people import order_keys

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

COLUMNS = ("first_name_key", "company_key", "municipality_key")
CHUNK = 10_000


def _fill() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT p.id, p.first_name, c.name, p.municipality, c.municipality "
            "FROM participant p LEFT JOIN company c ON c.id = p.company_id "
            "WHERE p.anonymized_at IS NULL ORDER BY p.id"
        )
    ).all()
    update = sa.text(
        "UPDATE participant SET first_name_key = :first_name_key, company_key = :company_key, "
        "municipality_key = :municipality_key WHERE id = :id"
    )
    for start in range(0, len(rows), CHUNK):
        conn.execute(
            update,
            [
                {"id": pid, **order_keys(first, company or "", own or place or "")}
                for pid, first, company, own, place in rows[start : start + CHUNK]
            ],
        )


def upgrade() -> None:
    key = sa.Text().with_variant(sa.Text(collation="C"), "postgresql")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, key, nullable=False, server_default=""))
    _fill()


def downgrade() -> None:
    # Dropped in place (SQLite 3.35 and later), not by batch mode's copy of the table: the
    # view the letter index reads (0011) names the table, and renaming the copy fails on it.
    for name in COLUMNS:
        op.drop_column("participant", name)
