"""The register's tables, as SQLAlchemy 2.x ORM classes.

Portable SQL only (the same tables on SQLite and on a shared PostgreSQL server): what differs
lives in ``db.engine`` and in variants declared here.  Times are stored in UTC.

No ``from __future__ import annotations`` here: with it every ``Mapped[...]`` is a string that
SQLAlchemy evaluates at import (266 ``eval`` calls: 50 ms under the profiler, some 5-10 ms
without it); only the relationships' forward references are strings.
"""

import datetime as dt
from functools import cache

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from originn_desktop.domain.identity import MUNICIPALITY_MAX_LENGTH, PHONE_MAX_LENGTH
from originn_desktop.domain.values import CertificateStatus


def utcnow() -> dt.datetime:
    """Now in UTC, without tzinfo, as every time column stores it."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Module(Base):
    """A micro-credential module: what is taught, when, and how many it needs."""

    __tablename__ = "module"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    title_sv: Mapped[str] = mapped_column(String(300))
    title_en: Mapped[str] = mapped_column(String(300))
    credits: Mapped[float] = mapped_column(Float, default=3.0)
    cycle: Mapped[str] = mapped_column(String(10), default="first")
    progression: Mapped[str] = mapped_column(String(10), default="G1N")
    eqf_level: Mapped[int | None] = mapped_column(Integer)
    course_code: Mapped[str] = mapped_column(String(20), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    registration_deadline: Mapped[dt.date | None] = mapped_column(Date)
    participation_form: Mapped[str] = mapped_column(String(20), default="blended")
    location: Mapped[str] = mapped_column(String(200), default="")
    min_participants: Mapped[int] = mapped_column(Integer, default=15)
    max_participants: Mapped[int | None] = mapped_column(Integer)
    learning_outcomes_sv: Mapped[str] = mapped_column(Text, default="")
    learning_outcomes_en: Mapped[str] = mapped_column(Text, default="")
    assessment_sv: Mapped[str] = mapped_column(Text, default="")
    assessment_en: Mapped[str] = mapped_column(Text, default="")
    quality_assurance_sv: Mapped[str] = mapped_column(Text, default="")
    quality_assurance_en: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    enrollments: Mapped[list["Enrollment"]] = relationship(
        back_populates="module", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version}


# An order key (domain.collation), compared byte by byte on every database as the sort key is.
_KEY = Text().with_variant(Text(collation="C"), "postgresql")


class Company(Base):
    """A company in the target group; sole traders use the owner's personnummer as org. no."""

    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    org_number: Mapped[str | None] = mapped_column(String(11), unique=True)
    municipality: Mapped[str] = mapped_column(String(MUNICIPALITY_MAX_LENGTH), default="")
    sector: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Participant(Base):
    """One person: the same personnummer (or, without one, the same e-mail) is one row."""

    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200))
    # 12 digits YYYYMMDDNNNC; personnummer or samordningsnummer. Identifiers, compared byte by
    # byte on every database (as this and email_key are on SQLite): on PostgreSQL a Swedish
    # collation made each comparison, and so each lookup of an import, several times dearer.
    personal_number: Mapped[str | None] = mapped_column(
        String(12).with_variant(String(12, collation="C"), "postgresql"), unique=True
    )
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(320))
    # Case-folded e-mail, for the same-person rule and search.
    email_key: Mapped[str | None] = mapped_column(
        String(320).with_variant(String(320, collation="C"), "postgresql"), index=True
    )
    phone: Mapped[str] = mapped_column(String(PHONE_MAX_LENGTH), default="")
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("company.id", ondelete="SET NULL"), index=True
    )
    municipality: Mapped[str] = mapped_column(String(MUNICIPALITY_MAX_LENGTH), default="")
    gender: Mapped[str | None] = mapped_column(String(10))
    certificate_language: Mapped[str] = mapped_column(String(5), default="sv+en")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Case-folded name, e-mail, company and municipality: search is one LIKE over one column.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Last and first name in Swedish alphabetical order (domain.collation), for sorting.
    # Compared byte by byte on every database: PostgreSQL's own collation would ignore the
    # order the key spells out.
    sort_key: Mapped[str] = mapped_column(
        String(410).with_variant(String(410, collation="C"), "postgresql"), default=""
    )
    # The list's other orders, in Swedish alphabetical order as the sort key is: the first
    # name, the company's name and the municipality the list shows (the person's own, or
    # else their company's). Binary order put 'Áile' after 'Zoë' and Ä before Å. Kept with
    # the search text, which holds the same company and municipality.
    first_name_key: Mapped[str] = mapped_column(_KEY, default="", server_default="")
    company_key: Mapped[str] = mapped_column(_KEY, default="", server_default="")
    municipality_key: Mapped[str] = mapped_column(_KEY, default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Set when the retention rule purged the person's data: only anonymous counts remain.
    anonymized_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    company: Mapped["Company | None"] = relationship()
    enrollments: Mapped[list["Enrollment"]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        # Sorted by name and covering what a search looks at (the search text, and the
        # personnummer for a date typed as digits): a search reads the index alone, in order,
        # and stops at the first page of matches. Only people whose data is kept (every list
        # asks for those), so the index also answers the count without reading the table
        # (anonymized_at, always empty here, tells SQLite so).
        Index(
            "ix_participant_search",
            "sort_key",
            "search_text",
            "personal_number",
            "anonymized_at",
            sqlite_where=sql("anonymized_at IS NULL"),
            # On PostgreSQL also with the id: see POSTGRESQL_INDEX_OPTIONS.
        ),
        # The same people, narrowly: counting them reads this small index, and a list sorted
        # by something else (company, a module's status) reads the table in its own order
        # through it, not jumping about the file in name order.
        Index(
            "ix_participant_kept",
            "id",
            "anonymized_at",
            sqlite_where=sql("anonymized_at IS NULL"),
        ),
    )
    __mapper_args__ = {"version_id_col": version}


class Enrollment(Base):
    """A participant in a module, with the status the minimum rule counts."""

    __tablename__ = "enrollment"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    module_id: Mapped[int] = mapped_column(ForeignKey("module.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20))
    grade: Mapped[str | None] = mapped_column(String(2))
    grade_date: Mapped[dt.date | None] = mapped_column(Date)
    # When the person joined the waiting list: the queue is served oldest first.
    queued_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    participant: Mapped["Participant"] = relationship(back_populates="enrollments")
    module: Mapped["Module"] = relationship(back_populates="enrollments")
    events: Mapped[list["EnrollmentEvent"]] = relationship(
        back_populates="enrollment",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="EnrollmentEvent.id",
    )

    __table_args__ = (
        UniqueConstraint("participant_id", "module_id", name="uq_enrollment_participant_module"),
        Index("ix_enrollment_module_status", "module_id", "status"),
    )


class EnrollmentEvent(Base):
    """One status change of an enrollment, kept for its history."""

    __tablename__ = "enrollment_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    grade: Mapped[str | None] = mapped_column(String(2))
    note: Mapped[str] = mapped_column(String(200), default="")
    os_user: Mapped[str] = mapped_column(String(100), default="")

    enrollment: Mapped["Enrollment"] = relationship(back_populates="events")


class AuditEntry(Base):
    """Who changed what, when: never with a personnummer or a name in it."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    os_user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text, default="")


class Certificate(Base):
    """An issued certificate (intyg): its number, for whom, what it said, and whether it holds.

    ``learner_name`` and ``birth_date`` are what was printed, so the register can answer for a
    certificate even after the participant's record is corrected; ``content_hash`` tells a
    reprint (same content, same number) from a reissue (changed content, new number).
    """

    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    module_id: Mapped[int | None] = mapped_column(
        ForeignKey("module.id", ondelete="SET NULL"), index=True
    )
    module_code: Mapped[str] = mapped_column(String(20))
    learner_name: Mapped[str] = mapped_column(String(410))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(5))
    content_hash: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255), default="")
    status: Mapped[str] = mapped_column(String(12), default=CertificateStatus.VALID)
    status_reason: Mapped[str] = mapped_column(String(500), default="")
    superseded_by: Mapped[str | None] = mapped_column(String(24))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("year", "sequence", name="uq_certificate_year_sequence"),)


class RegisterIdentity(Base):
    """Which register this is: the same in every backup and copy of it. The erasure ledger,
    kept outside the database, names the register its entries belong to by it."""

    __tablename__ = "register_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36))


class ErasureApplied(Base):
    """An entry of an erasure ledger that this database has made or had applied: an older
    backup lacks the entries made after it, and those are applied when it is opened."""

    __tablename__ = "erasure_applied"

    entry: Mapped[str] = mapped_column(String(32), primary_key=True)


class ImportBatch(Base):
    """One import, recorded so that it can be taken back whole (ids and counts only)."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("module.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The newest enrollment event before and after the import, and the newest certificate
    # before it: anything newer was done since.
    events_before: Mapped[int] = mapped_column(Integer, default=0)
    events_after: Mapped[int] = mapped_column(Integer, default=0)
    certificates_before: Mapped[int] = mapped_column(Integer, default=0)
    # The people it created, as JSON [first, last] id runs; how many, and their version then.
    created: Mapped[str] = mapped_column(Text, default="")
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    created_version: Mapped[int] = mapped_column(Integer, default=0)
    # How many people it merged into (one row each): fewer rows now means one was erased.
    people: Mapped[int] = mapped_column(Integer, default=0)
    # JSON: the companies it created, and the blank fields it filled in others.
    companies: Mapped[str] = mapped_column(Text, default="")
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ImportBatchPerson(Base):
    """A person an import merged into: how to put them back. Goes with the person."""

    __tablename__ = "import_batch_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)  # the person's version right after the import
    previous: Mapped[str] = mapped_column(Text, default="")  # JSON: merged fields before
    enrollment_id: Mapped[int | None] = mapped_column(Integer)
    # JSON: the enrollment's state before the import reinstated it; "" when it created it.
    enrollment_before: Mapped[str] = mapped_column(Text, default="")


class Issuer(Base):
    """The register's issuer settings (one row): who signs its certificates, the awarding
    body's legal identifier, and its images (bytes with their MIME type).

    Kept in the register, not in the per-user settings file, so that a backup and another
    coordinator's window have them and one register's change never alters another's.
    """

    __tablename__ = "issuer"

    id: Mapped[int] = mapped_column(primary_key=True)
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="")
    legal_identifier: Mapped[str] = mapped_column(String(40), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_type: Mapped[str] = mapped_column(String(40), default="")
    funder_logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    funder_logo_type: Mapped[str] = mapped_column(String(40), default="")
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    signature_type: Mapped[str] = mapped_column(String(40), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# The indexes' options on PostgreSQL, given by ``use_postgresql()`` when a server register is
# opened. Written into the Index above, they made SQLAlchemy load its PostgreSQL dialect to
# check them (70 ms) at every start of the program and of the command line, on SQLite too.
POSTGRESQL_INDEX_OPTIONS: dict[str, dict[str, object]] = {
    # SQLite's indexes hold the id anyway; PostgreSQL's must be told (0010).
    "ix_participant_search": {
        "postgresql_where": sql("anonymized_at IS NULL"),
        "postgresql_include": ["id"],
    },
    "ix_participant_kept": {"postgresql_where": sql("anonymized_at IS NULL")},
}


@cache
def use_postgresql() -> None:
    """Give the models' indexes their PostgreSQL options (once; SQLite's stay as they are)."""
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            index.dialect_kwargs.update(POSTGRESQL_INDEX_OPTIONS.get(str(index.name), {}))
