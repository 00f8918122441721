"""A roster's rows checked on their own, and handed between processes without change."""

from __future__ import annotations

import datetime as dt
import pickle

from originn_desktop.domain.roster import Rejected, Skipped, check_rows, pack, unpack
from tests import factories
from tests.clock import TODAY

MAPPING = [
    "first_name",
    "last_name",
    "personnummer",
    "birth_date",
    "email",
    "company",
    "org_number",
    "gender",
]


def test_checked_rows_arrive_in_another_process_exactly_as_they_left():
    rows = [
        (
            2,
            [
                "Åsa",
                "Öberg",
                factories.personnummer("800420"),
                "",
                "asa@example.se",
                "Öbergs Gård",
                "556800-0003",
                "kvinna",
            ],
        ),
        (3, ["Nils Ánte", "Sunna", "", "1961-05-02", "", "", "", "man"]),
        (4, ["Ylva", "Persson", "881272-5557", "", "", "Fjällfisk", "", ""]),  # samordningsnummer
        (5, ["Per", "Fel", "780101-1234", "", "", "", "", ""]),  # wrong check digit
        (
            6,
            [
                "Eva",
                "Öberg",
                factories.personnummer("820101"),
                "",
                "",
                "Öbergs Gård",
                "556800-0003",
                "",
            ],
        ),
    ]
    checked = check_rows(rows, MAPPING, "first-last", TODAY)
    assert isinstance(checked[3], Rejected) and "check digit" in checked[3].message.en
    received = unpack(pickle.loads(pickle.dumps(pack(checked))))
    assert received == checked
    assert received[1][1].birth_date == dt.date(1961, 5, 2)
    assert received[1][1].gender == "male"
    assert received[2][1].birth_date == dt.date(1988, 12, 12)
    assert received[0][2] is received[4][2]  # one company, one object, as checked


RESULT_MAPPING = ["name", "personnummer", "status", "grade", "grade_date"]


def result_rows():
    p = factories.personnummer
    return [
        (2, ["Anna Berg", p("800101"), "anmäld", "", ""]),
        (3, ["Bo Ek", p("810101"), "Reserv", "", ""]),
        (4, ["Cia Ek", p("820101"), "avanmäld", "", ""]),
        (5, ["Dan Ek", p("830101"), "Godkänd", "VG", "2026-10-01"]),
        (6, ["Eva Ek", p("840101"), "not passed", "U", "30/09/2026"]),
        (7, ["Fia Ek", p("850101"), "Registrerad", "Väl godkänd", ""]),
        (8, ["Gus Ek", p("860101"), "Väntelista", "G", "2026-10-01"]),  # waiting, yet graded
        (9, ["Hed Ek", p("870101"), "godkänd", "U", "2026-10-01"]),  # contradicts itself
        (10, ["Ivy Ek", p("880101"), "Tackat nej", "", ""]),  # a university's word: withdrawn
        (11, ["Jon Ek", p("890101"), "Antagen", "", ""]),
    ]


def test_status_and_results_are_read_in_both_languages_and_in_university_words():
    checked = {
        row[0] if isinstance(row, tuple) else row.row: row
        for row in check_rows(result_rows(), RESULT_MAPPING, "first-last", TODAY, True)
    }
    status = {n: r[3].status for n, r in checked.items() if isinstance(r, tuple) and r[3]}
    assert status == {
        2: "registered",
        3: "waitlisted",
        5: "completed",
        6: "failed",
        7: "completed",
        11: "admitted",
    }
    assert isinstance(checked[4], Skipped) and "withdrawn in the file" in checked[4].message.en
    assert isinstance(checked[10], Skipped)
    assert (checked[5][3].grade, checked[5][3].grade_date) == ("VG", dt.date(2026, 10, 1))
    assert checked[6][3].grade_date == dt.date(2026, 9, 30)
    assert checked[7][3].grade_date == TODAY  # no date given: today, with a note saying so
    assert any("today's date is used" in n.en for n in checked[7][3].notes)
    assert isinstance(checked[8], Rejected) and "on the waiting list" in checked[8].message.en
    assert isinstance(checked[9], Rejected) and "does not agree" in checked[9].message.en


def test_without_results_grades_are_left_and_said_to_be_left():
    checked = check_rows(result_rows(), RESULT_MAPPING, "first-last", TODAY)
    taken = {r[0]: r[3] for r in checked if isinstance(r, tuple)}
    assert all(f is None or f.grade is None for f in taken.values())
    # A completed row asks for nothing of its own: it is enrolled as the import says.
    assert taken[5].status is None and "not taken" in taken[5].notes[0].en
    assert taken[8].status == "waitlisted"  # its grade is not read, so no contradiction


def test_an_unknown_status_rejects_the_row_naming_the_known_ones():
    [row] = check_rows(
        [(2, ["Anna Berg", factories.personnummer(), "Kanske", "", ""])],
        RESULT_MAPPING,
        "first-last",
        TODAY,
    )
    assert isinstance(row, Rejected)
    assert "'Kanske'" in row.message.en and "reserv" in row.message.sv


def test_rows_with_statuses_results_and_notes_arrive_in_another_process_unchanged():
    rows = [*result_rows(), (12, ["Kim Ek", "105055792", "", "", ""])]
    checked = check_rows(rows, RESULT_MAPPING, "first-last", TODAY, True)
    assert any(isinstance(r, Skipped) for r in checked)
    assert checked[-1][3].notes  # leading zero restored
    assert unpack(pickle.loads(pickle.dumps(pack(checked)))) == checked
