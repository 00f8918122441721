"""A throwaway PostgreSQL server for the tests, started from the system's own binaries.

One migrated database serves the tests one after another, emptied after each; tests that need
databases of their own (moving a register between two) make them.

``initdb`` and ``pg_ctl`` are looked up on ``PATH``, then in the folder ``pg_config --bindir``
names, then in Debian's ``/usr/lib/postgresql/*/bin``. PostgreSQL refuses to run as root, so
under root the server runs as the unprivileged ``postgres`` user (which the distribution's
package creates), else as ``nobody``. The server listens on a Unix socket in its own temporary
folder only, with durability off (a test server loses nothing worth keeping), and it uses an
ICU Swedish collation, as a Swedish university's server would: sorting that only works under
the C locale fails here.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

SUPERUSER = "postgres"


def find_bindir() -> tuple[Path | None, str]:
    """The folder holding initdb and pg_ctl, or None and the reason (naming what is missing)."""
    candidates: list[Path] = []
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=10
            ).stdout.strip()
            candidates.append(Path(out))
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder, ""
    return None, (
        "no PostgreSQL server binaries: initdb and pg_ctl are neither on PATH nor in "
        "`pg_config --bindir` (install the postgresql package)"
    )


def _server_user() -> str | None:
    """Who runs the server: None for the current user, unless that is root."""
    if os.name != "posix" or os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("running as root, and neither a postgres nor a nobody user exists")


class Server:
    """One running server; databases are made from a migrated template in milliseconds."""

    def __init__(self, bindir: Path, durable: bool = False, data_in: Path | None = None) -> None:
        """``durable``: fsync and synchronous commits on, as a real server (the benchmark's);
        ``data_in``: the folder to keep the data in (else beside the socket, in the system's
        temporary folder, which may be in memory)."""
        self.bindir = bindir
        self.user = _server_user()
        self.folder = Path(tempfile.mkdtemp(prefix="originn-pg-"))
        self._data_folder = Path(tempfile.mkdtemp(prefix="originn-pg-", dir=data_in or self.folder))
        self.data = self._data_folder / "data"
        self.socket_dir = self.folder
        self.port = 5432  # the socket's name only: nothing listens on TCP
        self._names = itertools.count(1)
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            for folder in (self.folder, self._data_folder):
                os.chown(folder, entry.pw_uid, entry.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            *self._icu(),
        )
        options = (
            "-c listen_addresses='' "
            f"-c unix_socket_directories='{self.socket_dir}' -c port={self.port} "
            "-c max_connections=100"
        )
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            "pg_ctl",
            "start",
            "-w",
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "server.log"),
            "-o",
            options,
        )

    def _icu(self) -> list[str]:
        out = subprocess.run(
            [str(self.bindir / "initdb"), "--help"], capture_output=True, text=True
        ).stdout
        return ["--locale-provider=icu", "--icu-locale=sv-SE"] if "icu" in out else []

    def _run(self, program: str, *args: str) -> None:
        result = subprocess.run(
            [str(self.bindir / program), *args],
            capture_output=True,
            text=True,
            user=self.user,
            cwd=self.folder,
            timeout=120,
        )
        if result.returncode != 0:
            raise RuntimeError(f"{program} failed: {result.stderr or result.stdout}")

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def admin(self, *statements: str) -> None:
        """Run statements outside a transaction as the superuser (CREATE DATABASE needs that)."""
        self.admin_in("postgres", *statements)

    def admin_in(self, database: str, *statements: str) -> None:
        """Run statements in ``database``, outside a transaction, as the superuser."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=SUPERUSER,
            dbname=database,
            autocommit=True,
        ) as conn:
            for statement in statements:
                conn.execute(statement)

    def new_database(self, template: str | None = None) -> str:
        name = f"register_{os.getpid()}_{next(self._names)}"
        if template:
            self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        else:
            self.admin(f'CREATE DATABASE "{name}"')
        return name

    def empty(self, name: str) -> None:
        """Make a migrated database empty again, its ids starting at 1, in milliseconds (a new
        database from a template takes most of a second): every row deleted, child tables
        first, after ending any connection a test left open."""
        import psycopg

        from originn_desktop.db.models import Base
        from originn_desktop.db.transfer import SEEDED

        with psycopg.connect(
            host=str(self.socket_dir), port=self.port, user=SUPERUSER, dbname=name, autocommit=True
        ) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            with conn.transaction():
                for table in reversed(Base.metadata.sorted_tables):
                    if table.name in SEEDED:  # what the schema made (the register's identity)
                        continue
                    conn.execute(f'DELETE FROM "{table.name}"')
                conn.execute("SELECT setval(oid, 1, false) FROM pg_class WHERE relkind = 'S'")

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError, subprocess.SubprocessError):
            self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", "-w")
        shutil.rmtree(self._data_folder, ignore_errors=True)
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def running_server(bindir: Path, durable: bool = False) -> Iterator[Server]:
    server = Server(bindir, durable)
    try:
        yield server
    finally:
        server.stop()


def register_file_bytes(url: str) -> bytes:
    """The bytes of the files that hold a database's tables, their indexes and TOAST, as on
    disk after a checkpoint: what erasure must leave without a removed person. (The server's
    write-ahead log is not among them: the README says it keeps older copies.)"""
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    host, port = parsed.query["host"], parsed.query.get("port", "5432")
    assert isinstance(host, str) and isinstance(port, str)  # one of each in the URL
    with psycopg.connect(
        host=host,
        port=int(port),
        user=parsed.username,
        dbname=parsed.database,
        autocommit=True,
    ) as conn:
        conn.execute("CHECKPOINT")
        data_dir = Path(conn.execute("SHOW data_directory").fetchone()[0])  # type: ignore[index]
        paths = [
            row[0]
            for row in conn.execute(
                "SELECT pg_relation_filepath(c.oid) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname IN ('public', 'pg_toast') AND c.relkind IN ('r', 'i', 't') "
                "AND pg_relation_filepath(c.oid) IS NOT NULL"
            )
        ]
    chunks = []
    for relative in paths:
        for segment in sorted((data_dir / relative).parent.glob(Path(relative).name + "*")):
            chunks.append(segment.read_bytes())
    return b"".join(chunks)
