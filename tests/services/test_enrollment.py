import datetime as dt

import pytest

from originn_desktop.domain.text import NotFound, UserError, ValidationError
from originn_desktop.services.enrollment import (
    change_status,
    complete,
    enroll,
    enrollments_of,
    restore,
    withdraw,
)
from originn_desktop.services.modules import module_summary
from originn_desktop.services.participants import module_roster
from tests import factories


def statuses(db, code="M1"):
    return {r.participant.first_name: r.status for r in module_roster(db, code)}


def test_enroll_and_withdraw_change_the_count(db):
    factories.module(db, "M1", min_participants=2)
    a = factories.person(db, "A").participant
    b = factories.person(db, "B").participant
    enroll(db, "M1", a.id)
    enroll(db, "M1", b.id, "admitted")
    assert module_summary(db, "M1").count.meets_minimum
    withdraw(db, "M1", [a.id])
    count = module_summary(db, "M1").count
    assert (count.counted, count.missing) == (1, 1)


def test_a_full_module_puts_new_people_on_the_waiting_list(db):
    factories.module(db, "M1", min_participants=1, max_participants=2)
    factories.person(db, "A", module_code="M1")
    factories.person(db, "B", module_code="M1")
    c = factories.person(db, "C", module_code="M1")
    assert c.enrollment.waitlisted_instead
    assert statuses(db) == {"A": "registered", "B": "registered", "C": "waitlisted"}


def test_withdrawal_moves_the_longest_waiting_up_and_says_who(db):
    factories.module(db, "M1", min_participants=1, max_participants=1)
    a = factories.person(db, "A", module_code="M1").participant
    b = factories.person(db, "B", module_code="M1").participant
    factories.person(db, "C", module_code="M1")
    update = withdraw(db, "M1", [a.id])
    assert [m.participant_id for m in update.moved_up] == [b.id]
    assert update.moved_up[0].name == "B Person"
    assert statuses(db) == {"A": "withdrawn", "B": "registered", "C": "waitlisted"}
    history = enrollments_of(db, b.id)[0].events
    assert [e.to_status for e in history] == ["waitlisted", "registered"]
    assert history[-1].note == "moved up from the waiting list"


def test_without_a_maximum_a_withdrawal_moves_someone_put_on_the_list_by_hand_up(db):
    factories.module(db, "M1", min_participants=1)
    a = factories.person(db, "A", module_code="M1").participant
    w = factories.person(db, "W", module_code="M1", status="waitlisted").participant
    assert statuses(db) == {"A": "registered", "W": "waitlisted"}  # held there by hand
    assert [m.participant_id for m in withdraw(db, "M1", [a.id]).moved_up] == [w.id]
    assert statuses(db) == {"A": "withdrawn", "W": "registered"}


def test_enrolling_twice_is_refused_but_a_withdrawn_person_can_come_back(db):
    factories.module(db, "M1")
    a = factories.person(db, "A", module_code="M1").participant
    with pytest.raises(UserError, match="already in M1"):
        enroll(db, "M1", a.id)
    withdraw(db, "M1", [a.id])
    enroll(db, "M1", a.id)
    assert statuses(db) == {"A": "registered"}
    assert [e.to_status for e in enrollments_of(db, a.id)[0].events] == [
        "registered",
        "withdrawn",
        "registered",
    ]


def test_complete_all_grades_everyone_taking_part(db):
    factories.module(db, "M1", min_participants=1)
    factories.person(db, "A", module_code="M1")
    factories.person(db, "B", module_code="M1", status="admitted")
    factories.person(db, "W", module_code="M1", status="waitlisted")
    exam = dt.date.today() - dt.timedelta(days=3)
    update = complete(db, "M1", None, "G", exam)
    assert len(update.changes) == 2
    roster = {r.participant.first_name: r for r in module_roster(db, "M1")}
    assert (roster["A"].status, roster["A"].grade, roster["A"].grade_date) == (
        "completed",
        "G",
        exam,
    )
    assert (roster["B"].status, roster["B"].grade) == ("completed", "G")
    assert roster["W"].status == "waitlisted"


def test_grade_u_means_not_passed_and_still_counts(db):
    factories.module(db, "M1", min_participants=1)
    a = factories.person(db, "A", module_code="M1").participant
    complete(db, "M1", [a.id], "U")
    assert statuses(db) == {"A": "failed"}
    assert module_summary(db, "M1").count.counted == 1


def test_waitlisted_people_cannot_be_graded(db):
    factories.module(db, "M1")
    w = factories.person(db, "W", module_code="M1", status="waitlisted").participant
    with pytest.raises(UserError, match="not taking part"):
        complete(db, "M1", [w.id])


def test_a_future_examination_date_is_refused(db):
    factories.module(db, "M1")
    a = factories.person(db, "A", module_code="M1").participant
    with pytest.raises(ValidationError, match="future"):
        complete(db, "M1", [a.id], "G", dt.date.today() + dt.timedelta(days=1))


def test_status_of_someone_not_enrolled_is_not_found(db):
    factories.module(db, "M1")
    a = factories.person(db, "A").participant
    with pytest.raises(NotFound, match="not enrolled in M1"):
        withdraw(db, "M1", [a.id])


def test_a_batch_either_changes_everyone_or_no_one(db):
    factories.module(db, "M1")
    a = factories.person(db, "A", module_code="M1").participant
    b = factories.person(db, "B").participant  # not enrolled
    with pytest.raises(NotFound):
        withdraw(db, "M1", [a.id, b.id])
    assert statuses(db) == {"A": "registered"}


def test_moving_someone_off_the_waiting_list_into_a_full_module_is_refused(db):
    factories.module(db, "M1", min_participants=1, max_participants=1)
    factories.person(db, "A", module_code="M1")
    w = factories.person(db, "W", module_code="M1").participant
    with pytest.raises(UserError, match="M1 is full"):
        change_status(db, "M1", [w.id], "admitted")


def test_restore_undoes_a_withdrawal_and_its_move_up_exactly(db):
    factories.module(db, "M1", min_participants=1, max_participants=1)
    a = factories.person(db, "A", module_code="M1").participant
    factories.person(db, "B", module_code="M1")
    update = withdraw(db, "M1", [a.id])
    undo = [(c.participant_id, c.before) for c in [*update.moved_up, *update.changes]]
    restore(db, "M1", undo)
    assert statuses(db) == {"A": "registered", "B": "waitlisted"}


def test_restore_to_not_enrolled_removes_the_enrollment(db):
    factories.module(db, "M1")
    a = factories.person(db, "A").participant
    change = enroll(db, "M1", a.id).changes[0]
    restore(db, "M1", [(a.id, change.before)])
    assert statuses(db) == {}


def test_putting_someone_on_the_waiting_list_by_hand_does_not_move_them_straight_back(db):
    factories.module(db, "M1", min_participants=1, max_participants=2)
    a = factories.person(db, "A", module_code="M1").participant
    factories.person(db, "B", module_code="M1")
    update = change_status(db, "M1", [a.id], "waitlisted")
    assert update.moved_up == []
    assert statuses(db) == {"A": "waitlisted", "B": "registered"}


def test_people_already_waiting_stay_waiting_when_put_there_again(db):
    factories.module(db, "M1", min_participants=1, max_participants=1)
    a = factories.person(db, "A", module_code="M1").participant
    b = factories.person(db, "B", module_code="M1").participant  # waiting behind A
    factories.person(db, "C", module_code="M1")  # waiting behind B
    update = change_status(db, "M1", [a.id, b.id], "waitlisted")
    assert [m.name for m in update.moved_up] == ["C Person"]
    assert statuses(db) == {"A": "waitlisted", "B": "waitlisted", "C": "registered"}
