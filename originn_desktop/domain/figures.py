"""The funders' figures as plain values: built by ``services.report``, drawn by ``pdf.report``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ModuleFigures:
    code: str
    title_sv: str
    title_en: str
    counted: int
    minimum: int
    completed: int
    failed: int
    withdrawn: int
    waitlisted: int

    @property
    def completion_rate(self) -> float | None:
        """Completed of those counted; None before anyone counts."""
        return self.completed / self.counted if self.counted else None


@dataclass(frozen=True)
class Breakdown:
    key: str  # a municipality name, a sector or gender code; "" for not stated
    participants: int
    companies: int


@dataclass(frozen=True)
class FundersReport:
    generated: dt.date
    modules: list[ModuleFigures]
    participants: int
    companies: int
    completed_participants: int
    by_municipality: list[Breakdown]
    by_sector: list[Breakdown]
    by_gender: list[Breakdown]
