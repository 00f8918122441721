"""Drawing a certificate on one A4 page with ReportLab.

A clear hierarchy (title, name, micro-credential, the facts, the outcomes), generous margins and
print-safe colours. Variable parts live in fixed boxes: a long name or title shrinks to a
minimum size and then wraps, and if the outcomes are long the facts box shrinks as a whole, so
nothing leaves the page or runs into anything. The same content always gives the same bytes
(ReportLab's invariant mode), so a reprint has the same SHA-256.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from originn_desktop.certificates.branding import Branding, draw_fitted
from originn_desktop.certificates.content import CertificateContent, grade_text, workload_text
from originn_desktop.certificates.pdfa import Attachment, make_pdfa

A4_WIDTH, A4_HEIGHT = 595.2756, 841.8898
MARGIN = 56.7  # 20 mm
INK = (0.12, 0.16, 0.2)
ACCENT = (0.12, 0.27, 0.45)  # dark blue: prints well in colour and in grey
MUTED = (0.38, 0.42, 0.46)
RULE = (0.75, 0.79, 0.83)

NAME_MAX, NAME_MIN = 30.0, 16.0
TITLE_MAX, TITLE_MIN = 17.0, 11.0


@dataclass(frozen=True)
class Box:
    """A rectangle on the page, in points from the bottom left."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height


# The page's fixed regions, top to bottom.
HEADER = Box(MARGIN, 700, A4_WIDTH - 2 * MARGIN, 92)
PERSON = Box(MARGIN, 532, A4_WIDTH - 2 * MARGIN, 164)
FACTS = Box(MARGIN, 180, A4_WIDTH - 2 * MARGIN, 344)
FOOTER = Box(MARGIN, 44, A4_WIDTH - 2 * MARGIN, 128)
QR_SIZE = 74.0

# With branding: the logo above the header, the funder's strip above the notes, the signature
# above the signatory's line. The header, the learner and the facts move down to make room.
LOGO_HEIGHT = 44.0
LOGO_WIDTH = 180.0
FUNDER_HEIGHT = 36.0
FUNDER_WIDTH = 120.0
SIGNATURE_BOX = (200.0, 34.0)
EU_STATEMENT = {
    "sv": "Medfinansieras av Europeiska unionen",
    "en": "Co-funded by the European Union",
}


@dataclass(frozen=True)
class Layout:
    """Where each region of one certificate goes: today's page, moved for the images it has."""

    header: Box
    person: Box
    facts: Box
    footer: Box
    logo: Box | None = None
    funder: Box | None = None
    signature: Box | None = None


def layout(branding: Branding) -> Layout:
    """The page's regions for these images (today's page when there are none)."""
    down = LOGO_HEIGHT + 6 if branding.logo else 0.0
    up = FUNDER_HEIGHT + 8 if branding.funder_logo else 0.0
    header = Box(HEADER.x, HEADER.y - down, HEADER.width, HEADER.height)
    person = Box(PERSON.x, PERSON.y - down, PERSON.width, PERSON.height)
    footer = Box(FOOTER.x, FOOTER.y, FOOTER.width, FOOTER.height + up)
    facts_top = FACTS.top - down
    facts_y = FACTS.y + up
    facts = Box(FACTS.x, facts_y, FACTS.width, facts_top - facts_y)
    logo = (
        Box((A4_WIDTH - LOGO_WIDTH) / 2, HEADER.top - LOGO_HEIGHT + 4, LOGO_WIDTH, LOGO_HEIGHT)
        if branding.logo
        else None
    )
    funder = Box(FOOTER.x, FOOTER.y + 44, FUNDER_WIDTH, FUNDER_HEIGHT) if up else None
    signature = None
    if branding.signature:
        w, h = SIGNATURE_BOX
        signature = Box(footer.x, footer.top - 16 - 44 + 2, w, h)
    return Layout(header, person, facts, footer, logo, funder, signature)


def _t(content: CertificateContent, sv: str, en: str, sep: str = " / ") -> str:
    """A label in the certificate's language(s): Swedish first."""
    parts = {"sv": sv, "en": en}
    return sep.join(parts[lang] for lang in content.languages)


def fitted_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    """The largest size from ``largest`` down to ``smallest`` at which ``text`` fits one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return max(size, smallest)


@cache  # the styles are never changed: each size or colour of its own is a child style
def _styles() -> dict[str, object]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    from originn_desktop.pdf.fonts import SANS, SANS_BOLD, SANS_ITALIC

    body = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=12, textColor=INK)
    return {
        "body": body,
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "lead": ParagraphStyle(
            "lead", parent=body, alignment=TA_CENTER, fontSize=10.5, leading=14, textColor=MUTED
        ),
        "name": ParagraphStyle(
            "name", parent=body, fontName=SANS_BOLD, alignment=TA_CENTER, textColor=INK
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=SANS_BOLD, alignment=TA_CENTER, textColor=ACCENT
        ),
        "title_en": ParagraphStyle(
            "title_en", parent=body, fontName=SANS_ITALIC, alignment=TA_CENTER, textColor=ACCENT
        ),
        "label": ParagraphStyle(
            "label", parent=body, fontName=SANS_BOLD, fontSize=8, leading=10.5, textColor=MUTED
        ),
        "value": ParagraphStyle("value", parent=body, fontSize=9, leading=11.5),
        "value_en": ParagraphStyle(
            "value_en", parent=body, fontName=SANS_ITALIC, fontSize=8.5, leading=11, textColor=MUTED
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=9.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=2,
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED),
        "small_center": ParagraphStyle(
            "small_center",
            parent=body,
            fontSize=7.5,
            leading=9.5,
            textColor=MUTED,
            alignment=TA_CENTER,
        ),
    }


@cache
def _paragraph_class() -> Any:
    from reportlab.platypus import Paragraph

    class LaidOutParagraph(Paragraph):  # type: ignore[misc]
        """A paragraph that breaks its lines once per width.

        ReportLab asks a paragraph for its size several times for one drawing (the frame, the
        shrink-to-fit, the table around it, and again when drawing), breaking the lines anew
        each time; the facts box, laid out once per process, was broken into lines again on
        every certificate. The text and style never change after creation, so the same width
        gives the same lines.
        """

        _laid_out_for: float | None = None

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            if self._laid_out_for is not None and self._laid_out_for == availWidth:
                return self.width, self.height
            size: tuple[float, float] = super().wrap(availWidth, availHeight)
            self._laid_out_for = availWidth if size[0] == availWidth else None
            return size

    return LaidOutParagraph


def _para(text: str, style: object) -> object:
    """A paragraph whose every letter is drawn in a font that has it (shaped where needed)."""
    from originn_desktop.pdf.fallback import markup

    xml, shaping = markup(text, style.fontName)  # type: ignore[attr-defined]
    if shaping:
        from reportlab.lib.styles import ParagraphStyle

        style = ParagraphStyle("shaped", parent=style, shaping=1)
    return _paragraph_class()(xml.replace("\n", "<br/>"), style)


def _draw(
    canvas: object, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """One line of text on the canvas, each letter in a font that has it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from originn_desktop.pdf.fallback import needs_shaping, runs

    c: Any = canvas
    pieces = runs(text, font)
    if len(pieces) <= 1 and not needs_shaping(text):
        c.setFont(font, size)
        {"left": c.drawString, "center": c.drawCentredString, "right": c.drawRightString}[align](
            x, y, text
        )
        return
    widths = [stringWidth(t, f, size) for f, t in pieces]
    start = {"left": x, "center": x - sum(widths) / 2, "right": x - sum(widths)}[align]
    for (f, t), w in zip(pieces, widths, strict=True):
        c.setFont(f, size)
        c.drawString(start, y, t, shaping=needs_shaping(t))
        start += w


_BLOCKS: dict[tuple[object, ...], tuple[object, float]] = {}


def _module_block(
    kind: str,
    content: CertificateContent,
    canvas: object,
    box: Box,
    flowables: Callable[[], list[object]],
) -> tuple[object, float]:
    """A block that is the same on every certificate of a module (the facts, the notes), laid
    out (and shrunk to fit ``box`` if need be) once per process: a flowable and its height."""
    from dataclasses import astuple

    plain = replace(content, learner_name="", birth_date=None, branding=Branding())
    key = (kind, box.width, box.height, bool(content.branding.funder_logo), *astuple(plain))
    block = _BLOCKS.get(key)
    if block is None:
        from reportlab.platypus import KeepInFrame

        frame = KeepInFrame(box.width, box.height, flowables(), mode="shrink", vAlign="TOP")
        _width, height = frame.wrapOn(canvas, box.width, box.height)
        block = (frame, height)
        if len(_BLOCKS) > 64:
            _BLOCKS.clear()
        _BLOCKS[key] = block
    return block


# The facts box's text shrunk below this is hard to read on paper.
LEGIBLE_PT = 7.0


def facts_text_size(content: CertificateContent) -> float:
    """The size (pt) the facts box's body text is printed at for ``content``: its style's
    size, or less where long texts (the learning outcomes, above all) made the box shrink
    as a whole."""
    from reportlab.pdfgen.canvas import Canvas

    from originn_desktop.pdf.fonts import register_fonts

    register_fonts()
    page = layout(content.branding)
    canvas = Canvas(io.BytesIO())
    frame, _height = _module_block(
        "facts", content, canvas, page.facts, lambda: _facts(content, _styles())
    )
    scale = float(getattr(frame, "_scale", 1.0) or 1.0)  # set by KeepInFrame only if it shrank
    return facts_body_size() / max(scale, 1.0)


def facts_body_size() -> float:
    """The size (pt) of the facts box's text when nothing makes the box shrink: its style's."""
    body: Any = _styles()["body"]
    return float(body.fontSize)


def _draw_block(canvas: object, box: Box, block: tuple[object, float]) -> None:
    flowable, height = block
    flowable.drawOn(canvas, box.x, box.top - height)  # type: ignore[attr-defined]


def _in_box(canvas: object, box: Box, flowables: list[object]) -> None:
    """Draw ``flowables`` top-aligned in ``box``, shrunk as a whole if they would not fit."""
    from reportlab.platypus import Frame, KeepInFrame

    frame = Frame(
        box.x,
        box.y,
        box.width,
        box.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        showBoundary=0,
    )
    frame.addFromList(
        [KeepInFrame(box.width, box.height, flowables, mode="shrink", vAlign="TOP")], canvas
    )


def _draw_qr(canvas: object, text: str, x: float, y: float, size: float) -> None:
    """The QR code as one filled path: fast to draw, sharp at any print size."""
    import segno

    qr = segno.make(text, error="m", micro=False)
    matrix = qr.matrix
    count = len(matrix)
    quiet = 2
    module = size / (count + 2 * quiet)
    path = canvas.beginPath()  # type: ignore[attr-defined]
    for row, cells in enumerate(matrix):
        col = 0
        while col < count:
            if cells[col]:
                start = col
                while col < count and cells[col]:
                    col += 1
                path.rect(
                    x + (start + quiet) * module,
                    y + size - (row + 1 + quiet) * module,
                    (col - start) * module,
                    module,
                )
            else:
                col += 1
    canvas.setFillColorRGB(0, 0, 0)  # type: ignore[attr-defined]
    canvas.drawPath(path, stroke=0, fill=1)  # type: ignore[attr-defined]


def _facts(content: CertificateContent, styles: dict[str, object]) -> list[object]:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Spacer, Table, TableStyle

    from originn_desktop.pdf.fonts import SANS

    both = content.language == "sv+en"
    not_stated = _t(content, "ej angivet", "not stated")

    def value(sv: str, en: str) -> list[object]:
        cells = []
        if "sv" in content.languages:
            cells.append(_para(sv or not_stated, styles["value"]))
        if "en" in content.languages and (en or not both):
            cells.append(_para(en or not_stated, styles["value_en" if both else "value"]))
        return cells

    exam = content.exam_date.isoformat() if content.exam_date else not_stated
    rows = [
        (
            _t(content, "Kurskod", "Course code"),
            [_para(content.course_code or not_stated, styles["value"])],
        ),
        (
            _t(content, "Omfattning", "Workload"),
            [_para(workload_text(content.credits), styles["value"])],
        ),
        (_t(content, "Nivå", "Level"), value(content.level_sv, content.level_en)),
        (
            _t(content, "Examinationsform", "Type of assessment"),
            value(content.assessment_sv, content.assessment_en),
        ),
        (
            _t(content, "Studieform", "Form of participation"),
            value(content.participation_sv, content.participation_en),
        ),
        (
            _t(content, "Betyg", "Grade"),
            [
                _para(
                    _t(content, grade_text(content.grade, "sv"), grade_text(content.grade, "en")),
                    styles["value"],
                )
            ],
        ),
        (_t(content, "Examinationsdatum", "Date of examination"), [_para(exam, styles["value"])]),
        (
            _t(content, "Utfärdare", "Awarding body"),
            [
                _para(
                    _t(
                        content,
                        content.settings.awarding_body_sv,
                        content.settings.awarding_body_en,
                    ),
                    styles["value"],
                )
            ],
        ),
        (
            _t(content, "Land, region", "Country, region"),
            [
                _para(
                    _t(content, "Sverige, Jämtlands län", "Sweden, Jämtland County"),
                    styles["value"],
                )
            ],
        ),
        (
            _t(content, "Kvalitetssäkring", "Quality assurance"),
            value(content.quality_sv, content.quality_en),
        ),
    ]
    label_width = 124
    table = Table(
        [[_para(label, styles["label"]), cells] for label, cells in rows],
        colWidths=[label_width, FACTS.width - label_width],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 9),  # or the table starts cells in Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, Color(*RULE)),
            ]
        ),
    )
    story: list[object] = [
        table,
        Spacer(1, 4),
        _para(_t(content, "Lärandemål", "Learning outcomes"), styles["heading"]),
    ]
    if "sv" in content.languages:
        story.append(_para(content.outcomes_sv or not_stated, styles["value"]))
    if "en" in content.languages:
        if both:
            story.append(Spacer(1, 4))
        story.append(
            _para(content.outcomes_en or not_stated, styles["value_en" if both else "value"])
        )
    return story


def _notes(content: CertificateContent) -> list[object]:
    """The notes at the foot of the page: where the official record is kept, and the project."""
    from reportlab.platypus import Spacer

    s = content.settings
    b = content.branding
    styles = _styles()
    # Without the emblem, the same statement in words (the wording the EU's rules give).
    eu = "" if b.funder_logo else f" {EU_STATEMENT['sv']}."
    eu_en = "" if b.funder_logo else f" {EU_STATEMENT['en']}."
    return [
        _para(
            _t(
                content,
                f"Det officiella studieresultatet registreras och bevaras av {s.awarding_body_sv} (Ladok). "
                "Detta intyg är en sammanfattning för deltagaren.",
                f"The official study record is kept by {s.awarding_body_en} (Ladok). "
                "This certificate is a summary for the learner.",
                " ",
            ),
            styles["small_center"],
        ),
        Spacer(1, 3),
        _para(
            _t(
                content,
                f"Inom projektet ORIGINN, Interreg Europe, i samarbete med {s.coordinator}.{eu}",
                f"Within the ORIGINN project, Interreg Europe, in cooperation with {s.coordinator}.{eu_en}",
                " ",
            ),
            styles["small_center"],
        ),
    ]


def render_certificate(
    content: CertificateContent,
    number: str,
    issued_on: object,
    attachments: tuple[Attachment, ...] = (),
) -> bytes:
    """The certificate as PDF/A-3b bytes, with ``attachments`` inside; ``issued_on`` is a date.

    A plain function of plain values, so worker processes can draw a batch.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Spacer

    from originn_desktop.pdf.fonts import SANS, SANS_BOLD, SANS_ITALIC, SERIF_BOLD, register_fonts

    register_fonts()
    styles = _styles()
    page = layout(content.branding)
    header, footer = page.header, page.footer
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(_t(content, "Intyg om mikromerit", "Micro-credential certificate") + f" {number}")
    c.setAuthor(content.settings.awarding_body_sv)
    c.setSubject(f"{content.title_sv} / {content.title_en}")
    c.setCreator("ORIGINN Desktop")

    # A double frame: the document's edge, inside the printer's unprintable margin.
    c.setStrokeColorRGB(*ACCENT)
    c.setLineWidth(1.2)
    c.rect(28, 28, A4_WIDTH - 56, A4_HEIGHT - 56)
    c.setLineWidth(0.4)
    c.rect(32, 32, A4_WIDTH - 64, A4_HEIGHT - 64)

    # Header: the logo, awarding body, the title.
    s = content.settings
    b = content.branding
    if b.logo and page.logo:
        box = page.logo
        draw_fitted(c, b.logo, box.x, box.y, box.width, box.height, align="center")
    center = A4_WIDTH / 2
    c.setFillColorRGB(*MUTED)
    body = _t(content, s.awarding_body_sv.upper(), s.awarding_body_en.upper(), "  ·  ")
    _draw(c, center, header.top - 14, body, SANS_BOLD, 9, "center")
    c.setFillColorRGB(*ACCENT)
    title = "Intyg om mikromerit" if "sv" in content.languages else "Micro-credential certificate"
    c.setFont(SERIF_BOLD, 26)
    c.drawCentredString(center, header.top - 50, title)
    if content.language == "sv+en":
        c.setFont(SANS_ITALIC, 13)
        c.drawCentredString(center, header.top - 70, "Micro-credential certificate")
    c.setStrokeColorRGB(*ACCENT)
    c.setLineWidth(0.8)
    c.line(center - 60, header.y + 2, center + 60, header.y + 2)

    # The learner and the micro-credential: each shrinks to its minimum, then wraps.
    name_size = fitted_size(content.learner_name, SANS_BOLD, PERSON.width, NAME_MAX, NAME_MIN)
    title_size = fitted_size(
        content.title_sv if "sv" in content.languages else content.title_en,
        SANS_BOLD,
        PERSON.width,
        TITLE_MAX,
        TITLE_MIN,
    )
    from reportlab.lib.styles import ParagraphStyle

    name_style = ParagraphStyle(
        "n", parent=styles["name"], fontSize=name_size, leading=name_size * 1.2
    )
    title_style = ParagraphStyle(
        "t", parent=styles["title"], fontSize=title_size, leading=title_size * 1.25
    )
    born = content.birth_date.isoformat() if content.birth_date else ""
    person: list[object] = [
        _para(_t(content, "Härmed intygas att", "This is to certify that"), styles["lead"]),
        Spacer(1, 6),
        _para(content.learner_name, name_style),
        Spacer(1, 2),
        _para(_t(content, f"född {born}", f"born {born}"), styles["lead"]),
        Spacer(1, 8),
        _para(
            _t(content, "har fullgjort mikromeriten", "has completed the micro-credential"),
            styles["lead"],
        ),
        Spacer(1, 4),
    ]
    if "sv" in content.languages:
        person.append(_para(content.title_sv, title_style))
    if "en" in content.languages:
        en_style = (
            title_style
            if content.language == "en"
            else ParagraphStyle(
                "te",
                parent=styles["title_en"],
                fontSize=max(title_size - 3, 10),
                leading=max(title_size - 3, 10) * 1.25,
            )
        )
        person.append(_para(content.title_en, en_style))
    _in_box(c, page.person, person)

    # The facts and the learning outcomes: the same for everyone on a module, so laid out once
    # per process and drawn again on each page.
    _draw_block(
        c,
        page.facts,
        _module_block("facts", content, c, page.facts, lambda: _facts(content, _styles())),
    )

    # Footer: issue date and signature on the left, the QR code and number on the right.
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.5)
    c.line(footer.x, footer.top, footer.x + footer.width, footer.top)
    left = footer.x
    top = footer.top - 16
    c.setFillColorRGB(*MUTED)
    c.setFont(SANS_BOLD, 8)
    issued_label = _t(content, "Utfärdat", "Date of issue")
    c.drawString(left, top, issued_label)
    c.setFillColorRGB(*INK)
    c.setFont(SANS, 10)
    if b.signature and page.signature:
        # The date beside its label, so the signature has the room above the line.
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c.drawString(left + stringWidth(issued_label, SANS_BOLD, 8) + 6, top, issued_on.isoformat())  # type: ignore[attr-defined]
        box = page.signature
        draw_fitted(c, b.signature, box.x, box.y, box.width, box.height)
    else:
        c.drawString(left, top - 13, issued_on.isoformat())  # type: ignore[attr-defined]
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(0.6)
    c.line(left, top - 44, left + 200, top - 44)
    _draw(c, left, top - 56, s.signatory_name or " ", SANS_BOLD, 9)
    c.setFillColorRGB(*MUTED)
    _draw(c, left, top - 67, s.signatory_title or s.awarding_body_sv, SANS, 8.5)

    qr_x = footer.x + footer.width - QR_SIZE
    qr_y = footer.top - QR_SIZE - 4
    _draw_qr(c, s.verification_text(number), qr_x, qr_y, QR_SIZE)
    c.setFillColorRGB(*INK)
    c.setFont(SANS_BOLD, 8.5)
    c.drawRightString(
        qr_x - 8, qr_y + QR_SIZE - 12, _t(content, "Intygsnummer", "Certificate number")
    )
    c.setFont(SANS, 10)
    c.drawRightString(qr_x - 8, qr_y + QR_SIZE - 26, number)
    c.setFont(SANS, 7.5)
    c.setFillColorRGB(*MUTED)
    c.drawRightString(
        qr_x - 8,
        qr_y + QR_SIZE - 38,
        _t(content, "Kontrollera med QR-koden", "Verify with the QR code"),
    )

    # The funder's emblem with the statement the EU's visibility rules ask for beside it.
    if b.funder_logo and page.funder:
        box = page.funder
        _x, _y, drawn_w, _h = draw_fitted(c, b.funder_logo, box.x, box.y, box.width, box.height)
        lines = [EU_STATEMENT[lang] for lang in content.languages]
        c.setFillColorRGB(*INK)
        text_x = box.x + drawn_w + 8
        first = box.y + box.height / 2 + (len(lines) - 1) * 5.5 - 3
        for i, line in enumerate(lines):
            c.setFont(SANS_BOLD if i == 0 else SANS_ITALIC, 8.5 if i == 0 else 8)
            c.drawString(text_x, first - i * 11, line)
    notes = Box(FOOTER.x, FOOTER.y, FOOTER.width, 40)
    _draw_block(c, notes, _module_block("notes", content, c, notes, lambda: _notes(content)))
    c.showPage()
    make_pdfa(c, "sv" if "sv" in content.languages else "en", issued_on, list(attachments))  # type: ignore[arg-type]
    c.save()
    return buffer.getvalue()
