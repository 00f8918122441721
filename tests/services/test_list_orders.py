"""The participant list sorted by first name, company or municipality is in Swedish
alphabetical order, as the name order is: Å before Ä before Ö after Z, accents and case
ignored. Binary order put 'Áile' after 'Zoë' and Ä before Å. On both databases."""

from __future__ import annotations

from originn_desktop.io.columns import guess_mapping
from originn_desktop.io.spreadsheet import read_table
from originn_desktop.services.companies import CompanyDraft, list_companies, update_company
from originn_desktop.services.importing import plan_import, run_import
from originn_desktop.services.participant_list import (
    ParticipantQuery,
    SortBy,
    search_participants,
)
from originn_desktop.services.participants import ParticipantDraft, add_participant
from tests import factories

# first name, last name, company, the company's municipality, the person's own municipality
PEOPLE = [
    ("Zoë", "Ek", "Zorn Skog", "Berg", ""),
    ("Áile", "Sunna", "Åre Fjällchark", "Åre", ""),
    ("Ärla", "Berg", "Älvdalens Getgård", "", "Älvdalen"),
    ("Åsa", "Holm", "de Geer Fiske", "Östersund", "Åsele"),
    ("Örjan", "Lind", "Ängens Lamm", "Ängelholm", ""),
    ("bo", "Nilsson", "", "", "östersund"),
]


def register(db):
    for first, last, company, town, own in PEOPLE:
        draft = ParticipantDraft(first, last, personal_number=factories.personnummer())
        draft.municipality = own
        firm = CompanyDraft(company, municipality=town) if company else None
        add_participant(db, draft, company=firm)
    return db


def listed(db, sort_by, column, descending=False):
    query = ParticipantQuery(sort_by=sort_by, descending=descending)
    return [getattr(r, column) for r in search_participants(db, query, 0, 100)]


def test_first_names_companies_and_municipalities_sort_in_swedish_order(db):
    register(db)
    firsts = ["Áile", "bo", "Zoë", "Åsa", "Ärla", "Örjan"]
    assert listed(db, SortBy.FIRST_NAME, "first_name") == firsts
    assert listed(db, SortBy.FIRST_NAME, "first_name", descending=True) == firsts[::-1]
    companies = ["", "de Geer Fiske", "Zorn Skog", "Åre Fjällchark", "Älvdalens Getgård"]
    assert listed(db, SortBy.COMPANY, "company") == [*companies, "Ängens Lamm"]
    # The municipality the list shows: the person's own, or else their company's.
    places = ["Berg", "Åre", "Åsele", "Älvdalen", "Ängelholm", "östersund"]
    assert listed(db, SortBy.MUNICIPALITY, "municipality") == places
    assert listed(db, SortBy.MUNICIPALITY, "municipality", descending=True) == places[::-1]
    assert [c.name for c in list_companies(db)] == [*companies[1:], "Ängens Lamm"]


def test_a_changed_company_or_person_moves_in_the_order(db):
    register(db)
    from originn_desktop.services.participants import get_participant

    zorn = next(c for c in list_companies(db) if c.name == "Zorn Skog")
    zoe = search_participants(db, ParticipantQuery(text="zoë"), 0, 10)[0]
    before = get_participant(db, zoe.id)
    update_company(db, zorn.id, CompanyDraft("Ödmårdens Skog"))
    assert listed(db, SortBy.COMPANY, "company")[-1] == "Ödmårdens Skog"
    found = search_participants(db, ParticipantQuery(text="ödmårdens"), 0, 10)
    assert [r.first_name for r in found] == ["Zoë"]
    # Her own data did not change: a dialog open on her can still save.
    after = get_participant(db, zoe.id)
    assert after.version == before.version
    bo = next(r for r in search_participants(db, ParticipantQuery(text="nilsson"), 0, 10) if r.id)
    from originn_desktop.services.participants import get_participant, update_participant

    info = get_participant(db, bo.id)
    draft = info.draft()
    draft.first_name, draft.municipality = "Øystein", "Åre"
    update_participant(db, bo.id, draft, expected_version=info.version)
    assert listed(db, SortBy.FIRST_NAME, "first_name")[-1] == "Øystein"  # as Ö
    assert listed(db, SortBy.MUNICIPALITY, "municipality")[1:3] == ["Åre", "Åre"]


def test_imported_people_sort_as_people_added_by_hand(db, tmp_path):
    factories.module(db, "M1")
    path = tmp_path / "roster.csv"
    rows = ["Förnamn;Efternamn;Personnummer;Företag;Kommun"] + [
        f"{first};{last};{factories.personnummer()};{company};{own or town}"
        for first, last, company, town, own in PEOPLE
    ]
    path.write_text("\n".join(rows), encoding="utf-8")
    table = read_table(path)
    run_import(db, plan_import(db, table, guess_mapping(table.headers), "M1"))
    assert listed(db, SortBy.FIRST_NAME, "first_name") == [
        "Áile",
        "bo",
        "Zoë",
        "Åsa",
        "Ärla",
        "Örjan",
    ]
    assert listed(db, SortBy.MUNICIPALITY, "municipality") == [
        "Berg",
        "Åre",
        "Åsele",
        "Älvdalen",
        "Ängelholm",
        "östersund",
    ]
    assert listed(db, SortBy.COMPANY, "company")[-2:] == ["Älvdalens Getgård", "Ängens Lamm"]


def _import(db, tmp_path, name, rows):
    path = tmp_path / name
    path.write_text("\n".join(["Förnamn;Efternamn;Personnummer;Företag;Kommun", *rows]), "utf-8")
    table = read_table(path)
    return run_import(db, plan_import(db, table, guess_mapping(table.headers), "M1"))


def test_a_company_given_its_municipality_later_moves_its_people_who_have_none(db, tmp_path):
    """A first roster names a company without a municipality, a later one gives it one: the
    people of the first show the company's municipality, and are found and sorted by it.
    Undoing the later import takes it back from them too."""
    from originn_desktop.services.import_undo import undo_import

    factories.module(db, "M1")
    _import(db, tmp_path, "first.csv", [f"Anna;Ek;{factories.personnummer()};Fjällchark AB;"])
    _import(db, tmp_path, "berg.csv", [f"Bo;Berg;{factories.personnummer()};Bergs Lamm;Berg"])
    later = f"Cia;Lind;{factories.personnummer()};Fjällchark AB;Krokom"
    _import(db, tmp_path, "second.csv", [later])

    def found(text):
        return [r.first_name for r in search_participants(db, ParticipantQuery(text=text))]

    assert found("krokom") == ["Anna", "Cia"]
    assert listed(db, SortBy.MUNICIPALITY, "first_name") == ["Bo", "Anna", "Cia"]
    assert listed(db, SortBy.MUNICIPALITY, "municipality") == ["Berg", "Krokom", "Krokom"]

    undo_import(db, "M1")
    assert found("krokom") == []
    assert listed(db, SortBy.MUNICIPALITY, "municipality") == ["", "Berg"]


def test_a_company_given_its_municipality_by_hand_moves_its_people_who_have_none(db, tmp_path):
    factories.module(db, "M1")
    _import(db, tmp_path, "first.csv", [f"Anna;Ek;{factories.personnummer()};Fjällchark AB;"])
    draft = ParticipantDraft("Cia", "Lind", personal_number=factories.personnummer())
    add_participant(db, draft, company=CompanyDraft("Fjällchark AB", municipality="Krokom"))
    found = search_participants(db, ParticipantQuery(text="krokom"))
    assert [r.first_name for r in found] == ["Anna", "Cia"]


def test_letters_with_their_mark_built_in_sort_as_the_letter_they_are_written_from(db):
    """The Sámi Đ, Ŧ and Ŋ and the Polish Ł, which Unicode does not take apart into a letter
    and a mark, sorted after Ö (or after every other name beginning as they do)."""
    for first, last in [
        ("Áile", "Čuđđe"),
        ("Ánte", "Cuz"),
        ("Jan", "Łaski"),
        ("Bo", "Lind"),
        ("Máret", "Ŋuolja"),
        ("Ida", "Nilsson"),
        ("Per", "Öberg"),
    ]:
        draft = ParticipantDraft(first, last, personal_number=factories.personnummer())
        add_participant(db, draft)
    assert listed(db, SortBy.NAME, "last_name") == [
        "Čuđđe",
        "Cuz",
        "Łaski",
        "Lind",
        "Nilsson",
        "Ŋuolja",
        "Öberg",
    ]
