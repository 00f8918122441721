"""Digital credentials: a signed Open Badges 3.0 credential for each valid certificate of a
module, and checking one offline."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from originn_desktop.badges.credential import BadgeFacts, build_credential, missing_fields
from originn_desktop.badges.jwt import Checked, check, sign
from originn_desktop.badges.keys import did_jwk, load_or_create
from originn_desktop.certificates.content import CertificateSettings
from originn_desktop.certificates.filenames import safe_part
from originn_desktop.db.engine import Database
from originn_desktop.db.models import Certificate, Enrollment, Module, Participant
from originn_desktop.domain.text import Text, UserError
from originn_desktop.domain.values import EnrollmentStatus, label
from originn_desktop.services.certificates import VALID
from originn_desktop.services.lookup import find_module


@dataclass(frozen=True)
class BadgeFile:
    number: str
    name: str
    file: Path


def _level(cycle: str, progression: str, lang: str) -> str:
    return ", ".join(p for p in (label(cycle, lang), progression) if p)


def valid_certificates(session: Session, module: Module) -> list[Any]:
    """The module's valid certificates with their holders and enrollments (completed), in
    number order; refuses a module that has none yet."""
    rows = session.execute(
        select(Certificate, Participant, Enrollment)
        .join(Participant, Participant.id == Certificate.participant_id)
        .join(
            Enrollment,
            (Enrollment.participant_id == Participant.id) & (Enrollment.module_id == module.id),
        )
        .where(
            Certificate.module_id == module.id,
            Certificate.status == VALID,
            Enrollment.status == EnrollmentStatus.COMPLETED,
        )
        .order_by(Certificate.sequence)
    ).all()
    if not rows:
        raise UserError(
            Text(
                f"{module.code} has no valid certificates yet: create the certificates first",
                f"{module.code} har inga giltiga intyg ännu: skapa intygen först",
            )
        )
    return list(rows)


def issue_badges(
    db: Database,
    module: int | str,
    out_dir: str | Path,
    settings: CertificateSettings,
    key: Any | None = None,
) -> list[BadgeFile]:
    """One ``NUMBER_Last_First.jwt`` per valid certificate of the module, signed by the issuer."""
    key = key or load_or_create()
    issuer = did_jwk(key)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    with db.read() as session:
        found = find_module(session, module)
        rows = valid_certificates(session, found)
        facts = [
            BadgeFacts(
                number=cert.number,
                learner_name=cert.learner_name,
                learner_email=person.email,
                issued_on=cert.issued_on,
                module_code=found.code,
                course_code=found.course_code,
                title_sv=found.title_sv,
                title_en=found.title_en,
                outcomes_sv=found.learning_outcomes_sv,
                outcomes_en=found.learning_outcomes_en,
                credits=found.credits,
                level_sv=_level(found.cycle, found.progression, "sv"),
                level_en=_level(found.cycle, found.progression, "en"),
                eqf_level=found.eqf_level,
                grade=enrollment.grade or "G",
                exam_date=enrollment.grade_date,
                awarding_body=settings.awarding_body_sv,
                awarding_body_en=settings.awarding_body_en,
                coordinator=settings.coordinator,
            )
            for cert, person, enrollment in rows
        ]
        names = {cert.number: (person.last_name, person.first_name) for cert, person, _ in rows}
    written = []
    for f in facts:
        token = sign(build_credential(f, issuer), key)
        last, first = names[f.number]
        target = out / f"{safe_part(f.number)}_{safe_part(last)}_{safe_part(first)}.jwt"
        partial = target.with_name(f".{target.name}.partial")
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(token + "\n")
        os.replace(partial, target)
        written.append(BadgeFile(f.number, f.learner_name, target))
    return written


@dataclass(frozen=True)
class BadgeCheck:
    checked: Checked
    number: str
    learner: str
    achievement: str
    credits: float | None
    issuer: str
    valid_from: str
    grade: str | None
    ours: bool  # signed by this installation's issuer key
    register_status: str | None  # what this installation's register says, if it knows the number


def verify_badge(
    path: str | Path,
    public_key: Any | None = None,
    db: Database | None = None,
    own_key: Any | None = None,
) -> BadgeCheck:
    """Check a badge file's signature and read its facts; the register's word too when it has one."""
    try:
        token = Path(path).read_text(encoding="utf-8", errors="strict")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            Text(f"cannot read {path}: {exc}", f"kan inte läsa {path}: {exc}")
        ) from None
    checked = check(token, public_key)
    credential = checked.credential
    missing = missing_fields(credential)
    if missing:
        raise UserError(
            Text(
                f"the badge is not a complete Open Badges 3.0 credential (missing {', '.join(missing)})",
                f"märket är inget fullständigt Open Badges 3.0-intyg (saknar {', '.join(missing)})",
            )
        )
    subject = credential["credentialSubject"]
    names = [
        i.get("identityHash")
        for i in subject.get("identifier", [])
        if i.get("identityType") == "name"
    ]
    number = str(credential["id"]).rsplit(":", 1)[-1]
    results = subject.get("result") or [{}]
    status = None
    if db is not None:
        with db.read() as session:
            status = session.scalar(select(Certificate.status).where(Certificate.number == number))
    ours = own_key is not None and own_key.thumbprint() == checked.key_thumbprint
    return BadgeCheck(
        checked,
        number,
        names[0] if names else "",
        subject["achievement"].get("name", ""),
        subject.get("creditsEarned"),
        credential["issuer"].get("name", ""),
        credential["validFrom"],
        results[0].get("value"),
        ours,
        status,
    )
