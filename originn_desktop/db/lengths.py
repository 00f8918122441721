"""Text longer than its column allows is refused with a message, on every database alike.

PostgreSQL refuses a value longer than its VARCHAR(n) (a crash, without this); SQLite stores
it whole. Checking before each flush gives both the same answer: which field, and its limit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, inspect
from sqlalchemy.orm import Session

from originn_desktop.domain.text import Text, ValidationError


def _limits(cls: type[Any]) -> list[tuple[str, int]]:
    cached: list[tuple[str, int]] | None = cls.__dict__.get("_text_limits")
    if cached is None:
        cached = [
            (attr.key, column.type.length)
            for attr in inspect(cls).column_attrs
            for column in attr.columns
            if isinstance(column.type, String) and column.type.length
        ]
        cls._text_limits = cached
    return cached


def refuse_overlong_text(session: Session, _context: Any, _instances: Any) -> None:
    """A ``before_flush`` hook: every new or changed row's text fits its column."""
    for obj in (*session.new, *session.dirty):
        for name, limit in _limits(type(obj)):
            value = getattr(obj, name, None)
            if isinstance(value, str) and len(value) > limit:
                field = name.replace("_", " ")
                raise ValidationError(
                    Text(
                        f"{field} is longer than {limit} characters",
                        f"{field}: längre än {limit} tecken",
                    ),
                    field=name,
                )
