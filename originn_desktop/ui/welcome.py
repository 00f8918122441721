"""What an empty register shows instead of empty tables: what to do first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    create_module = Signal()
    add_participant = Signal()
    load_demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to ORIGINN Desktop"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "The register is empty. Start by creating a module (each needs at least 15 "
                "participants), then add the participants. Or load the demo data to look "
                "around first: the two ORIGINN modules with invented participants."
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        self.module_button = QPushButton(self.tr("Create a &module…"))
        self.participant_button = QPushButton(self.tr("&Add a participant…"))
        self.demo_button = QPushButton(self.tr("Load the &demo data"))
        for button in (self.module_button, self.participant_button, self.demo_button):
            button.setMinimumWidth(280)
            button.setMinimumHeight(36)
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.module_button.clicked.connect(self.create_module)
        self.participant_button.clicked.connect(self.add_participant)
        self.demo_button.clicked.connect(self.load_demo)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, text):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        for button in (self.module_button, self.participant_button, self.demo_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
