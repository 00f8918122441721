"""The garbage collector paused for a batch that allocates much and frees little.

Checking or writing a roster makes hundreds of thousands of objects that live until the batch
ends; the collector's passes over them found nothing to free and cost a tenth of a
10,000-row import (measured: 60 ms on the command line, 12% of the rows' checking in the
window's second process). Objects are still freed as they are dropped; cycles are collected
once the batch ends. Nested or concurrent pauses are harmless: the collector is switched
back on by whichever pause found it on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# Start-up: importing the libraries and our modules, and building the window, makes a few
# hundred thousand objects that live as long as the program; the collector's passes over them
# while they were made cost the window 60-100 ms of its start (183 passes, measured with
# gc.callbacks on the bench's register). The entry point pauses it; the window switches it
# back on once built (after gc.freeze(), so its passes no longer walk what start-up made),
# every other command before it runs.
_paused_for_startup = False


def pause_for_startup() -> None:
    global _paused_for_startup
    if gc.isenabled():
        gc.disable()
        _paused_for_startup = True


def end_startup_pause() -> None:
    """The collector on again, if ``pause_for_startup`` switched it off (harmless twice)."""
    global _paused_for_startup
    if _paused_for_startup:
        _paused_for_startup = False
        gc.enable()
