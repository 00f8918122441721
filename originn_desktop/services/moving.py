"""Moving a register whole: a coordinator's file to the shared server, a server register into a
portable SQLite file (its backup) and such a file back into the server (its restore).

Each is one transaction on the side written to, with the row counts checked before it
commits: whole or nothing. A file is read from a copy brought to the current schema, so the
coordinator's own file is never changed by being read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from originn_desktop.db.backup import backup_file
from originn_desktop.db.engine import Database, resolve_url
from originn_desktop.db.schema import SCHEMA_HEAD, open_database, stored_revision
from originn_desktop.db.transfer import copy_register, delete_everything, is_empty
from originn_desktop.domain.text import Text, UserError
from originn_desktop.paths import ensure_private_dir


def _where(db: Database) -> str:
    return str(db.path) if db.path else db.url.render_as_string(hide_password=True)


@contextmanager
def file_at_head(path: Path) -> Iterator[Database]:
    """A private copy of the register file ``path``, migrated to the current schema."""
    from originn_desktop.services.backups import check_backup

    check_backup(path)
    with tempfile.TemporaryDirectory(prefix="originn-copy-") as folder:
        copy = backup_file(path, Path(folder) / "register.db")
        db = open_database(str(copy))
        try:
            yield db
        finally:
            db.dispose()


@contextmanager
def _source(target: str) -> Iterator[Database]:
    url = resolve_url(target)
    if url.startswith("sqlite:"):
        with file_at_head(Path(target)) as db:
            yield db
        return
    db = open_database(target, migrate=False)
    try:
        if stored_revision(db)[0] != SCHEMA_HEAD:
            raise UserError(
                Text(
                    f"{_where(db)} is not at this version's schema: open it with this version first",
                    f"{_where(db)} har inte den här versionens schema: öppna den med den här versionen först",
                )
            )
        yield db
    finally:
        db.dispose()


def migrate_register(source: str, target: str) -> dict[str, int]:
    """Copy the register at ``source`` whole into the empty database ``target`` (created and
    given the schema if new); returns the rows per table. A target with any row in it is
    refused and left as it was."""
    with _source(source) as src:
        dst = open_database(target)
        try:
            with src.engine.connect() as reading, dst.write() as session:
                if not is_empty(session.connection()):
                    raise UserError(
                        Text(
                            f"{_where(dst)} already holds a register: moving one in needs an empty database",
                            f"{_where(dst)} har redan ett register: att flytta in ett kräver en tom databas",
                        )
                    )
                counts = copy_register(reading, session.connection())
            dst.settle()
            return counts
        finally:
            dst.dispose()


def backup_to_file(db: Database, target: Path) -> Path:
    """A server register copied whole into the SQLite file ``target`` (owner-only), from one
    snapshot of the server; written under a temporary name, so it is whole or absent."""
    ensure_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        out = open_database(str(partial))
        try:
            with (
                db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as src,
                src.begin(),
                out.write() as session,
            ):
                copy_register(src, session.connection())
        finally:
            out.dispose()
        conn = sqlite3.connect(partial)  # one file, no write-ahead log beside it
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    return target


def restore_from_file(db: Database, source: Path, backup_dir: Path, keep: int = 10) -> Path:
    """Replace a server register's content with the register file ``source``, in one
    transaction; returns the file that keeps what was there before."""
    with file_at_head(source) as src:
        kept = _keep_before_restore(db, backup_dir, keep)
        with src.engine.connect() as reading, db.write() as session:
            delete_everything(session.connection())
            copy_register(reading, session.connection())
        db.settle()
    return kept


def _keep_before_restore(db: Database, backup_dir: Path, keep: int) -> Path:
    where = db.url.set(password=None).render_as_string()
    stem = f"{db.url.database}-{hashlib.sha256(where.encode()).hexdigest()[:8]}-before-restore"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    kept = backup_to_file(db, backup_dir / f"{stem}-{stamp}.db")
    for old in sorted(backup_dir.glob(f"{stem}-*.db"))[:-keep]:
        old.unlink(missing_ok=True)
    return kept
