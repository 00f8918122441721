"""The window's handle on the register: every change goes through a service and onto the
undo stack, and every view hears about it through ``changed``.

Each action runs its service once, then pushes a command whose ``undo``/``redo`` put the records
back exactly (services ``restore``, ``delete_*``, ``create_*`` with the old id).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from originn_desktop.db.engine import ChangedElsewhere, Database
from originn_desktop.domain.text import UserError
from originn_desktop.services import enrollment, modules, participants
from originn_desktop.services.companies import CompanyDraft
from originn_desktop.services.enrollment import StatusChange, StatusUpdate
from originn_desktop.ui.settings_store import SettingsStore
from originn_desktop.workers.collector import gc_paused
from originn_desktop.workers.tasks import TaskRunner

if TYPE_CHECKING:  # the import's modules load when the first import is made, not at start-up
    from originn_desktop.services.importing import ImportPlan, ImportResult

T = TypeVar("T")


def _undoing_import() -> str:
    return QCoreApplication.translate("Register", "Undoing the import…")


class _Command(QUndoCommand):
    """A change already made once: the first ``redo`` (from ``push``) does nothing."""

    # What the window says while a step runs off the GUI thread; None: run it here (quick).
    busy_undoing: str | None = None
    busy_redoing: str | None = None

    def __init__(
        self,
        register: Register,
        text: str,
        undo: Callable[[], Any],
        redo: Callable[[], Any],
    ) -> None:
        super().__init__(text)
        self._register = register
        self._undo = undo
        self._redo = redo
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._register.replay(self, self._redo, self.busy_redoing)

    def undo(self) -> None:
        self._register.replay(self, self._undo, self.busy_undoing)


class _ImportCommand(_Command):
    """An import: undo takes it back whole; redo imports the same checked rows again. Both
    take seconds in a large register (10,000 people in a register of 100,000: 2 s), so they
    run off the GUI thread."""

    def __init__(self, register: Register, text: str, plan: ImportPlan, batch: int) -> None:
        super().__init__(register, text, self._take_back, self._import_again)
        self.plan = plan
        self.batch = batch
        self.busy_undoing = _undoing_import()
        self.busy_redoing = QCoreApplication.translate("Register", "Importing again…")

    def _take_back(self) -> None:
        from originn_desktop.services import import_undo

        import_undo.undo_import(self._register.db, self.plan.module_id, batch=self.batch)

    def _import_again(self) -> None:
        from originn_desktop.services.importing import run_import

        batch = run_import(self._register.db, self.plan).batch
        assert batch is not None
        self.batch = batch


class Register(QObject):
    changed = Signal()
    moved_up = Signal(list)  # [StatusChange]: people who left the waiting list
    failed = Signal(object)  # UserError from an undo or redo that could not be done
    busy = Signal(str)  # a long step runs off the GUI thread: what it does; "" once done

    def __init__(self, db: Database, settings: SettingsStore, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.runner = TaskRunner(self)

    # -- undo plumbing ------------------------------------------------------------------------

    def replay(
        self, command: QUndoCommand, action: Callable[[], Any], busy: str | None = None
    ) -> None:
        """Undo or redo ``command`` by ``action``: here, or off the GUI thread saying ``busy``."""
        try:
            if busy is None:
                action()
            else:
                self.off_the_gui_thread(busy, action)
        except UserError as exc:
            # The records moved on (changed elsewhere, removed): this step cannot be replayed.
            command.setObsolete(True)
            self.failed.emit(exc)
        self.changed.emit()

    def off_the_gui_thread(self, text: str, work: Callable[[], T]) -> T:
        """``work()`` on a worker thread; its result, or its error raised here.

        Meanwhile this thread goes on painting and running timers, but leaves the user's
        clicks and keys until the work is done: the window does not freeze, and no second
        step (another Ctrl+Z) starts while this one runs. ``busy`` says ``text`` meanwhile.
        """
        outcome: dict[str, Any] = {}
        done = threading.Event()

        def run(_progress: Any) -> None:
            try:
                # The collector paused, as for an import: a full collection holds the
                # interpreter for as long as it walks every object (170 ms in a window showing
                # 100,000 people), and the window could not paint meanwhile.
                with gc_paused():
                    outcome["result"] = work()
            except BaseException as exc:  # raised on this thread below
                outcome["error"] = exc
            finally:
                done.set()

        loop = QEventLoop()
        self.busy.emit(text)
        try:
            self.runner.start(run, lambda _r: loop.quit(), lambda _e: loop.quit())
            if not done.is_set():
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            done.wait()  # the application quitting ends the loop early: the work still ends
        finally:
            self.busy.emit("")
        if "error" in outcome:
            raise outcome["error"]
        result: T = outcome["result"]
        return result

    def _participant_as(self, participant_id: int, expected: participants.ParticipantDraft) -> int:
        """The person's version, if they are still as this window left them; an undo never
        overwrites what another window saved since (``ChangedElsewhere``)."""
        current = participants.get_participant(self.db, participant_id)
        if current.draft() != expected:
            raise ChangedElsewhere()
        return current.version

    def _module_as(self, module_id: int, expected: modules.ModuleDraft) -> int:
        current = modules.get_module(self.db, module_id)
        if current.draft != expected:
            raise ChangedElsewhere()
        return current.version

    def _push(self, text: str, undo: Callable[[], Any], redo: Callable[[], Any]) -> None:
        self.undo_stack.push(_Command(self, text, undo, redo))
        self.changed.emit()

    # -- modules ------------------------------------------------------------------------------

    def add_module(self, draft: modules.ModuleDraft) -> modules.ModuleInfo:
        info = modules.create_module(self.db, draft)
        self._push(
            QCoreApplication.translate("Register", "Add module %1").replace("%1", info.code),
            lambda: modules.delete_module(self.db, info.id),
            lambda: modules.create_module(self.db, info.draft, module_id=info.id),
        )
        return info

    def edit_module(
        self, before: modules.ModuleInfo, draft: modules.ModuleDraft
    ) -> modules.ModuleUpdate:
        result = modules.update_module(self.db, before.id, draft, before.version)
        moved = [(c.participant_id, c.before) for c in result.moved_up]
        moved_after = [(c.participant_id, c.after) for c in result.moved_up]

        def undo() -> None:
            version = self._module_as(before.id, result.module.draft)
            if moved:
                enrollment.restore(self.db, before.id, moved, expect=moved_after)
            modules.update_module(self.db, before.id, before.draft, version)

        def redo() -> None:
            version = self._module_as(before.id, before.draft)
            if moved_after:  # first: the edit would otherwise move them up a second time
                enrollment.restore(self.db, before.id, moved_after, expect=moved)
            modules.update_module(self.db, before.id, result.module.draft, version)

        self._push(
            QCoreApplication.translate("Register", "Edit module %1").replace(
                "%1", result.module.code
            ),
            undo,
            redo,
        )
        if result.moved_up:
            self.moved_up.emit(result.moved_up)
        return result

    # -- participants -------------------------------------------------------------------------

    def add_participant(
        self,
        draft: participants.ParticipantDraft,
        company: CompanyDraft | None = None,
    ) -> participants.AddResult:
        result = participants.add_participant(self.db, draft, company)
        info = result.participant
        if result.created:
            self._push(
                QCoreApplication.translate("Register", "Add %1").replace("%1", info.name),
                lambda: participants.delete_participant(
                    self.db, info.id, self._participant_as(info.id, info.draft())
                ),
                lambda: participants.restore_participant(self.db, info),
            )
        else:
            self.changed.emit()
        return result

    def edit_participant(
        self, before: participants.ParticipantInfo, draft: participants.ParticipantDraft
    ) -> participants.ParticipantInfo:
        after = participants.update_participant(self.db, before.id, draft, before.version)

        def undo() -> None:
            version = self._participant_as(before.id, after.draft())
            participants.update_participant(self.db, before.id, before.draft(), version)

        def redo() -> None:
            version = self._participant_as(before.id, before.draft())
            participants.update_participant(self.db, before.id, after.draft(), version)

        self._push(
            QCoreApplication.translate("Register", "Edit %1").replace("%1", after.name),
            undo,
            redo,
        )
        return after

    # -- enrollments --------------------------------------------------------------------------

    def _push_update(self, text: str, module_id: int, update: StatusUpdate) -> None:
        touched: list[StatusChange] = [*update.changes, *update.moved_up]
        if not touched:
            return
        before = [(c.participant_id, c.before) for c in touched]
        after = [(c.participant_id, c.after) for c in touched]
        self._push(
            text,
            lambda: enrollment.restore(self.db, module_id, before[::-1], expect=after),
            lambda: enrollment.restore(self.db, module_id, after, expect=before),
        )
        if update.moved_up:
            self.moved_up.emit(update.moved_up)

    def enroll(
        self, module_id: int, participant_ids: Sequence[int], status: str
    ) -> tuple[StatusUpdate, list[str]]:
        update, skipped = enrollment.enroll_many(self.db, module_id, participant_ids, status)
        self._push_update(QCoreApplication.translate("Register", "Enroll"), module_id, update)
        return update, skipped

    def change_status(
        self,
        module_id: int,
        participant_ids: Sequence[int],
        status: str,
        grade: str | None = None,
        grade_date: Any = None,
        withdraw_finished: bool = False,
    ) -> StatusUpdate:
        update = enrollment.change_status(
            self.db,
            module_id,
            participant_ids,
            status,
            grade,
            grade_date,
            withdraw_finished=withdraw_finished,
        )
        self._push_update(
            QCoreApplication.translate("Register", "Change status"), module_id, update
        )
        return update

    def withdraw(
        self, module_id: int, participant_ids: Sequence[int], withdraw_finished: bool = False
    ) -> StatusUpdate:
        update = enrollment.withdraw(self.db, module_id, participant_ids, withdraw_finished)
        self._push_update(QCoreApplication.translate("Register", "Withdraw"), module_id, update)
        return update

    def complete(
        self, module_id: int, participant_ids: Sequence[int], grade: str, grade_date: Any
    ) -> StatusUpdate:
        update = enrollment.complete(self.db, module_id, participant_ids, grade, grade_date)
        self._push_update(QCoreApplication.translate("Register", "Grade"), module_id, update)
        return update

    # -- imports ------------------------------------------------------------------------------

    def imported(self, plan: ImportPlan, result: ImportResult) -> None:
        """An import just made (by the import wizard): one step on the undo stack."""
        if result.batch is None:
            return
        text = QCoreApplication.translate("Register", "Import into %1").replace(
            "%1", plan.module_code
        )
        self.undo_stack.push(_ImportCommand(self, text, plan, result.batch))
        self.changed.emit()

    def undo_import(self, batch: int) -> None:
        """Take the import ``batch`` back: as the undo stack's step when it is the last one
        there (so it can be redone), else directly (``UserError`` if refused)."""
        index = self.undo_stack.index()
        top = self.undo_stack.command(index - 1) if index > 0 else None
        if isinstance(top, _ImportCommand) and top.batch == batch:
            self.undo_stack.undo()  # a refusal comes through ``failed``
            return
        from originn_desktop.services import import_undo

        self.off_the_gui_thread(
            _undoing_import(), lambda: import_undo.undo_import(self.db, None, batch=batch)
        )
        self.changed.emit()
