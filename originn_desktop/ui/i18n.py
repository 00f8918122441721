"""Which language the window speaks, and the translators that make it speak it.

The window's own strings go through Qt Linguist (``resources/originn_desktop_*.ts``); texts from
the services arrive as bilingual ``Text`` and are picked with ``tx``.
"""

from __future__ import annotations

import os
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from originn_desktop.domain.text import Text

LANGUAGES = ("sv", "en")
_current = "en"
_installed: list[QTranslator] = []


def language() -> str:
    """The language the window speaks now: ``sv`` or ``en``."""
    return _current


def tx(text: Text) -> str:
    """A service's bilingual text in the window's language."""
    return text.get(_current)


def choose_language(preference: str) -> str:
    """The setting if it names a language; else Swedish on a Swedish system, English otherwise."""
    if preference in LANGUAGES:
        return preference
    forced = os.environ.get("ORIGINN_DESKTOP_LANG", "")
    if forced[:2] in LANGUAGES:
        return forced[:2]
    return "sv" if QLocale.system().language() == QLocale.Language.Swedish else "en"


def _translations_dir() -> str:
    return str(resources.files("originn_desktop") / "resources" / "translations")


def install(lang: str) -> str:
    """Install the program's and Qt's translators for ``lang``; Qt re-translates open windows."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = lang if lang in LANGUAGES else "en"
    QLocale.setDefault(
        QLocale(QLocale.Language.Swedish if _current == "sv" else QLocale.Language.English)
    )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"originn_desktop_{_current}", _translations_dir())]
    if _current != "en":
        candidates.append((f"qtbase_{_current}", qt_dir))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return _current
