"""The rules at their edges, through the command line: the waiting list, withdrawing someone who
has finished, printing again after a revocation, module codes in any case, file endings, and
messages in the language asked for."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from tests import factories
from tests.clock import TODAY


def add(cli, first: str, module: str | None = None, *extra: str) -> int:
    args = ["participant", "add", "--first-name", first, "--last-name", "Test"]
    args += ["--personnummer", factories.personnummer()]
    if module:
        args += ["--module", module]
    code, out, err = cli(*args, *extra, "--json")
    assert code == 0, err
    return int(json.loads(out)["id"])


def statuses(cli, module: str) -> dict[int, str]:
    code, out, err = cli("participants", "--module", module, "--json")
    assert code == 0, err
    return {p["id"]: p["status"] for p in json.loads(out)}


def module(cli, code: str, *extra: str) -> None:
    result = cli("module", "add", code, "--title-sv", "Prov", "--title-en", "Test", *extra)
    assert result[0] == 0, result


# -- the waiting list ----------------------------------------------------------------------------


def test_removing_the_maximum_moves_the_waiting_up_and_names_them(cli):
    module(cli, "M1", "--min-participants", "1", "--max-participants", "1")
    first = add(cli, "Inside", "M1")
    waiting = [add(cli, name, "M1") for name in ("Wait", "Longer")]
    code, out, _ = cli("module", "edit", "M1", "--no-max")
    assert code == 0
    assert "Moved up from the waiting list in M1: Wait Test" in out
    assert "Moved up from the waiting list in M1: Longer Test" in out
    late = add(cli, "Late", "M1")
    assert statuses(cli, "M1") == {i: "registered" for i in (first, *waiting, late)}


def test_a_newcomer_does_not_pass_someone_waiting(cli):
    module(cli, "M1", "--min-participants", "1")
    held = add(cli, "Held", "M1", "--status", "waitlisted")
    code, out, _ = cli(
        "participant",
        "add",
        "--first-name",
        "Late",
        "--last-name",
        "Test",
        "--birth-date",
        "1990-01-01",
        "--module",
        "M1",
    )
    assert code == 0 and "Moved up from the waiting list in M1: Held Test" in out
    assert statuses(cli, "M1")[held] == "registered"


def test_a_withdrawal_without_a_maximum_moves_the_waiting_up(cli):
    module(cli, "M1", "--min-participants", "1")
    a = add(cli, "A", "M1")
    w = add(cli, "W", "M1", "--status", "waitlisted")
    code, out, _ = cli("withdraw", "--module", "M1", "--participant", str(a))
    assert code == 0 and "Moved up from the waiting list in M1: W Test" in out
    assert statuses(cli, "M1") == {a: "withdrawn", w: "registered"}


# -- withdrawing someone who has finished --------------------------------------------------------


@pytest.fixture
def finished(cli, tmp_path):
    """X1 has ended; participant 1 completed it and holds a certificate, 2 is waiting."""
    start, end = TODAY - dt.timedelta(days=60), TODAY - dt.timedelta(days=10)
    module(
        cli,
        "X1",
        "--min-participants",
        "1",
        "--max-participants",
        "1",
        "--start",
        str(start),
        "--end",
        str(end),
    )
    done, waiting = add(cli, "Done", "X1"), add(cli, "Waiting", "X1")
    code, _, err = cli("complete", "--module", "X1", "--participant", str(done), "--date", str(end))
    assert code == 0, err
    code, out, err = cli("certificates", "--module", "X1", "--out", str(tmp_path), "--json")
    assert code == 0, err
    return done, waiting, json.loads(out)[0]["number"]


def test_withdrawing_someone_who_completed_needs_yes_and_names_the_certificate(cli, finished):
    done, waiting, number = finished
    code, out, err = cli("withdraw", "--module", "X1", "--participant", str(done))
    assert code == 1 and out == ""
    assert number in err and "--yes" in err and "revoke" in err
    assert statuses(cli, "X1") == {done: "completed", waiting: "waitlisted"}
    assert cli("verify", number)[0] == 0  # still valid


def test_with_yes_the_certificate_goes_and_an_ended_module_moves_nobody_up(cli, finished):
    done, waiting, number = finished
    code, out, err = cli("withdraw", "--module", "X1", "--participant", str(done), "--yes")
    assert code == 0, err
    assert "Moved up" not in out
    assert statuses(cli, "X1") == {done: "withdrawn", waiting: "waitlisted"}
    code, out, _ = cli("verify", number)
    assert code == 4 and "revoked (status changed to withdrawn)" in out


def test_withdrawing_someone_already_withdrawn_says_so_and_exits_0(cli):
    module(cli, "M1", "--min-participants", "1")
    a = add(cli, "A", "M1")
    assert cli("withdraw", "--module", "M1", "--participant", str(a))[0] == 0
    code, out, err = cli("withdraw", "--module", "M1", "--participant", str(a))
    assert code == 0 and err == ""
    assert "A Test is already withdrawn from M1; nothing changed." in out


# -- printing again after a revocation -----------------------------------------------------------


def test_printing_again_skips_a_revoked_certificate_unless_the_person_is_named(cli, tmp_path):
    module(cli, "M1", "--min-participants", "1")
    wrong, right = add(cli, "Wrong", "M1"), add(cli, "Right", "M1")
    cli("complete", "--module", "M1", "--all")
    _, out, _ = cli("certificates", "--module", "M1", "--out", str(tmp_path), "--json")
    numbers = {c["participant_id"]: c["number"] for c in json.loads(out)}
    assert cli("revoke", numbers[wrong], "--reason", "fel person")[0] == 0

    code, out, err = cli("certificates", "--module", "M1", "--out", str(tmp_path))
    assert code == 0, err
    assert f"Skipped Wrong Test (id {wrong}): {numbers[wrong]} was revoked (fel person)" in out
    code, out, _ = cli("certificates", "--module", "M1", "--out", str(tmp_path), "--json")
    entries = json.loads(out)
    assert [(e["participant_id"], e["outcome"]) for e in entries] == [
        (right, "reprint"),
        (wrong, "skipped"),
    ]
    assert entries[1]["file"] is None and "fel person" in entries[1]["reason"]
    assert entries[0]["reason"] is None

    code, out, _ = cli(
        "certificates", "--module", "M1", "--out", str(tmp_path), "--participant", str(wrong)
    )
    assert code == 0 and "Skipped" not in out and "(new)" in out


# -- module codes, dates, endings ----------------------------------------------------------------


def test_module_codes_are_the_same_in_any_case(cli):
    module(cli, "M1")
    code, _, err = cli("module", "add", "m1", "--title-sv", "Prov", "--title-en", "Test")
    assert code == 1 and "already a module M1" in err
    assert [m["code"] for m in json.loads(cli("status", "--json")[1])] == ["M1"]
    a = add(cli, "A", "m1")
    assert statuses(cli, "m1") == {a: "registered"}


def test_a_registration_deadline_after_the_start_is_refused(cli):
    code, _, err = cli(
        "module",
        "add",
        "M1",
        "--title-sv",
        "Prov",
        "--title-en",
        "Test",
        "--start",
        "2027-02-01",
        "--deadline",
        "2027-02-10",
    )
    assert code == 1 and "deadline cannot be after the start" in err
    assert json.loads(cli("status", "--json")[1]) == []


def test_grading_before_the_module_starts_is_refused_with_the_start_date(cli):
    start = TODAY + dt.timedelta(days=30)
    module(cli, "M1", "--min-participants", "1", "--start", str(start))
    a = add(cli, "A", "M1")
    code, _, err = cli("complete", "--module", "M1", "--participant", str(a))
    assert code == 1 and f"M1 has not started yet (it starts {start})" in err
    assert statuses(cli, "M1") == {a: "registered"}


def test_an_examination_date_before_the_start_is_refused(cli):
    start = TODAY - dt.timedelta(days=30)
    module(cli, "M1", "--min-participants", "1", "--start", str(start))
    a = add(cli, "A", "M1")
    before = start - dt.timedelta(days=1)
    code, _, err = cli("complete", "--module", "M1", "--participant", str(a), "--date", str(before))
    assert code == 1 and f"examination date {before} is before M1 started ({start})" in err
    assert statuses(cli, "M1") == {a: "registered"}


@pytest.mark.parametrize(
    "command",
    [
        ["export-roster", "--module", "M1", "--out"],
        ["export-results", "--module", "M1", "--out"],
        ["report", "--out"],
    ],
)
def test_an_ending_the_export_does_not_write_is_refused(cli, tmp_path, command):
    module(cli, "M1")
    target = tmp_path / "r.txt"
    code, _, err = cli(*command, str(target))
    assert code == 1 and "r.txt" in err and ".xlsx" in err
    assert not target.exists()


# -- words in the right language -----------------------------------------------------------------


def test_someone_waiting_is_on_the_waiting_list_in_messages(cli):
    module(cli, "M1", "--min-participants", "1", "--max-participants", "1")
    add(cli, "A", "M1")
    w = add(cli, "W", "M1")
    code, _, err = cli("complete", "--module", "M1", "--participant", str(w))
    assert code == 1 and "W Test is on the waiting list in M1, not taking part" in err
    code, _, err = cli("enroll", "--module", "M1", "--participant", str(w))
    assert code == 1 and "already in M1 (waiting list)" in err


def test_verify_after_an_erasure_speaks_the_readers_language(cli, tmp_path, monkeypatch):
    module(cli, "M1", "--min-participants", "1")
    a = add(cli, "A", "M1")
    cli("complete", "--module", "M1", "--all")
    number = json.loads(cli("certificates", "--module", "M1", "--out", str(tmp_path), "--json")[1])[
        0
    ]["number"]
    assert cli("erase", "--participant", str(a), "--yes")[0] == 0
    code, out, _ = cli("verify", number)
    assert code == 0 and "(erased)" in out and "raderad" not in out
    monkeypatch.setattr("originn_desktop.cli.commands.LANG", "sv")
    assert "(raderad)" in cli("verify", number)[1]


SWEDISH_LETTERS = re.compile("[åäöÅÄÖ]")


def test_english_output_has_no_swedish_words(cli, tmp_path):
    """Every message of a day's work, in English: data here is ASCII, so a Swedish letter in
    the output is a Swedish word in an English message."""
    outputs: list[str] = []

    def run(*args: str) -> tuple[int, str, str]:
        code, out, err = cli(*args)
        outputs.append(f"$ {' '.join(args)}\n{out}{err}")
        return code, out, err

    start, end = str(TODAY - dt.timedelta(days=40)), str(TODAY - dt.timedelta(days=5))
    run("status")
    run("module", "add", "M1", "--title-sv", "Prov", "--title-en", "Test", "--start", start)
    run("module", "add", "m1", "--title-sv", "Prov", "--title-en", "Test")
    run("module", "add", "X", "--title-sv", "Prov", "--title-en", "Test", "--start", end)
    run("module", "add", "M2", "--title-sv", "Prov", "--title-en", "Test", "--end", start)
    run("module", "edit", "M1", "--max-participants", "2", "--min-participants", "2")
    run("module", "edit", "M1", "--min-participants", "9")
    run("module", "show", "M1")
    ids = []
    for name in ("Anna", "Bert", "Cleo", "Dan"):
        _, out, _ = run(
            "participant", "add", "--first-name", name, "--last-name", "Berg",
            "--personnummer", factories.personnummer(), "--module", "M1", "--json",
        )  # fmt: skip
        ids.append(str(json.loads(out)["id"]))
    run(
        "participant", "add", "--first-name", "Anna", "--last-name", "Berg",
        "--birth-date", "1990-01-01", "--email", "a@example.com", "--module", "M1",
    )  # fmt: skip
    run("participant", "add", "--first-name", "E", "--last-name", "F", "--personnummer", "1")
    run("participant", "show", ids[0])
    run("participant", "show", "999")
    run("enroll", "--module", "M1", "--participant", ids[0])
    run("enroll", "--module", "NOPE", "--participant", ids[0])
    run("complete", "--module", "M1", "--participant", ids[3])
    run("complete", "--module", "M1", "--participant", ids[0], "--grade", "VG", "--date", end)
    run("complete", "--module", "M1", "--participant", ids[1], "--grade", "U", "--date", end)
    run("complete", "--module", "M2", "--all")
    run("withdraw", "--module", "M1", "--participant", ids[1])
    run("withdraw", "--module", "M1", "--participant", ids[0])
    run("module", "edit", "M1", "--no-max")
    run("withdraw", "--module", "M1", "--participant", ids[2])
    run("withdraw", "--module", "M1", "--participant", ids[2])
    run("change", "--module", "M1")
    run("participants", "--module", "M1")
    run("status")
    folder = str(tmp_path / "certs")
    _, out, _ = run("certificates", "--module", "M1", "--out", folder, "--json")
    number = json.loads(out)[0]["number"]
    run("certificates", "--module", "M2", "--out", folder)
    run("verify", number)
    run("revoke", number, "--reason", "wrong person")
    run("revoke", number, "--reason", "again")
    run("certificates", "--module", "M1", "--out", folder)
    run("verify", number)
    run("verify", "ORIGINN-1999-0001")
    run("export-roster", "--module", "M1", "--out", str(tmp_path / "r.csv"))
    run("export-roster", "--module", "M1", "--out", str(tmp_path / "r.txt"))
    run("export-results", "--module", "M1", "--out", str(tmp_path / "s.xlsx"))
    run("report", "--out", str(tmp_path / "rep.xlsx"))
    roster = tmp_path / "in.csv"
    roster.write_text(
        "First name;Last name;Personnummer\nGus;Berg;" + factories.personnummer() + "\nX;Y;123\n",
        encoding="utf-8",
    )
    run("import", str(roster), "--module", "M1")
    run("import", str(tmp_path / "missing.csv"), "--module", "M1")
    run("backup", "--out", str(tmp_path / "b.db"))
    run("erase", "--participant", ids[0], "--yes")
    run("verify", number)
    run("purge", "--older-than", "1", "--yes")
    run("purge", "--older-than", "0", "--yes")

    text = "\n".join(outputs)
    flagged = [line for line in text.splitlines() if SWEDISH_LETTERS.search(line)]
    assert flagged == [], "\n".join(flagged)
