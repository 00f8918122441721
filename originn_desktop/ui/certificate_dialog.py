"""Certificates for a module: the completed participants preselected, a preview of each, the
batch in a worker with a progress dialog that can be cancelled, printing, the output folder.

The batch is drawn by the same worker processes as the command line's (``render_pool``),
started when the dialog opens, so they are ready by the time the coordinator clicks Create.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from originn_desktop.certificates.content import CertificateSettings
from originn_desktop.domain.text import UserError
from originn_desktop.domain.values import EnrollmentStatus
from originn_desktop.services.certificates import (
    BatchResult,
    issue_certificates,
    preview_certificate,
    revoked_by_hand,
)
from originn_desktop.services.modules import get_module
from originn_desktop.services.participants import module_roster
from originn_desktop.ui.i18n import tx
from originn_desktop.ui.pdf_pages import page_images, print_pdfs
from originn_desktop.ui.register import Register
from originn_desktop.ui.settings_store import certificate_settings
from originn_desktop.workers import drawing
from originn_desktop.workers.tasks import Progress

PREVIEW_DPI = 72


def default_folder(code: str) -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(documents or Path.home()) / "ORIGINN-intyg" / code)


class CertificateDialog(QDialog):
    def __init__(self, register: Register, module_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.db = register.db
        self.module = get_module(self.db, module_id)
        self.result_value: BatchResult | None = None
        self.setWindowTitle(self.tr("Certificates for %1").replace("%1", self.module.code))
        self.resize(980, 680)

        # People whose certificate was revoked get a new one only when asked for.
        self.revoked = {k.participant_id: k for k in revoked_by_hand(self.db, module_id)}
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Participants who completed the module"))
        for row in module_roster(self.db, module_id):
            if row.status != EnrollmentStatus.COMPLETED:
                continue
            text = f"{row.participant.last_name}, {row.participant.first_name}"
            if row.participant.id in self.revoked:
                text += " — " + self.tr("%1 revoked").replace(
                    "%1", self.revoked[row.participant.id].number
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.participant.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(item)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Certificate language"))
        self.language.addItem(self.tr("Each participant's choice"), None)
        self.language.addItem(self.tr("Swedish and English"), "sv+en")
        self.language.addItem(self.tr("Swedish"), "sv")
        self.language.addItem(self.tr("English"), "en")
        self.folder = QLineEdit(default_folder(self.module.code))
        self.folder.setAccessibleName(self.tr("Folder for the certificates"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(self.tr("Choose the folder for the certificates"))
        choose.clicked.connect(self._choose_folder)
        self.merged = QCheckBox(self.tr("Also one &PDF with all of them, to print in one go"))
        self.merged.setChecked(True)
        self.reissue_revoked = QCheckBox(
            self.tr("Issue &new certificates to those whose certificate was revoked")
        )
        self.reissue_revoked.setVisible(bool(self.revoked))

        self.preview = QLabel(self.tr("Choose a participant to see the certificate."))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Certificate preview"))
        self.preview.setMinimumWidth(460)
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        for text, widget in ((self.tr("&Language:"), self.language),):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow(self.merged)
        form.addRow(self.reissue_revoked)

        people_label = QLabel(self.tr("C&ompleted participants:"))
        people_label.setBuddy(self.people)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(people_label)
        left_box.addWidget(self.people, 1)
        left_box.addLayout(form)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = QPushButton(self.tr("&Create certificates"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.open_button = QPushButton(self.tr("Open the fol&der"))
        self.badges_button = QPushButton(self.tr("Digital &badges…"))
        self.badges_button.setToolTip(
            self.tr("Signed Open Badges 3.0 credentials, which anyone can check offline")
        )
        self.elm_button = QPushButton(self.tr("European Learning Model (JSON-LD)…"))
        self.elm_button.setToolTip(
            self.tr(
                "The certificates as European Learning Model credentials, for the university's EDC issuer"
            )
        )
        self.elm_button.clicked.connect(self.export_elm)
        for button in (
            self.create_button,
            self.print_button,
            self.badges_button,
            self.elm_button,
            self.open_button,
        ):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.setDefault(True)
        self.print_button.setEnabled(False)
        self.badges_button.clicked.connect(self.export_badges)
        self.create_button.clicked.connect(self.create_certificates)
        self.print_button.clicked.connect(self.print_certificates)
        self.open_button.clicked.connect(self.open_folder)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.people.currentItemChanged.connect(lambda *_: self.show_preview())
        self.language.currentIndexChanged.connect(lambda *_: self.show_preview())
        # Worker processes for a cohort's batch, started now: they load the drawing code and
        # fonts while the coordinator looks at the preview, and end when the dialog closes.
        workers = drawing.default_workers(self.people.count())
        self.pool = drawing.render_pool(workers) if workers > 1 else None
        self.finished.connect(self._stop_pool)
        if self.people.count():
            self.people.setCurrentRow(0)
        else:
            self.status.setText(
                self.tr("Nobody has completed this module yet: grade the participants first.")
            )
            self.create_button.setEnabled(False)

    # -- choices ------------------------------------------------------------------------------

    def chosen(self) -> list[int]:
        return [
            int(self.people.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the certificates"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _settings(self) -> CertificateSettings:
        return certificate_settings(self.register.settings)

    # -- preview ------------------------------------------------------------------------------

    def show_preview(self) -> None:
        item = self.people.currentItem()
        if item is None:
            return
        participant_id = int(item.data(Qt.ItemDataRole.UserRole))
        language = self.language.currentData()
        settings = self._settings()

        def render(_progress: Progress) -> list[QImage]:
            data = preview_certificate(self.db, self.module.id, participant_id, settings, language)
            return list(page_images(data, PREVIEW_DPI))

        def done(images: list[QImage]) -> None:
            if images:
                self.preview.setPixmap(QPixmap.fromImage(images[0]))

        self.register.runner.start(render, done, self._failed)

    # -- creating -----------------------------------------------------------------------------

    def create_certificates(self) -> None:
        ids = self.chosen()
        if not ids:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Tick at least one participant.")
            )
            return
        folder = Path(self.folder.text().strip())
        merged = folder / f"{self.module.code}-alla-intyg.pdf" if self.merged.isChecked() else None
        settings = self._settings()
        language = self.language.currentData()
        reissue = self.reissue_revoked.isChecked()
        dialog = QProgressDialog(
            self.tr("Creating certificates…"), self.tr("Cancel"), 0, len(ids), self
        )
        dialog.setWindowTitle(self.windowTitle())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        stop = threading.Event()  # set by Cancel; read by the worker between certificates
        dialog.canceled.connect(stop.set)

        def work(progress: Progress) -> BatchResult:
            return issue_certificates(
                self.db,
                self.module.id,
                folder,
                settings,
                language,
                ids,
                progress=progress,
                cancelled=lambda: stop.is_set() or progress.cancelled,
                merged=merged,
                skip_revoked=not reissue,
                pool=self.pool,
            )

        self.register.runner.start(
            work,
            lambda result: self._created(result, dialog),
            lambda exc: self._batch_failed(exc, dialog),
            lambda done, _total: dialog.setValue(done),
        )

    def _stop_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    def _created(self, result: BatchResult, dialog: QProgressDialog) -> None:
        dialog.close()
        self.result_value = result
        self.register.changed.emit()
        counts = {
            o: sum(1 for c in result.issued if c.outcome == o)
            for o in ("new", "reprint", "reissue")
        }
        text = (
            self.tr("%1 certificates in %2: %3 new, %4 printed again, %5 reissued.")
            .replace("%1", str(len(result.issued)))
            .replace("%2", self.folder.text())
            .replace("%3", str(counts["new"]))
            .replace("%4", str(counts["reprint"]))
            .replace("%5", str(counts["reissue"]))
        )
        if result.cancelled:
            text = (
                self.tr("Cancelled; the certificates made so far are whole and registered.")
                + " "
                + text
            )
        if result.skipped:
            text += "\n" + self.tr("Skipped, their certificate was revoked: %1.").replace(
                "%1", ", ".join(f"{k.name} ({k.number})" for k in result.skipped)
            )
        for warning in result.warnings:
            text += "\n" + tx(warning)
        for refused in result.unprintable:
            text += "\n" + tx(refused)
        self.status.setText(text)
        self.print_button.setEnabled(bool(result.issued))

    def _batch_failed(self, exc: BaseException, dialog: QProgressDialog) -> None:
        dialog.close()
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(self, self.windowTitle(), tx(exc.text))
        elif isinstance(exc, OSError):
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Could not write the certificates: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )
        else:
            raise exc

    # -- after ----------------------------------------------------------------------------------

    def print_certificates(self) -> None:
        if self.result_value is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = print_pdfs([c.file for c in self.result_value.issued], printer)
        self.status.setText(self.tr("%1 pages sent to the printer.").replace("%1", str(pages)))

    def export_badges(self) -> None:
        from originn_desktop.services.badges import issue_badges

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the digital badges"), self.folder.text()
        )
        if not folder:
            return
        try:
            files = issue_badges(self.db, self.module.id, folder, self._settings())
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), tx(exc.text))
            return
        self.status.setText(
            self.tr("%1 signed digital badges (Open Badges 3.0) in %2.")
            .replace("%1", str(len(files)))
            .replace("%2", folder)
        )

    def export_elm(self) -> None:
        from originn_desktop.services.elm import export_elm

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the European Learning Model credentials"), self.folder.text()
        )
        if not folder:
            return
        try:
            result = export_elm(self.db, self.module.id, folder, self._settings())
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), tx(exc.text))
            return
        text = (
            self.tr("%1 European Learning Model credentials (JSON-LD) in %2.")
            .replace("%1", str(len(result.files)))
            .replace("%2", folder)
        )
        for warning in result.warnings:
            text += "\n" + tx(warning)
        self.status.setText(text)

    def open_folder(self) -> None:
        folder = Path(self.folder.text().strip())
        if folder.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        else:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("The folder is created with the first certificate."),
            )
