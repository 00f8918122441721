"""The participants view: search as you type, filter by module and status, sort, multi-select."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from originn_desktop.db.engine import Database
from originn_desktop.domain.values import EnrollmentStatus, label
from originn_desktop.ui.i18n import language
from originn_desktop.ui.participants_model import ID_ROLE, ParticipantsModel
from originn_desktop.ui.widgets import SearchField

# The total of a search is counted once typing pauses this long; the rows follow each key.
COUNT_AFTER_MS = 150
# The widest a saved column width may be (pixels); a larger one is not the coordinator's.
MAX_WIDTH = 4000
# Rows that take longer than this to arrive (sorting a million people) say so meanwhile.
SEARCHING_AFTER_MS = 300


class ParticipantsView(QWidget):
    edit_requested = Signal(int)
    selection_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ParticipantsModel(db, self)
        self.context_actions: list[QAction | None] = []

        self.search = SearchField()
        self.module_filter = QComboBox()
        self.status_filter = QComboBox()
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.module_label = QLabel()
        self.module_label.setBuddy(self.module_filter)
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status_filter)
        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.module_label)
        bar.addWidget(self.module_filter)
        bar.addWidget(self.status_label)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.count)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Names, e-mails and places are Latin script (stored composed, NFC): drawn without
        # OpenType shaping (kerning, ligatures), which Qt otherwise runs for every cell at
        # every paint. A keystroke's new screenful is mostly text laid out for the first time.
        unshaped = QFont()  # only this attribute set: family and size still follow the window
        unshaped.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.table.setFont(unshaped)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # A double-click (or Enter) activates: connected to doubleClicked too, it opened twice.
        self.table.activated.connect(self._activated)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(60)  # fit columns to a sample, not every loaded row
        self._sized = False

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self._fill_status_filter()
        # While typing, the rows follow each keystroke and the total the pause after it.
        self._count_later = QTimer(self)
        self._count_later.setSingleShot(True)
        self._count_later.setInterval(COUNT_AFTER_MS)
        self._count_later.timeout.connect(self.model.count)
        self._searching_later = QTimer(self)
        self._searching_later.setSingleShot(True)
        self._searching_later.setInterval(SEARCHING_AFTER_MS)
        self._searching_later.timeout.connect(self._update_count)
        self._reselect: list[int] | None = None  # to select once the rows on their way arrive
        self.search.textChanged.connect(self._search_changed)
        self.module_filter.currentIndexChanged.connect(self._module_changed)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        self.model.modelAboutToBeReset.connect(self._keep_choice)
        self.model.modelReset.connect(self._after_reload)
        self.model.refreshed.connect(self._after_reload)
        self.model.replaced.connect(self._after_new_rows)
        self.model.total_changed.connect(self._update_count)
        self.retranslate()

    def retranslate(self) -> None:
        """The view's own texts, again: at start and when the language changes (the filters'
        items and the rows' statuses follow the refresh that a change of language brings)."""
        self.search.setPlaceholderText(
            self.tr("Search name, e-mail, company, municipality or date of birth")
        )
        self.search.setAccessibleName(self.tr("Search participants"))
        self.module_filter.setAccessibleName(self.tr("Show participants of module"))
        self.status_filter.setAccessibleName(self.tr("Show status"))
        self.count.setAccessibleName(self.tr("Number of participants shown"))
        # Room for the longest text it shows, so the search field does not jump as one types.
        widest = self.tr("more than %n participant(s)", "", 100000)
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance(widest) + 8)
        self.search_label.setText(self.tr("&Search:"))
        self.module_label.setText(self.tr("&Module:"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.table.setAccessibleName(self.tr("Participants"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.count.text():  # (empty until the first rows are in)
                self._update_count()
        super().changeEvent(event)

    # -- filters ------------------------------------------------------------------------------

    def _fill_status_filter(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("Any status"), None)
        for s in EnrollmentStatus:
            self.status_filter.addItem(label(s, language()), s.value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.setEnabled(self.module_filter.currentData() is not None)
        self.status_filter.blockSignals(False)

    def set_modules(self, modules: list[tuple[int, str]]) -> None:
        """The modules to filter by and to show a status column for: (id, code)."""
        current = self.module_filter.currentData()
        self.module_filter.blockSignals(True)
        self.module_filter.clear()
        self.module_filter.addItem(self.tr("All modules"), None)
        for mid, code in modules:
            self.module_filter.addItem(code, mid)
        self.module_filter.setCurrentIndex(max(0, self.module_filter.findData(current)))
        self.module_filter.blockSignals(False)
        widths = self.column_widths()
        self.model.set_modules(modules)
        # Columns follow their modules, not their places: a module removed elsewhere must not
        # hand its width, or the sort, to the module that moves into its place.
        self.set_column_widths(widths)
        self._show_sort()
        self._fill_status_filter()
        if self.module_filter.currentData() != self.model.query.module_id:
            self._apply_filters()  # the module shown is gone: show everyone, as the box says

    def show_module(self, module_id: int) -> None:
        self.module_filter.setCurrentIndex(max(0, self.module_filter.findData(module_id)))

    def module_filter_id(self) -> int | None:
        data = self.module_filter.currentData()
        return None if data is None else int(data)

    def _module_changed(self) -> None:
        self.status_filter.setEnabled(self.module_filter.currentData() is not None)
        if self.module_filter.currentData() is None:
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(0)
            self.status_filter.blockSignals(False)
        self._apply_filters()

    # -- the columns' layout, by what each column shows ------------------------------------

    def column_widths(self) -> dict[str, int]:
        header = self.table.horizontalHeader()
        widths = {}
        for column in range(min(header.count(), self.model.columnCount())):
            key = self.model.column_key(column)
            if key is not None:
                widths[key] = header.sectionSize(column)
        return widths

    def set_column_widths(self, widths: dict[str, int]) -> None:
        header = self.table.horizontalHeader()
        for key, width in widths.items():
            column = self.model.column_of(key)
            if column is not None and column < header.count():
                header.resizeSection(column, width)

    def _show_sort(self) -> None:
        """Point the header's sort indicator at the column the rows are sorted by."""
        header = self.table.horizontalHeader()
        query = self.model.query
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        column = self.model.sort_column()
        if (
            query.sort_module_id is not None
            and self.model.module_column(query.sort_module_id) is None
        ):
            self.model.sort(column, order)  # sorted by a module that is gone: by name again
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            header.setSortIndicator(column, order)  # sorts the model, if it changed

    def layout_state(self) -> dict[str, object]:
        """The columns' widths and the sort, named by what the columns show (saved per register)."""
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        return {
            # Only widths someone chose (or fitted to rows): Qt's defaults are no layout.
            "widths": self.column_widths() if self._sized else {},
            "sort": [self.model.column_key(column), descending],
        }

    def restore_layout(self, state: dict[str, object]) -> None:
        """Apply what of a saved layout fits the columns there are now; ignore the rest."""
        widths = state.get("widths")
        if isinstance(widths, dict):
            minimum = self.table.horizontalHeader().minimumSectionSize()
            fitting = {
                k: w
                for k, w in widths.items()
                if isinstance(w, int) and not isinstance(w, bool) and minimum <= w <= MAX_WIDTH
            }
            if fitting:
                self.set_column_widths(fitting)
                self._sized = True  # the coordinator's widths, not fitted to the first rows
        sort = state.get("sort")
        if isinstance(sort, list) and len(sort) == 2 and isinstance(sort[1], bool):
            column = self.model.column_of(sort[0])
            if column is not None:
                order = Qt.SortOrder.DescendingOrder if sort[1] else Qt.SortOrder.AscendingOrder
                self.table.sortByColumn(column, order)

    # -- filtering ------------------------------------------------------------------------

    def _apply_filters(self, count: bool = True) -> None:
        query = dataclasses.replace(
            self.model.query,
            text=self.search.text(),
            module_id=self.module_filter.currentData(),
            status=self.status_filter.currentData() if self.status_filter.isEnabled() else None,
        )
        self.model.set_query(query, count=count)
        self._waiting()

    def _search_changed(self) -> None:
        self._apply_filters(count=False)
        self._count_later.start()  # counts only if the rows leave the total open

    def refresh(self) -> None:
        """Read the rows again (after a change), keeping the selection."""
        selected = self._reselect if self._reselect is not None else self.selected_ids()
        self._reselect = selected
        self.model.refresh()
        self._waiting()

    def _waiting(self) -> None:
        if self.model.loading:
            self._searching_later.start()

    # -- selection ----------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return [int(i.data(ID_ROLE)) for i in self.table.selectionModel().selectedRows()]

    def select_ids(self, ids: list[int]) -> None:
        """Select these participants (once they have arrived, if rows are on their way)."""
        if self.model.loading:
            self._reselect = list(ids)
            return
        self._reselect = None
        selection = self.table.selectionModel()
        selection.clearSelection()
        for pid in ids:
            row = self.model.row_of(pid)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        if ids and (row := self.model.row_of(ids[0])) is not None:
            self.table.scrollTo(self.model.index(row, 0))

    def _keep_choice(self) -> None:
        # A reset shows the same people in other columns (a module came or went, here or
        # elsewhere) or in another language: the people chosen stay chosen, where a reset
        # alone let go of them (and of the actions on them).
        if self._reselect is None and (chosen := self.selected_ids()):
            self._reselect = chosen

    def _after_new_rows(self) -> None:
        # A new query's rows, shown in the old rows' place: as after a reset, nothing of the
        # old list stays chosen and the list starts at its top.
        self.table.selectionModel().clear()
        self.table.scrollToTop()
        self._after_reload()

    def _after_reload(self) -> None:
        if not self._sized and self.model.rowCount():
            self.fit_columns()
        if self._reselect is not None and not self.model.loading:
            self.select_ids(self._reselect)
        self._update_count()
        self.selection_changed.emit()

    def fit_columns(self) -> None:
        """Size columns to the loaded rows once (not continuously: that would measure every
        row on every change), capped so one long e-mail does not push the rest away."""
        self._sized = True
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column) + 12, 280))

    def _update_count(self) -> None:
        if self.model.loading:
            if not self._searching_later.isActive():  # slow to come: say so
                self.count.setText(self.tr("Searching…"))
            return
        self._searching_later.stop()
        if self.model.counted:
            self.count.setText(self.tr("%n participant(s)", "", self.model.total))
        else:  # until the pause after typing: the rows loaded, and that there are more
            self.count.setText(self.tr("more than %n participant(s)", "", self.model.total - 1))

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        # The row's first cell holds the participant (any cell may be double-clicked).
        self.edit_requested.emit(int(index.siblingAtColumn(0).data(ID_ROLE)))

    def _context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        if not self.table.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))
