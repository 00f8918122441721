"""The waiting list: it moves up whenever places grow, longest-waiting first, and nobody who comes
later gets in ahead of someone waiting."""

import dataclasses
import datetime as dt
import itertools
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from originn_desktop.db.models import Enrollment
from originn_desktop.db.schema import open_database
from originn_desktop.domain.text import UserError
from originn_desktop.domain.values import COUNTED_STATUSES
from originn_desktop.services.enrollment import (
    WithdrawingFinished,
    change_status,
    complete,
    enroll,
    withdraw,
)
from originn_desktop.services.modules import get_module, module_summary, update_module
from originn_desktop.services.participants import module_roster
from originn_desktop.services.privacy import erase_participant
from tests import factories
from tests.clock import TODAY


def statuses(db, code="M1"):
    return {r.participant.first_name: r.status for r in module_roster(db, code)}


def set_max(db, code, maximum):
    info = get_module(db, code)
    draft = dataclasses.replace(info.draft, max_participants=maximum)
    return update_module(db, info.id, draft, info.version)


def full_module_with_queue(db, maximum=2, waiting=("W1", "W2", "W3")):
    factories.module(db, "M1", min_participants=1, max_participants=maximum)
    inside = [factories.person(db, f"R{i}", module_code="M1").participant for i in range(maximum)]
    queue = [factories.person(db, name, module_code="M1").participant for name in waiting]
    assert all(statuses(db)[p.first_name] == "waitlisted" for p in queue), "the module was not full"
    return inside, queue


def test_removing_the_maximum_moves_everyone_waiting_up_in_order(db):
    _, queue = full_module_with_queue(db)
    result = set_max(db, "M1", None)
    assert [m.participant_id for m in result.moved_up] == [p.id for p in queue]
    assert set(statuses(db).values()) == {"registered"}


def test_after_the_maximum_is_removed_a_newcomer_is_not_ahead_of_anyone(db):
    full_module_with_queue(db)
    set_max(db, "M1", None)
    late = factories.person(db, "Late", module_code="M1")
    assert late.enrollment.after.status == "registered"
    assert "waitlisted" not in statuses(db).values()


def test_a_withdrawal_after_the_maximum_is_removed_leaves_nobody_waiting(db):
    inside, _ = full_module_with_queue(db)
    set_max(db, "M1", None)
    withdraw(db, "M1", [inside[0].id])
    assert "waitlisted" not in statuses(db).values()


def test_lowering_the_maximum_removes_nobody_and_newcomers_wait(db):
    factories.module(db, "M1", min_participants=1, max_participants=4)
    people = [factories.person(db, f"R{i}", module_code="M1").participant for i in range(4)]
    assert set_max(db, "M1", 2).moved_up == []
    assert module_summary(db, "M1").count.counted == 4  # nobody thrown out
    late = factories.person(db, "Late", module_code="M1")
    assert late.enrollment.waitlisted_instead
    # Two leave: still at the maximum, nobody moves up; a third leaves: Late does.
    assert withdraw(db, "M1", [people[0].id, people[1].id]).moved_up == []
    moved = withdraw(db, "M1", [people[2].id]).moved_up
    assert [m.name for m in moved] == ["Late Person"]


def test_someone_waiting_by_hand_moves_up_before_a_newcomer_takes_the_place(db):
    factories.module(db, "M1", min_participants=1, max_participants=3)
    factories.person(db, "A", module_code="M1")
    factories.person(db, "B", module_code="M1")
    held = factories.person(db, "Held", module_code="M1", status="waitlisted").participant
    late = factories.person(db, "Late", module_code="M1")
    assert [m.participant_id for m in late.moved_up] == [held.id]
    assert statuses(db) == {
        "A": "registered",
        "B": "registered",
        "Held": "registered",
        "Late": "waitlisted",
    }


def test_an_enrollment_names_who_moved_up(db):
    factories.module(db, "M1", min_participants=1)
    held = factories.person(db, "Held", module_code="M1", status="waitlisted").participant
    newcomer = factories.person(db, "New").participant
    update = enroll(db, "M1", newcomer.id)
    assert [m.participant_id for m in update.moved_up] == [held.id]
    assert [c.after.status for c in update.changes] == ["registered"]


def test_a_status_change_away_from_taking_part_moves_the_queue_up(db):
    inside, queue = full_module_with_queue(db, maximum=1, waiting=("W1",))
    complete(db, "M1", [inside[0].id], "G", TODAY)
    assert statuses(db)["W1"] == "waitlisted"  # completing keeps the place
    update = change_status(db, "M1", [inside[0].id], "registered")
    assert update.moved_up == []
    update = withdraw(db, "M1", [inside[0].id])
    assert [m.participant_id for m in update.moved_up] == [queue[0].id]


def test_an_erasure_frees_the_place_for_the_first_waiting(db):
    inside, queue = full_module_with_queue(db, maximum=1, waiting=("W1", "W2"))
    moved = erase_participant(db, inside[0].id)
    assert [m.participant_id for m in moved] == [queue[0].id]
    assert statuses(db) == {"W1": "registered", "W2": "waitlisted"}


def test_a_module_that_has_ended_moves_nobody_up(db, clock):
    factories.module(
        db,
        "M1",
        min_participants=1,
        max_participants=1,
        start_date=TODAY - dt.timedelta(days=60),
        end_date=TODAY - dt.timedelta(days=1),
    )
    a = factories.person(db, "A", module_code="M1").participant
    factories.person(db, "W", module_code="M1")
    complete(db, "M1", [a.id], "G", TODAY - dt.timedelta(days=2))
    update = withdraw(db, "M1", [a.id], withdraw_finished=True)
    assert update.moved_up == []
    assert statuses(db) == {"A": "withdrawn", "W": "waitlisted"}


# -- withdrawing someone who already finished ---------------------------------------------------


def test_withdrawing_someone_who_completed_is_refused_naming_the_certificate(db, tmp_path):
    from originn_desktop.certificates.content import CertificateSettings
    from originn_desktop.services.certificates import issue_certificates, verify

    inside, _ = full_module_with_queue(db, maximum=1, waiting=("W1",))
    complete(db, "M1", [inside[0].id], "G", TODAY)
    [cert] = issue_certificates(db, "M1", tmp_path, CertificateSettings()).issued
    with pytest.raises(WithdrawingFinished, match=f"holds {cert.number}") as caught:
        withdraw(db, "M1", [inside[0].id])
    assert caught.value.finished[0].certificates == [cert.number]
    assert statuses(db) == {"R0": "completed", "W1": "waitlisted"}  # nothing changed
    assert verify(db, cert.number).is_valid


def test_withdrawing_someone_already_withdrawn_changes_nothing_and_says_so(db):
    factories.module(db, "M1", min_participants=1)
    a = factories.person(db, "A", module_code="M1").participant
    withdraw(db, "M1", [a.id])
    update = withdraw(db, "M1", [a.id])
    assert update.changes == [] and [u.name for u in update.unchanged] == ["A Person"]


# -- the invariant, over random sequences --------------------------------------------------------

_names = itertools.count()


class WaitingListMachine(RuleBasedStateMachine):
    """Enroll, withdraw, change statuses and the maximum at random; after every step the
    waiting list holds only while the module is full (or people the coordinator put there by
    hand since the last change that could move it), and it moved up in the order people came.
    """

    template: Path
    folder: Path

    def __init__(self) -> None:
        super().__init__()
        path = self.folder / f"machine-{next(_names)}.db"
        shutil.copyfile(self.template, path)
        self.db = open_database(str(path))
        self.queue: list[int] = []  # the model: who waits, in the order they came
        self.held: set[int] = set()  # put on the list by hand while there was room
        self.people: list[int] = []

    def teardown(self) -> None:
        self.db.dispose()

    @initialize(maximum=st.none() | st.integers(1, 4))
    def module(self, maximum: int | None) -> None:
        factories.module(self.db, "M1", min_participants=1, max_participants=maximum)

    # -- reading the register ---------------------------------------------------------------

    def enrollments(self) -> list[Enrollment]:
        with self.db.read() as session:
            rows = session.scalars(select(Enrollment).order_by(Enrollment.id)).all()
            session.expunge_all()
            return list(rows)

    def status_of(self) -> dict[int, str]:
        return {e.participant_id: e.status for e in self.enrollments()}

    def waiting_in_order(self) -> list[int]:
        rows = [e for e in self.enrollments() if e.status == "waitlisted"]
        return [e.participant_id for e in sorted(rows, key=lambda e: (e.queued_at, e.id))]

    def has_room(self) -> bool:
        maximum = get_module(self.db, "M1").draft.max_participants
        counted = sum(1 for s in self.status_of().values() if s in COUNTED_STATUSES)
        return maximum is None or counted < maximum

    # -- keeping the model ------------------------------------------------------------------

    def moved(self, moved_ids: list[int], passed_over: frozenset[int] = frozenset()) -> None:
        """Those who moved up are the longest-waiting, in order."""
        expected = [p for p in self.queue if p not in passed_over][: len(moved_ids)]
        assert moved_ids == expected, (moved_ids, self.queue)

    def sync(self, newly_waiting: list[int]) -> None:
        now = self.status_of()
        self.queue = [p for p in self.queue if now.get(p) == "waitlisted"]
        self.queue += [
            p for p in newly_waiting if now.get(p) == "waitlisted" and p not in self.queue
        ]
        self.held = {p for p in self.held if now.get(p) == "waitlisted"}

    # -- rules ------------------------------------------------------------------------------

    @rule(requested=st.sampled_from(["registered", "admitted", "waitlisted"]))
    def enroll_someone_new(self, requested: str) -> None:
        pid = factories.person(self.db, f"P{len(self.people)}").participant.id
        self.people.append(pid)
        update = enroll(self.db, "M1", pid, requested)
        self.moved([m.participant_id for m in update.moved_up])
        after = update.changes[0].after.status
        if after in COUNTED_STATUSES:
            # Nobody who comes later gets in ahead of someone waiting.
            assert self.waiting_in_order() == [], "a newcomer got in ahead of the queue"
        self.held = set()
        self.sync([pid])
        if requested == "waitlisted":
            self.held = {pid} & set(self.queue)

    @precondition(lambda self: self.people)
    @rule(data=st.data(), to=st.sampled_from(["withdrawn", "registered", "admitted", "waitlisted"]))
    def change_someone(self, data: st.DataObject, to: str) -> None:
        pid = data.draw(st.sampled_from(self.people))
        before = self.status_of()
        try:
            if to == "withdrawn":
                update = withdraw(self.db, "M1", [pid], withdraw_finished=True)
            else:
                update = change_status(self.db, "M1", [pid], to)
        except UserError:
            assert self.status_of() == before, "a refused change changed something"
            return
        self.moved([m.participant_id for m in update.moved_up], passed_over=frozenset({pid}))
        freed = before[pid] in COUNTED_STATUSES and to not in COUNTED_STATUSES
        if freed:
            self.held = set()
        self.sync([pid])
        if to == "waitlisted" and pid in self.queue:
            self.held.add(pid)

    @precondition(lambda self: self.people)
    @rule(data=st.data(), grade=st.sampled_from(["G", "VG", "U"]))
    def grade_someone(self, data: st.DataObject, grade: str) -> None:
        pid = data.draw(st.sampled_from(self.people))
        before = self.status_of()
        try:
            update = complete(self.db, "M1", [pid], grade, TODAY)
        except UserError:
            assert self.status_of() == before
            return
        assert update.moved_up == []  # a grade frees no place
        self.sync([])

    @rule(maximum=st.none() | st.integers(1, 5))
    def change_the_maximum(self, maximum: int | None) -> None:
        old = get_module(self.db, "M1").draft.max_participants
        result = set_max(self.db, "M1", maximum)
        self.moved([m.participant_id for m in result.moved_up])
        if maximum != old:
            self.held = set()
        self.sync([])

    # -- what always holds ------------------------------------------------------------------

    @invariant()
    def the_queue_is_in_the_order_people_came(self) -> None:
        assert self.waiting_in_order() == self.queue

    @invariant()
    def people_wait_only_while_the_module_is_full(self) -> None:
        if self.has_room():
            assert set(self.queue) <= self.held, (self.queue, self.held)


def test_the_waiting_list_rules_hold_over_random_sequences(template_db, tmp_path):
    WaitingListMachine.template = template_db
    WaitingListMachine.folder = tmp_path
    run_state_machine_as_test(
        WaitingListMachine,
        settings=settings(
            max_examples=30,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
