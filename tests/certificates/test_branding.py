"""The issuer's images on the certificate: where they go, that they never cover text, that they
keep their shape, and which files are accepted."""

from __future__ import annotations

import io
import itertools
from dataclasses import replace

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PIL import Image as PILImage
from PIL import ImageChops

from originn_desktop.certificates.branding import JPEG, PNG, SVG, Branding, Image, load_image
from originn_desktop.certificates.render import (
    FACTS,
    FOOTER,
    HEADER,
    PERSON,
    layout,
    render_certificate,
)
from originn_desktop.domain.text import UserError
from tests.certificates.images import (
    SVG_LOGO,
    SVG_SHAPES,
    emblem_png,
    logo_png,
    signature_jpeg,
    white_like,
)
from tests.certificates.test_render import content, flowing
from tests.clock import TODAY

DPI = 100
NUMBER = "ORIGINN-2026-0001"


@pytest.fixture
def images(tmp_path):
    svg = tmp_path / "logo.svg"
    svg.write_bytes(SVG_LOGO)
    shapes = tmp_path / "shapes.svg"
    shapes.write_bytes(SVG_SHAPES)
    return {
        "logo": load_image(logo_png(tmp_path / "logo.png")),
        "svg": load_image(svg),
        "svg_shapes": load_image(shapes),
        "funder_logo": load_image(emblem_png(tmp_path / "eu.png")),
        "signature": load_image(signature_jpeg(tmp_path / "sig.jpg")),
    }


def pixels(pdf: bytes) -> PILImage.Image:
    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[0].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()


def count(mask: PILImage.Image, box: tuple[int, int, int, int] | None = None) -> int:
    """How many pixels of a 0/255 mask are set (in ``box``: left, top, right, bottom)."""
    region = mask.crop(box) if box else mask
    return region.histogram()[255]


def char_boxes(pdf: bytes) -> list[tuple[float, float, float, float]]:
    """Every visible character's box on the page, in points from the bottom left."""
    doc = pdfium.PdfDocument(pdf)
    try:
        text = doc[0].get_textpage()
        boxes = []
        for i in range(text.count_chars()):
            if text.get_text_range(i, 1).strip():
                boxes.append(text.get_charbox(i))
        return boxes
    finally:
        doc.close()


def image_bounds(pdf: bytes) -> list[tuple[float, float, float, float]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [o.get_bounds() for o in doc[0].get_objects([pdfium_c.FPDF_PAGEOBJ_IMAGE])]
    finally:
        doc.close()


def to_px(box: tuple[float, float, float, float], height: int) -> tuple[int, int, int, int]:
    """A box in points (left, bottom, right, top) as pixels (left, top, right, bottom)."""
    left, bottom, right, top = (v * DPI / 72 for v in box)
    return max(int(left), 0), max(int(height - top), 0), int(right) + 1, int(height - bottom) + 1


COMBINATIONS = [
    dict(zip(("logo", "funder_logo", "signature"), flags, strict=True))
    for flags in itertools.product([False, True], repeat=3)
    if any(flags)
]


CASES = [(which, False) for which in COMBINATIONS] + [
    (which, True) for which in COMBINATIONS if which["logo"]
]


@pytest.mark.parametrize(
    ("which", "svg_logo"),
    CASES,
    ids=["+".join(k for k, v in w.items() if v) + ("-svg" if svg else "") for w, svg in CASES],
)
def test_no_image_covers_any_text_in_any_combination(images, which, svg_logo):
    """Render each combination, and the same page with each image replaced by a white one of
    the same size (the same layout): the pixels differ only where the images are, and every
    character's box is the same in both."""
    chosen = {
        name: (images["svg_shapes"] if name == "logo" and svg_logo else images[name])
        if on
        else None
        for name, on in which.items()
    }
    real = render_certificate(replace(content(), branding=Branding(**chosen)), NUMBER, TODAY)
    blank = {k: white_like(v) if v else None for k, v in chosen.items()}
    white = render_certificate(replace(content(), branding=Branding(**blank)), NUMBER, TODAY)
    a, b = pixels(real), pixels(white)
    # anti-aliasing differs by less than 48 of 255
    changed = ImageChops.difference(a, b).point(lambda v: 255 if v > 48 else 0)
    assert count(changed) > 200, "the images are on the page"
    boxes = char_boxes(real)
    assert len(boxes) > 300
    for box in boxes:
        assert count(changed, to_px(box, a.height)) <= 2, f"an image covers text at {box}"
    # Everything that changed lies inside the boxes the layout gave the images.
    page = layout(Branding(**chosen))
    outside = changed.copy()
    for box in (page.logo, page.funder, page.signature):
        if box is not None:
            region = (box.x - 1, box.y - 1, box.x + box.width + 1, box.top + 1)
            outside.paste(0, to_px(region, a.height))
    assert count(outside) == 0
    # And the page still says everything it said.
    text = flowing(real)
    for wanted in ("Sven Älvdal", "Från råvara till produkt", NUMBER, "Lärandemål"):
        assert wanted in text


def test_without_images_the_page_keeps_todays_layout():
    page = layout(Branding())
    assert (page.header, page.person, page.facts, page.footer) == (HEADER, PERSON, FACTS, FOOTER)
    assert (page.logo, page.funder, page.signature) == (None, None, None)
    assert image_bounds(render_certificate(content(), NUMBER, TODAY)) == []


def test_the_funder_statement_stands_beside_the_emblem_in_the_certificates_languages(images):
    branded = replace(content(), branding=Branding(funder_logo=images["funder_logo"]))
    text = flowing(render_certificate(branded, NUMBER, TODAY))
    assert "Medfinansieras av Europeiska unionen" in text
    assert "Co-funded by the European Union" in text
    english = replace(content(language="en"), branding=branded.branding)
    text = flowing(render_certificate(english, NUMBER, TODAY))
    assert "Co-funded by the European Union" in text
    assert "Medfinansieras" not in text


@pytest.mark.parametrize("size", [(600, 100), (100, 600), (400, 400)])
def test_images_are_scaled_to_their_box_without_distortion(tmp_path, size):
    logo = load_image(logo_png(tmp_path / "l.png", size=size, alpha=False))
    signature = load_image(signature_jpeg(tmp_path / "s.jpg", size=size))
    branded = replace(content(), branding=Branding(logo=logo, signature=signature))
    pdf = render_certificate(branded, NUMBER, TODAY)
    page = layout(branded.branding)
    bounds = image_bounds(pdf)
    assert len(bounds) == 2
    for left, bottom, right, top in bounds:
        assert (right - left) / (top - bottom) == pytest.approx(size[0] / size[1], rel=0.01)
        box = page.logo if bottom > 600 else page.signature
        assert box is not None
        assert left >= box.x - 0.01 and right <= box.x + box.width + 0.01
        assert bottom >= box.y - 0.01 and top <= box.top + 0.01
        # As large as fits: one side fills its box.
        assert (right - left) == pytest.approx(box.width, abs=0.1) or (
            top - bottom
        ) == pytest.approx(box.height, abs=0.1)


def test_a_transparent_png_is_flattened_onto_white_and_cmyk_becomes_rgb(tmp_path):
    png = load_image(logo_png(tmp_path / "a.png"))
    assert png.type == PNG
    with PILImage.open(io.BytesIO(png.data)) as im:
        assert im.mode == "RGB"
        assert im.getpixel((0, 0)) == (255, 255, 255)  # the transparent corner is white
    cmyk = load_image(signature_jpeg(tmp_path / "c.jpg", cmyk=True))
    assert cmyk.type == JPEG
    with PILImage.open(io.BytesIO(cmyk.data)) as im:
        assert im.mode == "RGB"


def test_a_huge_image_is_scaled_down_to_what_print_needs(tmp_path):
    big = load_image(emblem_png(tmp_path / "big.png", size=(4000, 3000)))
    with PILImage.open(io.BytesIO(big.data)) as im:
        assert max(im.size) == 1200
        assert im.size[0] / im.size[1] == pytest.approx(4 / 3, rel=0.01)


def test_an_svg_stays_vector_and_its_text_uses_an_embedded_font(images):
    from pypdf import PdfReader

    assert images["svg"].type == SVG
    pdf = render_certificate(
        replace(content(), branding=Branding(logo=images["svg"])), NUMBER, TODAY
    )
    assert image_bounds(pdf) == []  # drawn as paths, not a picture
    fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        assert "Helvetica" not in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert "MIUN" in flowing(pdf)


def test_a_small_png_that_unpacks_to_too_many_pixels_is_refused_not_a_crash(tmp_path, monkeypatch):
    from PIL import Image as PILImage

    path = tmp_path / "bomb.png"
    PILImage.new("1", (400, 400)).save(path)  # a few hundred bytes on disk
    # Pillow's own bound, lowered so that a small file crosses it (the real one is 179
    # million pixels: a 24 KB PNG of 14,000 x 14,000 crosses it the same way).
    monkeypatch.setattr(PILImage, "MAX_IMAGE_PIXELS", 400 * 400 // 4)
    with pytest.raises(UserError) as caught:
        load_image(path)
    assert "far too large in pixels" in caught.value.text.en
    assert "PNG, JPEG or SVG" in caught.value.text.en


@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("notes.txt", b"just some words\n", "not an image"),
        (
            "anim.gif",
            b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;",
            "a GIF image",
        ),
        ("cut.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "a damaged image"),
        ("broken.svg", b"<svg><g></svg", "not a readable SVG image"),
    ],
)
def test_a_file_that_is_not_a_png_jpeg_or_svg_is_refused_with_the_reason(tmp_path, name, data, why):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UserError) as caught:
        load_image(path)
    assert why in caught.value.text.en
    assert "PNG, JPEG or SVG" in caught.value.text.en
    assert "PNG-, JPEG- eller SVG-bild" in caught.value.text.sv


def test_the_branding_digest_changes_with_any_image_and_is_empty_without():
    a = Image(b"one", PNG)
    assert Branding().digest == ""
    assert Branding(logo=a).digest != Branding(signature=a).digest
    assert Branding(logo=a).digest == Branding(logo=Image(b"one", PNG)).digest
    assert Branding(logo=a).digest != Branding(logo=Image(b"two", PNG)).digest


@pytest.mark.parametrize("kind", ["png", "jpeg"])
def test_an_image_drawn_from_the_batch_cache_gives_the_bytes_reportlab_draws(tmp_path, kind):
    """A PNG's pixels are compressed once per process, not once per certificate: every file
    must still come out exactly as ReportLab's own ``drawImage`` writes it, the first and the
    following ones (a reprint keeps its bytes)."""
    from reportlab.pdfgen.canvas import Canvas

    from originn_desktop.certificates.branding import draw_raster, raster_reader

    path = (
        logo_png(tmp_path / "logo.png")
        if kind == "png"
        else signature_jpeg(tmp_path / "signature.jpg")
    )
    image = load_image(path)

    def page(draw) -> bytes:
        out = io.BytesIO()
        c = Canvas(out, invariant=1)
        draw(c, 50, 600, 180, 60)
        draw(c, 50, 400, 90, 30)  # the same image twice on a page: one object
        c.showPage()
        c.save()
        return out.getvalue()

    theirs = page(lambda c, *box: c.drawImage(raster_reader(image), *box))
    ours = [page(lambda c, *box: draw_raster(c, image, *box)) for _ in range(3)]
    assert ours == [theirs] * 3
    assert theirs.count(b"/Subtype /Image") == 1
