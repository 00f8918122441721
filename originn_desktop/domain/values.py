"""The coordinator's vocabulary: statuses, grades, forms of participation, sectors, places."""

from __future__ import annotations

from enum import StrEnum

from originn_desktop.domain.text import Text


class ModuleStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    RUNNING = "running"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class CertificateStatus(StrEnum):
    VALID = "valid"
    SUPERSEDED = "superseded"  # reissued under a new number
    REVOKED = "revoked"


class EnrollmentStatus(StrEnum):
    REGISTERED = "registered"
    ADMITTED = "admitted"
    WAITLISTED = "waitlisted"
    WITHDRAWN = "withdrawn"
    COMPLETED = "completed"
    FAILED = "failed"


# The statuses that count towards a module's minimum: waiting and withdrawn people do not.
COUNTED_STATUSES = frozenset(
    {
        EnrollmentStatus.REGISTERED,
        EnrollmentStatus.ADMITTED,
        EnrollmentStatus.COMPLETED,
        EnrollmentStatus.FAILED,
    }
)
FINISHED_STATUSES = frozenset({EnrollmentStatus.COMPLETED, EnrollmentStatus.FAILED})


class Grade(StrEnum):
    FAIL = "U"
    PASS = "G"
    PASS_WITH_DISTINCTION = "VG"

    @property
    def is_pass(self) -> bool:
        return self is not Grade.FAIL


class ParticipationForm(StrEnum):
    CAMPUS = "campus"
    DISTANCE = "distance"
    BLENDED = "blended"


class Cycle(StrEnum):
    FIRST = "first"
    SECOND = "second"


class CertificateLanguage(StrEnum):
    BILINGUAL = "sv+en"
    SWEDISH = "sv"
    ENGLISH = "en"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class Sector(StrEnum):
    AGRICULTURE = "agriculture"
    FORESTRY = "forestry"
    FISHING = "fishing"
    REINDEER = "reindeer"
    FOOD = "food"
    OTHER = "other"


LABELS: dict[str, Text] = {
    ModuleStatus.PLANNED: Text("planned", "planerad"),
    ModuleStatus.OPEN: Text("open for registration", "öppen för anmälan"),
    ModuleStatus.RUNNING: Text("running", "pågår"),
    ModuleStatus.FINISHED: Text("finished", "avslutad"),
    ModuleStatus.CANCELLED: Text("cancelled", "inställd"),
    EnrollmentStatus.REGISTERED: Text("registered", "anmäld"),
    EnrollmentStatus.ADMITTED: Text("admitted", "antagen"),
    EnrollmentStatus.WAITLISTED: Text("waiting list", "reserv"),
    EnrollmentStatus.WITHDRAWN: Text("withdrawn", "avanmäld"),
    EnrollmentStatus.COMPLETED: Text("completed", "godkänd"),
    EnrollmentStatus.FAILED: Text("not passed", "underkänd"),
    ParticipationForm.CAMPUS: Text("campus", "campus"),
    ParticipationForm.DISTANCE: Text("distance", "distans"),
    ParticipationForm.BLENDED: Text(
        "blended (campus and distance)", "kombinerad (campus och distans)"
    ),
    Cycle.FIRST: Text("first cycle", "grundnivå"),
    Cycle.SECOND: Text("second cycle", "avancerad nivå"),
    CertificateLanguage.BILINGUAL: Text("Swedish and English", "svenska och engelska"),
    CertificateLanguage.SWEDISH: Text("Swedish", "svenska"),
    CertificateLanguage.ENGLISH: Text("English", "engelska"),
    Gender.FEMALE: Text("woman", "kvinna"),
    Gender.MALE: Text("man", "man"),
    Gender.OTHER: Text("other", "annat"),
    Sector.AGRICULTURE: Text("agriculture", "jordbruk"),
    Sector.FORESTRY: Text("forestry", "skogsbruk"),
    Sector.FISHING: Text("fishing and aquaculture", "fiske och vattenbruk"),
    Sector.REINDEER: Text("reindeer husbandry", "rennäring"),
    Sector.FOOD: Text("food processing", "livsmedelsförädling"),
    Sector.OTHER: Text("other", "annat"),
}


def label(value: str | None, lang: str) -> str:
    """The readable name of a stored code, in ``lang``; the code itself when unknown."""
    if value is None:
        return ""
    text = LABELS.get(value)
    return text.get(lang) if text else str(value)


# How a status reads after "is" or "stays" in a sentence, where the label alone does not.
_PHRASES: dict[str, Text] = {
    EnrollmentStatus.WAITLISTED: Text("on the waiting list", "på reservlistan"),
}


def status_phrase(value: str, lang: str) -> str:
    """``X is {phrase} in M1``: "on the waiting list", "registered", "withdrawn"..."""
    text = _PHRASES.get(value)
    return text.get(lang) if text else label(value, lang)


# Suggestions only: participants may come from outside the county.
MUNICIPALITIES = (
    "Berg",
    "Bräcke",
    "Härjedalen",
    "Krokom",
    "Ragunda",
    "Strömsund",
    "Åre",
    "Östersund",
)
