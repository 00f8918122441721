"""File names that work on Windows, macOS and Linux alike, and keep every letter of a name."""

from __future__ import annotations

import re
import unicodedata

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
MAX_BYTES = 150  # well under every file system's 255, leaving room for the folder


def safe_part(text: str) -> str:
    """One part of a name: NFC (macOS stores NFD, the name stays the same), no characters a
    file system forbids, spaces as '-', no trailing dots or spaces (Windows drops them)."""
    text = unicodedata.normalize("NFC", text)
    text = _FORBIDDEN.sub("", text)
    text = "-".join(text.split())
    return text.strip(".- ") or "x"


def certificate_file_name(number: str, last_name: str, first_name: str) -> str:
    """``NUMBER_Lastname_Firstname.pdf``, shortened to fit any file system."""
    stem = f"{safe_part(number)}_{safe_part(last_name)}_{safe_part(first_name)}"
    if stem.split("_")[0].upper() in _RESERVED:
        stem = "_" + stem
    while len(stem.encode("utf-8")) > MAX_BYTES:
        stem = stem[:-1]
    return stem.rstrip(".- ") + ".pdf"
