"""The modules overview: every module against its minimum, red, amber or green at a glance."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from originn_desktop.domain.rules import Light
from originn_desktop.services.modules import ModuleSummary
from originn_desktop.ui.modules_model import ID_ROLE, SORT_ROLE, ModulesModel


class ModulesView(QWidget):
    edit_requested = Signal(int)
    open_participants = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ModulesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ModulesModel.START, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Modules"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ModulesModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        # A double-click (or Enter) activates: connected to doubleClicked too, it opened twice.
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def set_modules(self, summaries: list[ModuleSummary]) -> None:
        selected = self.selected_module_id()
        self.model.set_modules(summaries)
        below = [s for s in summaries if s.state.light == Light.RED]
        if not summaries:
            self.summary.setText("")
        elif below:
            missing = ", ".join(
                self.tr("%1: %n missing", "", s.count.missing).replace("%1", s.module.code)
                for s in below
            )
            self.summary.setText(
                self.tr("%n module(s) below the minimum", "", len(below)) + f" — {missing}"
            )
        else:
            self.summary.setText(self.tr("Every module meets its minimum."))
        if selected is not None:
            self.select(selected)

    def select(self, module_id: int) -> None:
        row = self.model.row_of(module_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectRow(index.row())

    def selected_module_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        self.edit_requested.emit(int(index.data(ID_ROLE)))
