"""The settings dialog, built from the declared settings: one row per setting, no list to keep."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from originn_desktop.settings import ALL_SETTINGS, Setting
from originn_desktop.ui.i18n import tx
from originn_desktop.ui.settings_store import SettingsStore

DIALOG_SETTINGS = tuple(s for s in ALL_SETTINGS if s.in_dialog)


class SettingsDialog(QDialog):
    """The per-user settings, and (given the register) the register's issuer settings."""

    def __init__(
        self, store: SettingsStore, parent: QWidget | None = None, db: object | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for setting in DIALOG_SETTINGS:
            field = self._editor(setting)
            label = QLabel(tx(setting.label) + ":")
            label.setBuddy(self.editors[setting.key])
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.issuer = None
        if db is not None:
            from originn_desktop.ui.issuer_settings import IssuerSettings
            from originn_desktop.ui.settings_store import certificate_settings

            self.issuer = IssuerSettings(db, certificate_settings(store), self)
            layout.addWidget(self.issuer)
        layout.addWidget(buttons)

    def _editor(self, setting: Setting) -> QWidget:
        value = self.store.get(setting)
        if setting.choices:
            combo = QComboBox()
            for key, text in setting.choices:
                combo.addItem(tx(text), key)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.setAccessibleName(tx(setting.label))
            self.editors[setting.key] = combo
            return combo
        edit = QLineEdit(str(value))
        edit.setAccessibleName(tx(setting.label))
        self.editors[setting.key] = edit
        if not setting.is_file:
            return edit
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit, 1)
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose a file for %1").replace("%1", tx(setting.label)))
        choose.clicked.connect(lambda: self._choose_file(edit))
        box.addWidget(choose)
        clear = QPushButton(self.tr("Remove"))
        clear.setAccessibleName(self.tr("Remove %1").replace("%1", tx(setting.label)))
        clear.clicked.connect(edit.clear)
        box.addWidget(clear)
        return row

    def _choose_file(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), edit.text(), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            edit.setText(path)

    def value(self, setting: Setting) -> Any:
        editor = self.editors[setting.key]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        assert isinstance(editor, QLineEdit)
        return setting.type(editor.text().strip())

    def accept(self) -> None:
        if self.issuer is not None:
            from PySide6.QtWidgets import QMessageBox

            from originn_desktop.domain.text import UserError
            from originn_desktop.ui.i18n import tx

            try:
                self.issuer.save()
            except UserError as exc:
                QMessageBox.warning(self, self.windowTitle(), tx(exc.text))
                return
        for setting in DIALOG_SETTINGS:
            self.store.set(setting, self.value(setting))
        self.store.sync()
        super().accept()

    def done(self, result: int) -> None:
        if self.issuer is not None:  # a preview still being drawn is not wanted any more
            self.issuer.shutdown()
        super().done(result)
