"""The benchmark's registers: written in bulk, they hold what the program's own import writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.generate import make_register, register_by_import

# Columns that hold the moment of writing, which differs between two runs.
MOMENTS = {"created_at", "updated_at", "at", "queued_at"}


def contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    tables = {}
    for table in ("company", "participant", "enrollment", "enrollment_event", "audit_log"):
        columns = [
            row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] not in MOMENTS
        ]
        tables[table] = conn.execute(
            f"SELECT {', '.join(columns)} FROM {table} ORDER BY id"
        ).fetchall()
    conn.close()
    return tables


def test_the_bulk_register_is_what_the_import_writes(tmp_path):
    bulk = contents(make_register(tmp_path / "bulk.db", 700, completed=20))
    imported = contents(register_by_import(tmp_path / "imported.db", 700, completed=20))
    assert len(bulk["participant"]) == 700
    assert len(bulk["company"]) == 140  # one per fifth of the people, as the roster names them
    assert sum(1 for e in bulk["enrollment"] if "completed" in e) == 20
    for table, rows in imported.items():
        assert bulk[table] == rows, table
    for path in (tmp_path / "bulk.db", tmp_path / "imported.db"):  # searched by letters
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT indexed_upto FROM participant_text_state").fetchone() == (
                700,
            )
            conn.execute(
                "INSERT INTO participant_text (participant_text, rank) VALUES ('integrity-check', 1)"
            )
