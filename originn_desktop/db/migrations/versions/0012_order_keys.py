"""the participant list sorts by first name, company and municipality in Swedish order

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

Sorting by those columns compared the raw text, byte by byte: 'Áile' came after 'Zoë', a
company or municipality starting with Ä before one starting with Å, and 'de Geer' after
'Zorn'. Each participant now holds three keys in Swedish alphabetical order, as the name's
sort key is: the first name's, the company's name's and the key of the municipality the list
shows (the person's own, or else their company's). They are filled here for everyone, with
the program's collation (domain.collation).

The collation itself now sorts the letters Unicode does not take apart as the letter they are
written from (the Sámi Đ, Ŧ and Ŋ as D, T and N, the Polish Ł as L): 'Čuđđe' sorted after
every other name beginning 'Cu', and 'Łaski' after 'Öberg'. The name's sort key is written
again where it changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from originn_desktop.domain.collation import SEPARATOR, sort_key

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

COLUMNS = ("first_name_key", "company_key", "municipality_key")

# The keys of the distinct first names, companies and municipalities, then one UPDATE that
# looks each person's up: a register repeats a few thousand names, and updating a million
# people one by one from Python took 25 s and 570 MiB.
_TABLES = [
    "CREATE TEMPORARY TABLE order_key_first (value TEXT PRIMARY KEY, order_key TEXT NOT NULL)",
    "CREATE TEMPORARY TABLE order_key_last (value TEXT PRIMARY KEY, order_key TEXT NOT NULL)",
    "CREATE TEMPORARY TABLE order_key_company (id INTEGER PRIMARY KEY, order_key TEXT NOT NULL)",
    "CREATE TEMPORARY TABLE order_key_place (value TEXT PRIMARY KEY, order_key TEXT NOT NULL)",
]
_FILL = (
    "UPDATE participant SET "
    "first_name_key = coalesce((SELECT k.order_key FROM order_key_first k "
    "WHERE k.value = participant.first_name), ''), "
    "company_key = coalesce((SELECT k.order_key FROM order_key_company k "
    "WHERE k.id = participant.company_id), ''), "
    "municipality_key = coalesce((SELECT k.order_key FROM order_key_place k "
    "WHERE k.value = coalesce(nullif(participant.municipality, ''), "
    "(SELECT c.municipality FROM company c WHERE c.id = participant.company_id))), '') "
    "WHERE anonymized_at IS NULL"
)
# The name's sort key as the collation gives it now: last name, separator, first name.
_NAME_KEY = (
    "(SELECT k.order_key FROM order_key_last k WHERE k.value = participant.last_name) "
    "|| :separator || participant.first_name_key"
)
_NAME_FILL = (
    f"UPDATE participant SET sort_key = {_NAME_KEY} "
    f"WHERE anonymized_at IS NULL AND sort_key <> {_NAME_KEY}"
)


def _keys(values: list[str]) -> list[dict[str, str]]:
    return [{"value": v, "key": sort_key(v)} for v in values]


def _fill() -> None:
    conn = op.get_bind()
    for statement in _TABLES:
        conn.execute(sa.text(statement))
    firsts = conn.execute(sa.text("SELECT DISTINCT first_name FROM participant")).scalars()
    lasts = conn.execute(sa.text("SELECT DISTINCT last_name FROM participant")).scalars()
    places = conn.execute(
        sa.text("SELECT municipality FROM participant UNION SELECT municipality FROM company")
    ).scalars()
    companies = conn.execute(sa.text("SELECT id, name FROM company")).all()
    for table, rows in (
        ("order_key_first", _keys([v for v in firsts if v is not None])),
        ("order_key_last", _keys([v for v in lasts if v is not None])),
        ("order_key_place", _keys([v for v in places if v])),
    ):
        if rows:
            conn.execute(
                sa.text(f"INSERT INTO {table} (value, order_key) VALUES (:value, :key)"), rows
            )
    if companies:
        conn.execute(
            sa.text("INSERT INTO order_key_company (id, order_key) VALUES (:id, :key)"),
            [{"id": i, "key": sort_key(name or "")} for i, name in companies],
        )
    conn.execute(sa.text(_FILL))
    conn.execute(sa.text(_NAME_FILL), {"separator": SEPARATOR})
    for table in ("order_key_first", "order_key_last", "order_key_company", "order_key_place"):
        conn.execute(sa.text(f"DROP TABLE {table}"))


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
