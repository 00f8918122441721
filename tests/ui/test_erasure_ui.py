"""Nothing erased comes back in the window: a restore, or a backup file opened as the register."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from originn_desktop.services.backups import backup
from originn_desktop.services.privacy import erase_participant
from tests import factories

NAME = "Zyxwvuts"


def test_restore_from_the_window_says_who_was_erased_again(window, monkeypatch, db, tmp_path):
    gone = factories.person(db, "Qwertyuio", NAME).participant
    factories.person(db, "Kept", "Other")
    saved = backup(db, tmp_path / "saved.db")
    erase_participant(db, gone.id)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )

    window.restore_action.trigger()

    message = window.statusBar().currentMessage()
    assert message.startswith("Restored.")
    assert "1 erased person removed again" in message
    assert window.participants_view.model.total == 1
    assert NAME.encode() not in db.path.read_bytes()


@pytest.mark.slow
def test_the_window_opened_on_an_old_backup_erases_again(db, tmp_path, data_dir):
    gone = factories.person(db, "Qwertyuio", NAME).participant
    saved = backup(db, tmp_path / "saved.db")
    erase_participant(db, gone.id)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORIGINN_DESKTOP_DATA_DIR": str(data_dir)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "originn_desktop",
            "--db",
            str(saved),
            "gui",
            "--quit-after-startup",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert NAME.encode() not in saved.read_bytes()
