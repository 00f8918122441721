"""Work started in a child process: the same result as doing it here, whatever the child does."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from originn_desktop.workers import forked

pytestmark = pytest.mark.skipif(not forked.available(), reason="fork is used on Linux only")
PARENT = os.getpid()


def squares(items):
    return [i * i for i in items]


def children() -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        try:
            text = (task / "children").read_text().split()
        except FileNotFoundError:  # a thread that ended while the folder was read
            continue
        found.update(int(pid) for pid in text)
    return found


@pytest.fixture(autouse=True)
def earlier_children():
    """Child processes other tests started (a certificate pool's workers) are not ours."""
    return children()


def test_the_result_is_the_same_with_or_without_the_child_and_in_order(earlier_children):
    items = list(range(1000))
    with forked.in_child(squares, items) as pending:
        assert pending.result() == squares(items)
    with forked.in_child(squares, items, min_items=10_000) as pending:  # too few: done here
        assert pending.result() == squares(items)
    assert children() <= earlier_children


def test_a_child_that_fails_is_made_good_here(earlier_children):
    def fails_in_child(items):
        if os.getpid() != PARENT:
            raise RuntimeError("only in the child")
        return squares(items)

    def dies_in_child(items):
        if os.getpid() != PARENT:
            os._exit(9)
        return squares(items)

    for fn in (fails_in_child, dies_in_child):
        with forked.in_child(fn, list(range(500))) as pending:
            assert pending.result() == squares(range(500))
    assert children() <= earlier_children


def test_an_error_here_leaves_no_child_behind(earlier_children):
    def slow_in_child(items):
        if os.getpid() != PARENT:
            time.sleep(60)
        return squares(items)

    with pytest.raises(KeyError), forked.in_child(slow_in_child, list(range(100))):
        assert children() - earlier_children  # the child is working
        raise KeyError("the register could not be opened")
    assert children() <= earlier_children


def test_an_error_in_the_work_itself_is_raised_here(earlier_children):
    def broken(items):
        raise ValueError("a bug")

    with pytest.raises(ValueError, match="a bug"), forked.in_child(broken, [1, 2, 3]) as pending:
        pending.result()
    assert children() <= earlier_children


def test_many_chunks_arrive_in_order_through_pack_and_unpack(earlier_children):
    items = list(range(forked.CHUNK * 3 + 7))
    packed = []

    def pack(results):
        packed.append(len(results))  # runs in the child: this list here stays empty
        return [str(r) for r in results]

    with forked.in_child(
        squares, items, pack=pack, unpack=lambda p: [int(s) for s in p]
    ) as pending:
        assert pending.result() == squares(items)
    assert packed == []  # it was the child that packed
    assert children() <= earlier_children


def test_a_child_that_dies_half_way_is_made_good_here(earlier_children):
    def dies_after_a_while(items):
        if os.getpid() != PARENT and items[0] >= forked.CHUNK * 2:
            os._exit(3)
        return squares(items)

    items = list(range(forked.CHUNK * 4))
    with forked.in_child(dies_after_a_while, items) as pending:
        assert pending.result() == squares(items)
    assert children() <= earlier_children


def test_when_no_process_can_be_started_the_work_is_done_here(monkeypatch, earlier_children):
    def no_fork():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    open_before = len(os.listdir("/proc/self/fd"))
    with forked.in_child(squares, list(range(3000))) as pending:
        assert pending.result() == squares(range(3000))
    assert len(os.listdir("/proc/self/fd")) == open_before  # the pipe was not left open


def test_the_child_is_not_held_up_by_a_busy_parent(earlier_children):
    """Its results may be larger than the pipe, and this process busy meanwhile (loading the
    database layer): the child still finishes and exits before anyone asks for them."""

    def large(items):
        return ["x" * 1000 for _ in items]  # about 4 MB in all, several times the pipe

    items = list(range(4000))
    with forked.in_child(large, items) as pending:
        child = pending._pid
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # this process is busy elsewhere, not reading
            state = os.waitid(os.P_PID, child, os.WEXITED | os.WNOHANG | os.WNOWAIT)
            if state is not None:
                break
            time.sleep(0.01)
        assert state is not None and state.si_status == 0  # it finished without waiting
        assert pending.result() == large(items)
    assert children() <= earlier_children


def test_this_process_takes_the_last_parts_rather_than_wait_and_the_child_stops_before_them(
    earlier_children,
):
    """The command line's import: once this process has nothing else to do, it checks the
    last rows itself instead of waiting for the child to reach them."""

    def who_squares(items):
        if os.getpid() != PARENT:
            time.sleep(0.3)  # a slow child: this process is free long before it is done
        return [(os.getpid() == PARENT, i * i) for i in items]

    items = list(range(forked.CHUNK * 4))
    with forked.in_child(who_squares, items) as pending:
        result = pending.result()
    assert [square for _, square in result] == squares(items)  # the same, in order
    here = [here for here, _ in result[:: forked.CHUNK]]  # who did each part
    assert here[0] is False  # the child began at the front
    assert here[-1] is True  # this process, from the back, rather than wait
    assert children() <= earlier_children
