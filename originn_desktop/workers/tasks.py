"""Running a service off the GUI thread, with progress and cancelling.

A task function receives a ``Progress`` to report ``(done, total)`` and to ask whether the
user cancelled. ``TaskRunner.inline = True`` runs tasks synchronously, so tests are
deterministic (as Picard's fake thread pool does).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Progress:
    """Handed to a task: report progress, check for cancelling. Thread-safe."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        self._report(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.progress = Progress(self.signals.progress.emit)
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn(self.progress)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    inline = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def start(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        task = Task(fn)
        task.setAutoDelete(False)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        task.signals.finished.connect(on_done)
        task.signals.failed.connect(on_error)
        task.signals.finished.connect(lambda _r: self._running.discard(task))
        task.signals.failed.connect(lambda _e: self._running.discard(task))
        self._running.add(task)
        if self.inline:
            task.run()
        else:
            self._pool.start(task)
        return task

    def wait(self) -> None:
        self._pool.waitForDone()
