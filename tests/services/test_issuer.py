"""The issuer's settings belong to the register: branding decides reprint or reissue, the old
per-user settings are a register's starting point only, and registers never share them."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from pypdf import PdfReader

from originn_desktop.certificates.content import CertificateSettings
from originn_desktop.db.schema import open_database
from originn_desktop.services.certificates import issue_certificates, verify
from originn_desktop.services.enrollment import complete
from originn_desktop.services.issuer import (
    IssuerChange,
    change_from_files,
    set_issuer,
    stored_issuer,
)
from tests import factories
from tests.certificates.images import emblem_png, logo_png, signature_jpeg
from tests.clock import TODAY


@pytest.fixture
def graded(db):
    factories.module(db, "M1", min_participants=1)
    person = factories.person(db, "Sven", "Älvdal", module_code="M1").participant
    complete(db, "M1", [person.id], "G", dt.date.today())
    return person


PLAIN = CertificateSettings()


def issue(db, tmp_path, settings=PLAIN):
    return issue_certificates(db, "M1", tmp_path / "out", settings, today=TODAY)


def test_same_branding_reprints_the_same_bytes_a_changed_one_is_a_reissue(db, graded, tmp_path):
    set_issuer(db, change_from_files(logo=logo_png(tmp_path / "a.png")))
    [first] = issue(db, tmp_path).issued
    before = first.file.read_bytes()
    [again] = issue(db, tmp_path).issued
    assert (again.outcome, again.number) == ("reprint", first.number)
    assert again.file.read_bytes() == before
    # A new logo changes what the certificate shows: a new number, the old one superseded.
    set_issuer(db, change_from_files(logo=emblem_png(tmp_path / "b.png")))
    [new] = issue(db, tmp_path).issued
    assert new.outcome == "reissue" and new.replaces == first.number
    assert verify(db, first.number).status == "superseded"
    assert verify(db, new.number).sha256 == hashlib.sha256(new.file.read_bytes()).hexdigest()
    # Taking the logo away is a change too.
    set_issuer(db, IssuerChange(logo=None))
    [bare] = issue(db, tmp_path).issued
    assert bare.outcome == "reissue" and bare.replaces == new.number


def test_a_changed_signatory_is_a_reissue(db, graded, tmp_path):
    [first] = issue(db, tmp_path).issued
    set_issuer(db, change_from_files(signatory="Åsa Prefekt, prefekt"))
    [second] = issue(db, tmp_path).issued
    assert second.outcome == "reissue" and second.replaces == first.number
    text = PdfReader(second.file).pages[0].extract_text()
    assert "Åsa Prefekt" in text and "prefekt" in text


def test_a_register_starts_from_the_old_per_user_settings_once_then_keeps_its_own(
    db, graded, tmp_path
):
    old = CertificateSettings(
        signatory_name="Gammal Rektor",
        signatory_title="rektor",
        logo_left=str(logo_png(tmp_path / "left.png")),
        logo_right=str(emblem_png(tmp_path / "right.png")),
    )
    [first] = issue(db, tmp_path, old).issued
    issuer = stored_issuer(db)
    assert issuer is not None
    assert (issuer.signatory_name, issuer.signatory_title) == ("Gammal Rektor", "rektor")
    assert issuer.branding.logo is not None and issuer.branding.funder_logo is not None
    assert "Gammal Rektor" in PdfReader(first.file).pages[0].extract_text()
    # Later changes to the per-user file no longer reach this register's certificates.
    newer = CertificateSettings(signatory_name="Någon Annan", logo_left="", logo_right="")
    [again] = issue(db, tmp_path, newer).issued
    assert again.outcome == "reprint" and again.number == first.number
    assert "Någon Annan" not in PdfReader(again.file).pages[0].extract_text()


def test_one_registers_issuer_settings_never_change_another_registers(template_db, tmp_path):
    import shutil

    paths = [tmp_path / "a.db", tmp_path / "b.db"]
    for p in paths:
        shutil.copyfile(template_db, p)
    a, b = (open_database(str(p)) for p in paths)
    try:
        set_issuer(
            a,
            change_from_files(
                signatory="Anna A, rektor", signature=signature_jpeg(tmp_path / "s.jpg")
            ),
        )
        assert stored_issuer(b) is None
        set_issuer(b, change_from_files(signatory="Bo B, prefekt"))
        first, second = stored_issuer(a), stored_issuer(b)
        assert first is not None and second is not None
        assert first.signatory_name == "Anna A" and first.branding.signature is not None
        assert second.signatory_name == "Bo B" and second.branding.signature is None
    finally:
        a.dispose()
        b.dispose()


def test_clear_removes_images_and_signatory_but_keeps_the_legal_identifier(db, tmp_path):
    set_issuer(
        db,
        change_from_files(
            logo=logo_png(tmp_path / "l.png"), signatory="A, B", legal_identifier="202100-2841"
        ),
    )
    cleared = set_issuer(db, IssuerChange(clear=True))
    assert cleared.branding.is_empty and cleared.signatory_name == ""
    assert cleared.legal_identifier == "202100-2841"


def test_a_backup_of_the_register_carries_the_images(db, tmp_path):
    from originn_desktop.services.backups import backup

    set_issuer(db, change_from_files(signature=signature_jpeg(tmp_path / "s.jpg")))
    copy = backup(db, tmp_path / "copy.db")
    restored = open_database(str(copy))
    try:
        found = stored_issuer(restored)
        assert found is not None and found.branding.signature is not None
        assert found.branding.signature == stored_issuer(db).branding.signature
    finally:
        restored.dispose()


# Learning outcomes as long as a full course syllabus's (synthetic text, about 1,500 letters).
LONG_SV = " ".join(
    f"{i}. Deltagaren kan redogöra för förädlingsmöjligheter i den egna verksamheten, "
    "analysera marknad och kunder och planera en förädlad produkt."
    for i in range(1, 11)
)
LONG_EN = " ".join(
    f"{i}. The participant can describe opportunities for adding value in their own "
    "business, analyse markets and customers and plan a value-added product."
    for i in range(1, 11)
)


def test_the_facts_text_size_is_the_size_the_certificate_prints_its_outcomes_at(db, tmp_path):
    from originn_desktop.services.issuer import facts_text_size
    from originn_desktop.services.modules import get_module
    from tests.certificates.test_render import _glyph_positions

    factories.module(
        db, "M1", min_participants=1, learning_outcomes_sv=LONG_SV, learning_outcomes_en=LONG_EN
    )
    person = factories.person(db, "Sven", "Älvdal", module_code="M1").participant
    complete(db, "M1", [person.id], "G", TODAY)
    size = facts_text_size(db, PLAIN, get_module(db, "M1").draft)
    assert size < 7  # too small to read well: the module dialog asks before saving it

    [issued] = issue(db, tmp_path).issued
    printed = {
        round(run[2], 2)
        for run in _glyph_positions(issued.file.read_bytes())
        if run[3].strip() and run[3].strip() in LONG_SV
    }
    assert printed == {round(size, 2)}

    short = get_module(db, "M1").draft
    short.learning_outcomes_sv, short.learning_outcomes_en = LONG_SV[:150], LONG_EN[:150]
    assert facts_text_size(db, PLAIN, short) == 9
