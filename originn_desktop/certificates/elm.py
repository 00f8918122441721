"""A certificate as a European Learning Model (ELM 3.2) credential in JSON-LD, shaped as the
European Digital Credentials application profile (EDC-AP) wants it, ready for the university's
EDC issuer to seal.

The learning achievement, its specification (title in Swedish and English, credits as ECTS,
EQF level, learning outcomes, mode of learning and assessment, quality assurance), the
awarding body with its legal identifier, the assessment with its grade, and the learner
(name and date of birth as on the paper certificate; never the personnummer).
Controlled vocabularies are the EU's (data.europa.eu/snb, publications.europa.eu); where
ours has no published concept (the mode of study) the concept is given by its labels alone.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from typing import Any

from originn_desktop.certificates.content import CertificateContent, grade_text

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "http://data.europa.eu/snb/model/context/edc-ap",
]
TYPES = ["VerifiableCredential", "VerifiableAttestation", "EuropeanDigitalCredential"]
SHACL_PROFILE = "http://data.europa.eu/snb/model/ap/edc-generic-full"
_SNB = "http://data.europa.eu/snb"
_AUTHORITY = "http://publications.europa.eu/resource/authority"
MIME = "application/ld+json"


@dataclass(frozen=True)
class ElmFacts:
    """What the ELM credential needs beyond the certificate's content."""

    number: str
    issued_on: dt.date
    given_name: str
    family_name: str
    eqf_level: int | None
    legal_identifier: str  # the awarding body's organisationsnummer ("" when not set)
    issuer_id: str  # did:jwk of this installation's issuer key
    display_jpeg: bytes  # what the credential looks like (the module's certificate)


def _concept(
    uri: str | None, scheme: str | None, labels: dict[str, str], notation: str | None = None
) -> dict[str, Any]:
    concept: dict[str, Any] = {"type": "Concept"}
    if uri:
        concept["id"] = uri
    if scheme:
        concept["inScheme"] = {"id": scheme, "type": "ConceptScheme"}
    concept["prefLabel"] = {lang: [text] for lang, text in labels.items() if text}
    if notation:
        concept["notation"] = notation
    return concept


def _lang(sv: str, en: str) -> dict[str, list[str]]:
    return {k: [v] for k, v in (("sv", sv), ("en", en)) if v}


def _note(uid: str, sv: str, en: str, subject: dict[str, Any] | None = None) -> dict[str, Any]:
    note: dict[str, Any] = {
        "id": uid,
        "type": "Note",
        "noteLiteral": _lang(sv, en) or {"en": ["-"]},
    }
    if subject:
        note["subject"] = subject
    return note


def _when(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


SWEDEN = _concept(
    f"{_AUTHORITY}/country/SWE", f"{_AUTHORITY}/country", {"sv": "Sverige", "en": "Sweden"}, "SWE"
)
SWEDISH = _concept(
    f"{_AUTHORITY}/language/SWE", f"{_AUTHORITY}/language", {"sv": "svenska", "en": "Swedish"}
)
ENGLISH = _concept(
    f"{_AUTHORITY}/language/ENG", f"{_AUTHORITY}/language", {"sv": "engelska", "en": "English"}
)
ECTS = _concept(
    f"{_SNB}/education-credit/6fcec5c5af",
    f"{_SNB}/education-credit/25831c2",
    {"en": "European Credit Transfer System"},
)
FORMAL = _concept(
    f"{_SNB}/learning-setting/6fd4685715",
    f"{_SNB}/learning-setting/25831c2",
    {"en": "formal learning"},
)
GENERIC = _concept(f"{_SNB}/credential/e34929035b", f"{_SNB}/credential/25831c2", {"en": "Generic"})
JPEG = _concept(f"{_AUTHORITY}/file-type/JPEG", f"{_AUTHORITY}/file-type", {"en": "JPEG"}, "JPEG")
BASE64 = _concept(f"{_SNB}/encoding/6146cde7dd", f"{_SNB}/encoding/25831c2", {"en": "base64"})


def build_elm(content: CertificateContent, facts: ElmFacts) -> dict[str, Any]:
    """The ELM credential of one certificate (unsigned: the university's EDC issuer seals it)."""
    s = content.settings
    base = f"urn:originn:{facts.number}"
    body: dict[str, Any] = {
        "id": f"{base}:awarding-body",
        "type": "Organisation",
        "legalName": _lang(s.awarding_body_sv, s.awarding_body_en),
        "location": [
            {
                "id": f"{base}:location",
                "type": "Location",
                "address": [{"id": f"{base}:address", "type": "Address", "countryCode": SWEDEN}],
            }
        ],
    }
    if facts.legal_identifier:
        body["registration"] = {
            "id": f"{base}:legal-identifier",
            "type": "LegalIdentifier",
            "notation": facts.legal_identifier,
            "schemeName": "organisationsnummer",
            "spatial": SWEDEN,
        }
    awarding = {
        "id": f"{base}:awarding",
        "type": "AwardingProcess",
        "awardingBody": [body],
        "awardingDate": _when(facts.issued_on),
    }
    outcomes = [
        {"id": f"{base}:outcome:{i}", "type": "LearningOutcome", "title": _lang(sv, en)}
        for i, (sv, en) in enumerate(_paired_lines(content.outcomes_sv, content.outcomes_en), 1)
    ]
    spec: dict[str, Any] = {
        "id": f"urn:originn:specification:{content.course_code or content.title_en}",
        "type": "LearningAchievementSpecification",
        "title": _lang(content.title_sv, content.title_en),
        "creditPoint": [
            {
                "id": f"{base}:credits",
                "type": "CreditPoint",
                "framework": ECTS,
                "point": f"{content.credits:g}",
            }
        ],
        "mode": [
            _concept(None, None, {"sv": content.participation_sv, "en": content.participation_en})
        ],
        "learningSetting": FORMAL,
        "language": [SWEDISH, ENGLISH],
        "learningOutcomeSummary": _note(
            f"{base}:outcomes", content.outcomes_sv, content.outcomes_en
        ),
        "additionalNote": [
            _note(
                f"{base}:quality-assurance",
                content.quality_sv,
                content.quality_en,
                _concept(None, None, {"sv": "Kvalitetssäkring", "en": "Quality assurance"}),
            ),
            _note(
                f"{base}:level",
                content.level_sv,
                content.level_en,
                _concept(None, None, {"sv": "Nivå", "en": "Level"}),
            ),
        ],
    }
    if content.course_code:
        spec["identifier"] = {
            "id": f"{base}:course-code",
            "type": "Identifier",
            "notation": content.course_code,
            "schemeName": "kurskod",
        }
    if outcomes:
        spec["learningOutcome"] = outcomes
    if facts.eqf_level:
        spec["educationLevel"] = [
            _concept(
                f"{_SNB}/eqf/{facts.eqf_level}",
                f"{_SNB}/eqf/25831c2",
                {"en": f"Level {facts.eqf_level}"},
            )
        ]
    assessment: dict[str, Any] = {
        "id": f"{base}:assessment",
        "type": "LearningAssessment",
        "title": _lang("Betyg", "Grade"),
        "description": _lang(content.assessment_sv, content.assessment_en),
        "grade": _note(
            f"{base}:grade", grade_text(content.grade, "sv"), grade_text(content.grade, "en")
        ),
        "awardedBy": awarding,
    }
    if not assessment["description"]:
        del assessment["description"]
    if content.exam_date:
        assessment["dateIssued"] = _when(content.exam_date)
    achievement = {
        "id": f"{base}:achievement",
        "type": "LearningAchievement",
        "title": _lang(content.title_sv, content.title_en),
        "identifier": {
            "id": f"{base}:number",
            "type": "Identifier",
            "notation": facts.number,
            "schemeName": "ORIGINN certificate number",
        },
        "awardedBy": awarding,
        "creditReceived": spec["creditPoint"],
        "provenBy": [assessment],
        "specifiedBy": spec,
    }
    subject: dict[str, Any] = {
        "id": f"{base}:learner",
        "type": "Person",
        "givenName": {"sv": facts.given_name},
        "familyName": {"sv": facts.family_name},
        "fullName": {"sv": content.learner_name},
        "hasClaim": [achievement],
    }
    if content.birth_date:
        subject["dateOfBirth"] = _when(content.birth_date)
    title = f"{content.title_sv} / {content.title_en}"
    return {
        "@context": CONTEXTS,
        "id": f"urn:originn:certificate:{facts.number}",
        "type": TYPES,
        "credentialSchema": [{"id": SHACL_PROFILE, "type": "ShaclValidator2017"}],
        "credentialProfiles": [GENERIC],
        "issuer": {**body, "id": facts.issuer_id},
        "issued": _when(facts.issued_on),
        "validFrom": _when(facts.issued_on),
        "credentialSubject": subject,
        "displayParameter": {
            "id": f"{base}:display",
            "type": "DisplayParameter",
            "title": _lang(
                f"Intyg om mikromerit: {title}", f"Micro-credential certificate: {title}"
            ),
            "language": [SWEDISH, ENGLISH],
            "primaryLanguage": SWEDISH,
            "individualDisplay": [
                {
                    "id": f"{base}:display:sv",
                    "type": "IndividualDisplay",
                    "language": SWEDISH,
                    "displayDetail": [
                        {
                            "id": f"{base}:display:sv:1",
                            "type": "DisplayDetail",
                            "page": 1,
                            "image": {
                                "id": f"{base}:display:image",
                                "type": "MediaObject",
                                "contentType": JPEG,
                                "contentEncoding": BASE64,
                                "content": base64.b64encode(facts.display_jpeg).decode("ascii"),
                            },
                        }
                    ],
                }
            ],
        },
    }


def _paired_lines(sv: str, en: str) -> list[tuple[str, str]]:
    """Outcomes one per line, Swedish beside English when both list the same number."""
    sv_lines = [line.strip(" -•\t") for line in sv.splitlines() if line.strip(" -•\t")]
    en_lines = [line.strip(" -•\t") for line in en.splitlines() if line.strip(" -•\t")]
    if len(sv_lines) == len(en_lines):
        return list(zip(sv_lines, en_lines, strict=True))
    return [(line, "") for line in sv_lines] + [("", line) for line in en_lines]


def specimen_jpeg(pdf: bytes, dpi: int = 40) -> bytes:
    """A small picture of a certificate's page, for the credential's display."""
    import io

    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    image.convert("L").save(out, "JPEG", quality=60, optimize=True)
    return out.getvalue()
