"""``issuer set``/``issuer show`` and ``elm``, end to end: the issue's "done when"."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader

from tests.certificates.images import emblem_png, logo_png, signature_jpeg

SCHEMA = Path(__file__).parents[1] / "fixtures" / "elm" / "edc-credential-schema-2.1.0.json"


@pytest.fixture
def branded(cli, shared_data, tmp_path):
    cli(
        "module",
        "add",
        "C1",
        "--title-sv",
        "Förädling",
        "--title-en",
        "Value adding",
        "--course-code",
        "FÖ901G",
    )
    cli("import", str(shared_data / "roster_excel_semicolon_cp1252.csv"), "--module", "C1")
    cli("complete", "--module", "C1", "--all")
    code, out, err = cli(
        "issuer", "set",
        "--logo", str(logo_png(tmp_path / "logo.png")),
        "--funder-logo", str(emblem_png(tmp_path / "eu.png")),
        "--signature", str(signature_jpeg(tmp_path / "sig.jpg")),
        "--signatory", "Åsa Prefekt, prefekt",
        "--legal-id", "202100-2841",
    )  # fmt: skip
    assert code == 0, err
    assert "Signatory: Åsa Prefekt, prefekt" in out
    code, out, err = cli(
        "certificates", "--module", "C1", "--out", str(tmp_path / "certs"), "--json"
    )
    assert code == 0, err
    return json.loads(out)


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def test_issuer_set_then_certificates_gives_pdfa_with_two_attachments_and_three_images(
    cli, branded, tmp_path
):
    assert len(branded) == 5
    for cert in branded:
        pdf = cert["file"]
        reader = PdfReader(pdf)
        meta = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
        assert "<pdfaid:part>3</pdfaid:part>" in meta and "<pdfaid:conformance>B" in meta
        assert "2 embedded files" in run("pdfdetach", "-list", pdf)
        images = [line for line in run("pdfimages", "-list", pdf).splitlines()[2:] if line.strip()]
        assert len(images) == 3
        text = " ".join(reader.pages[0].extract_text().split())
        assert cert["name"] in text and "Förädling" in text and cert["number"] in text
        code, out, _ = cli("verify", cert["number"])
        assert code == 0 and "is valid" in out


def test_the_badge_inside_the_pdf_verifies(cli, branded, tmp_path):
    cert = branded[0]
    out_dir = tmp_path / "detached"
    out_dir.mkdir()
    subprocess.run(["pdfdetach", "-saveall", "-o", str(out_dir), cert["file"]], check=True)
    code, out, err = cli("verify-badge", str(out_dir / f"{cert['number']}-openbadge.jwt"))
    assert code == 0, err
    assert f"The signature is valid: {cert['number']}, {cert['name']}" in out
    elm = json.loads((out_dir / f"{cert['number']}-elm.jsonld").read_text(encoding="utf-8"))
    assert elm["credentialSubject"]["fullName"] == {"sv": cert["name"]}
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(elm)) == []


def test_the_merged_print_file_stays_plain(cli, branded, tmp_path):
    code, _, err = cli(
        "certificates",
        "--module",
        "C1",
        "--out",
        str(tmp_path / "certs"),
        "--merged",
        str(tmp_path / "all.pdf"),
    )
    assert code == 0, err
    assert "0 embedded files" in run("pdfdetach", "-list", str(tmp_path / "all.pdf"))
    assert "/Metadata" not in PdfReader(tmp_path / "all.pdf").trailer["/Root"]


def test_elm_writes_one_schema_valid_credential_per_valid_certificate(cli, branded, tmp_path):
    cli("revoke", branded[0]["number"], "--reason", "fel person")
    code, out, err = cli("elm", "--module", "C1", "--out", str(tmp_path / "elm"))
    assert code == 0, err
    files = sorted((tmp_path / "elm").glob("*.jsonld"))
    assert len(files) == 4  # the revoked one has none
    assert "4 European Learning Model credentials" in out
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    for path in files:
        credential = json.loads(path.read_text(encoding="utf-8"))
        errors = [f"{e.json_path}: {e.message[:150]}" for e in validator.iter_errors(credential)]
        assert errors == [], path.name
        claim = credential["credentialSubject"]["hasClaim"][0]
        spec = claim["specifiedBy"]
        assert spec["title"] == {"sv": ["Förädling"], "en": ["Value adding"]}
        assert spec["creditPoint"][0]["point"] == "3" and "Credit Transfer" in json.dumps(
            spec["creditPoint"]
        )
        assert claim["provenBy"][0]["grade"]["noteLiteral"]["en"] == ["Pass (G)"]
        body = claim["awardedBy"]["awardingBody"][0]
        assert body["registration"]["notation"] == "202100-2841"
        assert body["legalName"]["sv"] == ["Mittuniversitetet"]
        text = path.read_text(encoding="utf-8")
        assert "personnummer" not in text.lower().replace("organisationsnummer", "")


def test_issuer_show_json_and_bad_files(cli, tmp_path):
    code, out, _ = cli("issuer", "show", "--json")
    assert code == 0
    assert json.loads(out) == {
        "signatory_name": "",
        "signatory_title": "",
        "legal_identifier": "",
        "logo": None,
        "funder_logo": None,
        "signature": None,
    }
    (tmp_path / "notes.txt").write_text("not a picture")
    code, out, err = cli("issuer", "set", "--logo", str(tmp_path / "notes.txt"))
    assert code == 1
    assert err.count("\n") == 1 and "not an image; give a PNG, JPEG or SVG image" in err
    code, _, err = cli("issuer", "set")
    assert code == 2 and "--logo" in err
    code, out, _ = cli("issuer", "set", "--signature", str(signature_jpeg(tmp_path / "s.jpg")))
    assert code == 0
    shown = json.loads(cli("issuer", "show", "--json")[1])
    assert shown["signature"]["type"] == "image/jpeg" and shown["signature"]["width"] == 500
    assert shown["logo"] is None
