"""Letters the certificate's fonts cannot draw: which font can, and which no font can.

Every character is drawn in the style's own font (DejaVu) when it has the glyph; otherwise in
a bundled Noto font (Arabic, Devanagari), otherwise in a TrueType font of the system that has
it (found through fontconfig on Linux, in the font folders on Windows and macOS). ReportLab
embeds a subset of each font used. Fonts with only colour bitmaps or PostScript outlines
(colour emoji, OpenType/CFF) cannot be embedded by ReportLab and are passed over. A character
no font has is *missing*: the certificate is refused before it gets a number.

Arabic and Hebrew run right to left and Indic scripts need shaping: runs in those scripts are
shaped with HarfBuzz (ReportLab's ``shaping``), and right-to-left words are put in visual order.
"""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from originn_desktop.pdf.fonts import SANS, SANS_BOLD, SANS_ITALIC, SERIF_BOLD, font_file

# Bundled fallbacks per weight: (ReportLab name, file in resources/fonts).
BUNDLED = {
    "regular": [
        ("NotoSansArabic", "NotoSansArabic-Regular.ttf"),
        ("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf"),
    ],
    "bold": [
        ("NotoSansArabic-Bold", "NotoSansArabic-Bold.ttf"),
        ("NotoSansDevanagari-Bold", "NotoSansDevanagari-Bold.ttf"),
    ],
}
WEIGHT = {SANS: "regular", SANS_ITALIC: "regular", SANS_BOLD: "bold", SERIF_BOLD: "bold"}


def _drawable(ch: str) -> bool:
    """Characters that need a glyph: not spaces, line breaks or invisible format characters."""
    return not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"))


@cache
def _cmap(name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    from originn_desktop.pdf.fonts import register_fonts

    register_fonts()
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def _register(name: str, path: str) -> str | None:
    """Register a TrueType font with ReportLab; None if ReportLab cannot embed it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        pdfmetrics.getFont(name)
        return name
    except KeyError:
        pass
    try:
        pdfmetrics.registerFont(TTFont(name, path))
    except (TTFError, OSError, ValueError, KeyError, AssertionError):
        return None
    return name


@cache
def _bundled(weight: str) -> tuple[str, ...]:
    return tuple(n for n, f in BUNDLED[weight] if _register(n, font_file(f)))


@cache
def font_for(code: int, base: str) -> str | None:
    """The font that draws ``code`` in the style of ``base``, or None if no font has it."""
    if code in _cmap(base):
        return base
    for name in _bundled(WEIGHT.get(base, "regular")):
        if code in _cmap(name):
            return name
    return _system_font(code)


@cache  # asked once per character, not per style (each asking starts fc-list)
def _system_font(code: int) -> str | None:
    for path in _system_candidates(code):
        name = "Sys-" + Path(path).stem.replace(" ", "")
        if _register(name, path) and code in _cmap(name):
            return name
    return None


def _system_candidates(code: int) -> list[str]:
    """Font files of this computer that claim ``code``: TrueType only (ReportLab embeds those)."""
    if sys.platform.startswith("linux"):
        try:
            out = subprocess.run(
                ["fc-list", f":charset={code:x}", "file"],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        files = sorted(line.rstrip(": ").strip() for line in out.splitlines() if line.strip())
        return [f for f in files if f.lower().endswith(".ttf")]
    return [path for path, codes in _folder_index().items() if code in codes]


@cache
def _folder_index() -> dict[str, frozenset[int]]:
    """Windows and macOS: the TrueType fonts in the usual folders and what each covers (read
    with ReportLab's own parser, which also rejects what it could not embed)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    folders = [
        Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
        Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts",
        Path("/System/Library/Fonts"),
        Path("/System/Library/Fonts/Supplemental"),
        Path("/Library/Fonts"),
        Path.home() / "Library" / "Fonts",
    ]
    index: dict[str, frozenset[int]] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.ttf")):
            try:
                index[str(path)] = frozenset(TTFontFile(str(path)).charToGlyph)
            except Exception:  # PostScript outlines, no embedding allowed, a damaged file
                continue
    return index


def missing(text: str, base: str) -> str:
    """The characters of ``text`` that no font can draw in the style of ``base``, in order."""
    seen: list[str] = []
    for ch in text:
        if _drawable(ch) and ch not in seen and font_for(ord(ch), base) is None:
            seen.append(ch)
    return "".join(seen)


def _rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _complex(ch: str) -> bool:
    """Scripts whose letters change shape or order in context: HarfBuzz must shape them."""
    code = ord(ch)
    return _rtl(ch) or 0x0900 <= code <= 0x0DFF or 0x0E00 <= code <= 0x0EFF


def visual_words(text: str) -> str:
    """Right-to-left words in the order they are seen on a left-to-right line.

    A line here is always left to right (Swedish and English); runs of right-to-left words in
    it are reversed as whole words, which is what the Unicode bidi algorithm gives for names
    and titles without digits. HarfBuzz orders the letters within each word.
    """
    words = text.split(" ")
    out: list[str] = []
    run: list[str] = []
    for word in words:
        strong_rtl = any(_rtl(c) for c in word)
        strong_ltr = any(unicodedata.bidirectional(c) == "L" for c in word)
        if strong_rtl and not strong_ltr:
            run.append(word)
            continue
        out += reversed(run)
        run = []
        out.append(word)
    out += reversed(run)
    return " ".join(out)


@lru_cache(maxsize=1024)  # the same labels and sentences on every certificate of a batch
def markup(text: str, base: str) -> tuple[str, bool]:
    """Paragraph markup drawing every character in a font that has it; and whether to shape."""
    if all(ord(ch) in _cmap(base) or not _drawable(ch) for ch in text) and not any(
        _complex(ch) for ch in text
    ):
        return escape(text), False
    shaping = any(_complex(ch) for ch in text)
    if any(_rtl(ch) for ch in text):
        text = "\n".join(visual_words(line) for line in text.split("\n"))
    parts: list[str] = []
    current, chunk = base, ""
    for ch in text:
        font = font_for(ord(ch), base) if _drawable(ch) else current
        font = font or base  # unreachable after the check that refuses missing letters
        if font != current and chunk:
            parts.append(_run(chunk, current, base))
            chunk = ""
        current = font
        chunk += ch
    if chunk:
        parts.append(_run(chunk, current, base))
    return "".join(parts), shaping


def _run(chunk: str, font: str, base: str) -> str:
    return escape(chunk) if font == base else f'<font name="{font}">{escape(chunk)}</font>'


def runs(text: str, base: str) -> list[tuple[str, str]]:
    """``text`` cut into (font, text) pieces, for drawing a line straight onto the canvas."""
    if any(_rtl(ch) for ch in text):
        text = visual_words(text)
    pieces: list[tuple[str, str]] = []
    for ch in text:
        font = (font_for(ord(ch), base) if _drawable(ch) else None) or (
            pieces[-1][0] if pieces else base
        )
        if pieces and pieces[-1][0] == font:
            pieces[-1] = (font, pieces[-1][1] + ch)
        else:
            pieces.append((font, ch))
    return pieces


def needs_shaping(text: str) -> bool:
    return any(_complex(ch) for ch in text)
