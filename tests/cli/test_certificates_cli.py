import json

import pytest


@pytest.fixture
def issued(cli, shared_data, tmp_path):
    cli("module", "add", "C1", "--title-sv", "Intyg", "--title-en", "Certificate")
    cli("import", str(shared_data / "roster_excel_semicolon_cp1252.csv"), "--module", "C1")
    cli("complete", "--module", "C1", "--all")
    code, out, err = cli(
        "certificates",
        "--module",
        "C1",
        "--out",
        str(tmp_path / "certs"),
        "--merged",
        str(tmp_path / "all.pdf"),
        "--json",
    )
    assert code == 0, err
    return json.loads(out)


def test_certificates_json_lists_number_participant_name_and_file(issued, tmp_path):
    assert len(issued) == 5
    assert set(issued[0]) >= {"number", "participant_id", "name", "file"}
    assert {p.name for p in (tmp_path / "certs").iterdir()} == {
        c["file"].rsplit("/", 1)[-1] for c in issued
    }


def test_verify_exit_codes_valid_revoked_superseded_unknown(cli, issued):
    number = issued[0]["number"]
    code, out, _ = cli("verify", number, "--json")
    assert (
        code == 0
        and json.loads(out)["valid"] is True
        and json.loads(out)["name"] == issued[0]["name"]
    )
    assert cli("revoke", number, "--reason", "fel modul")[0] == 0
    code, out, _ = cli("verify", number)
    assert code == 4 and "NOT valid" in out and "fel modul" in out
    code, _, err = cli("verify", "ORIGINN-1999-0001")
    assert code == 1 and "no such certificate" in err


def test_a_reissue_supersedes(cli, issued, tmp_path):
    first = issued[0]
    # Printing in another language changes what the certificate says: a reissue.
    code, out, _ = cli(
        "certificates",
        "--module",
        "C1",
        "--out",
        str(tmp_path / "certs"),
        "--lang",
        "en",
        "--participant",
        str(first["participant_id"]),
        "--json",
    )
    assert code == 0
    [again] = json.loads(out)
    assert again["outcome"] == "reissue" and again["replaces"] == first["number"]
    code, out, _ = cli("verify", first["number"])
    assert code == 5 and again["number"] in out


def test_badges_issuer_key_and_verify_badge_exit_codes(cli, issued, tmp_path):
    code, out, _ = cli("badges", "--module", "C1", "--out", str(tmp_path / "badges"))
    assert code == 0 and "5 signed Open Badges" in out
    badge = sorted((tmp_path / "badges").glob("*.jwt"))[0]
    assert cli("issuer-key", "--out", str(tmp_path / "key.jwk"))[0] == 0
    code, out, _ = cli("verify-badge", str(badge), "--key", str(tmp_path / "key.jwk"))
    assert code == 0 and "signature is valid" in out
    tampered = tmp_path / "tampered.jwt"
    text = badge.read_text()
    tampered.write_text(text[:40] + ("x" if text[40] != "x" else "y") + text[41:])
    code, _, err = cli("verify-badge", str(tampered))
    assert code == 1 and "not valid" in err and "Traceback" not in err


def test_a_name_no_font_can_draw_is_refused_the_others_are_printed_exit_6(cli, tmp_path):
    from tests.certificates.test_scripts import system_has

    if system_has("🦩"):
        pytest.skip("this computer has a TrueType font with the flamingo")
    cli(
        "module",
        "add",
        "S1",
        "--title-sv",
        "Intyg",
        "--title-en",
        "Certificate",
        "--min-participants",
        "1",
    )
    for first, last in (("Anna", "Berg"), ("Sven", "Flamingo 🦩"), ("अनीता", "शर्मा")):
        cli(
            "participant",
            "add",
            "--first-name",
            first,
            "--last-name",
            last,
            "--birth-date",
            "1980-01-01",
            "--module",
            "S1",
        )
    cli("complete", "--module", "S1", "--all")
    code, out, err = cli("certificates", "--module", "S1", "--out", str(tmp_path / "c"), "--json")
    assert code == 6, err
    printed = json.loads(out)
    assert sorted(c["name"] for c in printed) == ["Anna Berg", "अनीता शर्मा"]
    [line] = [line for line in err.splitlines() if "no font can draw" in line]
    assert "Sven" in line and "(U+1F9A9)" in line
    # Nobody was numbered for the refused person: the numbers run on without a gap.
    assert sorted(c["number"] for c in printed) == ["ORIGINN-2026-0001", "ORIGINN-2026-0002"]
