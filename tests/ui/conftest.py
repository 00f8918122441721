"""Fixtures for the window: a real database, settings in the test's data directory, English
unless a test switches, background work run inline."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from originn_desktop.ui import i18n
from originn_desktop.ui.main_window import MainWindow
from originn_desktop.ui.register import Register
from originn_desktop.ui.settings_store import SettingsStore
from originn_desktop.workers.tasks import TaskRunner


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def inline_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "inline", True)


@pytest.fixture
def settings(data_dir):
    return SettingsStore(str(data_dir / "settings.ini"))


@pytest.fixture
def register(db, settings):
    return Register(db, settings)


@pytest.fixture
def window(qtbot, register):
    win = MainWindow(register)
    qtbot.addWidget(win)
    # Shortcuts (Ctrl+4 and the like) answer only in the active window. ``waitActive`` waits
    # only as a context manager: called alone it returned at once, and a test pressing a
    # shortcut failed whenever the activation came late.
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


@pytest.fixture(autouse=True)
def no_unexpected_message_box(monkeypatch):
    """A modal box nobody answers would hang the run: one a test does not expect fails it."""

    def unexpected(_parent, _title, text, *_args, **_kwargs):
        raise AssertionError(f"unexpected message box: {text}")

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(unexpected))


@pytest.fixture
def messages(monkeypatch, no_unexpected_message_box):
    """Every message box the window would show, as (kind, text), instead of showing it."""
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            staticmethod(lambda _parent, _title, text, *a, _k=kind, **kw: shown.append((_k, text))),
        )
    return shown


@pytest.fixture
def drive(monkeypatch, qtbot):
    """Run a dialog class's ``exec`` through ``actions(dialog)`` instead of a modal loop.

    ``actions`` types and clicks as a user would; whatever it leaves (accepted or rejected)
    is what ``exec`` returns.
    """

    def install(dialog_class, actions):
        def fake_exec(self):
            qtbot.addWidget(self)
            self.show()
            actions(self)
            return self.result()

        monkeypatch.setattr(dialog_class, "exec", fake_exec)

    return install


ACCEPTED = QDialog.DialogCode.Accepted
