"""Small widgets the dialogs share: a date that may be empty, and a field's error message."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

_EMPTY = QDate(1900, 1, 1)


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
            self.calendarWidget().setSelectedDate(QDate.currentDate())
        super().mousePressEvent(event)


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
