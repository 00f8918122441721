import json

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
