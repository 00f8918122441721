"""Modules: create, edit, look up, and list with their headcount against the minimum."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from originn_desktop.db.bulk import table_of
from originn_desktop.db.engine import ChangedElsewhere, Database
from originn_desktop.db.models import Enrollment, Module
from originn_desktop.domain.identity import normalize_text
from originn_desktop.domain.rules import (
    DEFAULT_MINIMUM,
    Headcount,
    ModuleState,
    headcount_of,
    module_state,
)
from originn_desktop.domain.text import Text, UserError, ValidationError
from originn_desktop.domain.values import (
    Cycle,
    EnrollmentStatus,
    ModuleStatus,
    ParticipationForm,
)
from originn_desktop.services import audit
from originn_desktop.services.enrollment import StatusChange, counts_by_status, fill_from_waitlist
from originn_desktop.services.lookup import find_module

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,19}$")


@dataclass
class ModuleDraft:
    """Everything the coordinator enters about a module (and a certificate needs from it)."""

    code: str
    title_sv: str
    title_en: str
    credits: float = 3.0
    cycle: str = Cycle.FIRST
    progression: str = "G1N"
    eqf_level: int | None = 6
    course_code: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    registration_deadline: dt.date | None = None
    participation_form: str = ParticipationForm.BLENDED
    location: str = ""
    min_participants: int = DEFAULT_MINIMUM
    max_participants: int | None = None
    learning_outcomes_sv: str = ""
    learning_outcomes_en: str = ""
    assessment_sv: str = ""
    assessment_en: str = ""
    quality_assurance_sv: str = ""
    quality_assurance_en: str = ""
    status: str = ModuleStatus.PLANNED


DRAFT_FIELDS = tuple(f.name for f in fields(ModuleDraft))


@dataclass(frozen=True)
class ModuleInfo:
    id: int
    version: int
    draft: ModuleDraft

    @property
    def code(self) -> str:
        return self.draft.code

    def level_text(self, lang: str) -> str:
        """``grundnivå, G1N`` / ``first cycle, G1N``."""
        from originn_desktop.domain.values import label

        return ", ".join(p for p in (label(self.draft.cycle, lang), self.draft.progression) if p)


@dataclass(frozen=True)
class ModuleSummary:
    """A module with its headcount and its at-a-glance state."""

    module: ModuleInfo
    count: Headcount
    withdrawn: int
    completed: int
    failed: int
    state: ModuleState


def _problem(field: str, en: str, sv: str) -> ValidationError:
    return ValidationError(Text(en, sv), field=field)


def validate_module(draft: ModuleDraft) -> list[ValidationError]:
    """Every problem with ``draft``, each tied to its field; empty when it can be saved."""
    problems: list[ValidationError] = []
    if not _CODE.match(draft.code or ""):
        problems.append(
            _problem(
                "code",
                "code: 1-20 letters, digits, '-', '_' or '.' (e.g. M1)",
                "kod: 1-20 bokstäver, siffror, '-', '_' eller '.' (t.ex. M1)",
            )
        )
    if not draft.title_sv.strip():
        problems.append(_problem("title_sv", "a Swedish title is required", "svensk titel krävs"))
    if not draft.title_en.strip():
        problems.append(_problem("title_en", "an English title is required", "engelsk titel krävs"))
    if not 0 < draft.credits <= 60:
        problems.append(
            _problem("credits", "credits must be between 0 and 60 hp", "poäng ska vara 0-60 hp")
        )
    if draft.min_participants < 1:
        problems.append(
            _problem(
                "min_participants",
                "the minimum must be at least 1",
                "minsta antal måste vara minst 1",
            )
        )
    if draft.max_participants is not None and draft.max_participants < draft.min_participants:
        problems.append(
            _problem(
                "max_participants",
                "the maximum cannot be below the minimum",
                "högsta antal kan inte vara lägre än minsta antal",
            )
        )
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        problems.append(
            _problem(
                "end_date",
                "the module cannot end before it starts",
                "modulen kan inte sluta innan den börjar",
            )
        )
    if (
        draft.start_date
        and draft.registration_deadline
        and draft.registration_deadline > draft.start_date
    ):
        problems.append(
            _problem(
                "registration_deadline",
                "the registration deadline cannot be after the start",
                "sista anmälningsdag kan inte ligga efter starten",
            )
        )
    if draft.eqf_level is not None and not 1 <= draft.eqf_level <= 8:
        problems.append(_problem("eqf_level", "the EQF level is 1 to 8", "EQF-nivån är 1 till 8"))
    for name, enum in (
        ("cycle", Cycle),
        ("participation_form", ParticipationForm),
        ("status", ModuleStatus),
    ):
        value = getattr(draft, name)
        if value not in set(enum):
            allowed = ", ".join(enum)
            problems.append(_problem(name, f"{name}: one of {allowed}", f"{name}: en av {allowed}"))
    return problems


def _clean(draft: ModuleDraft) -> ModuleDraft:
    texts: dict[str, Any] = {
        f: normalize_text(getattr(draft, f))
        for f in DRAFT_FIELDS
        if isinstance(getattr(draft, f), str)
    }
    return replace(draft, **texts)


def _info(module: Any) -> ModuleInfo:
    """A module's plain data, from a ``Module`` or a row of its table (same names)."""
    draft = ModuleDraft(**{f: getattr(module, f) for f in DRAFT_FIELDS})
    return ModuleInfo(module.id, module.version, draft)


def _raise_first(problems: list[ValidationError]) -> None:
    if problems:
        raise problems[0]


def _duplicate(code: str) -> ValidationError:
    return _problem("code", f"there is already a module {code}", f"det finns redan en modul {code}")


def _check_code_free(session: Session, code: str, module_id: int | None = None) -> None:
    """Codes are typed by hand: ``m1`` and ``M1`` are the same module, never two."""
    query = select(Module.code).where(func.lower(Module.code) == code.lower())
    if module_id is not None:
        query = query.where(Module.id != module_id)
    taken = session.scalar(query.limit(1))
    if taken is not None:
        raise _duplicate(taken)


def _check_start_after_grades(session: Session, module: Module, start: dt.date | None) -> None:
    """A certificate never shows an examination before the module began."""
    if start is None:
        return
    earliest = session.scalar(
        select(func.min(Enrollment.grade_date)).where(
            Enrollment.module_id == module.id, Enrollment.grade_date.is_not(None)
        )
    )
    if earliest is not None and earliest < start:
        raise _problem(
            "start_date",
            f"{module.code} has examination dates from {earliest}: it cannot start after that",
            f"{module.code} har examinationsdatum från {earliest}: modulen kan inte börja senare",
        )


def create_module(db: Database, draft: ModuleDraft, module_id: int | None = None) -> ModuleInfo:
    """Add a module; its code must be new. ``module_id`` re-creates one with its old id (redo)."""
    draft = _clean(draft)
    _raise_first(validate_module(draft))
    try:
        with db.write() as session:
            _check_code_free(session, draft.code)
            module = Module(**asdict(draft))
            if module_id is not None:
                module.id = module_id
            session.add(module)
            session.flush()
            audit.record(session, "module.create", "module", module.id, code=module.code)
            return _info(module)
    except IntegrityError:
        raise _duplicate(draft.code) from None


@dataclass(frozen=True)
class ModuleUpdate:
    module: ModuleInfo
    moved_up: list[StatusChange]


def update_module(
    db: Database, module_id: int, draft: ModuleDraft, expected_version: int | None = None
) -> ModuleUpdate:
    """Replace a module's fields; raises if someone else saved it since ``expected_version``."""
    draft = _clean(draft)
    _raise_first(validate_module(draft))
    try:
        with db.write() as session:
            module = find_module(session, module_id)
            if expected_version is not None and module.version != expected_version:
                raise ChangedElsewhere()
            changed = [f for f in DRAFT_FIELDS if getattr(module, f) != getattr(draft, f)]
            if "code" in changed:
                _check_code_free(session, draft.code, module.id)
            if "start_date" in changed:
                _check_start_after_grades(session, module, draft.start_date)
            for f in changed:
                setattr(module, f, getattr(draft, f))
            session.flush()
            if changed:
                audit.record(session, "module.update", "module", module.id, fields=changed)
            moved: list[StatusChange] = []
            if "max_participants" in changed:
                # A raised or removed maximum makes room: the waiting list moves up.
                moved = fill_from_waitlist(session, module)
            return ModuleUpdate(_info(module), moved)
    except IntegrityError:
        raise _duplicate(draft.code) from None


def get_module(db: Database, module: int | str) -> ModuleInfo:
    with db.read() as session:
        return _info(find_module(session, module))


def summarize(module: ModuleInfo, by_status: dict[str, int], today: dt.date) -> ModuleSummary:
    d = module.draft
    count = headcount_of(by_status, d.min_participants, d.max_participants)
    return ModuleSummary(
        module=module,
        count=count,
        withdrawn=by_status.get(EnrollmentStatus.WITHDRAWN, 0),
        completed=by_status.get(EnrollmentStatus.COMPLETED, 0),
        failed=by_status.get(EnrollmentStatus.FAILED, 0),
        state=module_state(count, d.status, d.registration_deadline, today),
    )


def list_modules(db: Database, today: dt.date | None = None) -> list[ModuleSummary]:
    """Every module, by start date then code, with its headcount."""
    today = today or dt.date.today()
    with db.read() as session:
        # Rows of the table, not ORM objects: the window's first paint lists the modules, and
        # the first ORM query configures every mapper (20-30 ms of start-up, measured).
        modules = session.execute(select(table_of(Module))).all()
        counts = counts_by_status(session)
        infos = [_info(m) for m in modules]
    infos.sort(key=lambda m: (m.draft.start_date or dt.date.max, m.code))
    return [summarize(m, counts.get(m.id, {}), today) for m in infos]


def module_summary(db: Database, module: int | str, today: dt.date | None = None) -> ModuleSummary:
    with db.read() as session:
        found = find_module(session, module)
        info = _info(found)
        counts = counts_by_status(session, [found.id]).get(found.id, {})
    return summarize(info, counts, today or dt.date.today())


def delete_module(db: Database, module_id: int) -> None:
    """Remove a module that nobody is enrolled in (undoing a module added by mistake)."""
    with db.write() as session:
        module = find_module(session, module_id)
        enrolled = session.scalar(
            select(func.count()).select_from(Enrollment).where(Enrollment.module_id == module.id)
        )
        if enrolled:
            raise UserError(
                Text(
                    f"{module.code} has {enrolled} enrollments and cannot be removed",
                    f"{module.code} har {enrolled} anmälningar och kan inte tas bort",
                )
            )
        session.delete(module)
        audit.record(session, "module.delete", "module", module_id, code=module.code)
