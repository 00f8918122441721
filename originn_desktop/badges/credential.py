"""An Open Badges 3.0 ``OpenBadgeCredential`` (W3C Verifiable Credentials Data Model 2.0) stating
what the paper certificate states: the achievement (a MicroCredential, its learning outcomes,
credits and level), the issuer, when it is valid from, the learner, the grade and the number.

The learner is named, and identified by a salted hash of their e-mail; never by personnummer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
EQF_URL = "https://europass.europa.eu/en/description-eight-eqf-levels"


@dataclass(frozen=True)
class BadgeFacts:
    number: str
    learner_name: str
    learner_email: str | None
    issued_on: dt.date
    module_code: str
    course_code: str
    title_sv: str
    title_en: str
    outcomes_sv: str
    outcomes_en: str
    credits: float
    level_sv: str
    level_en: str
    eqf_level: int | None
    grade: str
    exam_date: dt.date | None
    awarding_body: str
    awarding_body_en: str
    coordinator: str


def _timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def email_identity(email: str, salt: str | None = None) -> dict[str, Any]:
    """OB 3.0's hashed identity: sha256 of the address (lower case) and a salt."""
    salt = salt or secrets.token_hex(8)
    digest = hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()
    return {
        "type": "IdentityObject",
        "identityType": "emailAddress",
        "hashed": True,
        "identityHash": f"sha256${digest}",
        "salt": salt,
    }


def build_credential(facts: BadgeFacts, issuer_id: str, salt: str | None = None) -> dict[str, Any]:
    achievement_id = f"urn:originn:achievement:{facts.course_code or facts.module_code}"
    grade_id = f"{achievement_id}:grade"
    identifiers: list[dict[str, Any]] = [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": facts.learner_name,
        }
    ]
    if facts.learner_email:
        identifiers.append(email_identity(facts.learner_email, salt))
    achievement: dict[str, Any] = {
        "id": achievement_id,
        "type": ["Achievement"],
        "achievementType": "MicroCredential",
        "name": facts.title_en or facts.title_sv,
        "description": f"{facts.title_sv} / {facts.title_en}. "
        f"{facts.level_sv} / {facts.level_en}. Mikromerit vid {facts.awarding_body} "
        f"inom projektet ORIGINN (Interreg Europe), i samarbete med {facts.coordinator}.",
        "criteria": {
            "narrative": "\n\n".join(t for t in (facts.outcomes_sv, facts.outcomes_en) if t)
        },
        "creditsAvailable": facts.credits,
        "humanCode": facts.course_code or facts.module_code,
        "inLanguage": "sv",
        "resultDescription": [
            {
                "id": grade_id,
                "type": ["ResultDescription"],
                "name": "Betyg / Grade",
                "resultType": "LetterGrade",
                "allowedValue": ["U", "G", "VG"],
                "requiredValue": "G",
            }
        ],
    }
    if facts.eqf_level:
        achievement["alignment"] = [
            {
                "type": ["Alignment"],
                "targetName": f"EQF level {facts.eqf_level}",
                "targetFramework": "European Qualifications Framework",
                "targetCode": str(facts.eqf_level),
                "targetType": "ext:EQF",
                "targetUrl": EQF_URL,
            }
        ]
    subject: dict[str, Any] = {
        "type": ["AchievementSubject"],
        "identifier": identifiers,
        "achievement": achievement,
        "creditsEarned": facts.credits,
        "result": [{"type": ["Result"], "resultDescription": grade_id, "value": facts.grade}],
    }
    if facts.exam_date:
        subject["activityEndDate"] = _timestamp(facts.exam_date)
    return {
        "@context": CONTEXTS,
        "id": f"urn:originn:certificate:{facts.number}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{facts.number}: {facts.title_sv}",
        "description": f"Intyg om mikromerit / Micro-credential certificate {facts.number}",
        "issuer": {
            "id": issuer_id,
            "type": ["Profile"],
            "name": facts.awarding_body,
            "description": facts.awarding_body_en,
        },
        "validFrom": _timestamp(facts.issued_on),
        "credentialSubject": subject,
    }


REQUIRED = {
    "credential": ("@context", "id", "type", "issuer", "validFrom", "credentialSubject"),
    "issuer": ("id", "type"),
    "achievement": ("id", "type", "criteria", "description", "name"),
}


def missing_fields(credential: dict[str, Any]) -> list[str]:
    """The Open Badges 3.0 required fields a credential lacks (empty when complete)."""
    missing = [f for f in REQUIRED["credential"] if f not in credential]
    issuer = credential.get("issuer", {})
    missing += [f"issuer.{f}" for f in REQUIRED["issuer"] if f not in issuer]
    achievement = credential.get("credentialSubject", {}).get("achievement", {})
    missing += [f"achievement.{f}" for f in REQUIRED["achievement"] if f not in achievement]
    if "OpenBadgeCredential" not in credential.get("type", []):
        missing.append("type OpenBadgeCredential")
    if credential.get("@context", [None])[0] != CONTEXTS[0]:
        missing.append("@context (VC 2.0 first)")
    return missing
