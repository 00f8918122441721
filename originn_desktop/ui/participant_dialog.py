"""The participant dialog: every field, its error right under it, and the person's enrollments.

The personnummer is masked until the coordinator asks to see it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from originn_desktop.db.engine import Database
from originn_desktop.domain.identity import normalize_email, parse_personal_number
from originn_desktop.domain.text import UserError, ValidationError
from originn_desktop.domain.values import MUNICIPALITIES, CertificateLanguage, Gender, label
from originn_desktop.services.companies import create_company, list_companies
from originn_desktop.services.enrollment import enrollments_of
from originn_desktop.services.participants import (
    ParticipantDraft,
    ParticipantInfo,
    check_participant,
)
from originn_desktop.ui.company_dialog import CompanyDialog
from originn_desktop.ui.i18n import language, tx
from originn_desktop.ui.widgets import FieldError, FormDialog, OptionalDateEdit, chain_tab_order


class ParticipantDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        participant: ParticipantInfo | None = None,
        parent: QWidget | None = None,
        on_save: Callable[[ParticipantDraft], Any] | None = None,
    ) -> None:
        super().__init__(parent, on_save)
        self.db = db
        self.participant = participant
        self._revealed = participant is None or participant.personal_number is None
        self.setWindowTitle(
            self.tr("New participant")
            if participant is None
            else self.tr("Participant: %1").replace("%1", participant.name)
        )
        self.setMinimumWidth(560)

        form = QFormLayout()
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.personnummer = QLineEdit()
        self.personnummer.setPlaceholderText(self.tr("YYMMDD-NNNN or YYYYMMDDNNNN"))
        self.reveal = QPushButton(self.tr("S&how"))
        self.reveal.setAccessibleName(self.tr("Show the whole personnummer"))
        self.reveal.clicked.connect(self._toggle_reveal)
        self.birth_date = OptionalDateEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.company = QComboBox()
        self.company.setEditable(False)
        self.new_company = QPushButton(self.tr("Ne&w company…"))
        self.new_company.setAccessibleName(self.tr("Create a new company"))
        self.new_company.clicked.connect(self._create_company)
        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.municipality.addItems(["", *MUNICIPALITIES])
        self.gender = QComboBox()
        self.gender.addItem(self.tr("Not stated"), None)
        for g in Gender:
            self.gender.addItem(label(g, language()), g.value)
        self.language = QComboBox()
        for value in CertificateLanguage:
            self.language.addItem(label(value, language()), value.value)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)

        pnr_row = QWidget()
        pnr_box = QHBoxLayout(pnr_row)
        pnr_box.setContentsMargins(0, 0, 0, 0)
        pnr_box.addWidget(self.personnummer, 1)
        pnr_box.addWidget(self.reveal)
        company_row = QWidget()
        company_box = QHBoxLayout(company_row)
        company_box.setContentsMargins(0, 0, 0, 0)
        company_box.addWidget(self.company, 1)
        company_box.addWidget(self.new_company)

        self._row(
            form, self.tr("&First name:"), "first_name", self.first_name, self.tr("First name")
        )
        self._row(form, self.tr("&Last name:"), "last_name", self.last_name, self.tr("Last name"))
        self._row(
            form,
            self.tr("&Personnummer:"),
            "personnummer",
            self.personnummer,
            self.tr("Personnummer or samordningsnummer"),
            holder=pnr_row,
        )
        self._row(
            form,
            self.tr("&Date of birth:"),
            "birth_date",
            self.birth_date,
            self.tr("Date of birth, for people without a personnummer"),
        )
        self._row(form, self.tr("&E-mail:"), "email", self.email, self.tr("E-mail"))
        self._row(form, self.tr("Pho&ne:"), "phone", self.phone, self.tr("Phone"))
        self._row(
            form,
            self.tr("&Company:"),
            "company",
            self.company,
            self.tr("Company"),
            holder=company_row,
        )
        self._row(
            form,
            self.tr("&Municipality:"),
            "municipality",
            self.municipality,
            self.tr("Municipality"),
        )
        self._row(form, self.tr("&Gender:"), "gender", self.gender, self.tr("Gender"))
        self._row(
            form,
            self.tr("Certificate l&anguage:"),
            "certificate_language",
            self.language,
            self.tr("Certificate language"),
        )
        self._row(form, self.tr("No&tes:"), "notes", self.notes, self.tr("Notes"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.history: QTreeWidget | None = None
        if participant is not None:
            layout.addWidget(self._enrollments(participant.id))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

        self._load_companies()
        self._load(participant)
        order: list[QWidget] = [
            self.first_name,
            self.last_name,
            self.personnummer,
            self.reveal,
            self.birth_date,
            self.email,
            self.phone,
            self.company,
            self.new_company,
            self.municipality,
            self.gender,
            self.language,
            self.notes,
        ]
        if self.history is not None:
            order.append(self.history)
        chain_tab_order([*order, *buttons.buttons()])
        self.first_name.setFocus()
        self.personnummer.editingFinished.connect(self._check_personnummer)
        self.personnummer.textChanged.connect(self._sync_birth_date)
        self.email.editingFinished.connect(self._check_email)

    # -- building -----------------------------------------------------------------------------

    def _row(
        self,
        form: QFormLayout,
        text: str,
        field: str,
        widget: QWidget,
        name: str,
        holder: QWidget | None = None,
    ) -> None:
        widget.setAccessibleName(name)
        error = FieldError(widget)
        self.errors[field] = error
        column = QWidget()
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(holder or widget)
        box.addWidget(error)
        form.addRow(text, column)
        label_widget = form.labelForField(column)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(widget)

    def _enrollments(self, participant_id: int) -> QGroupBox:
        group = QGroupBox(self.tr("Enrollments and history"))
        tree = QTreeWidget()
        tree.setAccessibleName(self.tr("Enrollments and history"))
        tree.setHeaderLabels(
            [self.tr("Module / when"), self.tr("Status"), self.tr("Grade"), self.tr("By")]
        )
        tree.setRootIsDecorated(True)
        lang = language()
        for e in enrollments_of(self.db, participant_id):
            title = e.module_title_sv if lang == "sv" else e.module_title_en
            grade = e.state.grade or ""
            if e.state.grade_date:
                grade += f" {e.state.grade_date.isoformat()}"
            item = QTreeWidgetItem(
                [f"{e.module_code} {title}", label(e.state.status, lang), grade, ""]
            )
            for ev in e.events:
                change = label(ev.to_status, lang)
                if ev.from_status:
                    change = f"{label(ev.from_status, lang)} → {change}"
                child = QTreeWidgetItem(
                    [ev.at.strftime("%Y-%m-%d %H:%M"), change, ev.grade or "", ev.os_user]
                )
                if ev.note:
                    child.setToolTip(1, ev.note)
                item.addChild(child)
            tree.addTopLevelItem(item)
        tree.resizeColumnToContents(0)
        self.history = tree
        box = QVBoxLayout(group)
        box.addWidget(tree)
        return group

    def _load_companies(self, select_id: int | None = None) -> None:
        self.company.clear()
        self.company.addItem(self.tr("No company"), None)
        for c in list_companies(self.db):
            text = f"{c.name} ({c.org_number})" if c.org_number else c.name
            self.company.addItem(text, c.id)
        if select_id is not None:
            self.company.setCurrentIndex(max(0, self.company.findData(select_id)))

    def _load(self, p: ParticipantInfo | None) -> None:
        if p is None:
            self.reveal.hide()
            self.birth_date.setEnabled(True)
            return
        self.first_name.setText(p.first_name)
        self.last_name.setText(p.last_name)
        if p.personal_number:
            self.personnummer.setText(p.masked_personal_number)
            self.personnummer.setReadOnly(True)
        else:
            self.reveal.hide()
        self.birth_date.set_value(p.birth_date)
        self.birth_date.setEnabled(not p.personal_number)
        self.email.setText(p.email or "")
        self.phone.setText(p.phone)
        self.company.setCurrentIndex(max(0, self.company.findData(p.company_id)))
        self.municipality.setCurrentText(p.municipality)
        self.gender.setCurrentIndex(max(0, self.gender.findData(p.gender)))
        self.language.setCurrentIndex(max(0, self.language.findData(p.certificate_language)))
        self.notes.setPlainText(p.notes)

    # -- behaviour ----------------------------------------------------------------------------

    def _toggle_reveal(self) -> None:
        assert self.participant is not None and self.participant.personal_number
        self._revealed = not self._revealed
        if self._revealed:
            number = self.participant.personal_number
            self.personnummer.setText(f"{number[:8]}-{number[8:]}")
            self.personnummer.setReadOnly(False)
            self.reveal.setText(self.tr("&Hide"))
        else:
            self.personnummer.setText(self.participant.masked_personal_number)
            self.personnummer.setReadOnly(True)
            self.reveal.setText(self.tr("S&how"))

    def _personnummer_value(self) -> str | None:
        if not self._revealed and self.participant is not None:
            return self.participant.personal_number
        return self.personnummer.text().strip() or None

    def _sync_birth_date(self) -> None:
        has_number = bool(self._personnummer_value())
        self.birth_date.setEnabled(not has_number)

    def _check_personnummer(self) -> None:
        value = self._personnummer_value()
        error = self.errors["personnummer"]
        if not value or not self._revealed:
            error.clear_message()
            return
        try:
            number = parse_personal_number(value)
        except ValidationError as exc:
            error.show_message(tx(exc.text))
        else:
            error.clear_message()
            self.birth_date.set_value(number.birth_date)

    def _check_email(self) -> None:
        value = self.email.text().strip()
        error = self.errors["email"]
        try:
            if value:
                normalize_email(value)
        except ValidationError as exc:
            error.show_message(tx(exc.text))
        else:
            error.clear_message()

    def _create_company(self) -> None:
        dialog = CompanyDialog(self, municipality=self.municipality.currentText())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            company = create_company(self.db, dialog.draft())
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), tx(exc.text))
            return
        self._load_companies(select_id=company.id)
        if not self.municipality.currentText() and company.municipality:
            self.municipality.setCurrentText(company.municipality)

    def draft(self) -> ParticipantDraft:
        number = self._personnummer_value()
        return ParticipantDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            personal_number=number,
            birth_date=None if number else self.birth_date.value(),
            email=self.email.text().strip() or None,
            phone=self.phone.text(),
            company_id=self.company.currentData(),
            municipality=self.municipality.currentText(),
            gender=self.gender.currentData(),
            certificate_language=self.language.currentData(),
            notes=self.notes.toPlainText(),
        )

    def problems(self, draft: ParticipantDraft) -> list[ValidationError]:
        return check_participant(draft)[1]
