"""``python -m bench``: every benchmark, medians of several runs, a table, and BENCHMARKS.md.

Each program run is a fresh process doing what a coordinator's command does, next to a floor
process doing the least the same stack does for the same work, on the same machine in the
same run. The data is synthetic and reproducible (bench.generate).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PY = sys.executable


@dataclass
class Run:
    seconds: float
    max_rss_mib: float


@dataclass
class Row:
    work: str
    program: str
    floor: str
    ratio: float | None
    target: str
    met: bool
    note: str = ""


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
    return Run(seconds, usage.ru_maxrss / 1024)


def median_run(args: list[str], runs: int, prepare=None) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    results = [run(args, prepare) for _ in range(runs)]
    return statistics.median(r.seconds for r in results), statistics.median(
        r.max_rss_mib for r in results
    )


def _generate(*args: str) -> None:
    """In its own process, so this one stays small: a child's peak memory counts its parent's
    pages from before it started the program."""
    subprocess.run([PY, "-m", "bench.generate", *args], env=env(), check=True)


def data(size_certificates: int, size_import: int, size_register: int) -> dict[str, Path]:
    OUT.mkdir(parents=True, exist_ok=True)
    from originn_desktop.db.schema import SCHEMA_HEAD

    files = {  # named by schema: a newer program generates them afresh
        "certificates": OUT / f"register-{size_certificates}-completed-s{SCHEMA_HEAD}.db",
        "roster": OUT / f"roster-{size_import}.csv",
        "big": OUT / f"register-{size_register}-s{SCHEMA_HEAD}.db",
    }
    if not files["certificates"].exists():
        print(
            f"bench: generating a register with {size_certificates} completed participants…",
            flush=True,
        )
        _generate(
            "register", str(files["certificates"]), str(size_certificates), str(size_certificates)
        )
    if not files["roster"].exists():
        _generate("csv", str(files["roster"]), str(size_import), "7")
    if not files["big"].exists():
        print(f"bench: generating a register of {size_register:,} participants…", flush=True)
        _generate("register", str(files["big"]), str(size_register))
    return files


def bench_certificates(files: dict[str, Path], runs: int) -> Row:
    work = OUT / "work"
    db = work / "certificates.db"

    def fresh() -> None:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        shutil.copyfile(files["certificates"], db)

    program, _ = median_run(
        [
            PY,
            "-m",
            "originn_desktop",
            "--db",
            str(db),
            "certificates",
            "--module",
            "B1",
            "--out",
            str(work / "pdf"),
        ],
        runs,
        fresh,
    )
    floor, _ = median_run(
        [PY, "-m", "bench.floors", "certificates", str(files["certificates"]), str(work / "floor")],
        runs,
        fresh,
    )
    ratio = program / floor
    return Row(
        "certificates",
        f"{program:.2f} s",
        f"{floor:.2f} s",
        ratio,
        "≤ 1.5× (stretch < 1.0×)",
        ratio <= 1.5,
    )


def bench_import(files: dict[str, Path], runs: int) -> Row:
    work = OUT / "work"
    db = work / "import.db"

    def fresh() -> None:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        subprocess.run(
            [
                PY,
                "-m",
                "originn_desktop",
                "--db",
                str(db),
                "module",
                "add",
                "I1",
                "--title-sv",
                "I",
                "--title-en",
                "I",
            ],
            env=env(),
            check=True,
            capture_output=True,
        )

    program, _ = median_run(
        [
            PY,
            "-m",
            "originn_desktop",
            "--db",
            str(db),
            "import",
            str(files["roster"]),
            "--module",
            "I1",
        ],
        runs,
        fresh,
    )

    def fresh_floor() -> None:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)

    floor, _ = median_run(
        [PY, "-m", "bench.floors", "import", str(files["roster"]), str(work / "floor.db")],
        runs,
        fresh_floor,
    )
    ratio = program / floor
    return Row("import", f"{program:.2f} s", f"{floor:.2f} s", ratio, "≤ 1.5×", ratio <= 1.5)


def bench_startup(files: dict[str, Path], runs: int) -> tuple[Row, Row]:
    db = files["big"]
    program, program_rss = median_run(
        [PY, "-m", "originn_desktop", "--db", str(db), "gui", "--quit-after-startup"], runs
    )
    floor, floor_rss = median_run([PY, "-m", "bench.floors", "startup", str(db)], runs)
    ratio = program / floor
    extra = program_rss - floor_rss
    return (
        Row("start-up", f"{program:.2f} s", f"{floor:.2f} s", ratio, "≤ 1.5×", ratio <= 1.5),
        Row(
            "memory",
            f"{program_rss:.0f} MiB",
            f"{floor_rss:.0f} MiB",
            None,
            "≤ +150 MiB",
            extra <= 150,
            f"+{extra:.0f} MiB",
        ),
    )


def bench_search(files: dict[str, Path], runs: int) -> Row:
    samples: list[float] = []
    for _ in range(runs):
        done = subprocess.run(
            [PY, "-m", "bench.search", str(files["big"])],
            env=env(),
            capture_output=True,
            text=True,
            check=True,
        )
        samples.extend(json.loads(done.stdout.strip().splitlines()[-1])["keystrokes_ms"])
    median = statistics.median(samples)
    worst = max(samples)
    p95 = sorted(samples)[int(len(samples) * 0.95) - 1]
    return Row(
        "search",
        f"median {median:.0f} ms, p95 {p95:.0f} ms, max {worst:.0f} ms",
        "",
        None,
        "≤ 50 ms",
        p95 <= 50,
    )


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from importlib.metadata import version

    libs = ", ".join(f"{p} {version(p)}" for p in ("SQLAlchemy", "reportlab", "PySide6-Essentials"))
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}; {libs}"


def table(rows: list[Row]) -> str:
    lines = [
        "| work | the program | the floor | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else r.note
        lines.append(
            f"| {r.work} | {r.program} | {r.floor} | {ratio} | {r.target} | {'yes' if r.met else 'NO'} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=3, help="runs per measurement; the median is kept (default 3)"
    )
    parser.add_argument(
        "--only", choices=["certificates", "import", "startup", "search"], action="append"
    )
    parser.add_argument(
        "--certificates", type=int, default=500, help="completed participants (default 500)"
    )
    parser.add_argument(
        "--rows", type=int, default=10_000, help="rows in the roster (default 10,000)"
    )
    parser.add_argument(
        "--register", type=int, default=100_000, help="participants for start-up and search"
    )
    parser.add_argument(
        "--label", default="", help="a heading for this run in BENCHMARKS.md (e.g. 'after: …')"
    )
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args()
    # Bytecode for our own modules, as an installed wheel has it (an editable checkout with
    # PYTHONDONTWRITEBYTECODE set would otherwise compile them in every measured run).
    subprocess.run(
        [PY, "-m", "compileall", "-q", str(ROOT / "originn_desktop"), str(ROOT / "bench")],
        check=True,
    )
    files = data(args.certificates, args.rows, args.register)
    wanted = set(args.only or ["certificates", "import", "startup", "search"])
    rows: list[Row] = []
    if "certificates" in wanted:
        rows.append(bench_certificates(files, args.runs))
        print(table(rows[-1:]), flush=True)
    if "import" in wanted:
        rows.append(bench_import(files, args.runs))
        print(table(rows[-1:]), flush=True)
    if "startup" in wanted:
        rows.extend(bench_startup(files, args.runs))
        print(table(rows[-2:]), flush=True)
    if "search" in wanted:
        rows.append(bench_search(files, args.runs))
        print(table(rows[-1:]), flush=True)
    report = table(rows)
    print()
    print(report)
    if not args.no_write:
        heading = args.label or "run"
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        section = (
            f"\n## {stamp}: {heading}\n\n{machine()}. Medians of {args.runs} runs; "
            f"{args.certificates} certificates, a {args.rows:,}-row roster, a register of {args.register:,}.\n\n{report}\n"
        )
        path = ROOT / "BENCHMARKS.md"
        if not path.exists():
            path.write_text(
                "# Benchmarks\n\nWritten by `python -m bench`: the program against the floor of the same "
                "work, measured in the same run on the same machine. Newest last; each optimisation "
                "has its before and after.\n",
                encoding="utf-8",
            )
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
