"""The funders' figures in the window: the numbers, and bars to look at rather than read."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from originn_desktop.domain.figures import Breakdown, FundersReport
from originn_desktop.domain.values import label
from originn_desktop.ui.i18n import language

BAR = QColor("#2f5d8a")
INK = QColor("#1f2933")


class BarChart(QWidget):
    """Horizontal bars, one per row: name, bar, number. Drawn, so no chart module is needed."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self._rows = rows
        self.setAccessibleDescription("; ".join(f"{name}: {n}" for name, n in rows))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self._rows)) * self.ROW + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(n) for n, _ in self._rows), default=0)
        name_width = min(widest + 24, self.width() // 2)
        number_width = metrics.horizontalAdvance("0000") + 8
        top = max((n for _, n in self._rows), default=1) or 1
        span = max(self.width() - name_width - number_width, 10)
        for i, (name, value) in enumerate(self._rows):
            y = i * self.ROW + 2
            painter.setPen(INK)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_width - 10)
            painter.drawText(
                QRectF(0, y, name_width - 8, self.ROW - 4), Qt.AlignmentFlag.AlignVCenter, text
            )
            length = span * value / top
            painter.fillRect(QRectF(name_width, y + 4, max(length, 1), self.ROW - 10), BAR)
            painter.drawText(
                QRectF(name_width + length + 6, y, number_width, self.ROW - 4),
                Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        painter.end()


class ReportView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        font = self.totals.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.totals.setFont(font)
        self.save_pdf = QPushButton()
        self.save_xlsx = QPushButton()
        self.modules = QTableWidget(0, 6)
        self.modules.verticalHeader().hide()
        self.modules.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.modules.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.modules.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.municipality_chart = BarChart()
        self.sector_chart = BarChart()
        self.gender_chart = BarChart()
        self.groups = [QGroupBox() for _ in range(4)]
        for group, widget in zip(
            self.groups,
            (self.modules, self.municipality_chart, self.sector_chart, self.gender_chart),
            strict=True,
        ):
            box = QVBoxLayout(group)
            box.addWidget(widget)
            box.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.totals, 1)
        buttons.addWidget(self.save_pdf)
        buttons.addWidget(self.save_xlsx)
        grid = QGridLayout()
        grid.addWidget(self.groups[0], 0, 0, 1, 2)
        grid.addWidget(self.groups[1], 1, 0, 2, 1)
        grid.addWidget(self.groups[2], 1, 1)
        grid.addWidget(self.groups[3], 2, 1)
        grid.setRowStretch(3, 1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(buttons)
        inner.addLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.report: FundersReport | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.save_pdf.setText(self.tr("Save as &PDF…"))
        self.save_xlsx.setText(self.tr("Save as E&xcel…"))
        self.modules.setAccessibleName(self.tr("Figures per module"))
        self.municipality_chart.setAccessibleName(self.tr("Participants per municipality"))
        self.sector_chart.setAccessibleName(self.tr("Participants per sector"))
        self.gender_chart.setAccessibleName(self.tr("Participants per gender"))
        for group, title in zip(
            self.groups,
            (
                self.tr("Modules"),
                self.tr("Participants per municipality"),
                self.tr("Participants per sector"),
                self.tr("Participants per gender"),
            ),
            strict=True,
        ):
            group.setTitle(title)
        self.modules.setHorizontalHeaderLabels(
            [
                self.tr("Module"),
                self.tr("Counted / min."),
                self.tr("Completed"),
                self.tr("Not passed"),
                self.tr("Withdrawn"),
                self.tr("Completion rate"),
            ]
        )
        if self.report is not None:
            self.set_report(self.report)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_report(self, report: FundersReport) -> None:
        self.report = report
        lang = language()
        self.totals.setText(
            self.tr(
                "<b>%1</b> participants from <b>%2</b> companies; <b>%3</b> have completed a module."
            )
            .replace("%1", str(report.participants))
            .replace("%2", str(report.companies))
            .replace("%3", str(report.completed_participants))
        )
        self.modules.setRowCount(len(report.modules))
        for r, m in enumerate(report.modules):
            rate = "–" if m.completion_rate is None else f"{m.completion_rate * 100:.0f} %"
            title = m.title_sv if lang == "sv" else m.title_en
            values = [
                f"{m.code} {title}",
                f"{m.counted} / {m.minimum}",
                str(m.completed),
                str(m.failed),
                str(m.withdrawn),
                rate,
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.modules.setItem(r, c, item)
        self.modules.setFixedHeight(
            self.modules.horizontalHeader().height()
            + sum(self.modules.rowHeight(i) for i in range(self.modules.rowCount()))
            + 4
        )
        not_stated = self.tr("not stated")

        def rows(breakdown: list[Breakdown], coded: bool) -> list[tuple[str, int]]:
            return [
                ((label(b.key, lang) if coded else b.key) if b.key else not_stated, b.participants)
                for b in breakdown
            ]

        self.municipality_chart.set_rows(rows(report.by_municipality, False))
        self.sector_chart.set_rows(rows(report.by_sector, True))
        self.gender_chart.set_rows(rows(report.by_gender, True))
