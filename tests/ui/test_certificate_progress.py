"""Certificates from the window are drawn by the command line's worker processes, started when
the dialog opens, with progress and Cancel; they draw the same files as one process."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest
from PySide6.QtWidgets import QProgressDialog

from originn_desktop.services.certificates import issue_certificates, search_register
from originn_desktop.services.enrollment import complete
from originn_desktop.ui.certificate_dialog import CertificateDialog
from originn_desktop.ui.settings_store import certificate_settings
from originn_desktop.workers import drawing
from tests import factories

PEOPLE = ("Anna", "Bo", "Cilla", "Dan", "Eva", "Frej")
SET_VALUE = QProgressDialog.setValue


@pytest.fixture
def cohort(db, monkeypatch):
    """Six completed participants, and a pool of two workers for them (the window starts one
    from 40 people on a machine with more than one core)."""
    monkeypatch.setattr(drawing, "default_workers", lambda jobs: 2)
    module = factories.module(db, "M1", min_participants=1)
    ids = [factories.person(db, n, "Test", module_code="M1").participant.id for n in PEOPLE]
    complete(db, "M1", ids, "G", dt.date.today())
    return module


@pytest.fixture
def dialog(window, qtbot, cohort, tmp_path):
    before = set(multiprocessing.active_children())
    window.refresh()
    dialog = CertificateDialog(window.register, cohort.id, window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "intyg"))
    dialog.workers = set(multiprocessing.active_children()) - before
    yield dialog
    dialog.reject()
    # Closing the dialog ends its workers.
    qtbot.waitUntil(lambda: not any(p.is_alive() for p in dialog.workers), timeout=30_000)


def progress_values(monkeypatch, cancel_at=None):
    shown: list[int] = []

    def set_value(self, value):
        SET_VALUE(self, value)
        shown.append(value)
        if value == cancel_at:
            self.canceled.emit()  # what the Cancel button does

    monkeypatch.setattr(QProgressDialog, "setValue", set_value)
    return shown


def test_the_dialog_starts_its_workers_and_they_draw_the_batch(
    dialog, monkeypatch, tmp_path, window
):
    assert len(dialog.workers) == 2  # started as the dialog opened, before Create
    shown = progress_values(monkeypatch)
    dialog.create_certificates()
    assert shown == [1, 2, 3, 4, 5, 6]
    files = sorted((tmp_path / "intyg").glob("ORIGINN-*.pdf"))
    assert len(files) == 6 and "6 new" in dialog.status.text()
    # The same files as one process draws: printing again reproduces them byte for byte.
    again = issue_certificates(
        window.register.db,
        "M1",
        tmp_path / "again",
        certificate_settings(window.register.settings),
        workers=1,
    )
    assert [c.outcome for c in again.issued] == ["reprint"] * 6
    for c in again.issued:
        assert c.file.read_bytes() == (tmp_path / "intyg" / c.file.name).read_bytes()


def test_cancel_keeps_what_was_made_and_the_rest_follows_later(
    dialog, monkeypatch, tmp_path, window
):
    shown = progress_values(monkeypatch, cancel_at=2)
    dialog.create_certificates()
    assert shown == [1, 2]
    folder = tmp_path / "intyg"
    assert len(list(folder.glob("ORIGINN-*.pdf"))) == 2
    assert list(folder.glob(".*partial")) == []  # nothing half-written
    assert len(search_register(window.register.db)) == 2
    assert "Cancelled" in dialog.status.text()
    progress_values(monkeypatch)
    dialog.create_certificates()  # the same workers, once more
    assert len(list(folder.glob("ORIGINN-*.pdf"))) == 6
    assert "4 new, 2 printed again" in dialog.status.text()
