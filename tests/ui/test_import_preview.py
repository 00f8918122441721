"""The import wizard's preview of what a spreadsheet's numbers and a results column become."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from originn_desktop.services.participants import module_roster
from originn_desktop.ui.import_wizard import ImportWizard
from tests import factories
from tests.ui.keyboard import type_text


def next_page(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def results_workbook(path):
    """A university list: an info sheet first, a title above the header, a personnummer that
    lost its leading zero, grades, and a row the coordinator hid."""
    book = openpyxl.Workbook()
    book.active.title = "Info"
    book.active.append(["Resultat från Ladok"])
    ws = book.create_sheet("Resultat")
    ws.append(["Resultatlista VT 2026"])
    ws.append(["Personnummer", "Namn", "Status", "Betyg", "Examinationsdatum"])
    ws.append([int(factories.personnummer("010505").replace("-", "")), "Alva Berg", "Godkänd",
               "G", "2026-10-01"])  # fmt: skip
    ws.append([factories.personnummer("800101"), "Bo Ek", "Underkänd", "U", "2026-10-01"])
    ws.append([factories.personnummer("810101"), "Cia Fors", "Avbrott", None, None])
    ws.append([factories.personnummer("820101"), "Dan Gran", "Reserv", None, None])
    ws.row_dimensions[6].hidden = True
    book.save(path)
    return path


def test_the_preview_shows_restored_numbers_and_takes_grades_only_when_ticked(
    window, qtbot, drive, db, tmp_path
):
    factories.module(db, "M1", min_participants=1)
    window.refresh()
    path = results_workbook(tmp_path / "resultat.xlsx")
    seen = {}

    def lines(preview):
        return [preview.problems.item(r, 1).text() for r in range(preview.problems.rowCount())]

    def walk(wizard):
        type_text(wizard.file_page.path, str(path))
        seen["sheets"] = [
            wizard.file_page.sheet.itemText(i) for i in range(wizard.file_page.sheet.count())
        ]
        next_page(qtbot, wizard)
        seen["fields"] = wizard.mapping_page.mapping()
        next_page(qtbot, wizard)
        preview = wizard.preview_page
        seen["box_shown"] = preview.with_results.isVisible()
        seen["before"] = (preview.summary.text(), lines(preview))
        qtbot.mouseClick(preview.with_results, Qt.MouseButton.LeftButton)
        seen["after"] = (preview.summary.text(), lines(preview))
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )

    drive(ImportWizard, walk)
    window.import_roster()
    assert seen["sheets"][0] == "(the one that looks like a roster)"
    assert seen["fields"] == ["personnummer", "name", "status", "grade", "grade_date"]
    assert seen["box_shown"]
    summary, notes = seen["before"]
    assert "2 new participants" in summary and "2 left out" in summary
    assert "with their result" not in summary
    assert any("personnummer: leading zero restored" in n for n in notes)
    assert any("Left out: withdrawn in the file (Avbrott)" in n for n in notes)
    assert any("Left out: hidden in the spreadsheet" in n for n in notes)
    assert any("is not taken" in n for n in notes)
    summary, notes = seen["after"]
    assert "2 of them with their result" in summary
    assert not any("is not taken" in n for n in notes)
    got = {r.participant.first_name: (r.status, r.grade) for r in module_roster(db, "M1")}
    assert got == {"Alva": ("completed", "G"), "Bo": ("failed", "U")}
