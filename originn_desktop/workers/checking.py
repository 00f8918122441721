"""A roster's rows checked for the window: by the warm process, a chunk at a time, with
progress and cancelling, and the same result as ``check_rows`` in this process.

The spawned process imports this module to run ``check_packed``: no Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Protocol

from originn_desktop.domain.roster import CheckedRow, Packed, check_rows, pack, unpack
from originn_desktop.workers.collector import gc_paused
from originn_desktop.workers.warm import CHUNK, Chunks, WarmProcess


class Cancelled(Exception):
    """The coordinator cancelled: what was being done is dropped, nothing was written."""


class Reporter(Protocol):
    """``workers.tasks.Progress``: reports (done, total) and says whether to stop."""

    def __call__(self, done: int, total: int) -> None: ...

    @property
    def cancelled(self) -> bool: ...


def check_packed(
    rows: Sequence[tuple[int, list[str]]],
    mapping: Sequence[str],
    order: str,
    today: dt.date,
    with_results: bool = False,
) -> Packed:
    """In the warm process: the rows checked, as plain values (quick to pickle)."""
    with gc_paused():
        return pack(check_rows(rows, mapping, order, today, with_results))


def checked_rows(
    rows: Sequence[tuple[int, list[str]]],
    mapping: Sequence[str],
    order: str,
    today: dt.date,
    process: WarmProcess | None,
    progress: Reporter | None = None,
    with_results: bool = False,
) -> Callable[[], Iterator[list[CheckedRow]]]:
    """For ``plan_import(checked=...)``: the rows checked a chunk at a time, by ``process``
    if there is one, else here; after each chunk ``progress`` hears how many rows are
    checked, and a cancel raises ``Cancelled`` before the next."""

    def chunks() -> Iterator[list[CheckedRow]]:
        check = partial(
            check_packed,
            mapping=list(mapping),
            order=str(order),
            today=today,
            with_results=with_results,
        )
        parts: Chunks[tuple[int, list[str]], Packed] | None = None
        if process is not None:
            parts = process.chunks(check, rows)
        done = 0
        try:
            source: Iterator[list[CheckedRow]]
            if parts is None:  # here, still a chunk at a time: progress and cancel work alike
                source = (
                    check_rows(rows[i : i + CHUNK], mapping, order, today, with_results)
                    for i in range(0, len(rows), CHUNK)
                )
            else:
                source = (unpack(packed) for packed in parts)
            for checked in source:
                if progress is not None and progress.cancelled:
                    raise Cancelled()
                done += len(checked)
                yield checked
                if progress is not None:
                    progress(done, len(rows))
            if progress is not None and progress.cancelled:
                raise Cancelled()
        finally:
            if parts is not None:
                parts.cancel()  # an error or a cancel: the process drops the rest

    return chunks
