import datetime as dt
import hashlib

import pytest
from pypdf import PdfReader

from originn_desktop.certificates.content import CertificateSettings
from originn_desktop.domain.text import NotFound, UserError
from originn_desktop.services import certificates as certs
from originn_desktop.services.certificates import (
    issue_certificates,
    revoke,
    search_register,
    verify,
)
from originn_desktop.services.enrollment import complete, restore, withdraw
from originn_desktop.services.participants import update_participant
from tests import factories
from tests.clock import TODAY

SETTINGS = CertificateSettings(signatory_name="Åsa Prefekt")


@pytest.fixture
def graded(db):
    factories.module(db, "M1", min_participants=1)
    people = [
        factories.person(db, first, last, module_code="M1").participant
        for first, last in (("Sven", "Älvdal"), ("Tova", "Rönnqvist"), ("Ulf", "Nordén"))
    ]
    complete(db, "M1", [p.id for p in people[:2]], "G", dt.date.today())
    return people


def issue(db, tmp_path, **kwargs):
    return issue_certificates(db, "M1", tmp_path / "out", SETTINGS, today=TODAY, **kwargs)


def test_each_completed_participant_gets_a_numbered_registered_pdf(db, graded, tmp_path):
    result = issue(db, tmp_path)
    assert [c.number for c in result.issued] == ["ORIGINN-2026-0001", "ORIGINN-2026-0002"]
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == ["ORIGINN-2026-0001_Rönnqvist_Tova.pdf", "ORIGINN-2026-0002_Älvdal_Sven.pdf"]
    for c in result.issued:
        record = verify(db, c.number)
        assert record.is_valid and record.learner_name == c.name and record.module_code == "M1"
        assert record.sha256 == hashlib.sha256(c.file.read_bytes()).hexdigest()


def test_printing_again_gives_the_same_number_and_the_same_bytes(db, graded, tmp_path):
    first = issue(db, tmp_path)
    before = {c.number: c.file.read_bytes() for c in first.issued}
    again = issue_certificates(
        db, "M1", tmp_path / "out", SETTINGS, today=TODAY + dt.timedelta(days=30)
    )
    assert [c.outcome for c in again.issued] == ["reprint", "reprint"]
    assert {c.number: c.file.read_bytes() for c in again.issued} == before


def test_a_corrected_name_is_a_reissue_and_the_old_number_is_superseded(db, graded, tmp_path):
    issue(db, tmp_path)
    sven = graded[0]
    draft = sven.draft()
    draft.last_name = "Älvdahl"
    update_participant(db, sven.id, draft)
    result = issue(db, tmp_path, participant_ids=[sven.id])
    [reissued] = result.issued
    assert reissued.outcome == "reissue" and reissued.number == "ORIGINN-2026-0003"
    old = verify(db, reissued.replaces)
    assert (old.status, old.superseded_by) == ("superseded", "ORIGINN-2026-0003")
    assert verify(db, "ORIGINN-2026-0003").learner_name == "Sven Älvdahl"


def test_revoked_numbers_do_not_verify_and_say_why(db, graded, tmp_path):
    number = issue(db, tmp_path).issued[0].number
    revoke(db, number, "utfärdat av misstag")
    record = verify(db, number)
    assert (record.is_valid, record.status, record.status_reason) == (
        False,
        "revoked",
        "utfärdat av misstag",
    )
    with pytest.raises(UserError, match="already revoked"):
        revoke(db, number, "again")
    with pytest.raises(NotFound):
        verify(db, "ORIGINN-2026-9999")


def test_only_completed_participants_get_certificates(db, graded, tmp_path):
    with pytest.raises(UserError, match="not completed in M1"):
        issue(db, tmp_path, participant_ids=[graded[2].id])


def test_nobody_completed_is_a_clear_message(db, tmp_path):
    factories.module(db, "M1")
    factories.person(db, "A", module_code="M1")
    with pytest.raises(UserError, match="nobody has completed M1"):
        issue(db, tmp_path)


def test_a_module_without_outcomes_warns_that_elements_are_missing(db, graded, tmp_path):
    result = issue(db, tmp_path)
    [warning] = result.warnings
    assert "learning outcomes" in warning.en and "lärandemål" in warning.sv


def test_cancelling_a_batch_leaves_whole_pdfs_that_match_the_register(db, graded, tmp_path):
    calls = []
    result = issue(
        db, tmp_path, cancelled=lambda: len(calls) >= 1, progress=lambda d, t: calls.append(d)
    )
    assert result.cancelled and len(result.issued) == 1
    files = list((tmp_path / "out").iterdir())
    assert [f.name for f in files] == [result.issued[0].file.name]
    assert len(search_register(db)) == 1
    rest = issue(db, tmp_path)
    assert [c.outcome for c in rest.issued] == ["reprint", "new"]


def test_a_failure_while_writing_leaves_no_partial_file_and_no_register_row(
    db, graded, tmp_path, monkeypatch
):
    def broken_render(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("originn_desktop.certificates.render.render_certificate", broken_render)
    with pytest.raises(OSError):
        issue(db, tmp_path)
    assert list((tmp_path / "out").iterdir()) == []
    assert search_register(db) == []


def test_merged_pdf_has_one_page_per_certificate(db, graded, tmp_path):
    result = issue(db, tmp_path, merged=tmp_path / "all.pdf")
    assert len(PdfReader(result.merged).pages) == 2


def test_register_search_by_number_or_name_any_case(db, graded, tmp_path):
    issue(db, tmp_path)
    assert [r.learner_name for r in search_register(db, "älvdal")] == ["Sven Älvdal"]
    assert [r.number for r in search_register(db, "2026-0001")] == ["ORIGINN-2026-0001"]
    assert certs.normalize_number(" originn-2026-0001 ") == "ORIGINN-2026-0001"


def test_worker_processes_draw_the_same_certificates_as_one_process(db, graded, tmp_path):
    """A cohort is drawn by several processes; the files and the register are the same."""
    inline = issue_certificates(db, "M1", tmp_path / "a", SETTINGS, today=TODAY, workers=1)
    for c in inline.issued:
        revoke(db, c.number, "test")  # so the next batch, naming them, issues new numbers
    named = [c.participant_id for c in inline.issued]
    pooled = issue_certificates(
        db, "M1", tmp_path / "b", SETTINGS, participant_ids=named, today=TODAY, workers=2
    )
    assert [c.name for c in pooled.issued] == [c.name for c in inline.issued]
    assert [c.outcome for c in pooled.issued] == ["new", "new"]
    for c in pooled.issued:
        assert verify(db, c.number).sha256 == hashlib.sha256(c.file.read_bytes()).hexdigest()


def test_a_certificate_stops_being_valid_when_its_holder_no_longer_completed(db, graded, tmp_path):
    sven, tova = graded[0], graded[1]
    issue(db, tmp_path)  # 0001 is Tova Rönnqvist, 0002 Sven Älvdal
    withdraw(db, "M1", [tova.id], withdraw_finished=True)
    complete(db, "M1", [sven.id], "VG", dt.date.today())  # a corrected grade
    for number in ("ORIGINN-2026-0001", "ORIGINN-2026-0002"):
        record = verify(db, number)
        assert record.status == "revoked" and not record.is_valid
    [again] = issue(db, tmp_path).issued  # only Sven still completed, with his new grade
    assert again.number == "ORIGINN-2026-0003" and again.name == "Sven Älvdal"


def test_undoing_a_mistaken_withdrawal_makes_the_certificate_valid_again(db, graded, tmp_path):
    tova = graded[1]
    issue(db, tmp_path)  # 0001 is Tova's
    update = withdraw(db, "M1", [tova.id], withdraw_finished=True)
    assert not verify(db, "ORIGINN-2026-0001").is_valid
    [change] = update.changes
    restore(db, "M1", [(tova.id, change.before)], expect=[(tova.id, change.after)])
    assert verify(db, "ORIGINN-2026-0001").is_valid
    again = issue(db, tmp_path)  # the same number is printed again, nothing new issued
    assert {c.number: c.outcome for c in again.issued}["ORIGINN-2026-0001"] == "reprint"


def test_printing_again_skips_someone_whose_certificate_was_revoked_by_hand(db, graded, tmp_path):
    first = {c.name: c.number for c in issue(db, tmp_path).issued}
    revoke(db, first["Tova Rönnqvist"], "fel person")
    again = issue(db, tmp_path)
    assert [c.name for c in again.issued] == ["Sven Älvdal"]
    [skipped] = again.skipped
    assert (skipped.name, skipped.number, skipped.reason) == (
        "Tova Rönnqvist",
        first["Tova Rönnqvist"],
        "fel person",
    )
    assert certs.revoked_by_hand(db, "M1") == again.skipped
    named = issue(db, tmp_path, participant_ids=[graded[1].id])
    assert [(c.name, c.outcome) for c in named.issued] == [("Tova Rönnqvist", "new")]
    assert named.skipped == [] and issue(db, tmp_path).skipped == []  # valid again
