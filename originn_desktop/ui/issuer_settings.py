"""The register's issuer in the settings dialog: signatory, legal identifier, the three images,
and a live preview of a certificate with them. Saved in the register, not in settings.ini."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from originn_desktop.certificates.branding import Branding, Image, Issuer, image_size, load_image
from originn_desktop.certificates.content import CertificateSettings
from originn_desktop.domain.text import UserError
from originn_desktop.ui.i18n import tx
from originn_desktop.workers.latest import Lane

PREVIEW_DPI = 110  # drawn sharp once, then scaled to whatever room the dialog gives


class PagePreview(QLabel):
    """A whole page, scaled to fit the label with its proportions kept, however large the
    label is (a page drawn at a fixed size was cut off at the top and bottom)."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(240, 340)
        self._page = QPixmap()

    def set_page(self, page: QPixmap) -> None:
        self._page = page
        self.setText("")
        self._fit()

    def drawing(self) -> None:
        """A page is being drawn: said in words until the first one arrives (the one shown
        meanwhile stays until its successor is ready)."""
        if self._page.isNull():
            self.setText(self.tr("Drawing a certificate…"))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self._page.isNull():
            self.setPixmap(
                self._page.scaled(
                    self.contentsRect().size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )


def _first_page(settings: CertificateSettings, issuer: Issuer) -> QImage:
    """A sample certificate with ``issuer``'s settings, its page as an image (off the GUI
    thread: an image, not yet a pixmap)."""
    from originn_desktop.services.issuer import sample_certificate
    from originn_desktop.ui.pdf_pages import page_images

    return next(page_images(sample_certificate(settings, issuer), PREVIEW_DPI))


class IssuerSettings(QGroupBox):
    """Edits a copy of the register's issuer settings; ``save`` stores them in one go."""

    def __init__(
        self, db: object, settings: CertificateSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from originn_desktop.services.issuer import issuer_for

        self.setTitle(self.tr("Certificates of this register"))
        self.db = db
        self.settings = settings
        current = issuer_for(db, settings)  # type: ignore[arg-type]
        self.images: dict[str, Image | None] = {
            "logo": current.branding.logo,
            "funder_logo": current.branding.funder_logo,
            "signature": current.branding.signature,
        }
        self.signatory_name = QLineEdit(current.signatory_name)
        self.signatory_name.setAccessibleName(self.tr("Signatory's name"))
        self.signatory_title = QLineEdit(current.signatory_title)
        self.signatory_title.setAccessibleName(self.tr("Signatory's title"))
        self.legal_id = QLineEdit(current.legal_identifier)
        self.legal_id.setAccessibleName(self.tr("Organisation number of the awarding body"))
        form = QFormLayout()
        form.addRow(self.tr("Signatory's name:"), self.signatory_name)
        form.addRow(self.tr("Signatory's title:"), self.signatory_title)
        form.addRow(self.tr("Organisation number:"), self.legal_id)
        labels = {
            "logo": self.tr("Logo (top)"),
            "funder_logo": self.tr("Funder's emblem (footer)"),
            "signature": self.tr("Signature"),
        }
        self.status: dict[str, QLabel] = {}
        for name, label in labels.items():
            form.addRow(label + ":", self._image_row(name, label))
        self.preview = PagePreview()
        self.preview.setAccessibleName(self.tr("Preview of a certificate"))
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        layout.addLayout(left, 1)
        layout.addWidget(self.preview)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.show_preview)
        for edit in (self.signatory_name, self.signatory_title):
            edit.textChanged.connect(lambda *_: self._timer.start())
        # Drawn off the GUI thread: the first page loads ReportLab and the fonts (0.6 s), which
        # kept the dialog from opening until it was done.
        self._drawing = Lane(self)
        self.show_preview()

    def _image_row(self, name: str, label: str) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        status = QLabel()
        self.status[name] = status
        box.addWidget(status, 1)
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose a file for %1").replace("%1", label))
        choose.clicked.connect(lambda: self.choose(name))
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", label))
        remove.clicked.connect(lambda: self.set_image(name, None))
        box.addWidget(choose)
        box.addWidget(remove)
        self._describe(name)
        return row

    def _describe(self, name: str) -> None:
        image = self.images[name]
        if image is None:
            self.status[name].setText(self.tr("none"))
            return
        w, h = image_size(image)
        kind = image.type.split("/")[1].split("+")[0].upper()
        self.status[name].setText(f"{kind}, {round(w)}×{round(h)}")

    def choose(self, name: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), "", self.tr("Images (*.png *.jpg *.jpeg *.svg)")
        )
        if not path:
            return
        try:
            self.set_image(name, load_image(path))
        except UserError as exc:
            QMessageBox.warning(self, self.title(), tx(exc.text))

    def set_image(self, name: str, image: Image | None) -> None:
        self.images[name] = image
        self._describe(name)
        self.show_preview()

    def issuer(self) -> Issuer:
        return Issuer(
            self.signatory_name.text().strip(),
            self.signatory_title.text().strip(),
            self.legal_id.text().strip(),
            Branding(self.images["logo"], self.images["funder_logo"], self.images["signature"]),
        )

    def show_preview(self) -> None:
        """Draw a certificate with the settings as they stand; it replaces the preview when it
        is ready (a newer drawing replaces an older one still on its way)."""
        settings, issuer = self.settings, self.issuer()
        self.preview.drawing()
        self._drawing.submit(lambda _stop: _first_page(settings, issuer), self._drawn)

    def _drawn(self, page: QImage) -> None:
        self.preview.set_page(QPixmap.fromImage(page))

    def shutdown(self) -> None:
        """Drop a drawing on its way, and one about to be asked for, and wait for the thread
        (the dialog is closing)."""
        self._timer.stop()
        self._drawing.shutdown()

    def save(self) -> None:
        """Store the settings in the register; raises ``UserError`` for a bad identifier."""
        from originn_desktop.domain.identity import parse_org_number
        from originn_desktop.services.issuer import IssuerChange, set_issuer

        issuer = self.issuer()
        legal = parse_org_number(issuer.legal_identifier) if issuer.legal_identifier else ""
        set_issuer(
            self.db,  # type: ignore[arg-type]
            IssuerChange(
                signatory_name=issuer.signatory_name,
                signatory_title=issuer.signatory_title,
                legal_identifier=legal,
                logo=issuer.branding.logo,
                funder_logo=issuer.branding.funder_logo,
                signature=issuer.branding.signature,
            ),
        )
