"""Backups: a copy on request, one a day at start, one before every migration and restore.

Copies are made with SQLite's online backup API (consistent even while the program works) and
written under a temporary name, so a backup is either whole or absent. A register on a shared
server is backed up into, and restored from, the same kind of file (services.moving); the
server's own backups are its administrator's (pg_dump).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from originn_desktop.db.backup import automatic_backup, backup_file, backup_stem, read_only_uri
from originn_desktop.db.engine import Database
from originn_desktop.db.schema import SCHEMA_HEAD, ensure_schema, known_revisions
from originn_desktop.domain.text import Text, UserError

DAILY = "daily"


def _file_of(db: Database) -> Path:
    if db.path is None:
        raise UserError(
            Text(
                "only a database file can be backed up here; use the database server's own tools",
                "bara en databasfil kan säkerhetskopieras här; använd databasserverns egna verktyg",
            )
        )
    return db.path


def backup(db: Database, target: str | Path) -> Path:
    """A consistent copy of the database at ``target`` (owner-readable only); of a server
    register, a complete SQLite register file that the program opens like any other."""
    path = Path(target)
    if not db.is_sqlite:
        from originn_desktop.services.moving import backup_to_file

        return backup_to_file(db, path)
    if path.resolve() == _file_of(db).resolve():
        raise UserError(
            Text(
                "the backup cannot overwrite the database itself",
                "säkerhetskopian kan inte skriva över själva databasen",
            )
        )
    try:
        return backup_file(_file_of(db), path)
    except OSError as exc:
        raise UserError(
            Text(
                f"cannot write {path}: {exc.strerror or exc}",
                f"kan inte skriva {path}: {exc.strerror or exc}",
            )
        ) from None


def daily_backup(db: Database, backup_dir: Path, now: dt.datetime | None = None) -> Path | None:
    """The day's first start makes a backup, named by that day; later starts find it and do
    nothing. ``now`` is the clock's time unless given."""
    if db.path is None or not db.path.exists():
        return None
    now = now or dt.datetime.now()
    stamp = now.strftime("%Y%m%d")
    if any(backup_dir.glob(f"{backup_stem(db.path)}-{DAILY}-{stamp}-*.db")):
        return None
    try:
        return automatic_backup(db.path, backup_dir, DAILY, now=now)
    except (OSError, sqlite3.Error):
        return None  # a full disk must not stop the program from starting; the log says so


@dataclass(frozen=True)
class BackupCheck:
    revision: str
    participants: int


def check_backup(path: str | Path) -> BackupCheck:
    """Is ``path`` an ORIGINN database this version can read? Raises ``UserError`` saying why not."""
    source = Path(path)
    if not source.is_file():
        raise UserError(Text(f"{source}: no such file", f"{source}: filen finns inte"))
    try:
        conn = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            if conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise UserError(
                    Text(
                        f"{source.name} is damaged (SQLite's check fails)",
                        f"{source.name} är skadad (SQLites kontroll misslyckas)",
                    )
                )
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not {"alembic_version", "participant", "module"} <= tables:
                raise UserError(
                    Text(
                        f"{source.name} is not an ORIGINN Desktop database",
                        f"{source.name} är ingen databas från ORIGINN Desktop",
                    )
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None:
                raise UserError(
                    Text(
                        f"{source.name} has no schema version: not a usable backup",
                        f"{source.name} saknar schemaversion: ingen användbar säkerhetskopia",
                    )
                )
            revision = row[0]
            participants = conn.execute("SELECT count(*) FROM participant").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(
            Text(
                f"{source.name} is not a readable database ({exc})",
                f"{source.name} är ingen läsbar databas ({exc})",
            )
        ) from None
    if revision != SCHEMA_HEAD and revision not in known_revisions():
        raise UserError(
            Text(
                f"{source.name} was written by a newer version of ORIGINN Desktop; install that version to restore it",
                f"{source.name} är skriven av en nyare version av ORIGINN Desktop; installera den versionen för att återställa den",
            )
        )
    return BackupCheck(revision, participants)


@dataclass(frozen=True)
class Restored:
    kept: Path  # the copy kept of what the register held before
    erased_again: int  # people erased or purged since the backup, removed again


def restore(db: Database, source: str | Path, backup_dir: Path) -> Restored:
    """Replace the database's content with the backup ``source``, bring it to the current
    schema, and erase again whoever was erased or purged since it was made (the erasure
    ledger). The source is checked first; nothing changes if it is not usable."""
    from originn_desktop.services.privacy import reapply_erasures

    check_backup(source)
    if not db.is_sqlite:  # a server register: the file's rows replace its rows
        from originn_desktop.services.moving import restore_from_file

        kept = restore_from_file(db, Path(source), backup_dir)
        return Restored(kept, reapply_erasures(db))
    current = _file_of(db)
    kept = automatic_backup(current, backup_dir, "before-restore")
    db.dispose()  # no connection of ours may hold a transaction open while pages are replaced
    src = sqlite3.connect(read_only_uri(Path(source)), uri=True)
    try:
        dst = sqlite3.connect(current, timeout=10)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    # No copy of the older content is kept before migrating it: the backup itself is that copy,
    # and another would hold the people erased since for ten more migrations.
    ensure_schema(db)
    return Restored(kept, reapply_erasures(db))
