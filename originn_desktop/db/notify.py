"""Hearing of other coordinators' changes to a register on a PostgreSQL server.

Every write transaction notifies ``CHANGES_CHANNEL`` as it commits (``Database.write``), with
its process's token as the payload; a listener on a connection of its own (autocommit, as
LISTEN needs) is woken by the others' notifications and not by its own process's.
"""

from __future__ import annotations

from typing import Any

from originn_desktop.db.engine import CHANGES_CHANNEL, PROCESS_TOKEN, Database


class ChangesUnavailable(Exception):
    """The listener's connection failed or was lost (server restarted, network gone)."""


class ChangeListener:
    """A connection that waits for the register's change notifications."""

    def __init__(self, db: Database) -> None:
        import psycopg

        args, params = db.engine.dialect.create_connect_args(db.url)
        try:
            self._conn: Any = psycopg.connect(*args, **params, autocommit=True)
            self._conn.execute(f"LISTEN {CHANGES_CHANNEL}")
        except psycopg.Error as exc:
            raise ChangesUnavailable(str(exc)) from None

    def wait(self, timeout: float) -> bool:
        """Whether another process committed a change within ``timeout`` seconds (returns
        at the first such change)."""
        import psycopg

        try:
            for note in self._conn.notifies(timeout=timeout, stop_after=1):
                if note.payload != PROCESS_TOKEN:
                    return True
        except psycopg.Error as exc:
            raise ChangesUnavailable(str(exc)) from None
        return False

    def close(self) -> None:
        self._conn.close()
