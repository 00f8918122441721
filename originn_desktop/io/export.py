"""Writing tables for Excel: CSV as Swedish Excel opens it, XLSX with text kept as text.

Every cell is neutralised against formula injection (OWASP "CSV injection"): registration
forms are filled in by the public, and a name like ``=HYPERLINK(...)`` must stay a name.
Files are written under a temporary name and renamed, readable by their owner only.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from originn_desktop.domain.text import Text, UserError

# Characters a spreadsheet treats as the start of a formula (or that hide one).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralize(value: str) -> str:
    """A leading apostrophe before a formula trigger, so the cell is shown as the text it is."""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _private_partial(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    return partial


def _finish(partial: Path, target: Path) -> None:
    with open(partial, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, target)


def _writing_failed(target: Path, exc: OSError) -> UserError:
    return UserError(
        Text(
            f"cannot write {target}: {exc.strerror or exc}",
            f"kan inte skriva {target}: {exc.strerror or exc}",
        )
    )


def write_csv(
    path: str | Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], delimiter: str = ";"
) -> Path:
    """UTF-8 with BOM and ';' by default: Swedish Excel opens it as it is."""
    target = Path(path)
    partial = _private_partial(target)
    try:
        with open(partial, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(
                fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
            )
            writer.writerow([neutralize(h) for h in headers])
            for row in rows:
                writer.writerow([neutralize(_text(v)) for v in row])
        _finish(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _writing_failed(target, exc) from None
    return target


def write_xlsx(
    path: str | Path,
    sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Any]]]],
) -> Path:
    """One or more sheets of (title, headers, rows): a bold frozen header, fitted widths.

    Text is always a string cell (never a formula, never a number: identity numbers keep their
    leading zeros); numbers and dates are typed values.
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    target = Path(path)
    book = Workbook(write_only=False)
    book.remove(book.active)
    for title, headers, rows in sheets:
        ws = book.create_sheet(title=title[:31])
        widths = [len(h) for h in headers]
        ws.append(list(headers))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for r, row in enumerate(rows, start=2):
            for c, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue  # an empty cell, not an empty string
                cell = ws.cell(row=r, column=c)
                if isinstance(value, bool):
                    cell.value = str(value)
                    cell.data_type = TYPE_STRING
                elif isinstance(value, int | float | dt.date):
                    cell.value = value
                    if isinstance(value, dt.date):
                        cell.number_format = "yyyy-mm-dd"
                else:
                    # Assigning sets a formula when the text starts with '='; set it as text.
                    cell.value = neutralize(str(value))
                    cell.data_type = TYPE_STRING
                widths[c - 1] = max(widths[c - 1], len(_text(value)))
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 60)
        ws.freeze_panes = "A2"
    partial = _private_partial(target)
    try:
        book.save(partial)
        _finish(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _writing_failed(target, exc) from None
    return target
