"""Opening the database: where it is, how SQLite or PostgreSQL is set up, and a session per
unit of work.

Everything specific to one database (SQLite's pragmas and file permissions, how a write
transaction starts on each, PostgreSQL's notifications) lives here, so the rest of the program
speaks portable SQLAlchemy.

One writer at a time, on both: SQLite's write transactions begin with BEGIN IMMEDIATE, and
PostgreSQL's take one transaction-scoped advisory lock as their first statement. Every rule
the services keep inside one unit of work (the 15-participant count and the waiting list,
certificate numbers without gaps, the same person found and not doubled) therefore holds with
several coordinators at once exactly as with one. Reading never waits for a writer.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from originn_desktop.domain.text import Text, UserError

BUSY_TIMEOUT_MS = int(os.environ.get("ORIGINN_DESKTOP_BUSY_TIMEOUT_MS", "10000"))
# PostgreSQL: the advisory lock every write transaction holds ("ORIGINN" in ASCII), and the
# channel a committed write notifies so that other windows read again.
WRITE_LOCK_KEY = 0x4F524947494E4E
CHANGES_CHANNEL = "originn_desktop_changes"
# Told with each notification, so a window can skip its own process's changes.
PROCESS_TOKEN = uuid.uuid4().hex


def resolve_url(target: str | os.PathLike[str]) -> str:
    """An SQLAlchemy URL for a file path or a URL given by the user."""
    text = os.fspath(target)
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError:
            raise UserError(
                Text(f"not a database URL: {text}", f"ingen giltig databasadress: {text}")
            ) from None
        return text
    return "sqlite:///" + str(Path(text).expanduser().absolute())


def _create_private_file(path: Path) -> bool:
    """Create an empty database file readable and writable by its owner only (0600); returns
    whether it was created here. SQLite gives its -wal and -shm files the same permissions.
    """
    if path.exists():
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    except FileExistsError:
        return False
    except OSError as exc:
        raise UserError(
            Text(
                f"cannot create the database {path}: {exc.strerror}",
                f"kan inte skapa databasen {path}: {exc.strerror}",
            )
        ) from None
    return True


def _keep_private(path: Path) -> None:
    """A register copied in with looser permissions is made owner-only again."""
    try:
        mode = path.stat().st_mode
        if os.name == "posix" and mode & 0o077:
            os.chmod(path, mode & 0o700)
    except OSError:
        pass  # read-only media, someone else's file: opening still works or fails on its own


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (see _begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed change survives a power cut, not only a crash of the program.
    cursor.execute("PRAGMA synchronous = FULL")
    # Deleted and overwritten content is zeroed, so erased personal data is gone from the file.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _begin(conn: Any) -> None:
    # A write starts with BEGIN IMMEDIATE so two writers queue on the busy timeout instead of
    # failing when a read lock cannot be upgraded.
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _begin_postgresql(conn: Any) -> None:
    # The server's counterpart of BEGIN IMMEDIATE: writers queue on one lock, held until the
    # transaction ends, waiting as long as SQLite's busy timeout before giving up.
    if conn.get_execution_options().get("exclusive_writer", False):
        lock_for_writing(conn)


def lock_for_writing(conn: Connection) -> None:
    """On PostgreSQL, wait for the one-writer lock for the rest of ``conn``'s transaction
    (a no-op on SQLite, whose write transactions already began with BEGIN IMMEDIATE)."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}")
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def current_role(conn: Connection) -> str | None:
    """The database role a PostgreSQL connection works as (the coordinator's own login role),
    asked once per connection; None on SQLite, where the operating-system user is who."""
    if conn.dialect.name != "postgresql":
        return None
    role = conn.info.get("originn_role")
    if role is None:
        role = conn.info["originn_role"] = str(conn.exec_driver_sql("SELECT current_user").scalar())
    return str(role)


def is_unique_violation(exc: IntegrityError) -> bool:
    """Did a unique index refuse the row (someone else wrote the same key first)?"""
    orig = exc.orig
    if getattr(orig, "sqlstate", None) == "23505":  # PostgreSQL's unique_violation
        return True
    return "UNIQUE constraint failed" in str(orig)  # SQLite


class ChangedElsewhere(UserError):
    """A record was saved by someone else since it was read: nothing was overwritten."""

    def __init__(self) -> None:
        super().__init__(
            Text(
                "someone else changed this record in the meantime; nothing was saved. "
                "Open it again to see the latest version",
                "någon annan har ändrat posten under tiden; inget sparades. "
                "Öppna den igen för att se den senaste versionen",
            )
        )


def _storage_error(exc: OperationalError) -> UserError | None:
    """The user-facing meaning of an SQLite failure they can do something about."""
    message = str(exc.orig).lower()
    if "locked" in message or "busy" in message or "lock timeout" in message:
        return UserError(
            Text(
                "the database is busy in another program or window; try again in a moment",
                "databasen används av ett annat program eller fönster; försök igen om en stund",
            )
        )
    if "connection" in message and any(
        word in message for word in ("refused", "failed", "closed", "terminat", "timeout")
    ):
        return UserError(
            Text(
                "the database server cannot be reached (is the network or the server down?); "
                "nothing was saved. Try again in a moment",
                "databasservern går inte att nå (är nätverket eller servern nere?); inget "
                "sparades. Försök igen om en stund",
            )
        )
    if "disk is full" in message or "disk i/o" in message:
        return UserError(
            Text(
                "the disk is full or failing; nothing was saved. Free some space and try again",
                "disken är full eller trasig; inget sparades. Frigör utrymme och försök igen",
            )
        )
    if "readonly" in message or "read-only" in message:
        return UserError(
            Text(
                "the database can only be read here; nothing was saved",
                "databasen kan bara läsas här; inget sparades",
            )
        )
    return None


_OPEN: weakref.WeakSet[Database] = weakref.WeakSet()


def open_databases() -> set[Database]:
    """The databases opened in this process and not yet garbage: a command closes the ones it
    opened, so no connection to a server is left for the garbage collector."""
    return set(_OPEN)


class Database:
    """One database: an engine and sessions for reading and for writing."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.is_postgresql = self.url.get_backend_name() == "postgresql"
        self.path: Path | None = None
        self.created = False
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            self.path = Path(str(self.url.database))
            if self.path.is_file() and self.path.stat().st_size == 0:
                # SQLite would take an empty file for a new database; one we did not create is
                # more likely a mistake (a file emptied by a failed copy, the wrong file).
                raise UserError(
                    Text(
                        f"{self.path} is empty, not a database: choose the register's file or restore a backup",
                        f"{self.path} är tom, ingen databas: välj registrets fil eller återställ en säkerhetskopia",
                    )
                )
            if self.path.is_dir():
                raise UserError(
                    Text(
                        f"{self.path} is a folder, not a database",
                        f"{self.path} är en mapp, ingen databas",
                    )
                )
            self.created = _create_private_file(self.path)
            _keep_private(self.path)
        try:
            self.engine: Engine = create_engine(url)
        except ModuleNotFoundError as exc:
            raise UserError(
                Text(
                    f"no driver for {self.url.get_backend_name()} databases is installed ({exc.name})",
                    f"ingen drivrutin för {self.url.get_backend_name()}-databaser är installerad ({exc.name})",
                )
            ) from None
        writer: Engine = self.engine
        if self.is_sqlite:
            event.listen(self.engine, "connect", _set_sqlite_pragmas)
            event.listen(self.engine, "begin", _begin)
            writer = self.engine.execution_options(sqlite_immediate=True)
        elif self.is_postgresql:
            from originn_desktop.db.models import use_postgresql

            use_postgresql()  # the indexes' PostgreSQL options, for comparisons and DDL
            event.listen(self.engine, "begin", _begin_postgresql)
            writer = self.engine.execution_options(exclusive_writer=True)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(writer, expire_on_commit=False)
        from originn_desktop.db.lengths import refuse_overlong_text

        event.listen(self._writer, "before_flush", refuse_overlong_text)
        self._watcher: sqlite3.Connection | None = None
        _OPEN.add(self)
        # A database dropped without dispose() closes its connections all the same, rather
        # than leaving a server's connections to the garbage collector.
        weakref.finalize(self, self.engine.dispose)

    @contextmanager
    def write(self, dry_run: bool = False) -> Iterator[Session]:
        """A session for one unit of work: committed when the block ends, rolled back on error.

        Storage failures the user can act on (busy, disk full, changed elsewhere) come out as
        ``UserError``; the transaction is rolled back, so nothing is half-written. With
        ``dry_run`` the work is done and then rolled back: an exact preview.
        """
        try:
            with self._writer() as session, session.begin():
                yield session
                if dry_run:
                    session.rollback()
                elif self.is_postgresql:  # sent when the transaction commits, not before
                    session.execute(
                        text("SELECT pg_notify(:channel, :token)"),
                        {"channel": CHANGES_CHANNEL, "token": PROCESS_TOKEN},
                    )
        except StaleDataError:
            raise ChangedElsewhere() from None
        except DataError as exc:
            if getattr(exc.orig, "sqlstate", None) != "22001":  # PostgreSQL: value too long
                raise
            raise UserError(
                Text(
                    f"a value is longer than the register allows ({exc.orig}); nothing was saved",
                    f"ett värde är längre än registret tillåter ({exc.orig}); inget sparades",
                )
            ) from None
        except OperationalError as exc:
            meaning = _storage_error(exc)
            if meaning is None:
                raise
            raise meaning from None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed. A server that cannot be
        reached comes out as a ``UserError``."""
        try:
            with self._reader() as session:
                yield session
        except OperationalError as exc:
            meaning = _storage_error(exc) if self.is_postgresql else None
            if meaning is None:
                raise
            raise meaning from None

    def compact(self) -> None:
        """Rewrite the file without free space and empty the write-ahead log, so that nothing
        deleted lingers in either (after an erasure).

        On PostgreSQL, ``VACUUM FULL`` rewrites the register's tables and their indexes into
        new files without the deleted rows (outside a transaction, as VACUUM must be); every
        table, so that a table added later is not forgotten. The server's write-ahead log
        archives and base backups keep older copies until they rotate out (the README says so).
        """
        if self.is_postgresql:
            from originn_desktop.db.models import Base

            quote = self.engine.dialect.identifier_preparer.quote
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                for table in Base.metadata.sorted_tables:
                    conn.exec_driver_sql(f"VACUUM (FULL, ANALYZE) {quote(table.name)}")
            return
        if not self.is_sqlite:
            return
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection  # outside any transaction: VACUUM needs that
            assert raw is not None
            for statement in (
                "PRAGMA wal_checkpoint(TRUNCATE)",
                "VACUUM",
                "PRAGMA wal_checkpoint(TRUNCATE)",
            ):
                raw.execute(statement)

    def settle(self) -> None:
        """After a register was loaded whole (moved in, restored): PostgreSQL gathers the
        planner's statistics and marks the pages all-visible (``VACUUM (ANALYZE)``, outside a
        transaction), so that the first searches are planned for the register as it is and
        read the search index without the table, rather than after the server's autovacuum
        gets round to it. Nothing to do on SQLite, which plans without statistics."""
        if not self.is_postgresql:
            return
        from originn_desktop.db.models import Base

        quote = self.engine.dialect.identifier_preparer.quote
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in Base.metadata.sorted_tables:
                conn.exec_driver_sql(f"VACUUM (ANALYZE) {quote(table.name)}")

    def data_version(self) -> int | None:
        """A number that changes whenever a change is committed to the database (by this
        program or any other); None where that cannot be known, so callers read afresh.

        SQLite's ``PRAGMA data_version`` on a connection of its own, which sees every commit
        made through other connections; asking costs microseconds, rereading a large register
        tens of milliseconds.
        """
        if self.path is None:
            return None
        try:
            if self._watcher is None:
                self._watcher = sqlite3.connect(
                    self.path.absolute().as_uri() + "?mode=ro", uri=True, check_same_thread=False
                )
            return int(self._watcher.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

    def dispose(self) -> None:
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({self.url.render_as_string(hide_password=True)!r})"
