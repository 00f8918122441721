"""Starting the window with nobody in front of it (``gui --quit-after-startup``: scripts, tests,
the benchmarks): nothing may wait for a person.

Any modal dialog that opens meanwhile (a notice at start-up, a question, a warning) is printed
on stderr instead and closed, as its Escape key would close it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

# How often to look for a dialog waiting for an answer (ms): each look is one function call.
LOOK_EVERY_MS = 25


def describe(widget: QWidget) -> str:
    """What the dialog says, in one line."""
    if isinstance(widget, QMessageBox):
        parts = [widget.text(), widget.informativeText()]
    else:
        parts = [widget.windowTitle()]
    return " ".join(" ".join(p.split()) for p in parts if p.strip()) or type(widget).__name__


class Unattended(QObject):
    """Answers every modal dialog by printing what it says and closing it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_EVERY_MS)
        self._timer.timeout.connect(self.answer)
        self._timer.start()

    def answer(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        if widget is self._last:  # it would not close: hiding it ends its exec() all the same
            widget.hide()
            return
        self._last = widget
        text = describe(widget)
        print(f"originn-desktop: {text}", file=sys.stderr, flush=True)
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
