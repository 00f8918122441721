import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from originn_desktop.domain.rules import (
    Headcount,
    Light,
    headcount,
    module_state,
    placement,
    places_to_fill,
)
from originn_desktop.domain.values import EnrollmentStatus as S
from tests.clock import TODAY


def test_registered_admitted_completed_and_failed_count_waitlisted_and_withdrawn_do_not():
    count = headcount(
        [S.REGISTERED, S.ADMITTED, S.COMPLETED, S.FAILED, S.WAITLISTED, S.WITHDRAWN], minimum=15
    )
    assert count.counted == 4
    assert count.waitlisted == 1
    assert count.missing == 11
    assert not count.meets_minimum


@given(st.lists(st.sampled_from(list(S))), st.integers(min_value=1, max_value=40))
def test_missing_and_meets_minimum_agree(statuses, minimum):
    count = headcount(statuses, minimum)
    assert count.missing == max(0, minimum - count.counted)
    assert count.meets_minimum == (count.missing == 0)


def test_beyond_the_maximum_a_registration_goes_on_the_waiting_list():
    full = Headcount(counted=20, minimum=15, maximum=20)
    assert placement(S.REGISTERED, full) == S.WAITLISTED
    assert placement(S.ADMITTED, full) == S.WAITLISTED
    assert placement(S.REGISTERED, Headcount(19, 15, 20)) == S.REGISTERED
    assert placement(S.REGISTERED, Headcount(100, 15, None)) == S.REGISTERED


def test_nobody_new_gets_in_ahead_of_someone_still_waiting():
    assert placement(S.REGISTERED, Headcount(19, 15, 20, waitlisted=1)) == S.WAITLISTED
    assert placement(S.ADMITTED, Headcount(5, 15, None, waitlisted=1)) == S.WAITLISTED
    assert placement(S.WAITLISTED, Headcount(5, 15, 20)) == S.WAITLISTED


def test_freed_places_are_filled_from_the_queue():
    assert places_to_fill(Headcount(19, 15, 20, waitlisted=3)) == 1
    assert places_to_fill(Headcount(17, 15, 20, waitlisted=2)) == 2
    assert places_to_fill(Headcount(20, 15, 20, waitlisted=2)) == 0
    assert places_to_fill(Headcount(22, 15, 20, waitlisted=2)) == 0  # a lowered maximum
    # Without a maximum every place is free: the whole queue moves up.
    assert places_to_fill(Headcount(5, 15, None, waitlisted=2)) == 2


def test_red_below_the_minimum_says_how_many_are_missing():
    state = module_state(Headcount(13, 15), "open", None, TODAY)
    assert state.light == Light.RED
    assert state.text.sv == "2 deltagare saknas"
    assert state.text.en == "2 participants missing"


def test_red_mentions_a_near_deadline():
    state = module_state(Headcount(14, 15), "open", TODAY + dt.timedelta(days=5), TODAY)
    assert state.light == Light.RED
    assert state.text.sv == "1 deltagare saknas, anmälan stänger om 5 dagar"


def test_a_deadline_tomorrow_or_today_reads_as_words():
    tomorrow = module_state(Headcount(14, 15), "open", TODAY + dt.timedelta(days=1), TODAY)
    assert tomorrow.text.en == "1 participant missing, registration closes tomorrow"
    today = module_state(Headcount(14, 15), "open", TODAY, TODAY)
    assert today.text.sv == "1 deltagare saknas, anmälan stänger i dag"


def test_amber_when_met_with_fewer_than_two_to_spare():
    assert module_state(Headcount(15, 15), "open", None, TODAY).light == Light.AMBER
    assert module_state(Headcount(16, 15), "open", None, TODAY).light == Light.AMBER
    assert module_state(Headcount(17, 15), "open", None, TODAY).light == Light.GREEN


def test_a_cancelled_module_is_neither_red_nor_green():
    assert module_state(Headcount(0, 15), "cancelled", None, TODAY).light == Light.NEUTRAL


def test_a_headcount_from_counts_per_status_is_the_headcount_of_the_statuses():
    from originn_desktop.domain.rules import headcount, headcount_of

    by_status = {
        "registered": 9,
        "admitted": 3,
        "completed": 2,
        "failed": 1,
        "waitlisted": 4,
        "withdrawn": 5,
    }
    statuses = [s for s, n in by_status.items() for _ in range(n)]
    assert headcount_of(by_status, 15, 20) == headcount(statuses, 15, 20)
    assert headcount_of(by_status, 15).counted == 15 and headcount_of({}, 15).missing == 15
