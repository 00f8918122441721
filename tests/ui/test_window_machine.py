"""The window under a stream of changes, as hypothesis chooses them: modules added, renamed and
removed (here and elsewhere), people added, enrolled, withdrawn, imported and erased, steps
undone and redone, filters and sorting changed, and the window closed and opened again on
one of three registers that share one settings file.

After every step: nothing raised, Qt's model checker found nothing, and what the window shows
agrees with ``originn-desktop status --json`` and ``participants --module CODE --json``.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import gc
import io
import itertools
import json
import os
import shutil
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QAbstractItemModel, Qt, QtMsgType
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox, QWizard

from originn_desktop.cli.commands import _summary_json
from originn_desktop.cli.main import main
from originn_desktop.cli.output import print_json
from originn_desktop.db.schema import open_database
from originn_desktop.domain.values import EnrollmentStatus, label
from originn_desktop.services import modules as module_service
from originn_desktop.services.enrollment import enroll
from originn_desktop.services.participants import (
    ParticipantDraft,
    get_participant,
    module_roster,
)
from originn_desktop.ui.import_wizard import ImportWizard
from originn_desktop.ui.main_window import MainWindow
from originn_desktop.ui.modules_model import ModulesModel
from originn_desktop.ui.participants_model import ParticipantsModel
from originn_desktop.ui.register import Register
from originn_desktop.ui.settings_store import SettingsStore
from tests import factories

CODES = ["M1", "M2", "M3", "K1"]
NAMES = ["Åsa", "Erik", "Ingrid", "Nils", "Saga"]
STATUSES = ["registered", "admitted", "waitlisted"]
COUNTED = {label(s, "en") for s in ("registered", "admitted", "completed", "failed")}
HORIZONTAL = Qt.Orientation.Horizontal
DISPLAY = Qt.ItemDataRole.DisplayRole


def cli_json(path: Path, *args: str):
    """``originn-desktop --db PATH ARGS --json``, in this process, as JSON."""
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["--db", str(path), *args, "--json"])
    gc.unfreeze()  # what a command keeps from the collector, a long test must not
    assert code == 0
    return json.loads(out.getvalue())


def status_json(db):
    """What ``status --json`` prints, from the functions behind it (the whole command, parser
    and all, costs a tenth of a second: it runs at every change of window instead)."""
    out = io.StringIO()
    with redirect_stdout(out):
        print_json([_summary_json(s) for s in module_service.list_modules(db)])
    return json.loads(out.getvalue())


class WindowMachine(RuleBasedStateMachine):
    # Set by the test: what pytest gives (fixtures are per test, the machine per example).
    qtbot = None
    qtlog = None
    templates: list[Path]
    folder: Path
    wizard_walk: dict

    def __init__(self) -> None:
        super().__init__()
        here = Path(tempfile.mkdtemp(dir=self.folder))
        # Each example is an installation of its own: its registers are copies of the same
        # seeded files, and one example's erasure ledger would rightly erase its people in the
        # next example's copies.
        os.environ["ORIGINN_DESKTOP_DATA_DIR"] = str(here / "data")
        self.paths = [here / f"register{i}.db" for i in range(3)]
        for seeded, path in zip(self.templates, self.paths, strict=True):
            shutil.copyfile(seeded, path)
        self.dbs = [open_database(str(p)) for p in self.paths]
        self.serials = itertools.count(1)
        self.settings_path = here / "settings.ini"
        self.here = here
        self.window: MainWindow | None = None
        self.current = 0
        self.seen_logs = 0
        self.open_window(0)

    # -- the window ---------------------------------------------------------------------------

    def open_window(self, which: int) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        self.current = which
        store = SettingsStore(str(self.settings_path))  # as a new start reads it
        self.window = MainWindow(Register(self.dbs[which], store))
        mode = QAbstractItemModelTester.FailureReportingMode.Warning  # caught after each step
        self.testers = [
            QAbstractItemModelTester(m, mode, self.window)
            for m in self.window.findChildren(QAbstractItemModel)
        ]
        self.window.show()

    @property
    def db(self):
        return self.dbs[self.current]

    @property
    def view(self):
        return self.window.participants_view

    def teardown(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        for db in self.dbs:
            db.dispose()

    def modules(self):
        return module_service.list_modules(self.db)

    def has_modules(self) -> bool:
        return self.window.modules_view.model.rowCount() > 0

    def has_people(self) -> bool:
        return self.view.model.rowCount() > 0

    def shown_ids(self) -> list[int]:
        model = self.view.model
        return [model.row(r).id for r in range(model.rowCount())]

    def new_person(self, first: str) -> ParticipantDraft:
        return ParticipantDraft(
            first, "Prov", personal_number=factories.personnummer("850312", next(self.serials))
        )

    # -- modules ------------------------------------------------------------------------------

    @rule(
        code=st.sampled_from(CODES),
        minimum=st.integers(1, 3),
        maximum=st.one_of(st.none(), st.integers(1, 4)),
    )
    def add_module(self, code, minimum, maximum):
        draft = module_service.ModuleDraft(
            code, f"Modul {code}", f"Module {code}", min_participants=minimum
        )
        draft.max_participants = maximum if maximum is None or maximum >= minimum else None
        with self.window.expected_errors():  # the same code twice is refused, and said
            self.window.register.add_module(draft)

    @rule(data=st.data(), code=st.sampled_from(CODES))
    @precondition(lambda self: self.has_modules())
    def rename_module(self, data, code):
        found = self.modules()
        if not found:
            return
        before = data.draw(st.sampled_from(found)).module
        draft = dataclasses.replace(before.draft, code=code, title_en=f"Module {code}")
        with self.window.expected_errors():
            self.window.register.edit_module(before, draft)

    @rule(data=st.data())
    @precondition(lambda self: self.has_modules())
    def remove_module_elsewhere(self, data):
        """The command line or another window removes a module; this window reads it again."""
        found = self.modules()
        if not found:
            return
        gone = data.draw(st.sampled_from(found)).module
        with contextlib.suppress(module_service.UserError):  # it has enrollments: refused
            module_service.delete_module(self.db, gone.id)
        self.window.refresh()

    # -- people -------------------------------------------------------------------------------

    @rule(first=st.sampled_from(NAMES))
    def add_person(self, first):
        with self.window.expected_errors():
            self.window.register.add_participant(self.new_person(first))

    @rule(data=st.data(), status=st.sampled_from(STATUSES))
    @precondition(lambda self: self.has_modules() and self.has_people())
    def enroll_shown(self, data, status):
        found, ids = self.modules(), self.shown_ids()
        if not found or not ids:
            return
        module = data.draw(st.sampled_from(found)).module
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
        self.view.select_ids(chosen)
        with self.window.expected_errors():
            self.window.register.enroll(module.id, self.view.selected_ids(), status)

    @rule(data=st.data())
    @precondition(lambda self: self.has_modules() and self.has_people())
    def withdraw_shown(self, data):
        found, ids = self.modules(), self.shown_ids()
        if not found or not ids:
            return
        module = data.draw(st.sampled_from(found)).module
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
        with self.window.expected_errors():
            self.window.register.withdraw(module.id, chosen)

    @rule(data=st.data())
    @precondition(lambda self: self.has_people())
    def erase_shown(self, data):
        ids = self.shown_ids()
        if not ids:
            return
        self.window.show_tab(1)
        self.view.select_ids([data.draw(st.sampled_from(ids))])
        self.window.erase_selected()  # answered "Yes" by the test

    @rule(
        data=st.data(),
        new=st.lists(st.sampled_from(NAMES), min_size=1, max_size=4),
        again=st.booleans(),
        broken=st.booleans(),
    )
    @precondition(lambda self: self.has_modules())
    def import_roster(self, data, new, again, broken):
        """A small roster through the window's import wizard: new people, maybe someone
        already in the register (merged), maybe a row to reject."""
        found = self.modules()
        if not found:
            return
        rows = [[first, "Import", self.new_person(first).personal_number] for first in new]
        if again and self.shown_ids():
            person = get_participant(self.db, data.draw(st.sampled_from(self.shown_ids())))
            if person.personal_number:
                rows.append([person.first_name, person.last_name, person.personal_number])
        if broken:
            rows.append(["Fel", "Nummer", "850312-0000"])
        path = self.here / f"roster{next(self.serials)}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(["Förnamn", "Efternamn", "Personnummer"])
            writer.writerows(rows)
        self.wizard_walk.update(path=str(path), module=data.draw(st.sampled_from(found)).module.id)
        self.window.import_roster()

    # -- undo, views, windows -----------------------------------------------------------------

    @rule(steps=st.integers(1, 3))
    def undo(self, steps):
        for _ in range(steps):
            if self.window.undo_action.isEnabled():
                self.window.undo_action.trigger()

    @rule()
    def redo(self):
        if self.window.redo_action.isEnabled():
            self.window.redo_action.trigger()

    @rule(
        data=st.data(),
        text=st.sampled_from(["", "", "Åsa", "prov", "zz"]),
        status=st.integers(0, 6),
    )
    def filter_participants(self, data, text, status):
        self.window.show_tab(1)
        self.view.search.setText(text)
        combo = self.view.module_filter
        combo.setCurrentIndex(data.draw(st.sampled_from(range(combo.count()))))
        if self.view.status_filter.isEnabled():
            self.view.status_filter.setCurrentIndex(status % self.view.status_filter.count())

    @rule(data=st.data(), descending=st.booleans(), width=st.integers(30, 300))
    def sort_and_resize(self, data, descending, width):
        column = data.draw(st.sampled_from(range(self.view.model.columnCount())))
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.view.table.sortByColumn(column, order)
        self.view.table.horizontalHeader().resizeSection(column, width)

    @rule(which=st.integers(0, 2))
    def close_and_open(self, which):
        self.agrees_with(through_cli=True)  # the command line itself, before the window goes
        self.open_window(which)

    # -- what must always hold ----------------------------------------------------------------

    @invariant()
    def qt_found_nothing_wrong(self):
        # Paint both tables: Qt asks the models about every visible section and cell.
        self.window.modules_view.table.grab()
        self.view.table.grab()
        records = self.qtlog.records[self.seen_logs :]
        self.seen_logs = len(self.qtlog.records)
        problems = [
            r.message
            for r in records
            if r.type != QtMsgType.QtDebugMsg and r.type != QtMsgType.QtInfoMsg and not r.ignored
        ]
        assert problems == []

    @invariant()
    def the_window_agrees_with_the_command_line(self):
        self.agrees_with(through_cli=False)

    def agrees_with(self, through_cli: bool) -> None:
        path = self.paths[self.current]
        status = cli_json(path, "status") if through_cli else status_json(self.db)
        # The modules overview: each module, its count against the minimum, its waiting list.
        modules_model = self.window.modules_view.model
        shown = {
            modules_model.data(modules_model.index(r, ModulesModel.CODE)): (
                modules_model.data(modules_model.index(r, ModulesModel.COUNT)),
                modules_model.data(modules_model.index(r, ModulesModel.WAITING)),
            )
            for r in range(modules_model.rowCount())
        }
        expected = {
            s["code"]: (
                f"{s['counted']} / {s['minimum']}"
                + (f" (max {s['maximum']})" if s["maximum"] is not None else ""),
                str(s["waitlisted"]),
            )
            for s in status
        }
        assert shown == expected
        # The participants table: one column per module, with the right name.
        model = self.view.model
        header = self.view.table.horizontalHeader()
        assert header.count() == model.columnCount()
        codes = [s["code"] for s in status]
        assert [
            model.headerData(c, HORIZONTAL, DISPLAY)
            for c in range(ParticipantsModel.FIXED_COLUMNS, model.columnCount())
        ] == codes
        assert header.sortIndicatorSection() == model.sort_column()
        # The filter boxes say what the list shows.
        assert self.view.module_filter.currentData() == model.query.module_id
        assert model.rowCount() == model.total  # a handful of people: all loaded
        rows = [model.row(r) for r in range(model.rowCount())]
        ids = {s["code"]: s["id"] for s in status}
        for code in codes:
            if through_cli:
                people = cli_json(path, "participants", "--module", code)
                roster = {p["id"]: p["status"] for p in people}
            else:
                roster = {r.participant.id: r.status for r in module_roster(self.db, code)}
            roster = {k: v for k, v in roster.items() if v != EnrollmentStatus.WITHDRAWN}
            listed = {r.id: r.statuses[ids[code]] for r in rows if ids[code] in r.statuses}
            listed = {k: v for k, v in listed.items() if v != EnrollmentStatus.WITHDRAWN}
            if model.query.module_id is None and not model.query.text:
                assert listed == roster
                column = model.module_column(ids[code])
                counted = sum(
                    model.data(model.index(r, column)) in COUNTED for r in range(model.rowCount())
                )
                assert counted == next(s["counted"] for s in status if s["code"] == code)
            else:
                assert set(listed.items()) <= set(roster.items())
        if model.query.module_id is not None:
            assert all(model.query.module_id in r.statuses for r in rows)


def seeded_registers(template: Path, folder: Path) -> list[Path]:
    """Three registers unlike each other, as a coordinator's are: three modules (two as the
    demo has, one nobody is in yet), one module, none. Made once, copied for each example."""
    paths = []
    for i, codes in enumerate((["M1", "M2", "M3"], ["K1"], [])):
        path = folder / f"seeded{i}.db"
        shutil.copyfile(template, path)
        db = open_database(str(path))
        for code in codes:
            factories.module(db, code, min_participants=2, max_participants=3)
        for first in NAMES[:4] if codes else []:
            person = factories.person(db, first, "Frö", module_code=codes[0])
            if len(codes) > 1 and first in NAMES[:2]:
                enroll(db, codes[1], person.participant.id, "admitted")
        db.dispose()  # all written into the file itself, to be copied
        paths.append(path)
    return paths


@pytest.mark.slow
def test_the_window_holds_under_any_sequence_of_changes(
    qtbot, qtlog, template_db, tmp_path, monkeypatch, messages
):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    walk: dict = {}

    def fake_exec(wizard):
        """The import wizard as a coordinator goes through it: file, module, next, next,
        import."""
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.file_page
        page.path.setText(walk["path"])
        page.module.setCurrentIndex(page.module.findData(walk["module"]))
        wizard.next()
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return wizard.result()

    monkeypatch.setattr(ImportWizard, "exec", fake_exec)
    WindowMachine.qtbot = qtbot
    WindowMachine.qtlog = qtlog
    WindowMachine.templates = seeded_registers(template_db, tmp_path)
    WindowMachine.folder = tmp_path
    WindowMachine.wizard_walk = walk
    run_state_machine_as_test(
        WindowMachine,
        settings=settings(
            max_examples=20,
            stateful_step_count=15,
            deadline=None,
        ),
    )
