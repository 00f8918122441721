"""No personnummer in any log file, settings file or crash report after a full session."""

from __future__ import annotations

import re

NUMBERS = [
    "8004201110",
    "9701052228",
    "6508303333",
    "0303144448",
    "7801011234",
    "8812725557",
    "8503121232",
]


def forms(number: str) -> list[str]:
    """The ways a 10-digit number can be written: with and without century and separator."""
    century = "19" if number[:2] > "26" else "20"
    return [
        number,
        f"{number[:6]}-{number[6:]}",
        century + number,
        f"{century}{number[:6]}-{number[6:]}",
    ]


def test_a_full_session_leaves_no_identity_number_outside_the_database(
    cli, tmp_path, data_dir, shared_data, monkeypatch, qtbot
):
    cli("demo")
    cli("module", "add", "C1", "--title-sv", "Intyg", "--title-en", "Certificate")
    cli("import", str(shared_data / "roster_excel_semicolon_cp1252.csv"), "--module", "C1")
    cli(
        "participant",
        "add",
        "--first-name",
        "A",
        "--last-name",
        "B",
        "--personnummer",
        "850312-1232",
    )
    cli(
        "participant",
        "add",
        "--first-name",
        "C",
        "--last-name",
        "D",
        "--personnummer",
        "19800420-1110",
        "--module",
        "C1",
    )
    cli("participant", "show", "1", "--show-personnummer")
    cli("complete", "--module", "C1", "--all")
    cli("certificates", "--module", "C1", "--out", str(tmp_path / "certs"))
    cli("export-roster", "--module", "C1", "--out", str(tmp_path / "r.csv"))
    cli("report", "--out", str(tmp_path / "r.pdf"))

    def broken(*_a, **_k):
        raise RuntimeError("failed on 198004201110 and 650830-3333")

    with monkeypatch.context() as patch:
        patch.setattr("originn_desktop.services.modules.list_modules", broken)
        assert cli("status")[0] == 70  # a crash report is written

    # The window too: open a participant, reveal the number, save the settings.
    from originn_desktop.db.schema import open_database
    from originn_desktop.services.participants import get_participant
    from originn_desktop.settings import SIGNATORY_NAME
    from originn_desktop.ui import i18n
    from originn_desktop.ui.participant_dialog import ParticipantDialog
    from originn_desktop.ui.settings_store import SettingsStore

    i18n.install("sv")
    db = open_database(str(tmp_path / "register.db"))
    store = SettingsStore()
    store.set(SIGNATORY_NAME, "Åsa Prefekt")
    store.sync()
    dialog = ParticipantDialog(db, get_participant(db, 1))
    qtbot.addWidget(dialog)
    dialog.reveal.click()
    db.dispose()

    written = [
        p
        for p in data_dir.rglob("*")
        if p.is_file() and p.suffix not in (".db", ".db-wal", ".db-shm")
    ]
    names = {p.name for p in written}
    assert (
        any(n.startswith("crash-") for n in names)
        and "originn-desktop.log" in names
        and "settings.ini" in names
    )
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in written)
    assert "RuntimeError" in text  # the crash report is there, scrubbed
    for number in NUMBERS:
        for written_form in forms(number):
            assert written_form not in text, written_form
    assert not re.search(r"(?<!\d)\d{6}[-+]?\d{4}(?!\d)", text)


def test_the_log_filter_masks_numbers_however_they_are_typed():
    from originn_desktop.privacy import scrub

    for written in (
        "800420-1110",
        "800420 - 1110",
        "800420\u20131110",
        "８００４２０１１１０",
        "80 04 20-1110",
        "19 80 04 20 11 10",
    ):
        masked = scrub(f"refused {written} today")
        assert masked == "refused ********** today", written
    for kept in ("2026-11-27 13:01:22", "backup-20261127-130122-123456.db", "070-123 45 67"):
        assert scrub(kept) == kept  # dates, times and phone numbers stay readable
