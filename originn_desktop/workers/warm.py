"""A second process for the window, started ahead of time and kept warm.

The command line forks a child to check a roster while it loads the database layer
(``workers.forked``). The window cannot: forking a process with threads (Qt's, the thread
pool's) is unsafe, and Windows has no fork at all. So the window starts one process with
``multiprocessing``'s *spawn* method (the same on Linux, Windows and macOS, and in the frozen
program, whose entry point calls ``freeze_support()``) shortly after its first paint, has it
import the modules its work needs, and leaves it waiting. When the coordinator imports a
roster, the rows go to it a chunk at a time and come back checked, while the window's worker
thread judges the chunks that have arrived.

Nothing here imports Qt: the spawned process imports this module to find its functions.
If the process cannot be started or fails, the work is done in this process with the same
result: ``Chunks`` yields ``fn(chunk)`` for every chunk, whatever happens to the process.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 1000  # items per message, as the command line's child sends them
STOP_WAIT = 5.0  # seconds ``stop`` waits for the executor's own thread to end
# What the import's checks need: imported by the process while the window has nothing to do.
CHECK_MODULES = ("originn_desktop.domain.roster",)


def _warm(modules: Sequence[str]) -> None:
    """In the spawned process, once: import ``modules``, and end with the program (Ctrl-C in
    a terminal reaches the whole process group: the program ends this process itself)."""
    import multiprocessing
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    for name in modules:
        importlib.import_module(name)
    parent = multiprocessing.parent_process()
    if parent is not None:
        # A pool's worker holds both ends of its task queue and would wait forever, 30 MB,
        # after the window was killed: it watches the window's process instead.
        from multiprocessing.connection import wait

        def watch() -> None:
            wait([parent.sentinel])
            os._exit(1)

        threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _ready() -> int:
    return os.getpid()


class WarmProcess:
    """One spawned process, with ``modules`` imported, that computes chunks of work in order."""

    def __init__(self, modules: Sequence[str] = CHECK_MODULES) -> None:
        self._modules = tuple(modules)
        self._pool: ProcessPoolExecutor | None = None
        self._ready: Future[int] | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        """Spawn the process and have it import its modules; returns at once."""
        import multiprocessing

        with self._lock:
            if self._pool is not None:
                return
            try:
                self._pool = ProcessPoolExecutor(
                    1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_warm,
                    initargs=(self._modules,),
                )
                self._ready = self._pool.submit(_ready)  # starts the process
            except (OSError, RuntimeError):  # no process to be had: the work is done here
                self._pool = None
                self._ready = None

    @property
    def started(self) -> bool:
        return self._pool is not None

    def is_warm(self) -> bool:
        """Whether the process has started and imported its modules."""
        ready = self._ready
        return ready is not None and ready.done() and ready.exception() is None

    def wait_until_warm(self, timeout: float | None = None) -> bool:
        ready = self._ready
        if ready is None:
            return False
        try:
            ready.result(timeout)
        except Exception:
            return False
        return True

    def pid(self) -> int | None:
        return self._ready.result() if self.is_warm() and self._ready else None

    def chunks(
        self, fn: Callable[[Sequence[T]], R], items: Sequence[T], size: int = CHUNK
    ) -> Chunks[T, R]:
        """``fn`` of each ``size`` items, in order, computed by the process (see ``Chunks``).

        ``fn`` must be a module-level function of a module that does not import Qt, its
        arguments and result picklable (``functools.partial`` of such a function is fine).
        """
        return Chunks(self._pool, fn, items, size, alive=lambda: _alive(self._pool))

    def stop(self) -> None:
        """End the process (work it has not started is dropped)."""
        with self._lock:
            pool, self._pool, self._ready = self._pool, None, None
        if pool is not None:
            dead = not _alive(pool)  # asked first: shutting down forgets the process
            results = getattr(pool, "_result_queue", None)
            manager = getattr(pool, "_executor_manager_thread", None)
            pool.shutdown(wait=False, cancel_futures=True)
            if dead:
                _release(results)
            if manager is not None:
                # Python 3.11's exit wakes the executor's thread through a pipe that the
                # thread closes as it ends, without a lock: a program ended while that thread
                # was ending printed "Bad file descriptor" from threading's exit (seen once,
                # a SIGTERM soon after start-up on a loaded machine). It ends within moments:
                # the process has at most one chunk to finish.
                manager.join(timeout=STOP_WAIT)


# A process killed while it wrote a result leaves half a message in the executor's result
# pipe: Python 3.11's executor then waits for the rest for ever (its future never completes,
# and its thread holds up the interpreter's exit). The private attributes below are read
# only to notice that and let go; elsewhere everything works without them.


def _alive(pool: ProcessPoolExecutor | None) -> bool:
    """Whether the executor's process is still running (True when it cannot be told)."""
    processes = getattr(pool, "_processes", None) or {}
    return all(process.is_alive() for process in list(processes.values()))


def _release(results: object) -> None:
    """End the executor's wait for a message its dead process never finished: closing this
    end of its result pipe, the last one open for writing, gives the reader an end of file,
    which the executor takes for the broken pool it is."""
    writer = getattr(results, "_writer", None)
    if writer is not None:
        writer.close()


class Chunks(Generic[T, R]):
    """``fn(items[i:i + size])`` for each chunk, in order, each as soon as it is computed.

    The process is handed the chunks from the front, a few ahead of the one iterating waits
    for. While iterating would wait, this thread computes the last chunk not yet handed out:
    two cores share the work instead of one working while the other waits (the rows' checks
    were the window's import preview's longest part). If the process is missing or fails,
    the remaining chunks are computed here (an error in ``fn`` itself is then raised here).
    ``cancel()`` drops the chunks the process has not begun and ends the iteration; the
    process stays warm for the next time.
    """

    AHEAD = 2  # chunks handed to the process before it needs them: it never waits for one

    def __init__(
        self,
        pool: ProcessPoolExecutor | None,
        fn: Callable[[Sequence[T]], R],
        items: Sequence[T],
        size: int,
        alive: Callable[[], bool] = lambda: True,
    ) -> None:
        self._pool = pool
        self._alive = alive
        self._fn = fn
        self._parts = [items[i : i + size] for i in range(0, len(items), size)]
        self._cancelled = threading.Event()
        self._futures: dict[int, Future[R]] = {}  # handed to the process, not yet taken
        self._here: dict[int, R] = {}  # computed here while waiting, not yet taken
        self._front = 0  # the next chunk to hand to the process
        self._back = len(self._parts)  # the chunks from here on are computed here
        self._hand_out()

    def _hand_out(self) -> None:
        """Keep ``AHEAD`` chunks with the process."""
        while (
            self._pool is not None
            and self._front < self._back
            and sum(not f.done() for f in self._futures.values()) < self.AHEAD
        ):
            try:
                self._futures[self._front] = self._pool.submit(self._fn, self._parts[self._front])
            except RuntimeError:  # shut down, or broken by a process that died
                self._pool = None
                return
            self._front += 1

    def __iter__(self) -> Iterator[R]:
        for i, part in enumerate(self._parts):
            if self._cancelled.is_set():
                return
            yield self._result(i, part)

    def _result(self, i: int, part: Sequence[T]) -> R:
        if i in self._here:
            return self._here.pop(i)
        future = self._futures.pop(i, None)
        if future is None or self._pool is None:  # not handed out, or the process is gone
            return self._fn(part)
        while not future.done() and self._front < self._back and not self._cancelled.is_set():
            self._back -= 1
            self._here[self._back] = self._fn(self._parts[self._back])
            self._hand_out()
        while True:
            try:
                result = future.result(timeout=0.25)
            except TimeoutError:
                if self._alive():
                    continue
            except CancelledError:
                return self._fn(part)
            except Exception:  # the process died, or the work failed there
                pass
            else:
                self._hand_out()
                return result
            # The process is gone (its executor may never say so: see _release): done here.
            # Its futures are left alone: cancelled ones made 3.11's executor raise when it
            # found the pool broken.
            self._pool = None
            return self._fn(part)

    def cancel(self) -> None:
        """Stop: iteration ends before the next chunk (safe from any thread)."""
        self._cancelled.set()
        self.cancel_futures()

    def cancel_futures(self) -> None:
        for future in list(self._futures.values()):
            future.cancel()


# -- the window's one warm process ---------------------------------------------------------------

_shared: WarmProcess | None = None


def start() -> WarmProcess:
    """Start the window's warm process (once); the window calls this after its first paint."""
    global _shared
    if _shared is None:
        _shared = WarmProcess()
    _shared.start()
    return _shared


def current() -> WarmProcess | None:
    """The window's warm process, if it was started."""
    return _shared if _shared is not None and _shared.started else None


def stop() -> None:
    global _shared
    if _shared is not None:
        _shared.stop()
        _shared = None
