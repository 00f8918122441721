"""Pure computation started in a second process, while this one goes on with other work.

A forked child starts in about a millisecond with everything this process has imported, so a
computation of a few hundred milliseconds (checking a large roster's rows) can run on the
second core while this process loads the database layer. Only on Linux: Windows has no fork,
and on macOS forking is unsafe once system frameworks are loaded. There, and whenever anything
about the child goes wrong, the work is simply done here: the result is always ``fn(items)``.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def available() -> bool:
    return sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1


class Pending(Generic[T, R]):
    """``fn(items)``, being computed by a child process (or, failing that, on demand here)."""

    def __init__(self, fn: Callable[[Sequence[T]], list[R]], items: Sequence[T], fork: bool):
        self._fn = fn
        self._items = items
        self._pid = 0
        self._read_fd = -1
        self._result: list[R] | None = None
        if fork:
            self._start()

    def _start(self) -> None:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: compute, hand over, leave without the parent's exit handlers
            # No garbage collection in a short-lived child: a full pass touches every object
            # inherited from the parent, copying the pages this process shares with it.
            gc.disable()
            code = 1
            try:
                os.close(read_fd)
                data = pickle.dumps(self._fn(self._items), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write_fd, "wb") as pipe:
                    pipe.write(data)
                code = 0
            finally:
                os._exit(code)
        os.close(write_fd)
        self._pid, self._read_fd = pid, read_fd

    def result(self) -> list[R]:
        if self._result is None:
            self._result = self._collect() if self._pid else None
            if self._result is None:  # no child, or it failed: done here (any error raised here)
                self._result = self._fn(self._items)
        return self._result

    def _collect(self) -> list[R] | None:
        with os.fdopen(self._read_fd, "rb") as pipe:
            self._read_fd = -1
            data = pipe.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        if os.waitstatus_to_exitcode(status) != 0:
            return None
        try:
            result: list[R] = pickle.loads(data)
        except Exception:
            return None
        return result

    def close(self) -> None:
        """Stop the child if it still runs: nothing is left behind after an error here."""
        if self._read_fd != -1:
            os.close(self._read_fd)
            self._read_fd = -1
        if self._pid:
            try:
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self._pid = 0


@contextmanager
def in_child(
    fn: Callable[[Sequence[T]], list[R]], items: Sequence[T], min_items: int = 0
) -> Iterator[Pending[T, R]]:
    """Start ``fn(items)`` in a child process; ``.result()`` inside the block waits for it.

    ``fn`` must be pure (no files, no database, no Qt) and its result picklable: the child
    works on a copy of this process's memory and hands back only the result, through a pipe.
    Below ``min_items`` a second process costs more than it saves, and the work is done here.
    Call it from a process with one thread (the command line), never from the window.
    """
    pending = Pending(fn, items, fork=available() and len(items) >= max(min_items, 1))
    try:
        yield pending
    finally:
        pending.close()
