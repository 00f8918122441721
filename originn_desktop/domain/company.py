"""A company as typed or imported, and the check that makes it clean: no database here."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from originn_desktop.domain.identity import (
    MUNICIPALITY_MAX_LENGTH,
    fitting,
    normalize_name,
    normalize_text,
    parse_org_number,
)
from originn_desktop.domain.text import Text, ValidationError
from originn_desktop.domain.values import Sector


@dataclass(frozen=True)
class CompanyDraft:
    name: str
    org_number: str | None = None
    municipality: str = ""
    sector: str | None = None


def clean_company(draft: CompanyDraft) -> CompanyDraft:
    """Validated and normalised; raises ``ValidationError`` naming the field."""
    return clean_company_fields(draft.name, draft.org_number, draft.municipality, draft.sector)


_SECTORS = frozenset(Sector)


@lru_cache(maxsize=4096)  # an import names the same company on many rows
def clean_company_fields(
    name: str, org_number: str | None = None, municipality: str = "", sector: str | None = None
) -> CompanyDraft:
    """``clean_company`` of the fields as given, with no draft made first (a roster row)."""
    name, org = _name_and_org(name, org_number)
    sector = sector or None
    if sector is not None and sector not in _SECTORS:
        raise ValidationError(
            Text(
                f"sector {sector}: one of {', '.join(Sector)}",
                f"bransch {sector}: en av {', '.join(Sector)}",
            ),
            field="sector",
        )
    municipality = fitting(
        normalize_text(municipality),
        MUNICIPALITY_MAX_LENGTH,
        "municipality",
        "the company's municipality",
        "företagets kommun",
    )
    return CompanyDraft(name, org, municipality, sector)


@lru_cache(maxsize=4096)  # the same company on many rows, with each participant's municipality
def _name_and_org(name: str, org_number: str | None) -> tuple[str, str | None]:
    org = parse_org_number(org_number) if org_number and org_number.strip() else None
    return normalize_name(name, field="company"), org
