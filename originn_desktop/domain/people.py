"""A participant as typed or imported, and the checks that make it clean: no database here.

The command line's import checks a large roster's rows in a second process while the first
loads the database layer, so everything a row's check needs lives on this side of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from originn_desktop.domain.collation import name_sort_key, sort_key
from originn_desktop.domain.identity import (
    MUNICIPALITY_MAX_LENGTH,
    PHONE_MAX_LENGTH,
    PersonalNumber,
    email_key,
    fitting,
    normalize_email,
    normalize_name,
    normalize_text,
    parse_date,
    parse_personal_number,
)
from originn_desktop.domain.text import Text, ValidationError
from originn_desktop.domain.values import CertificateLanguage, Gender


@dataclass
class ParticipantDraft:
    """A participant as typed or imported, before validation."""

    first_name: str
    last_name: str
    personal_number: str | None = None
    birth_date: dt.date | str | None = None
    email: str | None = None
    phone: str = ""
    company_id: int | None = None
    municipality: str = ""
    gender: str | None = None
    certificate_language: str = CertificateLanguage.BILINGUAL
    notes: str = ""


@dataclass(frozen=True)
class CleanParticipant:
    first_name: str
    last_name: str
    personal_number: str | None
    birth_date: dt.date | None
    email: str | None
    phone: str
    company_id: int | None
    municipality: str
    gender: str | None
    certificate_language: str
    notes: str

    @property
    def email_key(self) -> str | None:
        return email_key(self.email)

    @property
    def sort_key(self) -> str:
        return name_sort_key(self.first_name, self.last_name)


def search_text(
    first_name: str, last_name: str, email: str | None, company: str = "", municipality: str = ""
) -> str:
    """What the participants view searches in: name, e-mail, company and municipality in one
    case-folded column ('å' finds 'Å'; SQL's lower() folds ASCII only)."""
    return " ".join(
        (first_name, last_name, email or "", company or "", municipality or "")
    ).casefold()


def order_keys(first_name: str, company: str = "", municipality: str = "") -> dict[str, str]:
    """The participant's keys for the list's orders other than by name, by column: the first
    name, the company's name and the municipality the list shows, each in Swedish order."""
    return {
        "first_name_key": sort_key(first_name),
        "company_key": sort_key(company or ""),
        "municipality_key": sort_key(municipality or ""),
    }


# A participant's columns derived from their own fields and their company's (recomputed, never
# edited or kept in an undo record): what ``derived_columns`` gives.
DERIVED_COLUMNS = ("search_text", "first_name_key", "company_key", "municipality_key")


def derived_columns(
    first_name: str, last_name: str, email: str | None, company: str, municipality: str
) -> dict[str, str]:
    """The search text and the order keys of a participant, by column; ``company`` is their
    company's name and ``municipality`` the one the list shows (their own, else the
    company's)."""
    return {
        "search_text": search_text(first_name, last_name, email, company, municipality),
        **order_keys(first_name, company, municipality),
    }


_GENDERS = frozenset(Gender)
_LANGUAGES = frozenset(CertificateLanguage)


def check_participant(
    draft: ParticipantDraft, today: dt.date | None = None
) -> tuple[CleanParticipant | None, list[ValidationError]]:
    """Validate every field; returns the clean participant or every problem, each by field."""
    today = today or dt.date.today()
    problems: list[ValidationError] = []

    # Each check in its own try (not a helper taking the function): a roster runs this for
    # every row, and the indirection was a tenth of it.
    first = last = None
    try:
        first = normalize_name(draft.first_name or "", field="first_name")
    except ValidationError as exc:
        problems.append(exc)
    try:
        last = normalize_name(draft.last_name or "", field="last_name")
    except ValidationError as exc:
        problems.append(exc)
    number: PersonalNumber | None = None
    if (draft.personal_number or "").strip():
        try:
            number = parse_personal_number(draft.personal_number or "", today)
        except ValidationError as exc:
            problems.append(exc)
    birth: dt.date | None = None
    if draft.birth_date not in (None, ""):
        try:
            birth = parse_date(draft.birth_date or "", field="birth_date")
        except ValidationError as exc:
            problems.append(exc)
        if birth is not None and not dt.date(1900, 1, 1) <= birth <= today:
            problems.append(
                ValidationError(
                    Text(
                        "the date of birth must be between 1900 and today",
                        "födelsedatumet ska ligga mellan 1900 och i dag",
                    ),
                    field="birth_date",
                )
            )
    if number is not None:
        born = number.birth_date
        if birth is not None and birth != born:
            problems.append(
                ValidationError(
                    Text(
                        "the date of birth does not match the personnummer",
                        "födelsedatumet stämmer inte med personnumret",
                    ),
                    field="birth_date",
                )
            )
        birth = born
    elif birth is None and not any(p.field == "personnummer" for p in problems):
        problems.append(
            ValidationError(
                Text(
                    "give a personnummer or samordningsnummer, or for someone with neither, "
                    "a date of birth",
                    "ange personnummer eller samordningsnummer, eller födelsedatum för den "
                    "som saknar båda",
                ),
                field="personnummer",
            )
        )
    email = None
    if (draft.email or "").strip():
        try:
            email = normalize_email(draft.email or "")
        except ValidationError as exc:
            problems.append(exc)
    gender = draft.gender or None
    if gender is not None and gender not in _GENDERS:
        problems.append(
            ValidationError(
                Text(f"gender: one of {', '.join(Gender)}", f"kön: en av {', '.join(Gender)}"),
                field="gender",
            )
        )
    language = draft.certificate_language or CertificateLanguage.BILINGUAL
    if language not in _LANGUAGES:
        problems.append(
            ValidationError(
                Text(
                    f"certificate language: one of {', '.join(CertificateLanguage)}",
                    f"intygsspråk: en av {', '.join(CertificateLanguage)}",
                ),
                field="certificate_language",
            )
        )
    phone = normalize_text(draft.phone)
    municipality = normalize_text(draft.municipality)
    try:
        fitting(phone, PHONE_MAX_LENGTH, "phone", "phone", "telefon")
    except ValidationError as exc:
        problems.append(exc)
    try:
        fitting(municipality, MUNICIPALITY_MAX_LENGTH, "municipality", "municipality", "kommun")
    except ValidationError as exc:
        problems.append(exc)
    if problems:
        return None, problems
    assert first is not None and last is not None
    return (
        CleanParticipant(
            first,
            last,
            number.digits if number else None,
            birth,
            email,
            phone,
            draft.company_id,
            municipality,
            gender,
            language,
            normalize_text(draft.notes),
        ),
        [],
    )


def clean_participant(draft: ParticipantDraft, today: dt.date | None = None) -> CleanParticipant:
    """The validated participant, or the first problem raised as ``ValidationError``."""
    clean, problems = check_participant(draft, today)
    if problems:
        raise problems[0]
    assert clean is not None
    return clean


def same_by_email(known: dt.date | None, given: dt.date | None) -> bool:
    """Two people without a personnummer who share an e-mail address are the same person
    unless their dates of birth say otherwise (a family or a farm sharing one mailbox)."""
    return known is None or given is None or known == given
