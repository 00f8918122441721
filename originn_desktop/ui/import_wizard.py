"""The import wizard: choose a file and a module, check the column mapping on the first rows,
see what will happen to every row, then import.

The preview works out what the import will do without writing (``preview_import``: the same
rules as the import, tested against its dry run), so the import is paid for once. Both run on
a worker thread, with a progress bar and Cancel; the rows are checked by the window's warm
second process (``workers.warm``), as the command line checks them in a forked one.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from originn_desktop.db.engine import Database
from originn_desktop.domain.text import UserError
from originn_desktop.io.columns import FIELDS, IGNORE, check_mapping, guess_mapping
from originn_desktop.io.spreadsheet import Table, read_table
from originn_desktop.services.import_preview import preview_import
from originn_desktop.services.importing import (
    ImportPlan,
    ImportResult,
    NameOrder,
    plan_import,
    run_import,
    write_rejected,
)
from originn_desktop.ui.i18n import language, tx
from originn_desktop.workers import warm
from originn_desktop.workers.checking import Cancelled, checked_rows
from originn_desktop.workers.collector import gc_paused
from originn_desktop.workers.tasks import Progress, TaskRunner

PREVIEW_ROWS = 8


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the roster"))
        self.setSubTitle(
            self.tr("A .csv or .xlsx file with one participant per row and a header row.")
        )
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Roster file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Browse for the roster file"))
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Excel sheet"))
        self.module = QComboBox()
        self.module.setAccessibleName(self.tr("Module to enroll in"))
        for mid, text in wizard.modules:
            self.module.addItem(text, mid)
        if wizard.module_id is not None:
            self.module.setCurrentIndex(max(0, self.module.findData(wizard.module_id)))
        self.order = QComboBox()
        self.order.setAccessibleName(self.tr("How full names are written"))
        self.order.addItem(self.tr("First name first (Anna Berg)"), NameOrder.FIRST_LAST.value)
        self.order.addItem(self.tr("Last name first (Berg Anna)"), NameOrder.LAST_FIRST.value)
        # Rows hidden in Excel are left out by default: a coordinator hides (or filters away)
        # the people they do not mean to import. The preview lists them either way.
        self.include_hidden = QCheckBox(self.tr("Import rows &hidden in the sheet too"))
        self.include_hidden.setAccessibleName(self.tr("Import rows hidden in the sheet too"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        for text, widget in (
            (self.tr("&Sheet:"), self.sheet),
            (self.tr("&Module:"), self.module),
            (self.tr("Full &names:"), self.order),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.include_hidden)
        form.addRow(self.error)
        self.path.textChanged.connect(self._path_changed)
        self.sheet.setEnabled(False)
        self.include_hidden.setEnabled(False)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the roster"),
            self.path.text(),
            self.tr("Rosters (*.csv *.xlsx *.txt)"),
        )
        if path:
            self.path.setText(path)

    def _path_changed(self) -> None:
        self.sheet.clear()
        path = Path(self.path.text())
        is_excel = path.suffix.lower() in (".xlsx", ".xlsm") and path.is_file()
        self.sheet.setEnabled(is_excel)
        self.include_hidden.setEnabled(is_excel)
        if is_excel:
            try:
                import openpyxl

                book = openpyxl.load_workbook(path, read_only=True)
                names = book.sheetnames
                book.close()
                if len(names) > 1:
                    self.sheet.addItem(self.tr("(the one that looks like a roster)"), None)
                for name in names:
                    self.sheet.addItem(name, name)
            except Exception:  # a broken file is reported when the page is left
                self.sheet.setEnabled(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and self.module.count() > 0

    def validatePage(self) -> bool:
        try:
            sheet = self.sheet.currentData() if self.sheet.isEnabled() else None
            self.w.table = read_table(
                self.path.text().strip(),
                sheet or None,
                include_hidden=self.include_hidden.isEnabled() and self.include_hidden.isChecked(),
            )
        except UserError as exc:
            self.error.setText(tx(exc.text))
            return False
        self.error.clear()
        self.w.mapping = guess_mapping(self.w.table.headers)
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Each column's field was guessed from its header; correct it where needed. The first rows are shown below."
            )
        )
        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("Columns and the first rows"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self.w.table
        assert table is not None
        headers = table.headers
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(len(rows) + 1)
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setVerticalHeaderLabels([self.tr("Field"), *(str(n) for n, _ in rows)])
        self.combos = []
        lang = language()
        for col, header in enumerate(headers):
            combo = QComboBox()
            combo.setAccessibleName(
                self.tr("Field for column %1").replace("%1", header or str(col + 1))
            )
            combo.addItem(self.tr("(ignore)"), IGNORE)
            for key, text in FIELDS.items():
                combo.addItem(text.get(lang), key)
            combo.setCurrentIndex(max(0, combo.findData(self.w.mapping[col])))
            combo.currentIndexChanged.connect(self._changed)
            self.preview.setCellWidget(0, col, combo)
            self.combos.append(combo)
            for r, (_number, values) in enumerate(rows, start=1):
                item = QTableWidgetItem(values[col] if col < len(values) else "")
                self.preview.setItem(r, col, item)
        self._changed()

    def mapping(self) -> list[str]:
        return [str(c.currentData()) for c in self.combos]

    def _changed(self) -> None:
        self.w.mapping = self.mapping()
        problem = check_mapping(self.w.mapping)
        self.error.setText(tx(problem) if problem else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        chosen = [f for f in self.mapping() if f]
        return check_mapping(self.mapping()) is None and len(chosen) == len(set(chosen))


class Busy(QWidget):
    """A progress bar with its Cancel button, for the work a page waits for."""

    def __init__(self) -> None:
        super().__init__()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the work in progress"))
        self.cancel.clicked.connect(self.stop)
        self._stop = threading.Event()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)
        self.hide()

    def begin(self, text: str) -> threading.Event:
        """Show the bar; the event returned is set by Cancel."""
        self._stop = threading.Event()
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.bar.setFormat(text)
        self.cancel.setEnabled(True)
        self.show()
        return self._stop

    def stop(self) -> None:
        self._stop.set()
        self.cancel.setEnabled(False)

    def report(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def end(self) -> None:
        self.hide()


class Stoppable:
    """A task's ``Progress`` that also stops when ``stop`` is set (the page's Cancel)."""

    def __init__(self, progress: Progress, stop: threading.Event) -> None:
        self._progress = progress
        self._stop = stop

    def __call__(self, done: int, total: int) -> None:
        self._progress(done, total)

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set() or self._progress.cancelled


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("What will happen"))
        self.setSubTitle(
            self.tr(
                "Nothing has been saved yet. Rejected rows can be saved to a file, fixed and imported again."
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # Grades in the file are taken only when the user says so, having seen them here.
        self.with_results = QCheckBox(
            self.tr("Take the &results in the file (grades and examination dates)")
        )
        self.with_results.setAccessibleName(self.tr("Take the results in the file"))
        self.with_results.toggled.connect(lambda _checked: self.initializePage())
        self.busy = Busy()
        self.problems = QTableWidget(0, 2)
        self.problems.setAccessibleName(self.tr("Rejected rows and notes"))
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Reason")])
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.save_rejected = QPushButton(self.tr("Save the &rejected rows…"))
        self.save_rejected.setAccessibleName(self.tr("Save the rejected rows to a file"))
        self.save_rejected.clicked.connect(self._save_rejected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.with_results)
        layout.addWidget(self.busy)
        layout.addWidget(self.problems)
        layout.addWidget(self.save_rejected, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:
        """Check every row and work out what the import will do, on a worker thread."""
        w = self.w
        assert w.table is not None
        w.plan = None
        self.problems.setRowCount(0)
        self.save_rejected.setEnabled(False)
        self.summary.setText(self.tr("Checking the rows…"))
        stop = self.busy.begin(self.tr("%v of %m rows checked"))
        w.start(w.preview_work(self.field_choices()), stop, self._checked, self._failed, self.busy)

    def field_choices(self) -> tuple[Any, str, bool]:
        page = self.w.file_page
        return page.module.currentData(), page.order.currentData(), self.with_results.isChecked()

    def cleanupPage(self) -> None:  # Back: what is being checked is no longer wanted
        self.w.cancel_running()
        self.busy.end()
        super().cleanupPage()

    def _checked(self, outcome: tuple[ImportPlan, ImportResult]) -> None:
        self.busy.end()
        if self.w._close_if_asked():
            return
        self.w.plan, preview = outcome
        self.with_results.setVisible(self.w.plan.has_results)
        self.show_preview(preview, self.w.plan)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy.end()
        self.w.plan = None
        if self.w._close_if_asked():
            return
        if isinstance(exc, Cancelled):
            self.summary.setText(
                self.tr("Cancelled: nothing was saved. Go back, or check the file again.")
            )
        elif isinstance(exc, UserError):
            self.summary.setText(tx(exc.text))
        else:
            raise exc
        self.problems.setRowCount(0)
        self.save_rejected.setEnabled(False)
        self.completeChanged.emit()

    def show_preview(self, preview: ImportResult, plan: ImportPlan) -> None:
        self.summary.setText(self.describe(preview, plan))
        lang = language()
        lines = [(r.row, r.message.get(lang)) for r in preview.rejected]
        lines += [
            (row, self.tr("Note: %1").replace("%1", t.get(lang))) for row, t in preview.warnings
        ]
        lines += [
            (s.row, self.tr("Left out: %1").replace("%1", s.message.get(lang)))
            for s in preview.skipped
        ]
        self.problems.setRowCount(len(lines))
        for i, (row, text) in enumerate(sorted(lines)):
            self.problems.setItem(i, 0, QTableWidgetItem(str(row)))
            self.problems.setItem(i, 1, QTableWidgetItem(text))
        self.save_rejected.setEnabled(bool(preview.rejected))
        self.completeChanged.emit()

    def describe(self, result: ImportResult, plan: ImportPlan) -> str:
        text = (
            self.tr(
                "%1 rows in the file: %2 new participants, %3 already in the register or earlier in the file (merged, not added twice), %4 rejected."
            )
            .replace("%1", str(result.rows))
            .replace("%2", str(result.imported))
            .replace("%3", str(result.duplicates))
            .replace("%4", str(len(result.rejected)))
        )
        if result.skipped:
            text += " " + self.tr("%1 left out (see below).").replace(
                "%1", str(len(result.skipped))
            )
        text += " " + self.tr("%1 will be enrolled in %2.").replace(
            "%1", str(result.enrolled)
        ).replace("%2", plan.module_code)
        if result.waitlisted:
            text += " " + self.tr("%1 of them go on the waiting list: the module is full.").replace(
                "%1", str(result.waitlisted)
            )
        if result.results:
            text += " " + self.tr("%1 of them with their result (grade and date).").replace(
                "%1", str(result.results)
            )
        if result.already_enrolled:
            text += " " + self.tr("%1 are already in the module.").replace(
                "%1", str(result.already_enrolled)
            )
        return text

    def _save_rejected(self) -> None:
        if self.w.plan is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the rejected rows"), "avvisade-rader.csv", self.tr("CSV (*.csv)")
        )
        if path:
            try:
                write_rejected(self.w.plan, path, language())
            except UserError as exc:
                QMessageBox.warning(self, self.windowTitle(), tx(exc.text))

    def isComplete(self) -> bool:
        return self.w.plan is not None and not self.w.busy


class ImportWizard(QWizard):
    def __init__(
        self,
        db: Database,
        modules: list[tuple[int, str]],
        module_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.modules = modules
        self.module_id = module_id
        self.table: Table | None = None
        self.mapping: list[str] = []
        self.plan: ImportPlan | None = None
        self.result_value: ImportResult | None = None
        self.setWindowTitle(self.tr("Import a roster"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(760, 520)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.runner = TaskRunner(self)
        self._stop: threading.Event | None = None  # while a task runs: set to cancel it
        self._generation = 0  # a task's result is used only if no newer task was started
        self._closing = False  # closed while work ran: close when it has stopped

    # -- work on the worker thread ------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._stop is not None

    def start(
        self,
        work: Callable[[Stoppable], Any],
        stop: threading.Event,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        busy: Busy,
    ) -> None:
        """Run ``work(progress)`` on a worker thread, reporting to ``busy``; ``stop`` (or a
        newer task) cancels it, and only the newest task's outcome is shown."""
        self.cancel_running()
        self._generation += 1
        generation = self._generation
        self._stop = stop

        def newest(handler: Callable[..., None], ends: bool) -> Callable[..., None]:
            def forward(*args: Any) -> None:
                if generation != self._generation:
                    return
                if ends:
                    self._stop = None
                handler(*args)

            return forward

        self.runner.start(
            lambda progress: work(Stoppable(progress, stop)),
            newest(on_done, True),
            newest(on_error, True),
            newest(busy.report, False),
        )

    def cancel_running(self) -> None:
        if self._stop is not None:
            self._stop.set()
        self._generation += 1
        self._stop = None

    def preview_work(
        self, choices: tuple[Any, str, bool]
    ) -> Callable[[Stoppable], tuple[ImportPlan, ImportResult]]:
        """What the preview page runs: every row checked (by the warm process), judged, and
        what the import will do worked out (nothing written)."""
        assert self.table is not None
        table, mapping, db = self.table, list(self.mapping), self.db
        module, order, with_results = choices
        today = dt.date.today()

        def work(progress: Stoppable) -> tuple[ImportPlan, ImportResult]:
            checked = checked_rows(
                table.rows, mapping, order, today, warm.current(), progress, with_results
            )
            with gc_paused():
                plan = plan_import(
                    db,
                    table,
                    mapping,
                    module,
                    order,
                    today=today,
                    checked=checked,
                    with_results=with_results,
                )
                if progress.cancelled:
                    raise Cancelled()
                return plan, preview_import(db, plan)

        return work

    # -- importing ----------------------------------------------------------------------------

    def accept(self) -> None:
        if self.plan is None or self.busy:
            return
        plan, db = self.plan, self.db

        def work(progress: Stoppable) -> ImportResult:
            def report(done: int, total: int) -> None:
                # Raised inside the import's one transaction: it is rolled back whole.
                if progress.cancelled:
                    raise Cancelled()
                progress(done, total)

            with gc_paused():
                return run_import(db, plan, progress=report)

        page = self.preview_page
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        stop = page.busy.begin(self.tr("Importing…"))
        self.start(work, stop, self._imported, self._import_failed, page.busy)

    def _imported(self, result: ImportResult) -> None:
        self.preview_page.busy.end()
        self.result_value = result
        super().accept()

    def _import_failed(self, exc: BaseException) -> None:
        page = self.preview_page
        page.busy.end()
        if isinstance(exc, Cancelled) and self._close_if_asked():
            return
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        page.completeChanged.emit()
        if isinstance(exc, Cancelled):
            page.summary.setText(self.tr("Cancelled: nothing was imported."))
        elif isinstance(exc, UserError):
            QMessageBox.warning(self, self.windowTitle(), tx(exc.text))
        else:
            raise exc

    def reject(self) -> None:
        """Closing while work runs cancels it, and closes once it has stopped: an import that
        was past its last chance to stop has committed whole, and is reported as done."""
        if self._stop is not None:
            self._stop.set()
            self._closing = True
            return
        super().reject()

    def _close_if_asked(self) -> bool:
        if self._closing:
            self._closing = False
            super().reject()
            return True
        return False

    def result_summary(self) -> Any:
        return self.result_value
