"""Rosters for the university: participants and results of a module as CSV or XLSX.

The default columns follow the order of Ladok's import template: personnummer as 12 digits
(date of birth and gender for people without one), last name, first name, e-mail; then what
the coordinator keeps besides. The columns can be chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from originn_desktop.db.engine import Database
from originn_desktop.domain.text import Text, UserError
from originn_desktop.domain.values import FINISHED_STATUSES, label
from originn_desktop.io.export import write_csv, write_xlsx
from originn_desktop.services.modules import get_module
from originn_desktop.services.participants import RosterRow, module_roster


@dataclass(frozen=True)
class Column:
    key: str
    header: Text
    value: Callable[[RosterRow, str], Any]


def _no_number(row: RosterRow) -> bool:
    return row.participant.personal_number is None


COLUMNS: dict[str, Column] = {
    c.key: c
    for c in (
        Column(
            "personnummer",
            Text("Personnummer", "Personnummer"),
            lambda r, _l: r.participant.personal_number or "",
        ),
        Column(
            "birth_date",
            Text("Date of birth", "Födelsedatum"),
            lambda r, _l: r.participant.birth_date if _no_number(r) else "",
        ),
        Column(
            "gender",
            Text("Gender", "Kön"),
            lambda r, lang: label(r.participant.gender, lang) if _no_number(r) else "",
        ),
        Column("last_name", Text("Last name", "Efternamn"), lambda r, _l: r.participant.last_name),
        Column("first_name", Text("First name", "Förnamn"), lambda r, _l: r.participant.first_name),
        Column("email", Text("E-mail", "E-post"), lambda r, _l: r.participant.email or ""),
        Column("phone", Text("Phone", "Telefon"), lambda r, _l: r.participant.phone),
        Column("company", Text("Company", "Företag"), lambda r, _l: r.participant.company_name),
        Column(
            "org_number",
            Text("Organisationsnummer", "Organisationsnummer"),
            lambda r, _l: r.participant.org_number or "",
        ),
        Column(
            "municipality", Text("Municipality", "Kommun"), lambda r, _l: r.participant.municipality
        ),
        Column("sector", Text("Sector", "Bransch"), lambda r, lang: label(r.sector, lang)),
        Column("status", Text("Status", "Status"), lambda r, lang: label(r.status, lang)),
        Column("grade", Text("Grade", "Betyg"), lambda r, _l: r.grade or ""),
        Column(
            "grade_date",
            Text("Examination date", "Examinationsdatum"),
            lambda r, _l: r.grade_date or "",
        ),
    )
}
DEFAULT_ROSTER = (
    "personnummer",
    "birth_date",
    "gender",
    "last_name",
    "first_name",
    "email",
    "company",
    "org_number",
    "municipality",
    "status",
    "grade",
    "grade_date",
)  # the same as settings.ROSTER_COLUMNS's default; a test keeps them equal
RESULTS = ("personnummer", "birth_date", "gender", "last_name", "first_name", "grade", "grade_date")


def parse_columns(text: str) -> list[str]:
    """A comma-separated column list, checked against the known columns."""
    keys = [k.strip() for k in text.split(",") if k.strip()]
    unknown = [k for k in keys if k not in COLUMNS]
    if unknown or not keys:
        known = ", ".join(COLUMNS)
        raise UserError(
            Text(
                f"unknown columns {', '.join(unknown) or '(none given)'}; choose from {known}",
                f"okända kolumner {', '.join(unknown) or '(inga angivna)'}; välj bland {known}",
            )
        )
    return keys


def _write(
    path: Path,
    sheet: str,
    columns: Sequence[str],
    rows: Sequence[RosterRow],
    lang: str,
    delimiter: str,
) -> Path:
    headers = [COLUMNS[k].header.get(lang) for k in columns]
    values = [[COLUMNS[k].value(r, lang) for k in columns] for r in rows]
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(path, [(sheet, headers, values)])
    if suffix == ".csv":
        return write_csv(path, headers, values, delimiter)
    raise UserError(
        Text(
            f"{path.name}: write .csv or .xlsx (the ending chooses the format)",
            f"{path.name}: skriv .csv eller .xlsx (filändelsen väljer format)",
        )
    )


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def export_roster(
    db: Database,
    module: int | str,
    path: str | Path,
    columns: Sequence[str] = DEFAULT_ROSTER,
    lang: str = "sv",
    delimiter: str = ";",
    include_withdrawn: bool = False,
) -> ExportResult:
    """Everyone in a module (the withdrawn only when asked), for the university."""
    info = get_module(db, module)
    rows = [r for r in module_roster(db, info.id) if include_withdrawn or r.status != "withdrawn"]
    target = _write(Path(path), info.code, columns, rows, lang, delimiter)
    return ExportResult(target, len(rows))


def export_results(
    db: Database,
    module: int | str,
    path: str | Path,
    lang: str = "sv",
    delimiter: str = ";",
) -> ExportResult:
    """Completed and failed participants with grade and examination date."""
    info = get_module(db, module)
    rows = [r for r in module_roster(db, info.id) if r.status in FINISHED_STATUSES]
    target = _write(Path(path), info.code, RESULTS, rows, lang, delimiter)
    return ExportResult(target, len(rows))
