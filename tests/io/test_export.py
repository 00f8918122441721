import csv
import stat

import openpyxl
import pytest

from originn_desktop.io.export import FORMULA_TRIGGERS, neutralize, write_csv, write_xlsx


@pytest.mark.parametrize("trigger", FORMULA_TRIGGERS)
def test_every_formula_trigger_is_neutralised(trigger):
    value = f'{trigger}HYPERLINK("http://evil.example")'
    assert neutralize(value) == "'" + value


def test_ordinary_text_is_left_alone():
    for value in ("Åsa Öberg", "Anna-Karin", "198004201110", "a@example.se", ""):
        assert neutralize(value) == value


def test_csv_is_utf8_with_bom_semicolon_and_neutralised(tmp_path):
    path = write_csv(
        tmp_path / "out.csv",
        ["Namn", "Personnummer"],
        [["=cmd|' /C calc'!A0", "198004201110"], ["Åsa", "000101"]],
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows == [
        ["Namn", "Personnummer"],
        ["'=cmd|' /C calc'!A0", "198004201110"],
        ["Åsa", "000101"],
    ]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_csv_with_comma_as_an_option(tmp_path):
    path = write_csv(tmp_path / "out.csv", ["a", "b"], [["x, y", "z"]], delimiter=",")
    assert path.read_text(encoding="utf-8-sig").splitlines()[1] == '"x, y",z'


def test_xlsx_keeps_text_as_text_never_a_formula(tmp_path):
    path = write_xlsx(
        tmp_path / "out.xlsx",
        [
            (
                "M1",
                ["Personnummer", "Namn", "Antal"],
                [["001231123400", "=SUM(A1:A9)", 3], ["198004201110", "@evil", 4]],
            )
        ],
    )
    ws = openpyxl.load_workbook(path).active
    assert ws.title == "M1"
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.b
    assert ws["A2"].value == "001231123400" and ws["A2"].data_type == "s"
    assert ws["B2"].value == "'=SUM(A1:A9)" and ws["B2"].data_type == "s"
    assert ws["B3"].value == "'@evil"
    assert ws["C2"].value == 3 and ws["C2"].data_type == "n"
    assert ws.column_dimensions["A"].width >= 12
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
