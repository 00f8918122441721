"""Reading a roster from CSV or XLSX into header + rows of text.

CSV: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 as Swedish Excel writes it;
the delimiter is found among ',', ';' and tab. XLSX: the first sheet or a named one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from originn_desktop.domain.text import Text, UserError

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 100_000
MAX_CELL_CHARS = 10_000
DELIMITERS = ",;\t"


@dataclass(frozen=True)
class Table:
    """A sheet as text: the header, then each data row with its row number in the file."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""


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
    except csv.Error:
        header = text[:65536].splitlines()[0] if text else ""
        counts = {d: header.count(d) for d in DELIMITERS}
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
    headers = [h.strip() for h in records[0][1]]
    rows = []
    for line, record in records[1:]:
        cells = [c.strip() for c in record]
        if any(cells):
            rows.append((line, cells))
    _check_sizes(path, headers, rows, cells=False)  # the reader's field size limit did that
    return Table(headers, rows, encoding, delimiter)


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    import openpyxl

    # A file object, not the path: openpyxl judges a path by its ending; the content counts.
    handle = open(path, "rb")  # noqa: SIM115 - closed below, with the workbook
    try:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # a damaged file can fail in any of openpyxl's layers
        handle.close()
        raise _fail(
            path,
            f"not a readable Excel file ({type(exc).__name__})",
            f"ingen läsbar Excelfil ({type(exc).__name__})",
        ) from None
    try:
        if sheet is not None:
            if sheet not in book.sheetnames:
                names = ", ".join(book.sheetnames)
                raise _fail(
                    path,
                    f"no sheet {sheet!r} (there are: {names})",
                    f"inget blad {sheet!r} (det finns: {names})",
                )
            ws = book[sheet]
        else:
            ws = book.worksheets[0]
        headers: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v).strip() for v in values]
            if headers is None:
                if any(cells):
                    headers = cells
                continue
            if any(cells):
                rows.append((number, cells))
                if len(rows) > MAX_ROWS:
                    raise _fail(
                        path,
                        f"more than {MAX_ROWS:,} rows; split the file",
                        f"mer än {MAX_ROWS:,} rader; dela upp filen",
                    )
        title = ws.title
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
    if headers is None:
        raise _fail(path, "the sheet is empty", "bladet är tomt")
    _check_sizes(path, headers, rows)
    return Table(headers, rows, sheet=title)


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """Read a roster; raises ``UserError`` with one line saying why when it cannot."""
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
            return read_xlsx(path, sheet)
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
        return read_xlsx(path, sheet)
    return read_csv(path, data)
