"""The modules overview as a table model: each module against its minimum, readable at a glance."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from originn_desktop.domain.rules import Light
from originn_desktop.domain.values import label
from originn_desktop.services.modules import ModuleSummary
from originn_desktop.ui.i18n import language, tx
from originn_desktop.ui.style import light_colour, light_icon

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
LIGHT_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class ModulesModel(QAbstractTableModel):
    CODE, TITLE, STATE, COUNT, WAITING, START, END, DEADLINE, STATUS = range(9)
    COLUMN_COUNT = 9

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ModuleSummary] = []

    def set_modules(self, summaries: list[ModuleSummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def summary(self, row: int) -> ModuleSummary:
        return self._rows[row]

    def row_of(self, module_id: int) -> int | None:
        for i, s in enumerate(self._rows):
            if s.module.id == module_id:
                return i
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMN_COUNT:
            return None  # a section Qt remembers from an older state: no such column
        return [
            self.tr("Code"),
            self.tr("Title"),
            self.tr("State"),
            self.tr("Counted / min."),
            self.tr("Waiting list"),
            self.tr("Starts"),
            self.tr("Ends"),
            self.tr("Registration closes"),
            self.tr("Status"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < self.COLUMN_COUNT
        ):
            return None  # a stale index: a module that is gone
        s = self._rows[index.row()]
        d = s.module.draft
        col = index.column()
        if role == ID_ROLE:
            return s.module.id
        if role == LIGHT_ROLE:
            return s.state.light
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(s, col, role == Qt.ItemDataRole.ToolTipRole)
        if role == SORT_ROLE:
            return self._sort_value(s, col)
        if col == self.STATE:
            if role == Qt.ItemDataRole.DecorationRole:
                return light_icon(s.state.light)
            if role == Qt.ItemDataRole.ForegroundRole:
                return light_colour(s.state.light)
            if role == Qt.ItemDataRole.FontRole and s.state.light == Light.RED:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COUNT, self.WAITING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and d.status == "cancelled":
            return QColor("#6b6b6b")
        return None

    def _display(self, s: ModuleSummary, col: int, tooltip: bool) -> Any:
        d = s.module.draft
        lang = language()
        if col == self.CODE:
            return d.code
        if col == self.TITLE:
            return d.title_sv if lang == "sv" else d.title_en
        if col == self.STATE:
            return tx(s.state.text)
        if col == self.COUNT:
            if tooltip:
                return (
                    self.tr("%1 counted of at least %2")
                    .replace("%1", str(s.count.counted))
                    .replace("%2", str(s.count.minimum))
                )
            maximum = f" (max {s.count.maximum})" if s.count.maximum is not None else ""
            return f"{s.count.counted} / {s.count.minimum}{maximum}"
        if col == self.WAITING:
            return str(s.count.waitlisted)
        if col in (self.START, self.END, self.DEADLINE):
            value = {
                self.START: d.start_date,
                self.END: d.end_date,
                self.DEADLINE: d.registration_deadline,
            }[col]
            return value.isoformat() if value else ""
        if col == self.STATUS:
            return label(d.status, lang)
        return None

    def _sort_value(self, s: ModuleSummary, col: int) -> Any:
        d = s.module.draft
        if col == self.STATE:
            order = {Light.RED: 0, Light.AMBER: 1, Light.GREEN: 2, Light.NEUTRAL: 3}
            return order[s.state.light] * 10_000 - s.count.missing
        if col == self.COUNT:
            return s.count.counted
        if col == self.WAITING:
            return s.count.waitlisted
        if col in (self.START, self.END, self.DEADLINE):
            value = {
                self.START: d.start_date,
                self.END: d.end_date,
                self.DEADLINE: d.registration_deadline,
            }[col]
            return (value or dt.date.max).isoformat()
        return str(self._display(s, col, False) or "").casefold()
