"""Nothing erased comes back: a restored backup, or an old copy opened as the register, loses
again whoever was erased or purged after it was made."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import stat
from pathlib import Path

import pytest

from originn_desktop.db.schema import open_database
from originn_desktop.domain.text import UserError
from originn_desktop.services.backups import backup, restore
from originn_desktop.services.erasure_ledger import KEY_FILE, LEDGER_FILE
from originn_desktop.services.modules import list_modules, module_summary
from originn_desktop.services.participant_list import ParticipantQuery, count_participants
from originn_desktop.services.participants import module_roster
from originn_desktop.services.privacy import erase_participant, purge, reapply_erasures
from originn_desktop.services.report import funders_report
from tests import factories
from tests.clock import TODAY

NAME = "Zyxwvuts"  # a surname that appears nowhere else
NUMBER = "800420-1110"


def file_bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def names(db, code="M1") -> list[str]:
    return sorted(r.participant.last_name for r in module_roster(db, code))


def _two_people(db):
    factories.module(db, "M1", min_participants=1)
    gone = factories.person(
        db, "Qwertyuio", NAME, module_code="M1", personal_number=NUMBER, email="qwe@example.se"
    ).participant
    factories.person(db, "Kept", "Other", module_code="M1")
    return gone


def test_a_restored_backup_loses_again_whoever_was_erased_after_it(db, tmp_path):
    gone = _two_people(db)
    saved = backup(db, tmp_path / "before-erasure.db")
    erase_participant(db, gone.id)

    done = restore(db, saved, tmp_path / "backups")

    assert done.erased_again == 1
    assert names(db) == ["Other"]
    assert module_summary(db, "M1").count.counted == 1
    if db.path is not None:  # (a server's files after erasure: tests/db/test_postgresql.py)
        data = file_bytes(db.path)
        for secret in (NAME, "Qwertyuio", "qwe@example.se", "198004201110", NAME.casefold()):
            assert secret.encode() not in data, secret
    assert NAME.encode() in saved.read_bytes()  # the backup itself is as it was made


def test_the_ledger_holds_opaque_keys_only_and_is_private(db, data_dir):
    gone = _two_people(db)
    erase_participant(db, gone.id)
    ledger, key = data_dir / LEDGER_FILE, data_dir / KEY_FILE
    content = ledger.read_bytes()
    for secret in (NAME, "Qwertyuio", "qwe@example.se", "198004201110", "8004201110"):
        assert secret.encode() not in content, secret
    assert f'"{gone.id}"'.encode() not in content and f": {gone.id}".encode() not in content
    assert not re.search(rb"\d{10}", content)  # nothing that even looks like a number
    assert stat.S_IMODE(ledger.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_what_the_retention_rule_purged_stays_purged_after_a_restore(db, tmp_path):
    factories.module(
        db, "OLD", min_participants=1, start_date=dt.date(2024, 1, 8), end_date=dt.date(2024, 3, 1)
    )
    factories.person(
        db, "Gone", NAME, module_code="OLD", municipality="Åre", personal_number=NUMBER
    )
    factories.person(db, "Also", "Purged", module_code="OLD")
    saved = backup(db, tmp_path / "before-purge.db")
    assert purge(db, 24, today=TODAY).participants == 2
    report = funders_report(db)

    done = restore(db, saved, tmp_path / "backups")

    assert done.erased_again == 2
    if db.path is not None:
        assert NAME.encode() not in file_bytes(db.path)
        assert b"198004201110" not in file_bytes(db.path)
    assert count_participants(db, ParticipantQuery()) == 0  # nobody listed by name
    assert module_summary(db, "OLD").count.counted == 2  # the counts remain
    assert funders_report(db).by_municipality == report.by_municipality


def test_a_backup_opened_as_the_register_loses_them_too_and_only_once(db, tmp_path):
    gone = _two_people(db)
    saved = backup(db, tmp_path / "old-copy.db")
    erase_participant(db, gone.id)

    opened = open_database(str(saved))
    assert reapply_erasures(opened) == 1
    assert names(opened) == ["Other"]
    assert NAME.encode() not in file_bytes(saved)
    assert reapply_erasures(opened) == 0  # the copy now knows
    opened.dispose()


def test_someone_who_comes_back_after_their_erasure_is_not_erased_again(db, tmp_path):
    gone = _two_people(db)
    erase_participant(db, gone.id)
    factories.person(db, "Qwertyuio", NAME, module_code="M1", personal_number=NUMBER)
    assert reapply_erasures(db) == 0
    later = backup(db, tmp_path / "after.db")
    restore(db, later, tmp_path / "backups")
    assert names(db) == sorted(["Other", NAME])


def test_an_erasure_in_one_register_leaves_another_register_alone(db, tmp_path):
    gone = _two_people(db)
    other = open_database(str(tmp_path / "another-register.db"))  # a register of its own
    factories.module(other, "M1", min_participants=1)
    factories.person(other, "Qwertyuio", NAME, module_code="M1", personal_number=NUMBER)
    erase_participant(db, gone.id)
    assert reapply_erasures(other) == 0
    assert names(other) == [NAME]
    other.dispose()


def test_backups_from_before_the_upgrade_lose_them_too(tmp_path, data_dir):
    """A register and its backups made by the previous version (schema 0005) are one register
    once migrated, whenever each is."""
    from alembic import command

    from originn_desktop.db.schema import _alembic_config

    path = tmp_path / "register.db"
    db = open_database(str(path))
    gone = _two_people(db)
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0005")  # type: ignore[arg-type]
    db.dispose()
    old_backup = tmp_path / "made-by-the-previous-version.db"
    shutil.copyfile(path, old_backup)

    db = open_database(str(path))  # the new version starts: migrated
    erase_participant(db, gone.id)
    done = restore(db, old_backup, tmp_path / "backups")
    assert done.erased_again == 1
    assert names(db) == ["Other"]
    assert [s.module.code for s in list_modules(db)] == ["M1"]
    db.dispose()


def test_an_erasure_the_ledger_cannot_record_is_not_made(db, data_dir):
    gone = _two_people(db)
    (data_dir / LEDGER_FILE).mkdir(parents=True)  # in the way: the ledger cannot be written
    with pytest.raises(UserError, match="cannot write the erasure ledger"):
        erase_participant(db, gone.id)
    assert names(db) == sorted([NAME, "Other"])  # nothing changed


def test_a_copy_that_went_its_own_way_keeps_its_own_people(tmp_path):
    """A register file copied to start anew (the same identity) gives its own people the same
    ids as the original's: erasing one in the original must not erase the other there."""
    first = open_database(str(tmp_path / "autumn.db"))
    factories.module(first, "M1", min_participants=1)
    first.dispose()
    shutil.copyfile(tmp_path / "autumn.db", tmp_path / "spring.db")
    autumn, spring = (open_database(str(tmp_path / f"{n}.db")) for n in ("autumn", "spring"))
    try:
        gone = factories.person(autumn, "Anna", NAME, module_code="M1").participant
        kept = factories.person(spring, "Bo", "Berg", module_code="M1").participant
        assert gone.id == kept.id  # the same id, another person
        erase_participant(autumn, gone.id)
        assert reapply_erasures(spring) == 0
        assert names(spring) == ["Berg"]
    finally:
        autumn.dispose()
        spring.dispose()
