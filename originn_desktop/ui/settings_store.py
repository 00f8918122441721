"""The declared settings (``originn_desktop.settings``), kept with QSettings in the data dir."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings

from originn_desktop.db.engine import Database
from originn_desktop.paths import data_dir, ensure_private_dir
from originn_desktop.settings import ALL_SETTINGS, Setting

if TYPE_CHECKING:  # the certificates' modules load when first asked for, not at start-up
    from originn_desktop.certificates.content import CertificateSettings


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

    def remove_state(self, key: str) -> None:
        self._qs.remove(f"state/{key}")

    def register_state(self, identity: str) -> dict[str, Any]:
        """The window state saved for one register (``register_identity``); {} when there is
        none or it cannot be read (written by another version, edited by hand)."""
        raw = self._qs.value(f"registers/{_digest(identity)}/window")
        try:
            state = json.loads(raw) if isinstance(raw, str) else None
        except ValueError:
            state = None
        return state if isinstance(state, dict) else {}

    def set_register_state(self, identity: str, state: dict[str, Any]) -> None:
        self._qs.setValue(f"registers/{_digest(identity)}/window", json.dumps(state))

    def sync(self) -> None:
        self._qs.sync()

    @property
    def path(self) -> str:
        return self._qs.fileName()


def register_identity(db: Database) -> str:
    """What makes a register the same one next time: its file, wherever it was opened from, or
    its URL without the password."""
    if db.path is not None:
        return f"file:{db.path.resolve()}"
    return db.url.render_as_string(hide_password=True)


def _digest(identity: str) -> str:
    # A group name safe in an INI file, and no file paths or host names in the settings.
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:20]


def certificate_settings(store: SettingsStore) -> CertificateSettings:
    """The certificate settings as the services take them: plain values, no Qt."""
    from originn_desktop import settings as s
    from originn_desktop.certificates.content import CertificateSettings

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
