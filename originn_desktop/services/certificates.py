"""Issuing certificates: numbered, registered, reproducible, verifiable, revocable.

- A participant who completed a module gets one valid certificate for it, numbered
  ``ORIGINN-YYYY-NNNN`` (year of issue, a sequence per year).
- Printing again with the same content reproduces it: same number, same bytes, same SHA-256.
- A change the certificate would show (a corrected name) is a reissue: a new number, and the
  old one marked superseded.
- Each PDF is written under a temporary name and renamed only when whole; the register row is
  committed with the rename, so a batch killed halfway leaves whole PDFs and runs again to
  completion.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from originn_desktop.certificates.content import (
    CertificateContent,
    CertificateSettings,
    build_content,
)
from originn_desktop.certificates.filenames import certificate_file_name
from originn_desktop.db.engine import Database
from originn_desktop.db.models import Certificate, Enrollment, Module, Participant
from originn_desktop.domain.text import NotFound, Text, UserError
from originn_desktop.domain.values import CertificateLanguage, EnrollmentStatus, label
from originn_desktop.services import audit
from originn_desktop.services.lookup import find_module

PREFIX = "ORIGINN"
VALID, SUPERSEDED, REVOKED = "valid", "superseded", "revoked"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class IssuedCertificate:
    number: str
    participant_id: int
    name: str
    file: Path
    outcome: str  # "new", "reprint" or "reissue"
    replaces: str | None = None


@dataclass
class BatchResult:
    issued: list[IssuedCertificate] = field(default_factory=list)
    warnings: list[Text] = field(default_factory=list)
    cancelled: bool = False
    merged: Path | None = None


def format_number(year: int, sequence: int) -> str:
    return f"{PREFIX}-{year}-{sequence:04d}"


def _level(module: Module, lang: str) -> str:
    parts = [label(module.cycle, lang), module.progression]
    text = ", ".join(p for p in parts if p)
    return f"{text} (EQF {module.eqf_level})" if module.eqf_level else text


def _content(
    module: Module,
    person: Participant,
    enrollment: Enrollment,
    language: str,
    settings: CertificateSettings,
) -> CertificateContent:
    return build_content(
        language=language,
        first_name=person.first_name,
        last_name=person.last_name,
        birth_date=person.birth_date,
        module=module,
        level_sv=_level(module, "sv"),
        level_en=_level(module, "en"),
        grade=enrollment.grade or "G",
        exam_date=enrollment.grade_date,
        settings=settings,
    )


def _next_sequence(session: Session, year: int) -> int:
    current = session.scalar(select(func.max(Certificate.sequence)).where(Certificate.year == year))
    return (current or 0) + 1


def _write_atomically(path: Path, data: bytes) -> None:
    """Whole or absent: a temporary name, fsync, rename. Readable by the owner only."""
    partial = path.with_name(f".{path.name}.partial")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)


def _language(person: Participant, requested: str | None, settings: CertificateSettings) -> str:
    if requested:
        return requested
    return person.certificate_language or settings.default_language or CertificateLanguage.BILINGUAL


def issue_one(
    db: Database,
    module_id: int,
    participant_id: int,
    out_dir: Path,
    settings: CertificateSettings,
    language: str | None = None,
    today: dt.date | None = None,
) -> IssuedCertificate:
    """Issue, reprint or reissue the certificate of one completed participant."""
    from originn_desktop.certificates.render import render_certificate

    today = today or dt.date.today()
    with db.write() as session:
        module = find_module(session, module_id)
        person = session.get(Participant, participant_id)
        enrollment = session.scalar(
            select(Enrollment).where(
                Enrollment.module_id == module.id, Enrollment.participant_id == participant_id
            )
        )
        if person is None or enrollment is None or enrollment.status != EnrollmentStatus.COMPLETED:
            raise UserError(
                Text(
                    f"participant {participant_id} has not completed {module.code}: no certificate",
                    f"deltagare {participant_id} har inte slutfört {module.code}: inget intyg",
                )
            )
        lang = _language(person, language, settings)
        content = _content(module, person, enrollment, lang, settings)
        content_hash = content.hash()
        existing = session.scalar(
            select(Certificate).where(
                Certificate.participant_id == participant_id,
                Certificate.module_id == module.id,
                Certificate.status == VALID,
            )
        )
        if existing is not None and existing.content_hash == content_hash:
            number, issued_on, outcome, replaces = (
                existing.number,
                existing.issued_on,
                "reprint",
                None,
            )
        else:
            sequence = _next_sequence(session, today.year)
            number = format_number(today.year, sequence)
            issued_on = today
            outcome = "reissue" if existing is not None else "new"
            replaces = existing.number if existing is not None else None
        data = render_certificate(content, number, issued_on)
        digest = hashlib.sha256(data).hexdigest()
        name = certificate_file_name(number, person.last_name, person.first_name)
        target = out_dir / name
        if outcome == "reprint":
            assert existing is not None
            existing.file_name = name
            if existing.sha256 != digest:  # e.g. a newer ReportLab: the register follows the file
                existing.sha256 = digest
        else:
            if existing is not None:
                existing.status = SUPERSEDED
                existing.superseded_by = number
                existing.status_reason = "reissued"
                audit.record(
                    session,
                    "certificate.supersede",
                    "certificate",
                    existing.id,
                    number=existing.number,
                    by=number,
                )
            cert = Certificate(
                number=number,
                year=today.year,
                sequence=int(number.rsplit("-", 1)[1]),
                participant_id=participant_id,
                module_id=module.id,
                module_code=module.code,
                learner_name=content.learner_name,
                birth_date=content.birth_date,
                issued_on=issued_on,
                language=lang,
                content_hash=content_hash,
                sha256=digest,
                file_name=name,
            )
            session.add(cert)
            session.flush()
            audit.record(
                session,
                "certificate.issue",
                "certificate",
                cert.id,
                number=number,
                module=module.code,
            )
        # The file is renamed into place as the last step before the commit.
        _write_atomically(target, data)
        return IssuedCertificate(
            number, participant_id, content.learner_name, target, outcome, replaces
        )


def issue_certificates(
    db: Database,
    module: int | str,
    out_dir: str | Path,
    settings: CertificateSettings,
    language: str | None = None,
    participant_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    merged: str | Path | None = None,
    today: dt.date | None = None,
) -> BatchResult:
    """A certificate for each completed participant (or those named), with progress and cancel."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise UserError(
            Text(
                f"cannot create the folder {out}: {exc.strerror}",
                f"kan inte skapa mappen {out}: {exc.strerror}",
            )
        ) from None
    with db.read() as session:
        found = find_module(session, module)
        module_id, code = found.id, found.code
        query = (
            select(Participant.id)
            .join(Enrollment, Enrollment.participant_id == Participant.id)
            .where(
                Enrollment.module_id == found.id, Enrollment.status == EnrollmentStatus.COMPLETED
            )
            .order_by(Participant.sort_key, Participant.id)
        )
        completed = list(session.scalars(query))
        sample = None
        if completed:
            person = session.get(Participant, completed[0])
            enrollment = session.scalar(
                select(Enrollment).where(
                    Enrollment.module_id == found.id, Enrollment.participant_id == completed[0]
                )
            )
            assert person is not None and enrollment is not None
            sample = _content(
                found, person, enrollment, language or settings.default_language, settings
            )
    if participant_ids is not None:
        wanted = set(participant_ids)
        missing = wanted - set(completed)
        if missing:
            raise UserError(
                Text(
                    f"not completed in {code}, so no certificate: participant {', '.join(map(str, sorted(missing)))}",
                    f"inte godkänd i {code}, så inget intyg: deltagare {', '.join(map(str, sorted(missing)))}",
                )
            )
        completed = [pid for pid in completed if pid in wanted]
    if not completed:
        raise UserError(
            Text(
                f"nobody has completed {code} yet: complete participants first (grade G or VG)",
                f"ingen har slutfört {code} ännu: sätt först betyg (G eller VG)",
            )
        )
    result = BatchResult()
    if sample is not None:
        missing_parts = sample.missing_elements()
        if missing_parts:
            names_en = ", ".join(t.en for t in missing_parts)
            names_sv = ", ".join(t.sv for t in missing_parts)
            result.warnings.append(
                Text(
                    f"{code} has no {names_en}: the certificates say 'not stated' there. Fill them in on the module to give every element the EU recommendation asks for",
                    f"{code} saknar {names_sv}: intygen säger 'ej angivet' där. Fyll i dem på modulen så att intygen har alla delar som EU-rekommendationen kräver",
                )
            )
    total = len(completed)
    for done, pid in enumerate(completed):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        result.issued.append(issue_one(db, module_id, pid, out, settings, language, today))
        if progress is not None:
            progress(done + 1, total)
    if merged and result.issued and not result.cancelled:
        result.merged = merge_pdfs([c.file for c in result.issued], Path(merged))
    return result


def merge_pdfs(files: Sequence[Path], target: Path) -> Path:
    """One PDF of all pages, to print in one go (written whole or not at all)."""
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument.new()
    try:
        for path in files:
            source = pdfium.PdfDocument(str(path))
            try:
                merged.import_pages(source)
            finally:
                source.close()
        partial = target.with_name(f".{target.name}.partial")
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            merged.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
    finally:
        merged.close()
    os.replace(partial, target)
    return target


# -- the register ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateRecord:
    number: str
    status: str
    learner_name: str
    module_code: str
    module_title_sv: str
    module_title_en: str
    issued_on: dt.date
    language: str
    sha256: str
    file_name: str
    participant_id: int | None
    module_id: int | None
    superseded_by: str | None
    status_reason: str

    @property
    def is_valid(self) -> bool:
        return self.status == VALID


def _record(cert: Certificate, module: Module | None) -> CertificateRecord:
    return CertificateRecord(
        cert.number,
        cert.status,
        cert.learner_name,
        cert.module_code,
        module.title_sv if module else "",
        module.title_en if module else "",
        cert.issued_on,
        cert.language,
        cert.sha256,
        cert.file_name,
        cert.participant_id,
        cert.module_id,
        cert.superseded_by,
        cert.status_reason,
    )


def normalize_number(text: str) -> str:
    return "-".join(text.strip().upper().split())


def verify(db: Database, number: str) -> CertificateRecord:
    """The register's answer for a number; ``NotFound`` when it never was issued."""
    wanted = normalize_number(number)
    with db.read() as session:
        cert = session.scalar(select(Certificate).where(Certificate.number == wanted))
        if cert is None:
            raise NotFound(
                Text(
                    f"{number.strip()}: no such certificate in the register",
                    f"{number.strip()}: inget sådant intyg finns i registret",
                )
            )
        module = session.get(Module, cert.module_id) if cert.module_id else None
        return _record(cert, module)


def revoke(db: Database, number: str, reason: str) -> CertificateRecord:
    """Mark a certificate revoked, with the reason; a revoked number never verifies again."""
    if not reason.strip():
        raise UserError(Text("give the reason for revoking", "ange skälet till återkallelsen"))
    wanted = normalize_number(number)
    with db.write() as session:
        cert = session.scalar(select(Certificate).where(Certificate.number == wanted))
        if cert is None:
            raise NotFound(
                Text(
                    f"{number.strip()}: no such certificate",
                    f"{number.strip()}: inget sådant intyg",
                )
            )
        if cert.status == REVOKED:
            raise UserError(
                Text(f"{cert.number} is already revoked", f"{cert.number} är redan återkallat")
            )
        cert.status = REVOKED
        cert.status_reason = reason.strip()[:500]
        audit.record(session, "certificate.revoke", "certificate", cert.id, number=cert.number)
        module = session.get(Module, cert.module_id) if cert.module_id else None
        return _record(cert, module)


def search_register(db: Database, text: str = "", limit: int = 500) -> list[CertificateRecord]:
    """Certificates whose number or learner's name contains ``text``; the newest first."""
    with db.read() as session:
        query = select(Certificate, Module).outerjoin(Module, Certificate.module_id == Module.id)
        for word in text.split():
            pattern = f"%{word}%"
            query = query.where(
                or_(Certificate.number.ilike(pattern), Certificate.learner_name.ilike(pattern))
            )
        rows = session.execute(
            query.order_by(Certificate.year.desc(), Certificate.sequence.desc()).limit(limit)
        ).all()
        records = [_record(cert, module) for cert, module in rows]
    if text and not records:
        # SQLite's ilike folds ASCII only: look again with Python's case folding for å, ä, ö.
        folded = text.casefold().split()
        everything = search_register(db, "", limit=100_000)
        records = [
            r
            for r in everything
            if all(w in f"{r.number} {r.learner_name}".casefold() for w in folded)
        ][:limit]
    return records


def preview_certificate(
    db: Database,
    module: int | str,
    participant_id: int,
    settings: CertificateSettings,
    language: str | None = None,
) -> bytes:
    """The certificate as it would be printed now, for looking at; nothing is registered.

    It carries the number it already has, or a placeholder until it is issued.
    """
    from originn_desktop.certificates.render import render_certificate

    with db.read() as session:
        found = find_module(session, module)
        person = session.get(Participant, participant_id)
        enrollment = session.scalar(
            select(Enrollment).where(
                Enrollment.module_id == found.id, Enrollment.participant_id == participant_id
            )
        )
        if person is None or enrollment is None:
            raise NotFound(
                Text(
                    f"participant {participant_id} is not in {found.code}",
                    f"deltagare {participant_id} finns inte i {found.code}",
                )
            )
        lang = _language(person, language, settings)
        content = _content(found, person, enrollment, lang, settings)
        existing = session.scalar(
            select(Certificate).where(
                Certificate.participant_id == participant_id,
                Certificate.module_id == found.id,
                Certificate.status == VALID,
            )
        )
    if existing is not None and existing.content_hash == content.hash():
        return render_certificate(content, existing.number, existing.issued_on)
    today = dt.date.today()
    return render_certificate(content, f"{PREFIX}-{today.year}-····", today)


def reprint(
    db: Database, number: str, out_dir: str | Path, settings: CertificateSettings
) -> IssuedCertificate:
    """Print a registered certificate again (a reissue if the record changed since)."""
    record = verify(db, number)
    if record.status == REVOKED:
        raise UserError(
            Text(
                f"{record.number} is revoked and cannot be printed",
                f"{record.number} är återkallat och kan inte skrivas ut",
            )
        )
    if record.participant_id is None or record.module_id is None:
        raise UserError(
            Text(
                f"{record.number}: the participant or module is no longer in the register",
                f"{record.number}: deltagaren eller modulen finns inte längre i registret",
            )
        )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    language = record.language
    return issue_one(db, record.module_id, record.participant_id, out, settings, language)
