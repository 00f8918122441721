"""The 15-participant rule, the waiting list, and the at-a-glance state of a module."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from originn_desktop.domain.text import Text
from originn_desktop.domain.values import COUNTED_STATUSES, EnrollmentStatus, ModuleStatus

DEFAULT_MINIMUM = 15
# Fewer than this many above the minimum is a warning: one withdrawal from trouble.
COMFORT_MARGIN = 2
DEADLINE_WARNING_DAYS = 14


@dataclass(frozen=True)
class Headcount:
    """How many a module has against its minimum and maximum."""

    counted: int
    minimum: int
    maximum: int | None = None
    waitlisted: int = 0

    @property
    def missing(self) -> int:
        return max(0, self.minimum - self.counted)

    @property
    def meets_minimum(self) -> bool:
        return self.counted >= self.minimum

    @property
    def is_full(self) -> bool:
        return self.maximum is not None and self.counted >= self.maximum

    @property
    def free_places(self) -> int | None:
        return None if self.maximum is None else max(0, self.maximum - self.counted)


def headcount(statuses: Iterable[str], minimum: int, maximum: int | None = None) -> Headcount:
    """Count enrollments by status: registered, admitted, completed and failed count."""
    return headcount_of(Counter(statuses), minimum, maximum)


def headcount_of(
    by_status: Mapping[str, int], minimum: int, maximum: int | None = None
) -> Headcount:
    """The headcount from the number of enrollments in each status (as the database counts
    them: no list of a hundred thousand statuses first)."""
    counted = sum(n for status, n in by_status.items() if status in COUNTED_STATUSES)
    waitlisted = by_status.get(EnrollmentStatus.WAITLISTED, 0)
    return Headcount(counted, minimum, maximum, waitlisted)


def placement(requested: EnrollmentStatus, current: Headcount) -> EnrollmentStatus:
    """The status a new or re-activated enrollment gets: beyond the maximum, or behind anyone
    still waiting, the waiting list (nobody who comes later gets in ahead of them)."""
    if requested in COUNTED_STATUSES and (current.is_full or current.waitlisted > 0):
        return EnrollmentStatus.WAITLISTED
    return requested


def places_to_fill(current: Headcount) -> int:
    """How many from the waiting list move up now: as many as there are free places, and
    everyone when the module has no maximum."""
    if current.maximum is None:
        return current.waitlisted
    return min(current.waitlisted, max(0, current.maximum - current.counted))


class Light(StrEnum):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    NEUTRAL = "neutral"


@dataclass(frozen=True)
class ModuleState:
    light: Light
    text: Text


def module_state(
    count: Headcount,
    status: str,
    registration_deadline: dt.date | None,
    today: dt.date,
) -> ModuleState:
    """Red below the minimum (saying how many are missing), amber when close, green when safe."""
    if status == ModuleStatus.CANCELLED:
        return ModuleState(Light.NEUTRAL, Text("cancelled", "inställd"))
    days_left = (registration_deadline - today).days if registration_deadline is not None else None
    deadline_near = days_left is not None and 0 <= days_left <= DEADLINE_WARNING_DAYS
    if not count.meets_minimum:
        n = count.missing
        text = Text(
            f"{n} participant{'s' if n != 1 else ''} missing",
            f"{n} deltagare saknas",
        )
        if deadline_near:
            if days_left == 0:
                closes = Text(", registration closes today", ", anmälan stänger i dag")
            elif days_left == 1:
                closes = Text(", registration closes tomorrow", ", anmälan stänger i morgon")
            else:
                closes = Text(
                    f", registration closes in {days_left} days",
                    f", anmälan stänger om {days_left} dagar",
                )
            text = text + closes
        return ModuleState(Light.RED, text)
    spare = count.counted - count.minimum
    if spare < COMFORT_MARGIN:
        return ModuleState(
            Light.AMBER,
            Text(
                f"minimum met, {spare} to spare",
                f"minimum uppnått, {spare} över",
            ),
        )
    return ModuleState(
        Light.GREEN,
        Text(f"minimum met, {spare} to spare", f"minimum uppnått, {spare} över"),
    )
