"""Importing in the window: the rows are checked by the warm second process with a progress bar,
and Cancel (while checking, while importing, or by closing) leaves nothing written."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard
from sqlalchemy import func, select

from originn_desktop.db.models import AuditEntry, Enrollment, Participant
from originn_desktop.ui.import_wizard import Busy, ImportWizard
from originn_desktop.workers import warm
from originn_desktop.workers.tasks import TaskRunner
from tests import factories

ROWS = 2500


@pytest.fixture(scope="module", autouse=True)
def warm_process():
    """The window's warm process, as the window starts it after its first paint."""
    process = warm.start()
    assert process.wait_until_warm(60)
    yield process
    warm.stop()


@pytest.fixture
def roster(tmp_path):
    path = tmp_path / "roster.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["Förnamn", "Efternamn", "Personnummer", "E-post"])
        for i in range(ROWS):
            number = factories.personnummer(
                f"{50 + i % 45:02d}0{1 + i % 9}{10 + i % 18}", 1 + i % 998
            )
            out.writerow([f"Ánte{i}", "Sunna", number, f"p{i}@example.se"])
        out.writerow(["", "Ingen", "", ""])  # rejected: no first name, no number
    return path


def counts(db):
    """People, enrollments, and audit entries other than the module's creation."""
    with db.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(table)) - (table is AuditEntry)
            for table in (Participant, Enrollment, AuditEntry)
        )


def open_wizard(qtbot, db, roster):
    module = factories.module(db, "M1")
    wizard = ImportWizard(db, [(module.id, "M1")], module.id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(roster))
    return wizard


def next_page(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def finish(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


class Reports(list):
    """Every (done, total) the progress bar showed; ``cancel_when(done, total)``, while set,
    clicks its Cancel button the first time it holds."""

    cancel_when = None


def watch_progress(monkeypatch):
    real = Busy.report
    seen = Reports()

    def report(self, done, total):
        real(self, done, total)
        seen.append((done, total))
        if seen.cancel_when and seen.cancel_when(done, total) and self.cancel.isEnabled():
            self.cancel.click()  # what a mouse click on Cancel does

    monkeypatch.setattr(Busy, "report", report)
    return seen


def test_the_preview_shows_the_rows_checked_then_imports(qtbot, db, roster, monkeypatch):
    seen = watch_progress(monkeypatch)
    wizard = open_wizard(qtbot, db, roster)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    page = wizard.preview_page
    assert seen[:3] == [(1000, ROWS + 1), (2000, ROWS + 1), (ROWS + 1, ROWS + 1)]
    assert f"{ROWS} new participants" in page.summary.text() and "1 rejected" in page.summary.text()
    assert counts(db) == (0, 0, 0)  # a preview writes nothing
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    finish(qtbot, wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.result_value.imported == ROWS
    assert counts(db)[:2] == (ROWS, ROWS)


def test_cancel_while_checking_stops_and_nothing_is_written(qtbot, db, roster, monkeypatch):
    seen = watch_progress(monkeypatch)
    seen.cancel_when = lambda done, _total: done >= 1000
    wizard = open_wizard(qtbot, db, roster)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    page = wizard.preview_page
    assert seen == [(1000, ROWS + 1)]  # no row was checked after Cancel
    assert "Cancelled: nothing was saved" in page.summary.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert counts(db) == (0, 0, 0)
    # Back and forward again checks the file anew, in the same warm process.
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    seen.cancel_when = None
    next_page(qtbot, wizard)
    assert f"{ROWS} new participants" in page.summary.text()


def test_cancel_while_importing_writes_nothing(qtbot, db, roster, monkeypatch):
    wizard = open_wizard(qtbot, db, roster)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    page = wizard.preview_page
    seen = watch_progress(monkeypatch)
    seen.cancel_when = lambda _done, _total: True  # at the import's first report
    finish(qtbot, wizard)
    assert wizard.result() != QDialog.DialogCode.Accepted and wizard.isVisible()
    assert "Cancelled: nothing was imported" in page.summary.text()
    assert counts(db) == (0, 0, 0)  # the one transaction was rolled back whole
    seen.cancel_when = None
    finish(qtbot, wizard)  # and the import can be run again
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert counts(db) == (ROWS, ROWS, 1)


def test_closing_the_wizard_while_it_imports_cancels_the_import(qtbot, db, roster, monkeypatch):
    wizard = open_wizard(qtbot, db, roster)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    monkeypatch.setattr(TaskRunner, "inline", False)  # a real worker thread from here
    finish(qtbot, wizard)
    assert wizard.busy
    wizard.reject()  # the window's close button, or Esc
    assert wizard.isVisible()  # until the import has stopped
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=30_000)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert counts(db) == (0, 0, 0)


WINDOW_SCRIPT = """
import sys
from originn_desktop.ui import app
from originn_desktop.workers import warm

started = app._start_warm_process

def start():
    started()
    process = warm.current()
    print("warm", process.wait_until_warm(60), process.pid(), flush=True)
    from PySide6.QtCore import QCoreApplication, QTimer
    QTimer.singleShot(0, QCoreApplication.quit)

app._start_warm_process = start
sys.exit(app.run(sys.argv[1]))
"""


@pytest.mark.slow
def test_the_window_starts_the_warm_process_after_painting_and_ends_it(tmp_path, data_dir):
    import os
    import subprocess
    import sys
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORIGINN_DESKTOP_DATA_DIR": str(data_dir)}
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_SCRIPT, str(tmp_path / "w.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    word, ready, pid = done.stdout.split()
    assert (word, ready) == ("warm", "True")
    end = time.monotonic() + 30
    while time.monotonic() < end:  # it ends with the window
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            break
        stat = Path(f"/proc/{pid}/stat")
        if stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z":
            break  # ended, not yet reaped (a container's first process may never reap it)
        time.sleep(0.1)
    else:
        pytest.fail("the warm process outlived the window")
