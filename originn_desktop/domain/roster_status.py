"""A roster's Status and grade columns read back: the program's own words in Swedish and
English (what ``export-roster`` writes) and the words university lists use for the same, and
what a row's status and result mean for its import.

Words are compared without case, spaces or punctuation, as headers are.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from originn_desktop.domain.cell_values import restore_date
from originn_desktop.domain.identity import parse_date
from originn_desktop.domain.text import Text, ValidationError
from originn_desktop.domain.values import FINISHED_STATUSES, LABELS, EnrollmentStatus, Grade

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


@dataclass(frozen=True)
class RowFacts:
    """What a row says besides who the person is: the status it asks for (None: the import's
    own), the result when results are taken, and notes on what was read back or left out."""

    status: str | None = None
    grade: str | None = None
    grade_date: dt.date | None = None
    notes: tuple[Text, ...] = ()


_EXAMINATION_DATE = Text("examination date", "examinationsdatum")


def row_facts(
    cells: dict[str, str], with_results: bool, today: dt.date, notes: list[Text]
) -> RowFacts | None:
    """The status and result a row's Status and grade columns give (None for a row without
    them); raises ``ValidationError`` when they contradict each other or cannot be read."""
    status: str | None = read_status(cells["status"]) if cells.get("status") else None
    grade_cell = cells.get("grade", "")
    if status is None and not grade_cell:
        return None
    if status == EnrollmentStatus.WITHDRAWN:
        return RowFacts(status)
    finished = status in FINISHED_STATUSES
    if not with_results:
        if finished or grade_cell:
            said = ", ".join(x for x in (cells.get("status", ""), grade_cell) if x)
            notes.append(
                Text(
                    f"the result in the file ({said}) is not taken: results are taken only "
                    "when asked for (--with-results)",
                    f"resultatet i filen ({said}) tas inte med: resultat tas bara med på "
                    "begäran (--with-results)",
                )
            )
        return RowFacts(None if finished else status)
    grade = read_grade(grade_cell) if grade_cell else None
    if grade is None and not finished:
        return RowFacts(status)
    if status == EnrollmentStatus.WAITLISTED:
        raise ValidationError(
            Text(
                f"has the grade {grade} but is on the waiting list ({cells['status']})",
                f"har betyget {grade} men står som reserv ({cells['status']})",
            ),
            field="grade",
        )
    if grade is None:
        grade = Grade.PASS if status == EnrollmentStatus.COMPLETED else Grade.FAIL
    result = EnrollmentStatus.COMPLETED if grade.is_pass else EnrollmentStatus.FAILED
    if finished and status != result:
        raise ValidationError(
            Text(
                f"the status {cells['status']} does not agree with the grade {grade}",
                f"statusen {cells['status']} stämmer inte med betyget {grade}",
            ),
            field="grade",
        )
    day: dt.date | None = None
    if cells.get("grade_date"):
        written, note = restore_date(cells["grade_date"], _EXAMINATION_DATE)
        if note:
            notes.append(note)
        day = parse_date(written, field="grade_date")
        if day > today:
            raise ValidationError(
                Text(
                    "the examination date cannot be in the future",
                    "examinationsdatum kan inte ligga i framtiden",
                ),
                field="grade_date",
            )
    else:
        day = today
        notes.append(
            Text(
                f"no examination date for the grade {grade}: today's date is used",
                f"inget examinationsdatum för betyget {grade}: dagens datum används",
            )
        )
    return RowFacts(result, str(grade), day)
