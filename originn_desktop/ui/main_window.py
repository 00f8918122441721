"""The main window: menus, toolbar, status bar; modules and participants; the first-start page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from originn_desktop import APP_NAME, __version__
from originn_desktop.domain.text import UserError
from originn_desktop.domain.values import CertificateStatus
from originn_desktop.services import modules
from originn_desktop.services.enrollment import StatusChange, StatusUpdate
from originn_desktop.services.participant_list import ParticipantQuery, count_participants
from originn_desktop.settings import LANGUAGE
from originn_desktop.ui import i18n
from originn_desktop.ui.enrollment_mode import Mode
from originn_desktop.ui.i18n import tx
from originn_desktop.ui.modules_view import ModulesView
from originn_desktop.ui.participants_view import ParticipantsView
from originn_desktop.ui.register import Register
from originn_desktop.ui.register_view import RegisterView
from originn_desktop.ui.report_view import ReportView
from originn_desktop.ui.settings_store import register_identity
from originn_desktop.ui.welcome import WelcomePage
from originn_desktop.workers.changes import watch_changes
from originn_desktop.workers.latest import Lane
from originn_desktop.workers.tasks import TaskRunner

# The search index takes in people added meanwhile this long after a refresh (not before the
# window's first paint).
INDEX_AFTER_MS = 1000

# Dialogs and the services only they use are imported when first opened: start-up loads only
# what the first paint needs (measured in bench/).


class MainWindow(QMainWindow):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.db = register.db
        self._identity = register_identity(register.db)
        self._summaries: list[modules.ModuleSummary] = []
        self._read_as: tuple[int, dt.date] | None = None  # (data version, day) last read
        self._totals = Lane(self)
        self._figures = Lane(self)
        self._indexing: Any = None  # the task indexing people's letters, while it runs
        self._index_later = QTimer(self)
        self._index_later.setSingleShot(True)
        self._index_later.setInterval(INDEX_AFTER_MS)
        self._index_later.timeout.connect(self._index_letters)
        self.setObjectName("MainWindow")
        self.resize(1200, 760)
        self.setMinimumSize(800, 520)

        self.welcome = WelcomePage()
        self.modules_view = ModulesView()
        self.participants_view = ParticipantsView(self.db)
        self.report_view = ReportView()
        self.register_view = RegisterView(register)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.modules_view, "")
        self.tabs.addTab(self.participants_view, "")
        self.tabs.addTab(self.report_view, "")
        self.tabs.addTab(self.register_view, "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.database_label = QLabel()
        self.totals_label = QLabel()
        self.statusBar().addPermanentWidget(self.totals_label)
        self.statusBar().addPermanentWidget(self.database_label)
        # A save by another coordinator on a shared server: read again, a moment later so that
        # a burst of saves is read once. (On a file, activating the window checks instead.)
        self.changes = watch_changes(self.db, self)
        self._changes_timer = QTimer(self)
        self._changes_timer.setSingleShot(True)
        self._changes_timer.setInterval(200)
        self._changes_timer.timeout.connect(self._refresh_after_change)
        if self.changes is not None:
            self.changes.changed.connect(self._changes_timer.start)
        self._connect()
        self.retranslate()
        self.refresh()
        self._restore_state()
        self.setAcceptDrops(True)  # a badge file dropped on the window is checked

    # -- actions, menus, toolbar --------------------------------------------------------------

    def _action(self, handler: Callable[[], Any], shortcut: Any = None, name: str = "") -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(handler)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_module_action = self._action(self.new_module, "Ctrl+Shift+N", "new_module")
        self.new_participant_action = self._action(self.new_participant, key.New, "new_participant")
        self.demo_action = self._action(self.load_demo, None, "load_demo")
        self.import_action = self._action(self.import_roster, "Ctrl+I", "import")
        self.undo_import_action = self._action(self.undo_last_import, None, "undo_import")
        self.export_roster_action = self._action(
            self.export_roster, "Ctrl+Shift+E", "export_roster"
        )
        self.export_results_action = self._action(self.export_results, None, "export_results")
        self.certificates_action = self._action(
            self.open_certificates, "Ctrl+Shift+C", "certificates"
        )
        self.backup_action = self._action(self.make_backup, None, "backup")
        self.restore_action = self._action(self.restore_backup, None, "restore")
        self.purge_action = self._action(self.purge_old, None, "purge")
        self.erase_action = self._action(self.erase_selected, None, "erase")
        self.verify_badge_action = self._action(self.choose_badge, None, "verify_badge")
        self.settings_action = self._action(self.open_settings, "Ctrl+,", "settings")
        self.quit_action = self._action(self.close, key.Quit, "quit")
        self.undo_action = self.register.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.redo_action = self.register.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(key.Redo)])
        self.edit_action = self._action(self.edit_selected, "Ctrl+O", "edit")
        self.find_action = self._action(self.focus_search, key.Find, "find")
        self.enroll_action = self._action(self.enroll_selected, "Ctrl+E", "enroll")
        self.status_action = self._action(self.change_status_selected, "Ctrl+T", "change_status")
        self.withdraw_action = self._action(self.withdraw_selected, "Ctrl+D", "withdraw")
        self.grade_action = self._action(self.grade_selected, "Ctrl+G", "grade")
        self.show_modules_action = self._action(lambda: self.show_tab(0), "Ctrl+1", "show_modules")
        self.show_participants_action = self._action(
            lambda: self.show_tab(1), "Ctrl+2", "show_participants"
        )
        self.show_report_action = self._action(lambda: self.show_tab(2), "Ctrl+3", "show_report")
        self.show_register_action = self._action(
            lambda: self.show_tab(3), "Ctrl+4", "show_register"
        )
        self.about_action = self._action(self.about, None, "about")
        self.participants_view.context_actions = [
            self.edit_action,
            None,
            self.enroll_action,
            self.status_action,
            self.withdraw_action,
            self.grade_action,
            None,
            self.erase_action,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for a in (self.new_module_action, self.new_participant_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        for a in (
            self.import_action,
            self.undo_import_action,
            self.export_roster_action,
            self.export_results_action,
        ):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.certificates_action)
        self.file_menu.addAction(self.verify_badge_action)
        self.file_menu.addSeparator()
        for a in (self.backup_action, self.restore_action, self.purge_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        for a in (self.undo_action, self.redo_action):
            self.edit_menu.addAction(a)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.edit_action)
        self.edit_menu.addAction(self.find_action)
        self.participants_menu = bar.addMenu("")
        for a in (self.enroll_action, self.status_action, self.withdraw_action, self.grade_action):
            self.participants_menu.addAction(a)
        self.participants_menu.addSeparator()
        self.participants_menu.addAction(self.erase_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.show_modules_action)
        self.view_menu.addAction(self.show_participants_action)
        self.view_menu.addAction(self.show_report_action)
        self.view_menu.addAction(self.show_register_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.new_module_action, self.new_participant_action):
            self.toolbar.addAction(a)
        self.toolbar.addAction(self.import_action)
        self.toolbar.addSeparator()
        for a in (self.enroll_action, self.withdraw_action, self.grade_action):
            self.toolbar.addAction(a)
        self.toolbar.addAction(self.certificates_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        """Every text of the window, again: called at start and when the language changes."""
        path = self.db.path.name if self.db.path else str(self.db.url)
        self.setWindowTitle(f"{APP_NAME} — {path}")
        # No mnemonics on the tabs: Ctrl+1 and Ctrl+2 switch them, Alt+letter opens menus.
        self.tabs.setTabText(0, self.tr("Modules"))
        self.tabs.setTabText(1, self.tr("Participants"))
        self.tabs.setTabText(2, self.tr("Report"))
        self.tabs.setTabText(3, self.tr("Certificates"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.participants_menu.setTitle(self.tr("&Participants"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.new_module_action: self.tr("New &module…"),
            self.new_participant_action: self.tr("New &participant…"),
            self.demo_action: self.tr("Load &demo data"),
            self.import_action: self.tr("&Import roster…"),
            self.undo_import_action: self.tr("U&ndo the last import…"),
            self.export_roster_action: self.tr("&Roster for the university…"),
            self.export_results_action: self.tr("Results for the uni&versity…"),
            self.show_report_action: self.tr("&Report"),
            self.show_register_action: self.tr("&Certificate register"),
            self.certificates_action: self.tr("&Certificates for a module…"),
            self.backup_action: self.tr("&Back up the register…"),
            self.restore_action: self.tr("Res&tore from a backup…"),
            self.purge_action: self.tr("P&urge old personal data…"),
            self.erase_action: self.tr("E&rase the participant for good…"),
            self.verify_badge_action: self.tr("C&heck a digital badge…"),
            self.settings_action: self.tr("&Settings…"),
            self.quit_action: self.tr("&Quit"),
            self.edit_action: self.tr("&Open selected…"),
            self.find_action: self.tr("&Find participant"),
            self.enroll_action: self.tr("&Enroll in module…"),
            self.status_action: self.tr("Change &status…"),
            self.withdraw_action: self.tr("&Withdraw…"),
            self.grade_action: self.tr("&Grade and complete…"),
            self.show_modules_action: self.tr("&Modules"),
            self.show_participants_action: self.tr("&Participants"),
            self.about_action: self.tr("&About ORIGINN Desktop"),
        }
        for action, text in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "").rstrip("…")
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        self.database_label.setText(self.tr("Database: %1").replace("%1", path))
        self.database_label.setToolTip(str(self.db.path or self.db.url))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        elif (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            # Another window (or the command line) may have changed the register meanwhile,
            # or a new day may have begun (deadlines count days): read it again only then.
            and (self._read_as is None or self._read_as != self._reading_state())
        ):
            with self.expected_errors():  # a server out of reach says so
                self.refresh()
        super().changeEvent(event)

    def _connect(self) -> None:
        self.register.changed.connect(self.refresh)
        self.register.moved_up.connect(self.announce_moved_up)
        self.register.failed.connect(self.show_user_error)
        self.register.busy.connect(self._busy)
        self.welcome.create_module.connect(self.new_module)
        self.welcome.add_participant.connect(self.new_participant)
        self.welcome.load_demo.connect(self.load_demo)
        self.welcome.import_roster.connect(self.import_roster)
        self.report_view.save_pdf.clicked.connect(lambda: self.save_report("pdf"))
        self.report_view.save_xlsx.clicked.connect(lambda: self.save_report("xlsx"))
        self.modules_view.edit_requested.connect(self.edit_module)
        self.participants_view.edit_requested.connect(self.edit_participant)
        self.participants_view.selection_changed.connect(self._update_actions)
        self.participants_view.model.total_changed.connect(self._list_counted)
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        self.tabs.currentChanged.connect(lambda _i: self._refresh_report())
        self.tabs.currentChanged.connect(
            lambda _i: (
                self.register_view.refresh()
                if self.tabs.currentWidget() is self.register_view
                else None
            )
        )

    # -- refreshing ---------------------------------------------------------------------------

    def _reading_state(self) -> tuple[int, dt.date] | None:
        """What the window's figures depend on besides its own edits: the database's data
        version (None when it cannot be known) and today's date."""
        version = self.db.data_version() if self.changes is None else self.changes.seen
        return None if version is None else (version, dt.date.today())

    def _refresh_after_change(self) -> None:
        with self.expected_errors():
            self.refresh()

    def refresh(self) -> None:
        self._read_as = self._reading_state()  # before reading: a later commit counts
        summaries = modules.list_modules(self.db)
        self._summaries = summaries
        self.modules_view.set_modules(summaries)
        self.participants_view.set_modules([(s.module.id, s.module.code) for s in summaries])
        self.participants_view.refresh()
        if summaries:
            self.stack.setCurrentWidget(self.tabs)
        # Everyone, for the status bar (and, without modules, whether to welcome): counted
        # off the GUI thread, as a million people take a moment; by the list itself when it
        # shows everyone (``_list_counted``), not a second time.
        if not self.participants_view.model.query.everyone:
            self._totals.submit(
                lambda stop: count_participants(self.db, ParticipantQuery(), stop),
                self._show_totals,
            )
        self._has_modules = bool(summaries)
        for action in (
            self.export_roster_action,
            self.export_results_action,
            self.certificates_action,
        ):
            action.setEnabled(bool(summaries))
        if self.tabs.currentWidget() is self.register_view:
            self.register_view.refresh()
        self._refresh_report()
        self._update_actions()
        if TaskRunner.inline:
            self._index_letters()
        else:  # not before the first paint
            self._index_later.start()

    def _index_letters(self) -> None:
        """People added since the search index last saw them (an import) are indexed in the
        background, a few thousand per transaction; searching is right meanwhile, and quick
        again afterwards."""
        from originn_desktop.db import search_index

        if self._indexing is not None or search_index.lag(self.db) == 0:
            return

        def work(progress: Any) -> int:
            return search_index.catch_up(self.db, stopped=lambda: progress.cancelled)

        def finished(_result: Any) -> None:
            self._indexing = None

        def failed(exc: BaseException) -> None:
            self._indexing = None
            if not isinstance(exc, UserError):  # busy or read-only: the next refresh tries
                raise exc

        self._indexing = self.register.runner.start(work, finished, failed)

    def _list_counted(self) -> None:
        model = self.participants_view.model
        if model.counted and model.query.everyone:
            self._show_totals(model.total)

    def _show_totals(self, people: int) -> None:
        shown = self.tabs if self._summaries or people else self.welcome
        if self.stack.currentWidget() is not shown:  # the first person, or the last one gone
            self.stack.setCurrentWidget(shown)
            self._refresh_report()
            self._update_actions()
        self.totals_label.setText(
            self.tr("%n module(s)", "", len(self._summaries))
            + " · "
            + self.tr("%n participant(s)", "", people)
        )

    def _refresh_report(self) -> None:
        # The figures read every counted enrollment: only worth it while they are on screen,
        # and off the GUI thread (a million people take seconds).
        if (
            self.tabs.currentWidget() is self.report_view
            and self.stack.currentWidget() is self.tabs
        ):
            from originn_desktop.services.report import funders_report

            db = self.db
            self._figures.submit(
                lambda stop: funders_report(db, stop=stop), self.report_view.set_report
            )

    def _update_actions(self) -> None:
        on_participants = self.stack.currentWidget() is self.tabs and self.tabs.currentIndex() == 1
        chosen = bool(self.participants_view.selected_ids()) and on_participants
        for a in (self.enroll_action, self.status_action, self.withdraw_action, self.grade_action):
            a.setEnabled(chosen and getattr(self, "_has_modules", False))
        single = len(self.participants_view.selected_ids()) == 1
        self.erase_action.setEnabled(single and on_participants)

    def show_tab(self, index: int) -> None:
        """Show tab ``index``; asked while the welcome page shows (the first person added,
        counted off the GUI thread), it is the tab the window opens on once they are."""
        self.tabs.setCurrentIndex(index)
        if self.stack.currentWidget() is self.tabs:
            self.tabs.currentWidget().setFocus()

    def focus_search(self) -> None:
        self.show_tab(1)
        self.participants_view.search.setFocus()
        self.participants_view.search.selectAll()

    # -- errors and announcements -------------------------------------------------------------

    @contextmanager
    def expected_errors(self) -> Iterator[None]:
        """A failure the user can act on becomes a message; bugs go on to the crash dialog."""
        try:
            yield
        except UserError as exc:
            self.show_user_error(exc)
        except OSError as exc:  # a folder that is gone, a full disk, no permission
            where = f" {exc.filename}" if exc.filename else ""
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("Cannot read or write%1: %2")
                .replace("%1", where)
                .replace("%2", exc.strerror or str(exc)),
            )

    def _busy(self, text: str) -> None:
        """A step running off the GUI thread (an import undone or redone): said in the status
        bar, with the wait cursor, until it is done."""
        if text:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.statusBar().showMessage(text)
        else:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()

    def show_user_error(self, exc: UserError) -> None:
        QMessageBox.warning(self, APP_NAME, tx(exc.text))

    def announce_moved_up(self, changes: list[StatusChange]) -> None:
        lines = [
            self.tr("%1 has moved up from the waiting list into %2.")
            .replace("%1", c.name)
            .replace("%2", c.module_code)
            for c in changes
        ]
        self.statusBar().showMessage(" ".join(lines), 10_000)
        QMessageBox.information(self, self.tr("Waiting list"), "\n".join(lines))

    # -- modules ------------------------------------------------------------------------------

    def new_module(self) -> None:
        from originn_desktop.ui.module_dialog import ModuleDialog

        dialog = ModuleDialog(
            None, self, on_save=self.register.add_module, text_size=self._certificate_text_size
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            info = dialog.result_value
            self.show_tab(0)
            self.modules_view.select(info.id)
            self.statusBar().showMessage(
                self.tr("Module %1 created.").replace("%1", info.code), 5000
            )

    def edit_module(self, module_id: int) -> None:
        from originn_desktop.ui.module_dialog import ModuleDialog

        with self.expected_errors():
            info = modules.get_module(self.db, module_id)
            dialog = ModuleDialog(
                info,
                self,
                on_save=lambda draft: self.register.edit_module(info, draft),
                text_size=self._certificate_text_size,
            )
            dialog.exec()

    def _certificate_text_size(self, draft: modules.ModuleDraft) -> float:
        """The size of the facts' text on this module's certificates (for the module dialog)."""
        from originn_desktop.services.issuer import facts_text_size
        from originn_desktop.ui.settings_store import certificate_settings

        return facts_text_size(self.db, certificate_settings(self.register.settings), draft)

    # -- participants -------------------------------------------------------------------------

    def new_participant(self) -> None:
        from originn_desktop.ui.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(self.db, None, self, on_save=self.register.add_participant)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        result = dialog.result_value
        if not result.created:
            QMessageBox.information(
                self,
                APP_NAME,
                self.tr("%1 is already in the register; no second person was added.").replace(
                    "%1", result.participant.name
                ),
            )
        self.show_tab(1)
        self.participants_view.select_ids([result.participant.id])

    def edit_participant(self, participant_id: int) -> None:
        from originn_desktop.services.participants import get_participant
        from originn_desktop.ui.participant_dialog import ParticipantDialog

        with self.expected_errors():
            info = get_participant(self.db, participant_id)
            dialog = ParticipantDialog(
                self.db,
                info,
                self,
                on_save=lambda draft: self.register.edit_participant(info, draft),
            )
            dialog.exec()

    def edit_selected(self) -> None:
        if self.stack.currentWidget() is not self.tabs:
            return
        if self.tabs.currentIndex() == 0:
            module_id = self.modules_view.selected_module_id()
            if module_id is not None:
                self.edit_module(module_id)
            return
        ids = self.participants_view.selected_ids()
        if ids:
            self.edit_participant(ids[0])

    # -- enrollments --------------------------------------------------------------------------

    def _enrollment_dialog(self, mode: Mode) -> tuple[Any, list[int]] | None:
        from originn_desktop.ui.enrollment_dialog import EnrollmentDialog

        ids = self.participants_view.selected_ids()
        if not ids:
            return None
        choices = self._module_choices()
        dialog = EnrollmentDialog(
            mode, choices, len(ids), self.participants_view.module_filter_id(), self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog, ids

    def enroll_selected(self) -> None:
        chosen = self._enrollment_dialog(Mode.ENROLL)
        if chosen is None:
            return
        dialog, ids = chosen
        with self.expected_errors():
            update, skipped = self.register.enroll(dialog.module_id(), ids, dialog.status_value())
            waitlisted = [c.name for c in update.changes if c.waitlisted_instead]
            notes = []
            if waitlisted:
                notes.append(
                    self.tr("The module is full; on the waiting list: %1").replace(
                        "%1", ", ".join(waitlisted)
                    )
                )
            if skipped:
                notes.append(
                    self.tr("Already taking part, left as they were: %1").replace(
                        "%1", ", ".join(skipped)
                    )
                )
            if notes:
                QMessageBox.information(self, self.tr("Enroll"), "\n".join(notes))
            self.statusBar().showMessage(self.tr("%n enrolled.", "", len(update.changes)), 5000)

    def change_status_selected(self) -> None:
        chosen = self._enrollment_dialog(Mode.STATUS)
        if chosen is None:
            return
        dialog, ids = chosen
        with self.expected_errors():
            status = dialog.status_value()
            graded = status in ("completed", "failed")
            update = self._confirming_withdrawal(
                lambda confirmed: self.register.change_status(
                    dialog.module_id(),
                    ids,
                    status,
                    dialog.grade_value() if graded else None,
                    dialog.date_value() if graded else None,
                    withdraw_finished=confirmed,
                )
            )
            if update is not None and status == "withdrawn":
                self._announce_withdrawn(update)

    def withdraw_selected(self) -> None:
        chosen = self._enrollment_dialog(Mode.WITHDRAW)
        if chosen is None:
            return
        dialog, ids = chosen
        with self.expected_errors():
            update = self._confirming_withdrawal(
                lambda confirmed: self.register.withdraw(dialog.module_id(), ids, confirmed)
            )
            if update is not None:
                self._announce_withdrawn(update)

    def _confirming_withdrawal(self, action: Callable[[bool], StatusUpdate]) -> StatusUpdate | None:
        """Withdrawing someone who completed or failed revokes their certificate: ask first,
        naming it. None when the user says no (nothing was changed)."""
        from originn_desktop.services.enrollment import WithdrawingFinished

        try:
            return action(False)
        except WithdrawingFinished as exc:
            numbers = [n for f in exc.finished for n in f.certificates]
            lines = [tx(exc.who) + "."]
            lines.append(
                self.tr("Withdraw anyway? This revokes %1.").replace("%1", ", ".join(numbers))
                if numbers
                else self.tr("Withdraw anyway? Their result is removed.")
            )
            lines.append(
                self.tr("To revoke only a certificate, use Revoke in the certificate register.")
            )
            answer = QMessageBox.question(
                self,
                self.tr("Withdraw someone who has finished"),
                "\n\n".join(lines),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            return action(True)

    def _announce_withdrawn(self, update: StatusUpdate) -> None:
        text = self.tr("%n withdrawn.", "", len(update.changes))
        if update.unchanged:
            text += " " + self.tr("Already withdrawn: %1.").replace(
                "%1", ", ".join(u.name for u in update.unchanged)
            )
        self.statusBar().showMessage(text, 8000)

    def grade_selected(self) -> None:
        chosen = self._enrollment_dialog(Mode.GRADE)
        if chosen is None:
            return
        dialog, ids = chosen
        with self.expected_errors():
            update = self.register.complete(
                dialog.module_id(), ids, dialog.grade_value(), dialog.date_value()
            )
            self.statusBar().showMessage(self.tr("%n graded.", "", len(update.changes)), 5000)

    # -- rosters in and out -------------------------------------------------------------------

    def _module_choices(self) -> list[tuple[int, str]]:
        choices = []
        for summary in self._summaries:
            d = summary.module.draft
            title = d.title_sv if i18n.language() == "sv" else d.title_en
            choices.append((summary.module.id, f"{d.code} — {title}"))
        return choices

    def _current_module(self) -> int | None:
        if self.tabs.currentIndex() == 0:
            return self.modules_view.selected_module_id()
        return self.participants_view.module_filter_id()

    def import_roster(self) -> None:
        from originn_desktop.ui.import_wizard import ImportWizard

        if not self._summaries:
            QMessageBox.information(
                self,
                self.tr("Import roster"),
                self.tr("Create the module to enroll the participants in first."),
            )
            self.new_module()
            if not self._summaries:
                return
        wizard = ImportWizard(self.db, self._module_choices(), self._current_module(), self)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.result_value is None:
            return
        result = wizard.result_value
        if wizard.plan is not None:
            self.register.imported(wizard.plan, result)  # a step to undo (Ctrl+Z)
        else:
            self.register.changed.emit()
        self.show_tab(1)
        if result.moved_up:
            self.announce_moved_up(result.moved_up)
        self.statusBar().showMessage(
            self.tr("Imported: %1 new, %2 merged, %3 rejected.")
            .replace("%1", str(result.imported))
            .replace("%2", str(result.duplicates))
            .replace("%3", str(len(result.rejected))),
            10_000,
        )

    def undo_last_import(self) -> None:
        """Take the register's last import back whole, after saying what that does."""
        from originn_desktop.services.import_undo import plan_undo

        title = self.tr("Undo the last import")
        with self.expected_errors():
            plan = plan_undo(self.db)  # refused here, with the reason, if it cannot be undone
            answer = QMessageBox.question(
                self,
                title,
                self.tr("Undo %1? The people it added are removed for good.").replace(
                    "%1", tx(plan.describe())
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.register.undo_import(plan.batch)
            self.statusBar().showMessage(
                self.tr("The import into %1 is undone.").replace("%1", plan.module_code), 8000
            )

    def export_roster(self) -> None:
        from originn_desktop.ui.export_dialog import ExportRosterDialog

        dialog = ExportRosterDialog(
            self.db, self.register.settings, self._module_choices(), self._current_module(), self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(
                self.tr("Saved %1.").replace("%1", dialog.exported_to), 8000
            )

    def export_results(self) -> None:
        from originn_desktop.services.rosters import export_results

        module_id = self._current_module() or (
            self._summaries[0].module.id if self._summaries else None
        )
        if module_id is None:
            return
        code = next(s.module.code for s in self._summaries if s.module.id == module_id)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the results of %1").replace("%1", code),
            f"{code}-resultat.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        with self.expected_errors():
            result = export_results(self.db, module_id, path, i18n.language())
            self.statusBar().showMessage(
                self.tr("%1 results saved in %2.")
                .replace("%1", str(result.rows))
                .replace("%2", str(result.path)),
                8000,
            )

    def open_certificates(self) -> None:
        from originn_desktop.ui.certificate_dialog import CertificateDialog

        module_id = self._current_module() or (
            self._summaries[0].module.id if self._summaries else None
        )
        if module_id is None:
            return
        CertificateDialog(self.register, module_id, self).exec()
        if self.tabs.currentWidget() is self.register_view:
            self.register_view.refresh()

    def save_report(self, kind: str) -> None:
        from originn_desktop.pdf.report import write_report
        from originn_desktop.services.report import funders_report

        name = f"originn-rapport.{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            name,
            "PDF (*.pdf)" if kind == "pdf" else "Excel (*.xlsx)",
        )
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        with self.expected_errors():
            saved = write_report(funders_report(self.db), path, i18n.language())
            self.statusBar().showMessage(self.tr("Saved %1.").replace("%1", str(saved)), 8000)

    # -- digital badges -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(
            u.toLocalFile().lower().endswith((".jwt", ".json")) for u in event.mimeData().urls()
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith((".jwt", ".json")):
                self.check_badge(url.toLocalFile())
        event.acceptProposedAction()

    def choose_badge(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Check a digital badge"), "", self.tr("Badges (*.jwt *.json)")
        )
        if path:
            self.check_badge(path)

    def check_badge(self, path: str) -> None:
        from originn_desktop.badges.keys import key_path, load_or_create
        from originn_desktop.services.badges import verify_badge

        title = self.tr("Check a digital badge")
        try:
            own = load_or_create() if key_path().exists() else None
            result = verify_badge(path, None, self.db, own)
        except UserError as exc:
            QMessageBox.warning(self, title, tx(exc.text))
            return
        lines = [
            self.tr("The signature is valid."),
            self.tr("Certificate: %1").replace("%1", result.number),
            self.tr("Learner: %1").replace("%1", result.learner),
            self.tr("Micro-credential: %1 (%2 credits), grade %3")
            .replace("%1", result.achievement)
            .replace("%2", f"{result.credits:g}" if result.credits is not None else "–")
            .replace("%3", result.grade or "–"),
            self.tr("Issued by %1 from %2")
            .replace("%1", result.issuer)
            .replace("%2", result.valid_from[:10]),
            self.tr("Signed by this installation's key.")
            if result.ours
            else self.tr("Signed by key %1.").replace("%1", result.checked.key_thumbprint),
        ]
        if result.register_status in (CertificateStatus.REVOKED, CertificateStatus.SUPERSEDED):
            lines.append(
                self.tr("But the register says this certificate is no longer valid (%1).").replace(
                    "%1", result.register_status
                )
            )
            QMessageBox.warning(self, title, "\n".join(lines))
        else:
            QMessageBox.information(self, title, "\n".join(lines))

    # -- backups and privacy ------------------------------------------------------------------

    def make_backup(self) -> None:
        import datetime as dt

        from originn_desktop.services.backups import backup

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the register"),
            f"originn-{dt.date.today().isoformat()}.db",
            self.tr("Databases (*.db)"),
        )
        if path:
            with self.expected_errors():
                saved = backup(self.db, path)
                self.statusBar().showMessage(
                    self.tr("Backup saved in %1.").replace("%1", str(saved)), 8000
                )

    def restore_backup(self) -> None:
        from originn_desktop.paths import backups_dir
        from originn_desktop.services.backups import check_backup, restore

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), "", self.tr("Databases (*.db)")
        )
        if not path:
            return
        with self.expected_errors():
            checked = check_backup(path)
            answer = QMessageBox.question(
                self,
                self.tr("Restore from a backup"),
                self.tr(
                    "Replace the register with %1 (%2 participants)? The register as it is "
                    "now is kept as a backup first."
                )
                .replace("%1", path)
                .replace("%2", str(checked.participants)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            done = restore(self.db, path, backups_dir())  # migrated, erasures applied again
            self.register.undo_stack.clear()  # the steps to undo belonged to the old register
            self.refresh()
            message = self.tr("Restored. The previous register is kept in %1.").replace(
                "%1", str(done.kept)
            )
            if done.erased_again:
                message += " " + self.erased_again_text(done.erased_again)
            self.statusBar().showMessage(message, 10_000)

    def erased_again_text(self, count: int) -> str:
        return self.tr(
            "%n erased person(s) removed again (the register held them from before their erasure).",
            "",
            count,
        )

    def announce_erased_again(self, count: int) -> None:
        """A register opened from an older copy: the people erased since are gone again."""
        self.statusBar().showMessage(self.erased_again_text(count), 15_000)

    def purge_old(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from originn_desktop.services.privacy import purge, purge_plan

        title = self.tr("Purge old personal data")
        months, ok = QInputDialog.getInt(
            self,
            title,
            self.tr(
                "Remove names, identity numbers and contact details of participants whose "
                "modules all ended more than this many months ago (the counts for the reports "
                "remain):"
            ),
            24,
            1,
            240,
        )
        if not ok:
            return
        with self.expected_errors():
            plan = purge_plan(self.db, months)
            if plan.participants == 0:
                QMessageBox.information(
                    self,
                    title,
                    self.tr("Nobody to purge: no one whose modules all ended before %1.").replace(
                        "%1", plan.cutoff.isoformat()
                    ),
                )
                return
            answer = QMessageBox.question(
                self,
                title,
                self.tr(
                    "Purge the personal data of %1 participants for good? This cannot be undone."
                ).replace("%1", str(plan.participants)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            done = purge(self.db, months)
            self.register.undo_stack.clear()
            self.refresh()
            self.statusBar().showMessage(
                self.tr("%1 participants purged.").replace("%1", str(done.participants)), 8000
            )

    def erase_selected(self) -> None:
        from originn_desktop.services.participants import get_participant
        from originn_desktop.services.privacy import erase_participant

        ids = self.participants_view.selected_ids()
        if len(ids) != 1:
            return
        with self.expected_errors():
            person = get_participant(self.db, ids[0])
            answer = QMessageBox.question(
                self,
                self.tr("Erase the participant"),
                self.tr(
                    "Erase %1 and everything about them for good? This cannot be undone. "
                    "Certificates issued to them stay verifiable by number, without the name."
                ).replace("%1", person.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            moved = erase_participant(self.db, person.id)
            self.register.undo_stack.clear()  # no step may bring the person back
            self.refresh()
            self.statusBar().showMessage(self.tr("The participant is erased."), 8000)
            if moved:
                self.announce_moved_up(moved)

    # -- the rest -----------------------------------------------------------------------------

    def load_demo(self) -> None:
        from originn_desktop.services import demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def done(result: Any) -> None:
            QApplication.restoreOverrideCursor()
            self.refresh()
            self.statusBar().showMessage(
                self.tr("Demo data loaded: %1 modules, %2 participants.")
                .replace("%1", str(result.modules_added))
                .replace("%2", str(result.participants_added)),
                8000,
            )

        def failed(exc: BaseException) -> None:
            QApplication.restoreOverrideCursor()
            if isinstance(exc, UserError):
                self.show_user_error(exc)
            else:
                raise exc

        self.register.runner.start(lambda _progress: demo.load_demo(self.db), done, failed)

    def open_settings(self) -> None:
        from originn_desktop.ui.settings_dialog import SettingsDialog

        store = self.register.settings
        before = store.get(LANGUAGE)
        if SettingsDialog(store, self, db=self.db).exec() == QDialog.DialogCode.Accepted:
            after = store.get(LANGUAGE)
            if after != before:
                i18n.install(i18n.choose_language(after))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ORIGINN Desktop"),
            self.tr(
                "<b>ORIGINN Desktop %1</b><p>The participant register, the 15-participant "
                "minimum and the certificates of the ORIGINN micro-credentials at "
                "Mittuniversitetet, for Region Jämtland Härjedalen.</p><p>ORIGINN is an "
                "Interreg Europe project, co-funded by the European Union.</p>"
            ).replace("%1", __version__),
        )

    def _restore_state(self) -> None:
        """The window as it was left: its place on the screen (any register), and the
        participants' columns as they were left on this register, as far as they still fit."""
        store = self.register.settings
        geometry = store.state("geometry")
        if isinstance(geometry, (QByteArray, bytes)):
            self.restoreGeometry(geometry)
        self.participants_view.restore_layout(store.register_state(self._identity))

    def closeEvent(self, event: QCloseEvent) -> None:
        store = self.register.settings
        store.set_state("geometry", self.saveGeometry())
        store.set_register_state(self._identity, self.participants_view.layout_state())
        # Qt's header state, from before it was kept per register: positional, so it fitted
        # only the register it came from.
        store.remove_state("participants_header")
        store.sync()
        # Reads still running end now: the database may be closed right after the window.
        self._totals.shutdown()
        self._figures.shutdown()
        self._index_later.stop()
        if self._indexing is not None:
            self._indexing.progress.cancel()  # stops after the transaction it is in
        self.participants_view.model.shutdown()
        super().closeEvent(event)
