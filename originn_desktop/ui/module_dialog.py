"""Create or edit a module: every field a certificate needs, each with its own error message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from originn_desktop.domain.text import ValidationError
from originn_desktop.domain.values import Cycle, ModuleStatus, ParticipationForm, label
from originn_desktop.services.modules import ModuleDraft, ModuleInfo, validate_module
from originn_desktop.ui.i18n import language
from originn_desktop.ui.widgets import FieldError, FormDialog, OptionalDateEdit, chain_tab_order


def _combo(values: list[str], name: str) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value, language()), value)
    combo.setAccessibleName(name)
    return combo


def _certificate_texts(draft: ModuleDraft) -> tuple[str, ...]:
    """The long texts a certificate's facts box shows."""
    return (
        draft.learning_outcomes_sv,
        draft.learning_outcomes_en,
        draft.assessment_sv,
        draft.assessment_en,
        draft.quality_assurance_sv,
        draft.quality_assurance_en,
    )


def _text_box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setMinimumHeight(70)
    return box


class ModuleDialog(FormDialog):
    """``module=None`` creates; otherwise the module's fields are edited."""

    def __init__(
        self,
        module: ModuleInfo | None = None,
        parent: QWidget | None = None,
        on_save: Callable[[ModuleDraft], Any] | None = None,
        text_size: Callable[[ModuleDraft], float] | None = None,
    ) -> None:
        """``text_size`` gives the size (pt) of the facts box's text on the module's
        certificates; saving texts that make it smaller than legible asks first."""
        super().__init__(parent, on_save)
        self.module = module
        self.text_size = text_size
        self.setWindowTitle(
            self.tr("New module")
            if module is None
            else self.tr("Module %1").replace("%1", module.code)
        )
        self.setMinimumWidth(620)
        tabs = QTabWidget()
        tabs.addTab(self._basics(), self.tr("&Basics"))
        tabs.addTab(self._schedule(), self.tr("T&ime and place"))
        tabs.addTab(self._content(), self.tr("Co&ntent"))
        tabs.setAccessibleName(self.tr("Module details"))
        self.tabs = tabs
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self._load(module.draft if module else ModuleDraft("", "", ""))
        chain_tab_order(
            [
                self.code,
                self.title_sv,
                self.title_en,
                self.course_code,
                self.credits,
                self.cycle,
                self.progression,
                self.eqf,
                self.status,
                self.start,
                self.end,
                self.deadline,
                self.form,
                self.location,
                self.minimum,
                self.maximum,
                self.outcomes_sv,
                self.outcomes_en,
                self.assessment_sv,
                self.assessment_en,
                self.quality_sv,
                self.quality_en,
                *buttons.buttons(),
                tabs.tabBar(),
            ]
        )
        self.code.setFocus()

    # -- the form -----------------------------------------------------------------------------

    def _row(self, form: QFormLayout, text: str, field: str, widget: QWidget, name: str) -> None:
        widget.setAccessibleName(name)
        error = FieldError(widget)
        self.errors[field] = error
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(text, holder)
        label_widget = form.labelForField(holder)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(widget)

    def _basics(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. M1"))
        self.title_sv = QLineEdit()
        self.title_en = QLineEdit()
        self.course_code = QLineEdit()
        self.course_code.setMaxLength(20)
        self.credits = QDoubleSpinBox()
        self.credits.setRange(0.5, 60)
        self.credits.setSingleStep(0.5)
        self.credits.setDecimals(1)
        self.credits.setSuffix(" hp")
        self.cycle = _combo(list(Cycle), self.tr("Cycle"))
        self.progression = QLineEdit()
        self.progression.setMaxLength(10)
        self.eqf = QSpinBox()
        self.eqf.setRange(0, 8)
        self.eqf.setSpecialValueText("–")
        self.status = _combo(list(ModuleStatus), self.tr("Status"))
        self._row(form, self.tr("&Code:"), "code", self.code, self.tr("Code"))
        self._row(
            form,
            self.tr("Title in &Swedish:"),
            "title_sv",
            self.title_sv,
            self.tr("Title in Swedish"),
        )
        self._row(
            form,
            self.tr("Title in &English:"),
            "title_en",
            self.title_en,
            self.tr("Title in English"),
        )
        self._row(
            form, self.tr("Co&urse code:"), "course_code", self.course_code, self.tr("Course code")
        )
        self._row(form, self.tr("C&redits:"), "credits", self.credits, self.tr("Credits"))
        self._row(form, self.tr("C&ycle:"), "cycle", self.cycle, self.tr("Cycle"))
        self._row(
            form, self.tr("&Progression:"), "progression", self.progression, self.tr("Progression")
        )
        self._row(form, self.tr("EQF &level:"), "eqf_level", self.eqf, self.tr("EQF level"))
        self._row(form, self.tr("S&tatus:"), "status", self.status, self.tr("Status"))
        return page

    def _schedule(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.start = OptionalDateEdit()
        self.end = OptionalDateEdit()
        self.deadline = OptionalDateEdit()
        self.form = _combo(list(ParticipationForm), self.tr("Form of participation"))
        self.location = QLineEdit()
        self.minimum = QSpinBox()
        self.minimum.setRange(1, 10_000)
        self.maximum = QSpinBox()
        self.maximum.setRange(0, 10_000)
        self.maximum.setSpecialValueText(self.tr("no maximum"))
        self._row(form, self.tr("&Starts:"), "start_date", self.start, self.tr("Start date"))
        self._row(form, self.tr("En&ds:"), "end_date", self.end, self.tr("End date"))
        self._row(
            form,
            self.tr("Registration &closes:"),
            "registration_deadline",
            self.deadline,
            self.tr("Registration deadline"),
        )
        self._row(
            form,
            self.tr("&Form of participation:"),
            "participation_form",
            self.form,
            self.tr("Form of participation"),
        )
        self._row(form, self.tr("&Location:"), "location", self.location, self.tr("Location"))
        self._row(
            form,
            self.tr("&Minimum participants:"),
            "min_participants",
            self.minimum,
            self.tr("Minimum participants"),
        )
        self._row(
            form,
            self.tr("Ma&ximum participants:"),
            "max_participants",
            self.maximum,
            self.tr("Maximum participants"),
        )
        return page

    def _content(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.outcomes_sv = _text_box(self.tr("Learning outcomes in Swedish"))
        self.outcomes_en = _text_box(self.tr("Learning outcomes in English"))
        self.assessment_sv = _text_box(self.tr("Assessment in Swedish"))
        self.assessment_en = _text_box(self.tr("Assessment in English"))
        self.quality_sv = _text_box(self.tr("Quality assurance in Swedish"))
        self.quality_en = _text_box(self.tr("Quality assurance in English"))
        rows = [
            (self.tr("Learning &outcomes (sv):"), "learning_outcomes_sv", self.outcomes_sv),
            (self.tr("Learning o&utcomes (en):"), "learning_outcomes_en", self.outcomes_en),
            (self.tr("&Assessment (sv):"), "assessment_sv", self.assessment_sv),
            (self.tr("Assess&ment (en):"), "assessment_en", self.assessment_en),
            (self.tr("&Quality assurance (sv):"), "quality_assurance_sv", self.quality_sv),
            (self.tr("Quality assurance (&en):"), "quality_assurance_en", self.quality_en),
        ]
        for text, field, widget in rows:
            self._row(form, text, field, widget, widget.accessibleName())
        return page

    # -- values -------------------------------------------------------------------------------

    def _load(self, d: ModuleDraft) -> None:
        self.code.setText(d.code)
        self.title_sv.setText(d.title_sv)
        self.title_en.setText(d.title_en)
        self.course_code.setText(d.course_code)
        self.credits.setValue(d.credits)
        self.cycle.setCurrentIndex(max(0, self.cycle.findData(d.cycle)))
        self.progression.setText(d.progression)
        self.eqf.setValue(d.eqf_level or 0)
        self.status.setCurrentIndex(max(0, self.status.findData(d.status)))
        self.start.set_value(d.start_date)
        self.end.set_value(d.end_date)
        self.deadline.set_value(d.registration_deadline)
        self.form.setCurrentIndex(max(0, self.form.findData(d.participation_form)))
        self.location.setText(d.location)
        self.minimum.setValue(d.min_participants)
        self.maximum.setValue(d.max_participants or 0)
        self.outcomes_sv.setPlainText(d.learning_outcomes_sv)
        self.outcomes_en.setPlainText(d.learning_outcomes_en)
        self.assessment_sv.setPlainText(d.assessment_sv)
        self.assessment_en.setPlainText(d.assessment_en)
        self.quality_sv.setPlainText(d.quality_assurance_sv)
        self.quality_en.setPlainText(d.quality_assurance_en)

    def draft(self) -> ModuleDraft:
        """A new draft from the form (never the module's own object)."""
        return ModuleDraft(
            code=self.code.text().strip(),
            title_sv=self.title_sv.text(),
            title_en=self.title_en.text(),
            credits=self.credits.value(),
            cycle=self.cycle.currentData(),
            progression=self.progression.text().strip(),
            eqf_level=self.eqf.value() or None,
            course_code=self.course_code.text().strip(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            registration_deadline=self.deadline.value(),
            participation_form=self.form.currentData(),
            location=self.location.text(),
            min_participants=self.minimum.value(),
            max_participants=self.maximum.value() or None,
            learning_outcomes_sv=self.outcomes_sv.toPlainText(),
            learning_outcomes_en=self.outcomes_en.toPlainText(),
            assessment_sv=self.assessment_sv.toPlainText(),
            assessment_en=self.assessment_en.toPlainText(),
            quality_assurance_sv=self.quality_sv.toPlainText(),
            quality_assurance_en=self.quality_en.toPlainText(),
            status=self.status.currentData(),
        )

    def problems(self, draft: ModuleDraft) -> list[ValidationError]:
        return validate_module(draft)

    def accept(self) -> None:
        draft = self.draft()
        if not self.problems(draft) and not self._legible_or_accepted(draft):
            self.bring_into_view(self.outcomes_sv)
            self.outcomes_sv.setFocus()
            return
        super().accept()

    def _legible_or_accepted(self, draft: ModuleDraft) -> bool:
        """Whether the certificates' facts stay legible with these texts, or the coordinator
        saves them anyway. Asked only when the certificate's texts are new or changed."""
        from PySide6.QtWidgets import QApplication, QMessageBox

        from originn_desktop.certificates.render import LEGIBLE_PT, facts_body_size

        if self.text_size is None or (
            self.module is not None
            and _certificate_texts(draft) == _certificate_texts(self.module.draft)
        ):
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the first layout loads fonts
        try:
            size = self.text_size(draft)
        except Exception:  # advice only: never in the way of saving (printing says what fails)
            return True
        finally:
            QApplication.restoreOverrideCursor()
        if size >= LEGIBLE_PT:
            return True
        locale = QLocale()
        text = (
            self.tr(
                "The learning outcomes do not fit the certificate at the normal size: its facts "
                "would be printed at %1 pt (%2 pt normally; below %3 pt they are hard to read). "
                "Shortening the learning outcomes, or the other long texts, makes them larger."
            )
            .replace("%1", locale.toString(size, "f", 1))
            .replace("%2", locale.toString(facts_body_size(), "g", 3))
            .replace("%3", locale.toString(LEGIBLE_PT, "g", 3))
        )
        answer = QMessageBox.question(
            self,
            self.tr("Small print on the certificate"),
            text + "\n\n" + self.tr("Save anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def bring_into_view(self, widget: QWidget) -> None:
        page = widget.parentWidget()
        while page is not None and self.tabs.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.tabs.setCurrentWidget(page)
