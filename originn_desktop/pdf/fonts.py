"""The TrueType fonts shipped in the package, registered with ReportLab once per process.

DejaVu covers Latin-1, Latin Extended-A and -B (Sami, Icelandic, Polish, Czech, Hungarian,
Turkish), Vietnamese, Greek, Cyrillic and Arabic. Letters it lacks are drawn in a fallback font
(``pdf.fallback``). ReportLab embeds and subsets them.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SERIF_BOLD = "DejaVuSerif-Bold"
_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}


def font_file(file_name: str) -> str:
    """The path of a font file shipped in resources/fonts."""
    return str(resources.files("originn_desktop") / "resources" / "fonts" / file_name)


def font_path(name: str) -> str:
    return font_file(_FILES[name])


@cache
def register_fonts() -> None:
    """Register the fonts and the Sans family (so <b> and <i> in paragraphs work)."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in _FILES:
        pdfmetrics.registerFont(TTFont(name, font_path(name)))
    # A canvas and a drawing start in Helvetica, which would be referenced without being
    # embedded: start them in our own font.
    from reportlab.graphics import shapes

    rl_config.canvas_basefontname = SANS
    shapes.STATE_DEFAULTS["fontName"] = SANS
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD
    )
