import datetime as dt
import re

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


def test_a_header_below_title_rows_is_found_in_csv(tmp_path):
    path = tmp_path / "titled.csv"
    path.write_text(
        "Deltagarlista ORIGINN;;;\r\nVårterminen 2026;;;\r\n;;;\r\n"
        "Förnamn;Efternamn;Personnummer;\r\nÅsa;Öberg;800420-1110;\r\n;;;\r\n",
        encoding="cp1252",
    )
    table = read_table(path)
    assert table.headers == ["Förnamn", "Efternamn", "Personnummer"]
    assert table.header_row == 4 and table.rows == [(5, ["Åsa", "Öberg", "800420-1110"])]


def excel_roster(path, hide=(), formula_value=None):
    """A sheet as coordinators make them: a merged title, a blank row, the header on row 3,
    a company merged down two rows, empty formatted cells to the right and below."""
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Deltagare VT26"
    ws["A1"] = "Deltagarlista, Förädling av skogsråvara"
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["Namn", "Personnummer", "Företag", "Summa"])
    ws.append(["Åsa Öberg", 8004201110, "Öbergs Gård", "=1+1"])
    ws.append(["Sven Älvdal", "881272-5557", None])
    ws.merge_cells("C4:C5")
    ws.append(["Tova Rönnqvist", "19970105-2228"])
    for row in hide:
        ws.row_dimensions[row].hidden = True
    for cell in ("H2", "H40", "A60"):
        ws[cell].font = Font(bold=True)  # formatted, empty: rows and columns with nothing
    book.save(path)
    if formula_value is not None:  # as Excel saves it: the formula with its last value
        import zipfile

        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        sheet = "xl/worksheets/sheet1.xml"
        # (openpyxl writes "<v />" without lxml installed, "<v></v>" with it)
        parts[sheet] = re.sub(
            rb"<f>1\+1</f>(<v ?/>|<v></v>)",
            f"<f>1+1</f><v>{formula_value}</v>".encode(),
            parts[sheet],
        )
        with zipfile.ZipFile(path, "w") as z:
            for name, data in parts.items():
                z.writestr(name, data)
    return path


def test_an_excel_roster_with_a_title_merged_cells_and_empty_formatting(tmp_path):
    table = read_table(excel_roster(tmp_path / "r.xlsx", formula_value=2))
    assert table.header_row == 3
    assert table.headers == ["Namn", "Personnummer", "Företag", "Summa"]
    assert table.rows == [
        (4, ["Åsa Öberg", "8004201110", "Öbergs Gård", "2"]),  # the formula's saved value
        (5, ["Sven Älvdal", "881272-5557", "Öbergs Gård"]),  # the merged company, as seen
        (6, ["Tova Rönnqvist", "19970105-2228"]),
    ]
    assert table.hidden == ()


def test_a_formula_without_a_saved_value_reads_as_empty_and_is_never_evaluated(tmp_path):
    table = read_table(excel_roster(tmp_path / "r.xlsx"))
    assert table.rows[0] == (4, ["Åsa Öberg", "8004201110", "Öbergs Gård"])


def test_hidden_rows_are_left_out_and_listed_unless_asked_for(tmp_path):
    path = excel_roster(tmp_path / "r.xlsx", hide=(5,))
    table = read_table(path)
    assert [n for n, _ in table.rows] == [4, 6] and table.hidden == (5,)
    both = read_table(path, include_hidden=True)
    assert [n for n, _ in both.rows] == [4, 5, 6] and both.hidden == (5,)
    assert both.hidden_included


def test_a_sheet_that_claims_a_wrong_size_is_read_whole(tmp_path):
    import zipfile

    path = tmp_path / "r.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Namn", "Personnummer"])
    book.active.append(["Åsa Öberg", "800420-1110"])
    book.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    claimed = re.compile(rb'<dimension ref="A1:B2" ?/>')
    assert claimed.search(parts[sheet])
    parts[sheet] = claimed.sub(b'<dimension ref="A1" />', parts[sheet])
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    assert read_table(path).rows == [(2, ["Åsa Öberg", "800420-1110"])]
