"""`import --undo-last --module CODE [--yes]`: what it would undo, then the undo itself."""

from __future__ import annotations

import json
from pathlib import Path

from originn_desktop.db.schema import open_database
from originn_desktop.services.participants import get_participant, update_participant
from tests import factories

HEADER = "Förnamn;Efternamn;Personnummer;E-post;Telefon\n"


def status(cli) -> str:
    code, out, err = cli("status", "--json")
    assert code == 0, err
    return out


def _register(cli, tmp_path: Path) -> tuple[int, Path]:
    """M1 with Kept (enrolled), and a roster with Kept (a phone to merge) and two new people."""
    assert cli("module", "add", "M1", "--title-sv", "M", "--title-en", "M")[0] == 0
    number = factories.personnummer("790101")
    code, out, _ = cli(
        "participant",
        "add",
        "--first-name",
        "Kept",
        "--last-name",
        "Here",
        "--personnummer",
        number,
        "--json",
    )
    assert code == 0
    path = tmp_path / "roster.csv"
    path.write_text(
        HEADER
        + f"Kept;Here;{number};;070-111 22 33\n"
        + f"Newa;Qwertyone;{factories.personnummer('900101')};;\n"
        + f"Newb;Qwertytwo;{factories.personnummer('900102')};;\n",
        encoding="utf-8",
    )
    return json.loads(out)["id"], path


def test_undo_last_says_what_it_would_undo_then_does_it_with_yes(cli, tmp_path, db_path):
    kept, path = _register(cli, tmp_path)
    before = status(cli)
    assert cli("import", str(path), "--module", "M1")[0] == 0
    imported = status(cli)
    assert json.loads(imported)[0]["counted"] == 3

    code, out, err = cli("import", "--undo-last", "--module", "M1")
    assert code == 1, err
    assert "Would undo the import into M1" in out
    assert "2 people it added removed, 1 it merged put back as they were, 3 enrollments" in out
    assert "add --yes" in out
    assert status(cli) == imported  # nothing changed

    code, out, err = cli("import", "--undo-last", "--module", "m1", "--yes")
    assert code == 0, err
    assert out.startswith("Undone: the import into M1")
    assert status(cli) == before
    code, out, _ = cli("participant", "show", str(kept), "--json")
    assert json.loads(out)["phone"] == ""  # Kept is as before the import
    assert b"Qwertyone" not in Path(db_path).read_bytes()

    code, _, err = cli("import", "--undo-last", "--module", "M1", "--yes")
    assert code == 1 and "already been undone" in err and len(err.strip().splitlines()) == 1


def test_undo_last_is_refused_with_the_reason_after_a_later_edit(cli, tmp_path, db_path):
    kept, path = _register(cli, tmp_path)
    assert cli("import", str(path), "--module", "M1")[0] == 0
    db = open_database(str(db_path))
    person = get_participant(db, kept)
    draft = person.draft()
    draft.email = "kept@example.se"
    update_participant(db, kept, draft, person.version)
    db.dispose()
    imported = status(cli)

    for extra in ((), ("--yes",)):
        code, out, err = cli("import", "--undo-last", "--module", "M1", *extra)
        assert code == 1 and out == ""
        assert err.strip() == (
            f"originn-desktop: cannot undo the import: participant {kept} has been changed since"
        )
    assert status(cli) == imported


def test_undo_last_with_nothing_to_undo_and_wrong_usage(cli, tmp_path):
    _, path = _register(cli, tmp_path)
    code, _, err = cli("import", "--undo-last", "--module", "M1")
    assert code == 1 and "no import into M1 to undo" in err
    assert cli("import", "--undo-last", str(path), "--module", "M1")[0] == 2
    assert cli("import", "--module", "M1")[0] == 2
    assert cli("import", str(path), "--module", "M1", "--yes")[0] == 2
