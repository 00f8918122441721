import datetime as dt

import openpyxl
import pytest

from originn_desktop.domain.text import UserError
from originn_desktop.io.spreadsheet import read_table

ROWS = [
    ["Förnamn", "Efternamn", "Ort"],
    ["Åsa", "Öberg", "Åre; Undersåker"],
    ["Sven", "Älvdal", "Brunflo"],
]


def write_csv(path, encoding, delimiter, newline="\r\n", bom=False):
    lines = []
    for row in ROWS:
        cells = [f'"{c}"' if delimiter in c else c for c in row]
        lines.append(delimiter.join(cells))
    data = newline.join(lines).encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8", False), ("utf-8", True), ("cp1252", False), ("utf-16", False)]
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_every_encoding_and_delimiter_reads_the_same(tmp_path, encoding, bom, delimiter):
    table = read_table(write_csv(tmp_path / "r.csv", encoding, delimiter, bom=bom))
    assert table.headers == ROWS[0]
    assert [r for _, r in table.rows] == ROWS[1:]
    assert table.delimiter == delimiter


def test_quoted_fields_may_hold_newlines_and_row_numbers_follow_the_file(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text(
        'Namn;Anteckning\r\n"Åsa Öberg";"rad ett\r\nrad två"\r\nSven Älvdal;ok\r\n',
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.rows[0][1] == ["Åsa Öberg", "rad ett\r\nrad två"]
    assert [n for n, _ in table.rows] == [3, 4]


def test_blank_lines_are_skipped(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text("Namn,E-post\n\nÅsa Öberg,a@example.se\n,\n", encoding="utf-8")
    assert [r for _, r in read_table(path).rows] == [["Åsa Öberg", "a@example.se"]]


def test_the_swedish_excel_sample(shared_data):
    table = read_table(shared_data / "roster_excel_semicolon_cp1252.csv")
    assert table.encoding == "cp1252" and table.delimiter == ";"
    assert table.headers[0] == "Förnamn"
    assert len(table.rows) == 7


def test_xlsx_the_roster_like_sheet_or_a_named_one_with_typed_cells(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Först"
    book.active.append(["Namn"])
    book.active.append(["Ett Namn"])
    other = book.create_sheet("Deltagare")
    other.append(["Namn", "Personnr", "Född"])
    other.append(["Åsa Öberg", 8004201110, dt.datetime(1980, 4, 20)])
    path = tmp_path / "r.xlsx"
    book.save(path)
    assert read_table(path, sheet="Först").rows == [(2, ["Ett Namn"])]
    # Without --sheet: the sheet whose header names names and identity numbers.
    table = read_table(path)
    assert table.sheet == "Deltagare" and table.sheets == ("Först", "Deltagare")
    assert table.rows == [(2, ["Åsa Öberg", "8004201110", "1980-04-20"])]
    with pytest.raises(UserError, match="no sheet 'Saknas'"):
        read_table(path, sheet="Saknas")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b";;;\r\n", "no header row"),
        (b"\x00\x01\x02binary\x00", "binary"),
    ],
)
def test_unreadable_files_say_why(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        read_table(path)


def test_missing_old_excel_and_broken_xlsx(tmp_path):
    with pytest.raises(UserError, match="no such file"):
        read_table(tmp_path / "nope.csv")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UserError, match="old Excel format"):
        read_table(tmp_path / "old.xls")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UserError, match="not a readable Excel file"):
        read_table(tmp_path / "broken.xlsx")
