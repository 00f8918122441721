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
from collections import deque
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from originn_desktop.certificates.branding import Issuer
from originn_desktop.certificates.content import (
    CertificateContent,
    CertificateSettings,
    build_content,
)
from originn_desktop.certificates.filenames import certificate_file_name
from originn_desktop.certificates.glyphs import missing_in_module, missing_in_name, shown
from originn_desktop.certificates.pdfa import Attachment
from originn_desktop.db.engine import Database
from originn_desktop.db.models import Certificate, Enrollment, Module, Participant
from originn_desktop.domain.text import NotFound, Text, UserError
from originn_desktop.domain.values import (
    CertificateLanguage,
    CertificateStatus,
    EnrollmentStatus,
    label,
)
from originn_desktop.services import audit
from originn_desktop.services.enrollment import REVOKED_BY_STATUS
from originn_desktop.services.lookup import find_module
from originn_desktop.workers.drawing import Drawing, default_workers, draw, draw_all, render_pool

if TYPE_CHECKING:  # the pool's machinery is imported when a batch needs it
    from concurrent.futures import Executor, Future

PREFIX = "ORIGINN"
VALID, SUPERSEDED, REVOKED = (
    CertificateStatus.VALID,
    CertificateStatus.SUPERSEDED,
    CertificateStatus.REVOKED,
)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class IssuedCertificate:
    number: str
    participant_id: int
    name: str
    file: Path
    outcome: str  # "new", "reprint" or "reissue"
    replaces: str | None = None


@dataclass(frozen=True)
class SkippedCertificate:
    """Someone left out of a batch, and why (their last certificate was revoked by hand)."""

    participant_id: int
    name: str
    number: str
    reason: str


@dataclass
class BatchResult:
    issued: list[IssuedCertificate] = field(default_factory=list)
    warnings: list[Text] = field(default_factory=list)
    # People whose certificate was refused: their name has letters no font can draw.
    unprintable: list[Text] = field(default_factory=list)
    cancelled: bool = False
    merged: Path | None = None
    skipped: list[SkippedCertificate] = field(default_factory=list)


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
    issuer: Issuer | None = None,
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
        branding=issuer.branding if issuer else None,
    )


def _write_partial(path: Path, data: bytes) -> Path:
    """The PDF under a temporary name next to ``path``, readable by its owner only.

    No fsync: a certificate is derived from the register and reproduces bit for bit, so a
    file lost to a power cut is printed again; the register itself is synced on commit.
    """
    partial = path.with_name(f".{path.name}.partial")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return partial


def _language(person: Participant, requested: str | None, settings: CertificateSettings) -> str:
    if requested:
        return requested
    return person.certificate_language or settings.default_language or CertificateLanguage.BILINGUAL


@dataclass(frozen=True)
class _Job:
    """One certificate to draw and register: decided before any drawing starts."""

    participant_id: int
    module_id: int
    module_code: str
    content: CertificateContent
    content_hash: str
    number: str
    year: int
    sequence: int
    issued_on: dt.date
    outcome: str  # new, reprint, reissue
    replaces: str | None
    file_name: str
    names: tuple[str, str]  # first, last: as the credentials name the learner
    eqf_level: int | None
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class _Credentials:
    """What signs and describes the credentials attached to each PDF (one batch's worth)."""

    issuer: Issuer
    key: object
    issuer_id: str
    picture: bytes | Future[bytes]  # drawn here, or by a worker while the batch is planned

    @property
    def display(self) -> bytes:
        """The ELM's display picture of the module's certificate."""
        return self.picture if isinstance(self.picture, bytes) else self.picture.result()


def _signed(job: _Job, credentials: _Credentials) -> _Job:
    """``job`` with its signed credentials to attach (made just before it is drawn, so the
    workers start drawing while the rest of the batch is still being signed)."""
    from originn_desktop.services.attachments import credentials_for

    attachments = credentials_for(
        job.content,
        job.number,
        job.issued_on,
        job.module_code,
        job.names,
        job.eqf_level,
        credentials.issuer.legal_identifier,
        credentials.key,
        credentials.issuer_id,
        credentials.display,
    )
    return replace(job, attachments=attachments)


def _credentials(
    db: Database,
    settings: CertificateSettings,
    module: Module,
    language: str | None,
    pool: Executor | None = None,
) -> tuple[CertificateSettings, _Credentials]:
    """The register's issuer settings applied, the signing key, and the ELM's display picture
    (drawn by ``pool``, if given, while the caller goes on)."""
    from originn_desktop.badges.keys import did_jwk, load_or_create
    from originn_desktop.services.attachments import display_image
    from originn_desktop.services.issuer import applied, issuer_for

    issuer = issuer_for(db, settings)
    settings = applied(settings, issuer)
    key = load_or_create()
    specimen = build_content(
        language=language or settings.default_language or CertificateLanguage.BILINGUAL,
        first_name="—",
        last_name="",
        birth_date=None,
        module=module,
        level_sv=_level(module, "sv"),
        level_en=_level(module, "en"),
        grade="G",
        exam_date=None,
        settings=settings,
        branding=issuer.branding,
    )
    picture = display_image(specimen) if pool is None else pool.submit(display_image, specimen)
    return settings, _Credentials(issuer, key, did_jwk(key), picture)


def _plan(
    session: Session,
    module: Module,
    participant_ids: Sequence[int],
    settings: CertificateSettings,
    language: str | None,
    today: dt.date,
    credentials: _Credentials,
    unprintable: list[Text] | None = None,
) -> list[_Job]:
    """Decide every certificate's number in one read: reprint, reissue or new.

    A name with letters no font can draw gets no number: it goes to ``unprintable`` (or, for
    one certificate alone, is refused).
    """
    people = {
        p.id: p
        for p in session.scalars(select(Participant).where(Participant.id.in_(participant_ids)))
    }
    enrollments = {
        e.participant_id: e
        for e in session.scalars(
            select(Enrollment).where(
                Enrollment.module_id == module.id, Enrollment.participant_id.in_(participant_ids)
            )
        )
    }
    valid = {
        c.participant_id: c
        for c in session.scalars(
            select(Certificate).where(
                Certificate.module_id == module.id,
                Certificate.participant_id.in_(participant_ids),
                Certificate.status == VALID,
            )
        )
    }
    sequence = (
        session.scalar(select(func.max(Certificate.sequence)).where(Certificate.year == today.year))
        or 0
    )
    jobs: list[_Job] = []
    for pid in participant_ids:
        person, enrollment = people.get(pid), enrollments.get(pid)
        if person is None or enrollment is None or enrollment.status != EnrollmentStatus.COMPLETED:
            raise UserError(
                Text(
                    f"participant {pid} has not completed {module.code}: no certificate",
                    f"deltagare {pid} har inte slutfört {module.code}: inget intyg",
                )
            )
        lang = _language(person, language, settings)
        content = _content(module, person, enrollment, lang, settings, credentials.issuer)
        if not jobs:
            _check_module_letters(module.code, content)
        lacking = missing_in_name(content)
        if lacking:
            text = Text(
                f"no certificate for participant {pid} ({content.learner_name}): no font can draw {shown(lacking)}",
                f"inget intyg för deltagare {pid} ({content.learner_name}): inget typsnitt kan rita {shown(lacking)}",
            )
            if unprintable is None:
                raise UserError(text)
            unprintable.append(text)
            continue
        content_hash = content.hash()
        existing = valid.get(pid)
        if existing is not None and existing.content_hash == content_hash:
            number, year, seq, issued_on = (
                existing.number,
                existing.year,
                existing.sequence,
                existing.issued_on,
            )
            outcome, replaces = "reprint", None
        else:
            sequence += 1
            number, year, seq, issued_on = (
                format_number(today.year, sequence),
                today.year,
                sequence,
                today,
            )
            outcome = "reissue" if existing is not None else "new"
            replaces = existing.number if existing is not None else None
        jobs.append(
            _Job(
                pid,
                module.id,
                module.code,
                content,
                content_hash,
                number,
                year,
                seq,
                issued_on,
                outcome,
                replaces,
                certificate_file_name(number, person.last_name, person.first_name),
                (person.first_name, person.last_name),
                module.eqf_level,
            )
        )
    return jobs


def _revoked_by_hand(
    session: Session, module: Module, participant_ids: Sequence[int]
) -> list[SkippedCertificate]:
    """People whose newest certificate for the module was revoked by hand (``revoke``), not
    replaced since: a new number for them needs someone to ask for it by name. (A certificate
    revoked by a status or grade change is printed anew once they complete again.)"""
    newest: dict[int | None, Certificate] = {}
    for cert in session.scalars(
        select(Certificate)
        .where(Certificate.module_id == module.id, Certificate.participant_id.in_(participant_ids))
        .order_by(Certificate.id)
    ):
        newest[cert.participant_id] = cert
    skipped = []
    for pid in participant_ids:
        last = newest.get(pid)
        if last is None or last.status != REVOKED:
            continue
        if last.status_reason.startswith(REVOKED_BY_STATUS):
            continue
        person = session.get(Participant, pid)
        name = f"{person.first_name} {person.last_name}" if person else last.learner_name
        skipped.append(SkippedCertificate(pid, name, last.number, last.status_reason))
    return skipped


def revoked_by_hand(db: Database, module: int | str) -> list[SkippedCertificate]:
    """The completed participants a batch skips unless named: their certificate was revoked."""
    with db.read() as session:
        found = find_module(session, module)
        completed = session.scalars(
            select(Enrollment.participant_id).where(
                Enrollment.module_id == found.id, Enrollment.status == EnrollmentStatus.COMPLETED
            )
        ).all()
        return _revoked_by_hand(session, found, completed)


def _check_module_letters(code: str, content: CertificateContent) -> None:
    """The module's and the settings' texts must be drawable before anyone is numbered."""
    found = missing_in_module(content)
    if found:
        en = "; ".join(f"{name.en}: {shown(chars)}" for name, chars in found)
        sv = "; ".join(f"{name.sv}: {shown(chars)}" for name, chars in found)
        raise UserError(
            Text(
                f"{code}: no font can draw these letters, so no certificate was made: {en}",
                f"{code}: inget typsnitt kan rita dessa tecken, så inga intyg gjordes: {sv}",
            )
        )


def _drawing(job: _Job) -> Drawing:
    """What a worker needs to draw ``job``: plain values, no class of this module."""
    return (job.content, job.number, job.issued_on, job.attachments)


def _render(job: _Job) -> bytes:
    """Draw one certificate here."""
    return draw(_drawing(job))


def _commit(
    db: Database, drawn: Sequence[tuple[_Job, bytes]], out_dir: Path
) -> list[IssuedCertificate]:
    """Register a few drawn certificates in one transaction, then put their files in place.

    The order keeps one promise at every instant, however the program is stopped: every PDF
    in the folder is whole and registered with its SHA-256. (A stop between the commit and
    the renames leaves registered certificates without their files; running the batch again
    prints them, with the same numbers and bytes.)
    """
    partials: list[Path] = []
    try:
        digests = []
        for job, data in drawn:
            digests.append(hashlib.sha256(data).hexdigest())
            partials.append(_write_partial(out_dir / job.file_name, data))
        with db.write() as session:
            _register(session, [job for job, _data in drawn], digests)
    except (IntegrityError, _Moved):
        for partial in partials:
            partial.unlink(missing_ok=True)
        raise _NumberedElsewhere(
            Text(
                "certificates were issued or changed in another window meanwhile; run it again",
                "intyg har utfärdats eller ändrats i ett annat fönster under tiden; kör igen",
            )
        ) from None
    except BaseException:
        for partial in partials:
            partial.unlink(missing_ok=True)
        raise
    issued = []
    for (job, _data), partial in zip(drawn, partials, strict=True):
        target = out_dir / job.file_name
        os.replace(partial, target)
        issued.append(
            IssuedCertificate(
                job.number,
                job.participant_id,
                job.content.learner_name,
                target,
                job.outcome,
                job.replaces,
            )
        )
    return issued


def _register(session: Session, jobs: Sequence[_Job], digests: Sequence[str]) -> None:
    """Certificates into the register: new ones, reissues (the old one superseded), reprints
    (their file names and digests brought up to date). One flush for all the new rows."""
    made: list[tuple[_Job, Certificate]] = []
    for job, digest in zip(jobs, digests, strict=True):
        if job.outcome == "reprint":
            cert = session.scalar(select(Certificate).where(Certificate.number == job.number))
            if cert is None or cert.status != VALID:
                raise _Moved()
            cert.file_name = job.file_name
            cert.sha256 = digest  # equal unless a newer ReportLab draws it differently
            continue
        if job.replaces is not None:
            old = session.scalar(select(Certificate).where(Certificate.number == job.replaces))
            if old is None or old.status != VALID:
                raise _Moved()
            old.status, old.superseded_by, old.status_reason = SUPERSEDED, job.number, "reissued"
            audit.record(
                session,
                "certificate.supersede",
                "certificate",
                old.id,
                number=old.number,
                by=job.number,
            )
        cert = Certificate(
            number=job.number,
            year=job.year,
            sequence=job.sequence,
            participant_id=job.participant_id,
            module_id=job.module_id,
            module_code=job.module_code,
            learner_name=job.content.learner_name,
            birth_date=job.content.birth_date,
            issued_on=job.issued_on,
            language=job.content.language,
            content_hash=job.content_hash,
            sha256=digest,
            file_name=job.file_name,
        )
        session.add(cert)
        made.append((job, cert))
    session.flush()
    for job, cert in made:
        audit.record(
            session,
            "certificate.issue",
            "certificate",
            cert.id,
            number=job.number,
            module=job.module_code,
        )


class _Moved(Exception):
    """The register changed between planning and committing (another window, another process)."""


# Another coordinator printing at the same moment takes the numbers this batch planned: the
# rest of the batch is numbered and drawn again, unseen. Each time means the other batch went
# on, so this bounds only a register that keeps changing under a batch.
RETRIES_WHEN_NUMBERED_ELSEWHERE = 50


class _NumberedElsewhere(UserError):
    """Another window or process issued or changed certificates this batch had planned."""


PER_MESSAGE = 4  # certificates a worker draws per message
AHEAD = 8  # messages per worker handed out before their turn comes, so no worker waits


def _drawn_in_order(
    jobs: Sequence[_Job],
    credentials: _Credentials,
    pool: Executor | None,
    workers: int,
    together: bool = False,
) -> Generator[list[tuple[_Job, bytes]], None, None]:
    """The jobs signed and drawn in order: here, or by ``pool``'s ``workers`` processes, a
    few at a time. Each comes on its own, or, ``together``, as many as a worker's message
    brought back (to be registered in one transaction, where nobody can cancel between them).
    Closing the iterator drops what the workers have not begun."""
    if pool is None:
        for job in jobs:
            job = _signed(job, credentials)
            yield [(job, _render(job))]
        return
    parts = [jobs[i : i + PER_MESSAGE] for i in range(0, len(jobs), PER_MESSAGE)]
    ahead = AHEAD * max(workers, 2)
    pending: deque[tuple[list[_Job], Future[list[bytes]]]] = deque()
    handed = 0
    try:
        while pending or handed < len(parts):
            while handed < len(parts) and len(pending) < ahead:
                signed = [_signed(job, credentials) for job in parts[handed]]
                pending.append((signed, pool.submit(draw_all, [_drawing(job) for job in signed])))
                handed += 1
            signed, future = pending.popleft()
            drawn = list(zip(signed, future.result(), strict=True))
            if together:
                yield drawn
            else:
                yield from ([one] for one in drawn)
    finally:
        for _signed_part, future in pending:  # cancelled or failed: nothing more is drawn
            future.cancel()


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
    with db.read() as session:
        module = find_module(session, module_id)
    settings, credentials = _credentials(db, settings, module, language)
    with db.read() as session:
        module = find_module(session, module_id)
        [job] = _plan(
            session,
            module,
            [participant_id],
            settings,
            language,
            today or dt.date.today(),
            credentials,
        )
    job = _signed(job, credentials)
    [issued] = _commit(db, [(job, _render(job))], out_dir)
    return issued


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
    workers: int | None = None,
    skip_revoked: bool | None = None,
    pool: Executor | None = None,
) -> BatchResult:
    """A certificate for each completed participant (or those named), with progress and cancel.

    People whose certificate was revoked by hand are skipped (and listed in ``skipped``)
    unless named in ``participant_ids``; ``skip_revoked`` overrides that.

    Drawing runs in worker processes for a large batch (``pool``, if the caller started one
    ahead, as the window does: see ``render_pool``); registering and renaming stay here, one
    certificate at a time, so cancelling or killing leaves whole, registered PDFs.
    """
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
    today = today or dt.date.today()
    with db.read() as session:
        found = find_module(session, module)
        code = found.code
        completed = list(
            session.scalars(
                select(Participant.id)
                .join(Enrollment, Enrollment.participant_id == Participant.id)
                .where(
                    Enrollment.module_id == found.id,
                    Enrollment.status == EnrollmentStatus.COMPLETED,
                )
                .order_by(Participant.sort_key, Participant.id)
            )
        )
        if participant_ids is not None:
            missing = set(participant_ids) - set(completed)
            if missing:
                raise UserError(
                    Text(
                        f"not completed in {code}, so no certificate: participant {', '.join(map(str, sorted(missing)))}",
                        f"inte godkänd i {code}, så inget intyg: deltagare {', '.join(map(str, sorted(missing)))}",
                    )
                )
            completed = [pid for pid in completed if pid in set(participant_ids)]
        if skip_revoked if skip_revoked is not None else participant_ids is None:
            skipped = _revoked_by_hand(session, found, completed)
            left_out = {s.participant_id for s in skipped}
            if skipped and len(left_out) == len(completed):
                return BatchResult(skipped=skipped)
            completed = [pid for pid in completed if pid not in left_out]
        else:
            skipped = []
        if not completed:
            raise UserError(
                Text(
                    f"nobody has completed {code} yet: complete participants first (grade G or VG)",
                    f"ingen har slutfört {code} ännu: sätt först betyg (G eller VG)",
                )
            )
    workers = workers if workers is not None else default_workers(len(completed))
    own = pool is None and workers > 1
    if own:  # started now: the workers load while this process plans and signs the batch
        pool = render_pool(workers)
    try:
        return _issue(
            db,
            found,
            completed,
            out,
            settings,
            language,
            today,
            BatchResult(skipped=skipped),
            pool,
            workers,
            progress,
            cancelled,
            merged,
        )
    finally:
        if own and pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _issue(
    db: Database,
    module: Module,
    completed: list[int],
    out: Path,
    settings: CertificateSettings,
    language: str | None,
    today: dt.date,
    result: BatchResult,
    pool: Executor | None,
    workers: int,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    merged: str | Path | None,
) -> BatchResult:
    """The batch planned, drawn, registered and put in place (``issue_certificates``)."""
    code = module.code
    settings, credentials = _credentials(db, settings, module, language, pool)
    with db.read() as session:
        found = find_module(session, module.id)
        jobs = _plan(
            session, found, completed, settings, language, today, credentials, result.unprintable
        )
    if not jobs:
        return result
    missing_parts = jobs[0].content.missing_elements()
    if missing_parts:
        names_en = ", ".join(t.en for t in missing_parts)
        names_sv = ", ".join(t.sv for t in missing_parts)
        result.warnings.append(
            Text(
                f"{code} has no {names_en}: the certificates say 'not stated' there. Fill them in on the module to give every element the EU recommendation asks for",
                f"{code} saknar {names_sv}: intygen säger 'ej angivet' där. Fyll i dem på modulen så att intygen har alla delar som EU-rekommendationen kräver",
            )
        )
    total = len(jobs)
    for attempt in range(1 + RETRIES_WHEN_NUMBERED_ELSEWHERE):
        drawn = _drawn_in_order(jobs, credentials, pool, workers, together=cancelled is None)
        try:
            for part in drawn:
                if cancelled is not None and cancelled():
                    result.cancelled = True
                    break
                try:
                    result.issued += _commit(db, part, out)
                except _NumberedElsewhere:
                    if attempt == RETRIES_WHEN_NUMBERED_ELSEWHERE:
                        raise
                    break  # another coordinator took these numbers: number the rest again
                if progress is not None:
                    progress(len(result.issued), total)
            else:
                break
        finally:
            drawn.close()
        if result.cancelled:
            break
        done = {c.participant_id for c in result.issued}
        with db.read() as session:
            found = find_module(session, found.id)
            jobs = _plan(
                session,
                found,
                [j.participant_id for j in jobs if j.participant_id not in done],
                settings,
                language,
                today,
                credentials,
                result.unprintable,  # (all drawable: they were planned once already)
            )
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
    from originn_desktop.services.issuer import applied, issuer_for

    issuer = issuer_for(db, settings)
    settings = applied(settings, issuer)
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
        content = _content(found, person, enrollment, lang, settings, issuer)
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
