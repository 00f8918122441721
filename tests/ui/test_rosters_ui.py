"""The import wizard, the roster export and the report view, driven as a coordinator would."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from originn_desktop.services.demo import load_demo
from originn_desktop.services.modules import module_summary
from originn_desktop.services.participants import module_roster
from originn_desktop.ui.export_dialog import ExportRosterDialog
from originn_desktop.ui.import_wizard import ImportWizard
from tests import factories
from tests.ui.keyboard import type_text


def next_page(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_import_wizard_maps_previews_and_imports(window, qtbot, drive, db, shared_data, tmp_path):
    factories.module(db, "M1")
    window.refresh()
    seen = {}

    def walk(wizard):
        type_text(wizard.file_page.path, str(shared_data / "roster_excel_semicolon_cp1252.csv"))
        next_page(qtbot, wizard)
        page = wizard.mapping_page
        seen["fields"] = page.mapping()
        seen["first_cell"] = page.preview.item(1, 0).text()
        next_page(qtbot, wizard)
        preview = wizard.preview_page
        seen["summary"] = preview.summary.text()
        seen["problems"] = [
            preview.problems.item(r, 1).text() for r in range(preview.problems.rowCount())
        ]
        seen["saved_before_finish"] = module_summary(db, "M1").count.counted
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )

    drive(ImportWizard, walk)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert seen["fields"][:3] == ["first_name", "last_name", "personnummer"]
    assert seen["first_cell"] == "Sven"
    assert "5 new participants" in seen["summary"] and "1 rejected" in seen["summary"]
    assert any("780101-1234: wrong check digit" in p for p in seen["problems"])
    assert seen["saved_before_finish"] == 0
    assert module_summary(db, "M1").count.counted == 5
    assert window.participants_view.model.total == 5
    assert "5 new, 1 merged, 1 rejected" in window.statusBar().currentMessage()


def test_import_wizard_lets_the_user_correct_the_mapping(window, qtbot, drive, db, tmp_path):
    factories.module(db, "M1")
    window.refresh()
    path = tmp_path / "odd.csv"
    path.write_text("Vem;Nummer\nÅsa Öberg;800420-1110\n", encoding="utf-8")
    seen = {}

    def walk(wizard):
        type_text(wizard.file_page.path, str(path))
        next_page(qtbot, wizard)
        page = wizard.mapping_page
        seen["complete_before"] = page.isComplete()
        seen["error"] = page.error.text()
        page.combos[0].setCurrentIndex(page.combos[0].findData("name"))
        page.combos[1].setCurrentIndex(page.combos[1].findData("personnummer"))
        seen["complete_after"] = page.isComplete()
        next_page(qtbot, wizard)
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )

    drive(ImportWizard, walk)
    window.import_roster()
    assert seen["complete_before"] is False and "no column for the names" in seen["error"]
    assert seen["complete_after"] is True
    assert window.participants_view.model.row(0).last_name == "Öberg"


def test_an_unreadable_file_is_explained_on_the_first_page(window, qtbot, drive, db, tmp_path):
    factories.module(db, "M1")
    window.refresh()
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    seen = {}

    def walk(wizard):
        type_text(wizard.file_page.path, str(path))
        next_page(qtbot, wizard)
        seen["page"] = wizard.currentPage()
        seen["error"] = wizard.file_page.error.text()
        wizard.reject()

    drive(ImportWizard, walk)
    window.import_roster()
    assert seen["page"] is not None and "empty" in seen["error"]


def test_roster_export_remembers_the_columns(
    window, qtbot, drive, monkeypatch, db, tmp_path, settings
):
    load_demo(db)
    window.refresh()
    target = tmp_path / "roster.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )

    def choose(dialog):
        for i in range(dialog.columns.count()):
            item = dialog.columns.item(i)
            keep = item.data(Qt.ItemDataRole.UserRole) in ("personnummer", "last_name")
            item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
        dialog.accept()

    drive(ExportRosterDialog, choose)
    window.export_roster()
    header, *rows = list(
        csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    assert header == ["Personnummer", "Efternamn"] or header == ["Personnummer", "Last name"]
    assert rows and all(len(r[0]) in (0, 12) for r in rows)
    dialog = ExportRosterDialog(db, settings, window._module_choices())
    qtbot.addWidget(dialog)
    assert dialog.chosen_columns() == ["personnummer", "last_name"]


def test_the_report_view_shows_the_figures_and_bars(window, qtbot, db):
    load_demo(db)
    window.refresh()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.report_view
    counted = {"registered", "admitted", "completed", "failed"}
    people = {
        r.participant.id
        for code in ("M1", "M2")
        for r in module_roster(db, code)
        if r.status in counted
    }
    assert f"<b>{len(people)}</b> participants" in view.totals.text()
    assert view.modules.rowCount() == 2
    assert view.modules.item(1, 1).text() == "12 / 15"
    municipalities = dict(view.municipality_chart.rows())
    assert set(municipalities) <= {
        "Berg",
        "Bräcke",
        "Härjedalen",
        "Krokom",
        "Ragunda",
        "Strömsund",
        "Åre",
        "Östersund",
    }
    assert sum(municipalities.values()) == window.report_view.report.participants
    qtbot.waitUntil(lambda: view.municipality_chart.height() >= len(municipalities) * 20)


def test_report_can_be_saved_as_pdf(window, qtbot, monkeypatch, db, tmp_path):
    load_demo(db)
    window.refresh()
    window.show_tab(2)
    target = tmp_path / "rapport"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(window.report_view.save_pdf, Qt.MouseButton.LeftButton)
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")
