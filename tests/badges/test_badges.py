"""Open Badges 3.0: required fields, signing and verifying, tampering, key handling."""

from __future__ import annotations

import base64
import datetime as dt
import json
import stat

import pytest

from originn_desktop.badges.credential import CONTEXTS, BadgeFacts, build_credential, missing_fields
from originn_desktop.badges.jwt import check, sign
from originn_desktop.badges.keys import did_jwk, key_from_did, load_or_create, public_jwk
from originn_desktop.certificates.content import CertificateSettings
from originn_desktop.domain.text import UserError
from originn_desktop.services.badges import issue_badges, verify_badge
from originn_desktop.services.certificates import issue_certificates, revoke
from originn_desktop.services.demo import load_demo
from originn_desktop.services.enrollment import complete
from tests.clock import TODAY

FACTS = BadgeFacts(
    number="ORIGINN-2026-0007",
    learner_name="Máret Jåma",
    learner_email="maret@example.se",
    issued_on=TODAY,
    module_code="M1",
    course_code="FÖ901G",
    title_sv="Från råvara till produkt",
    title_en="From raw material to product",
    outcomes_sv="Analysera förädling.",
    outcomes_en="Analyse value adding.",
    credits=3.0,
    level_sv="grundnivå, G1N",
    level_en="first cycle, G1N",
    eqf_level=6,
    grade="G",
    exam_date=dt.date(2026, 11, 20),
    awarding_body="Mittuniversitetet",
    awarding_body_en="Mid Sweden University",
    coordinator="Region Jämtland Härjedalen",
)


@pytest.fixture
def key(tmp_path):
    return load_or_create(tmp_path / "issuer.jwk")


def test_the_credential_has_every_open_badges_3_field(key):
    credential = build_credential(FACTS, did_jwk(key), salt="abc")
    assert missing_fields(credential) == []
    assert credential["@context"] == CONTEXTS
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert (
        credential["issuer"]["id"].startswith("did:jwk:")
        and credential["issuer"]["name"] == "Mittuniversitetet"
    )
    subject = credential["credentialSubject"]
    achievement = subject["achievement"]
    assert achievement["achievementType"] == "MicroCredential"
    assert achievement["creditsAvailable"] == 3.0 and achievement["humanCode"] == "FÖ901G"
    assert "Analysera förädling." in achievement["criteria"]["narrative"]
    assert achievement["alignment"][0]["targetCode"] == "6"
    assert subject["result"][0]["value"] == "G"
    assert credential["validFrom"] == "2026-11-27T00:00:00Z"
    assert "ORIGINN-2026-0007" in credential["id"]


def test_the_learner_is_named_and_hashed_never_by_personnummer(key):
    credential = build_credential(FACTS, did_jwk(key), salt="abc")
    identifiers = credential["credentialSubject"]["identifier"]
    assert {"identityType": "name", "identityHash": "Máret Jåma"}.items() <= identifiers[0].items()
    email = identifiers[1]
    assert email["hashed"] is True and email["identityHash"].startswith("sha256$")
    assert "maret@example.se" not in json.dumps(credential)


def test_sign_and_verify_offline_with_the_key_the_issuer_names(key):
    token = sign(build_credential(FACTS, did_jwk(key)), key)
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    assert header["alg"] == "EdDSA" and header["typ"] == "vc+jwt"
    checked = check(token)
    assert (
        checked.credential["credentialSubject"]["achievement"]["name"]
        == "From raw material to product"
    )
    assert checked.key_thumbprint == key.thumbprint()


def test_any_altered_byte_fails(key):
    token = sign(build_credential(FACTS, did_jwk(key)), key)
    for position in (5, len(token) // 3, len(token) // 2, len(token) - 5):
        original = token[position]
        changed = token[:position] + ("A" if original != "A" else "B") + token[position + 1 :]
        with pytest.raises(UserError, match="not valid"):
            check(changed)


def test_a_badge_signed_by_another_key_fails_against_the_published_key(key, tmp_path):
    other = load_or_create(tmp_path / "other.jwk")
    token = sign(build_credential(FACTS, did_jwk(other)), other)
    with pytest.raises(UserError, match="signature does not match"):
        check(token, key_from_did(did_jwk(key)))


def test_a_swapped_issuer_is_caught(key, tmp_path):
    """A forger who signs with their own key but names our issuer inside."""
    forger = load_or_create(tmp_path / "forger.jwk")
    credential = build_credential(FACTS, did_jwk(key))
    token = sign({**credential, "issuer": {**credential["issuer"], "id": did_jwk(forger)}}, forger)
    forged = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "=="))
    assert forged["issuer"]["id"] != did_jwk(key)
    with pytest.raises(UserError):
        check(token, key_from_did(did_jwk(key)))


def test_the_key_is_made_once_kept_private_and_exported_public(tmp_path):
    path = tmp_path / "keys" / "issuer.jwk"
    first = load_or_create(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create(path).thumbprint() == first.thumbprint()
    public = public_jwk(first)
    assert set(public) == {"kty", "crv", "x", "kid"} and "d" not in public
    assert public["kid"] == first.thumbprint()
    path.write_text("{broken", encoding="utf-8")
    with pytest.raises(UserError, match="cannot be read"):
        load_or_create(path)


def test_badges_for_a_modules_certificates_verify_and_follow_the_register(db, tmp_path, data_dir):
    load_demo(db, today=TODAY.replace(year=TODAY.year - 1))  # a module that has run
    complete(db, "M1", None, "G", dt.date.today() - dt.timedelta(days=1))
    issued = issue_certificates(
        db, "M1", tmp_path / "certs", CertificateSettings(), workers=1
    ).issued
    files = issue_badges(db, "M1", tmp_path / "badges", CertificateSettings())
    assert len(files) == len(issued) == 20
    own = load_or_create()
    result = verify_badge(files[0].file, db=db, own_key=own)
    assert result.number == files[0].number and result.ours and result.register_status == "valid"
    assert stat.S_IMODE(files[0].file.stat().st_mode) == 0o600
    revoke(db, files[0].number, "test")
    assert verify_badge(files[0].file, db=db).register_status == "revoked"


def test_no_certificates_no_badges(db, tmp_path):
    load_demo(db)
    with pytest.raises(UserError, match="no valid certificates"):
        issue_badges(db, "M2", tmp_path, CertificateSettings())
