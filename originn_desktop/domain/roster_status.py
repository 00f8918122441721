"""A roster's Status and grade columns read back: the program's own words in Swedish and
English (what ``export-roster`` writes) and the words university lists use for the same.

Words are compared without case, spaces or punctuation, as headers are.
"""

from __future__ import annotations

import re
import unicodedata

from originn_desktop.domain.text import Text, ValidationError
from originn_desktop.domain.values import LABELS, EnrollmentStatus, Grade

_OWN_STATUSES = [s for s in EnrollmentStatus]

_STATUS_SYNONYMS: dict[EnrollmentStatus, tuple[str, ...]] = {
    EnrollmentStatus.REGISTERED: (
        "registrerad",
        "anmäld",
        "anmälan",
        "anmält",
        "inskriven",
        "enrolled",
        "registered",
    ),
    EnrollmentStatus.ADMITTED: ("antagen", "antagna", "admitted", "accepted"),
    EnrollmentStatus.WAITLISTED: (
        "reserv",
        "reservplats",
        "väntelista",
        "på väntelistan",
        "på reservlistan",
        "reservlista",
        "waiting list",
        "on the waiting list",
        "waitlisted",
        "waitlist",
        "reserve",
    ),
    EnrollmentStatus.WITHDRAWN: (
        "avanmäld",
        "avbrott",
        "återbud",
        "avhopp",
        "tackat nej",
        "struken",
        "withdrawn",
        "dropped out",
        "declined",
    ),
    EnrollmentStatus.COMPLETED: ("godkänd", "klar", "avklarad", "fullföljd", "completed", "passed"),
    EnrollmentStatus.FAILED: ("underkänd", "ej godkänd", "not passed", "failed"),
}

_GRADE_SYNONYMS: dict[Grade, tuple[str, ...]] = {
    Grade.PASS: ("g", "godkänd", "pass", "passed", "p"),
    Grade.FAIL: ("u", "underkänd", "ej godkänd", "fail", "failed", "f"),
    Grade.PASS_WITH_DISTINCTION: (
        "vg",
        "väl godkänd",
        "pass with distinction",
        "distinction",
    ),
}


def word_key(word: str) -> str:
    """A word reduced to lower-case letters and digits: 'Väl godkänd' is 'välgodkänd'."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFC", word).casefold())


STATUS_WORDS: dict[str, EnrollmentStatus] = {}
for _status in _OWN_STATUSES:
    for _lang in ("sv", "en"):
        STATUS_WORDS[word_key(LABELS[_status].get(_lang))] = _status
    STATUS_WORDS[word_key(_status.value)] = _status
for _status, _words in _STATUS_SYNONYMS.items():
    for _word in _words:
        STATUS_WORDS.setdefault(word_key(_word), _status)

GRADE_WORDS: dict[str, Grade] = {
    word_key(w): grade for grade, words in _GRADE_SYNONYMS.items() for w in words
}


def read_status(raw: str) -> EnrollmentStatus:
    """The status a roster's Status cell names; raises ``ValidationError`` saying which words
    are known otherwise."""
    found = STATUS_WORDS.get(word_key(raw))
    if found is None:
        sv = ", ".join(LABELS[s].sv for s in _OWN_STATUSES)
        en = ", ".join(LABELS[s].en for s in _OWN_STATUSES)
        raise ValidationError(
            Text(
                f"status {raw.strip()!r}: not a status this program knows ({en}; or in Swedish: {sv})",
                f"status {raw.strip()!r}: ingen status programmet känner till ({sv})",
            ),
            field="status",
        )
    return found


def read_grade(raw: str) -> Grade:
    """The grade a roster's grade cell names (U, G, VG, or their words)."""
    found = GRADE_WORDS.get(word_key(raw))
    if found is None:
        raise ValidationError(
            Text(
                f"grade {raw.strip()!r}: write U, G or VG",
                f"betyg {raw.strip()!r}: skriv U, G eller VG",
            ),
            field="grade",
        )
    return found
