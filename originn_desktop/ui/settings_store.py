"""The declared settings (``originn_desktop.settings``), kept with QSettings in the data dir."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from originn_desktop.certificates.content import CertificateSettings
from originn_desktop.paths import data_dir, ensure_private_dir
from originn_desktop.settings import ALL_SETTINGS, Setting


class SettingsStore:
    """Read and write declared settings; a value of the wrong type reads as the default."""

    def __init__(self, path: str | None = None) -> None:
        if path is None:
            path = str(ensure_private_dir(data_dir()) / "settings.ini")
        self._qs = QSettings(path, QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        value = self._qs.value(setting.key, setting.default)
        if value is None:
            return setting.default
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting, value: Any) -> None:
        if value == setting.default:
            self._qs.remove(setting.key)
        else:
            self._qs.setValue(setting.key, value)

    def values(self) -> dict[str, Any]:
        return {s.key: self.get(s) for s in ALL_SETTINGS}

    def state(self, key: str, default: Any = None) -> Any:
        """Window state (geometry, column widths): not a user setting, kept alongside."""
        return self._qs.value(f"state/{key}", default)

    def set_state(self, key: str, value: Any) -> None:
        self._qs.setValue(f"state/{key}", value)

    def sync(self) -> None:
        self._qs.sync()

    @property
    def path(self) -> str:
        return self._qs.fileName()


def certificate_settings(store: SettingsStore) -> CertificateSettings:
    """The certificate settings as the services take them: plain values, no Qt."""
    from originn_desktop import settings as s

    return CertificateSettings(
        awarding_body_sv=store.get(s.AWARDING_BODY),
        awarding_body_en=store.get(s.AWARDING_BODY_EN),
        coordinator=store.get(s.ORGANISATION),
        signatory_name=store.get(s.SIGNATORY_NAME),
        signatory_title=store.get(s.SIGNATORY_TITLE),
        logo_left=store.get(s.LOGO_LEFT),
        logo_right=store.get(s.LOGO_RIGHT),
        verify_template=store.get(s.VERIFY_TEMPLATE),
        default_language=store.get(s.CERTIFICATE_LANGUAGE),
    )
