import pytest

from originn_desktop.domain.text import UserError
from originn_desktop.io.columns import (
    _SYNONYMS,
    apply_overrides,
    check_mapping,
    guess_mapping,
    header_key,
)

EVERY_SYNONYM = [(name, field) for field, names in _SYNONYMS.items() for name in names]


@pytest.mark.parametrize(("header", "field"), EVERY_SYNONYM)
def test_every_synonym_maps_whatever_its_case_spacing_and_punctuation(header, field):
    for variant in (
        header,
        header.upper(),
        f"  {header.lower()} ",
        header.replace(" ", "_"),
        header.replace("-", " "),
    ):
        assert guess_mapping([variant]) == [field], variant


def test_the_issues_headers():
    headers = [
        "Förnamn",
        "Efternamn",
        "Personnr",
        "Födelsedatum",
        "Mejl",
        "Företag",
        "Org.nr",
        "Kommun",
        "Telefon",
        "Kön",
        "Anteckning",
    ]
    assert guess_mapping(headers) == [
        "first_name",
        "last_name",
        "personnummer",
        "birth_date",
        "email",
        "company",
        "org_number",
        "municipality",
        "phone",
        "gender",
        "",
    ]


def test_a_field_is_taken_once():
    assert guess_mapping(["E-post", "Email"]) == ["email", ""]


def test_header_key_ignores_case_spaces_and_punctuation():
    assert header_key(" E-Post ") == header_key("epost") == "epost"
    assert header_key("Org.nr") == "orgnr"


def test_overrides_correct_the_guess():
    headers = ["Namn", "Nummer", "Kontakt"]
    mapping = apply_overrides(
        headers, guess_mapping(headers), ["Nummer=personnummer", "kontakt=email"]
    )
    assert mapping == ["name", "personnummer", "email"]
    assert apply_overrides(headers, mapping, ["Namn=ignore"]) == ["", "personnummer", "email"]


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ("Nummer", "Header=field"),
        ("Nummer=shoe_size", "unknown field"),
        ("Saknas=email", "no column 'Saknas'"),
    ],
)
def test_bad_overrides_say_what_is_wrong(override, message):
    with pytest.raises(UserError, match=message):
        apply_overrides(["Nummer"], [""], [override])


def test_a_mapping_needs_names_and_an_identity():
    assert check_mapping(["name", "personnummer"]) is None
    assert check_mapping(["first_name", "last_name", "birth_date"]) is None
    assert "names" in check_mapping(["first_name", "personnummer"]).en
    assert "personnummer or date of birth" in check_mapping(["name", "email"]).en
