"""The rules in the window: who moved up is named, withdrawing someone who has finished is asked
about (naming the certificate), and a revoked certificate is not printed again unasked."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from originn_desktop.certificates.content import CertificateSettings
from originn_desktop.services.certificates import issue_certificates, revoke, verify
from originn_desktop.services.enrollment import complete
from originn_desktop.services.modules import get_module
from originn_desktop.services.participants import module_roster
from originn_desktop.ui.certificate_dialog import CertificateDialog
from originn_desktop.ui.enrollment_dialog import EnrollmentDialog
from tests import factories


def statuses(db):
    return {r.participant.first_name: r.status for r in module_roster(db, "M1")}


def test_removing_the_maximum_in_the_window_names_who_moved_up(window, db, messages):
    factories.module(db, "M1", min_participants=1, max_participants=1)
    for name in ("Anna", "Bo", "Cilla"):
        factories.person(db, name, "Test", module_code="M1")
    before = get_module(db, "M1")
    window.register.edit_module(before, replace(before.draft, max_participants=None))
    assert statuses(db) == {"Anna": "registered", "Bo": "registered", "Cilla": "registered"}
    [(_kind, text)] = messages
    assert "Bo Test has moved up from the waiting list into M1." in text
    assert "Cilla Test has moved up from the waiting list into M1." in text


@pytest.fixture
def certified(db, tmp_path):
    """Anna completed M1 and holds a certificate; Bo is waiting for a place."""
    factories.module(db, "M1", min_participants=1, max_participants=1)
    anna = factories.person(db, "Anna", "Test", module_code="M1").participant
    factories.person(db, "Bo", "Test", module_code="M1")
    complete(db, "M1", [anna.id], "G", dt.date.today())
    [cert] = issue_certificates(db, "M1", tmp_path / "c", CertificateSettings()).issued
    return anna, cert.number


def withdraw_in_window(window, drive, monkeypatch, person_id, answer):
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window.refresh()
    window.show_tab(1)
    window.participants_view.select_ids([person_id])
    drive(EnrollmentDialog, lambda d: d.accept())
    window.withdraw_selected()
    return asked


def test_withdrawing_someone_who_completed_asks_naming_the_certificate(
    window, drive, monkeypatch, db, certified
):
    anna, number = certified
    asked = withdraw_in_window(window, drive, monkeypatch, anna.id, QMessageBox.StandardButton.No)
    assert len(asked) == 1 and number in asked[0] and "Anna Test" in asked[0]
    assert statuses(db) == {"Anna": "completed", "Bo": "waitlisted"}  # said no: nothing changed
    assert verify(db, number).is_valid


def test_saying_yes_withdraws_and_revokes(window, drive, monkeypatch, db, certified, messages):
    anna, number = certified
    withdraw_in_window(window, drive, monkeypatch, anna.id, QMessageBox.StandardButton.Yes)
    assert statuses(db)["Anna"] == "withdrawn"
    assert verify(db, number).status == "revoked"
    assert any("Bo Test has moved up" in text for _k, text in messages)  # M1 has not ended


def test_the_certificate_dialog_skips_a_revoked_certificate_and_says_so(
    window, qtbot, db, certified, tmp_path
):
    _anna, number = certified
    revoke(db, number, "fel person")
    window.refresh()
    dialog = CertificateDialog(window.register, get_module(db, "M1").id, window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "again"))
    assert number in dialog.people.item(0).text()
    assert dialog.reissue_revoked.isVisibleTo(dialog) and not dialog.reissue_revoked.isChecked()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "Skipped, their certificate was revoked: Anna Test" in dialog.status.text()
    assert not list((tmp_path / "again").glob("ORIGINN-*.pdf"))

    dialog.reissue_revoked.setChecked(True)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "1 new" in dialog.status.text() and "Skipped" not in dialog.status.text()
    assert len(list((tmp_path / "again").glob("ORIGINN-*.pdf"))) == 1
