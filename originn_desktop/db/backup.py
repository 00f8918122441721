"""Copies of the database made with SQLite's online backup API: whole or absent."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from originn_desktop.paths import ensure_private_dir


def backup_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` consistently, even while others use it.

    The copy is written under a temporary name and renamed when complete, so a crash leaves
    either the whole backup or none; it is readable by its owner only.
    """
    ensure_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(partial, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, target)
    return target


def automatic_backup(source: Path, backup_dir: Path, reason: str, keep: int = 10) -> Path:
    """A timestamped backup in ``backup_dir``; only the newest ``keep`` of its kind are kept."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{source.stem}-{reason}-{stamp}.db"
    backup_file(source, target)
    olds = sorted(backup_dir.glob(f"{source.stem}-{reason}-*.db"))
    for old in olds[:-keep]:
        old.unlink(missing_ok=True)
    return target
