"""Reads for a view, off the GUI thread, where only the newest one matters.

Typing a search asks for a new page at every key. A ``Lane`` runs one read at a time on its
own thread; asking for a new one stops the one running (its query is interrupted) and skips
any that were waiting, so the view always shows the newest answer and the GUI thread never
waits for the database. With ``TaskRunner.inline`` (tests) reads run at once, in order.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from originn_desktop.db.reading import Stoppable, Stopped
from originn_desktop.workers.tasks import TaskRunner

Work = Callable[[Stoppable], Any]


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Read(QRunnable):
    def __init__(self, lane: Lane, generation: int, work: Work, stop: Stoppable) -> None:
        super().__init__()
        self._lane = lane
        self._generation = generation
        self._work = work
        self._stop = stop

    def run(self) -> None:
        if self._stop.stopped:  # superseded while it waited: never started
            return
        try:
            result = self._work(self._stop)
        except Stopped:
            return
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self._answer(self._lane.signals.failed, exc)
        else:
            self._answer(self._lane.signals.finished, result)

    def _answer(self, signal: Any, value: object) -> None:
        # The view may be gone (a window that failed to open): then nobody is asking.
        with contextlib.suppress(RuntimeError):
            signal.emit(self._generation, value)


class Lane(QObject):
    """One read at a time, the newest only; its result goes to ``done`` on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = _Signals(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._stop: Stoppable | None = None
        self._handlers: tuple[Callable[[Any], None], Callable[[BaseException], None]] | None = None
        self.signals.finished.connect(self._finished)
        self.signals.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        """Whether a read was asked for and its answer has not arrived yet."""
        return self._handlers is not None

    def submit(
        self,
        work: Work,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work(stop)`` and hand its result to ``done``, unless a newer read is
        submitted first (then the result is dropped and the read interrupted)."""
        self.cancel()
        self._generation += 1
        stop = Stoppable()
        self._stop = stop
        self._handlers = (done, failed or _raise)
        if TaskRunner.inline:
            _inline.append((self, self._generation, work, stop))
            if len(_inline) == 1:  # not asked from inside another read's answer
                _run_inline()
            return
        self._pool.start(_Read(self, self._generation, work, stop))

    def cancel(self) -> None:
        """Stop the read running or waiting; its result will not be delivered."""
        if self._stop is not None:
            self._stop.stop()
            self._stop = None
        self._handlers = None
        self._generation += 1

    def shutdown(self) -> None:
        """Stop everything and wait for the thread (before the database is closed)."""
        self.cancel()
        self._pool.waitForDone()

    def _finished(self, generation: int, result: Any) -> None:
        if generation != self._generation or self._handlers is None:
            return
        done, _ = self._handlers
        self._handlers = None
        self._stop = None
        done(result)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or self._handlers is None:
            return
        _, failed = self._handlers
        self._handlers = None
        self._stop = None
        failed(exc)


def _raise(exc: BaseException) -> None:
    raise exc


# Reads run inline (tests), in the order asked. One asked for while another's answer is being
# handled (a view fetching more rows as it hears of a reset) runs once that handling is over,
# as its answer would arrive on the GUI thread, and not in the middle of the model's signals.
_inline: list[tuple[Lane, int, Work, Stoppable]] = []


def _run_inline() -> None:
    try:
        while _inline:
            lane, generation, work, stop = _inline[0]
            try:
                if not stop.stopped:
                    try:
                        result = work(stop)
                    except Stopped:
                        pass
                    except BaseException as exc:
                        lane._failed(generation, exc)
                    else:
                        lane._finished(generation, result)
            finally:
                _inline.pop(0)
    finally:
        _inline.clear()
