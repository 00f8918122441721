"""The window's warm second process: an import's rows checked there are judged exactly as when
checked here, whatever happens to the process, and a cancel stops the checking."""

from __future__ import annotations

import csv
import os
import signal
import time
from functools import partial

import pytest

from originn_desktop.io.columns import guess_mapping
from originn_desktop.io.spreadsheet import read_table
from originn_desktop.services.importing import plan_import
from originn_desktop.workers.checking import Cancelled, checked_rows
from originn_desktop.workers.warm import WarmProcess
from tests import factories
from tests.clock import TODAY

KNOWN = factories.personnummer("800101", 3)


@pytest.fixture(scope="module")
def process():
    warm = WarmProcess()
    warm.start()
    assert warm.wait_until_warm(60)
    yield warm
    warm.stop()


def write_roster(path, rows=3500):
    """Every kind of row an import judges: new people, the same person twice in the file,
    people without a personnummer (by e-mail), someone already in the register, and rows
    rejected for a wrong check digit, a missing name or an unreadable date."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["Förnamn", "Efternamn", "Personnummer", "Födelsedatum", "E-post", "Företag"])
        out.writerow(["Åsa", "Känd", KNOWN, "", "asa@example.se", "Kända AB"])
        previous = KNOWN
        for i in range(rows):
            kind = i % 7
            number = factories.personnummer(f"{60 + i % 40:02d}0{1 + i % 9}{10 + i % 18}", i)
            if kind == 0:
                out.writerow([f"Nils{i}", "Sunna", number, "", f"n{i}@example.se", f"Ren {i % 50}"])
            elif kind == 1:  # the same person as the row before (another spelling of the name)
                out.writerow(["Nils", "Sunna", previous, "", "", f"Ren {i % 50}"])
            elif kind == 2:
                out.writerow([f"Áile{i}", "Jåma", "", "1975-03-04", f"a{i % 300}@example.se", ""])
            elif kind == 3:
                out.writerow(
                    [f"Bo{i}", "Fel", number[:-1] + str((int(number[-1]) + 1) % 10), "", "", ""]
                )
            elif kind == 4:
                out.writerow(["", "Ensam", number, "", "", ""])
            elif kind == 5:
                out.writerow([f"Ida{i}", "Datum", "", "31.02.1990", f"i{i}@example.se", ""])
            else:
                out.writerow([f"Märta{i}", "Öberg", number, "", f"m{i}@EXAMPLE.se", "Öbergs Ost"])
            previous = number
    return path


def plans(db, path, process, progress=None):
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    here = plan_import(db, table, mapping, "M1", today=TODAY)
    checked = checked_rows(table.rows, mapping, "first-last", TODAY, process, progress)
    there = plan_import(db, table, mapping, "M1", today=TODAY, checked=checked)
    return here, there


def test_rows_checked_in_the_warm_process_are_judged_as_here(db, tmp_path, process):
    factories.module(db, "M1")
    factories.person(db, "Åsa", "Känd", personal_number=KNOWN)
    here, there = plans(db, write_roster(tmp_path / "r.csv"), process)
    assert here.rejected and here.new and here.existing and here.duplicates_in_file
    assert here.warnings  # same e-mail, other birth date; another spelling of a name
    assert there == here


class Counting:
    def __init__(self, cancel_at=None):
        self.seen: list[tuple[int, int]] = []
        self.cancel_at = cancel_at

    def __call__(self, done, total):
        self.seen.append((done, total))

    @property
    def cancelled(self):
        return self.cancel_at is not None and len(self.seen) >= self.cancel_at


def test_progress_counts_the_rows_checked_and_a_cancel_stops(db, tmp_path, process):
    factories.module(db, "M1")
    path = write_roster(tmp_path / "r.csv")
    progress = Counting()
    plans(db, path, process, progress)
    total = len(read_table(path).rows)
    assert progress.seen == [(min(n, total), total) for n in range(1000, total + 1000, 1000)]
    stopping = Counting(cancel_at=1)
    with pytest.raises(Cancelled):
        plans(db, path, process, stopping)
    assert len(stopping.seen) == 1
    # The process is still there for the next import.
    here, there = plans(db, path, process)
    assert there == here and process.is_warm()


def test_a_process_that_dies_is_made_good_here(db, tmp_path):
    factories.module(db, "M1")
    path = write_roster(tmp_path / "r.csv", 15_000)  # the process is killed half-way
    doomed = WarmProcess()
    doomed.start()
    assert doomed.wait_until_warm(60)
    pid = doomed.pid()

    class KillAfterFirst(Counting):
        def __call__(self, done, total):
            super().__call__(done, total)
            if len(self.seen) == 1:
                os.kill(pid, signal.SIGKILL)

    try:
        here, there = plans(db, path, doomed, KillAfterFirst())
        assert there == here
    finally:
        doomed.stop()


def test_without_a_process_the_rows_are_checked_here(db, tmp_path):
    factories.module(db, "M1")
    here, there = plans(db, write_roster(tmp_path / "r.csv", 300), None)
    assert there == here


def slow_there(parent: int, part: list[int]) -> list[tuple[int, int]]:
    """Each item with the process that computed it; slow in the warm process only."""
    if os.getpid() != parent:
        time.sleep(0.2)
    return [(os.getpid(), item) for item in part]


def test_while_it_waits_this_thread_computes_the_chunks_the_process_has_not_begun(process):
    """Two cores share the checking: the chunks still queued for the process are taken and
    computed here, and the results come in order as if one had computed them all."""
    here = os.getpid()
    chunks = process.chunks(partial(slow_there, here), list(range(100)), size=10)
    results = [pair for chunk in chunks for pair in chunk]
    assert [item for _, item in results] == list(range(100))
    by_here = [item for pid, item in results if pid == here]
    assert by_here  # taken from the queue while waiting for the process's first chunk
    assert results[0][0] != here  # the first was the process's: never taken from it


def slowly(part):
    time.sleep(1)
    return list(part)


def test_a_process_killed_while_it_wrote_a_result_neither_hangs_the_import_nor_the_exit():
    """Killed half-way through writing a result, the process leaves half a message in the
    executor's pipe, and Python's executor waits for the rest for ever: its chunks are then
    computed here, and stopping lets the executor go (the program and this test can end).
    The half message is written here, as the dying process would have left it."""
    import struct
    import threading

    doomed = WarmProcess(())
    doomed.start()
    assert doomed.wait_until_warm(60)
    before = set(threading.enumerate())
    chunks = doomed.chunks(slowly, list(range(10)), 5)
    results = doomed._pool._result_queue._writer  # the executor's own result pipe
    os.write(results.fileno(), struct.pack("!i", 1000) + b"half")
    os.kill(doomed.pid(), signal.SIGKILL)
    assert list(chunks) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    doomed.stop()
    for thread in set(threading.enumerate()) - before:
        thread.join(10)
        assert not thread.is_alive(), thread.name


@pytest.mark.parametrize("warm_first", [True, False], ids=["warm", "still-starting"])
def test_stopping_ends_the_executors_own_thread_before_the_program_exits(warm_first):
    """Python 3.11's exit wakes the executor's thread through a pipe that the thread closes
    as it ends, unlocked: a program that ended (a SIGTERM soon after start-up) while that
    thread was ending printed "Bad file descriptor" from threading's exit. So ``stop`` waits
    for the thread, also for a process that is still importing its modules."""
    import threading

    before = set(threading.enumerate())
    process = WarmProcess()
    process.start()
    if warm_first:
        assert process.wait_until_warm(60)
    started = set(threading.enumerate()) - before
    assert started  # the executor's thread, which stop must end
    process.stop()
    assert [t.name for t in started if t.is_alive()] == []
