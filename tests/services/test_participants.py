import datetime as dt
import unicodedata

import pytest
from sqlalchemy import func, select

from originn_desktop.db.models import Participant
from originn_desktop.domain.text import NotFound, ValidationError
from originn_desktop.services.companies import CompanyDraft, list_companies
from originn_desktop.services.participants import (
    ParticipantDraft,
    add_participant,
    check_participant,
    get_participant,
    module_roster,
    update_participant,
)
from tests import factories


def count_people(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Participant))


def test_a_participant_is_stored_with_twelve_digits_and_nfc_names(db):
    decomposed = unicodedata.normalize("NFD", "Máret Jåma")
    first, last = decomposed.split(" ")
    result = add_participant(db, ParticipantDraft(first, last, "800420-1110"))
    p = get_participant(db, result.participant.id)
    assert p.personal_number == "198004201110"
    assert p.birth_date == dt.date(1980, 4, 20)
    assert (p.first_name, p.last_name) == ("Máret", "Jåma")
    assert unicodedata.is_normalized("NFC", p.first_name + p.last_name)
    assert p.masked_personal_number == "19800420-****"


@pytest.mark.parametrize("again", ["198004201110", "19800420-1110", "8004201110"])
def test_the_same_personnummer_in_any_form_is_the_same_person(db, again):
    first = add_participant(db, ParticipantDraft("Sven", "Älvdal", "800420-1110"))
    second = add_participant(db, ParticipantDraft("Sven", "Alvdal", again, email="sven@example.se"))
    assert second.participant.id == first.participant.id
    assert not second.created
    assert count_people(db) == 1
    # Merging fills blanks, never overwrites what is known.
    p = get_participant(db, first.participant.id)
    assert p.last_name == "Älvdal" and p.email == "sven@example.se"
    assert second.filled == ["email"]


def test_without_personnummer_the_same_email_in_any_case_is_the_same_person(db):
    first = add_participant(
        db, ParticipantDraft("Kari", "Haugen", birth_date="1979-06-02", email="kari@example.no")
    )
    second = add_participant(
        db, ParticipantDraft("Kari", "Haugen", birth_date="02.06.1979", email="KARI@Example.NO")
    )
    assert second.participant.id == first.participant.id
    assert count_people(db) == 1


def test_two_people_with_numbers_may_share_an_email(db):
    add_participant(
        db, ParticipantDraft("A", "Family", factories.personnummer(), email="home@example.se")
    )
    add_participant(
        db, ParticipantDraft("B", "Family", factories.personnummer(), email="home@example.se")
    )
    assert count_people(db) == 2


def test_date_of_birth_only_people_are_accepted(db):
    result = add_participant(db, ParticipantDraft("Kari", "Haugen", birth_date=dt.date(1979, 6, 2)))
    assert result.participant.personal_number is None
    assert result.participant.birth_date == dt.date(1979, 6, 2)


def test_someone_with_neither_number_nor_birth_date_is_refused(db):
    with pytest.raises(ValidationError, match="date of birth") as info:
        add_participant(db, ParticipantDraft("No", "Identity", email="x@example.se"))
    assert info.value.field == "personnummer"
    assert count_people(db) == 0


def test_every_problem_is_reported_with_its_field():
    _, problems = check_participant(
        ParticipantDraft("", "Ok", "850312-1232", email="not-an-address", gender="x")
    )
    assert {p.field for p in problems} == {"first_name", "personnummer", "email", "gender"}


def test_birth_date_must_match_the_personnummer():
    _, problems = check_participant(
        ParticipantDraft("A", "B", "800420-1110", birth_date="1980-04-21")
    )
    assert [p.field for p in problems] == ["birth_date"]


def test_adding_and_enrolling_is_one_unit_of_work(db):
    with pytest.raises(NotFound):
        add_participant(db, ParticipantDraft("A", "B", "800420-1110"), module="NOPE")
    assert count_people(db) == 0


def test_company_is_found_by_org_number_or_name_and_created_once(db):
    factories.module(db, "M1")
    add_participant(
        db,
        ParticipantDraft("A", "B", factories.personnummer()),
        CompanyDraft("Sjödins Renskötsel", "5568100043", "Härjedalen"),
    )
    add_participant(
        db,
        ParticipantDraft("C", "D", factories.personnummer()),
        CompanyDraft("Sjödins renskötsel AB", "556810-0043"),
    )
    add_participant(
        db, ParticipantDraft("E", "F", factories.personnummer()), CompanyDraft("SJÖDINS RENSKÖTSEL")
    )
    [company] = list_companies(db)
    assert company.org_number == "556810-0043"
    assert company.municipality == "Härjedalen"


def test_existing_person_already_in_the_module_is_reported_not_doubled(db):
    factories.module(db, "M1")
    first = factories.person(db, module_code="M1", personal_number="800420-1110")
    again = factories.person(db, module_code="M1", personal_number="198004201110")
    assert again.participant.id == first.participant.id
    assert again.enrollment is None
    assert again.already_enrolled == "registered"
    assert len(module_roster(db, "M1")) == 1


def test_editing_refuses_a_personnummer_that_belongs_to_someone_else(db):
    a = factories.person(db, "A", "A", personal_number="800420-1110")
    b = factories.person(db, "B", "B")
    draft = b.participant.draft()
    draft.personal_number = "8004201110"
    with pytest.raises(ValidationError, match=f"participant {a.participant.id}"):
        update_participant(db, b.participant.id, draft)


def test_editing_saves_every_field(db):
    p = factories.person(db, "Anna", "Ek").participant
    draft = p.draft()
    draft.last_name = "Ekström"
    draft.email = "anna@example.se"
    draft.gender = "female"
    saved = update_participant(db, p.id, draft, p.version)
    assert (saved.last_name, saved.email, saved.gender) == ("Ekström", "anna@example.se", "female")
    assert saved.version == p.version + 1
