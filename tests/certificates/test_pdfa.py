"""Every certificate is a PDF/A-3b file that carries its own machine-readable credentials."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from originn_desktop.certificates.pdfa import Attachment
from originn_desktop.certificates.render import render_certificate
from tests.certificates.test_render import content
from tests.clock import TODAY

NUMBER = "ORIGINN-2026-0001"
ATTACHED = (
    Attachment(f"{NUMBER}-openbadge.jwt", b"eyJhbGciOi.e30.sig\n", "application/vc+jwt", "badge"),
    Attachment(f"{NUMBER}-elm.jsonld", b'{"a": 1}\n', "application/ld+json", "ELM"),
)


@pytest.fixture
def pdf(tmp_path) -> Path:
    path = tmp_path / "cert.pdf"
    path.write_bytes(render_certificate(content(), NUMBER, TODAY, ATTACHED))
    return path


def xmp(data: bytes) -> str:
    root = PdfReader(io.BytesIO(data)).trailer["/Root"]
    stream = root["/Metadata"].get_object()
    assert "/Filter" not in stream  # PDF/A: metadata readable as it stands
    return stream.get_data().decode("utf-8")


def test_the_xmp_declares_pdfa_3b_with_title_author_and_language(pdf):
    meta = xmp(pdf.read_bytes())
    assert "<pdfaid:part>3</pdfaid:part>" in meta
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in meta
    assert f"Intyg om mikromerit / Micro-credential certificate {NUMBER}" in meta
    assert "<rdf:li>Mittuniversitetet</rdf:li>" in meta
    assert "<dc:language><rdf:Bag><rdf:li>sv</rdf:li>" in meta
    info = PdfReader(pdf).metadata
    # The information dictionary says the same, dated the day of issue.
    assert info.title in meta and info.author in meta and info.creator in meta
    assert f"<xmp:CreateDate>{TODAY.isoformat()}T00:00:00Z</xmp:CreateDate>" in meta
    assert info["/CreationDate"].startswith(f"D:{TODAY:%Y%m%d}000000")


def test_an_srgb_output_intent_and_the_language_are_in_the_catalog(pdf):
    root = PdfReader(pdf).trailer["/Root"]
    [intent] = root["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    assert profile.get_data()[36:40] == b"acsp"  # an ICC profile
    assert root["/Lang"] == "sv"
    assert "/Encrypt" not in PdfReader(pdf).trailer


def test_pdffonts_lists_every_font_as_embedded(pdf):
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert len(rows) >= 4
    for row in rows:
        emb = row[row.index("TrueType") :].split()[2]
        assert emb == "yes", row


def test_pdfdetach_lists_both_credentials_as_associated_files(pdf, tmp_path):
    out = subprocess.run(
        ["pdfdetach", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "2 embedded files" in out
    assert f"{NUMBER}-openbadge.jwt" in out and f"{NUMBER}-elm.jsonld" in out
    root = PdfReader(pdf).trailer["/Root"]
    for spec in root["/AF"]:
        spec = spec.get_object()
        assert spec["/AFRelationship"] == "/Alternative"
        stream = spec["/EF"]["/F"].get_object()
        assert stream["/Subtype"] in ("/application/vc+jwt", "/application/ld+json")
        assert "/ModDate" in stream["/Params"]
    subprocess.run(["pdfdetach", "-saveall", "-o", str(tmp_path), str(pdf)], check=True)
    assert (tmp_path / f"{NUMBER}-elm.jsonld").read_bytes() == b'{"a": 1}\n'


def test_no_transparency_and_no_unembedded_standard_font_anywhere(pdf):
    data = pdf.read_bytes()
    assert b"/SMask" not in data and b"/ca " not in data and b"/CA " not in data
    assert b"/Helvetica" not in data


def test_reprinting_gives_identical_bytes_with_attachments(pdf):
    again = render_certificate(content(), NUMBER, TODAY, ATTACHED)
    assert again == pdf.read_bytes()
    other_day = render_certificate(content(), NUMBER, TODAY + dt.timedelta(days=1), ATTACHED)
    assert other_day != again


VERAPDF = shutil.which("verapdf")


@pytest.mark.skipif(
    VERAPDF is None,
    reason="veraPDF is not installed (a Java program from verapdf.org, not in PyPI or Debian)",
)
def test_verapdf_finds_the_file_pdfa_3b_compliant(pdf):
    out = subprocess.run(
        [VERAPDF, "--flavour", "3b", "--format", "json", str(pdf)],
        capture_output=True,
        text=True,
    ).stdout
    report = json.loads(out)
    jobs = report["report"]["jobs"]
    assert all(j["validationResult"][0]["compliant"] for j in jobs), out[:2000]


def test_every_stream_ends_with_an_end_of_line_before_endstream(pdf):
    import re

    data = pdf.read_bytes()
    ends = [m.start() for m in re.finditer(rb"endstream", data)]
    assert len(ends) > 8
    for at in ends:
        assert data[at - 1 : at] in (b"\n", b"\r"), data[at - 20 : at + 9]
    # ... and every stream's /Length still holds (a reader finds every object)
    reader = PdfReader(pdf)
    assert reader.pages[0].extract_text()
