"""Two coordinators on one server register: each window shows the other's saves by itself."""

from __future__ import annotations

import subprocess
import sys

from originn_desktop.db.schema import open_database
from originn_desktop.services.modules import list_modules
from originn_desktop.ui.main_window import MainWindow
from originn_desktop.ui.register import Register
from tests import factories


def test_a_window_on_a_server_shows_another_coordinators_save_without_being_touched(
    qtbot, pg_url, settings
):
    db = open_database(pg_url)
    try:
        window = MainWindow(Register(db, settings))
        window.show()
        assert window.changes is not None
        assert window.stack.currentWidget() is window.welcome  # nothing in the register yet
        # Another coordinator, in a program of their own, adds a module.
        subprocess.run(
            [
                sys.executable,
                "-m",
                "originn_desktop",
                "--db",
                pg_url,
                "module",
                "add",
                "X1",
                "--title-sv",
                "Ny",
                "--title-en",
                "New",
            ],
            check=True,
            capture_output=True,
        )
        # The window listens (waking at least twice a second): no click, no activation needed.
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=5000)
        assert [s.module.code for s in window._summaries] == ["X1"]
        seen = window.changes.seen
        # Its own saves do not wake it again: it has read them already.
        factories.module(db, "X2")
        qtbot.wait(1200)
        assert window.changes.seen == seen
        assert [s.module.code for s in list_modules(db)] == ["X1", "X2"]
        window.changes.stop()
        window.close()
        window.deleteLater()  # gone before the server is: nothing reads the register after
        qtbot.wait(10)
    finally:
        db.dispose()
