"""The issuer's marks on a certificate: the logo, the funder's emblem and the signature.

Images arrive as files (PNG, JPEG or SVG) and are kept in the register as bytes with their
type. On the way in, raster images are flattened onto white (a PDF/A file wants no alpha
channel to blend), converted to RGB (no CMYK under an sRGB output intent) and scaled down to
what a print at 300 dpi needs, so every certificate stays small and quick to draw. SVG stays
vector: svglib turns it into a ReportLab drawing.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from originn_desktop.domain.text import Text, UserError

PNG, JPEG, SVG = "image/png", "image/jpeg", "image/svg+xml"
MAX_PIXELS = 1200  # the longer side; a 120 pt box printed at 300 dpi needs 500
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Image:
    """An image as stored: its bytes and MIME type (PNG, JPEG or SVG)."""

    data: bytes
    type: str

    @cached_property
    def digest(self) -> str:
        return hashlib.sha256(self.type.encode() + b"\0" + self.data).hexdigest()


@dataclass(frozen=True)
class Branding:
    """The register's images for its certificates; any of them may be missing."""

    logo: Image | None = None
    funder_logo: Image | None = None
    signature: Image | None = None

    @property
    def is_empty(self) -> bool:
        return self.logo is None and self.funder_logo is None and self.signature is None

    @cached_property
    def digest(self) -> str:
        """What decides, with the content, whether a reprint is the same certificate."""
        if self.is_empty:
            return ""
        parts = [i.digest if i else "-" for i in (self.logo, self.funder_logo, self.signature)]
        return hashlib.sha256(":".join(parts).encode()).hexdigest()


@dataclass(frozen=True)
class Issuer:
    """A register's issuer settings: who signs, and the branding."""

    signatory_name: str = ""
    signatory_title: str = ""
    legal_identifier: str = ""  # the awarding body's organisationsnummer
    branding: Branding = field(default_factory=Branding)


def _bad(path: Path, why_en: str, why_sv: str) -> UserError:
    return UserError(
        Text(
            f"{path}: {why_en}; give a PNG, JPEG or SVG image",
            f"{path}: {why_sv}; ange en PNG-, JPEG- eller SVG-bild",
        )
    )


def load_image(path: str | Path) -> Image:
    """Read an image file and make it fit for a PDF/A certificate; a clear error otherwise."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _bad(path, "the file is larger than 20 MB", "filen är större än 20 MB")
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            Text(f"cannot read {path}: {exc.strerror}", f"kan inte läsa {path}: {exc.strerror}")
        ) from None
    if _looks_like_svg(data):
        try:
            svg_drawing(data)
        except Exception:
            raise _bad(path, "not a readable SVG image", "ingen läsbar SVG-bild") from None
        return Image(data, SVG)
    return _raster(path, data)


def _looks_like_svg(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<?xml", b"<svg", b"<!--", b"<!doctype svg")) and b"<svg" in data


def _raster(path: Path, data: bytes) -> Image:
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    try:
        with PILImage.open(io.BytesIO(data)) as im:
            kind = im.format
            if kind not in ("PNG", "JPEG"):
                raise _bad(path, f"a {kind} image", f"en {kind}-bild")
            im.load()
            plain = kind == "JPEG" and im.mode in ("RGB", "L") and max(im.size) <= MAX_PIXELS
            if plain:  # already fit: keep the photographer's bytes, no second compression
                return Image(data, JPEG)
            rgb = _flattened(im)
    except UnidentifiedImageError:
        raise _bad(path, "not an image", "ingen bild") from None
    except PILImage.DecompressionBombError:  # a small file that unpacks to gigabytes
        raise _bad(
            path, "an image far too large in pixels", "en bild med alldeles för många pixlar"
        ) from None
    except (OSError, ValueError, SyntaxError) as exc:  # a truncated or damaged file
        raise _bad(path, f"a damaged image ({exc})", f"en skadad bild ({exc})") from None
    rgb.thumbnail((MAX_PIXELS, MAX_PIXELS))
    out = io.BytesIO()
    if kind == "JPEG":
        rgb.save(out, "JPEG", quality=92)
        return Image(out.getvalue(), JPEG)
    rgb.save(out, "PNG", optimize=True)
    return Image(out.getvalue(), PNG)


def _flattened(im: Any) -> Any:
    """RGB on white: transparency blended away, CMYK and palettes converted."""
    from PIL import Image as PILImage

    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        white = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        return PILImage.alpha_composite(white, rgba).convert("RGB")
    return im.convert("RGB")


_DRAWINGS: dict[str, Any] = {}


def svg_drawing(data: bytes) -> Any:
    """The SVG as a ReportLab drawing (parsed once per process), its text in an embedded font."""
    key = hashlib.sha256(data).hexdigest()
    drawing = _DRAWINGS.get(key)
    if drawing is None:
        from svglib.svglib import svg2rlg

        drawing = svg2rlg(io.BytesIO(data))
        if drawing is None or drawing.width <= 0 or drawing.height <= 0:
            raise ValueError("an SVG without a size")
        _embed_fonts(drawing)
        _DRAWINGS[key] = drawing
    return drawing


def _embed_fonts(node: Any) -> None:
    """Text in an SVG would be set in Helvetica, which a PDF/A file may not leave unembedded."""
    from reportlab.graphics.shapes import String

    from originn_desktop.pdf.fonts import SANS, SANS_BOLD, register_fonts

    register_fonts()
    if isinstance(node, String):
        node.fontName = SANS_BOLD if "bold" in str(node.fontName).lower() else SANS
    for child in getattr(node, "contents", []) or []:
        _embed_fonts(child)


def image_size(image: Image) -> tuple[float, float]:
    """Width and height (pixels, or points for SVG): for keeping the aspect ratio."""
    if image.type == SVG:
        drawing = svg_drawing(image.data)
        return float(drawing.width), float(drawing.height)
    reader = raster_reader(image)
    w, h = reader.getSize()
    return float(w), float(h)


_READERS: dict[str, Any] = {}


def raster_reader(image: Image) -> Any:
    """ReportLab's reader for a PNG or JPEG, kept per process (decoded once per batch)."""
    reader = _READERS.get(image.digest)
    if reader is None:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(io.BytesIO(image.data))
        if len(_READERS) > 16:
            _READERS.clear()
        _READERS[image.digest] = reader
    return reader


def draw_fitted(
    canvas: Any, image: Image, x: float, y: float, width: float, height: float, align: str = "left"
) -> tuple[float, float, float, float]:
    """Draw ``image`` as large as fits the box without distortion; returns where it went.

    ``align`` places it horizontally in the box (left, center or right); vertically it sits
    at the bottom of the box, on the line it belongs to.
    """
    w, h = image_size(image)
    scale = min(width / w, height / h)
    dw, dh = w * scale, h * scale
    dx = {"left": x, "center": x + (width - dw) / 2, "right": x + width - dw}[align]
    if image.type == SVG:
        from reportlab.graphics import renderPDF

        drawing = svg_drawing(image.data)
        canvas.saveState()
        canvas.translate(dx, y)
        canvas.scale(scale, scale)
        renderPDF.draw(drawing, canvas, 0, 0, showBoundary=False)
        canvas.restoreState()
    else:
        draw_raster(canvas, image, dx, y, dw, dh)
    return dx, y, dw, dh


_COMPRESSED: dict[str, tuple[str, dict[str, Any]]] = {}


def _compressed(image: Image) -> tuple[str, dict[str, Any]]:
    """A PNG's or JPEG's name and image object as ReportLab makes them for ``drawImage``, made
    once per process: a PNG's pixels are compressed there, 30-70 ms for a logo, which every
    certificate of a batch would otherwise pay again."""
    made = _COMPRESSED.get(image.digest)
    if made is None:
        from reportlab.lib.utils import _digester
        from reportlab.pdfbase.pdfdoc import PDFImageXObject

        reader = raster_reader(image)
        name = _digester(reader.getRGBData() + b"None")  # drawImage's name, with no mask
        made = (name, dict(vars(PDFImageXObject(name, reader, mask=None))))
        if len(_COMPRESSED) > 16:
            _COMPRESSED.clear()
        _COMPRESSED[image.digest] = made
    return made


def draw_raster(canvas: Any, image: Image, x: float, y: float, width: float, height: float) -> None:
    """What ``canvas.drawImage`` does with the image, the same bytes, with its compressed
    pixels made once per process instead of once per file. (ReportLab's image object is
    registered with the document it is written to, so each file gets a fresh one holding the
    same compressed stream.)"""
    from reportlab.pdfbase.pdfdoc import PDFImageXObject

    name, state = _compressed(image)
    doc = canvas._doc
    registered = doc.getXObjectName(name)
    if registered not in doc.idToObject:
        xobject = PDFImageXObject(name)
        vars(xobject).update(state)
        canvas._setXObjects(xobject)
        doc.Reference(xobject, registered)
        doc.addForm(name, xobject)
    canvas._currentPageHasImages = 1
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas._code.append(f"/{registered} Do")
    canvas.restoreState()
    canvas._formsinuse.append(name)
