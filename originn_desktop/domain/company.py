"""A company as typed or imported, and the check that makes it clean: no database here."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from originn_desktop.domain.identity import normalize_name, normalize_text, parse_org_number
from originn_desktop.domain.text import Text, ValidationError
from originn_desktop.domain.values import Sector


@dataclass(frozen=True)
class CompanyDraft:
    name: str
    org_number: str | None = None
    municipality: str = ""
    sector: str | None = None


@lru_cache(maxsize=4096)  # an import names the same company on many rows
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
