"""Names in other scripts: drawn in a font that has their letters, shaped where the script
needs it, or refused before they get a number."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from originn_desktop.certificates.glyphs import missing_in_name
from originn_desktop.certificates.render import render_certificate
from originn_desktop.pdf.fallback import font_for, markup, visual_words
from originn_desktop.pdf.fonts import SANS_BOLD
from tests.certificates.test_render import content, pdf_text
from tests.clock import TODAY

NUMBER = "ORIGINN-2026-0001"


def fonts_of(data: bytes) -> set[str]:
    fonts = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"]
    names = set()
    for ref in fonts.values():
        font = ref.get_object()
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), "embedded"
        names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return names


def system_has(char: str) -> bool:
    if not shutil.which("fc-list"):
        return False
    out = subprocess.run(
        ["fc-list", f":charset={ord(char):x}", "file"], capture_output=True, text=True
    ).stdout
    return any(line.strip().rstrip(":").endswith(".ttf") for line in out.splitlines())


def test_devanagari_is_drawn_in_the_bundled_noto_font_and_shaped():
    c = content("अनीता", "शर्मा")
    assert missing_in_name(c) == ""
    data = render_certificate(c, NUMBER, TODAY)
    assert "NotoSansDevanagari-Bold" in fonts_of(data)
    # Shaped with HarfBuzz (the reph and the vowel signs need it), in the Noto font.
    xml, shaping = markup("अनीता शर्मा", SANS_BOLD)
    assert shaping and 'name="NotoSansDevanagari-Bold"' in xml
    assert render_certificate(c, NUMBER, TODAY) == data  # and the same every time


def test_arabic_is_shaped_and_its_words_run_right_to_left():
    c = content("محمد", "علي")
    assert missing_in_name(c) == ""
    data = render_certificate(c, NUMBER, TODAY)
    assert fonts_of(data) >= {"DejaVuSans-Bold"}
    # The first name stands to the right of the last name, as an Arabic reader reads it.
    assert visual_words("محمد علي") == "علي محمد"
    assert visual_words("Sven محمد علي Älvdal") == "Sven علي محمد Älvdal"


def test_an_emoji_that_the_bundled_font_has_prints():
    c = content("Sven 😀", "Älvdal")
    assert missing_in_name(c) == ""
    assert "Sven" in pdf_text(render_certificate(c, NUMBER, TODAY))


@pytest.mark.skipif(not system_has("李"), reason="this computer has no TrueType font with Chinese")
def test_chinese_is_drawn_in_a_system_font_found_through_fontconfig():
    c = content("李", "小龙")
    assert missing_in_name(c) == ""
    assert font_for(ord("李"), SANS_BOLD).startswith("Sys-")
    data = render_certificate(c, NUMBER, TODAY)
    assert "李 小龙" in pdf_text(data)
    assert any(
        f not in ("DejaVuSans-Bold", "DejaVuSans", "DejaVuSans-Oblique", "DejaVuSerif-Bold")
        for f in fonts_of(data)
    )


def test_a_letter_no_font_has_is_named_before_anything_is_drawn():
    flamingo = "🦩"  # Unicode 12: newer than every font here
    if system_has(flamingo):
        pytest.skip("this computer has a TrueType font with the flamingo")
    assert missing_in_name(content(f"Sven {flamingo}", "Älvdal")) == flamingo
    assert missing_in_name(content("Sven\u200d", "Älvdal")) == ""  # invisible joiners need no glyph


def test_on_windows_and_macos_the_font_folders_are_searched(tmp_path, monkeypatch):
    """Without fontconfig, a TrueType font in the user's font folder is found and used."""
    from originn_desktop.pdf import fallback
    from originn_desktop.pdf.fonts import font_file

    fonts = tmp_path / "Library" / "Fonts"
    fonts.mkdir(parents=True)
    shutil.copyfile(font_file("NotoSansDevanagari-Regular.ttf"), fonts / "Extra.ttf")
    (fonts / "broken.ttf").write_bytes(b"not a font")
    monkeypatch.setattr(fallback.sys, "platform", "darwin")
    monkeypatch.setattr(fallback.Path, "home", staticmethod(lambda: tmp_path))
    monkeypatch.setenv("WINDIR", str(tmp_path / "none"))
    fallback._folder_index.cache_clear()
    try:
        assert fallback._system_candidates(ord("क")) == [str(fonts / "Extra.ttf")]
        assert fallback._system_candidates(ord("李")) == []
    finally:
        fallback._folder_index.cache_clear()
