import json
import os
import shutil

import openpyxl
import pytest

from originn_desktop.services import importing


def test_import_json_and_exit_3_when_rows_are_rejected(cli, shared_data):
    cli("module", "add", "I1", "--title-sv", "I", "--title-en", "I")
    code, out, err = cli(
        "import", str(shared_data / "roster_excel_semicolon_cp1252.csv"), "--module", "I1", "--json"
    )
    assert code == 3, err
    data = json.loads(out)
    assert (data["imported"], data["duplicates"]) == (5, 1)
    assert data["errors"] == [{"row": 7, "message": "personnummer 780101-1234: wrong check digit"}]


def test_import_exit_0_when_every_row_is_taken(cli, shared_data):
    cli("module", "add", "I2", "--title-sv", "I", "--title-en", "I")
    code, out, _ = cli("import", str(shared_data / "roster_combined_name.xlsx"), "--module", "I2")
    assert code == 0
    assert "4 new participants" in out


def test_import_exit_1_with_one_line_when_the_file_cannot_be_read(cli, tmp_path):
    cli("module", "add", "I3", "--title-sv", "I", "--title-en", "I")
    path = tmp_path / "junk.csv"
    path.write_bytes(b"\x00\xff\x00\xfe garbage")
    code, _, err = cli("import", str(path), "--module", "I3")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_import_map_option_and_dry_run(cli, tmp_path):
    cli("module", "add", "I4", "--title-sv", "I", "--title-en", "I")
    path = tmp_path / "odd.csv"
    path.write_text("Vem;Nummer\nÅsa Öberg;800420-1110\n", encoding="utf-8")
    code, _, err = cli("import", str(path), "--module", "I4")
    assert code == 1 and "no column for the names" in err
    code, out, _ = cli(
        "import",
        str(path),
        "--module",
        "I4",
        "--map",
        "Vem=name",
        "--map",
        "Nummer=personnummer",
        "--dry-run",
        "--json",
    )
    assert code == 0 and json.loads(out)["imported"] == 1 and json.loads(out)["dry_run"] is True
    _, out, _ = cli("status", "--json")
    assert json.loads(out)[0]["counted"] == 0


def test_export_roster_remembers_the_chosen_columns(cli, tmp_path, shared_data):
    cli("module", "add", "E1", "--title-sv", "E", "--title-en", "E")
    cli("import", str(shared_data / "roster_combined_name.xlsx"), "--module", "E1")
    assert (
        cli(
            "export-roster",
            "--module",
            "E1",
            "--out",
            str(tmp_path / "a.csv"),
            "--columns",
            "last_name,personnummer",
        )[0]
        == 0
    )
    assert cli("export-roster", "--module", "E1", "--out", str(tmp_path / "b.xlsx"))[0] == 0
    ws = openpyxl.load_workbook(tmp_path / "b.xlsx").active
    assert [c.value for c in ws[1]] == ["Efternamn", "Personnummer"]


def test_report_and_results_files(cli, tmp_path):
    cli("demo")
    assert cli("report", "--out", str(tmp_path / "r.pdf"))[0] == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert cli("export-results", "--module", "M1", "--out", str(tmp_path / "res.csv"))[0] == 0
    code, _, err = cli("report", "--out", str(tmp_path / "r.doc"))
    assert code == 1 and "write .xlsx or .pdf" in err


def _large_roster(path, factories_personnummer, rows=2400):
    """A synthetic roster large enough to be checked in a second process: a few bad rows, a
    few people twice, companies shared by many."""
    lines = ["Förnamn;Efternamn;Personnummer;E-post;Företag;Organisationsnummer"]
    for i in range(rows):
        number = factories_personnummer("850101", 1 + i % 996) if i % 500 != 7 else "850101-0000"
        if i % 600 == 5:
            number = "ÅÅMMDD"
        lines.append(
            f"Förnamn{i % 996};Efternamn{i % 996};{number};p{i % 996}@example.se;"
            f"Gård {i % 40};{'556800-0003' if i % 40 == 0 else ''}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_large_roster_checked_in_a_second_process_imports_exactly_as_in_one(
    cli, tmp_path, monkeypatch
):
    from originn_desktop.cli import commands
    from originn_desktop.workers import forked
    from tests import factories

    path = _large_roster(tmp_path / "big.csv", factories.personnummer)
    cli("module", "add", "A1", "--title-sv", "A", "--title-en", "A")
    cli("module", "add", "B1", "--title-sv", "B", "--title-en", "B")
    forks = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    code, out, err = cli("import", str(path), "--module", "A1", "--json", "--dry-run")
    assert forks == ([1] if forked.available() else [])
    two_processes = json.loads(out)
    monkeypatch.setattr(commands, "IMPORT_ROWS_IN_CHILD", 10**9)
    code_one, out_one, _ = cli("import", str(path), "--module", "A1", "--json", "--dry-run")
    assert (code, two_processes) == (code_one, json.loads(out_one))
    assert code == 3, err
    assert two_processes["rows"] == 2400
    bad_number = [9, 509, 1009, 1509, 2009]  # header is row 1: row i + 2 holds person i
    not_a_number = [7, 607, 1207, 1807]
    assert [e["row"] for e in two_processes["errors"]] == sorted(bad_number + not_a_number)
    assert two_processes["imported"] == 996  # each person's first row; their others merge
    assert two_processes["duplicates"] == 2400 - 996 - 9


# -- round trips: a roster exported, opened and saved by a spreadsheet program, imported --------

ROUND_TRIP_COLUMNS = (
    "personnummer,birth_date,gender,last_name,first_name,email,phone,company,org_number,"
    "municipality,status,grade,grade_date"
)


MODULE_X1 = ("module", "add", "X1", "--title-sv", "X", "--title-en", "X",
             "--min-participants", "2", "--max-participants", "5")  # fmt: skip


def run_on(db, capsys, *args):
    """The command line on another register than the ``cli`` fixture's."""
    import gc

    from originn_desktop.cli.main import main

    try:
        code = main(["--db", str(db), *args])
    finally:
        gc.unfreeze()
    out, err = capsys.readouterr()
    return code, out, err


def a_term(cli):
    """A module of five places, with everyone a term produces: registered, admitted, on the
    waiting list (queued Gus before Fia), completed, not passed, withdrawn; born 2001 and
    1961 (without a personnummer), a samordningsnummer, phone numbers typed as digits."""
    from tests import factories

    assert cli(*MODULE_X1)[0] == 0
    people = [
        ("Anna", "Berg", ["--personnummer", factories.personnummer("800101")]),
        ("Bo", "Ek", ["--personnummer", factories.personnummer("010505")]),
        ("Cia", "Fors", ["--personnummer", factories.personnummer("881272")]),
        ("Dan", "Gran", ["--birth-date", "1961-05-02", "--email", "dan@example.se"]),
        ("Eva", "Hed", ["--personnummer", factories.personnummer("840101")]),
        ("Gus", "Ivarsson", ["--personnummer", factories.personnummer("860101")]),
        ("Fia", "Jonsson", ["--personnummer", factories.personnummer("850101")]),
        ("Hed", "Kral", ["--personnummer", factories.personnummer("020304")]),
    ]
    for i, (first, last, identity) in enumerate(people, start=1):
        code, _, err = cli(
            "participant", "add", "--first-name", first, "--last-name", last, *identity,
            "--phone", f"070123456{i}", "--module", "X1",
        )  # fmt: skip
        assert code == 0, err
    assert cli("complete", "--module", "X1", "--participant", "4", "--grade", "VG",
               "--date", "2026-10-01")[0] == 0  # fmt: skip
    assert cli("complete", "--module", "X1", "--participant", "5", "--grade", "U",
               "--date", "2026-10-02")[0] == 0  # fmt: skip
    assert cli("withdraw", "--module", "X1", "--participant", "8")[0] == 0


def resave_csv_as_a_spreadsheet_does(source, target):
    """What LibreOffice (or Swedish Excel) writes after opening our CSV and saving it again:
    Windows-1252, ';', text quoted, and every cell of digits a number, its leading zeros gone."""
    import csv

    with open(source, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))

    def cell(text):
        if text.isdigit():
            return str(int(text))
        return '"' + text.replace('"', '""') + '"' if text else ""

    lines = [";".join(cell(c) for c in row) for row in rows]
    target.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return target


def resave_xlsx_as_a_spreadsheet_does(source, target):
    """Our XLSX after a spreadsheet had it: text of digits became numbers (cells typed
    again, or pasted from the CSV), ISO dates became dates."""
    import datetime as dt
    import re

    book = openpyxl.load_workbook(source)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.isdigit():
                    cell.value = int(cell.value)
                elif isinstance(cell.value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", cell.value):
                    cell.value = dt.datetime.fromisoformat(cell.value)
    book.save(target)
    return target


def counts(run, *args):
    data = json.loads(run("status", "--json")[1])
    [module] = data
    keys = ("counted", "waitlisted", "withdrawn", "completed", "failed")
    return {k: module[k] for k in keys}


def people_of(db_path):
    """Who is in X1 and how, as the coordinator would compare two registers."""
    from originn_desktop.db.schema import open_database
    from originn_desktop.services.participants import module_roster

    db = open_database(str(db_path))
    try:
        return {
            (r.participant.first_name, r.participant.last_name): (
                r.participant.personal_number,
                r.participant.birth_date,
                "".join(c for c in r.participant.phone if c.isdigit()),
                r.status,
                r.grade,
                r.grade_date,
            )
            for r in module_roster(db, "X1")
        }
    finally:
        db.dispose()


def queue_of(db_path):
    from sqlalchemy import select

    from originn_desktop.db.models import Enrollment, Participant
    from originn_desktop.db.schema import open_database

    db = open_database(str(db_path))
    try:
        with db.read() as session:
            return session.scalars(
                select(Participant.first_name)
                .join(Enrollment, Enrollment.participant_id == Participant.id)
                .where(Enrollment.status == "waitlisted")
                .order_by(Enrollment.queued_at, Enrollment.id)
            ).all()
    finally:
        db.dispose()


def waiting_in(path):
    """First names of the rows a roster file marks as waiting, in the file's order."""
    from originn_desktop.io.columns import guess_mapping
    from originn_desktop.io.spreadsheet import read_table

    table = read_table(path)
    mapping = guess_mapping(table.headers)
    status, first = mapping.index("status"), mapping.index("first_name")
    return [cells[first] for _, cells in table.rows if cells[status] in ("reserv", "waiting list")]


RESAVE = {"csv": resave_csv_as_a_spreadsheet_does, "xlsx": resave_xlsx_as_a_spreadsheet_does}


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_roster_saved_again_by_a_spreadsheet_imports_as_the_same_people(
    cli, db_path, capsys, tmp_path, kind
):
    a_term(cli)
    exported = tmp_path / f"roster.{kind}"
    code, _, err = cli(
        "export-roster", "--module", "X1", "--out", str(exported), "--columns", ROUND_TRIP_COLUMNS
    )
    assert code == 0, err
    resaved = RESAVE[kind](exported, tmp_path / f"resaved.{kind}")
    fresh = tmp_path / "fresh.db"

    def again(*args):
        return run_on(fresh, capsys, *args)

    assert again(*MODULE_X1)[0] == 0
    code, out, err = again("import", str(resaved), "--module", "X1", "--with-results", "--json")
    assert code == 0, (out, err)
    report = json.loads(out)
    assert report["errors"] == [] and report["imported"] == 7
    # Every phone number lost its 0 on the way, and came back, saying so.
    restored = [w for w in report["warnings"] if "phone: leading zero restored" in w["message"]]
    assert len(restored) == 7
    # The same people, as they were (the withdrawn one was not in the roster).
    assert people_of(fresh) == {k: v for k, v in people_of(db_path).items() if k[0] != "Hed"}
    assert counts(again) == {**counts(cli), "withdrawn": 0}


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("results", [True, False])
def test_every_status_survives_the_round_trip(cli, capsys, tmp_path, kind, results):
    a_term(cli)
    before = counts(cli)
    assert before == {"counted": 5, "waitlisted": 2, "withdrawn": 1, "completed": 1, "failed": 1}
    exported = tmp_path / f"roster.{kind}"
    assert cli("export-roster", "--module", "X1", "--out", str(exported),
               "--include-withdrawn")[0] == 0  # fmt: skip
    resaved = RESAVE[kind](exported, tmp_path / f"resaved.{kind}")
    fresh = tmp_path / "fresh.db"

    def again(*args):
        return run_on(fresh, capsys, *args)

    assert again(*MODULE_X1)[0] == 0
    flags = ["--with-results"] if results else []
    code, out, err = again("import", str(resaved), "--module", "X1", "--json", *flags)
    assert code == 0, (out, err)
    report = json.loads(out)
    [left_out] = report["skipped"]
    assert "withdrawn in the file" in left_out["message"]
    after = counts(again)
    # The withdrawn row is left out, not imported as withdrawn: the rest counts as before.
    assert after == {
        **before,
        "withdrawn": 0,
        **({} if results else {"completed": 0, "failed": 0}),
    }
    assert report["results"] == (2 if results else 0)
    if not results:
        notes = [w["message"] for w in report["warnings"]]
        assert sum("is not taken" in n for n in notes) == 2
    # The file's waiting rows, in the file's order, after everyone who counts.
    assert queue_of(fresh) == waiting_in(resaved) and len(waiting_in(resaved)) == 2


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.parametrize(
    ("source", "convert_to"),
    [
        ("csv", "csv:Text - txt - csv (StarCalc):59,34,1,1"),  # Windows-1252, ';'
        ("csv", "xlsx"),
        ("xlsx", "xlsx"),
    ],
)
def test_a_roster_saved_again_by_libreoffice_itself(
    cli, db_path, capsys, tmp_path, source, convert_to
):
    import subprocess

    a_term(cli)
    exported = tmp_path / f"roster.{source}"
    assert cli("export-roster", "--module", "X1", "--out", str(exported),
               "--columns", ROUND_TRIP_COLUMNS, "--include-withdrawn")[0] == 0  # fmt: skip
    out_dir = tmp_path / "libreoffice"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            *(["--infilter=Text - txt - csv (StarCalc):59,34,76,1"] if source == "csv" else []),
            "--convert-to",
            convert_to,
            "--outdir",
            str(out_dir),
            str(exported),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    assert out_dir.is_dir(), (done.stdout, done.stderr)
    [resaved] = out_dir.iterdir()
    fresh = tmp_path / "fresh.db"
    assert run_on(fresh, capsys, *MODULE_X1)[0] == 0
    code, out, err = run_on(
        fresh, capsys, "import", str(resaved), "--module", "X1", "--with-results", "--json"
    )
    assert code == 0, (out, err)
    expected = {k: v for k, v in people_of(db_path).items() if k != ("Hed", "Kral")}
    assert people_of(fresh) == expected  # everyone but the withdrawn, as they were
    assert {k: v for k, v in counts(lambda *a: run_on(fresh, capsys, *a)).items()} == {
        **counts(cli),
        "withdrawn": 0,
    }


def test_statuses_results_and_restored_numbers_are_the_same_checked_in_a_second_process(
    cli, tmp_path, monkeypatch
):
    from originn_desktop.cli import commands
    from tests import factories

    lines = ["Förnamn;Efternamn;Personnummer;Telefon;Status;Betyg;Examinationsdatum"]
    statuses = ["anmäld", "reserv", "avanmäld", "godkänd", "underkänd", "Antagen", "Konstig"]
    grades = {"godkänd": "G", "underkänd": "U"}
    for i in range(60):
        number = factories.personnummer("010101" if i % 2 else "800101", i)
        cell = str(int(number.replace("-", ""))) if i % 3 == 0 else number
        status = statuses[i % len(statuses)]
        lines.append(
            f"F{i};E{i};{cell};7012345{i:02d};{status};{grades.get(status, '')};"
            f"{'29/09/2026' if status in grades else ''}"
        )
    path = tmp_path / "statuses.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cli("module", "add", "S1", "--title-sv", "S", "--title-en", "S", "--max-participants", "20")
    args = ("import", str(path), "--module", "S1", "--json", "--dry-run", "--with-results")
    monkeypatch.setattr(commands, "IMPORT_ROWS_IN_CHILD", 1)
    code, out, err = cli(*args)
    monkeypatch.setattr(commands, "IMPORT_ROWS_IN_CHILD", 10**9)
    assert (code, json.loads(out)) == (cli(*args)[0], json.loads(cli(*args)[1]))
    report = json.loads(out)
    assert code == 3, err  # the rows with an unknown status
    assert len(report["skipped"]) == 9 and report["results"] > 0
    assert any("leading zero restored" in w["message"] for w in report["warnings"])


def test_an_import_planned_again_under_a_changing_register_keeps_the_grades(
    cli, capsys, tmp_path, monkeypatch
):
    """Another window changes the register between the plan and its writing: the command
    line plans again, by the same flags (``--with-results`` included), and writes that."""
    a_term(cli)
    exported = tmp_path / "roster.csv"
    assert cli("export-roster", "--module", "X1", "--out", str(exported))[0] == 0
    fresh = tmp_path / "fresh.db"
    assert run_on(fresh, capsys, *MODULE_X1)[0] == 0
    real = importing.run_import
    plans = []

    def changed_meanwhile(db, plan, **kwargs):
        plans.append(plan)
        if len(plans) == 1:
            raise importing._outdated()  # nothing written, as when it really happens
        return real(db, plan, **kwargs)

    monkeypatch.setattr(importing, "run_import", changed_meanwhile)
    code, out, err = run_on(
        fresh, capsys, "import", str(exported), "--module", "X1", "--with-results", "--json"
    )

    assert code == 0, (out, err)
    assert len(plans) == 2
    assert json.loads(out)["results"] == 2
    after = counts(lambda *args: run_on(fresh, capsys, *args))
    assert (after["completed"], after["failed"]) == (1, 1)
