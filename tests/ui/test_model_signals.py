"""The participants model keeps Qt's order of signals when whoever hears of a change asks for
more rows at once, as a table view does: no rows arrive in the middle of a reset."""

from __future__ import annotations

from PySide6.QtCore import QtMsgType
from PySide6.QtTest import QAbstractItemModelTester

from originn_desktop.services.participant_list import ParticipantQuery
from originn_desktop.ui.participants_model import ParticipantsModel
from tests import factories


def qt_problems(qtlog) -> list[str]:
    return [
        r.message
        for r in qtlog.records
        if r.type not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) and not r.ignored
    ]


def test_rows_asked_for_during_a_new_module_column_arrive_after_it(db, qtbot, qtlog, monkeypatch):
    monkeypatch.setattr(ParticipantsModel, "PAGE", 5)
    monkeypatch.setattr(ParticipantsModel, "FIRST_PAGE", 5)
    m1 = factories.module(db, "M1")
    people = [factories.person(db, f"Person{i:02d}", "Prov").participant.id for i in range(40)]
    model = ParticipantsModel(db)
    model.set_query(ParticipantQuery(), count=False)
    assert model.rowCount() == 5 and model.canFetchMore()
    # A view hears of the reset before anyone else and asks for more rows (the read runs
    # inline here; on the GUI thread its answer comes later anyway).
    model.modelReset.connect(lambda: model.canFetchMore() and model.fetchMore())
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning, model)
    m2 = factories.module(db, "M2")

    model.set_modules([(m1.id, "M1"), (m2.id, "M2")])

    qtbot.waitUntil(lambda: not model.canFetchMore())
    # Everyone once, in order: no page asked for twice while the one before was arriving.
    assert [model.row(r).id for r in range(model.rowCount())] == sorted(people)
    assert model.columnCount() == ParticipantsModel.FIXED_COLUMNS + 2
    assert qt_problems(qtlog) == []
