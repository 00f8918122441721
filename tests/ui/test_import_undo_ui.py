"""Undoing an import from the window: Ctrl+Z after the wizard, and *Undo the last import…*."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from originn_desktop.io.columns import guess_mapping
from originn_desktop.io.spreadsheet import read_table
from originn_desktop.services.importing import plan_import, run_import
from originn_desktop.services.modules import module_summary
from originn_desktop.services.participant_list import ParticipantQuery, count_participants
from originn_desktop.services.participants import get_participant, update_participant
from originn_desktop.ui.import_wizard import ImportWizard
from tests import factories
from tests.ui.keyboard import type_text


def roster(tmp_path):
    path = tmp_path / "roster.csv"
    lines = [f"Ny{i};Qwertyperson;{factories.personnummer('910101')}" for i in range(3)]
    path.write_text("Förnamn;Efternamn;Personnummer\n" + "\n".join(lines) + "\n", "utf-8")
    return path


def answer(monkeypatch, button=QMessageBox.StandardButton.Yes):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *a, **k: asked.append(text) or button),
    )
    return asked


def import_with_the_wizard(window, qtbot, drive, path):
    def walk(wizard):
        type_text(wizard.file_page.path, str(path))
        for _ in range(2):
            qtbot.mouseClick(
                wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton
            )
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )

    drive(ImportWizard, walk)
    window.import_action.trigger()


def test_an_import_is_one_step_to_undo_and_redo(window, qtbot, drive, db, tmp_path):
    factories.module(db, "M1", min_participants=1)
    factories.person(db, "Already", "Here", module_code="M1")
    window.refresh()
    import_with_the_wizard(window, qtbot, drive, roster(tmp_path))
    assert window.participants_view.model.total == 4
    assert window.undo_action.text() == "Undo Import into M1"

    window.undo_action.trigger()

    assert window.participants_view.model.total == 1
    assert module_summary(db, "M1").count.counted == 1
    assert b"Qwertyperson" not in db.path.read_bytes()
    window.redo_action.trigger()
    assert window.participants_view.model.total == 4
    window.undo_action.trigger()
    assert count_participants(db, ParticipantQuery()) == 1


def test_undo_the_last_import_from_the_file_menu(window, qtbot, drive, db, tmp_path, monkeypatch):
    factories.module(db, "M1", min_participants=1)
    window.refresh()
    import_with_the_wizard(window, qtbot, drive, roster(tmp_path))
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    window.undo_import_action.trigger()
    assert "Undo the import into M1 of" in asked[0] and "3 people it added removed" in asked[0]
    assert window.participants_view.model.total == 3  # answered no: nothing changed

    answer(monkeypatch)
    window.undo_import_action.trigger()

    assert window.participants_view.model.total == 0
    assert window.statusBar().currentMessage() == "The import into M1 is undone."
    assert window.redo_action.isEnabled()  # it was the undo stack's step: it can be redone


def test_an_import_made_elsewhere_is_undone_from_the_menu_or_refused_with_why(
    window, db, tmp_path, monkeypatch, messages
):
    factories.module(db, "M1", min_participants=1)
    table = read_table(roster(tmp_path))
    run_import(db, plan_import(db, table, guess_mapping(table.headers), "M1"))  # the CLI, say
    window.refresh()
    person = get_participant(db, 1)
    draft = person.draft()
    draft.phone = "070-123 45 67"
    update_participant(db, person.id, draft, person.version)
    asked = answer(monkeypatch)

    window.undo_import_action.trigger()

    assert asked == []  # refused before asking
    assert messages == [("warning", "cannot undo the import: participant 1 has been changed since")]
    assert count_participants(db, ParticipantQuery()) == 3


def test_undoing_and_redoing_an_import_leaves_the_window_painting_and_waits_for_the_user(
    window, qtbot, drive, db, tmp_path, monkeypatch
):
    """Undoing or redoing an import takes seconds in a large register: it runs off the GUI
    thread, which meanwhile runs its timers (so it paints) and says what it is doing; the
    step is done, and the window shows it, once the work has ended."""
    import threading

    from PySide6.QtCore import QTimer

    from originn_desktop.services import import_undo, importing
    from originn_desktop.workers.tasks import TaskRunner

    factories.module(db, "M1", min_participants=1)
    window.refresh()
    import_with_the_wizard(window, qtbot, drive, roster(tmp_path))
    monkeypatch.setattr(TaskRunner, "inline", False)  # a real worker thread from here
    seen: list[tuple[str, bool, str]] = []  # (what, the GUI thread ran a timer, status bar)

    def waiting_for_a_timer(what, real):
        def run(*args, **kwargs):
            ticked = threading.Event()
            # Set by a timer on the GUI thread: if that thread were doing this work itself,
            # no timer could run until it ended (the wait gives up after 5 s).
            QTimer.singleShot(
                0,
                window,  # its timer runs on the window's (the GUI) thread
                lambda: (status.append(window.statusBar().currentMessage()), ticked.set()),
            )
            status: list[str] = []
            ran = ticked.wait(5)
            seen.append((what, ran, status[0] if status else ""))
            return real(*args, **kwargs)

        return run

    monkeypatch.setattr(
        import_undo, "undo_import", waiting_for_a_timer("undo", import_undo.undo_import)
    )
    monkeypatch.setattr(importing, "run_import", waiting_for_a_timer("redo", importing.run_import))

    window.undo_action.trigger()

    assert seen == [("undo", True, "Undoing the import…")]
    assert count_participants(db, ParticipantQuery()) == 0  # done when the action returns
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(lambda: window.participants_view.model.total == 0)  # read in the background

    window.redo_action.trigger()

    assert seen[1] == ("redo", True, "Importing again…")
    assert count_participants(db, ParticipantQuery()) == 3
    qtbot.waitUntil(lambda: window.participants_view.model.total == 3)
