"""A register on a PostgreSQL server set up as the README says: a group role owns it, each
coordinator logs in with a role of their own, and the audit log names them."""

from __future__ import annotations

import datetime as dt

import pytest

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

    name = pg_server.new_database()
    db = open_database(pg_server.url(name))
    try:
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            collation = conn.exec_driver_sql(
                "SELECT collation_name FROM information_schema.columns "
                "WHERE table_name = 'participant' AND column_name = 'sort_key'"
            ).scalar()
            index = conn.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_participant_search'"
            ).scalar()
        assert collation == "C"  # the key's own order, not the server's Swedish collation
        assert "(sort_key, search_text, personal_number, anonymized_at)" in index
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
