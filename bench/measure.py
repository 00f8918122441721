"""Running the program and the floors in fresh processes, timed, and the rows they make."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PY = sys.executable


def command(*args: str) -> list[str]:
    """The command line, as a coordinator runs it."""
    return [PY, "-m", "originn_desktop", *args]


@dataclass
class Run:
    seconds: float
    max_rss_mib: float
    stderr: str = ""

    def reported(self, key: str) -> float:
        """A figure the process printed as JSON on its last line of stderr (the floors')."""
        return float(json.loads(self.stderr.strip().splitlines()[-1])[key])


@dataclass
class Row:
    work: str
    program: str
    floor: str
    ratio: float | None
    target: str
    met: bool | None  # None: a figure reported, with no target of its own
    note: str = ""


def spread(values: list[float], unit: str = "s", digits: int = 2) -> str:
    """The median and, for several runs, the range: '0.62 s (0.60–0.66)'."""
    median = statistics.median(values)
    text = f"{median:.{digits}f} {unit}"
    if len(values) > 1:
        text += f" ({min(values):.{digits}f}–{max(values):.{digits}f})"
    return text


def p95(samples: list[float]) -> float:
    """The 95th percentile of a search's keystrokes, as every search row takes it."""
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def keystrokes(samples: list[float]) -> str:
    """A search's milliseconds per keystroke: 'median 9 ms, p95 14 ms, max 20 ms'."""
    return (
        f"median {statistics.median(samples):.0f} ms, p95 {p95(samples):.0f} ms, "
        f"max {max(samples):.0f} ms"
    )


def env() -> dict[str, str]:
    e = dict(os.environ)
    # As installed: pip compiles a wheel's modules at install time, so bytecode is there.
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    e["QT_QPA_PLATFORM"] = "offscreen"
    e["ORIGINN_DESKTOP_DATA_DIR"] = str(OUT / "data")
    e["ORIGINN_DESKTOP_LANG"] = "sv"
    return e


def run(args: list[str], prepare=None) -> Run:  # type: ignore[no-untyped-def]
    """Run one process; wall time and peak resident memory (from the kernel's rusage)."""
    if prepare is not None:
        prepare()
    start = time.perf_counter()
    process = subprocess.Popen(args, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode() if process.stderr else ""
    if process.returncode not in (0, 3):
        raise SystemExit(
            f"bench: {' '.join(args[:6])}... failed ({process.returncode}): {error[-500:]}"
        )
    return Run(seconds, usage.ru_maxrss / 1024, error)


def add_module(db: str, code: str = "I1") -> None:
    """Module ``code`` added to register ``db`` (a file or a server's URL) by the program, as
    the import rows start from: the program makes the register's schema too."""
    run(command("--db", db, "module", "add", code, "--title-sv", "I", "--title-en", "I"))


def runs_of(args: list[str], runs: int, prepare=None) -> list[Run]:  # type: ignore[no-untyped-def]
    return [run(args, prepare) for _ in range(runs)]


def rounds(measures: dict[str, Callable[[], Any]], runs: int) -> dict[str, list[Any]]:
    """Each of ``measures`` once a round, for ``runs`` rounds, the order turned by one each
    round: a program and its floor are measured side by side, not in batches minutes apart.
    On these machines the same work's speed drifts by a third within minutes (a floor's
    runs took 0.87-1.38 s in one bench), which batches turned into ratios of 1.08x or 1.5x
    for the same code."""
    names = list(measures)
    measured: dict[str, list[Any]] = {name: [] for name in names}
    for i in range(runs):
        turn = i % len(names)
        for name in names[turn:] + names[:turn]:
            measured[name].append(measures[name]())
    return measured


def median_run(args: list[str], runs: int, prepare=None) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    results = runs_of(args, runs, prepare)
    return statistics.median(r.seconds for r in results), statistics.median(
        r.max_rss_mib for r in results
    )


def reported_once(args: list[str], prepare=None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Run a process that measures itself; the JSON line it printed last."""
    if prepare is not None:
        prepare()
    done = subprocess.run(args, env=env(), capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(args[:6])}... failed: {done.stderr[-800:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def reported(args: list[str], runs: int, prepare=None) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """``reported_once``, ``runs`` times."""
    return [reported_once(args, prepare) for _ in range(runs)]


def timed_output(args: list[str]) -> tuple[Run, str]:
    """Like ``run``, keeping what the process printed last."""
    start = time.perf_counter()
    process = subprocess.Popen(args, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"bench: {' '.join(args[:6])}... failed: {err.decode()[-800:]}")
    return Run(seconds, 0.0), out.decode().strip().splitlines()[-1]


WORK = OUT / "work"
