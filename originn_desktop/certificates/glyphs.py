"""Before a certificate is numbered: can every letter it prints be drawn?"""

from __future__ import annotations

from originn_desktop.certificates.content import CertificateContent
from originn_desktop.domain.text import Text
from originn_desktop.pdf.fallback import missing
from originn_desktop.pdf.fonts import SANS, SANS_BOLD, SANS_ITALIC

_BODY = (SANS, SANS_ITALIC)


def _fields(content: CertificateContent) -> list[tuple[Text, str, tuple[str, ...]]]:
    """Everything the module and the settings put on the page, with the fonts it is set in."""
    s = content.settings
    return [
        (Text("the Swedish title", "den svenska titeln"), content.title_sv, (SANS_BOLD,)),
        (
            Text("the English title", "den engelska titeln"),
            content.title_en,
            (SANS_BOLD, SANS_ITALIC),
        ),
        (Text("the course code", "kurskoden"), content.course_code, _BODY),
        (Text("the level", "nivån"), content.level_sv + content.level_en, _BODY),
        (
            Text("the assessment", "examinationsformen"),
            content.assessment_sv + content.assessment_en,
            _BODY,
        ),
        (
            Text("the quality assurance", "kvalitetssäkringen"),
            content.quality_sv + content.quality_en,
            _BODY,
        ),
        (
            Text("the learning outcomes", "lärandemålen"),
            content.outcomes_sv + content.outcomes_en,
            _BODY,
        ),
        (
            Text("the awarding body", "utfärdaren"),
            s.awarding_body_sv + s.awarding_body_en,
            (SANS, SANS_BOLD),
        ),
        (Text("the coordinator", "samordnaren"), s.coordinator, (SANS,)),
        (
            Text("the signatory", "undertecknaren"),
            s.signatory_name + s.signatory_title,
            (SANS, SANS_BOLD),
        ),
    ]


def _missing_in(text: str, fonts: tuple[str, ...]) -> str:
    found = ""
    for font in fonts:
        found += "".join(c for c in missing(text, font) if c not in found)
    return found


def missing_in_name(content: CertificateContent) -> str:
    """The letters of the learner's name that no font can draw (empty when all can)."""
    return _missing_in(content.learner_name, (SANS_BOLD,))


def missing_in_module(content: CertificateContent) -> list[tuple[Text, str]]:
    """The module's and the settings' texts with letters no font can draw."""
    found = []
    for name, text, fonts in _fields(content):
        chars = _missing_in(text, fonts)
        if chars:
            found.append((name, chars))
    return found


def shown(chars: str) -> str:
    """The characters and their code points, so a user can tell invisible ones apart."""
    return ", ".join(f"{c} (U+{ord(c):04X})" for c in chars)
