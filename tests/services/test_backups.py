import datetime as dt
import shutil
import sqlite3
import stat
from contextlib import closing

import pytest

from originn_desktop.db.schema import open_database
from originn_desktop.domain.text import UserError
from originn_desktop.services.backups import backup, check_backup, daily_backup, restore
from originn_desktop.services.demo import load_demo
from originn_desktop.services.modules import list_modules
from tests import factories
from tests.clock import TODAY


def test_a_backup_is_a_whole_private_database(db, tmp_path):
    load_demo(db)
    path = backup(db, tmp_path / "copy.db")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert check_backup(path).participants == 35
    assert not list(tmp_path.glob("*.partial"))


def test_restore_brings_back_the_backup_and_keeps_what_was_there(db, tmp_path):
    load_demo(db)
    saved = backup(db, tmp_path / "copy.db")
    factories.module(db, "LATER")
    kept = restore(db, saved, tmp_path / "backups").kept
    db2 = open_database(db.url.render_as_string(hide_password=False))
    assert {s.module.code for s in list_modules(db2)} == {"M1", "M2"}
    db2.dispose()
    assert check_backup(kept).participants == 35
    with closing(sqlite3.connect(kept)) as conn:
        assert conn.execute("SELECT count(*) FROM module WHERE code = 'LATER'").fetchone() == (1,)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"not a database at all" * 100, "not a readable database"), (b"", "not an ORIGINN")],
)
def test_restore_refuses_what_it_cannot_read_and_changes_nothing(db, tmp_path, content, message):
    factories.module(db, "KEEP")
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    with pytest.raises(UserError, match=message):
        restore(db, bad, tmp_path / "backups")
    assert [s.module.code for s in list_modules(db)] == ["KEEP"]
    assert not (tmp_path / "backups").exists()


def test_restore_refuses_a_backup_from_a_newer_version(db, tmp_path):
    newer = backup(db, tmp_path / "newer.db")
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    with pytest.raises(UserError, match="newer version"):
        check_backup(newer)


def test_one_daily_backup_a_day_and_only_the_last_ten_are_kept(db, db_path, tmp_path, clock):
    folder = tmp_path / "backups"
    first = daily_backup(db, folder)
    assert first is not None and f"-daily-{TODAY:%Y%m%d}-" in first.name
    assert daily_backup(db, folder) is None  # a second start the same day
    for _ in range(11):
        clock.shift(dt.timedelta(days=1))
        assert daily_backup(db, folder) is not None  # each new day's first start
    kept = sorted(p.name for p in folder.glob("*-daily-*.db"))
    assert len(kept) == 10 and first.name not in kept  # the oldest went first


def test_a_daily_backup_is_named_by_the_day_it_is_given_not_the_clock(db, db_path, tmp_path):
    folder = tmp_path / "backups"
    given = dt.datetime(2025, 3, 4, 8, 30)
    made = daily_backup(db, folder, given)
    assert made is not None and "-daily-20250304-083000-" in made.name
    assert daily_backup(db, folder, given + dt.timedelta(hours=9)) is None  # the same day
    assert daily_backup(db, folder) is not None  # the clock's day is another one


def test_a_server_register_makes_no_daily_copy_on_each_coordinators_computer(db, tmp_path, backend):
    if backend != "postgresql":
        pytest.skip("a server register's behaviour")
    factories.module(db, "M1")
    assert daily_backup(db, tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()


def test_a_server_register_backs_up_into_a_file_the_program_opens(db, tmp_path, backend):
    """Everything a register holds comes through, ids and references included."""
    if backend != "postgresql":
        pytest.skip("a server register's behaviour")
    from originn_desktop.db.transfer import row_counts

    load_demo(db)
    path = backup(db, tmp_path / "register.sqlite")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("register.sqlite-*"))  # one file: no write-ahead log beside it
    copy = open_database(str(path))
    try:
        with db.engine.connect() as a, copy.engine.connect() as b:
            assert row_counts(a) == row_counts(b) and row_counts(a)["participant"] == 35
        assert [(m.module.code, m.count.counted) for m in list_modules(copy)] == [
            (m.module.code, m.count.counted) for m in list_modules(db)
        ]
    finally:
        copy.dispose()


def test_two_registers_with_the_same_file_name_keep_separate_daily_backups(tmp_path):
    folder = tmp_path / "backups"
    made = []
    for place in ("home", "usb-stick"):
        (tmp_path / place).mkdir()
        other = open_database(str(tmp_path / place / "originn.db"))
        try:
            factories.module(other, "M1")
            made.append(daily_backup(other, folder))
        finally:
            other.dispose()
    assert None not in made and len(set(made)) == 2  # the second was not taken for the first


def test_a_register_in_a_folder_with_odd_characters_is_backed_up_and_restored(tmp_path):
    odd = tmp_path / "Kurs #2 ?100%"
    odd.mkdir()
    register = open_database(str(odd / "originn.db"))
    try:
        factories.module(register, "M1")
        copy = backup(register, odd / "copy.db")
        assert check_backup(copy).participants == 0
        factories.module(register, "M2")
        restore(register, copy, tmp_path / "backups")
        assert [m.module.code for m in list_modules(register)] == ["M1"]
    finally:
        register.dispose()


def test_backups_named_before_the_path_hash_still_rotate_out(db, db_path, tmp_path):
    from originn_desktop.db.backup import automatic_backup

    folder = tmp_path / "backups"
    folder.mkdir()
    legacy = [folder / f"{db.path.stem}-daily-2025010{i}-120000-000000.db" for i in range(1, 10)]
    for path in legacy:
        shutil.copyfile(db.path, path)
    for _ in range(3):
        automatic_backup(db.path, folder, "daily")
    kept = sorted(p.name for p in folder.glob("*-daily-*.db"))
    assert len(kept) == 10 and not {p.name for p in legacy[:2]} & set(kept)  # oldest went first
