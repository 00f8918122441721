"""Erasure on request and the retention rule: personal data gone from the file for good.

- ``erase_participant`` removes a person and everything about them (enrollments, history);
  certificates issued to them stay verifiable as numbers, without their name.
- ``purge`` applies the retention rule: people whose modules all ended more than N months ago
  keep only what the funders' counts need (municipality, gender, company, enrollment status);
  names, identity numbers, dates of birth and contact details are removed.

Deleted content is zeroed (``secure_delete``), and afterwards the file is rewritten and the
write-ahead log emptied, so a removed name is not in the database's bytes any more. The audit
log records that an erasure happened, not whom it concerned.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.orm import Session

from originn_desktop.db import search_index
from originn_desktop.db.engine import Database
from originn_desktop.db.models import (
    AuditEntry,
    Certificate,
    Company,
    Enrollment,
    Module,
    Participant,
    utcnow,
)
from originn_desktop.domain.people import DERIVED_COLUMNS
from originn_desktop.domain.text import Text, UserError
from originn_desktop.domain.values import COUNTED_STATUSES
from originn_desktop.services import audit, erasure_ledger
from originn_desktop.services.enrollment import StatusChange, fill_from_waitlist
from originn_desktop.services.lookup import find_participant

ERASED_NAME = "(raderad)"  # what the register keeps in place of an erased or purged name
ERASED = Text("(erased)", ERASED_NAME)


def shown_name(stored: str, lang: str) -> str:
    """A name as the register holds it, with the erasure mark in the reader's language."""
    return stored.replace(ERASED_NAME, ERASED.get(lang)) if ERASED_NAME in stored else stored


def _forget_certificates(session: Session, participant_ids: list[int]) -> None:
    session.execute(
        update(Certificate)
        .where(Certificate.participant_id.in_(participant_ids))
        .values(
            learner_name=ERASED_NAME, birth_date=None, file_name=""
        )  # the file is named for them
    )


def _forget_sole_trader_numbers(session: Session, participant_ids: list[int]) -> None:
    """A sole trader's organisationsnummer is their personnummer: it goes with them."""
    rows = session.execute(
        select(Company, Participant.personal_number)
        .join(Participant, Participant.company_id == Company.id)
        .where(Participant.id.in_(participant_ids), Participant.personal_number.is_not(None))
    ).all()
    for company, number in rows:
        if company.org_number and company.org_number.replace("-", "") == str(number)[2:]:
            company.org_number = None
            audit.record(session, "company.forget_org_number", "company", company.id)


def _erase(session: Session, participant_ids: list[int]) -> None:
    """Remove these people and everything about them (their enrollments and history go with
    them); their certificates stay, as numbers without a name."""
    for start in range(0, len(participant_ids), 500):
        chunk = participant_ids[start : start + 500]
        _forget_certificates(session, chunk)
        _forget_sole_trader_numbers(session, chunk)
        session.execute(
            update(Certificate)
            .where(Certificate.participant_id.in_(chunk))
            .values(participant_id=None)
        )
        # Earlier audit rows named these records by id; after erasure nothing should lead to them.
        _forget_in_audit(session, chunk)
        for person in session.scalars(select(Participant).where(Participant.id.in_(chunk))):
            session.delete(person)


def _forget_in_audit(session: Session, participant_ids: list[int]) -> None:
    """Audit rows about these people no longer say which record they were about."""
    session.execute(
        update(AuditEntry)
        .where(AuditEntry.entity == "participant", AuditEntry.entity_id.in_(participant_ids))
        .values(entity_id=None)
        .execution_options(synchronize_session=False)
    )


def _modules_held(session: Session, participant_ids: list[int]) -> list[Module]:
    """The modules where these people hold a counted place (freed when they are erased)."""
    if not participant_ids:
        return []
    return list(
        session.scalars(
            select(Module)
            .join(Enrollment, Enrollment.module_id == Module.id)
            .where(
                Enrollment.participant_id.in_(participant_ids),
                Enrollment.status.in_(list(COUNTED_STATUSES)),
            )
            .distinct()
        )
    )


def erase_participant(db: Database, participant_id: int) -> list[StatusChange]:
    """Remove the person and their personal data for good (erasure on request, GDPR art. 17).

    The erasure ledger keeps an opaque key for them, so that no backup brings them back. The
    places they held are free: the waiting lists move up; returns who moved."""
    with db.write() as session:
        person = find_participant(session, participant_id)
        held = _modules_held(session, [person.id])
        entry = erasure_ledger.note(session, erasure_ledger.ERASE, [person.id])
        _erase(session, [person.id])
        audit.record(session, "participant.erase", "participant", None)
        session.flush()
        moved = [m for module in held for m in fill_from_waitlist(session, module)]
        search_index.forget_removed(session)
        erasure_ledger.write(entry)
    db.compact()
    return moved


@dataclass(frozen=True)
class PurgePlan:
    months: int
    cutoff: dt.date
    participants: int


MAX_MONTHS = 1200


def _cutoff(months: int, today: dt.date) -> dt.date:
    if not 1 <= months <= MAX_MONTHS:
        raise UserError(
            Text(
                f"the retention period is 1 to {MAX_MONTHS} months",
                f"lagringstiden är 1 till {MAX_MONTHS} månader",
            )
        )
    year, month = divmod(today.month - 1 - months, 12)
    day = min(today.day, 28)
    return dt.date(today.year + year, month + 1, day)


def _purgeable(cutoff: dt.date):  # type: ignore[no-untyped-def]
    """People with at least one enrollment, every one of them in a module that ended before
    ``cutoff``; not already purged."""
    recent_or_open = (
        select(Enrollment.id)
        .join(Module, Module.id == Enrollment.module_id)
        .where(
            Enrollment.participant_id == Participant.id,
            or_(Module.end_date.is_(None), Module.end_date >= cutoff),
        )
    )
    any_enrollment = select(Enrollment.id).where(Enrollment.participant_id == Participant.id)
    return and_(
        Participant.anonymized_at.is_(None),
        exists(any_enrollment),
        ~exists(recent_or_open),
    )


def purge_plan(db: Database, months: int, today: dt.date | None = None) -> PurgePlan:
    """How many people the retention rule would reach now."""
    cutoff = _cutoff(months, today or dt.date.today())
    with db.read() as session:
        count = (
            session.scalar(select(func.count()).select_from(Participant).where(_purgeable(cutoff)))
            or 0
        )
    return PurgePlan(months, cutoff, int(count))


def _anonymize(session: Session, participant_ids: list[int]) -> None:
    """Remove these people's personal data, keeping what the funders' counts need."""
    for start in range(0, len(participant_ids), 500):
        chunk = participant_ids[start : start + 500]
        _forget_certificates(session, chunk)
        _forget_sole_trader_numbers(session, chunk)
        session.execute(
            update(Participant)
            .where(Participant.id.in_(chunk))
            .values(
                first_name=ERASED_NAME,
                last_name="",
                personal_number=None,
                birth_date=None,
                email=None,
                email_key=None,
                phone="",
                notes="",
                sort_key="",
                **dict.fromkeys(DERIVED_COLUMNS, ""),
                anonymized_at=utcnow(),
                version=Participant.version + 1,  # an open dialog's save is refused
            )
            .execution_options(synchronize_session=False)
        )


def purge(db: Database, months: int, today: dt.date | None = None) -> PurgePlan:
    """Apply the retention rule: keep anonymous counts, remove the personal data."""
    cutoff = _cutoff(months, today or dt.date.today())
    with db.write() as session:
        ids = list(session.scalars(select(Participant.id).where(_purgeable(cutoff))))
        entry = erasure_ledger.note(session, erasure_ledger.PURGE, ids)
        _anonymize(session, ids)
        audit.record(
            session, "participant.purge", "participant", None, count=len(ids), months=months
        )
        session.flush()
        if ids:
            search_index.forget_removed(session)
        erasure_ledger.write(entry)
    if ids:
        db.compact()
    return PurgePlan(months, cutoff, len(ids))


def reapply_erasures(db: Database) -> int:
    """Erase and purge again whoever the erasure ledger says was erased or purged after this
    copy of the register was made (a restored backup, an old file opened); returns how many.

    Costs one look at the data folder when nothing was ever erased, one query when the
    register is up to date."""
    entries = erasure_ledger.pending(db)
    if not entries:
        return 0
    with db.write() as session:
        done = erasure_ledger.applied(session)  # read once, not once per entry
        entries = [e for e in entries if e.id not in done]
        erase, anonymize = erasure_ledger.match(session, entries)
        held = _modules_held(session, sorted(erase))
        _erase(session, sorted(erase))
        _anonymize(session, sorted(anonymize))
        erasure_ledger.mark_applied(session, entries)
        session.flush()
        if erase or anonymize:
            search_index.forget_removed(session)
        for module in held:  # the places they held in this copy are free again
            fill_from_waitlist(session, module)
        if erase or anonymize:
            audit.record(
                session,
                "participant.erase_again",
                "participant",
                None,
                erased=len(erase),
                purged=len(anonymize),
            )
    if erase or anonymize:
        db.compact()
    return len(erase) + len(anonymize)
