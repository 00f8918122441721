"""Participants: one row per person, validated and normalised on the way in.

The same-person rule: the same personnummer in any written form, or, for someone without one,
the same e-mail address in any case, is the same person. Adding them again merges instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import ColumnElement, bindparam, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from originn_desktop.db.bulk import table_of
from originn_desktop.db.engine import ChangedElsewhere, Database
from originn_desktop.db.models import Company, Enrollment, Participant
from originn_desktop.domain.identity import (
    email_key,
    mask_personal_number,
    normalize_text,
)
from originn_desktop.domain.people import (
    DERIVED_COLUMNS,
    derived_columns,
    order_keys,
)

# The participant's vocabulary and checks live in the domain; the services' callers find them here.
from originn_desktop.domain.people import (
    CleanParticipant as CleanParticipant,
)
from originn_desktop.domain.people import (
    ParticipantDraft as ParticipantDraft,
)
from originn_desktop.domain.people import (
    check_participant as check_participant,
)
from originn_desktop.domain.people import (
    clean_participant as clean_participant,
)
from originn_desktop.domain.people import (
    same_by_email as same_by_email,
)
from originn_desktop.domain.people import (
    search_text as search_text,
)
from originn_desktop.domain.text import Text, UserError, ValidationError
from originn_desktop.domain.values import EnrollmentStatus
from originn_desktop.services import audit
from originn_desktop.services.companies import CompanyDraft, find_or_create
from originn_desktop.services.enrollment import StatusChange, enroll_in_session
from originn_desktop.services.lookup import find_module, find_participant


def refresh_derived(session: Session, person: Participant) -> None:
    """Recompute a participant's search text and order keys after a change to them or their
    company."""
    company = session.get(Company, person.company_id) if person.company_id else None
    name = company.name if company else ""
    place = person.municipality or (company.municipality if company else "")
    derived = derived_columns(person.first_name, person.last_name, person.email, name, place)
    for column, value in derived.items():
        setattr(person, column, value)


def refresh_people_of(
    session: Session, company_ids: Iterable[int], only_without_municipality: bool = True
) -> None:
    """After companies changed, their people's search text and order keys follow: their
    name always, their municipality where the person has none of their own (an import or a
    new participant filled one in, an undo took it back; ``only_without_municipality``: the
    others are left as they are). Derived values only, so not an edit of the person: their
    version and time of change stay (an open participant dialog can still save, and an undo
    leaves the register exactly as before)."""
    ids = sorted(company_ids)
    table = table_of(Participant)
    # (A bound parameter may not share its column's name in an UPDATE's SET.)
    changed = (
        update(table)
        .where(table.c.id == bindparam("pid"))
        .values(
            {
                **{column: bindparam(f"new_{column}") for column in DERIVED_COLUMNS},
                "updated_at": table.c.updated_at,  # as it was (not the column's onupdate)
            }
        )
    )
    for start in range(0, len(ids), 500):
        whose: list[ColumnElement[bool]] = [
            Participant.company_id.in_(ids[start : start + 500]),
            Participant.anonymized_at.is_(None),
        ]
        if only_without_municipality:
            whose.append(Participant.municipality == "")
        people = session.execute(
            select(
                Participant.id,
                Participant.first_name,
                Participant.last_name,
                Participant.email,
                Company.name,
                func.coalesce(func.nullif(Participant.municipality, ""), Company.municipality),
            )
            .join(Company, Company.id == Participant.company_id)
            .where(*whose)
        ).all()
        if people:
            session.execute(
                changed,
                [
                    {
                        "pid": pid,
                        **{
                            f"new_{column}": value
                            for column, value in derived_columns(*person).items()
                        },
                    }
                    for pid, *person in people
                ],
                execution_options={"synchronize_session": False},
            )


@dataclass(frozen=True)
class ParticipantInfo:
    id: int
    version: int
    first_name: str
    last_name: str
    personal_number: str | None
    birth_date: dt.date | None
    email: str | None
    phone: str
    company_id: int | None
    company_name: str
    org_number: str | None
    municipality: str
    gender: str | None
    certificate_language: str
    notes: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def masked_personal_number(self) -> str:
        return mask_personal_number(self.personal_number)

    def draft(self) -> ParticipantDraft:
        """The editable form; the date of birth only where no personnummer implies it."""
        return ParticipantDraft(
            self.first_name,
            self.last_name,
            self.personal_number,
            None if self.personal_number else self.birth_date,
            self.email,
            self.phone,
            self.company_id,
            self.municipality,
            self.gender,
            self.certificate_language,
            self.notes,
        )


def participant_info(participant: Participant) -> ParticipantInfo:
    company = participant.company
    return ParticipantInfo(
        participant.id,
        participant.version,
        participant.first_name,
        participant.last_name,
        participant.personal_number,
        participant.birth_date,
        participant.email,
        participant.phone,
        participant.company_id,
        company.name if company else "",
        company.org_number if company else None,
        participant.municipality or (company.municipality if company else ""),
        participant.gender,
        participant.certificate_language,
        participant.notes,
    )


def find_same_person(
    session: Session,
    personal_number: str | None,
    email: str | None,
    birth_date: dt.date | None = None,
) -> Participant | None:
    """The participant the same-person rule says this is, if any."""
    if personal_number:
        return session.scalar(
            select(Participant).where(Participant.personal_number == personal_number)
        )
    key = email_key(email)
    if key:
        for person in session.scalars(
            select(Participant).where(Participant.email_key == key).order_by(Participant.id)
        ):
            if same_by_email(person.birth_date, birth_date):
                return person
    return None


_MERGEABLE = ("birth_date", "email", "phone", "company_id", "municipality", "gender")


def merge_into(existing: Participant, clean: CleanParticipant) -> list[str]:
    """Fill the existing person's blank fields from ``clean``; nothing known is overwritten."""
    filled = []
    if existing.personal_number is None and clean.personal_number:
        existing.personal_number = clean.personal_number
        filled.append("personal_number")
    for attr in _MERGEABLE:
        if not getattr(existing, attr) and getattr(clean, attr):
            setattr(existing, attr, getattr(clean, attr))
            filled.append(attr)
    if "email" in filled:
        existing.email_key = clean.email_key
    return filled


def new_participant(clean: CleanParticipant) -> Participant:
    return Participant(
        first_name=clean.first_name,
        last_name=clean.last_name,
        personal_number=clean.personal_number,
        birth_date=clean.birth_date,
        email=clean.email,
        email_key=clean.email_key,
        phone=clean.phone,
        company_id=clean.company_id,
        municipality=clean.municipality,
        gender=clean.gender,
        certificate_language=clean.certificate_language,
        notes=clean.notes,
        search_text=search_text(
            clean.first_name, clean.last_name, clean.email, "", clean.municipality
        ),
        sort_key=clean.sort_key,
        **order_keys(clean.first_name, "", clean.municipality),
    )


@dataclass(frozen=True)
class AddResult:
    participant: ParticipantInfo
    created: bool
    enrollment: StatusChange | None = None
    already_enrolled: str | None = None  # the status, when already in the module
    filled: list[str] = field(default_factory=list)
    moved_up: list[StatusChange] = field(default_factory=list)  # from the waiting list


def add_participant(
    db: Database,
    draft: ParticipantDraft,
    company: CompanyDraft | None = None,
    module: int | str | None = None,
    status: str = EnrollmentStatus.REGISTERED,
) -> AddResult:
    """Add a person (or find them, by the same-person rule) and optionally enroll them.

    One unit of work: if the enrollment fails, the person is not added either.
    """
    clean = clean_participant(draft)
    with db.write() as session:
        found_module = find_module(session, module) if module is not None else None
        if company is not None and company.name.strip():
            clean = replace(clean, company_id=find_or_create(session, company).id)
            if not clean.municipality and company.municipality:
                clean = replace(clean, municipality=normalize_text(company.municipality))
        existing = find_same_person(session, clean.personal_number, clean.email, clean.birth_date)
        filled: list[str] = []
        if existing is None:
            person = new_participant(clean)
            session.add(person)
            session.flush()
            audit.record(session, "participant.create", "participant", person.id)
        else:
            person = existing
            filled = merge_into(person, clean)
            if filled:
                audit.record(session, "participant.merge", "participant", person.id, fields=filled)
        refresh_derived(session, person)
        change = None
        already = None
        moved: list[StatusChange] = []
        if found_module is not None:
            current = session.scalar(
                select(Enrollment.status).where(
                    Enrollment.module_id == found_module.id,
                    Enrollment.participant_id == person.id,
                )
            )
            if current is not None and current != EnrollmentStatus.WITHDRAWN:
                already = current
            else:
                update = enroll_in_session(session, found_module, person, status)
                change, moved = update.changes[0], update.moved_up
        session.flush()
        session.refresh(person)
        return AddResult(participant_info(person), existing is None, change, already, filled, moved)


def update_participant(
    db: Database,
    participant_id: int,
    draft: ParticipantDraft,
    expected_version: int | None = None,
) -> ParticipantInfo:
    """Save the participant dialog: every field replaced; refuses to overwrite a newer save."""
    clean = clean_participant(draft)
    try:
        with db.write() as session:
            person = find_participant(session, participant_id)
            if person.anonymized_at is not None:
                raise UserError(
                    Text(
                        "this participant's personal data was purged; it cannot be written back",
                        "deltagarens personuppgifter är gallrade; de kan inte skrivas tillbaka",
                    )
                )
            if expected_version is not None and person.version != expected_version:
                raise ChangedElsewhere()
            if clean.personal_number and clean.personal_number != person.personal_number:
                other = find_same_person(session, clean.personal_number, None)
                if other is not None:
                    raise ValidationError(
                        Text(
                            f"this personnummer already belongs to participant {other.id}",
                            f"personnumret tillhör redan deltagare {other.id}",
                        ),
                        field="personnummer",
                    )
            if clean.company_id is not None and session.get(Company, clean.company_id) is None:
                raise ValidationError(
                    Text("the company no longer exists", "företaget finns inte längre"),
                    field="company",
                )
            changed = []
            for attr in (
                "first_name",
                "last_name",
                "personal_number",
                "birth_date",
                "email",
                "phone",
                "company_id",
                "municipality",
                "gender",
                "certificate_language",
                "notes",
            ):
                if getattr(person, attr) != getattr(clean, attr):
                    setattr(person, attr, getattr(clean, attr))
                    changed.append(attr)
            person.email_key = clean.email_key
            person.sort_key = clean.sort_key
            refresh_derived(session, person)
            session.flush()
            if changed:
                audit.record(
                    session, "participant.update", "participant", person.id, fields=changed
                )
            session.refresh(person)
            return participant_info(person)
    except IntegrityError:
        raise UserError(
            Text(
                "another participant has the same personnummer",
                "en annan deltagare har samma personnummer",
            )
        ) from None


def get_participant(db: Database, participant_id: int) -> ParticipantInfo:
    with db.read() as session:
        return participant_info(find_participant(session, participant_id))


@dataclass(frozen=True)
class RosterRow:
    """A participant in one module: what rosters, lists and certificates need."""

    participant: ParticipantInfo
    status: str
    grade: str | None
    grade_date: dt.date | None
    sector: str | None


def module_roster(db: Database, module: int | str) -> list[RosterRow]:
    """Everyone enrolled in a module, by last and first name."""
    with db.read() as session:
        found = find_module(session, module)
        rows = session.execute(
            select(Enrollment, Participant)
            .join(Participant, Enrollment.participant_id == Participant.id)
            .where(Enrollment.module_id == found.id, Participant.anonymized_at.is_(None))
            .order_by(Participant.sort_key, Participant.id)
        ).all()
        return [
            RosterRow(
                participant_info(p),
                e.status,
                e.grade,
                e.grade_date,
                p.company.sector if p.company else None,
            )
            for e, p in rows
        ]


def delete_participant(
    db: Database, participant_id: int, expected_version: int | None = None
) -> None:
    """Remove a person added by mistake (undo), as long as nothing was recorded about them
    since: not edited elsewhere, not enrolled in any module."""
    with db.write() as session:
        person = find_participant(session, participant_id)
        if expected_version is not None and person.version != expected_version:
            raise ChangedElsewhere()
        enrolled = session.scalar(
            select(func.count())
            .select_from(Enrollment)
            .where(Enrollment.participant_id == person.id)
        )
        if enrolled:
            raise UserError(
                Text(
                    f"{person.first_name} {person.last_name} has been enrolled since and is kept",
                    f"{person.first_name} {person.last_name} har anmälts sedan dess och behålls",
                )
            )
        session.delete(person)
        audit.record(session, "participant.delete", "participant", participant_id)


def restore_participant(db: Database, info: ParticipantInfo) -> ParticipantInfo:
    """Put back a participant removed by undo, with the same id and fields (redo)."""
    clean = clean_participant(info.draft())
    with db.write() as session:
        person = new_participant(clean)
        person.id = info.id
        session.add(person)
        session.flush()
        refresh_derived(session, person)
        audit.record(session, "participant.create", "participant", person.id)
        session.refresh(person)
        return participant_info(person)
