"""Shared fixtures: an offscreen Qt, a private data directory, and a fresh database per test.

The database is a real SQLite file: a template is migrated once per session and copied for
each test, so every test starts from an empty, current schema in a few milliseconds.

The services, command-line and concurrency tests run twice: on SQLite and on PostgreSQL (a
throwaway server the session starts from the system's binaries, tests/postgres.py; one
migrated database, emptied after each test). Where no server can be had, the
PostgreSQL half is skipped with the reason.
"""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English messages unless they ask for Swedish.
os.environ["ORIGINN_DESKTOP_LANG"] = "en"

from originn_desktop.cli.main import main
from originn_desktop.db.engine import Database
from originn_desktop.db.schema import open_database
from tests.clock import NOW
from tests.postgres import Server, find_bindir, running_server

# Test folders whose database tests run on both databases.
BOTH_DATABASES = {"services", "cli", "concurrency"}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    folder = metafunc.definition.path.parent.name
    if "backend" in metafunc.fixturenames and folder in BOTH_DATABASES:
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(autouse=True)
def clock() -> Iterator[time_machine.Traveller]:
    """Every test runs on the same clock, starting at ``tests.clock.NOW`` and ticking from there;
    ``clock.shift(dt.timedelta(days=1))`` moves it. Processes a test starts run on the real clock,
    so what they print must not depend on the date."""
    with time_machine.travel(NOW.astimezone(), tick=True) as traveller:
        yield traveller


@pytest.fixture(scope="session", autouse=True)
def session_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data directory for what is built once per module or session (before any test's own
    ``data_dir``): erasing someone there wrote the ledger into the real user's folder."""
    folder = tmp_path_factory.mktemp("session-data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ORIGINN_DESKTOP_DATA_DIR", str(folder))
        yield folder


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory; nothing touches the user's real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv("ORIGINN_DESKTOP_DATA_DIR", str(folder))
    monkeypatch.delenv("ORIGINN_DESKTOP_DB", raising=False)
    return folder


FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def shared_data() -> Path:
    """The shared sample rosters (copied into tests/fixtures)."""
    return FIXTURES


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(str(path)).dispose()
    return path


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database a test runs on: "sqlite", or "postgresql" where the folder runs both."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    """A PostgreSQL server for the session; the tests that need it skip, saying why, without."""
    bindir, reason = find_bindir()
    if bindir is None:
        pytest.skip(reason)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("no psycopg (the PostgreSQL driver): pip install -e '.[test]'")
    with running_server(bindir) as server:
        yield server


@pytest.fixture(scope="session")
def pg_register(pg_server: Server) -> str:
    """The migrated database the PostgreSQL tests share, one after another."""
    name = pg_server.new_database()
    open_database(pg_server.url(name)).dispose()
    return name


@pytest.fixture
def pg_url(pg_server: Server, pg_register: str) -> Iterator[str]:
    """The URL of an empty, migrated PostgreSQL database, emptied again after the test."""
    yield pg_server.url(pg_register)
    pg_server.empty(pg_register)


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path, backend: str) -> Path:
    if backend != "sqlite":
        pytest.skip("works on the SQLite file itself")
    path = tmp_path / "register.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest) -> str:
    """What ``--db`` names: the fresh SQLite file's path, or the fresh PostgreSQL URL."""
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(request.getfixturevalue("db_path"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def cli(db_url, capsys):
    """Run ``originn-desktop --db <fresh db> ARGS``; returns (exit status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", db_url, *args])
        except SystemExit as exc:  # argparse's own exits: --help, --version, usage errors
            code = int(exc.code or 0)
        finally:
            # A command may freeze what it loaded out of the garbage collector's reach, as
            # a process that ends after it can; this process goes on to other tests.
            gc.unfreeze()
        out, err = capsys.readouterr()
        return code, out, err

    return run
