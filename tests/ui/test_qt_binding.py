"""The Qt binding itself must be sound: a window emits thousands of signals in a day."""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    anything = Signal(object)
    nothing = Signal()


def test_emitting_signals_does_not_leak_references(qapp):
    """PySide6 6.12.0 lost a reference to True on each emit() and aborted the program after a
    few thousand signals; pyproject.toml keeps it out."""
    emitter = Emitter()
    received = []
    emitter.anything.connect(received.append)
    emitter.nothing.connect(lambda: received.append(None))
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(2000):
        emitter.anything.emit(None)
        emitter.nothing.emit()
    assert len(received) == 4000
    assert abs(sys.getrefcount(True) - before[0]) < 50
