"""What a certificate states: every mandatory element of the EU recommendation on
micro-credentials (2022/C 243/02, Annex I), in Swedish, English or both.

Built from plain values, so the same content can be hashed (a reprint must say exactly the
same) and drawn.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass, field, replace

from originn_desktop.certificates.branding import Branding
from originn_desktop.domain.text import Text
from originn_desktop.domain.values import Grade, label


@dataclass(frozen=True)
class CertificateSettings:
    """What the coordinator set once for every certificate (Settings in the window)."""

    awarding_body_sv: str = "Mittuniversitetet"
    awarding_body_en: str = "Mid Sweden University"
    coordinator: str = "Region Jämtland Härjedalen"
    signatory_name: str = ""
    signatory_title: str = ""
    logo_left: str = ""
    logo_right: str = ""
    verify_template: str = ""  # e.g. https://www.miun.se/verify?nr={number}
    default_language: str = "sv+en"

    def verification_text(self, number: str) -> str:
        """What the QR code carries: the address with the number, or the number alone."""
        if "{number}" in self.verify_template:
            return self.verify_template.replace("{number}", number)
        return number


@dataclass(frozen=True)
class CertificateContent:
    language: str  # "sv+en", "sv" or "en"
    learner_name: str
    birth_date: dt.date | None
    title_sv: str
    title_en: str
    course_code: str
    credits: float
    level_sv: str
    level_en: str
    assessment_sv: str
    assessment_en: str
    participation_sv: str
    participation_en: str
    quality_sv: str
    quality_en: str
    outcomes_sv: str
    outcomes_en: str
    grade: str
    exam_date: dt.date | None
    settings: CertificateSettings = field(default_factory=CertificateSettings)
    branding: Branding = field(default_factory=Branding)

    @property
    def languages(self) -> tuple[str, ...]:
        return ("sv", "en") if self.language == "sv+en" else (self.language,)

    def hash(self) -> str:
        """The same for a reprint; different after any change the certificate would show.

        Without images it is the hash certificates had before branding existed, so their
        reprints keep their numbers; with images, the images' digest is part of it.
        """
        data = asdict(replace(self, branding=Branding()))
        del data["branding"]
        if not self.branding.is_empty:
            data["branding"] = self.branding.digest
        for name in ("logo_left", "logo_right"):
            path = data["settings"][name]
            data["settings"][name] = _file_digest(path) if path else ""
        return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()

    def missing_elements(self) -> list[Text]:
        """Mandatory elements the module leaves empty (the certificate prints 'not stated')."""
        wanted = [
            (Text("learning outcomes", "lärandemål"), self.outcomes_sv, self.outcomes_en),
            (
                Text("type of assessment", "examinationsform"),
                self.assessment_sv,
                self.assessment_en,
            ),
            (Text("quality assurance", "kvalitetssäkring"), self.quality_sv, self.quality_en),
        ]
        missing = []
        for name, sv, en in wanted:
            if ("sv" in self.languages and not sv.strip()) or (
                "en" in self.languages and not en.strip()
            ):
                missing.append(name)
        return missing


def _file_digest(path: str) -> str:
    try:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return "missing"


def workload_text(credits: float) -> str:
    """'3 hp (3 ECTS)': 1 hp is 1 ECTS credit."""
    number = f"{credits:g}".replace(".", ",")
    return f"{number} hp ({f'{credits:g}'} ECTS)"


def grade_text(grade: str, lang: str) -> str:
    names = {
        Grade.PASS: Text("Pass", "Godkänd"),
        Grade.PASS_WITH_DISTINCTION: Text("Pass with distinction", "Väl godkänd"),
        Grade.FAIL: Text("Fail", "Underkänd"),
    }
    return f"{names[Grade(grade)].get(lang)} ({grade})"


def build_content(
    *,
    language: str,
    first_name: str,
    last_name: str,
    birth_date: dt.date | None,
    module: object,
    level_sv: str,
    level_en: str,
    grade: str,
    exam_date: dt.date | None,
    settings: CertificateSettings,
    branding: Branding | None = None,
) -> CertificateContent:
    """``module`` is a ``services.modules.ModuleDraft`` (duck-typed to keep this layer plain)."""
    m = module
    return CertificateContent(
        language=language,
        learner_name=f"{first_name} {last_name}",
        birth_date=birth_date,
        title_sv=m.title_sv,  # type: ignore[attr-defined]
        title_en=m.title_en,  # type: ignore[attr-defined]
        course_code=m.course_code,  # type: ignore[attr-defined]
        credits=m.credits,  # type: ignore[attr-defined]
        level_sv=level_sv,
        level_en=level_en,
        assessment_sv=m.assessment_sv,  # type: ignore[attr-defined]
        assessment_en=m.assessment_en,  # type: ignore[attr-defined]
        participation_sv=label(m.participation_form, "sv"),  # type: ignore[attr-defined]
        participation_en=label(m.participation_form, "en"),  # type: ignore[attr-defined]
        quality_sv=m.quality_assurance_sv,  # type: ignore[attr-defined]
        quality_en=m.quality_assurance_en,  # type: ignore[attr-defined]
        outcomes_sv=m.learning_outcomes_sv,  # type: ignore[attr-defined]
        outcomes_en=m.learning_outcomes_en,  # type: ignore[attr-defined]
        grade=grade,
        exam_date=exam_date,
        settings=settings,
        branding=branding or Branding(),
    )
