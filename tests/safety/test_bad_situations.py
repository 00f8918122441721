"""Bad files and bad situations: one clear line, exit status 1, nothing half-written."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from originn_desktop.cli.main import main
from originn_desktop.domain.text import UserError
from originn_desktop.io.columns import guess_mapping
from originn_desktop.io.spreadsheet import read_table
from originn_desktop.services.importing import plan_import


def one_line_error(capsys, code: int) -> str:
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_an_empty_file_given_as_the_database_is_refused_and_left_empty(tmp_path, capsys):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    err = one_line_error(capsys, main(["--db", str(path), "status"]))
    assert "is empty, not a database" in err and path.stat().st_size == 0


def test_a_folder_given_as_the_database(tmp_path, capsys):
    assert "is a folder" in one_line_error(capsys, main(["--db", str(tmp_path), "status"]))


def test_a_roster_with_a_50_mb_cell(cli, tmp_path, capsys):
    cli("module", "add", "M1", "--title-sv", "A", "--title-en", "A")
    path = tmp_path / "huge.csv"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Namn;Personnummer\n")
        fh.write("Anna " + "x" * 50_000_000 + ";800420-1110\n")
    code, _, err = cli("import", str(path), "--module", "M1")
    assert code == 1 and "longer than 10,000 characters" in err and err.count("\n") == 1


def test_a_roster_of_200000_rows(cli, tmp_path):
    cli("module", "add", "M1", "--title-sv", "A", "--title-en", "A")
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Namn;Personnummer\n")
        fh.writelines(f"Person {i};\n" for i in range(200_000))
    code, _, err = cli("import", str(path), "--module", "M1")
    assert code == 1 and "more than 100,000 rows" in err
    _, out, _ = cli("status", "--json")
    assert json.loads(out)[0]["counted"] == 0


def test_a_locked_database_waits_then_says_it_is_busy(db_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("originn_desktop.db.engine.BUSY_TIMEOUT_MS", 300)
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        code = main(
            ["--db", str(db_path), "module", "add", "M1", "--title-sv", "A", "--title-en", "A"]
        )
        other.execute("ROLLBACK")
    assert "busy in another program" in one_line_error(capsys, code)


def test_a_full_disk_while_importing_saves_nothing(db_path, tmp_path, monkeypatch, capsys):
    from bench.generate import write_csv

    roster = write_csv(tmp_path / "roster.csv", 2000)
    assert (
        main(["--db", str(db_path), "module", "add", "M1", "--title-sv", "A", "--title-en", "A"])
        == 0
    )
    from originn_desktop.db import engine

    real = engine._set_sqlite_pragmas

    def full(connection, record):
        real(connection, record)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")  # no room to grow: a full disk

    monkeypatch.setattr(engine, "_set_sqlite_pragmas", full)
    code = main(["--db", str(db_path), "import", str(roster), "--module", "M1"])
    err = one_line_error(capsys, code)
    assert "disk is full" in err
    monkeypatch.setattr(engine, "_set_sqlite_pragmas", real)
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM participant").fetchone() == (0,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_full_disk_while_exporting_leaves_no_half_file(cli, tmp_path, monkeypatch):
    cli("demo")
    real_write = os.write

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    import io

    real_open = io.open  # text files go through io, not os.write: make their writes fail too

    def open_full(*args, **kwargs):
        handle = real_open(*args, **kwargs)
        if "w" in str(args[1] if len(args) > 1 else kwargs.get("mode", "")):

            def fail(*_a, **_k):
                raise OSError(errno.ENOSPC, "No space left on device")

            handle.write = fail  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr("builtins.open", open_full)
    code, _, err = cli("export-roster", "--module", "M1", "--out", str(tmp_path / "r.csv"))
    monkeypatch.setattr(os, "write", real_write)
    assert code == 1 and "No space left" in err
    assert list(tmp_path.glob("*r.csv*")) == []


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=4000), st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_fuzzed_roster_files_are_read_or_refused_never_crash(db, tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        table = read_table(path)
    except UserError:
        return
    from originn_desktop.services.modules import list_modules
    from tests import factories

    if not list_modules(db):
        factories.module(db, "F1")
    try:
        plan = plan_import(db, table, guess_mapping(table.headers), "F1")
    except UserError:
        return
    assert len(plan.new) + plan.duplicates + len(plan.rejected) == len(table.rows)


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_no_update(db_path, data_dir):
    """Two real processes each add 60 people to the same module at the same time."""
    script = """
import sys
from originn_desktop.db.schema import open_database
from originn_desktop.services.participants import ParticipantDraft, add_participant
from stdnum import luhn
db = open_database(sys.argv[1])
offset = int(sys.argv[2])
for i in range(60):
    body = f"8001{(offset + i) % 28 + 1:02d}{offset + i + 1:03d}"
    add_participant(db, ParticipantDraft(f"P{offset + i}", "Parallell", body[:6] + "-" + body[6:] + luhn.calc_check_digit(body)), module="M1")
"""
    assert (
        main(["--db", str(db_path), "module", "add", "M1", "--title-sv", "A", "--title-en", "A"])
        == 0
    )
    env = {**os.environ, "ORIGINN_DESKTOP_DATA_DIR": str(data_dir)}
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(db_path), str(o)], env=env, stderr=subprocess.PIPE
        )
        for o in (0, 500)
    ]
    for w in workers:
        _, err = w.communicate(timeout=120)
        assert w.returncode == 0, err.decode()[-800:]
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM participant").fetchone() == (120,)
        assert conn.execute("SELECT count(*) FROM enrollment").fetchone() == (120,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_second_window_is_told_the_register_is_open(qapp, db_path):
    from originn_desktop.ui.app import claim_database

    first, other = claim_database(db_path)
    assert other is None
    second, other = claim_database(db_path)
    assert other == os.getpid()
    del first, second


def test_files_with_personal_data_are_private(cli, tmp_path, data_dir, shared_data):
    cli("module", "add", "C1", "--title-sv", "Intyg", "--title-en", "Certificate")
    cli(
        "import",
        str(shared_data / "roster_excel_semicolon_cp1252.csv"),
        "--module",
        "C1",
        "--rejected",
        str(tmp_path / "fix.csv"),
    )
    cli("complete", "--module", "C1", "--all")
    cli(
        "certificates",
        "--module",
        "C1",
        "--out",
        str(tmp_path / "certs"),
        "--merged",
        str(tmp_path / "all.pdf"),
    )
    cli("export-roster", "--module", "C1", "--out", str(tmp_path / "r.xlsx"))
    cli("export-results", "--module", "C1", "--out", str(tmp_path / "res.csv"))
    cli("report", "--out", str(tmp_path / "rep.pdf"))
    cli("backup", "--out", str(tmp_path / "b.db"))
    files = [p for p in tmp_path.rglob("*") if p.is_file() and "data" not in p.parts]
    files += [p for p in (data_dir / "backups").glob("*.db")] + list((data_dir / "logs").glob("*"))
    assert len(files) >= 10
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE((tmp_path / "certs").stat().st_mode) == 0o700
