"""What a printed certificate shows: every name exact, fonts embedded, nothing off the page."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pytest
import segno
from pypdf import PdfReader

from originn_desktop.certificates.content import CertificateSettings, build_content
from originn_desktop.certificates.filenames import certificate_file_name
from originn_desktop.certificates.render import A4_HEIGHT, A4_WIDTH, MARGIN, render_certificate
from originn_desktop.services.modules import ModuleDraft
from tests.clock import TODAY

# The names of the shared samples, and hard ones of our own (all invented).
NAMES = [
    ("Sven", "Älvdal"),
    ("Tova", "Rönnqvist"),
    ("Ulf", "Nordén"),
    ("Vera", "Sjödin"),
    ("Ylva", "Hägg"),
    ("Máret", "Ŋuvttaš"),  # Northern Sami
    ("Áile", "Čuđđe Šuvŧž"),  # Sami Č č Đ đ Š š Ŧ ŧ Ž ž
    ("Þórdís", "Guðmundsdóttir"),  # Icelandic
    ("Małgorzata", "Żółkiewska-Łęcka"),  # Polish
    ("Jiří", "Dvořák Škvorecký"),  # Czech
    ("Gergő", "Szőke Ördögh"),  # Hungarian ő ű
    ("Ayşegül", "Çağlayan İğdır"),  # Turkish
    ("Nguyễn Thị", "Đặng Hồng Phượng"),  # Vietnamese, stacked diacritics
    ("Ǯǯ Ǥǥ", "Ǩǩ Ʒʒ"),  # Skolt Sami, Latin Extended-B
    ("Zoë", "Ñúñez-O'Brien"),
]

MODULE = ModuleDraft(
    "M1",
    "Från råvara till produkt",
    "From raw material to product",
    course_code="FÖ901G",
    learning_outcomes_sv="Efter modulen kan deltagaren analysera förädlingsmöjligheter.",
    learning_outcomes_en="After the module the participant can analyse value-adding opportunities.",
    assessment_sv="Skriftlig uppgift",
    assessment_en="Written assignment",
    quality_assurance_sv="Kvalitetssäkrad vid Mittuniversitetet.",
    quality_assurance_en="Quality assured at Mid Sweden University.",
)


def content(first="Sven", last="Älvdal", language="sv+en", title_sv=None, **settings):
    module = ModuleDraft(**{**MODULE.__dict__, **({"title_sv": title_sv} if title_sv else {})})
    return build_content(
        language=language,
        first_name=first,
        last_name=last,
        birth_date=dt.date(1980, 4, 20),
        module=module,
        level_sv="grundnivå, G1N (EQF 6)",
        level_en="first cycle, G1N (EQF 6)",
        grade="G",
        exam_date=dt.date(2026, 11, 20),
        settings=CertificateSettings(**settings),
    )


def pdf_text(data: bytes) -> str:
    return unicodedata.normalize("NFC", PdfReader(io.BytesIO(data)).pages[0].extract_text())


def flowing(data: bytes) -> str:
    """The page's text with line breaks and runs of spaces as single spaces."""
    return " ".join(pdf_text(data).split())


@pytest.mark.parametrize(("first", "last"), NAMES)
def test_every_name_prints_exactly_as_stored(first, last):
    text = pdf_text(render_certificate(content(first, last), "ORIGINN-2026-0001", TODAY))
    assert f"{first} {last}" in text
    assert "?" not in text.replace("?nr=", "")


def test_every_mandatory_eu_element_is_on_the_page():
    text = pdf_text(
        render_certificate(
            content(signatory_name="Åsa Prefekt", signatory_title="Prefekt"),
            "ORIGINN-2026-0007",
            TODAY,
        )
    )
    for element in [
        "Sven Älvdal",
        "1980-04-20",  # 1 the learner (date of birth, never the personnummer)
        "Från råvara till produkt",
        "From raw material to product",  # 2 title
        "Sverige, Jämtlands län",  # 3 country and region
        "Mittuniversitetet",  # 4 awarding body
        "2026-11-27",  # 5 date of issue
        "analysera förädlingsmöjligheter",
        "analyse value-adding",  # 6 learning outcomes
        "3 hp (3 ECTS)",  # 7 workload
        "grundnivå, G1N (EQF 6)",  # 8 level
        "Skriftlig uppgift",  # 9 type of assessment
        "kombinerad",  # 10 form of participation
        "Kvalitetssäkrad vid Mittuniversitetet",  # 11 quality assurance
        "Godkänd (G)",
        "2026-11-20",  # grade and examination date
        "ORIGINN-2026-0007",
        "Åsa Prefekt",
        "Interreg Europe",
        "Region Jämtland Härjedalen",
        "Medfinansieras av Europeiska unionen",  # the EU's own wording, as beside the emblem
        "Co-funded by the European Union",
        "officiella studieresultatet",
    ]:
        assert element in text, element


def test_one_language_prints_only_that_language():
    text = pdf_text(render_certificate(content(language="en"), "ORIGINN-2026-0001", TODAY))
    assert "Micro-credential certificate" in text and "Intyg om mikromerit" not in text
    assert "Pass (G)" in text and "Godkänd" not in text


def test_every_font_is_embedded_and_no_standard_font_is_used():
    reader = PdfReader(io.BytesIO(render_certificate(content(), "ORIGINN-2026-0001", TODAY)))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font.get("/DescendantFonts")
        descriptor = (
            (descendant[0].get_object() if descendant else font).get("/FontDescriptor").get_object()
        )
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        assert "+" in font["/BaseFont"]  # a subset


def _glyph_positions(data: bytes) -> list[tuple[float, float, float, str, str]]:
    """(x, y, font size, text, font name) of every text run on the page."""
    runs = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            font = str(font_dict["/BaseFont"]).split("+")[-1] if font_dict else ""
            runs.append((x, y, font_size * tm[0] * cm[0], text.rstrip("\n"), font))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return runs


def test_a_120_character_name_stays_inside_the_margins_and_wraps():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from originn_desktop.pdf.fonts import register_fonts

    register_fonts()
    first = "Maria-Magdalena Đặng Thị Nguyễn Þórsdóttir Çağlayan"
    last = "Szczepańska-Żółkiewska Ŋuvttaš Čuđđe Ǯǯǯ Kristoffersen-Ólafsdóttir Øvergård"
    name = f"{first} {last}"
    assert len(name) >= 120
    data = render_certificate(content(first, last), "ORIGINN-2026-0001", TODAY)
    runs = _glyph_positions(data)
    name_runs = [r for r in runs if r[3].strip() in name and len(r[3].strip()) > 10]
    assert len({round(r[1]) for r in name_runs}) >= 2  # wrapped onto several lines
    assert min(r[2] for r in name_runs) >= 16  # shrunk no further than the minimum
    for x, y, size, text, font in runs:
        width = stringWidth(text, font, size)
        assert x >= MARGIN - 1 and x + width <= A4_WIDTH - MARGIN + 1, (text, x, width)
        assert 28 < y < A4_HEIGHT - 28, (text, y)
    assert name in flowing(data)


def test_a_long_title_shrinks_but_stays_readable_and_inside():
    title = "Från råvara till produkt och från leverantör till varumärkesbyggare: förädling, marknad och affärsutveckling i jord, skog och vatten"
    data = render_certificate(content(title_sv=title), "ORIGINN-2026-0001", TODAY)
    assert title in flowing(data)
    sizes = [r[2] for r in _glyph_positions(data) if r[3].strip() and r[3].strip() in title]
    assert sizes and min(sizes) >= 10.5


def test_the_qr_code_on_the_page_encodes_the_verification_address():
    import pypdfium2 as pdfium

    number = "ORIGINN-2026-0042"
    expected = f"https://verify.example/{number}"
    data = render_certificate(
        content(verify_template="https://verify.example/{number}"), number, TODAY
    )
    page = pdfium.PdfDocument(data)[0]
    scale = 4
    bitmap = page.render(scale=scale, grayscale=True)
    stride = bitmap.stride
    pixels = bytes(bitmap.buffer)
    from originn_desktop.certificates import render as r

    matrix = segno.make(expected, error="m", micro=False).matrix
    count = len(matrix)
    module = r.QR_SIZE / (count + 4)
    qr_x = r.FOOTER.x + r.FOOTER.width - r.QR_SIZE
    qr_y = r.FOOTER.top - r.QR_SIZE - 4
    for row in range(count):
        for col in range(count):
            px = (qr_x + (col + 2.5) * module) * scale
            py = (A4_HEIGHT - (qr_y + r.QR_SIZE - (row + 2.5) * module)) * scale
            dark = pixels[int(py) * stride + int(px)] < 128
            assert dark == bool(matrix[row][col]), (row, col)


def test_the_same_content_gives_the_same_bytes():
    a = render_certificate(content(), "ORIGINN-2026-0001", TODAY)
    b = render_certificate(content(), "ORIGINN-2026-0001", TODAY)
    assert a == b


@pytest.mark.parametrize(
    ("last", "first", "expected"),
    [
        ("Älvdal", "Sven", "ORIGINN-2026-0001_Älvdal_Sven.pdf"),
        ('Bad/Name:*?"<>|', "A", "ORIGINN-2026-0001_BadName_A.pdf"),
        ("van der Berg", "Anna Lena", "ORIGINN-2026-0001_van-der-Berg_Anna-Lena.pdf"),
        ("Dot.", "End ", "ORIGINN-2026-0001_Dot_End.pdf"),
    ],
)
def test_file_names_are_safe_everywhere_and_keep_the_letters(last, first, expected):
    assert certificate_file_name("ORIGINN-2026-0001", last, first) == expected


def test_file_names_are_nfc_and_not_too_long():
    decomposed = unicodedata.normalize("NFD", "Åsa")
    name = certificate_file_name("ORIGINN-2026-0001", "Ö" * 300, decomposed)
    assert unicodedata.is_normalized("NFC", name)
    assert len(name.encode()) <= 160 and name.endswith(".pdf")
