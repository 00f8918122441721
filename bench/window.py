"""The window's own paths, each in a fresh process: ``python -m bench.window KIND ARGS...``
prints one JSON line.

- ``import ROSTER DB MODULE``: the import wizard's code path with the objects the window uses
  (the wizard's pages, its worker thread, the warm second process started as after the first
  paint), driven without showing a dialog: choose the file, check the mapping, the preview
  (every row checked, judged and dry-run), then Import.
- ``certificates DB MODULE OUT``: the certificate dialog opened for a module and Create
  clicked at once (so its worker processes start with the batch, as the command line's do);
  also the batch again once they are warm, as when the coordinator looked at the preview first.
- ``paint DB``: the program's own start-up (``ui.app.run``), watching the first paint: which
  tables were visible in it and how many rows they showed.
- ``undo DB ROSTER``: the roster imported into the register (a copy), then Undo and Redo in
  the window as the coordinator would click them, with the same timer as ``probe`` on the GUI
  thread: how late it ran while the import was taken back and made again.
- ``probe DB``: responsiveness on the GUI thread while scrolling the participants, typing
  searches, and sorting by company and by a module's status and showing that module's people:
  a timer due every 10 ms records how late it runs (a late timer is a frozen frame).

Qt is imported inside the functions: a spawned worker imports this module as its main module.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

STARTED = time.perf_counter()


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from originn_desktop.ui import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install("sv")
    return app


def _wait(app: Any, done: Callable[[], bool], timeout: float = 600) -> None:
    """Let the event loop run (the worker threads report through it) until ``done()``."""
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + timeout
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if time.perf_counter() > end:
            raise SystemExit("bench.window: timed out")
        time.sleep(0.0005)


def importing(roster: str, db_path: str, module: str) -> dict[str, Any]:
    import gc

    from originn_desktop.db.schema import open_database
    from originn_desktop.services.modules import module_summary
    from originn_desktop.ui.import_wizard import ImportWizard
    from originn_desktop.workers import warm

    app = _app()
    db = open_database(db_path)
    summary = module_summary(db, module)
    process = warm.start()  # what the window does once it has painted
    wizard = ImportWizard(db, [(summary.module.id, summary.module.code)], summary.module.id)
    gc.freeze()  # as the window has done since start-up
    assert process.wait_until_warm(120)
    start = time.perf_counter()
    wizard.restart()
    wizard.file_page.path.setText(roster)
    wizard.next()  # the file read, the columns guessed
    read = time.perf_counter()
    wizard.next()  # the preview starts on the worker thread
    _wait(app, lambda: wizard.plan is not None and not wizard.busy)
    previewed = time.perf_counter()
    wizard.accept()
    _wait(app, lambda: wizard.result_value is not None)
    end = time.perf_counter()
    result = wizard.result_value
    assert result is not None
    warm.stop()
    db.dispose()
    return {
        "seconds": end - start,
        "read_s": read - start,
        "preview_s": previewed - read,
        "import_s": end - previewed,
        "imported": result.imported,
        "rows": result.rows,
        "process_s": time.perf_counter() - STARTED,
    }


def certificates(db_path: str, module: str, out: str) -> dict[str, Any]:
    import gc
    import shutil
    import tempfile

    from originn_desktop.db.schema import open_database
    from originn_desktop.services.certificates import revoke, search_register
    from originn_desktop.services.modules import module_summary
    from originn_desktop.ui.certificate_dialog import CertificateDialog
    from originn_desktop.ui.register import Register
    from originn_desktop.ui.settings_store import SettingsStore

    app = _app()
    db = open_database(db_path)
    summary = module_summary(db, module)
    settings = SettingsStore(os.path.join(tempfile.mkdtemp(), "settings.ini"))
    register = Register(db, settings)
    gc.freeze()

    def batch(folder: str, look: float) -> tuple[float, int]:
        """Open the dialog, look at it for ``look`` seconds, click Create; seconds from the
        opening to the last certificate, less the looking."""
        start = time.perf_counter()
        dialog = CertificateDialog(register, summary.module.id)
        dialog.merged.setChecked(False)  # the command line's batch writes no merged file
        dialog.folder.setText(folder)
        if look:
            end = time.perf_counter() + look
            _wait(app, lambda: time.perf_counter() > end)
        dialog.create_certificates()
        _wait(app, lambda: dialog.result_value is not None)
        seconds = time.perf_counter() - start - look
        issued = len(dialog.result_value.issued) if dialog.result_value else 0
        dialog.reject()
        return seconds, issued

    cold, issued = batch(os.path.join(out, "cold"), 0)
    for record in search_register(db, "", limit=100_000):
        revoke(db, record.number, "bench")  # so the next batch issues new certificates again
    shutil.rmtree(os.path.join(out, "cold"), ignore_errors=True)
    # Once more after looking at the dialog for a few seconds: its workers are ready then.
    warm_seconds, _ = batch(os.path.join(out, "warm"), 3.0)
    db.dispose()
    return {
        "seconds": cold,
        "warm_s": warm_seconds,
        "issued": issued,
        "process_s": time.perf_counter() - STARTED,
    }


def paint(db_path: str) -> dict[str, Any]:
    """The real start-up, with ``--quit-after-startup``; what its first paint showed."""
    from originn_desktop.workers.collector import pause_for_startup

    pause_for_startup()  # as the entry point (cli.main) does; run() ends the pause
    from originn_desktop.ui import app as window_app

    window_app._import_services()  # the order run() imports in: services before PySide6
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QMainWindow

    seen: dict[str, Any] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if not seen and event.type() == QEvent.Type.Paint and hasattr(watched, "window"):
                window = watched.window()
                if isinstance(window, QMainWindow) and window.isVisible():
                    seen["at_s"] = time.perf_counter() - STARTED
                    seen["tables"] = {
                        view.accessibleName() or type(view).__name__: view.model().rowCount()
                        for view in window.findChildren(QAbstractItemView)
                        if view.isVisible()
                        and view.model() is not None
                        and not isinstance(view, QHeaderView)
                    }
            return False

    from originn_desktop.ui.main_window import MainWindow

    _app = QApplication(sys.argv[:1])  # kept alive for run(), which finds it
    watcher = FirstPaint()
    # Watching the main window's own events only: a filter on the whole application ran
    # Python for every event of start-up (each widget's creation, polish, layout), 0.2-0.4 s
    # the program does not spend. The window is painted with its tables, in one pass.
    shown = MainWindow.show

    def show(window: Any) -> None:
        window.installEventFilter(watcher)
        shown(window)

    MainWindow.show = show  # type: ignore[method-assign]
    code = window_app.run(db_path, quit_after_startup=True)
    tables = seen.get("tables", {})
    return {
        "code": code,
        "first_paint_s": seen.get("at_s"),
        "tables": tables,
        "rows_in_first_paint": bool(tables) and all(n > 0 for n in tables.values()),
    }


class Ticks:
    """A timer due every 10 ms on the GUI thread, noting how late each run came (a late timer
    is a frozen frame), by the phase the caller says it is in."""

    def __init__(self, *phases: str) -> None:
        from PySide6.QtCore import QTimer

        self.late: dict[str, list[float]] = {p: [] for p in phases}
        self.phase = phases[0]
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(self._timer.timerType().PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late[self.phase].append(max(0.0, (now - self._last) * 1000 - 10))
        self._last = now

    def run(self, app: Any, first: Callable[[], None], after_ms: int = 0) -> None:
        """Run the event loop with the timer going; ``first`` after ``after_ms``."""
        from PySide6.QtCore import QTimer

        self._last = time.perf_counter()
        self._timer.start()
        QTimer.singleShot(after_ms, first)
        app.exec()
        self._timer.stop()


def probe(db_path: str) -> dict[str, Any]:
    """How late a 10 ms timer runs on the GUI thread while the coordinator scrolls down the
    participants (a page step every 30 ms) and then types searches (a key every 120 ms)."""
    from PySide6.QtCore import QTimer

    from originn_desktop.db.schema import open_database
    from originn_desktop.ui.main_window import MainWindow
    from originn_desktop.ui.register import Register
    from originn_desktop.ui.settings_store import SettingsStore

    app = _app()
    db = open_database(db_path)
    window = MainWindow(Register(db, SettingsStore()))
    window.show()
    window.show_tab(1)
    app.processEvents()
    view = window.participants_view
    bar = view.table.verticalScrollBar()
    ticks = Ticks("scrolling", "searching", "sorting", "leaving")
    steps: list[tuple[int, Callable[[], None]]] = []
    scrolled: list[int] = []
    for _ in range(300):  # about 6,000 rows down, a page at a time

        def page_down() -> None:
            bar.setValue(bar.value() + bar.pageStep())

        steps.append((30, page_down))

    def searching() -> None:
        ticks.phase = "searching"
        scrolled.append(view.model.rowCount())

    steps.append((0, searching))
    for query in ("sjödin", "anna berg", "östersund", "1965", "19650412", "650412-1234", "zz"):
        steps.append((200, view.search.clear))
        for end in range(1, len(query) + 1):
            steps.append((120, partial(view.search.setText, query[:end])))
    # Sorted by company, then by a module's status, then that module's people only: the
    # slowest reads of a large register, which must not hold up the GUI thread either.
    from PySide6.QtCore import Qt

    def sorting() -> None:
        ticks.phase = "sorting"
        view.search.clear()

    steps.append((1500, sorting))
    model = view.model
    steps.append(
        (3000, lambda: view.table.sortByColumn(model.COMPANY, Qt.SortOrder.AscendingOrder))
    )
    last_column = model.FIXED_COLUMNS + len(model._modules) - 1
    steps.append((4000, lambda: view.table.sortByColumn(last_column, Qt.SortOrder.AscendingOrder)))
    steps.append((3000, lambda: view.module_filter.setCurrentIndex(view.module_filter.count() - 1)))

    def as_found() -> None:
        """Leave the register's saved layout in name order, everyone shown, as the other
        rows expect it (the window restores the order saved for a register)."""
        ticks.phase = "leaving"
        view.module_filter.setCurrentIndex(0)
        view.table.sortByColumn(model.LAST, Qt.SortOrder.AscendingOrder)

    steps.append((400, as_found))
    steps.append((400, app.quit))

    def run_steps(i: int = 0) -> None:
        if i < len(steps):
            delay, action = steps[i]
            action()
            QTimer.singleShot(delay, lambda: run_steps(i + 1))

    ticks.run(app, run_steps)
    view.model.shutdown()
    db.dispose()
    result: dict[str, Any] = {"rows_scrolled": scrolled[0] if scrolled else 0}
    for name, values in ticks.late.items():
        result[name] = _lateness(values)
    return result


def _lateness(values: list[float]) -> dict[str, Any]:
    ordered = sorted(values)
    return {
        "ticks": len(values),
        "max_ms": ordered[-1] if ordered else 0.0,
        "p99_ms": ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0,
        "over_100ms": sum(1 for v in values if v > 100),
    }


def undo(db_path: str, roster: str) -> dict[str, Any]:
    """Import ``roster`` into the register at ``db_path`` (changed: give a copy), then undo
    and redo it in the window, timing the GUI thread as ``probe`` does."""
    from PySide6.QtCore import QTimer

    from originn_desktop.db.schema import open_database
    from originn_desktop.io.columns import guess_mapping
    from originn_desktop.io.spreadsheet import read_table
    from originn_desktop.services.importing import plan_import, run_import
    from originn_desktop.services.modules import list_modules
    from originn_desktop.ui.main_window import MainWindow
    from originn_desktop.ui.register import Register
    from originn_desktop.ui.settings_store import SettingsStore

    app = _app()
    db = open_database(db_path)
    table = read_table(roster)
    plan = plan_import(db, table, guess_mapping(table.headers), list_modules(db)[0].module.id)
    result = run_import(db, plan)
    register = Register(db, SettingsStore())
    window = MainWindow(register)
    window.show()
    app.processEvents()
    register.imported(plan, result)  # as the wizard does: the import is the step to undo
    app.processEvents()
    seconds: dict[str, float] = {}

    def click(name: str, action: Any, then: Callable[[], None]) -> None:
        start = time.perf_counter()
        action.trigger()
        seconds[name] = time.perf_counter() - start
        QTimer.singleShot(300, then)

    def undo_then_redo() -> None:
        click("undo_s", window.undo_action, lambda: click("redo_s", window.redo_action, app.quit))

    ticks = Ticks("undoing and redoing")
    ticks.run(app, undo_then_redo, 200)
    register.runner.wait()
    window.participants_view.model.shutdown()
    db.dispose()
    return {**seconds, "imported": result.imported, **_lateness(ticks.late[ticks.phase])}


if __name__ == "__main__":
    kind, *args = sys.argv[1:]
    work: dict[str, Callable[..., dict[str, Any]]] = {
        "import": importing,
        "certificates": certificates,
        "paint": paint,
        "probe": probe,
        "undo": undo,
    }
    print(json.dumps(work[kind](*args)), flush=True)
