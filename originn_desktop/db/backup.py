"""Copies of the database made with SQLite's online backup API: whole or absent."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

from originn_desktop.paths import ensure_private_dir


def read_only_uri(path: Path) -> str:
    """A read-only SQLite URI for ``path``; '#', '?' and '%' in folder names are escaped."""
    # absolute(), not resolve(): on Windows resolve() turns a mapped drive into a UNC path,
    # whose file://server/... URI SQLite refuses.
    return path.absolute().as_uri() + "?mode=ro"


def backup_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` consistently, even while others use it.

    The copy is written under a temporary name and renamed when complete, so a crash leaves
    either the whole backup or none; it is readable by its owner only.
    """
    ensure_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    try:
        _copy(source, partial)
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    return target


def _copy(source: Path, partial: Path) -> None:
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            tables = {
                r[0] for r in dst.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if "participant" not in tables:  # never keep an empty copy as if it were a backup
                raise OSError(f"the copy of {source.name} came out empty")
        finally:
            dst.close()
    finally:
        src.close()


def backup_stem(source: Path) -> str:
    """The file's name and a short hash of its full path: two registers both called
    originn.db (home and a USB stick) keep separate backups."""
    digest = hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:8]
    return f"{source.stem}-{digest}"


def automatic_backup(
    source: Path, backup_dir: Path, reason: str, keep: int = 10, now: dt.datetime | None = None
) -> Path:
    """A backup in ``backup_dir`` named by ``now`` (the clock's time when not given); only the
    newest ``keep`` of its kind are kept."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{backup_stem(source)}-{reason}-{stamp}.db"
    backup_file(source, target)
    ours = {*backup_dir.glob(f"{backup_stem(source)}-{reason}-*.db")}
    # Named before the path hash was added: still this register's, still to rotate out.
    ours |= {*backup_dir.glob(f"{source.stem}-{reason}-*.db")}
    olds = sorted(ours, key=lambda p: p.name.rsplit(f"-{reason}-", 1)[1])  # by time stamp
    for old in olds[:-keep]:
        old.unlink(missing_ok=True)
    return target
