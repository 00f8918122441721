import dataclasses
import datetime as dt

import pytest

from originn_desktop.domain.rules import Light
from originn_desktop.domain.text import NotFound, ValidationError
from originn_desktop.services.audit import recent
from originn_desktop.services.modules import (
    ModuleDraft,
    create_module,
    get_module,
    list_modules,
    update_module,
)
from tests import factories
from tests.clock import TODAY


def test_a_new_module_has_the_originn_defaults(db):
    module = create_module(db, ModuleDraft("M1", "Förädling", "Value adding"))
    d = get_module(db, "M1").draft
    assert (d.credits, d.min_participants, d.max_participants) == (3.0, 15, None)
    assert module.level_text("sv") == "grundnivå, G1N"
    assert module.level_text("en") == "first cycle, G1N"


def test_codes_are_unique_and_found_in_any_case(db):
    factories.module(db, "M1")
    with pytest.raises(ValidationError, match="already a module M1"):
        factories.module(db, "M1")
    assert get_module(db, "m1").code == "M1"


def test_an_unknown_module_is_named_in_the_error(db):
    with pytest.raises(NotFound, match="no module NOPE"):
        get_module(db, "NOPE")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("code", "", "code"),
        ("code", "has space", "code"),
        ("title_sv", " ", "Swedish title"),
        ("credits", 0, "credits"),
        ("min_participants", 0, "minimum"),
        ("max_participants", 10, "maximum cannot be below the minimum"),
        ("status", "someday", "status"),
        ("participation_form", "postal", "participation_form"),
    ],
)
def test_invalid_modules_are_refused_and_nothing_is_saved(db, field, value, message):
    draft = ModuleDraft("M9", "Titel", "Title")
    setattr(draft, field, value)
    with pytest.raises(ValidationError, match=message) as info:
        create_module(db, draft)
    assert info.value.field == field
    assert list_modules(db) == []


def test_end_before_start_is_refused(db):
    draft = ModuleDraft(
        "M1", "T", "T", start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 2, 1)
    )
    with pytest.raises(ValidationError, match="cannot end before it starts"):
        create_module(db, draft)


def test_a_code_differing_only_in_case_is_the_same_module(db):
    factories.module(db, "M1")
    with pytest.raises(ValidationError, match="already a module M1") as info:
        factories.module(db, "m1")
    assert info.value.field == "code"
    other = factories.module(db, "M2")
    draft = dataclasses.replace(other.draft, code="m1")
    with pytest.raises(ValidationError, match="already a module M1"):
        update_module(db, other.id, draft, other.version)
    assert [m.module.code for m in list_modules(db)] == ["M1", "M2"]
    renamed = dataclasses.replace(get_module(db, "M1").draft, code="m1")  # its own code, recased
    assert update_module(db, get_module(db, "M1").id, renamed).module.code == "m1"


def test_a_registration_deadline_after_the_start_is_refused(db):
    draft = ModuleDraft(
        "M1",
        "T",
        "T",
        start_date=dt.date(2027, 2, 1),
        registration_deadline=dt.date(2027, 2, 2),
    )
    with pytest.raises(ValidationError, match="deadline cannot be after the start") as info:
        create_module(db, draft)
    assert info.value.field == "registration_deadline"
    draft.registration_deadline = draft.start_date  # the day it starts is still in time
    create_module(db, draft)


def test_the_start_cannot_move_after_an_examination_already_recorded(db):
    from originn_desktop.services.enrollment import complete

    info = factories.module(db, "M1", min_participants=1, start_date=TODAY - dt.timedelta(days=9))
    a = factories.person(db, "A", module_code="M1").participant
    complete(db, "M1", [a.id], "G", TODAY - dt.timedelta(days=2))
    later = dataclasses.replace(info.draft, start_date=TODAY - dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="examination dates from"):
        update_module(db, info.id, later, info.version)
    assert get_module(db, "M1").draft.start_date == TODAY - dt.timedelta(days=9)


def test_summary_counts_against_the_minimum(db):
    factories.module(db, "M1", min_participants=3)
    for i in range(2):
        factories.person(db, f"P{i}", "Test", module_code="M1")
    factories.person(db, "W", "Test", module_code="M1", status="waitlisted")
    [summary] = list_modules(db, today=TODAY)
    assert (summary.count.counted, summary.count.missing, summary.count.waitlisted) == (2, 1, 1)
    assert summary.state.light == Light.RED
    assert summary.state.text.sv == "1 deltagare saknas"


def test_editing_is_refused_when_someone_else_saved_first(db):
    module = factories.module(db, "M1")
    draft = module.draft
    draft.location = "Östersund"
    update_module(db, module.id, draft, module.version)
    draft.location = "Sveg"
    from originn_desktop.db.engine import ChangedElsewhere

    with pytest.raises(ChangedElsewhere):
        update_module(db, module.id, draft, module.version)
    assert get_module(db, "M1").draft.location == "Östersund"


def test_raising_the_maximum_moves_the_waiting_list_up(db):
    module = factories.module(db, "M1", min_participants=1, max_participants=1)
    factories.person(db, "A", "One", module_code="M1")
    waiting = factories.person(db, "B", "Two", module_code="M1")
    assert waiting.enrollment.after.status == "waitlisted"
    draft = module.draft
    draft.max_participants = 2
    result = update_module(db, module.id, draft)
    assert [m.participant_id for m in result.moved_up] == [waiting.participant.id]


def test_every_change_is_audited_without_personal_data(db):
    factories.module(db, "M1")
    factories.person(db, "Åsa", "Sjödin", module_code="M1", personal_number="800420-1110")
    entries = recent(db)
    assert {e.action for e in entries} >= {
        "module.create",
        "participant.create",
        "enrollment.create",
    }
    assert all(e.os_user for e in entries)
    text = " ".join(f"{e.details} {e.action}" for e in entries)
    assert "1110" not in text and "Sjödin" not in text and "Åsa" not in text
