"""Searching by letters (db.search_index): the same people, in the same order, with the same
counts as reading everyone, on a varied register: names with Swedish and Sami letters,
personnummer of several centuries and samordningsnummer, people known by date of birth only,
e-mail addresses with digits, purged people, people changed and erased after indexing, and
people added since (not indexed yet)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import shutil

import pytest
from sqlalchemy import text

from originn_desktop.db import search_index
from originn_desktop.db.schema import open_database
from originn_desktop.domain.collation import name_sort_key
from originn_desktop.domain.people import search_text
from originn_desktop.services import participant_list
from originn_desktop.services.companies import CompanyDraft, create_company
from originn_desktop.services.enrollment import enroll
from originn_desktop.services.participant_list import (
    ParticipantQuery,
    SortBy,
    count_participants,
    search_participants,
)
from originn_desktop.services.participants import (
    ParticipantDraft,
    add_participant,
    update_participant,
)
from originn_desktop.services.privacy import erase_participant, purge
from tests import factories

FIRST = ["Anna", "Åsa", "Örjan", "Máret", "Niillas", "Hanna", "Zoë", "Per", "Elin", "Ánte"]
LAST = ["Sjödin", "Öberg", "Berg", "Kuhmunen", "Þórsdóttir", "Nilsson Blind", "Åkerlund", "Ek"]
PLACES = ["Östersund", "Åre", "Krokom", "Berg", "Oslo", ""]
COMPANIES = ["Bergs Gård 1965", "Fiske_AB", "100% Ren", 'Kråik "Ren"', "Skog & Såg"]

QUERIES = [
    "anna",
    "ANNA",
    "an",
    "a",
    "ö",
    "öberg",
    "sjö",
    "åre",
    "östersund",
    "berg",
    "hanna berg",
    "anna östersund",
    "máret",
    "þór",
    "zz",
    "zzz",
    "example",
    "1965",
    "6504",
    "650412",
    "19650412",
    "1965-04-12",
    "650412-",
    "650412-1",
    "6504121",
    "200101",
    "2001-01",
    "18991231",
    "650472",  # a samordningsnummer's day
    "p1",
    "p12.",
    "100%",
    "100% ren",
    "fiske_ab",
    "_",
    "%",
    '"ren"',
    "skog & såg",
    "nilsson blind",
    "anna 1965",
    "6504 berg",
    "-",
    "--",
    "1965 6504",
]


def _number(rng: random.Random, born: dt.date, coordination: bool = False) -> str:
    day = born.day + (60 if coordination else 0)
    body = f"{born:%y%m}{day:02d}{rng.randrange(1, 1000):03d}"
    from stdnum import luhn

    return f"{born.year // 100}{body}{luhn.calc_check_digit(body)}"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """About 160 people, indexed, then changed: some renamed, one erased, some purged, and
    some added after the index (its tail). Built once; each test gets a copy."""
    path = tmp_path_factory.mktemp("letters") / "register.db"
    db = open_database(str(path))
    _fill(db)
    db.dispose()
    return path


@pytest.fixture
def register(built, tmp_path):
    copy = tmp_path / "copy.db"
    shutil.copyfile(built, copy)
    db = open_database(str(copy))
    yield db
    db.dispose()


def _fill(db) -> None:
    rng = random.Random(17)
    companies = [create_company(db, CompanyDraft(name)).id for name in COMPANIES]
    old = factories.module(db, "OLD", end_date=dt.date(2020, 1, 1))
    used: set[str] = set()
    ids = []
    for i in range(150):
        born = dt.date(1899, 12, 31) if i == 7 else dt.date(1965, 4, 12)
        if i % 5:
            born = dt.date(rng.choice([1940, 1965, 1988, 2001]), rng.randint(1, 12), 12)
        number: str | None = _number(rng, born, coordination=i % 11 == 0)
        while number in used:
            number = _number(rng, born, coordination=i % 11 == 0)
        used.add(str(number))
        draft = ParticipantDraft(
            rng.choice(FIRST),
            rng.choice(LAST),
            email=f"p{i}.{born.year}@example.se" if i % 3 else None,
            municipality=rng.choice(PLACES),
            company_id=rng.choice([*companies, None]),
        )
        if i % 9 == 0:  # known by date of birth only
            draft.birth_date = born
            draft.email = draft.email or f"born{i}@example.se"
        else:
            draft.personal_number = number
        result = add_participant(db, draft, module="OLD" if i % 13 == 0 else None)
        ids.append(result.participant.id)
    assert search_index.catch_up(db, chunk=40) == 150  # in several transactions
    # Changed after indexing: the triggers follow.
    for pid in ids[:6]:
        info = _info(db, pid)
        update_participant(
            db, pid, dataclasses.replace(_draft(info), last_name="Qvarnström", first_name="Anna")
        )
    erase_participant(db, ids[10])
    purge(db, 12)  # those only in OLD, which ended long ago
    del old
    # Added since: not indexed yet.
    for i in range(8):
        factories.person(db, "Anna", f"Svensson{i}", email=f"late{i}.1965@example.se")


def _info(db, pid):
    from originn_desktop.services.participants import get_participant

    return get_participant(db, pid)


def _draft(p) -> ParticipantDraft:
    return ParticipantDraft(
        p.first_name,
        p.last_name,
        personal_number=p.personal_number,
        birth_date=p.birth_date,
        email=p.email,
        company_id=p.company_id,
        municipality=p.municipality,
    )


@pytest.fixture
def without_index(monkeypatch):
    """The search as it was before the index: every person read."""

    def read_everyone(*_args, **_kwargs):
        return None

    def search(db, query, **kwargs):
        with monkeypatch.context() as patch:
            patch.setattr(participant_list, "narrowing", read_everyone)
            return search_participants(db, query, **kwargs)

    def count(db, query):
        with monkeypatch.context() as patch:
            patch.setattr(participant_list, "narrowing", read_everyone)
            return count_participants(db, query)

    return search, count


def ids(rows):
    return [r.id for r in rows]


@pytest.mark.parametrize("words", QUERIES)
def test_a_search_finds_the_same_people_in_the_same_order(register, without_index, words):
    search, count = without_index
    query = ParticipantQuery(text=words)
    everyone = search(register, query, limit=10_000)
    assert ids(search_participants(register, query, limit=10_000)) == ids(everyone)
    assert count_participants(register, query) == count(register, query) == len(everyone)
    # A page at a time, as the window scrolls (after the last row of the page before).
    pages, last = [], None
    while True:
        page = search_participants(register, query, len(pages), 7, after=last)
        if not page:
            break
        pages += page
        last = page[-1]
    assert ids(pages) == ids(everyone)


@pytest.mark.parametrize(
    "order",
    [
        {"sort_by": SortBy.COMPANY},
        {"sort_by": SortBy.COMPANY, "descending": True},
        {"sort_by": SortBy.IDENTITY},
        {"sort_by": SortBy.EMAIL, "descending": True},
        {"sort_by": SortBy.MUNICIPALITY},
        {"sort_by": SortBy.FIRST_NAME},
    ],
)
@pytest.mark.parametrize("words", ["", "anna", "1965", "ö"])
def test_other_orders_with_a_search_are_the_same(register, without_index, order, words):
    search, _ = without_index
    query = ParticipantQuery(text=words, **order)
    assert ids(search_participants(register, query, limit=10_000)) == ids(
        search(register, query, limit=10_000)
    )


@pytest.fixture
def built_by_sqlalchemy(monkeypatch):
    """The page as SQLAlchemy builds it for any database and order (on SQLite the usual list
    is read with plain SQL instead)."""

    def search(db, query, *args, **kwargs):
        with monkeypatch.context() as patch:
            patch.setattr(participant_list, "_quick", lambda _db, _query: False)
            return search_participants(db, query, *args, **kwargs)

    return search


def _pages(search, db, query, size, by_row):
    """Everyone ``query`` finds, a page at a time: after the last row of the page before
    (``by_row``, as the window scrolls) or by offset."""
    found: list = []
    while True:
        after = found[-1] if by_row and found else None
        page = search(db, query, len(found), size, after=after)
        if not page:
            return found
        found += page


# The searches with a word of one or two letters: only they may be looked up in the index's
# list of pieces once a bounded read in name order has not filled a page.
SHORT = [q for q in QUERIES if any(len(word) < 3 for word in q.casefold().split())]


@pytest.mark.parametrize(
    ("words", "bounded"),
    [(q, 5_000) for q in ["", *QUERIES]] + [(q, 10) for q in SHORT],
    ids=[f"{q}-read-on" for q in ["", *QUERIES]] + [f"{q}-looked-up" for q in SHORT],
)
def test_the_usual_list_read_as_plain_sql_is_the_one_sqlalchemy_reads(
    register, built_by_sqlalchemy, words, bounded, monkeypatch
):
    from originn_desktop.db.models import Module

    # The statuses of a long list are read a few ids at a time (a refresh of thousands).
    monkeypatch.setattr(participant_list, "IDS_AT_ONCE", 5)
    # A word of one or two letters is looked up in the index once this many people in name
    # order did not fill the page: with 10, also for the words this register holds often.
    monkeypatch.setattr(participant_list, "BOUNDED_SCAN", bounded)

    with register.read() as session:
        old = session.query(Module).filter_by(code="OLD").one().id
    second = factories.module(register, "SECOND").id
    for row in search_participants(register, ParticipantQuery(), limit=10_000)[::4]:
        enroll(register, "SECOND", row.id)
    with register.write() as session:  # statuses of every kind
        session.execute(
            text(
                "UPDATE enrollment SET status = CASE id % 4 WHEN 0 THEN 'completed' "
                "WHEN 1 THEN 'withdrawn' WHEN 2 THEN 'waitlisted' ELSE status END "
                "WHERE module_id = :second"
            ),
            {"second": second},
        )
    filters = [{}, {"module_id": old}, {"module_id": second}]
    filters += [{"module_id": second, "status": "completed"}]
    compared = []
    for where in filters:
        for descending in (False, True):
            query = ParticipantQuery(text=words, descending=descending, **where)
            everyone = built_by_sqlalchemy(register, query, limit=10_000)
            assert search_participants(register, query, limit=10_000) == everyone, where
            compared += everyone
            for by_row in (False, True):
                assert _pages(search_participants, register, query, 7, by_row) == everyone
    if not words:  # everyone: the statuses were compared too, and are the register's
        with register.read() as session:
            held = session.execute(
                text("SELECT participant_id, module_id, status FROM enrollment")
            ).all()
        everyone = search_participants(register, ParticipantQuery(), limit=10_000)
        listed = {row.id for row in everyone}
        assert {(row.id, m, s) for row in everyone for m, s in row.statuses.items()} == {
            (pid, m, s) for pid, m, s in held if pid in listed
        }
        shown = {status for row in compared for status in row.statuses.values()}
        assert shown == {"registered", "completed", "withdrawn", "waitlisted"}


def test_the_index_is_used_for_rare_words_and_holds_what_it_should(register, without_index):
    from originn_desktop.db.search_index import Word, narrowing

    with register.read() as session:
        assert narrowing(session, [Word("qvarnström")]) is not None
        assert narrowing(session, [Word("650412-1234", "6504121234")]) is not None
        assert narrowing(session, [Word("zz")]) is None  # too short for three letters
    found = search_participants(register, ParticipantQuery(text="qvarnström"))
    assert found == without_index[0](register, ParticipantQuery(text="qvarnström"))
    assert len(found) == 5  # six renamed after indexing, one of them purged since
    assert search_participants(register, ParticipantQuery(text="svensson")) != []  # the tail
    with register.engine.begin() as conn:
        # FTS5 checks its index against the participants (after the tail is indexed too).
        assert search_index.catch_up(register) == 8
        conn.exec_driver_sql(
            "INSERT INTO participant_text (participant_text, rank) VALUES ('integrity-check', 1)"
        )


def test_a_word_of_one_or_two_letters_is_looked_up_in_the_index_also_at_the_texts_end(
    db, monkeypatch, without_index
):
    """'xq' and 'q' end a person's text (their municipality): the pieces with the two spaces
    after the text hold them. Looked up once the people read in name order hold too few."""
    from originn_desktop.db.search_index import Word, narrowing

    monkeypatch.setattr(participant_list, "BOUNDED_SCAN", 10)
    for i in range(30):
        factories.person(db, "Anna", f"Berg{i:02d}", municipality="Krokom")
    last = factories.person(db, "Åsa", "Öberg", municipality="Byxq").participant
    factories.person(db, "Qarin", "Ek", municipality="Åre")
    search_index.catch_up(db)
    for word, found in (("xq", ["Åsa"]), ("q", ["Qarin", "Åsa"]), ("zz", []), ("yx", ["Åsa"])):
        query = ParticipantQuery(text=word)
        rows = search_participants(db, query)
        assert sorted(r.first_name for r in rows) == found
        assert rows == without_index[0](db, query)
        with db.read() as session:
            assert narrowing(session, [Word(word)], short=True) is not None
    assert last.id in {r.id for r in search_participants(db, ParticipantQuery(text="xq"))}
    # A word more hold than a few hundred (here: five) is not looked up: reading in name
    # order is quicker.
    monkeypatch.setattr(search_index, "page_enough", lambda _people: 5)
    with db.read() as session:
        assert narrowing(session, [Word("a")], short=True) is None
        assert narrowing(session, [Word("xq")], short=True) is not None


def test_a_register_from_before_the_spaces_is_indexed_again_and_found_the_same(tmp_path):
    """At 0010 the index held the texts without the two spaces: the migration empties it, the
    people are searched without it until it is filled again, and then through it."""
    from alembic import command

    from originn_desktop.db.engine import Database, resolve_url
    from originn_desktop.db.schema import _alembic_config

    path = tmp_path / "at-0010.db"
    old = Database(resolve_url(str(path)))
    with old.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0010")
    with old.engine.begin() as conn:  # written and indexed as 0010's program did
        for i in range(12):
            last, town = f"Sjödin{i:02d}", "Byxq" if i % 3 else "Åre"
            conn.exec_driver_sql(
                "INSERT INTO participant (id, first_name, last_name, phone, municipality, "
                "certificate_language, notes, search_text, sort_key, created_at, updated_at, "
                "version) VALUES (?, 'Anna', ?, '', ?, 'sv', '', ?, ?, '2026-01-01', "
                "'2026-01-01', 1)",
                (
                    i + 1,
                    last,
                    town,
                    search_text("Anna", last, None, "", town),
                    name_sort_key("Anna", last),
                ),
            )
        conn.exec_driver_sql(
            "INSERT INTO participant_text (rowid, search_text) SELECT id, search_text "
            "FROM participant"
        )
        conn.exec_driver_sql("UPDATE participant_text_state SET indexed_upto = 12")
    old.dispose()

    db = open_database(str(path))
    assert search_index.lag(db) == 12  # emptied: searched without it meanwhile
    before = {w: search_participants(db, ParticipantQuery(text=w)) for w in ("xq", "sjödin", "re")}
    assert len(before["xq"]) == 8 and len(before["sjödin"]) == 12
    assert search_index.catch_up(db) == 12
    for word, rows in before.items():
        assert search_participants(db, ParticipantQuery(text=word)) == rows
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO participant_text (participant_text, rank) VALUES ('integrity-check', 1)"
        )
        pieces = {row[0] for row in conn.exec_driver_sql(f"SELECT term FROM {search_index.TERMS}")}
    assert {"xq ", "q  ", "re ", "e  "} <= pieces  # the ends of the texts, with their spaces
    db.dispose()


def test_a_changed_name_is_found_by_its_new_letters_only(db):
    person = factories.person(db, "Anna", "Sjödin")
    search_index.catch_up(db)
    assert ids(search_participants(db, ParticipantQuery(text="sjödin"))) == [person.participant.id]
    info = _info(db, person.participant.id)
    update_participant(db, person.participant.id, dataclasses.replace(_draft(info), last_name="Ek"))
    assert search_participants(db, ParticipantQuery(text="sjödin")) == []
    assert len(search_participants(db, ParticipantQuery(text="anna ek"))) == 1


def test_an_erased_person_leaves_no_letters_in_the_file(db, db_path):
    """FTS5 removes a person by marking them removed; the letters themselves stay in the file
    until the index is merged, which erasure does. (Letters no other term starts with, so the
    index stores them whole, not as the tail of the term before.)"""
    keep = factories.person(db, "Anna", "Berg")
    gone = factories.person(db, "Anna", "ǂxq")
    search_index.catch_up(db)
    factories.person(db, "Per", "Ek")
    search_index.catch_up(db)  # a second segment: the first is merged only when asked
    letters = "ǂxq".encode()
    db.compact()
    assert letters in db_path.read_bytes()
    erase_participant(db, gone.participant.id)
    assert letters not in db_path.read_bytes()
    assert ids(search_participants(db, ParticipantQuery(text="anna"))) == [keep.participant.id]


def test_an_import_leaves_its_people_to_the_index_and_they_are_found_meanwhile(db, tmp_path):
    from originn_desktop.io.columns import guess_mapping
    from originn_desktop.io.spreadsheet import read_table
    from originn_desktop.services.importing import plan_import, run_import

    factories.module(db, "M1")
    people = [factories.person(db, "Anna", f"Ek{i}").participant.id for i in range(5)]
    search_index.catch_up(db)
    erase_participant(db, people[-1])  # the largest id gone: the next ids may be below the mark
    path = tmp_path / "r.csv"
    path.write_text(
        "Förnamn;Efternamn;Personnummer\n"
        + "".join(f"Qvist{i};Berg;{factories.personnummer()}\n" for i in range(3)),
        encoding="utf-8",
    )
    table = read_table(path)
    run_import(db, plan_import(db, table, guess_mapping(table.headers), "M1"))
    assert search_index.lag(db) == 3  # not indexed by the import
    found = search_participants(db, ParticipantQuery(text="qvist"))
    assert sorted(r.first_name for r in found) == ["Qvist0", "Qvist1", "Qvist2"]
    factories.person(db, "Pelle", "Qvistsson")  # one at a time: the trigger is back
    assert search_index.catch_up(db) == 4
    with db.engine.begin() as conn:
        triggers = {
            row[0]
            for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert set(search_index.TRIGGERS) <= triggers
        conn.exec_driver_sql(
            "INSERT INTO participant_text (participant_text, rank) VALUES ('integrity-check', 1)"
        )
    assert len(search_participants(db, ParticipantQuery(text="qvist"))) == 4
