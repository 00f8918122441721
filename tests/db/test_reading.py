"""A read stopped from another thread ends at once, and its connection serves the next read."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from originn_desktop.db.reading import Stoppable, Stopped

# Counts to a billion: minutes of work, unless something stops it.
ENDLESS = text(
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000) "
    "SELECT count(*) FROM n"
)


def test_stopping_interrupts_the_running_query(db):
    stop = Stoppable()
    outcome: list[object] = []
    started = threading.Event()

    def read() -> None:
        try:
            with stop.read(db) as session:
                started.set()
                outcome.append(session.scalar(ENDLESS))
        except Stopped:
            outcome.append("stopped")

    worker = threading.Thread(target=read)
    worker.start()
    assert started.wait(30)
    stop.stop()
    worker.join(60)  # a guard against hanging, not a measurement
    assert not worker.is_alive()
    assert outcome == ["stopped"]
    # The connection went back to the pool unharmed: the next read works.
    with db.read() as session:
        assert session.scalar(text("SELECT 1")) == 1


def test_a_read_stopped_before_it_starts_never_runs(db):
    stop = Stoppable()
    stop.stop()
    with pytest.raises(Stopped), stop.read(db) as session:
        session.scalar(ENDLESS)


def test_stopping_after_the_read_leaves_later_reads_alone(db):
    stop = Stoppable()
    with stop.read(db) as session:
        assert session.scalar(text("SELECT 2")) == 2
    stop.stop()  # the connection is back in the pool: nothing of it is interrupted
    with db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM participant")) == 0
