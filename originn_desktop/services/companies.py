"""Companies: the participants' employers, with organisationsnummer, municipality and sector."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from originn_desktop.db.engine import Database
from originn_desktop.db.models import Company
from originn_desktop.domain.identity import normalize_name, normalize_text, parse_org_number
from originn_desktop.domain.text import NotFound, Text, ValidationError
from originn_desktop.domain.values import Sector
from originn_desktop.services import audit


@dataclass(frozen=True)
class CompanyDraft:
    name: str
    org_number: str | None = None
    municipality: str = ""
    sector: str | None = None


@dataclass(frozen=True)
class CompanyInfo:
    id: int
    name: str
    org_number: str | None
    municipality: str
    sector: str | None


def _info(company: Company) -> CompanyInfo:
    return CompanyInfo(
        company.id, company.name, company.org_number, company.municipality, company.sector
    )


def clean_company(draft: CompanyDraft) -> CompanyDraft:
    """Validated and normalised; raises ``ValidationError`` naming the field."""
    org = (
        parse_org_number(draft.org_number)
        if draft.org_number and draft.org_number.strip()
        else None
    )
    sector = draft.sector or None
    if sector is not None and sector not in set(Sector):
        raise ValidationError(
            Text(
                f"sector {sector}: one of {', '.join(Sector)}",
                f"bransch {sector}: en av {', '.join(Sector)}",
            ),
            field="sector",
        )
    return CompanyDraft(
        normalize_name(draft.name, field="company"),
        org,
        normalize_text(draft.municipality),
        sector,
    )


def find_or_create(session: Session, draft: CompanyDraft) -> Company:
    """The company with this organisationsnummer, else with this name; created if neither.

    Blank fields of an existing company are filled in from ``draft``; nothing is overwritten.
    """
    draft = clean_company(draft)
    company = None
    if draft.org_number:
        company = session.scalar(select(Company).where(Company.org_number == draft.org_number))
    if company is None:
        same_name = select(Company).where(func.lower(Company.name) == draft.name.lower())
        if draft.org_number:
            same_name = same_name.where(Company.org_number.is_(None))
        company = session.scalars(same_name.order_by(Company.id)).first()
    if company is None:
        company = Company(
            name=draft.name,
            org_number=draft.org_number,
            municipality=draft.municipality,
            sector=draft.sector,
        )
        session.add(company)
        session.flush()
        audit.record(session, "company.create", "company", company.id)
        return company
    for attr in ("org_number", "municipality", "sector"):
        if not getattr(company, attr) and getattr(draft, attr):
            setattr(company, attr, getattr(draft, attr))
    return company


def create_company(db: Database, draft: CompanyDraft) -> CompanyInfo:
    """Add a company, or return the one that already has this org. no. or name."""
    with db.write() as session:
        return _info(find_or_create(session, draft))


def update_company(db: Database, company_id: int, draft: CompanyDraft) -> CompanyInfo:
    draft = clean_company(draft)
    with db.write() as session:
        company = session.get(Company, company_id)
        if company is None:
            raise NotFound(
                Text(f"no company with id {company_id}", f"inget företag med id {company_id}")
            )
        if draft.org_number and draft.org_number != company.org_number:
            other = session.scalar(select(Company).where(Company.org_number == draft.org_number))
            if other is not None:
                raise ValidationError(
                    Text(
                        f"{other.name} already has organisationsnummer {draft.org_number}",
                        f"{other.name} har redan organisationsnummer {draft.org_number}",
                    ),
                    field="org_number",
                )
        company.name = draft.name
        company.org_number = draft.org_number
        company.municipality = draft.municipality
        company.sector = draft.sector
        audit.record(session, "company.update", "company", company.id)
        return _info(company)


def list_companies(db: Database) -> list[CompanyInfo]:
    with db.read() as session:
        return [_info(c) for c in session.scalars(select(Company).order_by(Company.name))]
