"""The audit log: when, who (the coordinator's own database role on a shared server, the
operating-system user on a file), what, which record.

Details name codes and statuses only: never a personnummer, never a name.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from originn_desktop.db.engine import Database, current_role
from originn_desktop.db.models import AuditEntry


@cache
def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers and services
        return "unknown"


def coordinator(session: Session) -> str:
    """Who does the unit of work in ``session``: on a shared server the database role they
    log in with (each coordinator has their own), on a file the operating-system user."""
    return current_role(session.connection()) or os_user()


def record(
    session: Session, action: str, entity: str, entity_id: int | None, **details: Any
) -> None:
    """Add an audit row to the unit of work in ``session``."""
    session.add(
        AuditEntry(
            os_user=coordinator(session),
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True)
            if details
            else "",
        )
    )


@dataclass(frozen=True)
class AuditRecord:
    at: dt.datetime
    os_user: str
    action: str
    entity: str
    entity_id: int | None
    details: str


def recent(db: Database, limit: int = 100) -> list[AuditRecord]:
    """The newest audit rows first."""
    with db.read() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)).all()
        return [
            AuditRecord(r.at, r.os_user, r.action, r.entity, r.entity_id, r.details) for r in rows
        ]
