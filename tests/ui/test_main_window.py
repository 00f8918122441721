"""The window driven as a coordinator would: keyboard and mouse, real dialogs, a real database."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from originn_desktop.db.schema import open_database
from originn_desktop.services.enrollment import change_status, enroll
from originn_desktop.services.modules import get_module, list_modules
from originn_desktop.services.participants import (
    ParticipantDraft,
    module_roster,
    update_participant,
)
from originn_desktop.ui.enrollment_dialog import EnrollmentDialog
from originn_desktop.ui.main_window import MainWindow
from originn_desktop.ui.module_dialog import ModuleDialog
from originn_desktop.ui.participant_dialog import ParticipantDialog
from originn_desktop.ui.register import Register
from originn_desktop.workers.tasks import TaskRunner
from tests import factories
from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifiers)


def save(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def counts(db):
    return {s.module.code: (s.count.counted, s.count.waitlisted) for s in list_modules(db)}


def test_the_main_window_has_title_menus_toolbar_and_status_bar(window):
    assert "ORIGINN" in window.windowTitle()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Participants", "&View", "&Help"]
    assert window.toolbar.actions()
    assert "Database: register.db" in window.database_label.text()


def test_an_empty_register_shows_what_to_do_first(window, qtbot):
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.module_button.isVisible()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.tabs
    assert window.modules_view.model.rowCount() == 2
    assert "1 module below the minimum" in window.modules_view.summary.text()
    assert "M2: 3 missing" in window.modules_view.summary.text()


def test_create_a_module_with_the_keyboard_alone(window, qtbot, drive, db):
    def fill(dialog):
        type_text(dialog.code, "M7")
        press(qtbot, dialog.code, Qt.Key.Key_Tab)
        type_text(dialog.focusWidget(), "Skogens råvaror")
        press(qtbot, dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(dialog.focusWidget(), "Raw materials of the forest")
        press(qtbot, dialog.focusWidget(), Qt.Key.Key_Return)

    drive(ModuleDialog, fill)
    press(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT)
    module = get_module(db, "M7")
    assert (module.draft.title_sv, module.draft.title_en) == (
        "Skogens råvaror",
        "Raw materials of the forest",
    )
    assert module.draft.min_participants == 15
    assert window.modules_view.model.rowCount() == 1
    assert "15 participants missing" in window.modules_view.model.data(
        window.modules_view.model.index(0, 2)
    )


def test_a_module_dialog_problem_is_shown_next_to_its_field(window, qtbot, drive):
    seen = {}

    def fill(dialog):
        type_text(dialog.code, "M 1")
        save(qtbot, dialog)
        seen["code"] = dialog.errors["code"].text()
        seen["title"] = dialog.errors["title_sv"].text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    drive(ModuleDialog, fill)
    window.new_module()
    assert "code: 1-20 letters" in seen["code"]
    assert "Swedish title is required" in seen["title"]
    assert seen["open"]


def test_add_a_participant_fixing_a_wrong_check_digit(window, qtbot, drive, db):
    factories.module(db, "M1")
    seen = {}

    def fill(dialog):
        type_text(dialog.first_name, "Ylva")
        type_text(dialog.last_name, "Hägg")
        type_text(dialog.personnummer, "850312-1232")
        type_text(dialog.email, "ylva@example.se")
        save(qtbot, dialog)
        seen["error"] = dialog.errors["personnummer"].text()
        seen["still_open"] = dialog.isVisible()
        dialog.personnummer.clear()
        type_text(dialog.personnummer, "881272-5557")  # a samordningsnummer
        save(qtbot, dialog)

    drive(ParticipantDialog, fill)
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    assert seen["error"] == "personnummer 850312-1232: wrong check digit"
    assert seen["still_open"]
    rows = window.participants_view.model
    assert rows.total == 1
    assert rows.data(rows.index(0, rows.IDENTITY)) == "19881272-****"


def test_adding_the_same_person_again_says_so(window, qtbot, drive, messages, db):
    factories.person(db, "Sven", "Älvdal", personal_number="800420-1110")

    def fill(dialog):
        type_text(dialog.first_name, "Sven")
        type_text(dialog.last_name, "Älvdal")
        type_text(dialog.personnummer, "198004201110")
        save(qtbot, dialog)

    drive(ParticipantDialog, fill)
    window.new_participant()
    assert any("already in the register" in text for _k, text in messages)
    assert window.participants_view.model.total == 1


def _select_all_participants(window, qtbot):
    window.show_tab(1)
    window.participants_view.table.setFocus()
    press(qtbot, window.participants_view.table, Qt.Key.Key_A, CTRL)


def test_enroll_withdraw_and_the_waiting_list_move_up_is_announced(
    window, qtbot, drive, messages, db
):
    factories.module(db, "M1", min_participants=1, max_participants=2)
    for name in ("Anna", "Bo", "Cecilia"):
        factories.person(db, name, "Test")
    window.refresh()
    _select_all_participants(window, qtbot)
    assert window.enroll_action.isEnabled()

    drive(EnrollmentDialog, lambda d: d.accept())
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    assert counts(db) == {"M1": (2, 1)}
    assert any("on the waiting list" in text and "Cecilia Test" in text for _k, text in messages)

    anna = next(
        r.participant.id for r in module_roster(db, "M1") if r.participant.first_name == "Anna"
    )
    window.participants_view.select_ids([anna])
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert counts(db) == {"M1": (2, 0)}
    assert any("Cecilia Test has moved up from the waiting list into M1" in t for _k, t in messages)


def test_grade_and_complete_selected(window, qtbot, drive, db):
    factories.module(db, "M1", min_participants=1)
    a = factories.person(db, "Anna", "Test", module_code="M1").participant
    window.refresh()
    window.show_tab(1)
    window.participants_view.select_ids([a.id])

    def grade(dialog):
        dialog.grade.setCurrentIndex(dialog.grade.findData("VG"))
        dialog.accept()

    drive(EnrollmentDialog, grade)
    press(qtbot, window, Qt.Key.Key_G, CTRL)
    [row] = module_roster(db, "M1")
    assert (row.status, row.grade, row.grade_date) == ("completed", "VG", dt.date.today())


def test_undo_and_redo_a_withdrawal_with_the_keyboard(window, qtbot, drive, db):
    factories.module(db, "M1", min_participants=1)
    a = factories.person(db, "Anna", "Test", module_code="M1").participant
    window.refresh()
    window.show_tab(1)
    window.participants_view.select_ids([a.id])
    drive(EnrollmentDialog, lambda d: d.accept())
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert module_roster(db, "M1")[0].status == "withdrawn"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert module_roster(db, "M1")[0].status == "registered"
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert module_roster(db, "M1")[0].status == "withdrawn"
    assert (
        window.modules_view.model.data(window.modules_view.model.index(0, 2))
        == "1 participant missing"
    )


def test_undo_an_added_participant_and_an_edit(window, qtbot, drive, db):
    def add(dialog):
        type_text(dialog.first_name, "Tova")
        type_text(dialog.last_name, "Rönnqvist")
        type_text(dialog.personnummer, "19970105-2228")
        save(qtbot, dialog)

    drive(ParticipantDialog, add)
    window.new_participant()
    pid = window.participants_view.model.row(0).id

    def edit(dialog):
        dialog.last_name.clear()
        type_text(dialog.last_name, "Rönnkvist")
        save(qtbot, dialog)

    drive(ParticipantDialog, edit)
    window.edit_participant(pid)
    assert window.participants_view.model.row(0).last_name == "Rönnkvist"
    window.register.undo_stack.undo()
    assert window.participants_view.model.row(0).last_name == "Rönnqvist"
    window.register.undo_stack.undo()
    assert window.participants_view.model.total == 0
    assert window.stack.currentWidget() is window.welcome
    window.register.undo_stack.redo()
    assert window.participants_view.model.row(0).id == pid


def test_the_personnummer_is_shown_only_on_request(window, qtbot, drive, db):
    p = factories.person(db, "Sven", "Älvdal", personal_number="800420-1110").participant
    seen = {}

    def look(dialog):
        seen["before"] = dialog.personnummer.text()
        qtbot.mouseClick(dialog.reveal, Qt.MouseButton.LeftButton)
        seen["after"] = dialog.personnummer.text()
        dialog.reject()

    drive(ParticipantDialog, look)
    window.edit_participant(p.id)
    assert seen == {"before": "19800420-****", "after": "19800420-1110"}


def test_double_clicking_any_cell_opens_that_person_and_typing_changes_no_cell(
    window, qtbot, drive, db
):
    factories.person(db, "Anna", "Berg", email="anna@example.se")
    factories.person(db, "Bo", "Ek", email="bo@example.se")
    window.refresh()
    window.show_tab(1)
    view = window.participants_view
    table = view.table
    opened = []

    def look(dialog):
        opened.append(dialog.first_name.text())
        dialog.reject()

    drive(ParticipantDialog, look)
    email = view.model.FIXED_KEYS.index("email")
    cell = view.model.index(1, email)  # Bo's e-mail, not the name the row is known by
    table.scrollTo(cell)
    where = table.visualRect(cell).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == ["Bo"]
    # The list is read, not edited: a key typed on a chosen cell opens no editor in it.
    table.setCurrentIndex(cell)
    qtbot.keyClicks(table, "x")
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() != table.State.EditingState
    assert cell.data() == "bo@example.se"


def test_double_clicking_a_module_opens_it_once(window, qtbot, drive, db):
    factories.module(db, "M1")
    factories.module(db, "M2")
    window.refresh()
    window.show_tab(0)
    table = window.modules_view.table
    opened = []

    def look(dialog):
        opened.append(dialog.code.text())
        dialog.reject()

    drive(ModuleDialog, look)
    row = next(
        r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == "M2"
    )
    where = table.visualRect(table.model().index(row, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == ["M2"]
    qtbot.keyClick(table, Qt.Key.Key_Return)  # the keyboard's way in
    assert opened == ["M2", "M2"]


def test_changing_the_language_shows_the_statuses_headers_and_search_bar_in_it(window, qtbot, db):
    from originn_desktop.ui import i18n

    m1 = factories.module(db, "M1")
    for name in ("Anna", "Bo"):
        factories.person(db, name, "Berg", module_code="M1")
    window.refresh()
    window.show_tab(1)
    model = window.participants_view.model
    column = model.module_column(m1.id)

    def shown():
        return [model.index(r, column).data() for r in range(model.rowCount())], model.headerData(
            model.LAST, Qt.Orientation.Horizontal
        )

    view = window.participants_view

    def texts():
        return view.search_label.text(), view.search.placeholderText(), view.count.text()

    assert shown() == (["registered", "registered"], "Last name")
    assert texts() == ("&Search:", PLACEHOLDER_EN, "2 participants")
    i18n.install("sv")  # what Settings does; the window reads the register again
    qtbot.waitUntil(lambda: shown() == (["anmäld", "anmäld"], "Efternamn"))
    qtbot.waitUntil(lambda: texts() == ("&Sök:", PLACEHOLDER_SV, "2 deltagare"))


PLACEHOLDER_EN = "Search name, e-mail, company, municipality or date of birth"
PLACEHOLDER_SV = "Sök namn, e-post, företag, kommun eller födelsedatum"


def test_participant_dialog_shows_enrollments_with_their_history(window, drive, db):
    factories.module(db, "M1", min_participants=1)
    p = factories.person(db, "Anna", "Test", module_code="M1").participant
    from originn_desktop.services.enrollment import withdraw

    withdraw(db, "M1", [p.id])
    seen = {}

    def look(dialog):
        item = dialog.history.topLevelItem(0)
        seen["module"] = item.text(0)
        seen["status"] = item.text(1)
        seen["history"] = [item.child(i).text(1) for i in range(item.childCount())]
        dialog.reject()

    drive(ParticipantDialog, look)
    window.edit_participant(p.id)
    assert seen["module"].startswith("M1")
    assert seen["status"] == "withdrawn"
    assert seen["history"] == ["registered", "registered → withdrawn"]


def test_search_as_you_type_and_filter_by_module_and_status(window, qtbot, db):
    m1 = factories.module(db, "M1")
    factories.person(db, "Åsa", "Öberg", module_code="M1")
    factories.person(db, "Bo", "Berg", module_code="M1", status="waitlisted")
    factories.person(db, "Cilla", "Ceder")
    window.refresh()
    view = window.participants_view
    window.show_tab(1)
    type_text(view.search, "berg")
    assert view.model.total == 2
    view.search.clear()
    view.show_module(m1.id)
    assert view.model.total == 2
    view.status_filter.setCurrentIndex(view.status_filter.findData("waitlisted"))
    assert [view.model.row(r).first_name for r in range(view.model.rowCount())] == ["Bo"]
    assert view.count.text() == "1 participant"


def test_expected_failures_become_a_message_not_a_crash(window, qtbot, drive, messages, db):
    factories.module(db, "M1", min_participants=1, max_participants=1)
    factories.person(db, "A", "Test", module_code="M1")
    w = factories.person(db, "W", "Test", module_code="M1").participant
    window.refresh()
    window.show_tab(1)
    window.participants_view.select_ids([w.id])

    def admit(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData("admitted"))
        dialog.accept()

    drive(EnrollmentDialog, admit)
    press(qtbot, window, Qt.Key.Key_T, CTRL)
    assert messages and messages[-1][0] == "warning"
    assert "M1 is full" in messages[-1][1]


def test_undo_never_overwrites_what_another_window_saved_since(window, db, messages):
    factories.module(db, "M1", min_participants=1)
    added = factories.person(db, "Tova", "Rönnqvist", module_code="M1").participant
    edited = window.register.edit_participant(added, replace(added.draft(), last_name="Rönnkvist"))
    window.register.withdraw(get_module(db, "M1").id, [added.id])
    # Meanwhile, in another window: the status and the name are changed again.
    other_db = open_database(str(db.path))
    try:
        change_status(other_db, "M1", [added.id], "admitted")
        update_participant(
            other_db, added.id, replace(edited.draft(), first_name="Tove"), edited.version
        )
    finally:
        other_db.dispose()
    window.register.undo_stack.undo()  # the withdrawal
    window.register.undo_stack.undo()  # the edit
    [row] = module_roster(db, "M1")
    assert (row.status, row.participant.first_name, row.participant.last_name) == (
        "admitted",
        "Tove",
        "Rönnkvist",
    )
    assert len(messages) == 2 and all("changed" in text or "saved" in text for _, text in messages)


def test_undoing_an_addition_keeps_someone_enrolled_since(window, db, messages):
    factories.module(db, "M1", min_participants=1)
    result = window.register.add_participant(
        ParticipantDraft("Ulf", "Nordén", personal_number=factories.personnummer())
    )
    enroll(db, "M1", result.participant.id)  # from another window
    window.register.undo_stack.undo()
    assert [r.participant.first_name for r in module_roster(db, "M1")] == ["Ulf"]
    assert "enrolled since" in messages[0][1]


def test_undo_and_redo_a_larger_module_moves_the_waiting_list_back_and_forth(window, db, messages):
    factories.module(db, "M1", min_participants=1, max_participants=1)
    factories.person(db, "Anna", "Test", module_code="M1")
    factories.person(db, "Bo", "Test", module_code="M1")  # waiting

    def state():
        roster = {r.participant.first_name: r.status for r in module_roster(db, "M1")}
        return get_module(db, "M1").draft.max_participants, roster

    before = get_module(db, "M1")
    window.register.edit_module(before, replace(before.draft, max_participants=2))
    assert state() == (2, {"Anna": "registered", "Bo": "registered"})
    window.register.undo_stack.undo()
    assert state() == (1, {"Anna": "registered", "Bo": "waitlisted"})
    window.register.undo_stack.redo()
    assert state() == (2, {"Anna": "registered", "Bo": "registered"})
    assert [text for kind, text in messages if kind == "warning"] == []  # no "changed elsewhere"


def test_coming_back_to_the_window_shows_what_another_window_changed(window, db_path, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from originn_desktop.db.engine import Database, resolve_url

    factories.module(window.db, "M1")
    window.refresh()
    reads = []
    original = window.refresh
    window.refresh = lambda: (reads.append(1), original())[1]
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert reads == []  # nothing changed: the register is not read again

    other = Database(resolve_url(str(db_path)))
    factories.person(other, "Elsa", "Andersson", module_code="M1")
    other.dispose()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert reads == [1]
    assert counts(window.db) == {"M1": (1, 0)}
    assert window.participants_view.model.total == 1


def test_coming_back_to_the_window_on_a_new_day_reads_the_register_again(window, clock):
    import datetime as dt

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    window.refresh()
    reads = []
    original = window.refresh
    window.refresh = lambda: (reads.append(1), original())[1]
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert reads == []

    clock.shift(dt.timedelta(days=1))
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert reads == [1]  # deadlines and "closes in N days" are counted afresh


def test_typing_a_search_shows_rows_at_once_and_the_total_when_typing_pauses(window, db, qtbot):
    factories.bulk_people(db, 450)
    window.refresh()
    window.show_tab(1)
    view = window.participants_view
    qtbot.keyClicks(view.search, "bulk")
    page = view.model.FIRST_PAGE
    assert view.model.rowCount() == page  # the rows follow each key
    assert view.count.text() == f"more than {page} participants"
    qtbot.waitUntil(lambda: view.count.text() == "450 participants", timeout=3000)
    view.search.setText("person00007")  # a rare word: all there is, counted at once
    assert view.count.text() == "1 participant"


def test_the_first_person_added_from_the_welcome_page_is_shown_among_the_participants(
    qtbot, drive, db, settings, monkeypatch
):
    """With the count read off the GUI thread, as in the program: the welcome page gives way
    to the participants tab, with the new person selected and the actions on them enabled."""
    monkeypatch.setattr(TaskRunner, "inline", False)
    window = MainWindow(Register(db, settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome)

    def add(dialog):
        type_text(dialog.first_name, "Ylva")
        type_text(dialog.last_name, "Hägg")
        type_text(dialog.personnummer, "881272-5557")
        type_text(dialog.email, "ylva@example.se")
        save(qtbot, dialog)

    drive(ParticipantDialog, add)
    window.new_participant()

    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs)
    assert window.tabs.currentWidget() is window.participants_view
    qtbot.waitUntil(lambda: window.participants_view.selected_ids() != [])
    assert window.erase_action.isEnabled()
    window.close()


def test_the_participants_table_follows_the_windows_font_and_draws_names_unshaped(window):
    """The table's text is drawn without OpenType shaping (Latin names need none; it is most
    of a keystroke's paint), and only that is set: a larger font for the window still makes
    the table's text larger, in the same family."""
    from PySide6.QtGui import QFont

    table = window.participants_view.table
    unshaped = QFont.StyleStrategy.PreferNoShaping
    assert table.font().styleStrategy() & unshaped
    larger = QFont(window.font())
    larger.setPointSize(window.font().pointSize() + 6)
    window.setFont(larger)
    assert table.font().pointSize() == larger.pointSize()
    assert table.font().family() == larger.family()
    assert table.font().styleStrategy() & unshaped


def test_learning_outcomes_too_long_for_a_legible_certificate_are_saved_only_when_confirmed(
    window, qtbot, drive, db, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from tests.services.test_issuer import LONG_EN, LONG_SV

    asked: list[str] = []
    answers: list[QMessageBox.StandardButton] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    seen = {}

    def fill(dialog):
        type_text(dialog.code, "M7")
        type_text(dialog.title_sv, "Skogens råvaror")
        type_text(dialog.title_en, "Raw materials of the forest")
        dialog.outcomes_sv.setPlainText(LONG_SV)
        dialog.outcomes_en.setPlainText(LONG_EN)
        dialog.tabs.setCurrentIndex(0)
        answers.append(QMessageBox.StandardButton.No)  # keep editing
        save(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["page"] = dialog.tabs.currentIndex()
        seen["saved"] = [s.module.code for s in list_modules(db)]
        answers.append(QMessageBox.StandardButton.Yes)  # save anyway
        save(qtbot, dialog)

    drive(ModuleDialog, fill)
    window.new_module()
    assert len(asked) == 2
    assert "pt (9 pt normally; below 7 pt they are hard to read)" in asked[0]
    assert seen == {"open": True, "page": 2, "saved": []}
    assert get_module(db, "M7").draft.learning_outcomes_sv == LONG_SV

    # Editing something else of that module does not ask again; short texts never ask.
    def relocate(dialog):
        dialog.location.setText("Östersund")
        save(qtbot, dialog)

    drive(ModuleDialog, relocate)
    window.edit_module(get_module(db, "M7").id)
    assert get_module(db, "M7").draft.location == "Östersund"

    def short(dialog):
        type_text(dialog.code, "M8")
        type_text(dialog.title_sv, "Fiskets förädling")
        type_text(dialog.title_en, "Adding value to the catch")
        dialog.outcomes_sv.setPlainText(LONG_SV[:150])
        save(qtbot, dialog)

    drive(ModuleDialog, short)
    window.new_module()
    assert get_module(db, "M8").draft.learning_outcomes_sv == LONG_SV[:150]
    assert len(asked) == 2


def test_the_search_field_button_empties_it_and_shows_everyone_again(window, qtbot, db):
    """The button is there while the field holds text (Qt's own fading one made the whole
    window lay out and repaint at the first key of every search)."""
    from originn_desktop.ui import i18n

    for name in ("Anna", "Bo", "Cecilia"):
        factories.person(db, name, "Berg")
    window.refresh()
    window.show_tab(1)
    view = window.participants_view
    button = view.search.clear_action
    assert not button.isVisible() and view.model.rowCount() == 3
    qtbot.keyClicks(view.search, "ann")
    assert button.isVisible() and view.model.rowCount() == 1
    assert not button.icon().isNull()  # the style's clear icon, taken at the first key
    assert button.toolTip() == "Clear the search"
    button.trigger()
    assert view.search.text() == "" and not button.isVisible()
    assert [view.model.row(r).first_name for r in range(3)] == ["Anna", "Bo", "Cecilia"]
    i18n.install("sv")
    qtbot.waitUntil(lambda: button.toolTip() == "Töm sökfältet")
