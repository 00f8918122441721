"""The command line end to end, in process (fast) and once as a real subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from originn_desktop.cli.main import main
from tests import factories


def status(cli) -> dict[str, dict]:
    code, out, _ = cli("status", "--json")
    assert code == 0
    return {m["code"]: m for m in json.loads(out)}


def add(cli, first: str, *extra: str) -> dict:
    code, out, err = cli(
        "participant",
        "add",
        "--first-name",
        first,
        "--last-name",
        "Åström",
        "--personnummer",
        factories.personnummer(),
        *extra,
        "--json",
    )
    assert code == 0, err
    return json.loads(out)


def test_version(cli):
    code, out, _ = cli("--version")
    assert code == 0 and out.startswith("originn-desktop ")


def test_demo_then_status_shows_one_module_missing_participants(cli):
    assert cli("demo")[0] == 0
    modules = status(cli)
    assert set(modules) == {"M1", "M2"}
    assert modules["M1"]["meets_minimum"] and not modules["M2"]["meets_minimum"]
    assert modules["M2"]["missing"] == 3
    code, out, _ = cli("status")
    assert code == 0
    m2 = next(line for line in out.splitlines() if "M2" in line)
    assert "BELOW MINIMUM" in m2 and "3 participants missing" in m2
    m1 = next(line for line in out.splitlines() if "M1" in line)
    assert "BELOW" not in m1


def test_status_speaks_swedish_when_asked(cli, monkeypatch):
    monkeypatch.setattr("originn_desktop.cli.commands.LANG", "sv")
    cli("demo")
    _, out, _ = cli("status")
    assert "UNDER MINIMUM: 3 deltagare saknas" in out


def test_the_minimum_rule_through_the_command_line(cli):
    assert (
        cli(
            "module",
            "add",
            "T1",
            "--title-sv",
            "Prov",
            "--title-en",
            "Test",
            "--min-participants",
            "3",
        )[0]
        == 0
    )
    ids = [add(cli, f"P{k}", "--module", "T1")["id"] for k in range(3)]
    assert status(cli)["T1"]["meets_minimum"] is True
    assert cli("withdraw", "--module", "T1", "--participant", str(ids[0]))[0] == 0
    assert status(cli)["T1"]["missing"] == 1
    add(cli, "W", "--module", "T1", "--status", "waitlisted")
    t1 = status(cli)["T1"]
    assert (t1["missing"], t1["waitlisted"]) == (1, 1)


def test_adding_someone_who_exists_says_so_and_enrolls_them(cli):
    cli("module", "add", "M1", "--title-sv", "A", "--title-en", "A")
    code, out, _ = cli(
        "participant",
        "add",
        "--first-name",
        "Sven",
        "--last-name",
        "Älvdal",
        "--personnummer",
        "800420-1110",
    )
    assert code == 0
    code, out, _ = cli(
        "participant",
        "add",
        "--first-name",
        "Sven",
        "--last-name",
        "Älvdal",
        "--personnummer",
        "198004201110",
        "--module",
        "M1",
    )
    assert code == 0
    assert "already in the register" in out
    code, out, _ = cli("participants", "--module", "M1", "--json")
    [row] = json.loads(out)
    assert row["personnummer"] == "19800420-****"
    assert {"id", "first_name", "last_name", "status"} <= row.keys()
    assert "1110" not in out


def test_participant_add_json_has_the_id_and_a_masked_number(cli):
    data = add(cli, "Ylva")
    assert isinstance(data["id"], int)
    assert data["personnummer"].endswith("-****")
    assert data["created"] is True


def test_complete_all_and_by_id(cli):
    cli("module", "add", "M1", "--title-sv", "A", "--title-en", "A", "--min-participants", "1")
    a, b = (add(cli, n, "--module", "M1")["id"] for n in ("A", "B"))
    assert cli("complete", "--module", "M1", "--participant", str(a), "--grade", "U")[0] == 0
    assert cli("complete", "--module", "M1", "--all")[0] == 0
    _, out, _ = cli("participants", "--module", "M1", "--json")
    grades = {r["id"]: (r["status"], r["grade"]) for r in json.loads(out)}
    assert grades == {a: ("failed", "U"), b: ("completed", "G")}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            (
                "participant",
                "add",
                "--first-name",
                "A",
                "--last-name",
                "B",
                "--personnummer",
                "850312-1232",
            ),
            "personnummer 850312-1232: wrong check digit",
        ),
        (("withdraw", "--module", "NOPE", "--participant", "1"), "no module NOPE"),
        (("enroll", "--module", "M1", "--participant", "999"), "no participant with id 999"),
        (
            (
                "participant",
                "add",
                "--first-name",
                "A",
                "--last-name",
                "B",
                "--personnummer",
                "800420-1110",
                "--email",
                "a@",
            ),
            "not a valid address",
        ),
        (("module", "add", "M1", "--title-sv", "A", "--title-en", "A"), "already a module M1"),
        (
            (
                "module",
                "add",
                "M2",
                "--title-sv",
                "A",
                "--title-en",
                "A",
                "--min-participants",
                "10",
                "--max-participants",
                "5",
            ),
            "maximum cannot be below",
        ),
    ],
)
def test_errors_are_one_line_exit_1_and_change_nothing(cli, args, message):
    cli("module", "add", "M1", "--title-sv", "A", "--title-en", "A")
    before = status(cli)
    code, _, err = cli(*args)
    assert code == 1
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert status(cli) == before


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        ("module", "add", "M1"),
        ("complete", "--module", "M1"),
        (
            "participant",
            "add",
            "--first-name",
            "A",
            "--last-name",
            "B",
            "--personnummer",
            "1",
            "--birth-date",
            "2000-01-01",
        ),
        ("module", "add", "M1", "--title-sv", "A", "--title-en", "A", "--start", "1st of May"),
        ("participant", "add", "--first-name", "A", "--last-name", "B", "--org-nr", "5568100019"),
    ],
)
def test_wrong_usage_exits_2(cli, args):
    code, _, err = cli(*args)
    assert code == 2
    assert "Traceback" not in err and err.strip()


def test_an_unexpected_error_is_one_line_and_a_scrubbed_crash_report(cli, monkeypatch, data_dir):
    def broken(*_args, **_kwargs):
        raise RuntimeError("bug while handling 198004201110")

    monkeypatch.setattr("originn_desktop.services.modules.list_modules", broken)
    code, _, err = cli("status")
    assert code == 70
    assert "unexpected error" in err and "Traceback" not in err and err.count("\n") == 1
    [report] = (data_dir / "logs").glob("crash-*.txt")
    content = report.read_text()
    assert "RuntimeError" in content and "198004201110" not in content


def test_a_garbage_database_file_is_one_line_exit_1(tmp_path, capsys):
    path = tmp_path / "garbage.db"
    path.write_bytes(bytes(range(256)) * 64)
    assert main(["--db", str(path), "status"]) == 1
    err = capsys.readouterr().err
    assert "not a readable database" in err and "Traceback" not in err


def test_the_database_can_be_chosen_by_environment_variable(tmp_path, monkeypatch, capsys):
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("ORIGINN_DESKTOP_DB", str(target))
    assert main(["module", "add", "E1", "--title-sv", "A", "--title-en", "A"]) == 0
    assert target.exists()


def test_the_default_database_lives_in_the_data_directory(data_dir, capsys):
    assert main(["demo"]) == 0
    assert (data_dir / "originn.db").exists()


@pytest.mark.slow
def test_the_installed_entry_points_run_as_real_processes(tmp_path):
    db = str(tmp_path / "sub.db")
    script = shutil.which("originn-desktop", path=str(Path(sys.executable).parent))
    assert script, "the originn-desktop entry point is not installed next to this Python"
    for command in ([script], [sys.executable, "-m", "originn_desktop"]):
        done = subprocess.run(
            [*command, "--db", db, "demo"], capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        done = subprocess.run(
            [*command, "--db", db, "status", "--json"], capture_output=True, text=True, timeout=60
        )
        assert {m["code"] for m in json.loads(done.stdout)} == {"M1", "M2"}


def test_a_sqlite_register_never_loads_the_postgresql_dialect(tmp_path):
    """Everything PostgreSQL-specific is loaded only for a server register: the models'
    index options named the dialect and loaded it (70 ms of every start) on SQLite too."""
    db = str(tmp_path / "sub.db")
    # (Making a register runs the migrations, whose library, Alembic, loads every dialect.)
    made = subprocess.run(
        [sys.executable, "-m", "originn_desktop", "--db", db, "demo"], capture_output=True
    )
    assert made.returncode == 0
    for args in (["status", "--json"], ["participants", "--module", "M1"]):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "originn_desktop", "--db", db, *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert "sqlalchemy.dialects.sqlite" in done.stderr  # the register was read
        assert "sqlalchemy.dialects.postgresql" not in done.stderr, args


def test_a_file_that_cannot_be_written_is_one_line_exit_1(cli, tmp_path):
    cli("module", "add", "M1", "--title-sv", "A", "--title-en", "A")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, err = cli("export-roster", "--module", "M1", "--out", str(blocker / "roster.csv"))
    assert code == 1
    assert "cannot read or write" in err and "Traceback" not in err and err.count("\n") == 1


def test_a_command_runs_with_the_garbage_collector_on_and_leaves_it_on(
    tmp_path, monkeypatch, capsys
):
    """Start-up pauses the collector (its passes over the libraries being loaded cost the
    window a tenth of its start); a command's own work, and whatever runs after it in the same
    process, have it back."""
    import gc

    from originn_desktop.cli import commands

    during: list[bool] = []
    listing = commands.cmd_module_list

    def module_list(args):  # the command as it is, noting the collector's state
        during.append(gc.isenabled())
        return listing(args)

    monkeypatch.setattr(commands, "cmd_module_list", module_list)
    assert main(["--db", str(tmp_path / "r.db"), "module", "list"]) == 0
    assert during == [True]
    assert gc.isenabled()
    with pytest.raises(SystemExit):  # wrong usage: argparse's exit
        main(["--db", str(tmp_path / "r.db"), "no-such-command"])
    assert gc.isenabled()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["gui"],
        ["gui", "--quit-after-startup"],
        ["--db", "register.db"],
        ["--db", "register.db", "gui", "--quit-after-startup"],
        ["--db=postgresql+psycopg://coordinator@server/originn", "gui"],
    ],
)
def test_the_windows_usual_starts_are_read_as_the_full_parser_reads_them(argv):
    from originn_desktop.cli.main import build_parser, window_start

    parser = build_parser()
    full = parser.parse_args(argv)
    if full.command is None:  # no command: the window
        full = parser.parse_args([*argv, "gui"])
    assert vars(window_start(argv)) == vars(full)


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["--db"],
        ["--db", "--help"],
        ["--db="],
        ["--d", "register.db"],  # argparse's abbreviation: for the full parser to judge
        ["gui", "--quit"],
        ["gui", "--help"],
        ["--quit-after-startup", "gui"],
        ["module", "list"],
    ],
)
def test_anything_else_is_left_to_the_full_parser(argv):
    from originn_desktop.cli.main import window_start

    assert window_start(argv) is None
