"""Certificates in the window: the dialog, preview, batch with progress and cancel, printing,
and the register view."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QInputDialog, QProgressDialog

from originn_desktop.services.certificates import search_register, verify
from originn_desktop.services.enrollment import complete
from originn_desktop.ui import certificate_dialog
from originn_desktop.ui.certificate_dialog import CertificateDialog
from tests import factories


@pytest.fixture
def completed(db):
    module = factories.module(db, "M1", min_participants=1)
    ids = [
        factories.person(db, n, "Test", module_code="M1").participant.id
        for n in ("Anna", "Bo", "Cilla")
    ]
    complete(db, "M1", ids[:2], "G", dt.date.today())
    return module


def open_dialog(window, qtbot, completed, tmp_path):
    window.refresh()
    dialog = CertificateDialog(window.register, completed.id, window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "intyg"))
    return dialog


def test_completed_participants_are_preselected_and_previewed(window, qtbot, completed, tmp_path):
    dialog = open_dialog(window, qtbot, completed, tmp_path)
    names = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert names == ["Test, Anna", "Test, Bo"]  # Cilla has not completed
    assert len(dialog.chosen()) == 2
    qtbot.waitUntil(
        lambda: dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    )
    assert dialog.preview.pixmap().width() > 400


def test_create_writes_registered_pdfs_and_a_merged_one(window, qtbot, completed, tmp_path):
    dialog = open_dialog(window, qtbot, completed, tmp_path)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    files = sorted(p.name for p in (tmp_path / "intyg").glob("ORIGINN-*.pdf"))
    assert len(files) == 2 and files[0].endswith("_Test_Anna.pdf")
    assert len(PdfReader(tmp_path / "intyg" / "M1-alla-intyg.pdf").pages) == 2
    assert "2 certificates" in dialog.status.text() and "2 new" in dialog.status.text()
    assert dialog.print_button.isEnabled()


def test_cancel_stops_the_batch_between_certificates(
    window, qtbot, completed, tmp_path, monkeypatch
):
    real = QProgressDialog.setValue

    def set_value_then_cancel(self, value):
        real(self, value)
        if value == 1:
            self.canceled.emit()  # what the Cancel button does

    monkeypatch.setattr(QProgressDialog, "setValue", set_value_then_cancel)
    dialog = open_dialog(window, qtbot, completed, tmp_path)
    dialog.create_certificates()
    assert len(list((tmp_path / "intyg").glob("ORIGINN-*.pdf"))) == 1
    assert "Cancelled" in dialog.status.text()
    assert len(search_register(window.register.db)) == 1


def test_printing_sends_every_page_to_the_printer(window, qtbot, completed, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"

    class FakePrintDialog:
        def __init__(self, printer, _parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            printer.setResolution(72)

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(certificate_dialog, "QPrintDialog", FakePrintDialog)
    dialog = open_dialog(window, qtbot, completed, tmp_path)
    dialog.create_certificates()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(target).pages) == 2
    assert "2 pages" in dialog.status.text()


def test_the_register_view_searches_verifies_and_revokes(
    window, qtbot, completed, tmp_path, messages, monkeypatch
):
    dialog = open_dialog(window, qtbot, completed, tmp_path)
    dialog.create_certificates()
    # Back to the main window: the progress box, shown when a batch takes over 300 ms, took
    # the activation with it, and the window's shortcuts answer only while it is active.
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.register_view
    assert view.table.rowCount() == 2
    from tests.ui.keyboard import type_text

    type_text(view.search, "anna")
    assert view.table.rowCount() == 1
    number = view.table.item(0, 0).text()
    view.table.selectRow(0)
    view.verify_selected()
    assert "is valid" in messages[-1][1]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("fel person", True)))
    qtbot.mouseClick(view.revoke_button, Qt.MouseButton.LeftButton)
    assert verify(window.register.db, number).status == "revoked"
    assert "revoked: fel person" in view.table.item(0, 4).text()
    assert not view.revoke_button.isEnabled()


def test_badges_from_the_dialog_and_a_dropped_badge_is_checked(
    window, qtbot, completed, tmp_path, monkeypatch, messages
):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QFileDialog

    dialog = open_dialog(window, qtbot, completed, tmp_path)
    dialog.create_certificates()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "badges"))
    )
    qtbot.mouseClick(dialog.badges_button, Qt.MouseButton.LeftButton)
    badges = sorted((tmp_path / "badges").glob("*.jwt"))
    assert len(badges) == 2 and "2 signed digital badges" in dialog.status.text()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(badges[0]))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    kind, text = messages[-1]
    assert kind == "information" and "The signature is valid." in text and "Test" in text
    tampered = tmp_path / "tampered.jwt"
    content = badges[0].read_text()
    tampered.write_text(content[:30] + ("x" if content[30] != "x" else "y") + content[31:])
    window.check_badge(str(tampered))
    assert messages[-1][0] == "warning" and "not valid" in messages[-1][1]


def test_elm_from_the_dialog_writes_one_credential_per_certificate(
    window, qtbot, completed, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    dialog = open_dialog(window, qtbot, completed, tmp_path)
    dialog.create_certificates()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "elm"))
    )
    assert dialog.elm_button.text() == "European Learning Model (JSON-LD)…"
    qtbot.mouseClick(dialog.elm_button, Qt.MouseButton.LeftButton)
    assert len(list((tmp_path / "elm").glob("*.jsonld"))) == 2
    assert "2 European Learning Model credentials" in dialog.status.text()
