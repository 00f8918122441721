"""A new company, created on the spot from the participant dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from originn_desktop.domain.text import ValidationError
from originn_desktop.domain.values import MUNICIPALITIES, Sector, label
from originn_desktop.services.companies import CompanyDraft, clean_company
from originn_desktop.ui.i18n import language, tx
from originn_desktop.ui.widgets import FieldError


class CompanyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, municipality: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New company"))
        self.setMinimumWidth(420)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Company name"))
        self.org_number = QLineEdit()
        self.org_number.setPlaceholderText("NNNNNN-NNNN")
        self.org_number.setAccessibleName(self.tr("Organisationsnummer"))
        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.municipality.addItems(["", *MUNICIPALITIES])
        self.municipality.setCurrentText(municipality)
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.sector = QComboBox()
        self.sector.addItem(self.tr("Not stated"), None)
        for s in Sector:
            self.sector.addItem(label(s, language()), s.value)
        self.sector.setAccessibleName(self.tr("Sector"))
        self.errors = {"company": FieldError(self.name), "org_number": FieldError(self.org_number)}
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.errors["company"])
        form.addRow(self.tr("&Organisationsnummer:"), self.org_number)
        form.addRow("", self.errors["org_number"])
        form.addRow(self.tr("&Municipality:"), self.municipality)
        form.addRow(self.tr("&Sector:"), self.sector)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def draft(self) -> CompanyDraft:
        return CompanyDraft(
            self.name.text(),
            self.org_number.text().strip() or None,
            self.municipality.currentText(),
            self.sector.currentData(),
        )

    def accept(self) -> None:
        for error in self.errors.values():
            error.clear_message()
        try:
            clean_company(self.draft())
        except ValidationError as exc:
            self.errors.get(exc.field, self.errors["company"]).show_message(tx(exc.text))
            return
        super().accept()
