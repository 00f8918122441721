"""Choosing the module, status, grade and date for an enrollment action on selected people."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from originn_desktop.domain.values import FINISHED_STATUSES, EnrollmentStatus, Grade, label
from originn_desktop.ui.enrollment_mode import Mode
from originn_desktop.ui.i18n import language
from originn_desktop.ui.widgets import today


class EnrollmentDialog(QDialog):
    def __init__(
        self,
        mode: Mode,
        modules: list[tuple[int, str]],
        people: int,
        module_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        titles = {
            Mode.ENROLL: self.tr("Enroll in a module"),
            Mode.STATUS: self.tr("Change status"),
            Mode.GRADE: self.tr("Grade and complete"),
            Mode.WITHDRAW: self.tr("Withdraw"),
        }
        self.setWindowTitle(titles[mode])
        self.setMinimumWidth(380)
        lang = language()
        intro = QLabel(self.tr("%n selected participant(s)", "", people))
        self.module = QComboBox()
        self.module.setAccessibleName(self.tr("Module"))
        for mid, text in modules:
            self.module.addItem(text, mid)
        if module_id is not None:
            self.module.setCurrentIndex(max(0, self.module.findData(module_id)))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        statuses = (
            [EnrollmentStatus.REGISTERED, EnrollmentStatus.ADMITTED, EnrollmentStatus.WAITLISTED]
            if mode == Mode.ENROLL
            else list(EnrollmentStatus)
        )
        for s in statuses:
            self.status.addItem(label(s, lang), s.value)
        self.grade = QComboBox()
        self.grade.setAccessibleName(self.tr("Grade"))
        for g, text in (
            (Grade.PASS, self.tr("G (pass)")),
            (Grade.PASS_WITH_DISTINCTION, self.tr("VG (pass with distinction)")),
            (Grade.FAIL, self.tr("U (fail)")),
        ):
            self.grade.addItem(text, g.value)
        self.date = QDateEdit(today())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(today())
        self.date.setAccessibleName(self.tr("Examination date"))

        form = QFormLayout()
        form.addRow(intro)
        form.addRow(self.tr("&Module:"), self.module)
        if mode in (Mode.ENROLL, Mode.STATUS):
            form.addRow(self.tr("&Status:"), self.status)
        self._grade_label = QLabel(self.tr("&Grade:"))
        self._grade_label.setBuddy(self.grade)
        self._date_label = QLabel(self.tr("E&xamination date:"))
        self._date_label.setBuddy(self.date)
        form.addRow(self._grade_label, self.grade)
        form.addRow(self._date_label, self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        graded = self.mode == Mode.GRADE or (
            self.mode == Mode.STATUS and self.status.currentData() in FINISHED_STATUSES
        )
        for widget in (self.grade, self.date, self._grade_label, self._date_label):
            widget.setVisible(graded)
        if self.mode == Mode.STATUS and graded:
            failed = self.status.currentData() == EnrollmentStatus.FAILED
            self.grade.setCurrentIndex(self.grade.findData(Grade.FAIL if failed else Grade.PASS))

    def module_id(self) -> int:
        return int(self.module.currentData())

    def status_value(self) -> str:
        return str(self.status.currentData())

    def grade_value(self) -> str:
        return str(self.grade.currentData())

    def date_value(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())
