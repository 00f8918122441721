"""What the certificate worker processes run: plain values in, PDF bytes out.

A spawned worker imports this module, the drawing code and its fonts, and nothing of the
database: the register's code (SQLAlchemy and the models) would cost each worker half a second
of start-up for nothing it uses. ``services.certificates`` plans, signs and registers.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from originn_desktop.certificates.content import CertificateContent
from originn_desktop.certificates.pdfa import Attachment

if TYPE_CHECKING:
    from concurrent.futures import Executor

# One certificate to draw: its content, number, day of issue and what it carries inside.
Drawing = tuple[CertificateContent, str, dt.date, tuple[Attachment, ...]]

POOL_FROM = 40  # certificates in a batch from which worker processes pay off


def default_workers(jobs: int) -> int:
    """Worker processes for a batch: every core for a cohort, none for a handful."""
    cores = os.cpu_count() or 1
    return min(cores, 8) if jobs >= POOL_FROM and cores > 1 else 1


def render_pool(workers: int) -> Executor:
    """``workers`` processes that draw certificates, started now and made ready while the
    caller goes on (the window starts them when the certificate dialog opens, the command
    line before it loads the register's code).

    spawn: workers start clean (no copy of the window's threads), the same on every system.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=prepare
    )
    for _ in range(workers):  # each submission starts a process while none is idle
        pool.submit(os.getpid)
    return pool


def draw(item: Drawing) -> bytes:
    """One certificate's PDF."""
    from originn_desktop.certificates.render import render_certificate

    content, number, issued_on, attachments = item
    return render_certificate(content, number, issued_on, attachments)


def draw_all(items: Sequence[Drawing]) -> list[bytes]:
    """A few certificates drawn in a worker process (one message there and back for them)."""
    return [draw(item) for item in items]


def prepare() -> None:
    """In each worker, as it starts: end with the program (not on Ctrl-C, which reaches the
    whole process group: the program ends its workers), and load the drawing code and its
    fonts before the first certificate arrives."""
    import gc
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()

    from originn_desktop.certificates import render  # noqa: F401
    from originn_desktop.pdf.fonts import register_fonts

    register_fonts()
    gc.freeze()  # the fonts and the code stay: the collector need not look at them again


def _exit_with_parent() -> None:
    """In each worker: if the program is killed mid-batch, its workers end too.

    A pool's workers hold both ends of their task queue, so they never see it close; left
    alone they would wait forever, 70 MB each, after the window was killed or crashed.
    """
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
