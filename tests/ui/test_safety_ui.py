"""Backups, restore, erasure and the retention rule from the window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from originn_desktop.services.backups import check_backup
from originn_desktop.services.demo import load_demo
from originn_desktop.services.enrollment import complete
from originn_desktop.services.participant_list import ParticipantQuery, count_participants
from tests import factories


def answer_yes(monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(
            lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes
        ),
    )
    return asked


def test_back_up_and_restore_from_the_file_menu(window, monkeypatch, db, tmp_path):
    load_demo(db)
    window.refresh()
    target = tmp_path / "copy.db"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.backup_action.trigger()
    assert check_backup(target).participants == 35
    factories.person(db, "Later", "Added")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    asked = answer_yes(monkeypatch)
    window.restore_action.trigger()
    assert "35 participants" in asked[0]
    assert count_participants(window.db, ParticipantQuery()) == 35
    assert "Restored" in window.statusBar().currentMessage()


def test_erase_the_selected_participant_after_confirming(window, monkeypatch, db):
    person = factories.person(db, "Gone", "Forever").participant
    factories.person(db, "Stays", "Here")
    window.refresh()
    window.show_tab(1)
    window.participants_view.select_ids([person.id])
    assert window.erase_action.isEnabled()
    asked = answer_yes(monkeypatch)
    window.erase_action.trigger()
    assert "Gone Forever" in asked[0]
    assert [
        window.participants_view.model.row(r).first_name
        for r in range(window.participants_view.model.rowCount())
    ] == ["Stays"]
    assert not window.register.undo_stack.canUndo()


def test_purge_old_personal_data_from_the_file_menu(window, monkeypatch, db):
    factories.module(
        db, "OLD", min_participants=1, start_date=dt.date(2020, 1, 1), end_date=dt.date(2020, 3, 1)
    )
    old = factories.person(db, "Old", "Timer", module_code="OLD").participant
    complete(db, "OLD", [old.id], "G", dt.date(2020, 3, 1))
    window.refresh()
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (24, True)))
    asked = answer_yes(monkeypatch)
    window.purge_action.trigger()
    assert "1 participants" in asked[0]
    assert count_participants(db, ParticipantQuery()) == 0
    assert window.modules_view.model.summary(0).count.counted == 1  # the count remains
