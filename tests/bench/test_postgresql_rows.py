"""The bench's PostgreSQL rows start their server with the tests' own code, without pytest,
and where no server can be had they say why instead of failing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import bench.postgresql
import tests.postgres

ROOT = Path(__file__).resolve().parents[2]


def test_the_bench_starts_its_server_without_importing_pytest():
    probe = (
        "import sys, bench.postgresql, tests.postgres; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pytest', '_pytest')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_without_server_binaries_the_rows_are_one_saying_which_is_missing(monkeypatch, capsys):
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setattr(tests.postgres.glob, "glob", lambda _pattern: [])
    [row] = bench.postgresql.bench_postgresql({}, 1, floors=None, sqlite=None)
    assert row.met is None and row.ratio is None
    assert "initdb" in row.note and "pg_ctl" in row.note
    assert "PostgreSQL rows skipped" in capsys.readouterr().out
