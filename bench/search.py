"""Typing a search in the participants view: milliseconds from keystroke to updated rows,
painted, with the window idle again.

``python -m bench.search DB [KIND [SOURCE]]`` prints one JSON line:

- ``words`` (the default): names, a municipality, a year; every keystroke's time in ms;
- ``personnummer``: personnummer of people in the register typed as ``YYMMDD-NNNN``;
- ``date``: their dates of birth typed as ``YYYY-MM-DD``;
- ``leak``: 1,000 searches, and how much the process grew over them after the first 100
  (resident memory and Python's allocated blocks): what a search leaves behind.

Every search starts from the register's usual order, by name: the window restores the order
saved for the register, and an earlier run (the probe sorts by a module's status) would
otherwise decide what is measured. ``KIND:first`` and ``KIND:last`` (``words:first``) search
sorted by the first or the last module's status instead. In the bench's registers the first
module holds nobody (like a real module against the register: most people have no status in
it) and the last one everybody (no course does; there every match is read and sorted).

The numbers typed are read from the (synthetic) register and never printed: from the SQLite
file ``SOURCE`` when ``DB`` is a server's URL (the register moved there from that file).
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

WORDS = ("sjödin", "anna", "östersund", "ö", "1965", "zz")


def _people(db_path: str, n: int = 6) -> list[tuple[str, str]]:
    """(personnummer, date of birth) of ``n`` people spread over the register."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    top = conn.execute("SELECT max(id) FROM participant").fetchone()[0] or 0
    found = []
    for i in range(n):
        row = conn.execute(
            "SELECT personal_number, birth_date FROM participant WHERE id >= ? "
            "AND personal_number IS NOT NULL ORDER BY id LIMIT 1",
            (1 + i * top // n,),
        ).fetchone()
        if row:
            found.append((str(row[0]), str(row[1])))
    conn.close()
    return found


def queries(kind: str, db_path: str) -> list[str]:
    if kind == "personnummer":
        return [f"{number[2:8]}-{number[8:]}" for number, _ in _people(db_path)]
    if kind == "date":
        return [born for _, born in _people(db_path)]
    return list(WORDS)


def _resident_mib() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1_048_576
    except (OSError, ValueError):  # not Linux: the peak, which shows growth as well
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_loops: dict[int, Any] = {}


def _loop(model: Any) -> Any:
    """An event loop that every signal saying rows or a total arrived quits: one per model,
    connected once. (Connected and disconnected at each wait, PySide kept a few allocations
    of every connection: the leak row counted 4-6 blocks a search that were this harness's.)"""
    loop = _loops.get(id(model))
    if loop is None:
        from PySide6.QtCore import QEventLoop

        loop = _loops[id(model)] = QEventLoop()
        model.modelReset.connect(loop.quit)
        model.refreshed.connect(loop.quit)  # a refresh of the same rows changes them in place
        model.replaced.connect(loop.quit)  # and a new query's rows are shown in the old ones
        model.total_changed.connect(loop.quit)
    return loop


def _shown(model: Any) -> None:
    """Wait in the event loop, as the window does, until the newest query's rows are in
    (they are read off the GUI thread)."""
    while model.loading:
        _loop(model).exec()


# An event loop's pass with nothing to do takes a few microseconds; one that paints, lays out
# or answers a queued call takes a millisecond or more.
IDLE_PASS_S = 0.0002


def _settled(app: Any) -> None:
    """Process events until the GUI thread has nothing left to do: every paint and layout the
    rows' arrival queued is done. One ``processEvents()`` left some for later (the view's
    queued geometry update and the viewport's repaint after it), and the next keystroke,
    typed at once, paid for them: 4-8 ms of the previous search's painting counted in the
    first key of the next (an event trace showed the table's viewport painted before that
    key's rows arrived, which nothing in the key itself asks for). A person's next key
    comes after the window has gone idle."""
    while True:
        start = time.perf_counter()
        app.processEvents()
        if time.perf_counter() - start < IDLE_PASS_S:
            return


def _counted(model: Any) -> None:
    _shown(model)
    model.count()
    while not model.counted:
        _loop(model).exec()


def main(db_path: str, kind: str = "words", source: str = "") -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import gc

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from originn_desktop.db.schema import open_database
    from originn_desktop.ui import i18n
    from originn_desktop.ui.main_window import MainWindow
    from originn_desktop.ui.register import Register
    from originn_desktop.ui.settings_store import SettingsStore

    app = QApplication(sys.argv[:1])
    i18n.install("sv")
    db = open_database(db_path)
    source = source or db_path
    kind, _, order = kind.partition(":")
    window = MainWindow(Register(db, SettingsStore()))
    window.show()
    window.show_tab(1)
    gc.freeze()  # as the window does after start-up
    app.processEvents()
    view = window.participants_view
    model = view.model
    column = {"first": model.FIXED_COLUMNS, "last": model.columnCount() - 1}.get(order, model.LAST)
    view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    _shown(view.model)
    if kind == "leak":
        typed = queries("words", source) + queries("personnummer", source)
        typed += queries("date", source)

        def search(i: int) -> None:
            view.search.setText(typed[i % len(typed)])
            _counted(view.model)  # the pause after typing counts the matches
            app.processEvents()

        for i in range(100):
            search(i)
        gc.collect()
        blocks, resident = sys.getallocatedblocks(), _resident_mib()
        for i in range(1000):
            search(i)
        gc.collect()
        view.model.shutdown()
        return {
            "searches": 1000,
            "resident_growth_mib": _resident_mib() - resident,
            "block_growth": sys.getallocatedblocks() - blocks,
        }
    times = []
    for query in queries(kind, source):
        view.search.clear()
        _shown(view.model)
        _settled(app)
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            view.search.setText(query[:end])  # textChanged asks for the rows
            _shown(view.model)
            _settled(app)  # and paints them, and whatever else their arrival queued
            times.append((time.perf_counter() - start) * 1000)
    view.model.shutdown()
    return {"keystrokes_ms": times, "rows_total": view.model.total}


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:])))
