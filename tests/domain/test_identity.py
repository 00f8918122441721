import datetime as dt

import pytest

from originn_desktop.domain.identity import (
    mask_personal_number,
    normalize_email,
    normalize_name,
    parse_date,
    parse_org_number,
    parse_personal_number,
)
from originn_desktop.domain.text import ValidationError
from tests.clock import TODAY


@pytest.mark.parametrize(
    "written",
    ["800420-1110", "8004201110", "19800420-1110", "198004201110", " 800420 1110 ", "800420–1110"],
)
def test_every_written_form_of_a_personnummer_is_the_same_twelve_digits(written):
    assert parse_personal_number(written, TODAY).digits == "198004201110"


def test_a_short_number_of_someone_born_this_century_gets_the_right_century():
    assert parse_personal_number("0303144448", TODAY).digits == "200303144448"


def test_plus_separator_means_a_hundred_years_or_older():
    # 121212-1212 is a well-known test number: with '+' the person was born in 1912.
    assert parse_personal_number("121212+1212", TODAY).digits == "191212121212"
    assert parse_personal_number("121212-1212", TODAY).digits == "201212121212"


def test_samordningsnummer_is_accepted_and_its_birth_date_is_the_day_minus_sixty():
    number = parse_personal_number("881272-5557", TODAY)
    assert number.digits == "198812725557"
    assert number.is_coordination_number
    assert number.birth_date == dt.date(1988, 12, 12)


def test_wrong_check_digit_says_so():
    with pytest.raises(ValidationError, match="850312-1232: wrong check digit"):
        parse_personal_number("850312-1232", TODAY)


def test_impossible_date_says_so():
    # 801301-xxx with a valid Luhn digit but month 13.
    from stdnum import luhn

    body = "801301123"
    with pytest.raises(ValidationError, match="not a valid date"):
        parse_personal_number(body[:6] + "-" + body[6:] + luhn.calc_check_digit(body), TODAY)


@pytest.mark.parametrize("bad", ["12345", "80042O-1110", "800420--1110", "80-0420-1110", "abc"])
def test_malformed_numbers_are_rejected_with_the_expected_form(bad):
    with pytest.raises(ValidationError, match="expected YYMMDD-NNNN"):
        parse_personal_number(bad, TODAY)


def test_birth_date_in_the_future_is_rejected():
    from stdnum import luhn

    body = "20270101123"
    with pytest.raises(ValidationError, match="future"):
        parse_personal_number(body[:8] + "-" + body[8:] + luhn.calc_check_digit(body[2:]), TODAY)


def test_masked_form_hides_the_last_four_digits():
    assert mask_personal_number("198503121234") == "19850312-****"
    assert parse_personal_number("800420-1110", TODAY).masked == "19800420-****"
    assert mask_personal_number(None) == ""


def test_swedish_message_for_the_window():
    with pytest.raises(ValidationError) as info:
        parse_personal_number("850312-1232", TODAY)
    assert info.value.message("sv") == "personnummer 850312-1232: fel kontrollsiffra"
    assert info.value.field == "personnummer"


def test_organisationsnummer_is_validated_and_formatted():
    assert parse_org_number("5568100019") == "556810-0019"
    assert parse_org_number("16556810-0019") == "556810-0019"
    with pytest.raises(ValidationError, match="wrong check digit"):
        parse_org_number("556810-0018")
    with pytest.raises(ValidationError, match="10 digits"):
        parse_org_number("55681")


def test_sole_trader_may_use_the_owners_personnummer_as_organisationsnummer():
    assert parse_org_number("800420-1110") == "800420-1110"
    from stdnum import luhn

    body = "051212345"  # digits 3-4 are 12: neither a company nor a valid personnummer date
    body = "801340123"
    with pytest.raises(ValidationError, match="digits 3-4 must be 20 or more"):
        parse_org_number(body + luhn.calc_check_digit(body))


def test_email_is_validated_and_its_domain_lower_cased():
    assert normalize_email(" VERA@EXAMPLE.SE ") == "VERA@example.se"
    with pytest.raises(ValidationError, match="not a valid address"):
        normalize_email("vera@")


def test_names_are_stored_nfc_and_trimmed():
    decomposed = "A\u030arsta  Jo\u0308nsson "
    assert normalize_name(decomposed) == "\u00c5rsta J\u00f6nsson"
    assert normalize_name("Ŋŋ Đđ Ŧŧ Nguyễn") == "Ŋŋ Đđ Ŧŧ Nguyễn"
    with pytest.raises(ValidationError, match="required"):
        normalize_name("   ")
    with pytest.raises(ValidationError, match="control characters"):
        normalize_name("Anna\x00")


@pytest.mark.parametrize("written", ["1984-09-17", "19840917", "17.09.1984", "1984‐09‐17"])
def test_dates_in_iso_and_nordic_forms(written):
    assert parse_date(written) == dt.date(1984, 9, 17)


def test_a_non_date_says_how_to_write_one():
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        parse_date("17/09/1984")


@pytest.mark.parametrize(
    "address",
    [
        "anna@example.se",
        "Anna.Berg+kurs@Example.SE",
        "a@b.co",
        "o'brien@example.ie",
        "åsa@example.se",
        "anna@exämple.se",
        "a..b@example.se",
        ".a@example.se",
        "a.@example.se",
        "a@example",
        "a@-example.se",
        "a@example.se.",
        "a b@example.se",
        "a@@example.se",
        "a@localhost",
        "a@example.test",
        "x" * 65 + "@example.se",
        "a@" + "b" * 64 + ".se",
        '"quoted"@example.se',
        "a@[127.0.0.1]",
    ],
)
def test_the_fast_path_agrees_with_email_validator(address):
    """Ordinary addresses skip most of email-validator; the answer must be the library's."""
    from email_validator import EmailNotValidError, validate_email

    try:
        expected = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = None
    try:
        got = normalize_email(address)
    except ValidationError:
        got = None
    assert got == expected


@pytest.mark.parametrize(
    "written", ["８００４２０－１１１０", "800420\u22121110", "800420\u20111110"]
)
def test_full_width_digits_and_unicode_dashes_from_pasted_text_are_understood(written):
    assert parse_personal_number(written, TODAY).digits == "198004201110"


def test_digits_from_other_scripts_are_not_a_personnummer():
    with pytest.raises(ValidationError):
        parse_personal_number("٨٠٠٤٢٠-١١١٠", TODAY)  # Arabic-Indic digits
