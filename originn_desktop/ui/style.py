"""Colours and small drawn icons shared by the views; colour is never the only signal."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from originn_desktop.domain.rules import Light

# Dark enough to read as text on white (WCAG AA), distinct for the common colour blindnesses
# together with the wording next to them.
LIGHT_COLOURS = {
    Light.RED: "#b3261e",
    Light.AMBER: "#8a5300",
    Light.GREEN: "#1d6b35",
    Light.NEUTRAL: "#5f6368",
}
LIGHT_FILL = {
    Light.RED: "#d93025",
    Light.AMBER: "#f2a600",
    Light.GREEN: "#1e8e3e",
    Light.NEUTRAL: "#9aa0a6",
}


def light_colour(light: Light) -> QColor:
    """The text colour of a light, for ``ForegroundRole``: a QColor, which the item delegate
    takes as it takes a brush (the first QBrush PySide makes costs 30 ms of start-up)."""
    return QColor(LIGHT_COLOURS[light])


@cache
def light_icon(light: Light, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(LIGHT_COLOURS[light]))
    painter.setBrush(QColor(LIGHT_FILL[light]))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)
