"""Export the university roster: the module, the columns (remembered), the separator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from originn_desktop.db.engine import Database
from originn_desktop.domain.text import UserError
from originn_desktop.services.rosters import COLUMNS, export_roster, parse_columns
from originn_desktop.settings import CSV_DELIMITER, ROSTER_COLUMNS
from originn_desktop.ui.i18n import language, tx
from originn_desktop.ui.settings_store import SettingsStore


class ExportRosterDialog(QDialog):
    def __init__(
        self,
        db: Database,
        store: SettingsStore,
        modules: list[tuple[int, str]],
        module_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.store = store
        self.exported_to = ""
        self.setWindowTitle(self.tr("Roster for the university"))
        self.setMinimumWidth(480)
        self.module = QComboBox()
        self.module.setAccessibleName(self.tr("Module"))
        for mid, text in modules:
            self.module.addItem(text, mid)
        if module_id is not None:
            self.module.setCurrentIndex(max(0, self.module.findData(module_id)))
        self.columns = QListWidget()
        self.columns.setAccessibleName(self.tr("Columns, in order; drag to reorder"))
        self.columns.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        chosen = parse_columns(store.get(ROSTER_COLUMNS))
        lang = language()
        for key in [*chosen, *(k for k in COLUMNS if k not in chosen)]:
            item = QListWidgetItem(COLUMNS[key].header.get(lang))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        self.delimiter = QComboBox()
        self.delimiter.setAccessibleName(self.tr("Separator in CSV files"))
        for separator, name in CSV_DELIMITER.choices:
            self.delimiter.addItem(tx(name), separator)
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(store.get(CSV_DELIMITER))))
        self.withdrawn = QCheckBox(self.tr("Include &withdrawn participants"))
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Module:"), self.module),
            (self.tr("&Columns:"), self.columns),
            (self.tr("CSV &separator:"), self.delimiter),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.withdrawn)
        note = QLabel(
            self.tr(
                "The file's ending chooses the format: .xlsx for Excel, .csv for text. Personnummer are written as 12 digits."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_columns(self) -> list[str]:
        return [
            str(self.columns.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.columns.count())
            if self.columns.item(i).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        columns = self.chosen_columns()
        if not columns:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose at least one column."))
            return
        code = self.module.currentText().split(" ")[0]
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the roster"),
            f"{code}-deltagare.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        self.store.set(ROSTER_COLUMNS, ",".join(columns))
        self.store.set(CSV_DELIMITER, self.delimiter.currentData())
        self.store.sync()
        try:
            result = export_roster(
                self.db,
                self.module.currentData(),
                path,
                columns,
                language(),
                self.delimiter.currentData(),
                self.withdrawn.isChecked(),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), tx(exc.text))
            return
        self.exported_to = str(result.path)
        super().accept()
