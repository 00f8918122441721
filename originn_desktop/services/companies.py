"""Companies: the participants' employers, with organisationsnummer, municipality and sector."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from originn_desktop.db.bulk import insert_many, table_of
from originn_desktop.db.engine import Database
from originn_desktop.db.models import Company, utcnow
from originn_desktop.domain.collation import sort_key
from originn_desktop.domain.company import CompanyDraft as CompanyDraft
from originn_desktop.domain.company import clean_company as clean_company
from originn_desktop.domain.text import NotFound, Text, ValidationError
from originn_desktop.services import audit


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


def find_or_create(session: Session, draft: CompanyDraft) -> Company:
    """The company with this organisationsnummer, else with this name; created if neither.

    Blank fields of an existing company are filled in from ``draft``; nothing is overwritten.
    """
    clean = clean_company(draft)
    index = CompanyIndex(session, needed=[clean])
    company = index.resolve(clean)
    if index.relocated:
        from originn_desktop.services.participants import refresh_people_of

        refresh_people_of(session, index.relocated)
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
        session.flush()
        from originn_desktop.services.participants import refresh_people_of

        refresh_people_of(session, [company.id], only_without_municipality=False)
        return _info(company)


def _named(session: Session, drafts: Iterable[CompanyDraft]) -> list[Company]:
    """The companies with one of these organisationsnummer or names (any case), in id order.

    Names compare case-folded, which SQL cannot do for letters beyond ASCII (lower('Å') is
    'Å'), so every company's id and name are read as plain rows and matched here; only the
    few that match are loaded as objects (a million-person register has 100,000 companies:
    3.6 s as objects, 0.4 s as rows).
    """
    orgs: set[str] = set()
    names: set[str] = set()
    for draft in drafts:
        names.add(draft.name.casefold())
        if draft.org_number:
            orgs.add(draft.org_number)
    if not names:
        return []
    ids = [
        company_id
        for company_id, name, org in session.execute(
            select(Company.id, Company.name, Company.org_number)
        )
        if name.casefold() in names or (org and org in orgs)
    ]
    found: list[Company] = []
    for start in range(0, len(ids), 500):
        found += session.scalars(select(Company).where(Company.id.in_(ids[start : start + 500])))
    return sorted(found, key=lambda c: c.id)


def list_companies(db: Database) -> list[CompanyInfo]:
    """Every company, in Swedish order ('Åre Fjällchark' before 'Älvdalens Getgård'), which
    SQL's is not. Read as plain rows: the participant dialog lists them all (20,000 ORM
    objects at the bench's register of 100,000 people took 0.42 s)."""
    with db.read() as session:
        rows = session.execute(
            select(
                Company.id, Company.name, Company.org_number, Company.municipality, Company.sector
            )
        ).all()
    companies = [CompanyInfo(*row) for row in rows]
    return sorted(companies, key=lambda c: (sort_key(c.name), c.id))


class CompanyIndex:
    """The register's companies that ``needed`` (clean drafts) can name, in memory, for
    resolving many rows in one unit of work.

    Same rules as ``find_or_create``: by organisationsnummer, else by name (any case). With
    ``bulk=True`` new companies are collected and written together by ``write_new()`` (one
    statement for an import's hundreds of companies), which also gives them their ids.
    """

    def __init__(
        self, session: Session, needed: Iterable[CompanyDraft], bulk: bool = False
    ) -> None:
        self._session = session
        self._bulk = bulk
        self._by_org: dict[str, Company | dict[str, Any]] = {}
        self._by_name: dict[str, Company | dict[str, Any]] = {}
        self._new: list[dict[str, Any]] = []
        # The register's companies given a municipality here (it had none): their people
        # without one of their own now show it, and are searched and sorted by it
        # (``participants.refresh_people_of``).
        self.relocated: set[int] = set()
        self._now = utcnow()  # the companies one unit of work creates, created at one time
        self.existing: list[Company] = _named(session, needed)  # the register's, as read
        for company in self.existing:
            self._remember(company)

    @staticmethod
    def _get(company: Company | dict[str, Any], attr: str) -> Any:
        return company[attr] if isinstance(company, dict) else getattr(company, attr)

    @staticmethod
    def _set(company: Company | dict[str, Any], attr: str, value: Any) -> None:
        if isinstance(company, dict):
            company[attr] = value
        else:
            setattr(company, attr, value)

    def _remember(self, company: Company | dict[str, Any]) -> None:
        org = self._get(company, "org_number")
        if org:
            self._by_org.setdefault(org, company)
        self._by_name.setdefault(self._get(company, "name").casefold(), company)

    def resolve_record(self, draft: CompanyDraft) -> Company | dict[str, Any]:
        """The company ``draft`` names (a row dict while a bulk-new one is unwritten).

        ``draft`` must already be clean.
        """
        company = self._by_org.get(draft.org_number) if draft.org_number else None
        if company is None:
            candidate = self._by_name.get(draft.name.casefold())
            if candidate is not None and (
                not draft.org_number or not self._get(candidate, "org_number")
            ):
                company = candidate
        if company is None:
            company = self._create(draft)
            self._remember(company)
            return company
        for attr in ("org_number", "municipality", "sector"):
            if getattr(draft, attr) and not self._get(company, attr):
                self._set(company, attr, getattr(draft, attr))
                if attr == "org_number":  # now findable by it too
                    self._remember(company)
                elif attr == "municipality" and isinstance(company, Company):
                    self.relocated.add(company.id)
        return company

    def resolve(self, draft: CompanyDraft) -> Company:
        company = self.resolve_record(draft)
        assert isinstance(company, Company)
        return company

    @staticmethod
    def value(company: Company | dict[str, Any], attr: str) -> Any:
        return company[attr] if isinstance(company, dict) else getattr(company, attr)

    @staticmethod
    def id_of(company: Company | dict[str, Any]) -> int:
        return int(company["id"] if isinstance(company, dict) else company.id)

    def _create(self, draft: CompanyDraft) -> Company | dict[str, Any]:
        if self._bulk:
            row = {
                "name": draft.name,
                "org_number": draft.org_number,
                "municipality": draft.municipality,
                "sector": draft.sector,
                "created_at": self._now,
            }
            self._new.append(row)
            return row
        company = Company(
            name=draft.name,
            org_number=draft.org_number,
            municipality=draft.municipality,
            sector=draft.sector,
        )
        self._session.add(company)
        self._session.flush()
        audit.record(self._session, "company.create", "company", company.id)
        return company

    def write_new(self) -> list[int]:
        """Write the companies created in bulk mode; returns their ids. The caller's audit
        entry names them (an import's one entry names the range of its new companies)."""
        if not self._new:
            return []
        ids = insert_many(self._session, table_of(Company), self._new)
        for row, company_id in zip(self._new, ids, strict=True):
            row["id"] = company_id
        self._new = []
        return ids
