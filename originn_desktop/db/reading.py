"""Reads that another thread may stop: a search the coordinator has already typed past.

``Stoppable.read(db)`` is ``db.read()`` whose statements ``stop()`` interrupts from any
thread. On SQLite that is ``sqlite3_interrupt`` on the read's own connection, so a scan of a
million people ends at once instead of running on for a result nobody will see. Elsewhere
the statement runs to its end and the caller drops what it returns; either way the read
raises ``Stopped`` once stopped.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from originn_desktop.db.engine import Database

# SQLite virtual-machine steps between looks at the stop button: about a millisecond.
PROGRESS_STEPS = 100_000


class Stopped(Exception):
    """The read was stopped before it finished: its result is not wanted."""


class Stoppable:
    """One read's stop button; thread-safe. A stopped read cannot be started again."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stopped = False
        self._connection: sqlite3.Connection | None = None

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._connection is not None:
                # Only while the read holds its connection: once it is back in the pool,
                # another read may be using it.
                self._connection.interrupt()

    def check(self) -> None:
        """Raise ``Stopped`` if stopped (between statements of a longer read)."""
        if self._stopped:
            raise Stopped()

    @contextmanager
    def read(self, db: Database) -> Iterator[Session]:
        with db.read() as session:
            raw = session.connection().connection.dbapi_connection
            with self._lock:
                if self._stopped:
                    raise Stopped()
                if isinstance(raw, sqlite3.Connection):
                    self._connection = raw
                    # Also every so many steps: an interrupt that came just before a
                    # statement started finds none to stop.
                    raw.set_progress_handler(self._asked_to_stop, PROGRESS_STEPS)
            try:
                yield session
            except (DBAPIError, sqlite3.Error):  # the latter from the driver's own cursor
                if self._stopped:  # "interrupted": what stop() asked for
                    raise Stopped() from None
                raise
            finally:
                with self._lock:
                    if self._connection is not None:
                        self._connection.set_progress_handler(None, 0)
                    self._connection = None
        self.check()

    def _asked_to_stop(self) -> int:
        return 1 if self._stopped else 0


@contextmanager
def reading(db: Database, stop: Stoppable | None) -> Iterator[Session]:
    """``db.read()``, stoppable when ``stop`` is given."""
    if stop is None:
        with db.read() as session:
            yield session
    else:
        with stop.read(db) as session:
            yield session
