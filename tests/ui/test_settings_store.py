from originn_desktop.settings import ALL_SETTINGS, CERTIFICATE_LANGUAGE, SIGNATORY_TITLE
from originn_desktop.ui.settings_store import SettingsStore


def test_every_declared_setting_starts_at_its_default(settings):
    assert settings.values() == {s.key: s.default for s in ALL_SETTINGS}


def test_values_survive_a_restart_with_swedish_letters_and_commas(data_dir):
    path = str(data_dir / "settings.ini")
    first = SettingsStore(path)
    first.set(SIGNATORY_TITLE, "Prefekt, Institutionen för ekonomi, geografi, juridik och turism")
    first.set(CERTIFICATE_LANGUAGE, "sv")
    first.sync()
    again = SettingsStore(path)
    assert again.get(SIGNATORY_TITLE).startswith("Prefekt, Institutionen för ekonomi")
    assert again.get(CERTIFICATE_LANGUAGE) == "sv"
