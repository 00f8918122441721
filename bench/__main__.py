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
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.measure import (
    OUT,
    PY,
    ROOT,
    WORK,
    Row,
    Run,
    add_module,
    command,
    env,
    keystrokes,
    p95,
    reported,
    reported_once,
    rounds,
    run,
    runs_of,
    spread,
    timed_output,
)
from bench.postgresql import bench_postgresql


def _generate(*args: str) -> None:
    """In its own process, so this one stays small: a child's peak memory counts its parent's
    pages from before it started the program."""
    subprocess.run([PY, "-m", "bench.generate", *args], env=env(), check=True)


def data(
    size_certificates: int, size_import: int, size_register: int, size_scale: int | None = None
) -> dict[str, Path]:
    """The generated inputs, kept in bench/out (not committed) and made only when missing."""
    OUT.mkdir(parents=True, exist_ok=True)
    from originn_desktop.db.schema import SCHEMA_HEAD

    files = {  # named by schema: a newer program generates them afresh
        "certificates": OUT / f"register-{size_certificates}-completed-s{SCHEMA_HEAD}.db",
        "roster": OUT / f"roster-{size_import}.csv",
        "big": OUT / f"register-{size_register}-s{SCHEMA_HEAD}.db",
    }
    if size_scale:
        files["scale"] = OUT / f"register-{size_scale}-s{SCHEMA_HEAD}.db"
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
    for key in ("big", "scale"):
        if key in files and not files[key].exists():
            size = size_register if key == "big" else size_scale
            print(f"bench: generating a register of {size:,} participants…", flush=True)
            _generate("register", str(files[key]), str(size))
    return files


# The window's rows time work in a window already running; their floor is the floor
# process's own time for the work, without starting Python and importing its libraries.
WORK_FLOOR = "Floor: the floor's work without its start-up."


class Floors:
    """Each floor measured once per run of the bench, for every row that compares with it:
    side by side with the program in its group's rounds (``once``, then ``keep``), or on
    its own for a row that only reuses it."""

    def __init__(self, files: dict[str, Path], runs: int) -> None:
        self.files = files
        self.runs = runs
        self._seen: dict[str, list[Run]] = {}

    def _command(self, kind: str) -> tuple[list[str], Callable[[], None] | None]:
        if kind == "certificates":
            out = WORK / "floor"
            return (
                ["certificates", str(self.files["certificates"]), str(out)],
                lambda: shutil.rmtree(out, ignore_errors=True),
            )
        if kind == "import":
            target = WORK / "floor.db"

            def fresh() -> None:
                WORK.mkdir(parents=True, exist_ok=True)
                target.unlink(missing_ok=True)

            return ["import", str(self.files["roster"]), str(target)], fresh
        if kind == "import-register":
            register = WORK / "floor-register.db"

            def fresh_register() -> None:
                WORK.mkdir(parents=True, exist_ok=True)
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{register}{suffix}").unlink(missing_ok=True)
                add_module(str(register))

            return ["import-register", str(self.files["roster"]), str(register)], fresh_register
        key = kind.removeprefix("startup-")
        return ["startup", str(self.files[key])], None

    def once(self, kind: str) -> Run:
        args, prepare = self._command(kind)
        return run([PY, "-m", "bench.floors", *args], prepare)

    def keep(self, kind: str, runs: list[Run]) -> list[Run]:
        """The runs of ``kind`` measured in a group's rounds, for later rows to reuse."""
        return self._seen.setdefault(kind, runs)

    def _measure(self, kind: str) -> list[Run]:
        if kind not in self._seen:
            self._seen[kind] = [self.once(kind) for _ in range(self.runs)]
        return self._seen[kind]

    def certificates(self) -> list[Run]:
        return self._measure("certificates")

    def importing(self) -> list[Run]:
        return self._measure("import")

    def startup(self, key: str = "big") -> list[Run]:
        return self._measure(f"startup-{key}")


class Programs:
    """The SQLite program's figures that more than one row uses (the PostgreSQL rows compare
    with them), each measured once per run of the bench."""

    def __init__(self, files: dict[str, Path], runs: int) -> None:
        self.files = files
        self.runs = runs
        self._seen: dict[str, Any] = {}

    def import_once(self) -> Run:
        """The command line's import of the roster into a fresh register with one module."""
        db = WORK / "import.db"
        return run(
            command("--db", str(db), "import", str(self.files["roster"]), "--module", "I1"),
            lambda: _module_db(db),
        )

    def paint_once(self) -> tuple[Run, dict[str, Any]]:
        """The window's start-up at 100,000 people, to its first paint, and what it showed."""
        r, out = timed_output([PY, "-m", "bench.window", "paint", str(self.files["big"])])
        return r, json.loads(out)

    def keep(self, kind: str, runs: list[Any]) -> list[Any]:
        return list(self._seen.setdefault(kind, runs))

    def importing(self) -> list[Run]:
        if "import" not in self._seen:
            self._seen["import"] = [self.import_once() for _ in range(self.runs)]
        return list(self._seen["import"])

    def painted(self) -> list[tuple[Run, dict[str, Any]]]:
        if "paint" not in self._seen:
            self._seen["paint"] = [self.paint_once() for _ in range(self.runs)]
        return list(self._seen["paint"])

    def keystrokes(self, kind: str, runs: int | None = None) -> list[float]:
        """Milliseconds per keystroke of the searches of ``kind`` (bench.search)."""
        if kind not in self._seen:
            samples: list[float] = []
            for result in reported(
                [PY, "-m", "bench.search", str(self.files["big"]), kind], runs or self.runs
            ):
                samples.extend(result["keystrokes_ms"])
            self._seen[kind] = samples
        return list(self._seen[kind])


def _ratio_row(
    work: str,
    program: list[float],
    floor: list[float],
    target: float,
    note: str = "",
    paired: bool = False,
) -> Row:
    """Program against floor. ``paired``: measured in the same rounds, so the ratio is the
    median of each round's ratio (the host's drift cancels), its range noted; else the
    medians' ratio."""
    if paired and len(program) == len(floor) > 1:
        each = [p / f for p, f in zip(program, floor, strict=True)]
        ratio = statistics.median(each)
        rounds_note = f"ratio per round {min(each):.2f}–{max(each):.2f}×"
        note = f"{rounds_note}; {note}" if note else rounds_note
    else:
        ratio = statistics.median(program) / statistics.median(floor)
    return Row(work, spread(program), spread(floor), ratio, f"≤ {target:g}×", ratio <= target, note)


def _figure(row: Row) -> Row:
    """``row`` as a figure beside the targets: its ratio shown, no target of its own."""
    return Row(row.work, row.program, row.floor, row.ratio, "", None, row.note)


def _module_db(db: Path, code: str = "I1") -> None:
    """A fresh register with one empty module, as the import rows start from."""
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    add_module(str(db), code)


def bench_certificates(files: dict[str, Path], runs: int, floors: Floors) -> list[Row]:
    db = WORK / "certificates.db"

    def fresh() -> None:
        shutil.rmtree(WORK, ignore_errors=True)
        WORK.mkdir(parents=True)
        shutil.copyfile(files["certificates"], db)

    printing = command(
        "--db", str(db), "certificates", "--module", "B1", "--out", str(WORK / "pdf")
    )
    images = _branding_images()

    def branded() -> None:
        fresh()
        subprocess.run(
            command(
                "--db",
                str(db),
                "issuer",
                "set",
                "--logo",
                str(images[0]),
                "--funder-logo",
                str(images[1]),
                "--signature",
                str(images[2]),
                "--signatory",
                "Anna Exempel, kursansvarig",
            ),
            env=env(),
            check=True,
            capture_output=True,
        )

    measured = rounds(
        {
            "program": lambda: run(printing, fresh),
            "window": lambda: reported_once(
                [PY, "-m", "bench.window", "certificates", str(db), "B1", str(WORK / "pdf")],
                fresh,
            ),
            "images": lambda: run(printing, branded),
            "floor": lambda: floors.once("certificates"),
        },
        runs,
    )
    program, window, with_images = measured["program"], measured["window"], measured["images"]
    floor = floors.keep("certificates", measured["floor"])
    warm = [w["warm_s"] for w in window]
    return [
        _ratio_row(
            "certificates",
            [r.seconds for r in program],
            [r.seconds for r in floor],
            1.25,
            paired=True,
        ),
        _ratio_row(
            "certificates, window",
            [w["seconds"] for w in window],
            [r.reported("work_s") for r in floor],
            1.25,
            "in the running window, from opening the dialog (Create clicked at once) to the last "
            f"certificate; with its workers ready: {spread(warm)}. " + WORK_FLOOR,
            paired=True,
        ),
        _ratio_row(
            "certificates, with images",
            [r.seconds for r in with_images],
            [r.seconds for r in floor],
            1.25,
            "the command line, with a 1,200 px PNG logo, a PNG emblem and a JPEG signature set "
            "(issuer set); the floor draws no images",
            paired=True,
        ),
    ]


def _branding_images() -> tuple[Path, Path, Path]:
    """A logo, an emblem and a signature, synthetic, the sizes a coordinator might give."""
    from PIL import Image, ImageDraw

    folder = OUT / "branding"
    folder.mkdir(parents=True, exist_ok=True)
    logo, emblem, signature = folder / "logo.png", folder / "emblem.png", folder / "sig.jpg"
    if not logo.exists():
        im = Image.new("RGBA", (1200, 300), (0, 0, 0, 0))
        ImageDraw.Draw(im).ellipse([8, 8, 1192, 292], fill=(20, 60, 140, 255))
        im.save(logo)
        im = Image.new("RGB", (600, 400), (0, 51, 153))
        ImageDraw.Draw(im).ellipse([180, 80, 420, 320], outline=(255, 204, 0), width=24)
        im.save(emblem)
        im = Image.new("RGB", (500, 150), "white")
        ImageDraw.Draw(im).line([10, 120, 200, 20, 300, 130, 480, 30], fill=(10, 10, 80), width=8)
        im.save(signature, "JPEG")
    return logo, emblem, signature


def bench_import(
    files: dict[str, Path], runs: int, floors: Floors, programs: Programs
) -> list[Row]:
    db = WORK / "import.db"
    measured = rounds(
        {
            "program": programs.import_once,
            "window": lambda: reported_once(
                [PY, "-m", "bench.window", "import", str(files["roster"]), str(db), "I1"],
                lambda: _module_db(db),
            ),
            "floor": lambda: floors.once("import"),
            "register floor": lambda: floors.once("import-register"),
        },
        runs,
    )
    program = programs.keep("import", measured["program"])
    window = measured["window"]
    floor = floors.keep("import", measured["floor"])
    register_floor = measured["register floor"]
    preview = [w["preview_s"] for w in window]
    written = [w["import_s"] for w in window]
    # Undo and Redo of such an import in a register of 100,000 (a copy): the window stays
    # responsive while the import is taken back and made again.
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    copy = WORK / "undo.db"
    shutil.copyfile(files["big"], copy)
    undone = reported([PY, "-m", "bench.window", "undo", str(copy), str(files["roster"])], 1)[0]
    return [
        _ratio_row(
            "import", [r.seconds for r in program], [r.seconds for r in floor], 1.3, paired=True
        ),
        _ratio_row(
            "import, window",
            [w["seconds"] for w in window],
            [r.reported("work_s") for r in floor],
            1.3,
            "in the running window, from choosing the file to done: the preview (checked, "
            f"judged, dry run) {spread(preview)}, the import {spread(written)}. " + WORK_FLOOR,
            paired=True,
        ),
        _figure(
            _ratio_row(
                "import, against the register's own tables",
                [r.seconds for r in program],
                [r.seconds for r in register_floor],
                1.3,
                "a second floor: the same reading and personnummer parsing as the first, the "
                "people written with sqlite3's executemany into a fresh register (its tables, "
                "indexes, WAL and synchronous FULL, companies, the search's text, enrollments "
                "and their history), no other check and no undo record (a figure)",
                paired=True,
            )
        ),
        _figure(
            _ratio_row(
                "import, window, against the register's own tables",
                [w["seconds"] for w in window],
                [r.reported("work_s") for r in register_floor],
                1.3,
                "the second floor's work without its start-up (a figure)",
                paired=True,
            )
        ),
        Row(
            f"GUI thread while an import is undone and redone ({_count(files['big']):,})",
            f"longest frame {undone['max_ms']:.0f} ms, p99 {undone['p99_ms']:.0f} ms",
            "",
            None,
            "no frame > 100 ms",
            undone["over_100ms"] == 0,
            f"{undone['imported']:,} people; undo {undone['undo_s']:.1f} s, redo "
            f"{undone['redo_s']:.1f} s, on a worker thread; {undone['over_100ms']} of "
            f"{undone['ticks']} frames over 100 ms",
        ),
    ]


def bench_startup(
    files: dict[str, Path], runs: int, floors: Floors, programs: Programs
) -> list[Row]:
    db = files["big"]
    starting = [PY, "-m", "originn_desktop", "--db", str(db), "gui", "--quit-after-startup"]
    measured = rounds(
        {
            "program": lambda: run(starting),
            "painted": programs.paint_once,
            "floor": lambda: floors.once("startup-big"),
        },
        runs,
    )
    program = measured["program"]
    floor = floors.keep("startup-big", measured["floor"])
    painted = programs.keep("paint", measured["painted"])
    program_rss = statistics.median(r.max_rss_mib for r in program)
    floor_rss = statistics.median(r.max_rss_mib for r in floor)
    extra = program_rss - floor_rss
    rows_shown = all(p["rows_in_first_paint"] for _, p in painted)
    tables = painted[0][1]["tables"] if painted else {}
    paint_row = _ratio_row(
        "first paint, window",
        [r.seconds for r, _ in painted],
        [r.seconds for r in floor],
        1.3,
        "rows in the first paint: "
        + ", ".join(f"{name} {n:,}" for name, n in tables.items())
        + ("" if rows_shown else " (EMPTY)"),
        paired=True,
    )
    paint_row.met = bool(paint_row.met) and rows_shown
    return [
        _ratio_row(
            "start-up", [r.seconds for r in program], [r.seconds for r in floor], 1.3, paired=True
        ),
        paint_row,
        Row(
            "memory",
            spread([r.max_rss_mib for r in program], "MiB", 0),
            spread([r.max_rss_mib for r in floor], "MiB", 0),
            None,
            "≤ +40 MiB",
            extra <= 40,
            f"+{extra:.0f} MiB",
        ),
    ]


def _keystrokes(db: Path, kind: str, runs: int) -> list[float]:
    samples: list[float] = []
    for result in reported([PY, "-m", "bench.search", str(db), kind], runs):
        samples.extend(result["keystrokes_ms"])
    return samples


def _search_row(work: str, samples: list[float], target_ms: float = 16) -> Row:
    return Row(
        work,
        keystrokes(samples),
        "",
        None,
        f"p95 ≤ {target_ms:g} ms",
        p95(samples) <= target_ms,
        f"{len(samples)} keystrokes",
    )


def _figure_row(work: str, samples: list[float], note: str) -> Row:
    """Keystrokes reported without a target of their own."""
    return Row(work, keystrokes(samples), "", None, "", None, f"{len(samples)} keystrokes; {note}")


def bench_search(files: dict[str, Path], programs: Programs) -> list[Row]:
    db = files["big"]
    rows = [
        _search_row("search", programs.keystrokes("words")),
        _search_row("search, personnummer", programs.keystrokes("personnummer")),
        _search_row("search, date of birth", programs.keystrokes("date")),
        _figure_row(
            "search, sorted by a module's status",
            programs.keystrokes("words:first", runs=1),
            "the words search sorted by the status in a module of nobody, as a real module "
            "is against the register (a figure)",
        ),
        _figure_row(
            "search, sorted by the status in a module of everyone",
            programs.keystrokes("words:last", runs=1),
            "a module no course has: every match is read and sorted (a figure)",
        ),
    ]
    leak = reported([PY, "-m", "bench.search", str(db), "leak"], 1)[0]
    grown = leak["resident_growth_mib"]
    blocks = leak["block_growth"]
    # A leak grows with every search; allocator noise is a few hundred blocks either way.
    rows.append(
        Row(
            "memory over 1,000 searches",
            f"{grown:+.1f} MiB resident, {blocks:+,} blocks",
            "",
            None,
            "no growth",
            grown <= 2 and blocks <= 5_000,
            "after the first 100",
        )
    )
    return rows


def bench_scale(files: dict[str, Path], runs: int, floors: Floors) -> list[Row]:
    """The register at a million people: start-up, search, 10,000 more, the funders' report,
    and the GUI thread's longest frames while scrolling and searching."""
    db = files["scale"]
    size = f"{_count(db):,}"
    rows = []
    program = runs_of(
        [PY, "-m", "originn_desktop", "--db", str(db), "gui", "--quit-after-startup"], runs
    )
    floor = floors.startup("scale")
    start = _ratio_row(
        f"start-up ({size})", [r.seconds for r in program], [r.seconds for r in floor], 1.3
    )
    start.note = f"{statistics.median(r.max_rss_mib for r in program):.0f} MiB"
    rows.append(start)
    rows.append(_search_row(f"search ({size})", _keystrokes(db, "words", 1)))
    rows.append(
        _figure_row(
            f"search, sorted by a module's status ({size})",
            _keystrokes(db, "words:first", 1),
            "the words search sorted by the status in a module of nobody (a figure)",
        )
    )
    copy = WORK / "scale.db"

    def fresh() -> None:
        shutil.rmtree(WORK, ignore_errors=True)
        WORK.mkdir(parents=True)
        shutil.copyfile(db, copy)

    more = runs_of(
        command("--db", str(copy), "import", str(files["roster"]), "--module", "B2"),
        runs,
        fresh,
    )
    rows.append(
        _ratio_row(
            f"import {_lines(files['roster']) - 1:,} more ({size})",
            [r.seconds for r in more],
            [r.seconds for r in floors.importing()],
            1.3,
            "the floor imports into an empty register",
        )
    )
    report = runs_of(
        [PY, "-m", "originn_desktop", "--db", str(db), "report", "--out", str(WORK / "r.xlsx")],
        runs,
    )
    seconds = [r.seconds for r in report]
    rows.append(
        Row(
            f"funders' report ({size})",
            spread(seconds),
            "",
            None,
            "≤ 10 s",
            statistics.median(seconds) <= 10,
        )
    )
    probe = reported([PY, "-m", "bench.window", "probe", str(db)], 1)[0]
    for phase in ("scrolling", "searching", "sorting"):
        figures = probe[phase]
        rows.append(
            Row(
                f"GUI thread while {phase} ({size})",
                f"longest frame {figures['max_ms']:.0f} ms, p99 {figures['p99_ms']:.0f} ms",
                "",
                None,
                "no frame > 100 ms",
                figures["over_100ms"] == 0,
                f"{figures['over_100ms']} of {figures['ticks']} frames over 100 ms"
                + (f"; {probe['rows_scrolled']:,} rows scrolled" if phase == "scrolling" else ""),
            )
        )
    return rows


def _lines(path: Path) -> int:
    with open(path, encoding="utf-8") as fh:
        return sum(1 for _ in fh)


def _count(db: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM participant").fetchone()[0])
    finally:
        conn.close()


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


def _met(met: bool | None) -> str:
    return "—" if met is None else ("yes" if met else "NO")


def table(rows: list[Row]) -> str:
    lines = [
        "| work | the program | the floor | ratio | target | met | notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else ""
        lines.append(
            f"| {r.work} | {r.program} | {r.floor} | {ratio} | {r.target} | {_met(r.met)} | {r.note} |"
        )
    return "\n".join(lines)


# PostgreSQL after the SQLite rows whose figures it compares with (measured once).
GROUPS = ["certificates", "import", "startup", "search", "postgresql", "scale"]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=5, help="runs per measurement; the median is kept (default 5)"
    )
    parser.add_argument("--only", choices=GROUPS, action="append", help="these groups only")
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
        "--scale", type=int, default=1_000_000, help="participants for the scale rows"
    )
    parser.add_argument(
        "--scale-runs", type=int, default=3, help="runs per scale measurement (default 3)"
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
    wanted = set(args.only or GROUPS)
    files = data(
        args.certificates, args.rows, args.register, args.scale if "scale" in wanted else None
    )
    floors = Floors(files, args.runs)
    programs = Programs(files, args.runs)
    rows: list[Row] = []
    for group in GROUPS:
        if group not in wanted:
            continue
        if group == "certificates":
            new = bench_certificates(files, args.runs, floors)
        elif group == "import":
            new = bench_import(files, args.runs, floors, programs)
        elif group == "startup":
            new = bench_startup(files, args.runs, floors, programs)
        elif group == "search":
            new = bench_search(files, programs)
        elif group == "postgresql":
            new = bench_postgresql(files, args.runs, floors, programs)
        else:
            new = bench_scale(files, args.scale_runs, Floors(files, args.scale_runs))
        rows.extend(new)
        print(table(new), flush=True)
    report = table(rows)
    print()
    print(report)
    if not args.no_write:
        heading = args.label or "run"
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        section = (
            f"\n## {stamp}: {heading}\n\n{machine()}. Medians of {args.runs} runs (scale rows: "
            f"{args.scale_runs}), the range in brackets; {args.certificates} certificates, a "
            f"{args.rows:,}-row roster, a register of {args.register:,}, at scale "
            f"{args.scale:,}.\n\n{report}\n"
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
