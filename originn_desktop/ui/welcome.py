"""What an empty register shows instead of empty tables: what to do first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

TEXT_WIDTH = 560


class WelcomePage(QWidget):
    create_module = Signal()
    add_participant = Signal()
    load_demo = Signal()
    import_roster = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setFixedWidth(TEXT_WIDTH)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.module_button = QPushButton()
        self.participant_button = QPushButton()
        self.demo_button = QPushButton()
        self.import_button = QPushButton()
        for button in self.buttons():
            button.setMinimumWidth(280)
            button.setMinimumHeight(36)
        self.module_button.clicked.connect(self.create_module)
        self.participant_button.clicked.connect(self.add_participant)
        self.demo_button.clicked.connect(self.load_demo)
        self.import_button.clicked.connect(self.import_roster)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        for button in self.buttons():
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.module_button, self.import_button, self.participant_button, self.demo_button)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to ORIGINN Desktop"))
        self.text.setText(
            self.tr(
                "The register is empty. Start by creating a module (each needs at least 15 "
                "participants), then import a roster or add the participants one by one. Or "
                "load the demo data to look around first: the two ORIGINN modules with "
                "invented participants."
            )
        )
        # A centred, wrapped label gets no height for its width from the layout: give it one.
        self.text.setMinimumHeight(self.text.heightForWidth(TEXT_WIDTH))
        self.module_button.setText(self.tr("Create a &module…"))
        self.participant_button.setText(self.tr("&Add a participant…"))
        self.import_button.setText(self.tr("&Import a roster…"))
        self.demo_button.setText(self.tr("Load the &demo data"))
        for button in self.buttons():
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
