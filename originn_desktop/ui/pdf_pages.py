"""PDF pages as images for the window: the preview and the printer (PDFium renders them)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter


def _to_image(bitmap: object) -> QImage:
    """Copy PDFium's pixels into an image Qt owns (PDFium frees its buffer with the page)."""
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride  # type: ignore[attr-defined]
    image = QImage(width, height, QImage.Format.Format_RGB888)
    source = memoryview(bitmap.buffer).cast("B")  # type: ignore[attr-defined]
    target = memoryview(image.bits())
    line = image.bytesPerLine()
    if line == stride:
        target[: stride * height] = source[: stride * height]
    else:
        row = width * 3
        for y in range(height):
            target[y * line : y * line + row] = source[y * stride : y * stride + row]
    return image


def page_images(data: bytes | Path, dpi: float = 96) -> Iterator[QImage]:
    """Every page of a PDF (bytes or a file) as an RGB image at ``dpi``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data if isinstance(data, bytes) else str(data))
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            ).copy()  # own the pixels: PDFium frees its buffer
            page.close()
            yield image
    finally:
        document.close()


def print_pdfs(files: Sequence[Path], printer: QPrinter) -> int:
    """Send the PDFs' pages to ``printer``, one page each; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = 0
    dpi = min(printer.resolution(), 300)
    try:
        for path in files:
            for image in page_images(path, dpi):
                if pages:
                    printer.newPage()
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(QRect(target.x(), target.y(), size.width(), size.height()))
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
                pages += 1
    finally:
        painter.end()
    return pages
