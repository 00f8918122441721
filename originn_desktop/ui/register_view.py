"""The certificate register: search by number or name, verify, print again, revoke."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from originn_desktop.domain.text import UserError
from originn_desktop.domain.values import CertificateStatus
from originn_desktop.services.enrollment import revocation_reason
from originn_desktop.services.privacy import shown_name
from originn_desktop.ui.i18n import language, tx
from originn_desktop.ui.register import Register
from originn_desktop.ui.settings_store import certificate_settings
from originn_desktop.ui.widgets import SearchField

if TYPE_CHECKING:
    from originn_desktop.services.certificates import CertificateRecord

# The certificates' service (with the drawing code it brings) is loaded when the register is
# first shown, not at start-up (26-41 ms, measured): nothing here needs it before.
REVOKED, SUPERSEDED = CertificateStatus.REVOKED, CertificateStatus.SUPERSEDED
STATUS_COLOURS: dict[str, str] = {REVOKED: "#b3261e", SUPERSEDED: "#6b6b6b"}


class RegisterView(QWidget):
    changed = Signal()

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.records: list[CertificateRecord] = []
        self.search = SearchField()
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.verify_button = QPushButton()
        self.print_button = QPushButton()
        self.revoke_button = QPushButton()
        self.open_button = QPushButton()
        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for b in (self.verify_button, self.print_button, self.open_button, self.revoke_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.verify_button.clicked.connect(self.verify_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda *_: self.verify_selected())
        self.retranslate()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Certificate number or name"))
        self.search.setAccessibleName(self.tr("Search the certificate register"))
        self.table.setAccessibleName(self.tr("Certificate register"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Name"),
                self.tr("Module"),
                self.tr("Issued"),
                self.tr("Status"),
            ]
        )
        self.verify_button.setText(self.tr("&Verify"))
        self.print_button.setText(self.tr("Print &again…"))
        self.open_button.setText(self.tr("Open the P&DF"))
        self.revoke_button.setText(self.tr("Re&voke…"))
        if self.isVisible():  # the register is read when its tab is shown, not at start-up
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def status_text(self, record: CertificateRecord) -> str:
        if record.status == REVOKED:
            reason = revocation_reason(record.status_reason, language())
            return self.tr("revoked: %1").replace("%1", reason)
        if record.status == SUPERSEDED:
            return self.tr("superseded by %1").replace("%1", record.superseded_by or "")
        return self.tr("valid")

    def refresh(self) -> None:
        from originn_desktop.services.certificates import search_register

        self.records = search_register(self.register.db, self.search.text())
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            values = [
                r.number,
                shown_name(r.learner_name, language()),
                r.module_code,
                r.issued_on.isoformat(),
                self.status_text(r),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if r.status in STATUS_COLOURS:
                    item.setForeground(QBrush(QColor(STATUS_COLOURS[r.status])))
                self.table.setItem(row, col, item)
        self._update_buttons()

    def selected(self) -> CertificateRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        record = self.selected()
        for button in (self.verify_button, self.open_button):
            button.setEnabled(record is not None)
        self.print_button.setEnabled(record is not None and record.status != REVOKED)
        self.revoke_button.setEnabled(record is not None and record.status != REVOKED)

    def verify_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        if record.is_valid:
            text = self.tr("%1 is valid: issued to %2 for %3 on %4.")
        else:
            text = self.tr("%1 is NOT valid (%5). It was issued to %2 for %3 on %4.")
        text = (
            text.replace("%1", record.number)
            .replace("%2", shown_name(record.learner_name, language()))
            .replace("%3", record.module_code)
            .replace("%4", record.issued_on.isoformat())
            .replace("%5", self.status_text(record))
        )
        QMessageBox.information(self, self.tr("Verify"), text)

    def print_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        from originn_desktop.services.certificates import reprint
        from originn_desktop.ui.certificate_dialog import default_folder

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the certificate"), default_folder(record.module_code)
        )
        if not folder:
            return
        try:
            issued = reprint(
                self.register.db,
                record.number,
                folder,
                certificate_settings(self.register.settings),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Print again"), tx(exc.text))
            return
        message = (
            self.tr("Saved %1.").replace("%1", str(issued.file))
            if issued.outcome == "reprint"
            else self.tr("The record has changed since: reissued as %1, and %2 is superseded.")
            .replace("%1", issued.number)
            .replace("%2", issued.replaces or record.number)
        )
        QMessageBox.information(self, self.tr("Print again"), message)
        self.refresh()
        self.changed.emit()

    def open_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        from originn_desktop.ui.certificate_dialog import default_folder

        path = Path(default_folder(record.module_code)) / record.file_name
        if path.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        else:
            QMessageBox.information(
                self,
                self.tr("Open the PDF"),
                self.tr("The file is not in %1; print it again to make it.").replace(
                    "%1", str(path.parent)
                ),
            )

    def revoke_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Revoke %1").replace("%1", record.number),
            self.tr("Why is %1 (%2) revoked?")
            .replace("%1", record.number)
            .replace("%2", shown_name(record.learner_name, language())),
        )
        if not ok:
            return
        from originn_desktop.services.certificates import revoke

        try:
            revoke(self.register.db, record.number, reason)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Revoke"), tx(exc.text))
            return
        self.refresh()
        self.changed.emit()
