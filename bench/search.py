"""Typing a search in the participants view: milliseconds from keystroke to updated rows.

``python -m bench.search DB`` prints one JSON line: every keystroke's time in ms.
"""

from __future__ import annotations

import json
import os
import sys
import time


def main(db_path: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from originn_desktop.db.schema import open_database
    from originn_desktop.ui import i18n
    from originn_desktop.ui.main_window import MainWindow
    from originn_desktop.ui.register import Register
    from originn_desktop.ui.settings_store import SettingsStore

    app = QApplication(sys.argv[:1])
    i18n.install("sv")
    db = open_database(db_path)
    window = MainWindow(Register(db, SettingsStore()))
    window.show()
    window.show_tab(1)
    app.processEvents()
    view = window.participants_view
    times = []
    for query in ("sjödin", "anna", "östersund", "ö", "1965", "zz"):
        view.search.clear()
        app.processEvents()
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            view.search.setText(query[:end])  # textChanged runs the query and resets the model
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
    print(json.dumps({"keystrokes_ms": times, "rows_total": view.model.total}))


if __name__ == "__main__":
    main(sys.argv[1])
