"""Erasure, backups and restore on the command line: an erasure survives a restore."""

from __future__ import annotations

import json
from pathlib import Path

from originn_desktop.cli.main import main
from tests import factories

NAME = "Zyxwvuts"


def _register_with_one_to_erase(cli) -> int:
    assert cli("module", "add", "M1", "--title-sv", "M", "--title-en", "M")[0] == 0
    ids = []
    for first, last in (("Qwertyuio", NAME), ("Kept", "Other")):
        code, out, err = cli(
            "participant",
            "add",
            "--first-name",
            first,
            "--last-name",
            last,
            "--personnummer",
            factories.personnummer(),
            "--module",
            "M1",
            "--json",
        )
        assert code == 0, err
        ids.append(json.loads(out)["id"])
    return ids[0]


def counted(cli) -> int:
    code, out, _ = cli("status", "--json")
    assert code == 0
    return int(json.loads(out)[0]["counted"])


def test_an_erasure_survives_a_restore(cli, db_path, tmp_path):
    gone = _register_with_one_to_erase(cli)
    saved = tmp_path / "saved.db"
    assert cli("backup", "--out", str(saved))[0] == 0
    code, out, _ = cli("erase", "--participant", str(gone), "--yes")
    assert code == 0 and "restoring one erases them again" in out

    code, out, err = cli("restore", str(saved), "--yes")

    assert code == 0, err
    assert "Restored from" in out and "1 erased person removed again" in out
    assert counted(cli) == 1
    code, out, _ = cli("participants", "--module", "M1", "--json")
    assert [p["last_name"] for p in json.loads(out)] == ["Other"]
    assert NAME.encode() not in Path(db_path).read_bytes()


def test_a_backup_given_as_the_database_loses_the_erased_and_says_so(cli, tmp_path, capsys):
    gone = _register_with_one_to_erase(cli)
    saved = tmp_path / "saved.db"
    assert cli("backup", "--out", str(saved))[0] == 0
    assert cli("erase", "--participant", str(gone), "--yes")[0] == 0

    code = main(["--db", str(saved), "participants", "--module", "M1", "--json"])

    out, err = capsys.readouterr()
    assert code == 0
    assert [p["last_name"] for p in json.loads(out)] == ["Other"]  # stdout stays JSON
    assert "1 erased person removed again" in err
    assert NAME.encode() not in saved.read_bytes()
    assert main(["--db", str(saved), "status"]) == 0
    assert "removed again" not in capsys.readouterr().err  # once is enough


def test_in_swedish_it_says_so_in_swedish(cli, tmp_path, monkeypatch):
    from originn_desktop.cli import commands

    gone = _register_with_one_to_erase(cli)
    saved = tmp_path / "saved.db"
    assert cli("backup", "--out", str(saved))[0] == 0
    assert cli("erase", "--participant", str(gone), "--yes")[0] == 0
    monkeypatch.setattr(commands, "LANG", "sv")
    code, out, _ = cli("restore", str(saved), "--yes")
    assert code == 0 and "1 raderad person togs bort igen" in out
