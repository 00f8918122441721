import csv
import datetime as dt

import openpyxl
import pytest

from originn_desktop.domain.text import UserError
from originn_desktop.services.enrollment import complete, withdraw
from originn_desktop.services.participants import module_roster
from originn_desktop.services.rosters import (
    DEFAULT_ROSTER,
    export_results,
    export_roster,
    parse_columns,
)
from originn_desktop.settings import ROSTER_COLUMNS
from tests import factories


@pytest.fixture
def register(db):
    factories.module(db, "M1", min_participants=1)
    factories.person(
        db,
        "Sven",
        "Älvdal",
        module_code="M1",
        personal_number="800420-1110",
        email="sven@example.se",
    )
    factories.person(
        db, "Kari", "Haugen", module_code="M1", birth_date="1979-06-02", gender="female"
    )
    gone = factories.person(db, "Per", "Borta", module_code="M1").participant
    withdraw(db, "M1", [gone.id])
    return db


def read_csv(path):
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))


def test_default_roster_follows_ladoks_order_with_twelve_digit_numbers(register, tmp_path):
    result = export_roster(register, "M1", tmp_path / "r.csv")
    header, *rows = read_csv(result.path)
    assert header[:6] == ["Personnummer", "Födelsedatum", "Kön", "Efternamn", "Förnamn", "E-post"]
    by_name = {r[4]: r for r in rows}
    assert set(by_name) == {"Sven", "Kari"}  # the withdrawn are left out
    assert by_name["Sven"][:3] == ["198004201110", "", ""]
    assert by_name["Kari"][:3] == ["", "1979-06-02", "kvinna"]


def test_columns_can_be_chosen(register, tmp_path):
    result = export_roster(
        register, "M1", tmp_path / "r.csv", parse_columns("last_name,personnummer"), lang="en"
    )
    assert read_csv(result.path)[0] == ["Last name", "Personnummer"]
    with pytest.raises(UserError, match="unknown columns shoe"):
        parse_columns("last_name,shoe")


def test_the_default_columns_match_the_declared_setting():
    assert ",".join(DEFAULT_ROSTER) == ROSTER_COLUMNS.default


def test_xlsx_roster_has_numbers_as_text(register, tmp_path):
    result = export_roster(register, "M1", tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(result.path).active
    numbers = {ws["A2"].value, ws["A3"].value}
    assert numbers == {"198004201110", None}  # Kari has none: an empty cell
    cell = ws["A2"] if ws["A2"].value else ws["A3"]
    assert cell.data_type == "s"


def test_results_export_lists_completed_and_failed_with_grades(register, tmp_path):
    roster = {r.participant.first_name: r.participant.id for r in module_roster(register, "M1")}
    day = dt.date.today() - dt.timedelta(days=1)
    complete(register, "M1", [roster["Sven"]], "G", day)
    complete(register, "M1", [roster["Kari"]], "U", day)
    result = export_results(register, "M1", tmp_path / "res.csv")
    header, *rows = read_csv(result.path)
    assert header == [
        "Personnummer",
        "Födelsedatum",
        "Kön",
        "Efternamn",
        "Förnamn",
        "Betyg",
        "Examinationsdatum",
    ]
    assert sorted((r[4], r[5], r[6]) for r in rows) == [
        ("Kari", "U", day.isoformat()),
        ("Sven", "G", day.isoformat()),
    ]


def test_an_unknown_file_ending_is_refused(register, tmp_path):
    with pytest.raises(UserError, match=r"write \.csv or \.xlsx"):
        export_roster(register, "M1", tmp_path / "r.pdf")
