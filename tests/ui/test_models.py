"""The table models without any widget: what the views will show."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QPersistentModelIndex, Qt

from originn_desktop.domain.rules import Light
from originn_desktop.services.demo import load_demo
from originn_desktop.services.enrollment import change_status
from originn_desktop.services.modules import list_modules
from originn_desktop.services.participant_list import ParticipantQuery
from originn_desktop.services.participants import (
    delete_participant,
    get_participant,
    update_participant,
)
from originn_desktop.ui.modules_model import LIGHT_ROLE, ModulesModel
from originn_desktop.ui.participants_model import ID_ROLE, ParticipantsModel
from originn_desktop.ui.style import LIGHT_COLOURS
from tests import factories
from tests.clock import TODAY

DISPLAY = Qt.ItemDataRole.DisplayRole


def cell(model, row, column):
    return model.data(model.index(row, column), DISPLAY)


def drawn_colour(model, row, column):
    """The colour the table's item delegate paints the cell's text in."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    option = QStyleOptionViewItem()
    QStyledItemDelegate().initStyleOption(option, model.index(row, column))
    return option.palette.color(QPalette.ColorRole.Text).name()


def test_modules_model_shows_red_with_the_number_missing(db, qtmodeltester):
    load_demo(db)
    model = ModulesModel()
    model.set_modules(list_modules(db))
    qtmodeltester.check(model)
    rows = {cell(model, r, ModulesModel.CODE): r for r in range(model.rowCount())}
    m2 = rows["M2"]
    assert cell(model, m2, ModulesModel.STATE) == "3 participants missing"
    assert model.data(model.index(m2, ModulesModel.STATE), LIGHT_ROLE) == Light.RED
    assert cell(model, m2, ModulesModel.COUNT) == "12 / 15"
    assert cell(model, rows["M1"], ModulesModel.COUNT) == "20 / 15 (max 20)"
    assert cell(model, rows["M1"], ModulesModel.WAITING) == "2"
    assert model.data(model.index(rows["M1"], ModulesModel.STATE), LIGHT_ROLE) == Light.GREEN
    assert drawn_colour(model, m2, ModulesModel.STATE) == LIGHT_COLOURS[Light.RED].lower()
    assert drawn_colour(model, rows["M1"], ModulesModel.STATE) == LIGHT_COLOURS[Light.GREEN].lower()


def test_amber_when_just_met(db):
    factories.module(db, "A1", min_participants=2)
    for name in ("A", "B"):
        factories.person(db, name, module_code="A1")
    model = ModulesModel()
    model.set_modules(list_modules(db, today=TODAY))
    assert model.data(model.index(0, ModulesModel.STATE), LIGHT_ROLE) == Light.AMBER
    assert cell(model, 0, ModulesModel.STATE) == "minimum met, 0 to spare"


def test_participants_model_loads_a_page_at_a_time(db, qtmodeltester):
    factories.bulk_people(db, 450)
    model = ParticipantsModel(db)
    model.set_query(ParticipantQuery())
    assert model.total == 450
    first, page = ParticipantsModel.FIRST_PAGE, ParticipantsModel.PAGE
    assert first < page < 450 and model.rowCount() == first  # a screenful or so at once
    while model.canFetchMore():  # then a page each time
        before = model.rowCount()
        model.fetchMore()
        assert model.rowCount() == min(before + page, 450)
    assert model.rowCount() == 450
    qtmodeltester.check(model)


def test_an_uncounted_search_fetches_on_and_counts_when_asked(db, qtmodeltester):
    factories.bulk_people(db, 450)
    model = ParticipantsModel(db)
    model.set_query(ParticipantQuery(text="bulk"), count=False)
    assert model.rowCount() == ParticipantsModel.FIRST_PAGE and not model.counted
    assert model.canFetchMore()  # the view scrolls on before the total is known
    while model.canFetchMore():
        before = model.rowCount()
        model.fetchMore()
        # Rows come, or a read after a full last page finds none and settles the total.
        assert model.rowCount() > before or (model.counted and not model.canFetchMore())
    assert model.rowCount() == 450 and model.counted and model.total == 450
    model.set_query(ParticipantQuery(text="bulk"), count=False)
    model.count()
    assert (model.total, model.counted) == (450, True)
    model.set_query(ParticipantQuery(text="person00007"), count=False)
    assert (model.total, model.counted) == (1, True)  # less than a page: all there is
    qtmodeltester.check(model)


def test_search_is_case_and_accent_insensitive_for_swedish_letters(db):
    factories.person(db, "Åsa", "Öberg", email="asa@example.se")
    factories.person(db, "Sven", "Älvdal")
    model = ParticipantsModel(db)
    for text, expected in (
        ("åsa", ["Öberg"]),
        ("ÖBERG", ["Öberg"]),
        ("älv", ["Älvdal"]),
        ("", ["Älvdal", "Öberg"]),
    ):
        model.set_query(ParticipantQuery(text=text))
        assert [cell(model, r, 0) for r in range(model.rowCount())] == expected


def test_search_finds_people_by_birth_date_digits(db):
    factories.person(db, "Sven", "Älvdal", personal_number="800420-1110")
    factories.person(db, "Other", "Person")
    model = ParticipantsModel(db)
    model.set_query(ParticipantQuery(text="19800420"))
    assert [cell(model, r, 1) for r in range(model.rowCount())] == ["Sven"]


def test_names_sort_in_swedish_order(db):
    for last in ("Öst", "Ås", "Ägg", "Zeta", "Eriksson", "Ébert"):
        factories.person(db, "X", last)
    model = ParticipantsModel(db)
    model.set_query(ParticipantQuery())
    assert [cell(model, r, 0) for r in range(model.rowCount())] == [
        "Ébert",
        "Eriksson",
        "Zeta",
        "Ås",
        "Ägg",
        "Öst",
    ]
    model.sort(ParticipantsModel.LAST, Qt.SortOrder.DescendingOrder)
    assert cell(model, 0, 0) == "Öst"


def test_status_columns_and_module_filter(db):
    m1 = factories.module(db, "M1")
    m2 = factories.module(db, "M2")
    factories.person(db, "A", "One", module_code="M1")
    factories.person(db, "B", "Two", module_code="M2", status="waitlisted")
    model = ParticipantsModel(db)
    model.set_modules([(m1.id, "M1"), (m2.id, "M2")])
    model.set_query(ParticipantQuery())
    assert model.headerData(6, Qt.Orientation.Horizontal, DISPLAY) == "M1"
    assert [cell(model, r, 6) for r in range(2)] == ["registered", ""]
    assert [cell(model, r, 7) for r in range(2)] == ["", "waiting list"]
    model.set_query(dataclasses.replace(model.query, module_id=m2.id))
    assert [cell(model, r, 0) for r in range(model.rowCount())] == ["Two"]
    model.set_query(dataclasses.replace(model.query, module_id=m2.id, status="registered"))
    assert model.rowCount() == 0


def test_personnummer_is_masked_in_the_list(db):
    factories.person(db, "Sven", "Älvdal", personal_number="800420-1110")
    factories.person(db, "Kari", "Haugen", birth_date="1979-06-02")
    model = ParticipantsModel(db)
    model.set_query(ParticipantQuery())
    shown = {cell(model, r, 0): cell(model, r, ParticipantsModel.IDENTITY) for r in range(2)}
    assert shown == {"Älvdal": "19800420-****", "Haugen": "1979-06-02"}


def test_the_table_paints_each_cell_with_the_text_and_colour_the_model_gives(db, qtbot):
    """The view's delegate asks every role of a cell at once (``multiData``, answered by the
    model's items): it must paint what ``data()`` says, the status's colour included, and
    nothing for columns that are gone."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from originn_desktop.ui.participants_model import STATUS_COLOURS

    m1 = factories.module(db, "M1")
    factories.person(db, "Olle", "Ek", module_code="M1")
    factories.person(db, "Anna", "Berg", module_code="M1", status="waitlisted")
    model = ParticipantsModel(db)
    model.set_modules([(m1.id, "M1")])
    model.set_query(ParticipantQuery())
    delegate = QStyledItemDelegate()

    def painted(row, column):
        return shown(model.index(row, column))

    def shown(index):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        shows_text = bool(option.features & QStyleOptionViewItem.ViewItemFeature.HasDisplay)
        return (option.text if shows_text else None), option.palette.color(
            QPalette.ColorRole.Text
        ).name()

    plain = painted(1, 0)[1]
    assert painted(0, 0) == ("Berg", plain)
    assert painted(0, 6) == ("waiting list", STATUS_COLOURS["waitlisted"])
    assert painted(1, 6) == ("registered", plain)
    assert [painted(r, c)[0] for r in range(2) for c in range(7)] == [
        cell(model, r, c) for r in range(2) for c in range(7)
    ]
    stale = model.index(1, 6)
    model.set_modules([])  # the module is removed while the view holds the index
    assert shown(stale)[0] is None


def _loaded(db, modules=()):
    """A model with every row of the register loaded, as after scrolling to the end."""
    model = ParticipantsModel(db)
    model.set_modules(list(modules))
    model.set_query(ParticipantQuery())
    while model.canFetchMore():
        model.fetchMore()
    return model


def _cells(model):
    while model.canFetchMore():  # a refresh reads as many as were loaded: the rest on scrolling
        model.fetchMore()
    return [
        [model.data(model.index(r, c), role) for c in range(model.columnCount())]
        for r in range(model.rowCount())
        for role in (DISPLAY, ID_ROLE, Qt.ItemDataRole.ForegroundRole)
    ]


def test_a_refresh_changes_only_the_rows_that_changed(db, qtmodeltester):
    """After an edit the list is read again; the rows around the change keep their place (the
    view keeps its selection and scroll among them), and every cell is what a fresh list
    shows: a person renamed to move down the list, one added, one removed."""
    m1 = factories.module(db, "M1")
    factories.bulk_people(db, 450, module_id=m1.id)
    model = _loaded(db, [(m1.id, "M1")])
    assert model.rowCount() == 450
    qtmodeltester.check(model)
    resets, refreshed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.refreshed.connect(lambda: refreshed.append(1))
    far = QPersistentModelIndex(model.index(440, 0))
    far_id = far.data(ID_ROLE)

    moved = model.row(3)
    info = get_participant(db, moved.id)
    update_participant(
        db,
        moved.id,
        dataclasses.replace(info.draft(), last_name="Bulk50x", birth_date=dt.date(1980, 1, 2)),
    )
    model.refresh()
    assert _cells(model) == _cells(_loaded(db, [(m1.id, "M1")]))
    assert (far.row(), far.data(ID_ROLE)) == (440, far_id)  # below the change: untouched

    added = factories.person(db, "Aaron", "Bulk00").participant  # near the top
    model.refresh()
    assert _cells(model) == _cells(_loaded(db, [(m1.id, "M1")]))
    assert (far.row(), far.data(ID_ROLE)) == (441, far_id)  # moved down by the one added

    delete_participant(db, added.id)
    model.refresh()
    assert _cells(model) == _cells(_loaded(db, [(m1.id, "M1")]))
    assert (far.row(), far.data(ID_ROLE)) == (440, far_id)

    for status in ("waitlisted", "registered"):  # a status's colour comes, and goes again
        change_status(db, "M1", [far_id], status)
        model.refresh()
        assert _cells(model) == _cells(_loaded(db, [(m1.id, "M1")]))
        assert far.data(DISPLAY) == model.row(440).last_name
    assert model.index(440, 6).data(Qt.ItemDataRole.ForegroundRole) is None
    assert resets == [] and refreshed == [1, 1, 1, 1, 1]
    qtmodeltester.check(model)


def test_a_new_query_shows_its_rows_in_the_old_ones_as_a_fresh_list_would(db, qtlog):
    """Typing a search: the new rows are written over the rows shown (no reset, which made
    the view lay out and repaint its header at every key), fewer or more of them, and every
    cell is what a fresh list of that query shows: names, ids, statuses and their colours,
    also where a coloured status gives way to a person without one."""
    from PySide6.QtTest import QAbstractItemModelTester

    from tests.ui.test_model_signals import qt_problems

    m1 = factories.module(db, "M1")
    factories.bulk_people(db, 450, module_id=m1.id)
    modules = [(m1.id, "M1")]
    model = _loaded(db, modules)
    waiting = [model.row(r).id for r in range(0, 450, 3)]
    change_status(db, "M1", waiting, "waitlisted")
    model.set_query(ParticipantQuery())
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning, model)
    resets, replaced = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.replaced.connect(lambda: replaced.append(1))

    def fresh(query):
        other = ParticipantsModel(db)
        other.set_modules(modules)
        other.set_query(query)
        return _cells(other)

    # Fewer rows than shown, more again, none, and some after none; scrolled on each time.
    for text in ("person0001", "bulk", "nobody at all", "person002", ""):
        query = ParticipantQuery(text=text)
        model.set_query(query)
        assert _cells(model) == fresh(query), text
    assert resets == [] and len(replaced) == 5
    assert qt_problems(qtlog) == []


def test_a_refresh_after_changes_in_many_places_shows_the_rows_anew(db, monkeypatch):
    """People added all through the list (an import): the table is reset, not told of each."""
    monkeypatch.setattr(ParticipantsModel, "MOST_STEPS", 2)
    factories.bulk_people(db, 120)
    model = _loaded(db)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    for last in ("Bulk00a", "Bulk30a", "Bulk60a"):  # three places apart in name order
        factories.person(db, "Ny", last)
    model.refresh()
    assert resets == [1]
    assert _cells(model) == _cells(_loaded(db))


def test_the_refresh_keeps_the_most_people_in_place_and_turns_any_list_into_the_new_one():
    """``_steps`` against a plain longest-common-subsequence count, on random lists of ids:
    people added, removed and moved, and whole lists replaced."""
    import random

    from originn_desktop.ui.participants_model import _steps

    def most_kept(a, b):
        best = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
        for i in range(len(a)):
            for j in range(len(b)):
                best[i + 1][j + 1] = (
                    best[i][j] + 1 if a[i] == b[j] else max(best[i][j + 1], best[i + 1][j])
                )
        return best[-1][-1]

    rng = random.Random(17)
    for _ in range(500):
        old = rng.sample(range(40), rng.randint(0, 25))
        new = list(old)
        for _ in range(rng.randint(0, 6)):
            if new and rng.random() < 0.4:
                new.pop(rng.randrange(len(new)))
            elif new and rng.random() < 0.5:
                new.insert(rng.randint(0, len(new) - 1), new.pop(rng.randrange(len(new))))
            else:
                new.insert(
                    rng.randint(0, len(new)), rng.choice([x for x in range(40, 80) if x not in new])
                )
        if rng.random() < 0.1:
            new = rng.sample(range(60), rng.randint(0, 25))
        steps = _steps(old, new)
        shown, i, j = list(old), 0, 0
        for step, i1, i2, j1, j2 in steps:
            assert (i1, j1) == (i, j)  # one step after the other, covering both lists
            i, j = i2, j2
            if step == "equal":
                assert old[i1:i2] == new[j1:j2]
        assert (i, j) == (len(old), len(new))
        for _step, i1, i2, j1, j2 in reversed(steps):
            shown[i1:i2] = new[j1:j2]
        assert shown == new
        kept = sum(i2 - i1 for step, i1, i2, _j1, _j2 in steps if step == "equal")
        assert kept == most_kept(old, new)
