"""Reading a roster from CSV or XLSX into header + rows of text.

CSV: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 as Swedish Excel writes it;
the delimiter is found among ',', ';' and tab. XLSX: a named sheet, or the first whose header
looks like a roster's; formulas give the value the spreadsheet saved (never evaluated here).

Rosters arrive as people made them: the header is the row among the first few that names the
most known columns (a title row or two may stand above it); empty rows and columns are
ignored; a merged cell's value counts in every cell it covers; rows hidden in Excel are left
out (a coordinator hides rows, or filters them away, to leave people out), each with a note,
unless asked to include them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from originn_desktop.domain.text import Text, UserError
from originn_desktop.io.columns import check_mapping, guess_mapping, header_score

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 100_000
MAX_CELL_CHARS = 10_000
DELIMITERS = ",;\t"
HEADER_SEARCH = 20  # non-empty rows among which the header is looked for


@dataclass(frozen=True)
class Table:
    """A sheet as text: the header, then each data row with its row number in the file."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    header_row: int = 1
    # Rows hidden in the spreadsheet: left out of ``rows`` unless ``hidden_included``.
    hidden: tuple[int, ...] = ()
    hidden_included: bool = False
    sheets: tuple[str, ...] = ()  # every sheet of the workbook
    # (row, column index) of the cells a workbook stored as numbers, not text: an identity
    # number there was a number to the spreadsheet, and the import says it read it back.
    numbers: frozenset[tuple[int, int]] = frozenset()


def find_header(rows: Iterable[tuple[int, list[str]]]) -> int | None:
    """Index of the header among the first non-empty ``rows``: the earliest that names the
    most known columns (at least two), else the first non-empty row; None if all are empty."""
    best, best_score, first = None, 1, None
    seen = 0
    for index, (_number, cells) in enumerate(rows):
        if not any(cells):
            continue
        if first is None:
            first = index
        score = header_score(cells)
        if score > best_score:
            best, best_score = index, score
        seen += 1
        if seen >= HEADER_SEARCH:
            break
    return best if best is not None else first


def _fail(path: Path, en: str, sv: str) -> UserError:
    return UserError(Text(f"{path.name}: {en}", f"{path.name}: {sv}"))


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: a BOM decides; else strict UTF-8, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Windows-1252 leaves five bytes undefined; replacement keeps the row for the report.
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: the most frequent of ',', ';' and tab outside quotes."""
    sample = "\n".join(text[:65536].splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:  # the most frequent, over the lines a title row may stand above
        counts = {d: sample.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number typed into Excel: 8004201110.0 is 8004201110
    return str(value)


def _check_sizes(
    path: Path, headers: list[str], rows: list[tuple[int, list[str]]], cells: bool = True
) -> None:
    if not any(h.strip() for h in headers):
        raise _fail(
            path,
            "no header row: the first row must name the columns",
            "ingen rubrikrad: första raden ska namnge kolumnerna",
        )
    if not cells:
        return
    for number, row in rows:
        for value in row:
            if len(value) > MAX_CELL_CHARS:
                raise _fail(
                    path,
                    f"row {number} has a cell of {len(value):,} characters; no roster field is that long",
                    f"rad {number} har en cell med {len(value):,} tecken; inget fält i en deltagarlista är så långt",
                )


def read_csv(path: Path, data: bytes) -> Table:
    text, encoding = decode(data)
    if "\x00" in text:
        raise _fail(path, "contains binary data, not text", "innehåller binärdata, inte text")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    csv.field_size_limit(MAX_CELL_CHARS)
    try:
        records = []
        for record in reader:
            records.append((reader.line_num, record))
            if len(records) > MAX_ROWS + 1:
                raise _fail(
                    path,
                    f"more than {MAX_ROWS:,} rows; split the file",
                    f"mer än {MAX_ROWS:,} rader; dela upp filen",
                )
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _fail(
                path,
                f"a cell near line {reader.line_num} is longer than {MAX_CELL_CHARS:,} characters; no roster field is that long",
                f"en cell nära rad {reader.line_num} är längre än {MAX_CELL_CHARS:,} tecken; inget fält i en deltagarlista är så långt",
            ) from None
        raise _fail(
            path, f"not readable as CSV ({exc})", f"går inte att läsa som CSV ({exc})"
        ) from None
    if not records:
        raise _fail(path, "the file is empty", "filen är tom")
    stripped = [(line, [c.strip() for c in record]) for line, record in records]
    at = find_header(stripped) or 0
    header_line, headers = stripped[at]
    rows = [(line, _trimmed(cells)) for line, cells in stripped[at + 1 :] if any(cells)]
    _check_sizes(path, headers, rows, cells=False)  # the reader's field size limit did that
    return Table(_trimmed(headers), rows, encoding, delimiter, header_row=header_line)


def _trimmed(cells: list[str]) -> list[str]:
    """Without the empty cells at the end (a sheet's unused columns)."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells if end == len(cells) else cells[:end]


# What openpyxl's read-only mode does not give: which rows are hidden and which cells merged.
# Both are attributes in the sheet's XML, found here in one pass over its bytes.
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_ROW_NUMBER = re.compile(rb'\br="([0-9]+)"')
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


def _layout(ws: Any) -> tuple[set[int], list[tuple[int, int, int, int]]]:
    """The sheet's hidden rows and merged ranges (min_col, min_row, max_col, max_row)."""
    from openpyxl.utils.cell import range_boundaries

    hidden: set[int] = set()
    merged: list[tuple[int, int, int, int]] = []

    def scan(data: bytes) -> None:
        if b"hidden" in data:
            for tag in _ROW_TAG.finditer(data):
                attributes = tag.group(1)
                if _HIDDEN.search(attributes) and (number := _ROW_NUMBER.search(attributes)):
                    hidden.add(int(number.group(1)))
        if b"mergeCell" in data:
            for ref in _MERGE.finditer(data):
                merged.append(range_boundaries(ref.group(1).decode()))

    with ws._get_source() as source:
        rest = b""
        while chunk := source.read(1 << 20):
            data = rest + chunk
            cut = data.rfind(b"<")  # a tag cut in two waits for the next chunk
            scan(data[:cut])
            rest = data[cut:]
        scan(rest)
    return hidden, merged


def _sheet_rows(
    ws: Any, numbers: set[tuple[int, int]] | None = None
) -> Iterator[tuple[int, list[str]]]:
    """Every row of a sheet as text, numbered as in the spreadsheet; the cells stored as
    numbers go into ``numbers``, if given."""
    ws.reset_dimensions()  # some programs write a wrong size; read what is there
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if numbers is not None:
            numbers.update(
                (number, i)
                for i, v in enumerate(values)
                if isinstance(v, int | float) and not isinstance(v, bool)
            )
        yield number, _trimmed([_cell_text(v).strip() for v in values])


def _roster_like(ws: Any) -> tuple[bool, int]:
    """Whether a sheet's header names names and identity numbers, and how many known columns."""
    first = []
    for number, cells in _sheet_rows(ws):
        if any(cells):
            first.append((number, cells))
            if len(first) >= HEADER_SEARCH:
                break
    at = find_header(first)
    if at is None:
        return False, 0
    headers = first[at][1]
    return check_mapping(guess_mapping(headers)) is None, header_score(headers)


def _choose_sheet(path: Path, book: Any, sheet: str | None) -> Any:
    if sheet is not None:
        if sheet not in book.sheetnames:
            names = ", ".join(book.sheetnames)
            raise _fail(
                path,
                f"no sheet {sheet!r} (there are: {names})",
                f"inget blad {sheet!r} (det finns: {names})",
            )
        return book[sheet]
    sheets = [ws for ws in book.worksheets if ws.sheet_state == "visible"] or book.worksheets
    if len(sheets) == 1:
        return sheets[0]
    judged = [(_roster_like(ws), -i, ws) for i, ws in enumerate(sheets)]
    return max(judged, key=lambda j: (j[0], j[1]))[2]


def read_xlsx(path: Path, sheet: str | None = None, include_hidden: bool = False) -> Table:
    import openpyxl

    # A file object, not the path: openpyxl judges a path by its ending; the content counts.
    handle = open(path, "rb")  # noqa: SIM115 - closed below, with the workbook
    try:
        # data_only: a formula's value as the spreadsheet last saved it, never evaluated here.
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # a damaged file can fail in any of openpyxl's layers
        handle.close()
        raise _fail(
            path,
            f"not a readable Excel file ({type(exc).__name__})",
            f"ingen läsbar Excelfil ({type(exc).__name__})",
        ) from None
    try:
        ws = _choose_sheet(path, book, sheet)
        hidden, merged = _layout(ws)
        everything: dict[int, list[str]] = {}
        numbers: set[tuple[int, int]] = set()
        for number, cells in _sheet_rows(ws, numbers):
            if any(cells):
                everything[number] = cells
                if len(everything) > MAX_ROWS + HEADER_SEARCH:
                    raise _fail(
                        path,
                        f"more than {MAX_ROWS:,} rows; split the file",
                        f"mer än {MAX_ROWS:,} rader; dela upp filen",
                    )
        _fill_merged(everything, merged)
        title, sheets = ws.title, tuple(book.sheetnames)
    except UserError:
        raise
    except Exception as exc:  # a sheet can be damaged where the workbook was not
        raise _fail(
            path,
            f"not a readable Excel file ({type(exc).__name__})",
            f"ingen läsbar Excelfil ({type(exc).__name__})",
        ) from None
    finally:
        book.close()
        handle.close()
    numbered = list(everything.items())
    at = find_header(numbered)
    if at is None:
        raise _fail(path, "the sheet is empty", "bladet är tomt")
    header_row, headers = numbered[at]
    rows = [(n, cells) for n, cells in numbered[at + 1 :] if any(cells)]
    hidden_rows = tuple(n for n, _ in rows if n in hidden)
    if hidden_rows and not include_hidden:
        rows = [(n, cells) for n, cells in rows if n not in hidden]
    if len(rows) > MAX_ROWS:
        raise _fail(
            path,
            f"more than {MAX_ROWS:,} rows; split the file",
            f"mer än {MAX_ROWS:,} rader; dela upp filen",
        )
    _check_sizes(path, headers, rows)
    return Table(
        headers,
        rows,
        sheet=title,
        header_row=header_row,
        hidden=hidden_rows,
        hidden_included=include_hidden,
        sheets=sheets,
        numbers=frozenset(numbers),
    )


def _fill_merged(rows: dict[int, list[str]], merged: list[tuple[int, int, int, int]]) -> None:
    """A merged cell's value in every cell it covers, as the coordinator sees it."""
    last = max(rows, default=0)
    for min_col, min_row, max_col, max_row in merged:
        top = rows.get(min_row)
        if top is None or len(top) < min_col or not top[min_col - 1]:
            continue
        value = top[min_col - 1]
        for number in range(min_row, min(max_row, last) + 1):
            cells = rows.get(number)
            if cells is None:  # a row with nothing but the merged cell: still nothing
                continue
            if len(cells) < max_col:
                cells.extend([""] * (max_col - len(cells)))
            for col in range(min_col - 1, max_col):
                cells[col] = cells[col] or value


def read_table(path: str | Path, sheet: str | None = None, include_hidden: bool = False) -> Table:
    """Read a roster; raises ``UserError`` with one line saying why when it cannot.

    Rows hidden in an Excel sheet are left out (listed in ``Table.hidden``) unless
    ``include_hidden``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _fail(
                path,
                f"is {size // 1_048_576} MB; a roster is at most {MAX_FILE_BYTES // 1_048_576} MB",
                f"är {size // 1_048_576} MB; en deltagarlista är högst {MAX_FILE_BYTES // 1_048_576} MB",
            )
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return read_xlsx(path, sheet, include_hidden)
        if path.suffix.lower() == ".xls":
            raise _fail(
                path,
                "old Excel format (.xls): save it as .xlsx or .csv",
                "gammalt Excelformat (.xls): spara som .xlsx eller .csv",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise _fail(path, "no such file", "filen finns inte") from None
    except PermissionError:
        raise _fail(
            path, "not allowed to read the file", "saknar behörighet att läsa filen"
        ) from None
    except IsADirectoryError:
        raise _fail(path, "is a folder, not a file", "är en mapp, inte en fil") from None
    if data[:4] == b"PK\x03\x04":
        return read_xlsx(path, sheet, include_hidden)
    return read_csv(path, data)
