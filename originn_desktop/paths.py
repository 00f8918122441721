"""Where the program keeps its files: the per-user data directory unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "originn-desktop"
DB_ENV = "ORIGINN_DESKTOP_DB"
DATA_DIR_ENV = "ORIGINN_DESKTOP_DATA_DIR"


def data_dir() -> Path:
    """The per-user data directory (platformdirs), or ``$ORIGINN_DESKTOP_DATA_DIR``."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "originn.db"


def backups_dir() -> Path:
    return data_dir() / "backups"


def logs_dir() -> Path:
    return data_dir() / "logs"


def database_target(cli_value: str | None) -> str:
    """The database the user chose: ``--db``, then ``$ORIGINN_DESKTOP_DB``, then the default."""
    return cli_value or os.environ.get(DB_ENV) or str(default_database_path())


def ensure_private_dir(path: Path) -> Path:
    """Create a directory only its owner can enter (0700) and return it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
