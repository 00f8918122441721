"""The participants table: filtered, searched and sorted by the database, loaded a page at a time.

``canFetchMore``/``fetchMore`` let the view ask for the next page only as the user scrolls, so
100,000 participants cost the window no more than the rows on screen.

The loaded rows are held as Qt's own items (a ``QStandardItemModel``), made once when a page
arrives. Painting asks every cell for its roles, at every repaint: answered in C++, the paint
after a keystroke took a median 5.3-5.6 ms at 100,000 people where the same cells answered
from Python (one ``multiData`` call a cell) took 12.9-13.9 ms; making a first page's items
costs about 2 ms, once. Python still answers what is asked rarely: the headers, sorting (in
the database) and the next page. Making items costs about 40 us a row, so a refresh changes
only the rows that differ (``_update``) instead of making every loaded row's items again.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from originn_desktop.db.engine import Database
from originn_desktop.domain.values import EnrollmentStatus, label
from originn_desktop.services.participant_list import (
    ParticipantQuery,
    ParticipantRow,
    SortBy,
    count_participants,
    search_participants,
)
from originn_desktop.ui.i18n import language
from originn_desktop.workers.latest import Lane

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2

STATUS_COLOURS: dict[str, str] = {
    EnrollmentStatus.WAITLISTED: "#8a5300",
    EnrollmentStatus.WITHDRAWN: "#6b6b6b",
    EnrollmentStatus.COMPLETED: "#1d6b35",
    EnrollmentStatus.FAILED: "#b3261e",
}


# Rows are chosen, not edited in place (a double-click opens the participant).
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class ParticipantsModel(QStandardItemModel):
    LAST, FIRST, IDENTITY, EMAIL, COMPANY, MUNICIPALITY = range(6)
    FIXED_COLUMNS = 6
    # What each column is, whatever its place: saved window state names columns by these, so a
    # layout saved with other modules (or another register) finds the right column or none.
    # Each is also the field of ``ParticipantRow`` the column shows.
    FIXED_KEYS = ("last_name", "first_name", "identity", "email", "company", "municipality")
    # Rows read at a time while scrolling: a screenful or two.
    PAGE = 100
    # Rows a new query reads first: a full screen (about 40 rows of 24 px on a 1080p monitor)
    # and some; scrolling on reads pages. Each keystroke of a search reads it (a common word
    # stops as soon as it has them), so a smaller first page answers sooner: at 100,000
    # people the service took a median 8.0 ms a keystroke for 100 rows and 4.6 ms for 50
    # (p95 15.0 -> 7.6 ms; 200 rows took 9-12 ms in an earlier run).
    FIRST_PAGE = 50
    # A refresh changes the rows that differ, unless people came or went in more places than
    # this (``_update``).
    MOST_STEPS = 32
    _SORTS = {
        LAST: SortBy.NAME,
        FIRST: SortBy.FIRST_NAME,
        IDENTITY: SortBy.IDENTITY,
        EMAIL: SortBy.EMAIL,
        COMPANY: SortBy.COMPANY,
        MUNICIPALITY: SortBy.MUNICIPALITY,
    }

    # The total was counted (or found uncounted) again: the view updates its label.
    total_changed = Signal()
    # A refresh's rows are shown (changed in place: no reset).
    refreshed = Signal()
    # A new query's rows are shown, in the rows there were (no reset: see ``_overwrite``).
    # The rows of the first query, and any after the columns or the language changed, come
    # with a reset (``modelReset``).
    replaced = Signal()

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.setItemPrototype(_prototype())
        # The fixed columns are there before any row: a saved layout is applied to them at
        # once, while the first rows are still being read.
        self.setColumnCount(self.FIXED_COLUMNS)
        self._db = db
        self._query = ParticipantQuery()
        self._rows: list[ParticipantRow] = []
        self._shown = ParticipantQuery()  # the query whose rows are shown
        self._shown_in = ""  # and the language their statuses are shown in
        self._total = 0
        self._counted = True  # False while a search's total is not counted yet
        self._modules: list[tuple[int, str]] = []
        self._loaded = False  # nothing is read until the first refresh
        # Reads run off the GUI thread, the newest only: pages (a new query's first page, or
        # the next page while scrolling) on one lane, counting on another, so scrolling on
        # does not stop a count and a new query stops both.
        self._pages = Lane(self)
        self._counts = Lane(self)
        self._fetching = False
        self._count_wanted = False
        # Between a begin...() and its end...() (and while the end is being heard) no rows may
        # arrive: a view asking for more then is answered once everyone has heard the change.
        self._changing = False
        self._fetch_asked = False

    # -- what to show -------------------------------------------------------------------------

    @property
    def query(self) -> ParticipantQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many participants match, loaded or not (at least, while ``counted`` is False)."""
        return self._total

    @property
    def counted(self) -> bool:
        """Whether ``total`` is exact; see ``set_query(count=False)``."""
        return self._counted

    @property
    def loading(self) -> bool:
        """Whether the rows of the newest query are still on their way (the rows shown are
        the previous query's)."""
        return self._pages.busy and not self._fetching

    def count(self) -> None:
        """Make ``total`` exact, if a search left it uncounted (off the GUI thread;
        ``total_changed`` says when)."""
        if self.loading:  # counted once the rows are there
            self._count_wanted = True
            return
        if self._counted or self._counts.busy:
            return
        db, query = self._db, self._query
        self._counts.submit(lambda stop: count_participants(db, query, stop), self._count_arrived)

    def _count_arrived(self, total: int) -> None:
        self._total, self._counted = total, True
        self.total_changed.emit()

    def set_modules(self, modules: list[tuple[int, str]]) -> None:
        """One status column per module: (id, code)."""
        if modules != self._modules:

            def change() -> None:
                self._modules = list(modules)
                self._fill()

            self._changed(self.beginResetModel, change, self.endResetModel)

    def set_query(self, query: ParticipantQuery, count: bool = True) -> None:
        """Show the participants ``query`` asks for. With ``count=False`` (typing a search) a
        full first page leaves the total uncounted until ``count()``: counting reads every
        match, the first page only the first ``FIRST_PAGE``."""
        self._query = query
        self.reload(count=count)

    def reload(self, keep: int = 0, count: bool = True, again: bool = False) -> None:
        """Run the query again; at least ``keep`` rows are loaded (to keep the scroll place).

        The rows arrive off the GUI thread (``modelReset`` shows them); until then the
        previous rows stay, and a newer query stops this one. ``again``: the rows shown are
        read again (a refresh); if the query is still theirs, only the rows that differ are
        changed (``refreshed`` says when), not the whole table reset."""
        wanted = max(self.FIRST_PAGE, keep)
        db, query = self._db, self._query
        self._counts.cancel()
        self._fetching = False
        self._count_wanted = count
        self._pages.submit(
            lambda stop: search_participants(db, query, 0, wanted, stop=stop),
            lambda rows: self._rows_arrived(rows, wanted, query, again),
        )

    def _rows_arrived(
        self, rows: list[ParticipantRow], wanted: int, query: ParticipantQuery, again: bool
    ) -> None:
        # Fewer than a page: those are all (a rare search word has just read the whole index
        # once; counting would read it again).
        complete = len(rows) < wanted

        def settle() -> None:
            self._counted = complete
            self._total = len(rows) if complete else len(rows) + 1  # more than loaded: fetch on

        # The statuses are words of the language shown: in another one (a refresh after the
        # language was changed), every row is shown anew, and the headers asked again.
        same_words = self._loaded and language() == self._shown_in
        in_place = again and same_words and query == self._shown
        if in_place:
            settle()  # (before the rows change: a view asking for more hears the new total)
            in_place = self._update(rows)
        if in_place:
            self.refreshed.emit()
        elif not again and same_words:
            settle()
            self._shown = query
            self._overwrite(rows)
            self.replaced.emit()
        else:

            def show() -> None:
                self._rows = rows
                self._shown, self._shown_in = query, language()
                settle()
                self._loaded = True
                self._fill()

            self._changed(self.beginResetModel, show, self.endResetModel)
        self.total_changed.emit()
        if self._count_wanted and not complete:
            self.count()

    def _changed(
        self, begin: Callable[[], None], change: Callable[[], None], end: Callable[[], None]
    ) -> None:
        """``change`` between Qt's ``begin`` and ``end`` signals; a page a view asks for
        meanwhile is fetched once everyone has heard the change."""
        self._changing = True
        begin()
        try:
            change()
        finally:
            end()
            self._changing = False
        self._fetch_if_asked()

    def _fetch_if_asked(self) -> None:
        """Ask for the page a view wanted while the model was changing."""
        if self._fetch_asked and not self._changing:
            self._fetch_asked = False
            if self.canFetchMore():
                self.fetchMore()

    def refresh(self) -> None:
        self.reload(keep=len(self._rows), again=True)

    def shutdown(self) -> None:
        """Stop the reads on their way and wait for their threads (closing the window)."""
        self._pages.shutdown()
        self._counts.shutdown()

    def row(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def row_of(self, participant_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == participant_id:
                return i
        return None

    def module_column(self, module_id: int) -> int | None:
        for i, (mid, _code) in enumerate(self._modules):
            if mid == module_id:
                return self.FIXED_COLUMNS + i
        return None

    def _module_at(self, column: int) -> tuple[int, str] | None:
        """The (id, code) of the module shown in ``column``; None for any other column."""
        i = column - self.FIXED_COLUMNS
        return self._modules[i] if 0 <= i < len(self._modules) else None

    def column_key(self, column: int) -> str | None:
        """The column's name in saved state: a fixed key, or ``module:<id>``; None past the end."""
        if 0 <= column < self.FIXED_COLUMNS:
            return self.FIXED_KEYS[column]
        module = self._module_at(column)
        return None if module is None else f"module:{module[0]}"

    def column_of(self, key: object) -> int | None:
        """The column a saved key names, if this register still shows it."""
        if not isinstance(key, str):
            return None
        if key in self.FIXED_KEYS:
            return self.FIXED_KEYS.index(key)
        prefix, _, number = key.partition(":")
        if prefix == "module" and number.isdigit():
            return self.module_column(int(number))
        return None

    def sort_column(self) -> int:
        """The column the rows are sorted by, for the header's sort indicator."""
        if self._query.sort_module_id is not None:
            column = self.module_column(self._query.sort_module_id)
            return self.LAST if column is None else column
        for column, by in self._SORTS.items():
            if by == self._query.sort_by:
                return column
        return self.LAST

    # -- lazy loading -------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        if self._changing:  # asked while hearing of a change: once everyone has heard it
            self._fetch_asked = True
            return
        if self._pages.busy:  # a page (or a new query) is on its way
            return
        last = self._rows[-1] if self._rows else None
        db, query, offset = self._db, self._query, len(self._rows)
        self._fetching = True
        self._pages.submit(
            lambda stop: search_participants(db, query, offset, self.PAGE, after=last, stop=stop),
            self._page_arrived,
        )

    def _page_arrived(self, page: list[ParticipantRow]) -> None:
        self._fetching = False
        if not page:
            self._total, self._counted = len(self._rows), True
            self.total_changed.emit()
            return

        def add() -> None:
            self._rows.extend(page)
            self._append(page)
            if not self._counted:  # still uncounted: all, if this page was the last
                self._counted = len(page) < self.PAGE
                self._total = len(self._rows) + (0 if self._counted else 1)

        first = len(self._rows)
        self._changed(
            lambda: self.beginInsertRows(QModelIndex(), first, first + len(page) - 1),
            add,
            self.endInsertRows,
        )
        if self._counted:
            self._counts.cancel()  # the last page said it all
        self.total_changed.emit()

    # -- sorting (in the database) ------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        module = self._module_at(column)
        if module is not None:
            query = dataclasses.replace(
                self._query, sort_module_id=module[0], descending=descending
            )
        else:
            query = dataclasses.replace(
                self._query,
                sort_by=self._SORTS.get(column, SortBy.NAME),
                sort_module_id=None,
                descending=descending,
            )
        if query == self._query and self._loaded:
            return
        self._query = query
        if self._loaded:  # before the first refresh, only remember the order
            self.reload()

    # -- the table ----------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Qt may ask about a section the model no longer has (a header restored from another
        # register, a module removed meanwhile): no such column, no text.
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.columnCount():
            return None
        module = self._module_at(section)
        if module is not None:
            return module[1]
        return [
            self.tr("Last name"),
            self.tr("First name"),
            self.tr("Personnummer / born"),
            self.tr("E-mail"),
            self.tr("Company"),
            self.tr("Municipality"),
        ][section]

    # -- the items ----------------------------------------------------------------------------

    def _fill(self) -> None:
        """Make the items of every loaded row, in the columns there are now. Only between
        ``beginResetModel`` and ``endResetModel``: the reset tells the views of it all, so the
        signals of each step are not sent."""
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(0)
            self.setColumnCount(self.FIXED_COLUMNS + len(self._modules))
            self._append(self._rows)
        finally:
            self.blockSignals(blocked)

    def _append(self, rows: list[ParticipantRow]) -> None:
        """Add the items of ``rows`` after the last. Only between ``beginInsertRows`` and
        ``endInsertRows`` for them: the signals of each step are not sent (nothing comes
        after the rows added, so no index Qt keeps is moved twice)."""
        first = self.rowCount()
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(first + len(rows))
            self._make(first, rows)
        finally:
            self.blockSignals(blocked)

    def _update(self, rows: list[ParticipantRow]) -> bool:
        """Show ``rows`` in place of the rows shown, changing only the rows that differ: the
        others keep their items, and the view its selection and place among them. A refresh
        after one edit changes a row or a few, where making every loaded row's items again
        costs about 40 us a row (a refresh of 5,000 rows scrolled through: 0.16-0.24 s, now
        26-36 ms). False, and nothing changed, where people came and went in more than
        ``MOST_STEPS`` places (an import among them): then a reset is quicker than telling
        the view of each."""
        old = self._rows
        opcodes = _steps([r.id for r in old], [r.id for r in rows])
        if sum(step != "equal" for step, *_where in opcodes) > self.MOST_STEPS:
            return False
        self._changing = True  # a page asked for meanwhile comes after these changes
        try:
            # From the last step back: the rows before a step are still where they were.
            for step, first, last, new_first, new_last in reversed(opcodes):
                if step == "equal":  # the same people: those whose row changed, in place
                    for i in range(last - first - 1, -1, -1):
                        if old[first + i] != rows[new_first + i]:
                            self._replace(first + i, [rows[new_first + i]])
                    continue
                self._remove(first, last)
                self._insert(first, rows[new_first:new_last])
        finally:
            self._changing = False
        self._fetch_if_asked()
        return True

    def _overwrite(self, rows: list[ParticipantRow]) -> None:
        """Show a new query's ``rows`` in the rows there are: their items given the new
        values, rows removed or added at the end. A reset at every keystroke made the view
        lay out its header and rows anew, and repaint the header, while the next keystroke's
        rows were on their way (at 100,000 people a keystroke's median 8.1-10.3 ms with a
        reset, 6.9-8.2 ms without). Whoever shows the rows starts them at the top with
        nothing chosen, as after a reset (``replaced`` says when)."""
        kept = min(len(self._rows), len(rows))
        self._changing = True  # a page asked for meanwhile comes after these changes
        try:
            self._remove(kept, len(self._rows))
            self._replace(0, rows[:kept])
            self._insert(kept, rows[kept:])
        finally:
            self._changing = False
        self._fetch_if_asked()

    # (Each step changes the list with Qt's rows: whoever hears of a step finds them alike.)

    def _replace(self, first: int, rows: list[ParticipantRow]) -> None:
        """Show ``rows`` in the rows from ``first`` on, which hold items already."""
        if rows:
            self._rows[first : first + len(rows)] = rows
            self._make(first, rows, fresh=False)
            self._cells_changed(first, first + len(rows) - 1)

    def _insert(self, at: int, rows: list[ParticipantRow]) -> None:
        """Add ``rows`` as new rows at ``at``."""
        if rows:
            self._rows[at:at] = rows
            self.insertRows(at, len(rows))  # empty cells, filled here
            self._make(at, rows)
            self._cells_changed(at, at + len(rows) - 1)

    def _remove(self, first: int, last: int) -> None:
        """Remove the rows from ``first`` up to ``last``."""
        if last > first:
            self.removeRows(first, last - first)
            del self._rows[first:last]

    def _cells_changed(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def _make(self, first: int, rows: list[ParticipantRow], fresh: bool = True) -> None:
        """Give the cells of rows ``first`` on the values of ``rows``, empty cells unless not
        ``fresh`` (the signals of each cell are not sent)."""
        # Qt makes each item, a copy of the model's prototype (``_prototype``), when a cell is
        # first given a value: one call into Qt a cell. Items made in Python cost more: a call
        # for their flags (4-5 us: the flags pass through Python's enum) and Python's own
        # bookkeeping when the model deletes them (setting the flags in a copy made by
        # ``clone()`` instead crashed: Python never heard the copy was deleted).
        modules = [module_id for module_id, _code in self._modules]
        lang = language()
        blocked = self.blockSignals(True)
        try:
            index, set_data = self.index, self.setData
            for i, r in enumerate(rows, first):
                for column, key in enumerate(self.FIXED_KEYS):
                    set_data(index(i, column), getattr(r, key))
                set_data(index(i, 0), r.id, ID_ROLE)
                for column, module_id in enumerate(modules, self.FIXED_COLUMNS):
                    status = r.statuses.get(module_id)
                    cell = index(i, column)
                    set_data(cell, label(status, lang) if status else "")
                    if status in STATUS_COLOURS:
                        set_data(cell, _colour(status), Qt.ItemDataRole.ForegroundRole)
                    elif not fresh:  # the colour of a status the person no longer has
                        set_data(cell, None, Qt.ItemDataRole.ForegroundRole)
        finally:
            self.blockSignals(blocked)


Step = tuple[str, int, int, int, int]


def _steps(old: list[int], new: list[int]) -> list[Step]:
    """How to turn the ids ``old`` into ``new`` keeping as many in place as can be, in the
    shape of ``difflib.SequenceMatcher.get_opcodes``: ("equal" or "change", i1, i2, j1, j2),
    ``old[i1:i2]`` kept as or replaced by ``new[j1:j2]``. The people kept are the longest run of
    ``old`` in the same order in ``new`` (each id is in a list once): found in n log n, where
    difflib took seconds for a few thousand rows that changed places in a comb (a list sorted
    by a status, after everyone was given the same one: 3 s at 4,000 rows)."""
    where = {person: j for j, person in enumerate(new)}
    pairs = [(i, where[person]) for i, person in enumerate(old) if person in where]
    # The longest increasing run of new places (patience sorting, with links back).
    ends: list[int] = []  # the smallest last new place of a run of each length
    ends_at: list[int] = []  # and the pair it is
    back = [-1] * len(pairs)
    for k, (_i, j) in enumerate(pairs):
        length = bisect_left(ends, j)
        if length == len(ends):
            ends.append(j)
            ends_at.append(k)
        else:
            ends[length] = j
            ends_at[length] = k
        back[k] = ends_at[length - 1] if length else -1
    kept: list[tuple[int, int]] = []
    k = ends_at[-1] if ends_at else -1
    while k >= 0:
        kept.append(pairs[k])
        k = back[k]
    kept.reverse()
    steps: list[Step] = []
    i = j = 0
    for ki, kj in [*kept, (len(old), len(new))]:
        if ki > i or kj > j:  # what lies between two people kept
            steps.append(("change", i, ki, j, kj))
        if ki < len(old):
            if steps and steps[-1][0] == "equal" and steps[-1][2] == ki:
                _step, i1, _i2, j1, _j2 = steps[-1]
                steps[-1] = ("equal", i1, ki + 1, j1, kj + 1)
            else:
                steps.append(("equal", ki, ki + 1, kj, kj + 1))
        i, j = ki + 1, kj + 1
    return steps


def _prototype() -> QStandardItem:
    """What every cell's item starts as: chosen, not edited in place."""
    item = QStandardItem()
    item.setFlags(_FLAGS)
    return item


@cache
def _colour(status: str) -> QColor:
    """A status's text colour (``ForegroundRole`` takes a QColor as it takes a brush)."""
    return QColor(STATUS_COLOURS[status])
