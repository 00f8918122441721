import datetime as dt

import pytest
from pypdf import PdfReader

from originn_desktop.pdf.report import write_report
from originn_desktop.services.companies import CompanyDraft
from originn_desktop.services.enrollment import complete, withdraw
from originn_desktop.services.participants import ParticipantDraft, add_participant
from originn_desktop.services.report import funders_report
from tests import factories


@pytest.fixture
def hand_counted(db):
    """Two modules; five people; three companies. Counted by hand in the asserts below."""
    factories.module(db, "M1", min_participants=2)
    factories.module(db, "M2", min_participants=3)
    skog = CompanyDraft("Skog AB", "5568100027", "Åre", "forestry")
    ren = CompanyDraft("Ren AB", "5568100043", "Härjedalen", "reindeer")
    gard = CompanyDraft("Gård AB", None, "Krokom", "agriculture")

    def add(first, gender, company, modules, municipality=""):
        draft = ParticipantDraft(
            first, "Test", factories.personnummer(), gender=gender, municipality=municipality
        )
        pid = add_participant(db, draft, company).participant.id
        for code in modules:
            from originn_desktop.services.enrollment import enroll

            enroll(db, code, pid)
        return pid

    a = add("A", "female", skog, ["M1", "M2"])
    b = add("B", "male", skog, ["M1"])
    c = add("C", "female", ren, ["M1"])
    add("D", None, gard, ["M2"])
    e = add("E", "male", None, ["M2"], municipality="Östersund")
    day = dt.date.today()
    complete(db, "M1", [a, b], "G", day)
    complete(db, "M1", [c], "U", day)
    withdraw(db, "M2", [e])
    return db


def test_figures_match_a_hand_counted_register(hand_counted):
    r = funders_report(hand_counted)
    m1, m2 = r.modules
    assert (m1.counted, m1.completed, m1.failed, m1.completion_rate) == (3, 2, 1, 2 / 3)
    assert (m2.counted, m2.withdrawn, m2.minimum, m2.completion_rate) == (2, 1, 3, 0.0)
    assert (r.participants, r.companies, r.completed_participants) == (4, 3, 2)  # E withdrew
    assert {b.key: (b.participants, b.companies) for b in r.by_municipality} == {
        "Åre": (2, 1),
        "Härjedalen": (1, 1),
        "Krokom": (1, 1),
    }
    assert {b.key: b.participants for b in r.by_sector} == {
        "forestry": 2,
        "reindeer": 1,
        "agriculture": 1,
    }
    assert {b.key: b.participants for b in r.by_gender} == {"female": 2, "male": 1, "": 1}


def test_report_files_in_both_formats(hand_counted, tmp_path):
    import openpyxl

    r = funders_report(hand_counted)
    pdf = write_report(r, tmp_path / "r.pdf", "sv")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "4 deltagare från 3 företag" in text and "Härjedalen" in text and "67 %" in text
    book = openpyxl.load_workbook(write_report(r, tmp_path / "r.xlsx", "sv"))
    assert book.sheetnames == ["Sammanfattning", "Moduler", "Kommuner", "Branscher", "Kön"]
    assert [c.value for c in book["Moduler"][2]][:5] == ["M1", "Modul M1", 3, 2, 2]


def test_a_report_stopped_while_it_reads_ends_at_once_and_one_not_stopped_is_whole(
    hand_counted, monkeypatch, backend
):
    """The window stops the figures it no longer shows (closing, another tab): at a million
    people the read takes seconds, and closing the window waited for all of them."""
    from originn_desktop.db import reading

    if backend != "sqlite":
        pytest.skip("SQLite interrupts a statement; a server's runs to its end (db.reading)")

    class LeftAtOnce(reading.Stoppable):
        """The coordinator closes the window as soon as the figures' read has begun."""

        def _asked_to_stop(self):
            self.stop()
            return super()._asked_to_stop()

    monkeypatch.setattr(reading, "PROGRESS_STEPS", 1)  # asked at every step of the read

    with pytest.raises(reading.Stopped):
        funders_report(hand_counted, stop=LeftAtOnce())

    whole = funders_report(hand_counted, stop=reading.Stoppable())  # asked, never stopped
    assert (whole.participants, whole.companies) == (4, 3)
