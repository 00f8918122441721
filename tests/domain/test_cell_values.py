"""Numbers a spreadsheet mangled: taken back where the check proves them, never guessed."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum import luhn

from originn_desktop.domain.cell_values import (
    restore_date,
    restore_org_number,
    restore_personal_number,
    restore_phone,
)
from originn_desktop.domain.text import Text, ValidationError
from tests import factories
from tests.clock import TODAY

WHAT = Text("date of birth", "födelsedatum")


def as_spreadsheet_number(personnummer: str) -> str:
    """What Excel or LibreOffice makes of ``YYMMDDNNNC`` typed without a dash: a number."""
    return str(int(personnummer.replace("-", "")))


@pytest.mark.parametrize(
    ("birth", "digits"),
    [
        ("010505", 9),  # born 2001: the one leading zero
        ("091231", 9),  # born 2009
        ("001005", 8),  # born October 2000: the year's two zeros
        ("000105", 7),  # born January 2000: the month's zero too
    ],
)
def test_a_personnummer_that_lost_its_leading_zeros_comes_back_with_a_note(birth, digits):
    written = factories.personnummer(birth)
    cell = as_spreadsheet_number(written)
    assert len(cell) == digits
    value, note = restore_personal_number(cell, TODAY)
    assert value == written.replace("-", "")
    assert note is not None and "leading zero restored" in note.en
    assert "inledande nolla återställd" in note.sv
    assert f"20{birth}-****" in note.en  # masked: the date, never the last four digits


def test_a_samordningsnummer_that_lost_its_zero_comes_back():
    written = factories.personnummer("030565")  # born 5 May 2003: day 05 + 60
    value, note = restore_personal_number(as_spreadsheet_number(written), TODAY)
    assert value == written.replace("-", "") and note is not None


def test_nine_digits_that_are_no_personnummer_with_the_zero_are_not_guessed():
    body = "010505579"
    wrong = body + str((int(luhn.calc_check_digit(body)) + 1) % 10)  # a wrong check digit
    with pytest.raises(ValidationError, match=r"only 9 digits.*not valid with the leading zeros"):
        restore_personal_number(wrong.lstrip("0"), TODAY)
    with pytest.raises(ValidationError, match="only 9 digits"):
        restore_personal_number("991399999", TODAY)  # no date either way


def test_a_float_and_a_full_scientific_form_are_read_back_with_a_note():
    written = factories.personnummer("850312")  # YYMMDD-NNNC
    digits = written.replace("-", "")
    value, note = restore_personal_number(f"{digits}.0", TODAY)
    assert value == digits and note is not None and f"{digits}.0" in note.en
    value, note = restore_personal_number(f"{digits[0]}.{digits[1:]}E+9", TODAY)
    assert value == digits and note is not None
    twelve = "19" + digits
    value, _ = restore_personal_number(f"{twelve[0]},{twelve[1:]}E+11", TODAY)  # Swedish comma
    assert value == twelve


def test_a_scientific_form_that_lost_digits_is_refused_saying_why():
    with pytest.raises(ValidationError, match="scientific form and lost digits"):
        restore_personal_number("1.98503E+11", TODAY)


@pytest.mark.parametrize(
    "cell", ["198503121232", "850312-1232", "19850312-1232", "", "ÅÅMMDD", "800420+1110"]
)
def test_the_usual_forms_and_plain_junk_pass_through_untouched(cell):
    assert restore_personal_number(cell, TODAY) == (cell, None)


def test_a_sole_traders_organisationsnummer_that_lost_its_zero_comes_back():
    owner = factories.personnummer("020304")
    value, note = restore_org_number(as_spreadsheet_number(owner))
    assert value == owner and note is not None and "leading zero restored" in note.en
    assert restore_org_number("556800-0003") == ("556800-0003", None)
    assert restore_org_number("5568000003.0")[0] == "5568000003"
    # With its zeros a valid organisationsnummer (Luhn), but no company's starts with 0.
    assert restore_org_number("55680003") == ("55680003", None)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("701234567", "070-123 45 67"),
        ("701234567.0", "070-123 45 67"),
        ("63123456", "063-12 34 56"),  # Östersund
        ("8123456", "08-12 34 56"),  # Stockholm
    ],
)
def test_a_phone_number_that_lost_its_zero_comes_back(cell, expected):
    value, note = restore_phone(cell)
    assert value == expected
    assert note is not None and "leading zero restored" in note.en


@pytest.mark.parametrize("cell", ["070-123 45 67", "0701234567", "+46 70 123 45 67", "12", "ring"])
def test_phone_numbers_that_need_nothing_stay_as_written(cell):
    assert restore_phone(cell) == (cell, None)


def test_dates_from_day_numbers_and_day_first_text():
    assert restore_date("29331", WHAT)[0] == dt.date(1980, 4, 20)
    assert restore_date("29331.0", WHAT)[0] == dt.date(1980, 4, 20)
    day, note = restore_date("20/04/1980", WHAT)
    assert day == dt.date(1980, 4, 20) and note is not None and "day/month/year" in note.en
    assert restore_date("1980-04-20 00:00:00", WHAT) == ("1980-04-20", None)
    assert restore_date("1980-04-20", WHAT) == ("1980-04-20", None)
    assert restore_date("19800420", WHAT) == ("19800420", None)  # the usual check reads it
    assert restore_date("31/02/1980", WHAT) == ("31/02/1980", None)  # no such day: refused later
