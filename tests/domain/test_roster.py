"""A roster's rows checked on their own, and handed between processes without change."""

from __future__ import annotations

import datetime as dt
import pickle

from originn_desktop.domain.roster import Rejected, check_rows, pack, unpack
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
