"""Every dialog: each input has an accessible name; settings, language and crash handling."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from originn_desktop.services.demo import load_demo
from originn_desktop.services.modules import get_module
from originn_desktop.services.participants import get_participant
from originn_desktop.settings import AWARDING_BODY, LANGUAGE
from originn_desktop.ui import i18n
from originn_desktop.ui.company_dialog import CompanyDialog
from originn_desktop.ui.crash_dialog import CrashDialog
from originn_desktop.ui.enrollment_dialog import EnrollmentDialog, Mode
from originn_desktop.ui.module_dialog import ModuleDialog
from originn_desktop.ui.participant_dialog import ParticipantDialog
from originn_desktop.ui.settings_dialog import SettingsDialog
from originn_desktop.ui.settings_store import SettingsStore
from tests.clock import TODAY
from tests.ui.keyboard import type_text

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    """A part Qt builds inside a combo box, spin box, calendar, list or tab bar."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar, QLineEdit)):
            return True
        if type(parent).__name__ in ("QCalendarWidget", "QComboBoxPrivateContainer"):
            return True
        parent = parent.parentWidget()
    return False


def inputs_without_a_name(root: QWidget) -> list[str]:
    """Inputs a screen reader could not name; Qt's own parts inside a composite widget aside."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (*INPUTS, QAbstractButton)):
            continue
        if _inside_composite(widget, root) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QAbstractButton):
            if widget.accessibleName() or widget.text().replace("&", "").strip():
                continue
        elif widget.accessibleName():
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}")
    return missing


@pytest.fixture
def all_dialogs(db, settings, qtbot):
    load_demo(db)
    module = get_module(db, "M1")
    participant = get_participant(db, 1)
    dialogs = [
        ModuleDialog(None),
        ModuleDialog(module),
        ParticipantDialog(db, None),
        ParticipantDialog(db, participant),
        CompanyDialog(),
        SettingsDialog(settings),
        SettingsDialog(settings, db=db),
        CrashDialog("report", None),
        *(EnrollmentDialog(mode, [(module.id, "M1")], 2) for mode in Mode),
    ]
    for d in dialogs:
        qtbot.addWidget(d)
    return dialogs


def test_every_input_of_every_dialog_has_an_accessible_name(all_dialogs):
    problems = [p for d in all_dialogs for p in inputs_without_a_name(d)]
    assert problems == []


def test_the_main_window_inputs_have_accessible_names(window):
    assert inputs_without_a_name(window) == []


def test_settings_are_saved_in_the_data_directory_and_read_back(settings, qtbot, data_dir):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    editor = dialog.editors[AWARDING_BODY.key]
    editor.clear()
    type_text(editor, "Mittuniversitetet i Östersund")
    dialog.accept()
    stored = SettingsStore(str(data_dir / "settings.ini")).get(AWARDING_BODY)
    assert stored == "Mittuniversitetet i Östersund"


def test_the_issuer_settings_are_saved_in_the_register_with_a_live_preview(
    settings, db, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from originn_desktop.services.issuer import stored_issuer
    from tests.certificates.images import signature_jpeg

    dialog = SettingsDialog(settings, db=db)
    qtbot.addWidget(dialog)
    dialog.show()
    shown, room = dialog.issuer.preview.pixmap(), dialog.issuer.preview.contentsRect()
    # The whole A4 page, top to bottom, within the room the dialog gives it.
    assert abs(shown.height() / shown.width() - 297 / 210) < 0.02
    assert shown.height() <= room.height() and shown.width() <= room.width()
    before = dialog.issuer.preview.pixmap().toImage()
    type_text(dialog.issuer.signatory_name, "Åsa Prefekt")
    signature = signature_jpeg(tmp_path / "sig.jpg")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(signature), ""))
    )
    dialog.issuer.choose("signature")
    assert dialog.issuer.status["signature"].text() == "JPEG, 500×150"
    assert dialog.issuer.preview.pixmap().toImage() != before  # the preview shows it
    dialog.accept()
    issuer = stored_issuer(db)
    assert issuer is not None and issuer.signatory_name == "Åsa Prefekt"
    assert issuer.branding.signature is not None and issuer.branding.logo is None
    # The per-user settings file does not hold it: another register does not see it.
    ini = Path(settings.path)
    assert not ini.exists() or "Prefekt" not in ini.read_text(encoding="utf-8")


@pytest.fixture
def slow_drawing(monkeypatch):
    """Certificates drawn on their own thread, as in the program, each waiting until the
    test lets it go (``go.set()``); ``asked`` has an entry per drawing begun."""
    import threading
    from types import SimpleNamespace

    from originn_desktop.services import issuer as issuer_service
    from originn_desktop.workers.tasks import TaskRunner

    monkeypatch.setattr(TaskRunner, "inline", False)
    drawing = SimpleNamespace(go=threading.Event(), asked=[])
    draw = issuer_service.sample_certificate

    def held(*args, **kwargs):
        drawing.asked.append(args)
        drawing.go.wait(60)
        return draw(*args, **kwargs)

    monkeypatch.setattr(issuer_service, "sample_certificate", held)
    yield drawing
    drawing.go.set()


def test_the_settings_open_and_take_input_while_the_certificate_preview_is_drawn(
    settings, db, qtbot, slow_drawing
):
    i18n.install("sv")
    dialog = SettingsDialog(settings, db=db)
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.issuer.preview
    # Open before any page is drawn (the first drawing loads ReportLab and the fonts), saying
    # so in words, and the fields take input meanwhile.
    assert dialog.isVisible() and preview.pixmap().isNull()
    assert preview.text() == "Intyget ritas…"
    type_text(dialog.issuer.signatory_name, "Åsa Prefekt")
    assert dialog.issuer.signatory_name.text() == "Åsa Prefekt"
    slow_drawing.go.set()
    qtbot.waitUntil(lambda: not preview.pixmap().isNull(), timeout=30_000)
    assert preview.text() == ""
    page = preview.pixmap()
    assert abs(page.height() / page.width() - 297 / 210) < 0.02  # the whole A4 page


def test_closing_the_settings_while_the_preview_is_drawn_drops_it_quietly(
    settings, db, qtbot, slow_drawing
):
    import threading

    dialog = SettingsDialog(settings, db=db)
    qtbot.addWidget(dialog)
    dialog.show()
    # The opening's drawing has begun on its thread (on a loaded machine that can take a
    # while: closing before it began dropped it, and none was counted).
    qtbot.waitUntil(lambda: len(slow_drawing.asked) == 1)
    type_text(dialog.issuer.signatory_name, "Åsa")  # a new drawing is asked for after a pause
    threading.Timer(0.2, slow_drawing.go.set).start()  # closing waits for the drawing's thread
    dialog.reject()
    qtbot.wait(500)  # past the pause: nothing more is drawn for a closed dialog
    assert not dialog.isVisible() and dialog.issuer.preview.pixmap().isNull()
    assert len(slow_drawing.asked) == 1


def test_switching_the_language_in_the_settings_retranslates_the_window(window, qtbot, drive):
    def choose_swedish(dialog):
        combo = dialog.editors[LANGUAGE.key]
        combo.setCurrentIndex(combo.findData("sv"))
        dialog.accept()

    drive(SettingsDialog, choose_swedish)
    window.open_settings()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Arkiv")
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Arkiv",
        "&Redigera",
        "&Deltagare",
        "&Visa",
        "&Hjälp",
    ]
    assert window.tabs.tabText(1) == "Deltagare"
    assert window.welcome.findChild(type(window.welcome.demo_button)).text()


def test_swedish_dialogs_use_qts_own_swedish_buttons(qtbot, db):
    i18n.install("sv")
    dialog = ModuleDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ny modul"
    box = dialog.buttons
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Avbryt"
    assert box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == "Spara"


def test_validation_messages_follow_the_language(qtbot, db):
    i18n.install("sv")
    dialog = ParticipantDialog(db, None)
    qtbot.addWidget(dialog)
    type_text(dialog.personnummer, "850312-1232")
    dialog.personnummer.editingFinished.emit()
    assert dialog.errors["personnummer"].text() == "personnummer 850312-1232: fel kontrollsiffra"


def test_system_language_decides_when_nothing_is_chosen(monkeypatch):
    monkeypatch.setenv("ORIGINN_DESKTOP_LANG", "sv_SE.UTF-8")
    assert i18n.choose_language("") == "sv"
    assert i18n.choose_language("en") == "en"
    monkeypatch.setenv("ORIGINN_DESKTOP_LANG", "de_DE")
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert i18n.choose_language("") == "en"


def test_an_unexpected_error_opens_the_crash_dialog_with_copyable_details(
    monkeypatch, qtbot, data_dir
):
    from originn_desktop.ui import app

    shown = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_crash_handler()
    try:
        raise ZeroDivisionError("while saving 198004201110")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    [dialog] = shown
    qtbot.addWidget(dialog)
    details = dialog.details.toPlainText()
    assert "ZeroDivisionError" in details and "198004201110" not in details
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    assert list((data_dir / "logs").glob("crash-*.txt"))


def test_language_change_event_reaches_the_window(window, qtbot):
    i18n.install("sv")
    qtbot.waitUntil(lambda: window.participants_menu.title() == "&Deltagare")
    assert window.windowTitle().startswith("ORIGINN Desktop")
    assert window.modules_view.model.headerData(0, Qt.Orientation.Horizontal) == "Kod"
    assert window.enroll_action.text() == "&Anmäl till modul…"


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 and i + 1 < len(text) else None


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_menu_mnemonics_are_unique_in_both_languages(window, qtbot, lang):
    i18n.install(lang)
    qtbot.waitUntil(lambda: window.file_menu.title() == ("&Arkiv" if lang == "sv" else "&File"))
    bar = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    assert None not in bar and len(bar) == len(set(bar))
    for menu in (
        window.file_menu,
        window.edit_menu,
        window.participants_menu,
        window.view_menu,
        window.help_menu,
    ):
        keys = [
            _mnemonic(a.text())
            for a in menu.actions()
            if not a.isSeparator() and _mnemonic(a.text())
        ]
        assert len(keys) == len(set(keys)), (menu.title(), [a.text() for a in menu.actions()])


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_dialog_mnemonics_are_unique_in_both_languages(db, settings, qtbot, lang):
    from PySide6.QtWidgets import QLabel

    from originn_desktop.services.enrollment import complete
    from originn_desktop.ui.certificate_dialog import CertificateDialog
    from originn_desktop.ui.register import Register

    i18n.install(lang)
    load_demo(db, today=TODAY.replace(year=TODAY.year - 1))  # a module that has run
    complete(db, "M1", None, "G", TODAY)
    module = get_module(db, "M1")
    dialogs = [
        ParticipantDialog(db, get_participant(db, 1)),
        ParticipantDialog(db, None),
        CertificateDialog(Register(db, settings), module.id),
        CompanyDialog(),
        *(EnrollmentDialog(mode, [(module.id, "M1")], 1) for mode in Mode),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
        texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
        keys = [_mnemonic(t) for t in texts if _mnemonic(t)]
        assert len(keys) == len(set(keys)), (type(dialog).__name__, sorted(texts))


def test_a_module_saves_even_when_its_certificate_cannot_be_measured(qtbot):
    """The small-print question is advice: a failure to lay the certificate out (a broken
    logo file, a register out of reach) does not stand in the way of saving the module."""

    def cannot_measure(_draft):
        raise OSError("the logo's file is gone")

    saved = []
    dialog = ModuleDialog(None, on_save=saved.append, text_size=cannot_measure)
    qtbot.addWidget(dialog)
    type_text(dialog.code, "M3")
    type_text(dialog.title_sv, "Renskötselns förädling")
    type_text(dialog.title_en, "Adding value in reindeer husbandry")
    dialog.outcomes_sv.setPlainText("Deltagaren kan planera en förädlad produkt. " * 40)
    dialog.accept()
    assert [d.code for d in saved] == ["M3"]
    assert dialog.result() == QDialog.DialogCode.Accepted
