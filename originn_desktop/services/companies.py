"""Companies: the participants' employers, with organisationsnummer, municipality and sector."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
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
    return CompanyIndex(session).resolve(clean_company(draft))


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


class CompanyIndex:
    """Every company of the register in memory, for resolving many rows in one unit of work.

    Same rules as ``find_or_create``: by organisationsnummer, else by name (any case).
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._by_org: dict[str, Company] = {}
        self._by_name: dict[str, Company] = {}
        for company in session.scalars(select(Company).order_by(Company.id)):
            self._remember(company)

    def _remember(self, company: Company) -> None:
        if company.org_number:
            self._by_org.setdefault(company.org_number, company)
        self._by_name.setdefault(company.name.casefold(), company)

    def resolve(self, draft: CompanyDraft) -> Company:
        """``draft`` must already be clean (``clean_company``)."""
        company = self._by_org.get(draft.org_number) if draft.org_number else None
        if company is None:
            candidate = self._by_name.get(draft.name.casefold())
            if candidate is not None and (not draft.org_number or not candidate.org_number):
                company = candidate
        if company is None:
            company = Company(
                name=draft.name,
                org_number=draft.org_number,
                municipality=draft.municipality,
                sector=draft.sector,
            )
            self._session.add(company)
            self._session.flush()
            audit.record(self._session, "company.create", "company", company.id)
        else:
            for attr in ("org_number", "municipality", "sector"):
                if not getattr(company, attr) and getattr(draft, attr):
                    setattr(company, attr, getattr(draft, attr))
        self._remember(company)
        return company
