"""Bilingual text for messages raised below the UI.

Services cannot use Qt's translation machinery (nothing below ``ui/`` imports Qt), yet their
messages reach a Swedish window and an English or Swedish command line.  A ``Text`` carries
both languages side by side, so the two can never drift apart.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

LANGUAGES = ("sv", "en")


@dataclass(frozen=True)
class Text:
    """A message in English and Swedish."""

    en: str
    sv: str

    def get(self, lang: str) -> str:
        return self.sv if lang == "sv" else self.en

    def __str__(self) -> str:
        return self.en

    def __add__(self, other: Text) -> Text:
        return Text(self.en + other.en, self.sv + other.sv)


def system_language() -> str:
    """``sv`` when the environment asks for Swedish, else ``en``.

    ``ORIGINN_DESKTOP_LANG`` wins over the POSIX locale variables, in their usual order.
    """
    for var in ("ORIGINN_DESKTOP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    return "en"


class UserError(Exception):
    """An expected failure the user can act on: shown as one line, never as a traceback."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text

    def message(self, lang: str) -> str:
        return self.text.get(lang)


class NotFound(UserError):
    """A record the user named does not exist."""


class ValidationError(UserError):
    """A value was rejected; ``field`` names the input it belongs to, for the dialogs."""

    def __init__(self, text: Text, field: str = "") -> None:
        super().__init__(text)
        self.field = field
