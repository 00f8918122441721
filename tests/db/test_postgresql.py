"""A register on a PostgreSQL server set up as the README says: a group role owns it, each
coordinator logs in with a role of their own, and the audit log names them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from originn_desktop.db import search_index
from originn_desktop.db.schema import open_database
from originn_desktop.services.audit import recent
from originn_desktop.services.enrollment import withdraw
from originn_desktop.services.participants import module_roster
from originn_desktop.services.privacy import erase_participant
from tests import factories
from tests.postgres import register_file_bytes


@pytest.fixture
def shared(pg_server):
    """The README's roles: originn owns the database; anna and erik are members."""
    name = f"shared_{dt.datetime.now():%H%M%S%f}"
    pg_server.admin(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'originn') THEN "
        "CREATE ROLE originn NOLOGIN; CREATE ROLE anna LOGIN IN ROLE originn; "
        "CREATE ROLE erik LOGIN IN ROLE originn; END IF; END $$",
        f"CREATE DATABASE {name} OWNER originn",
        f"REVOKE ALL ON DATABASE {name} FROM PUBLIC",
    )
    yield name
    pg_server.drop_database(name)


def test_each_coordinator_works_under_their_own_role_on_tables_the_group_owns(pg_server, shared):
    anna = open_database(pg_server.url(shared, user="anna"))  # the first start creates tables
    erik = open_database(pg_server.url(shared, user="erik"))
    try:
        with anna.engine.connect() as conn:
            owners = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT tableowner FROM pg_tables WHERE schemaname = 'public'"
                )
            }
        assert owners == {"originn"}
        factories.module(anna, "M1", min_participants=1, max_participants=1)
        first = factories.person(anna, "Ada", "Först", module_code="M1").participant
        factories.person(erik, "Bo", "Väntar", module_code="M1")  # erik writes too
        withdraw(erik, "M1", [first.id])
        done = [(r.os_user, r.action) for r in reversed(recent(anna))]
        users = [user for user, _ in done]
        assert users == sorted(users) and set(users) == {"anna", "erik"}  # anna's, then erik's
        assert done[0] == ("anna", "module.create")
        [history] = [e for e in module_roster(anna, "M1") if e.participant.first_name == "Bo"]
        assert history.status == "registered"  # moved up when Ada left
        # Erasure by a member: the rows go, and VACUUM FULL (an owner's right) rewrites the files.
        assert b"F\xc3\xb6rst" in register_file_bytes(pg_server.url(shared))
        erase_participant(erik, first.id)
        assert b"F\xc3\xb6rst" not in register_file_bytes(pg_server.url(shared))
        assert all(
            r.entity_id is None
            for r in recent(anna)
            if r.entity == "participant" and r.action == "participant.erase"
        )
    finally:
        anna.dispose()
        erik.dispose()


def test_the_migrations_give_exactly_the_models_on_postgresql(pg_server):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from originn_desktop.db.models import Base

    def ours(name, kind, _parent):  # pg_trgm's indexes, where the server has it: no model
        return kind != "index" or not search_index.owns(name)

    name = pg_server.new_database()
    db = open_database(pg_server.url(name))
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": ours})
            assert compare_metadata(context, Base.metadata) == []
            collation = conn.exec_driver_sql(
                "SELECT collation_name FROM information_schema.columns "
                "WHERE table_name = 'participant' AND column_name = 'sort_key'"
            ).scalar()
            index = conn.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_participant_search'"
            ).scalar()
            # Fine statistics of what a search matches: the planner's guess of how many people
            # match decides between reading in name order and asking the trigram indexes.
            targets = dict(
                conn.exec_driver_sql(
                    "SELECT attname, attstattarget FROM pg_attribute "
                    "WHERE attrelid = 'participant'::regclass "
                    "AND attname IN ('search_text', 'personal_number')"
                ).all()
            )
        assert targets == {"search_text": 1000, "personal_number": 1000}
        assert collation == "C"  # the key's own order, not the server's Swedish collation
        assert "(sort_key, search_text, personal_number, anonymized_at) INCLUDE (id)" in index
        assert "WHERE (anonymized_at IS NULL)" in index  # only people whose data is kept
    finally:
        db.dispose()
        pg_server.drop_database(name)


def test_names_sort_in_swedish_order_on_a_server_with_its_own_collation(pg_url):
    from originn_desktop.services.participant_list import ParticipantQuery, search_participants

    db = open_database(pg_url)
    try:
        for first, last in [
            ("Bo", "Öberg"),
            ("Ada", "Åberg"),
            ("Ola", "Ek"),
            ("Cia", "Ängel"),
            ("Anna", "Eke"),
            ("Eva", "Zorn"),
            ("Ulf", "Ulander"),
        ]:
            factories.person(db, first, last)
        names = [p.last_name for p in search_participants(db, ParticipantQuery())]
        assert names == ["Ek", "Eke", "Ulander", "Zorn", "Åberg", "Ängel", "Öberg"]
    finally:
        db.dispose()


def test_a_server_out_of_reach_is_one_line_without_the_password(tmp_path, capsys):
    from originn_desktop.cli.main import main

    url = f"postgresql+psycopg://anna:hemligt@/originn?host={tmp_path}"  # no server there
    assert main(["--db", url, "status"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot open the database" in err
    assert "hemligt" not in err


def _people(db):
    """Three people: a rare name, a common one, and a personnummer to search by its digits."""
    factories.person(db, "Ingrid", "Zetterqvist", personal_number="650412-1234")
    for i in range(3):
        factories.person(db, "Anna", f"Berg{i}")


def _search_plan(db, text):
    """How the server can find the people of a page of the search ``text`` other than by
    reading every row: the plan with the B-tree indexes that read people in order set aside
    (in a transaction rolled back) and reading the whole table made the last resort. (On a
    table of a few rows, the server reads them all whatever indexes there are.)"""
    from sqlalchemy import select

    from originn_desktop.db.models import Participant
    from originn_desktop.services.participant_list import ParticipantQuery, _filtered, _order

    query = ParticipantQuery(text=text)
    stmt = _order(query, _filtered(query, select(Participant.id))).limit(200)
    with db.engine.connect() as conn, conn.begin() as transaction:
        conn.exec_driver_sql("DROP INDEX ix_participant_search, ix_participant_kept")
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        sql = stmt.compile(conn, compile_kwargs={"literal_binds": True})
        plan = "\n".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {sql}"))
        transaction.rollback()
    return plan


def test_the_models_give_the_participant_indexes_the_servers_own_options(pg_url):
    """A server register's partial indexes, and the id the search index holds, are named in
    the models only once a server register is opened (``use_postgresql``): they must be
    what the migrations made, for comparisons and for any index made from the models."""
    from originn_desktop.db.models import Participant

    db = open_database(pg_url)
    try:
        with db.engine.connect() as conn:
            made = dict(
                conn.exec_driver_sql(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'participant'"
                ).all()
            )
    finally:
        db.dispose()
    checked = 0
    for index in Participant.__table__.indexes:
        if index.name not in made:
            continue
        options = index.dialect_options["postgresql"]
        where = options["where"]
        assert ("WHERE (anonymized_at IS NULL)" in made[index.name]) == (
            where is not None and str(where) == "anonymized_at IS NULL"
        ), index.name
        assert ("INCLUDE (id)" in made[index.name]) == (options["include"] == ["id"]), index.name
        checked += bool(where is not None)
    assert checked == 2  # ix_participant_search and ix_participant_kept


def test_a_rare_word_or_a_personnummer_is_found_through_the_servers_trigram_indexes(pg_server):
    from originn_desktop.services.participant_list import ParticipantQuery, search_participants

    # A database of its own: the shared one keeps the statistics of the tests before it,
    # with which the server chose to read a whole B-tree over these few rows (after a full
    # run of the suite) instead of its trigram indexes.
    name = pg_server.new_database()
    db = open_database(pg_server.url(name))
    try:
        _people(db)
        assert "ix_participant_letters" in _search_plan(db, "zetterq")
        plan = _search_plan(db, "650412-1234")  # the search text, or the personnummer's digits
        assert "ix_participant_letters" in plan and "ix_participant_number_letters" in plan
        found = [p.last_name for p in search_participants(db, ParticipantQuery(text="650412"))]
        assert found == ["Zetterqvist"]
        names = [p.last_name for p in search_participants(db, ParticipantQuery(text="anna"))]
        assert names == ["Berg0", "Berg1", "Berg2"]
    finally:
        db.dispose()
        pg_server.drop_database(name)


def test_a_register_at_0009_gets_the_letter_indexes_and_keeps_its_people(pg_server):
    from originn_desktop.services.participant_list import ParticipantQuery, search_participants
    from tests.db.test_schema import upgrade_to

    name = pg_server.new_database()
    url = pg_server.url(name)
    try:
        upgrade_to(url, "0009")
        old = open_database(url, migrate=False)
        with old.write() as session:  # a person written at 0009, as the program then did
            session.execute(
                text(
                    "INSERT INTO participant (first_name, last_name, personal_number, phone, "
                    "municipality, certificate_language, notes, search_text, sort_key, "
                    "created_at, updated_at, version) VALUES ('Ingrid', 'Zetterqvist', "
                    "'196504121234', '', 'Östersund', 'sv', '', 'ingrid zetterqvist  östersund', "
                    "'zetterqvist ingrid', now(), now(), 1)"
                )
            )
        old.dispose()
        db = open_database(url)
        try:
            assert "ix_participant_number_letters" in _search_plan(db, "6504121234")
            for text_ in ("zetterq", "östersund", "650412-1234"):
                found = search_participants(db, ParticipantQuery(text=text_))
                assert [p.last_name for p in found] == ["Zetterqvist"], text_
        finally:
            db.dispose()
    finally:
        pg_server.drop_database(name)


def test_a_register_at_0011_gets_swedish_order_keys_for_everyone(pg_server):
    from tests.db.test_schema import sorted_after_0012

    name = pg_server.new_database()
    try:
        sorted_after_0012(pg_server.url(name), pg_server.url(name))
    finally:
        pg_server.drop_database(name)


def test_a_server_that_refuses_pg_trgm_still_gets_a_register_that_finds_everyone(pg_server):
    """Where the extension cannot be created (here: a function of its name is in the way, as
    on a server without it the CREATE EXTENSION fails), the register is made without the
    letter indexes and searches find the same people."""
    from originn_desktop.services.participant_list import ParticipantQuery, search_participants

    name = pg_server.new_database()
    pg_server.admin_in(
        name, "CREATE FUNCTION similarity(text, text) RETURNS real LANGUAGE sql AS 'SELECT 0'"
    )
    try:
        db = open_database(pg_server.url(name))
        try:
            with db.engine.connect() as conn:
                indexes = {
                    r[0]
                    for r in conn.exec_driver_sql(
                        "SELECT indexname FROM pg_indexes WHERE tablename = 'participant'"
                    )
                }
                extensions = {
                    r[0] for r in conn.exec_driver_sql("SELECT extname FROM pg_extension")
                }
            assert "ix_participant_search" in indexes and "pg_trgm" not in extensions
            assert not indexes & set(search_index.LETTER_INDEXES)
            _people(db)
            found = search_participants(db, ParticipantQuery(text="650412-1234"))
            assert [p.last_name for p in found] == ["Zetterqvist"]
        finally:
            db.dispose()
    finally:
        pg_server.drop_database(name)


def test_the_search_indexes_go_back_to_0009_and_come_again(pg_server):
    from alembic import command
    from sqlalchemy import create_engine

    from originn_desktop.db.schema import _alembic_config

    def indexes(conn):
        return {
            r[0]: r[1]
            for r in conn.exec_driver_sql(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'participant'"
            )
        }

    name = pg_server.new_database()
    engine = create_engine(pg_server.url(name))
    try:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), "head")
            assert set(search_index.LETTER_INDEXES) <= set(indexes(conn))
            command.downgrade(_alembic_config(conn), "0009")
            back = indexes(conn)
            assert not set(search_index.LETTER_INDEXES) & set(back)
            assert "INCLUDE" not in back["ix_participant_search"]
            command.upgrade(_alembic_config(conn), "head")
            assert "INCLUDE (id)" in indexes(conn)["ix_participant_search"]
    finally:
        engine.dispose()
        pg_server.drop_database(name)
