import json
import os

import openpyxl


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
