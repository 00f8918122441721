"""Text longer than the register holds is refused with the field and its limit, on SQLite
(which would store it) and on PostgreSQL (which would fail) alike; nothing is written."""

from __future__ import annotations

from dataclasses import replace

import pytest

from originn_desktop.domain.text import ValidationError
from originn_desktop.services.modules import get_module, update_module
from originn_desktop.services.participant_list import ParticipantQuery, count_participants
from tests import factories


def test_an_overlong_field_is_refused_by_name_and_nothing_is_saved(db):
    with pytest.raises(ValidationError, match="municipality is longer than 100 characters"):
        factories.person(db, "Anna", "Lång", municipality="M" * 101)
    assert count_participants(db, ParticipantQuery()) == 0
    module = factories.module(db, "M1")
    draft = replace(module.draft, location="L" * 201)
    with pytest.raises(ValidationError, match="location is longer than 200 characters"):
        update_module(db, module.id, draft)
    assert get_module(db, "M1").draft.location == ""
