"""The PostgreSQL rows: the same work as the SQLite rows, on a local server, next to them.

The bench starts a throwaway server of its own from the system's binaries, as the tests do
(``tests/postgres.py``, which imports nothing of pytest), but durable as a real server is
(fsync and synchronous commits on, as SQLite's ``synchronous = FULL``), with its data in
bench/out on the disk the SQLite registers are on, listening on a Unix socket. The
100,000-person register goes in by the program's own ``migrate --from FILE --to URL`` (timed,
a row of its own), then each row runs the program in a fresh process against the server:

- ``import``: the roster into a fresh register with one module, by the command line;
- ``search``: the SQLite search rows' typing in the participants view (bench.search);
- ``first paint``: the window's start-up until its first paint, with rows (bench.window).

Each is reported next to the SQLite figure of the same run, its ratio to it (the target is
2× at most), and the floor the SQLite row uses. Where no server can be started (no binaries,
no driver), one row says which is missing.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

from bench.measure import (
    OUT,
    PY,
    Row,
    add_module,
    command,
    keystrokes,
    p95,
    reported,
    runs_of,
    spread,
    timed_output,
)

TARGET = 2.0  # × the SQLite figure of the same run
DATA = OUT / "postgresql"  # the server's data folders while it runs
SEARCHES = {
    "words": "search",
    "personnummer": "search, personnummer",
    "date": "search, date of birth",
    "words:first": "search, sorted by a module's status",
}


def missing() -> str:
    """Why no server can be started here, or "" when one can."""
    from tests.postgres import find_bindir

    bindir, reason = find_bindir()
    if bindir is None:
        return reason
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "no psycopg (the PostgreSQL driver): pip install -e '.[postgresql]'"
    return ""


def _row(work: str, program: str, floor: str, ratio: float, note: str) -> Row:
    return Row(work, program, floor, ratio, f"≤ {TARGET:g}× SQLite", ratio <= TARGET, note)


class Server:
    """The bench's server; databases on it made empty, or copied from a template."""

    def __init__(self) -> None:
        from tests.postgres import Server as Throwaway
        from tests.postgres import find_bindir

        bindir, reason = find_bindir()
        if bindir is None:
            raise RuntimeError(reason)
        # On the disk the SQLite registers are on; not in WORK, which the SQLite rows empty.
        DATA.mkdir(parents=True, exist_ok=True)
        self._server = Throwaway(bindir, durable=True, data_in=DATA)

    def url(self, name: str) -> str:
        return self._server.url(name)

    def fresh(self, name: str, template: str | None = None) -> None:
        """An empty database ``name``, or a copy of ``template``, in place of any before."""
        self._server.drop_database(name)
        copy = f' TEMPLATE "{template}"' if template else ""
        self._server.admin(f'CREATE DATABASE "{name}"{copy}')

    def stop(self) -> None:
        self._server.stop()


def bench_postgresql(files: dict[str, Path], runs: int, floors: Any, sqlite: Any) -> list[Row]:
    """The PostgreSQL rows; ``floors`` and ``sqlite`` give the SQLite rows' floors and figures
    (measured once per run of the bench, shared with those rows)."""
    reason = missing()
    if reason:
        print(f"bench: PostgreSQL rows skipped: {reason}", flush=True)
        return [Row("PostgreSQL", "skipped", "", None, "", None, reason)]
    server = Server()
    try:
        return [
            *_moved(server, files, runs),
            _imported(server, files, runs, floors, sqlite),
            *_searched(server, files, runs, sqlite),
            _painted(server, runs, floors, sqlite),
        ]
    finally:
        server.stop()


def _moved(server: Server, files: dict[str, Path], runs: int) -> list[Row]:
    """The 100,000 people moved onto the server by ``migrate``; the last copy stays for the
    search and start-up rows."""
    source = files["big"]
    moved = runs_of(
        command("migrate", "--from", str(source), "--to", server.url("register")),
        runs,
        lambda: server.fresh("register"),
    )
    seconds = [r.seconds for r in moved]
    people = _people(source)
    return [
        Row(
            f"migrate {people:,} to PostgreSQL",
            spread(seconds),
            "",
            None,
            "",
            None,
            f"{people / statistics.median(seconds):,.0f} people a second; every table, the "
            "counts checked, then VACUUM (ANALYZE)",
        )
    ]


def _imported(server: Server, files: dict[str, Path], runs: int, floors: Any, sqlite: Any) -> Row:
    """The import row's work on the server: a fresh register with module I1 for each run."""
    server.fresh("import_template")
    add_module(server.url("import_template"))  # the schema and the module, as for SQLite
    program = runs_of(
        command("--db", server.url("import"), "import", str(files["roster"]), "--module", "I1"),
        runs,
        lambda: server.fresh("import", "import_template"),
    )
    pg = [r.seconds for r in program]
    sq = [r.seconds for r in sqlite.importing()]
    floor = [r.seconds for r in floors.importing()]
    return _row(
        "import, PostgreSQL",
        spread(pg),
        spread(floor),
        statistics.median(pg) / statistics.median(sq),
        f"SQLite {spread(sq)}; to the floor {_times(pg, floor)} (SQLite {_times(sq, floor)})",
    )


def _searched(server: Server, files: dict[str, Path], runs: int, sqlite: Any) -> list[Row]:
    """The SQLite search rows' keystrokes, typed into the window on the server's register
    (the numbers typed are read from the SQLite file it was moved from)."""
    rows = []
    for kind, work in SEARCHES.items():
        samples: list[float] = []
        for result in reported(
            [PY, "-m", "bench.search", server.url("register"), kind, str(files["big"])], runs
        ):
            samples.extend(result["keystrokes_ms"])
        theirs = sqlite.keystrokes(kind)
        rows.append(
            _row(
                f"{work}, PostgreSQL",
                keystrokes(samples),
                "",
                p95(samples) / p95(theirs),
                f"SQLite {keystrokes(theirs)}; the ratio of p95; p95 ≤ 16 ms: "
                f"{'yes' if p95(samples) <= 16 else 'no'}; {len(samples)} keystrokes",
            )
        )
    return rows


def _painted(server: Server, runs: int, floors: Any, sqlite: Any) -> Row:
    painted = [
        (r, json.loads(out))
        for r, out in (
            timed_output([PY, "-m", "bench.window", "paint", server.url("register")])
            for _ in range(runs)
        )
    ]
    pg = [r.seconds for r, _ in painted]
    sq = [r.seconds for r, _ in sqlite.painted()]
    floor = [r.seconds for r in floors.startup()]
    shown = all(p["rows_in_first_paint"] for _, p in painted)
    tables = painted[0][1]["tables"] if painted else {}
    row = _row(
        "first paint, PostgreSQL",
        spread(pg),
        spread(floor),
        statistics.median(pg) / statistics.median(sq),
        f"SQLite {spread(sq)}; to the floor {_times(pg, floor)} (SQLite {_times(sq, floor)}); "
        "rows in the first paint: "
        + ", ".join(f"{name} {n:,}" for name, n in tables.items())
        + ("" if shown else " (EMPTY)"),
    )
    row.met = bool(row.met) and shown
    return row


def _times(program: list[float], floor: list[float]) -> str:
    return f"{statistics.median(program) / statistics.median(floor):.2f}×"


def _people(path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM participant").fetchone()[0])
    finally:
        conn.close()
