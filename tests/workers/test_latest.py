"""Typing a search reads off the GUI thread: only the newest query's rows are shown, each
reset of the table brings the newest rows, and the total follows."""

from __future__ import annotations

import pytest

from originn_desktop.services.participant_list import ParticipantQuery, search_participants
from originn_desktop.ui.participants_model import ParticipantsModel
from originn_desktop.workers.tasks import TaskRunner
from tests.factories import bulk_people


@pytest.fixture
def threaded(monkeypatch):
    monkeypatch.setattr(TaskRunner, "inline", False)


def test_only_the_newest_query_is_shown(db, qtbot, threaded):
    bulk_people(db, 450)
    model = ParticipantsModel(db)
    resets: list[list[int]] = []
    model.modelReset.connect(lambda: resets.append([r.id for r in model._rows]))
    typed = ["p", "p1", "p12", "p123", "person00123"]
    for word in typed:  # faster than any answer can come back
        model.set_query(ParticipantQuery(text=word), count=False)
    assert model.loading
    qtbot.waitUntil(lambda: not model.loading, timeout=30_000)
    expected = [r.id for r in search_participants(db, ParticipantQuery(text=typed[-1]))]
    assert resets == [expected]
    assert [model.row(i).first_name for i in range(model.rowCount())] == ["Person00123"]
    assert model.counted and model.total == 1
    model.shutdown()


def test_the_total_follows_the_rows_and_scrolling_loads_on(db, qtbot, threaded):
    bulk_people(db, 450)
    model = ParticipantsModel(db)
    model.set_query(ParticipantQuery(text="bulk"))
    qtbot.waitUntil(lambda: model.counted and not model.loading, timeout=30_000)
    assert (model.rowCount(), model.total) == (ParticipantsModel.FIRST_PAGE, 450)
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model._pages.busy, timeout=30_000)
    assert model.rowCount() == 450
    everyone = search_participants(db, ParticipantQuery(text="bulk"), limit=1000)
    assert [model.row(i).id for i in range(450)] == [r.id for r in everyone]
    model.shutdown()


def test_a_new_query_while_counting_counts_the_new_one(db, qtbot, threaded):
    bulk_people(db, 450)
    model = ParticipantsModel(db)
    model.set_query(ParticipantQuery(text="bulk"))
    model.set_query(ParticipantQuery(text="person0001"))  # Person00010..Person00019
    qtbot.waitUntil(lambda: model.counted and not model.loading, timeout=30_000)
    assert model.total == 10 and model.rowCount() == 10
    model.shutdown()


def test_the_selection_survives_a_refresh_that_reads_off_the_gui_thread(db, qtbot, threaded):
    from originn_desktop.ui.participants_view import ParticipantsView

    bulk_people(db, 30)
    view = ParticipantsView(db)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 30)
    chosen = [view.model.row(3).id, view.model.row(7).id]
    view.select_ids(chosen)
    view.refresh()
    qtbot.waitUntil(lambda: not view.model.loading, timeout=30_000)
    assert sorted(view.selected_ids()) == sorted(chosen)
    view.refresh()
    assert view.model.loading  # the rows are on their way; asking now selects them on arrival
    view.select_ids([view.model.row(5).id])
    qtbot.waitUntil(lambda: not view.model.loading, timeout=30_000)
    assert view.selected_ids() == [view.model.row(5).id]
    view.model.shutdown()


def test_a_saved_layout_applies_while_the_first_rows_are_read(db, qtbot, threaded):
    """No modules, rows on their way: the coordinator's widths still find their columns."""
    from originn_desktop.ui.participants_view import ParticipantsView

    bulk_people(db, 30)
    view = ParticipantsView(db)
    qtbot.addWidget(view)
    view.set_modules([])
    view.refresh()
    view.restore_layout({"widths": {"email": 333, "company": 222}, "sort": ["last_name", False]})
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 30)
    header = view.table.horizontalHeader()
    email, company = (view.model.column_of(key) for key in ("email", "company"))
    assert (header.sectionSize(email), header.sectionSize(company)) == (333, 222)
    view.model.shutdown()
