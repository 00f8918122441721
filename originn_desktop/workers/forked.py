"""Pure computation started in a second process, while this one goes on with other work.

A forked child starts in about a millisecond with everything this process has imported, so a
computation of a few hundred milliseconds (checking a large roster's rows) can run on the
second core while this process loads the database layer. Only on Linux: Windows has no fork,
and on macOS forking is unsafe once system frameworks are loaded. There, and whenever anything
about the child goes wrong, the work is simply done here: the result is always ``fn(items)``.

The child sends its results a chunk at a time as it goes, so that this process can take in
the first chunks while the child still works on the last. When this process would wait for a
chunk, it computes the last chunk nobody has taken instead, and tells the child to stop before
it: the two cores share the work to its end rather than one waiting for the other.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import queue
import signal
import struct
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 1000  # items per message from the child
_HEADER = struct.Struct("<QI")  # a message's length and the index of its chunk
_DONE = 2**64 - 1  # the length that says the child finished
_CLAIM = struct.Struct("<I")  # to the child: stop before this chunk, this process does it


def available() -> bool:
    return sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1


def _plain(values: Any) -> Any:
    return values


class Pending(Generic[T, R]):
    """``fn(items)``, being computed by a child process (or, failing that, on demand here)."""

    def __init__(
        self,
        fn: Callable[[Sequence[T]], list[R]],
        items: Sequence[T],
        fork: bool,
        pack: Callable[[list[R]], Any] = _plain,
        unpack: Callable[[Any], list[R]] = _plain,
    ):
        self._fn = fn
        self._items = items
        self._pack = pack
        self._unpack = unpack
        self._pid = 0
        self._reader: threading.Thread | None = None
        # (finished, chunk, message); (finished, 0, None) once the child has stopped
        self._messages: queue.SimpleQueue[tuple[bool, int, bytes | None]] = queue.SimpleQueue()
        self._result: list[R] | None = None
        self._count = -(-len(items) // CHUNK)  # chunks
        self._back = self._count  # the chunks from here on are this process's
        self._claims: int | None = None  # the pipe that tells the child so
        if fork:
            try:
                self._start()
            except OSError:  # no pipe or no process to be had (limits, memory): done here
                self._pid = 0

    def _part(self, index: int) -> Sequence[T]:
        return self._items[index * CHUNK : (index + 1) * CHUNK]

    def _start(self) -> None:
        read_fd, write_fd = os.pipe()
        try:
            claims_read, claims_write = os.pipe()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            raise
        try:  # room for most of the results, so the child rarely waits for this process
            import fcntl

            fcntl.fcntl(write_fd, fcntl.F_SETPIPE_SZ, 1 << 20)
        except (ImportError, AttributeError, OSError):
            pass
        try:
            pid = os.fork()
        except OSError:
            for fd in (read_fd, write_fd, claims_read, claims_write):
                os.close(fd)
            raise
        if pid == 0:  # the child: compute, hand over, leave without the parent's exit handlers
            code = 1
            try:
                # Ctrl-C ends the child at once, without unwinding the parent's stack in it.
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                # No garbage collection in a short-lived child: a full pass touches every
                # object inherited from the parent, copying the pages it shares with it.
                gc.disable()
                os.close(read_fd)
                os.close(claims_write)
                os.set_blocking(claims_read, False)
                limit = self._count
                with os.fdopen(write_fd, "wb") as pipe:
                    for index in range(self._count):
                        limit = _claimed(claims_read, limit)
                        if index >= limit:  # the parent does the rest
                            break
                        chunk = self._fn(self._part(index))
                        data = pickle.dumps(self._pack(chunk), protocol=pickle.HIGHEST_PROTOCOL)
                        pipe.write(_HEADER.pack(len(data), index))
                        pipe.write(data)
                        pipe.flush()
                    pipe.write(_HEADER.pack(_DONE, 0))
                code = 0
            finally:
                os._exit(code)
        os.close(write_fd)
        os.close(claims_read)
        self._claims = claims_write
        self._pid = pid
        # The pipe is emptied as the child fills it, so the child never waits for this process
        # (its results can be larger than the pipe, and this process is busy meanwhile).
        self._reader = threading.Thread(
            target=self._drain, args=(read_fd,), name="forked-results", daemon=True
        )
        self._reader.start()

    def _drain(self, read_fd: int) -> None:
        """Move the child's messages from the pipe to ``_messages``: (False, chunk, message),
        with (True, 0, None) at the end and (False, 0, None) if the child stopped short."""
        try:
            with os.fdopen(read_fd, "rb") as pipe:
                while (header := _read_exactly(pipe, _HEADER.size)) is not None:
                    size, index = _HEADER.unpack(header)
                    if size == _DONE:
                        self._messages.put((True, 0, None))
                        return
                    data = _read_exactly(pipe, size)
                    if data is None:
                        break
                    self._messages.put((False, index, data))
        except Exception:  # whatever went wrong on the way, the rest is done in chunks()
            pass
        self._messages.put((False, 0, None))

    def result(self) -> list[R]:
        """All of ``fn(items)``; waits for the child."""
        if self._result is None:
            self._result = [r for chunk in self.chunks() for r in chunk]
        return self._result

    def chunks(self) -> Iterator[list[R]]:
        """``fn(items)`` a part at a time, in order, each as soon as it has arrived; once.

        While the next part has not arrived, this process computes the last part nobody has
        taken (the child is told to stop before it). Once the child has stopped, for good or
        not, whatever it did not hand over is done here (an error in ``fn`` raised here)."""
        if not self._pid:
            yield self._fn(self._items)
            return
        received: dict[int, list[R]] = {}  # from the child
        here: dict[int, list[R]] = {}  # computed here
        ended = False
        for index in range(self._count):
            while index not in received and index not in here:
                if ended:
                    here[index] = self._fn(self._part(index))
                    break
                try:
                    finished, part, data = self._messages.get_nowait()
                except queue.Empty:
                    if self._back - 1 > index:  # rather than wait: the last part untaken
                        self._take_last(here)
                        continue
                    finished, part, data = self._messages.get()
                if data is None:  # the child has stopped
                    ended = True
                    self._stop_child(wait=finished)
                    continue
                try:
                    received[part] = self._unpack(pickle.loads(data))
                except Exception:  # a message that does not read back: the rest is done here
                    ended = True
                    self._stop_child(wait=False)
            yield here.pop(index) if index in here else received.pop(index)
        self._stop_child(wait=True)

    def _take_last(self, here: dict[int, list[R]]) -> None:
        """Compute the last part nobody has taken, after telling the child to stop before it
        (a child that began it anyway is not waited for: its copy is not used)."""
        self._back -= 1
        if self._claims is not None:
            # OSError: the child has gone, and would not have done this part anyway.
            with contextlib.suppress(OSError):
                os.write(self._claims, _CLAIM.pack(self._back))
        here[self._back] = self._fn(self._part(self._back))

    def _stop_child(self, wait: bool) -> bool:
        """Reap the child (killing it first unless ``wait``); True if it ended well."""
        ok = False
        if self._pid:
            try:
                if not wait:
                    os.kill(self._pid, signal.SIGKILL)
                _, status = os.waitpid(self._pid, 0)
                ok = wait and os.waitstatus_to_exitcode(status) == 0
            except (ProcessLookupError, ChildProcessError):
                pass
            self._pid = 0
        if self._reader is not None:
            self._reader.join()  # the pipe's writer is gone: the reader has ended
            self._reader = None
        if self._claims is not None:
            os.close(self._claims)
            self._claims = None
        return ok

    def close(self) -> None:
        """Stop the child if it still runs: nothing is left behind after an error here."""
        self._stop_child(wait=False)


def _claimed(claims: int, limit: int) -> int:
    """In the child: the chunk to stop before, ``limit`` lowered by what the parent has
    claimed since (each claim is four bytes, written whole)."""
    try:
        data = os.read(claims, 4096)
    except BlockingIOError:  # nothing new
        return limit
    whole = len(data) - len(data) % _CLAIM.size
    taken: list[int] = [claim for (claim,) in _CLAIM.iter_unpack(data[:whole])]
    return min([limit, *taken])


def _read_exactly(pipe: IO[bytes], size: int) -> bytes | None:
    data = pipe.read(size)
    return data if len(data) == size else None


@contextmanager
def in_child(
    fn: Callable[[Sequence[T]], list[R]],
    items: Sequence[T],
    min_items: int = 0,
    pack: Callable[[list[R]], Any] = _plain,
    unpack: Callable[[Any], list[R]] = _plain,
) -> Iterator[Pending[T, R]]:
    """Start ``fn(items)`` in a child process; ``.result()`` inside the block waits for it.

    ``fn`` must be pure (no files, no database, no Qt), give for a list of items the
    concatenation of what it gives for its parts (the child works a chunk at a time), and
    return picklable results: the child works on a copy of this process's memory and hands
    back only the results, through a pipe, as ``pack(results)`` turned back by ``unpack``
    (for results that pickle slowly). Below ``min_items`` a second process costs more than it
    saves, and the work is done here. Call it from a process with one thread (the command
    line), never from the window.
    """
    pending = Pending(
        fn, items, fork=available() and len(items) >= max(min_items, 1), pack=pack, unpack=unpack
    )
    try:
        yield pending
    finally:
        pending.close()
