"""Small widgets the dialogs and views share: a date that may be empty, a field's error message,
a search field."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from originn_desktop.domain.text import UserError, ValidationError
from originn_desktop.ui.i18n import tx

_EMPTY = QDate(1900, 1, 1)


def today() -> QDate:
    """Today by the program's one clock (Python's), which the services also use; Qt's own
    ``QDate.currentDate()`` would be a second clock a test cannot move."""
    date = dt.date.today()
    return QDate(date.year, date.month, date.day)


class OptionalDateEdit(QDateEdit):
    """A date field with a calendar that may also be left empty (shown as “–”)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText("–")
        self.setDate(_EMPTY)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == _EMPTY else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _EMPTY)

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Opening the calendar on an empty date starts at today, not in 1900.
        if self.date() == _EMPTY:
            self.calendarWidget().setSelectedDate(today())
        super().mousePressEvent(event)


class SearchField(QLineEdit):
    """A search field with a button that empties it, there while the field holds text.

    Qt's own clear button (``setClearButtonEnabled``) fades in: showing it made the whole
    window lay out and repaint at the first key of every search (at 100,000 people that
    key waited 10.8-13.7 ms for its rows, 5.3-7.9 ms with this button), which is an
    ordinary action at the field's end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Its icon comes with the first text: asking the style for it loads PySide's QStyle
        # and its enums (7 ms of the window's start-up, before anyone has typed).
        self.clear_action = self.addAction(QIcon(), QLineEdit.ActionPosition.TrailingPosition)
        self.clear_action.setVisible(False)
        self.clear_action.triggered.connect(self.clear)
        self.textChanged.connect(self._text_changed)
        self._retranslate()

    def _text_changed(self, text: str) -> None:
        if text and self.clear_action.icon().isNull():
            from PySide6.QtWidgets import QStyle

            self.clear_action.setIcon(
                self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
            )
        self.clear_action.setVisible(bool(text))

    def _retranslate(self) -> None:
        self.clear_action.setToolTip(self.tr("Clear the search"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class FieldError(QLabel):
    """The validation message shown right under a field; hidden while the field is fine."""

    def __init__(self, buddy: QWidget) -> None:
        super().__init__()
        self.buddy_field = buddy
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        self.buddy_field.setProperty("invalid", bool(text))
        self.buddy_field.setAccessibleDescription(text)

    def clear_message(self) -> None:
        self.show_message("")


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab moves through ``widgets`` in this order, whatever order they were created in."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


class FormDialog(QDialog):
    """A dialog of fields that saves through ``on_save`` and shows each problem under its field.

    Subclasses fill ``self.errors`` (field name -> ``FieldError``) and implement ``draft()`` and
    ``problems(draft)``; ``bring_into_view(widget)`` may show a field's page first.
    """

    def __init__(self, parent: QWidget | None, on_save: Callable[[Any], Any] | None) -> None:
        super().__init__(parent)
        self.on_save = on_save
        self.result_value: Any = None
        self.errors: dict[str, FieldError] = {}

    def draft(self) -> Any:
        raise NotImplementedError

    def problems(self, draft: Any) -> list[ValidationError]:
        raise NotImplementedError

    def bring_into_view(self, widget: QWidget) -> None:
        """Bring ``widget`` into view before it takes the focus (a tab page, for instance)."""

    def show_problems(self, problems: list[ValidationError]) -> None:
        for field_error in self.errors.values():
            field_error.clear_message()
        first = None
        for problem in problems:
            error = self.errors.get(problem.field)
            if error is None:
                QMessageBox.warning(self, self.windowTitle(), tx(problem.text))
                continue
            error.show_message(tx(problem.text))
            first = first or error.buddy_field
        if first is not None:
            self.bring_into_view(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Validate, then save; a problem stays in the dialog, next to its field."""
        draft = self.draft()
        problems = self.problems(draft)
        if problems:
            self.show_problems(problems)
            return
        if self.on_save is not None:
            try:
                self.result_value = self.on_save(draft)
            except ValidationError as exc:
                self.show_problems([exc])
                return
            except UserError as exc:
                QMessageBox.warning(self, self.windowTitle(), tx(exc.text))
                return
        super().accept()
