"""Finding the module or participant a user named, inside a unit of work."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from originn_desktop.db.models import Module, Participant
from originn_desktop.domain.text import NotFound, Text


def find_module(session: Session, module: int | str) -> Module:
    """The module with this id (int) or code (str, any case), or ``NotFound``."""
    if isinstance(module, int):
        found = session.get(Module, module)
    else:
        found = session.scalar(select(Module).where(Module.code == module))
        if found is None:  # codes are typed by hand: accept m1 for M1
            found = session.scalar(
                select(Module).where(func.lower(Module.code) == str(module).lower())
            )
    if found is None:
        raise NotFound(Text(f"no module {module}", f"modulen {module} finns inte"))
    return found


def find_participant(session: Session, participant_id: int) -> Participant:
    found = session.get(Participant, participant_id)
    if found is None:
        raise NotFound(
            Text(
                f"no participant with id {participant_id}",
                f"ingen deltagare med id {participant_id}",
            )
        )
    return found
