"""The window opens whatever it finds: state saved on another register, a module gone since,
settings written by hand; and every model answers Qt safely while the register changes."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from originn_desktop.db.schema import open_database
from originn_desktop.services import modules as module_service
from originn_desktop.services.demo import load_demo
from originn_desktop.services.enrollment import enroll
from originn_desktop.services.modules import ModuleDraft, delete_module, list_modules
from originn_desktop.ui.main_window import MainWindow
from originn_desktop.ui.modules_model import ModulesModel
from originn_desktop.ui.participants_model import ParticipantsModel
from originn_desktop.ui.register import Register
from originn_desktop.ui.settings_store import SettingsStore
from tests import factories

DISPLAY = Qt.ItemDataRole.DisplayRole
HORIZONTAL = Qt.Orientation.Horizontal


def open_window(qtbot, db, settings_path):
    window = MainWindow(Register(db, SettingsStore(str(settings_path))))
    qtbot.addWidget(window)
    window.show()
    return window


def headers(window):
    model = window.participants_view.model
    return [model.headerData(c, HORIZONTAL, DISPLAY) for c in range(model.columnCount())]


def attach_testers(window, mode=QAbstractItemModelTester.FailureReportingMode.Fatal):
    """Qt's own model checker on every model in the window, re-checking after each change."""
    return [
        QAbstractItemModelTester(m, mode, window) for m in window.findChildren(QAbstractItemModel)
    ]


@pytest.fixture
def other_db(template_db, tmp_path):
    """A second register (``--db other.db``) with one module."""
    path = tmp_path / "other.db"
    shutil.copyfile(template_db, path)
    database = open_database(str(path))
    factories.module(database, "K1")
    factories.person(database, "Ada", "Ek", module_code="K1")
    yield database
    database.dispose()


def test_the_demo_layout_does_not_break_a_register_with_one_module(qtbot, db, other_db, data_dir):
    """The crash of issue 13: the demo looked at and closed, sorted by its second module's
    column; then a register with one module. (Before: Qt restored the demo's eight-column
    header on seven columns and the window crashed as it opened.)"""
    settings = data_dir / "settings.ini"
    load_demo(db)
    demo = open_window(qtbot, db, settings)
    demo.show_tab(1)
    view = demo.participants_view
    assert headers(demo)[6:] == ["M1", "M2"]
    view.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    view.table.horizontalHeader().resizeSection(7, 140)
    demo.close()

    other = open_window(qtbot, other_db, settings)
    other.show_tab(1)
    qtbot.wait(10)  # paint the header
    header = other.participants_view.table.horizontalHeader()
    assert headers(other) == [
        "Last name",
        "First name",
        "Personnummer / born",
        "E-mail",
        "Company",
        "Municipality",
        "K1",
    ]
    assert header.count() == 7
    assert header.sortIndicatorSection() == 0  # by name: the sorted column is not here
    assert other.participants_view.model.query.sort_module_id is None
    assert other.participants_view.model.data(other.participants_view.model.index(0, 6)) == (
        "registered"
    )
    other.close()

    # Each register gets its own layout back.
    again = open_window(qtbot, db, settings)
    header = again.participants_view.table.horizontalHeader()
    assert header.sortIndicatorSection() == 7
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert header.sectionSize(7) == 140
    assert again.participants_view.model.query.sort_module_id == get_id(db, "M2")


def get_id(db, code):
    return module_service.get_module(db, code).id


def test_a_module_removed_since_takes_neither_its_width_nor_the_sort_along(qtbot, db, data_dir):
    settings = data_dir / "settings.ini"
    load_demo(db)
    extra = factories.module(db, "M3")
    first = open_window(qtbot, db, settings)
    header = first.participants_view.table.horizontalHeader()
    assert headers(first)[6:] == ["M1", "M2", "M3"]
    header.resizeSection(6, 150)
    header.resizeSection(8, 260)
    first.participants_view.table.sortByColumn(8, Qt.SortOrder.AscendingOrder)
    first.close()

    delete_module(db, extra.id)  # from the command line, or another window
    second = open_window(qtbot, db, settings)
    header = second.participants_view.table.horizontalHeader()
    assert headers(second)[6:] == ["M1", "M2"]
    assert header.sectionSize(6) == 150  # M1 kept its width
    assert header.sectionSize(7) != 260  # M2 did not take M3's
    assert header.sortIndicatorSection() == 0


def test_state_that_cannot_be_read_is_dropped_without_a_word(qtbot, db, data_dir, messages):
    from originn_desktop.ui.settings_store import register_identity

    settings = data_dir / "settings.ini"
    load_demo(db)
    store = SettingsStore(str(settings))
    identity = register_identity(db)
    for garbage in (
        {"widths": {"last_name": "wide", "module:99": 80, "email": 10**9}, "sort": ["x", 3]},
        {"widths": [1, 2, 3], "sort": "module:1"},
        {"sort": ["module:banana", True]},
    ):
        store.set_register_state(identity, garbage)
        store.set_state("participants_header", b"\x00\xff not a header")  # an older version's
        store.set_state("geometry", "not a geometry")
        store.sync()
        window = open_window(qtbot, db, settings)
        assert headers(window)[6:] == ["M1", "M2"]
        assert window.participants_view.table.horizontalHeader().sortIndicatorSection() == 0
        assert all(
            20 <= window.participants_view.table.horizontalHeader().sectionSize(c) <= 400
            for c in range(8)
        )
        window.close()
    settings.write_text('[registers]\nnonsense\\window="{["\n', encoding="utf-8")
    window = open_window(qtbot, db, settings)
    assert window.participants_view.model.rowCount() == 35
    assert messages == []


def test_the_layout_is_kept_per_register_by_its_file(qtbot, db, db_path, data_dir, tmp_path):
    """The same file reached by another path is the same register; another file is not."""
    from originn_desktop.ui.settings_store import register_identity

    store = SettingsStore(str(data_dir / "settings.ini"))
    link = tmp_path / "link.db"
    link.symlink_to(db_path)
    again = open_database(str(link))
    try:
        assert register_identity(again) == register_identity(db)
    finally:
        again.dispose()
    store.set_register_state(register_identity(db), {"sort": ["email", True]})
    assert store.register_state(register_identity(db)) == {"sort": ["email", True]}
    assert store.register_state("file:/somewhere/else.db") == {}


def test_models_answer_any_section_or_row_qt_may_ask_about(db):
    load_demo(db)
    participants = ParticipantsModel(db)
    participants.set_modules([(s.module.id, s.module.code) for s in list_modules(db)])
    participants.refresh()
    modules_model = ModulesModel()
    modules_model.set_modules(list_modules(db))
    for model in (participants, modules_model):
        columns, rows = model.columnCount(), model.rowCount()
        for section in (-1, columns, columns + 5, 10**6):
            assert model.headerData(section, HORIZONTAL, DISPLAY) is None
        assert model.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None
        stale = model.createIndex(rows + 3, 0)
        assert model.data(stale, DISPLAY) is None
        assert model.data(model.createIndex(0, columns + 2), DISPLAY) is None
    participants.sort(99, Qt.SortOrder.DescendingOrder)  # a column that is gone: by name
    assert participants.query.sort_module_id is None
    assert participants.rowCount() == 35
    participants.sort(-1)  # Qt's "no sort column"
    assert participants.rowCount() == 35


def test_qt_model_checks_hold_while_modules_and_people_come_and_go(qtbot, window, db, messages):
    """Qt's QAbstractItemModelTester, in fatal mode, on every model of the window while the
    register changes under it: from the window, and from elsewhere (read on refresh)."""
    testers = attach_testers(window)
    assert len(testers) >= 5
    register = window.register
    view = window.participants_view
    m1 = register.add_module(
        ModuleDraft("M1", "Modul 1", "Module 1", min_participants=1, max_participants=2)
    )
    people = [
        register.add_participant(factories_draft(f"Person{i}")).participant.id for i in range(4)
    ]
    register.enroll(m1.id, people, "registered")  # two on the waiting list
    m2 = register.add_module(ModuleDraft("M2", "Modul 2", "Module 2"))
    register.enroll(m2.id, people[:1], "admitted")
    window.show_tab(1)
    view.table.sortByColumn(view.model.module_column(m2.id), Qt.SortOrder.DescendingOrder)
    view.show_module(m2.id)
    assert view.model.rowCount() == 1
    # Renamed in the window: the column follows.
    register.edit_module(module_service.get_module(db, m2.id), rename(m2, "N2"))
    assert headers(window)[6:] == ["M1", "N2"]
    # Removed elsewhere while it is the filter and the sort: everyone, sorted by name.
    enrollment_free = module_service.create_module(db, ModuleDraft("M3", "Modul 3", "Module 3"))
    window.refresh()
    view.table.sortByColumn(
        view.model.module_column(enrollment_free.id), Qt.SortOrder.AscendingOrder
    )
    view.show_module(enrollment_free.id)
    assert view.model.rowCount() == 0
    delete_module(db, enrollment_free.id)
    window.refresh()
    assert headers(window)[6:] == ["M1", "N2"]
    assert view.module_filter.currentData() is None
    assert view.model.query.module_id is None and view.model.rowCount() == 4
    assert view.table.horizontalHeader().sortIndicatorSection() == 0
    # Withdrawals move people up; searches filter; undo takes it all back step by step.
    register.withdraw(m1.id, people[:1])
    view.search.setText("Person3")
    assert view.model.rowCount() == 1
    view.search.clear()
    while register.undo_stack.canUndo():
        register.undo_stack.undo()
    assert window.modules_view.model.rowCount() == 0
    assert view.model.columnCount() == ParticipantsModel.FIXED_COLUMNS
    assert messages == [("information", "Person2 Test has moved up from the waiting list into M1.")]
    enroll  # noqa: B018 (the service the register wraps)


def factories_draft(first):
    from originn_desktop.services.participants import ParticipantDraft

    return ParticipantDraft(first, "Test", personal_number=factories.personnummer())


def rename(info, code):
    import dataclasses

    return dataclasses.replace(info.draft, code=code)


def test_the_people_chosen_stay_chosen_while_modules_come_and_go_elsewhere(qtbot, window, db):
    """A module added or removed from the command line or another window shows as a column
    that comes or goes: the person the coordinator had chosen stays chosen, with the actions
    on them (the columns are remade with a reset, which let go of the choice)."""
    factories.module(db, "M1")
    ids = [factories.person(db, f"Person{i}", "Berg").participant.id for i in range(3)]
    window.refresh()
    window.show_tab(1)
    view = window.participants_view
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 3)
    view.select_ids([ids[1]])
    assert window.enroll_action.isEnabled()

    added = module_service.create_module(db, ModuleDraft("M2", "Modul 2", "Module 2"))
    window.refresh()
    qtbot.waitUntil(lambda: headers(window)[6:] == ["M1", "M2"] and not view.model.loading)
    assert view.selected_ids() == [ids[1]]
    assert window.enroll_action.isEnabled()

    delete_module(db, added.id)
    window.refresh()
    qtbot.waitUntil(lambda: headers(window)[6:] == ["M1"] and not view.model.loading)
    assert view.selected_ids() == [ids[1]]
    assert window.enroll_action.isEnabled()
