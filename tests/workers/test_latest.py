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


def test_a_new_search_starts_at_the_top_with_nothing_chosen(db, qtbot, threaded):
    """Its rows are written over the rows shown (no reset), so the view starts them at the
    top and lets go of the old choice itself; a person asked for while they are on their way
    is chosen when they arrive."""
    from originn_desktop.ui.participants_view import ParticipantsView

    bulk_people(db, 450)
    view = ParticipantsView(db)
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 0)
    while view.model.rowCount() < 150:  # scrolled on
        view.model.fetchMore()
        qtbot.waitUntil(lambda: not view.model._pages.busy, timeout=30_000)
    resets = []
    view.model.modelReset.connect(lambda: resets.append(1))
    view.select_ids([view.model.row(40).id])  # among the first page's rows, scrolled to
    bar = view.table.verticalScrollBar()
    assert bar.value() > 0 and view.selected_ids() != []

    qtbot.keyClicks(view.search, "person000")  # Person00000-Person00099: a full first page
    qtbot.waitUntil(lambda: not view.model.loading)
    assert view.model.rowCount() == view.model.FIRST_PAGE
    assert view.selected_ids() == [] and bar.value() == 0
    qtbot.keyClick(view.search, "1")
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 10)
    names = [view.model.row(r).first_name for r in range(10)]
    assert names == [f"Person{n:05d}" for n in range(10, 20)]
    assert view.selected_ids() == [] and bar.value() == 0
    assert view.table.currentIndex().isValid() is False

    qtbot.keyClick(view.search, "5")  # Person00015 only
    assert view.model.loading
    view.select_ids([view.model.row(5).id])  # the one shown now, and in the rows to come
    qtbot.waitUntil(lambda: not view.model.loading, timeout=30_000)
    assert [view.model.row(r).first_name for r in range(view.model.rowCount())] == ["Person00015"]
    assert view.selected_ids() == [view.model.row(0).id]
    assert resets == []
    view.model.shutdown()
