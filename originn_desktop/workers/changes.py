"""The window hears when another coordinator saved: on a PostgreSQL register, a thread waits
for the server's notifications and tells the window, which reads the register again.

On SQLite nothing runs here: the window asks the file's data version when it is activated.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from originn_desktop.db.engine import Database

POLL_SECONDS = 0.5  # how soon the thread notices it should stop
RECONNECT_SECONDS = 5.0


class ChangeWatcher(QObject):
    """Emits ``changed`` (in the GUI thread) when another process committed a change."""

    changed = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seen = 0  # changes heard of: the window's data version
        self._stop = threading.Event()
        stop = self._stop
        self.destroyed.connect(lambda *_: stop.set())
        self._thread = threading.Thread(
            target=self._listen, args=(db,), name="originn-changes", daemon=True
        )
        self._thread.start()

    def _listen(self, db: Database) -> None:
        from originn_desktop.db.notify import ChangeListener, ChangesUnavailable
        from originn_desktop.diagnostics import log

        listener: ChangeListener | None = None
        lost = False
        try:
            while not self._stop.is_set():
                try:
                    if listener is None:
                        listener = ChangeListener(db)
                        if not lost:
                            continue
                        lost = False  # changes may have been missed meanwhile: read again
                    elif not listener.wait(POLL_SECONDS):
                        continue
                except ChangesUnavailable as exc:
                    if not lost:
                        log.warning("not hearing of other windows' changes: %s", exc)
                    if listener is not None:
                        listener.close()
                    listener, lost = None, True
                    self._stop.wait(RECONNECT_SECONDS)
                    continue
                self.seen += 1
                try:
                    self.changed.emit()
                except RuntimeError:  # the window is gone
                    return
        finally:
            if listener is not None:
                listener.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2 * POLL_SECONDS)


def watch_changes(db: Database, parent: QObject) -> ChangeWatcher | None:
    """A watcher for a server register; None for a file (the data version does it there)."""
    return ChangeWatcher(db, parent) if db.is_postgresql else None
