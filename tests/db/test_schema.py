import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from originn_desktop.db import search_index
from originn_desktop.db.models import Base
from originn_desktop.db.schema import SCHEMA_HEAD, known_revisions, open_database
from originn_desktop.domain.collation import name_sort_key
from originn_desktop.domain.text import UserError
from tests import factories


def _models_diff(conn):
    """What differs between the database and the models, leaving out the search index's own
    tables (SQLite's FTS5 table and its shadow tables: no model describes them)."""

    def ours(name, kind, _parent):
        return kind != "table" or not search_index.owns(name)

    context = MigrationContext.configure(conn, opts={"include_name": ours})
    return compare_metadata(context, Base.metadata)


def test_schema_head_constant_is_the_newest_migration():
    from alembic.script import ScriptDirectory

    from originn_desktop.db.schema import _migrations_dir

    assert ScriptDirectory(str(_migrations_dir())).get_current_head() == SCHEMA_HEAD
    assert SCHEMA_HEAD in known_revisions()


def test_migrating_an_empty_file_to_head_gives_exactly_the_models(tmp_path):
    db = open_database(str(tmp_path / "new.db"))
    with db.engine.connect() as conn:
        diff = _models_diff(conn)
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert diff == []
    assert revision == SCHEMA_HEAD


def test_the_database_file_is_private_to_its_owner(tmp_path):
    path = tmp_path / "private.db"
    open_database(str(path)).dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_opening_an_up_to_date_database_does_not_migrate_again(db_path):
    from originn_desktop.db.engine import Database, resolve_url
    from originn_desktop.db.schema import ensure_schema

    db = Database(resolve_url(str(db_path)))
    assert ensure_schema(db) is False


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"This is a shopping list, not a database.\n" * 200)
    before = path.read_bytes()
    with pytest.raises(UserError, match="not a readable database"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(UserError, match="not an ORIGINN Desktop database"):
        open_database(str(path))


def test_a_database_from_a_newer_version_is_never_downgraded(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(UserError, match="newer version"):
        open_database(str(db_path))
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_a_url_is_accepted_as_well_as_a_path(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'by-url.db'}")
    assert db.path == tmp_path / "by-url.db"
    assert (tmp_path / "by-url.db").exists()


def test_deleting_a_participant_deletes_their_enrollments(db):
    from tests import factories

    factories.module(db, "M1")
    p = factories.person(db, module_code="M1").participant
    with db.write() as session:
        session.execute(text("DELETE FROM participant WHERE id = :id"), {"id": p.id})
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM enrollment")).scalar() == 0


def test_a_database_from_the_previous_schema_is_migrated_with_a_backup_first(tmp_path, data_dir):
    """tests/fixtures/schema-0001.db was written by the program at schema 0001 (the demo)."""
    import shutil

    from originn_desktop.services.modules import list_modules

    path = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "schema-0001.db", path)
    backups = tmp_path / "backups"
    db = open_database(str(path), backup_dir=backups)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert _models_diff(conn) == []
    assert {s.module.code: s.count.counted for s in list_modules(db)} == {"M1": 20, "M2": 12}
    [backup] = backups.glob("old-*-before-migration-0001-*.db")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT count(*) FROM participant").fetchone() == (35,)


def test_the_data_version_changes_only_when_someone_commits(db, db_path):
    from originn_desktop.db.engine import Database, resolve_url

    other = Database(resolve_url(str(db_path)))  # another window, or the command line
    before = db.data_version()
    assert before is not None
    with db.read() as session:
        session.execute(text("SELECT count(*) FROM participant"))
    assert db.data_version() == before  # reading is not a change
    factories.module(db, "M9")
    after_own = db.data_version()
    assert after_own != before  # this program's own commit counts too
    with other.read() as session:
        session.execute(text("SELECT count(*) FROM module"))
    assert db.data_version() == after_own  # reading is not a change
    factories.person(other, "Elsa", "Andersson")
    assert db.data_version() != after_own
    other.dispose()


def test_a_search_and_its_count_read_the_search_index(db, db_path):
    from sqlalchemy import func, select

    from originn_desktop.db.models import Participant
    from originn_desktop.services.participant_list import ParticipantQuery, _filtered

    with db.engine.connect() as conn:
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_participant_search'"
        ).scalar()
        assert "WHERE anonymized_at IS NULL" in sql  # only people whose data is kept
        # All a search looks at (and anonymized_at: SQLite then knows the table is not read).
        assert "(sort_key, search_text, personal_number, anonymized_at)" in sql
        for text in ("anna", "19650312"):  # a word, and a date typed as digits
            stmt = _filtered(
                ParticipantQuery(text=text), select(func.count()).select_from(Participant)
            )
            compiled = stmt.compile(db.engine, compile_kwargs={"literal_binds": True})
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
            # (SQLite calls it USING INDEX: the partial index's own condition is not among its
            # columns; the table is never read, measured at 15 ms for 100,000 people.)
            assert any("INDEX ix_participant_search" in row[-1] for row in plan), plan


def test_a_register_at_0005_gets_the_issuer_table_and_keeps_its_data(tmp_path):
    """Upgrade a file written at revision 0005 (before the issuer settings) to the head."""
    from alembic import command
    from sqlalchemy import inspect

    from originn_desktop.db.engine import Database, resolve_url
    from originn_desktop.db.schema import _alembic_config
    from originn_desktop.services.issuer import stored_issuer

    path = tmp_path / "at-0005.db"
    old = Database(resolve_url(str(path)))
    with old.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0005")
        assert "issuer" not in inspect(conn).get_table_names()
    factories.module(old, "M1")
    old.dispose()
    db = open_database(str(path))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert _models_diff(conn) == []
        assert conn.execute(text("SELECT code FROM module")).scalar() == "M1"
    assert stored_issuer(db) is None
    db.dispose()


def upgrade_to(url: str, revision: str) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from originn_desktop.db.schema import _alembic_config

    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
    engine.dispose()


def test_sort_keys_written_with_a_nul_are_rewritten_and_still_sort_swedish(tmp_path):
    """Before 0008 a sort key held NUL between last and first name (PostgreSQL refuses it)."""
    from originn_desktop.services.participant_list import ParticipantQuery, search_participants

    path = tmp_path / "r.db"
    upgrade_to(f"sqlite:///{path}", "0005")
    with sqlite3.connect(path) as conn:
        for i, (first, last) in enumerate([("Anna", "Eke"), ("Ola", "Ek"), ("Bo", "Åberg")]):
            key = f"{last.casefold()}\x00{first.casefold()}".replace("å", "{")
            conn.execute(
                "INSERT INTO participant (id, first_name, last_name, phone, municipality, "
                "certificate_language, notes, search_text, sort_key, created_at, updated_at, "
                "version) VALUES (?, ?, ?, '', '', 'sv', '', '', ?, '2026-01-01', '2026-01-01', 1)",
                (i + 1, first, last, key),
            )
    db = open_database(str(path))
    try:
        with db.engine.connect() as conn:
            keys = [r[0] for r in conn.exec_driver_sql("SELECT sort_key FROM participant")]
        assert keys and not any("\x00" in k for k in keys)
        factories.person(db, "Per", "Ek")  # written now: must sort among the rewritten ones
        names = [(p.last_name, p.first_name) for p in search_participants(db, ParticipantQuery())]
        assert names == [("Ek", "Ola"), ("Ek", "Per"), ("Eke", "Anna"), ("Åberg", "Bo")]
    finally:
        db.dispose()


def test_a_register_from_0011_gets_swedish_order_keys_for_everyone(tmp_path):
    """Before 0012 the list sorted first names, companies and municipalities byte by byte;
    the migration fills every person's keys, the company's municipality where they have
    none of their own. (On PostgreSQL too: tests/db/test_postgresql.py.)"""
    path = tmp_path / "r.db"
    sorted_after_0012(f"sqlite:///{path}", str(path))


def sorted_after_0012(url: str, target: str) -> None:
    """People written at 0011, as the program then did, sort in Swedish order once the
    register at ``url`` (opened as ``target``) is migrated."""
    from sqlalchemy import create_engine

    from originn_desktop.services.participant_list import (
        ParticipantQuery,
        SortBy,
        search_participants,
    )

    upgrade_to(url, "0011")
    people = [("Zoë", "Ek", "Berg"), ("Áile", "Sunna", ""), ("Ärla", "Berg", "Älvdalen")]
    people.append(("Ola", "Łaski", "Krokom"))  # 0011's key put Ł after Ö: written as it was
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO company (id, name, municipality, created_at) "
                "VALUES (1, 'Åre Fjällchark', 'Åre', '2026-01-01')"
            )
        )
        for i, (first, last, town) in enumerate(people):
            conn.execute(
                text(
                    "INSERT INTO participant (id, first_name, last_name, phone, municipality, "
                    "company_id, certificate_language, notes, search_text, sort_key, "
                    "created_at, updated_at, version) VALUES (:id, :first, :last, '', :town, "
                    ":company, 'sv', '', '', :key, '2026-01-01', '2026-01-01', 1)"
                ),
                {
                    "id": i + 1,
                    "first": first,
                    "last": last,
                    "town": town,
                    "company": None if town else 1,
                    "key": "łaski\x01ola" if last == "Łaski" else name_sort_key(first, last),
                },
            )
    engine.dispose()
    db = open_database(target)
    try:
        firsts = search_participants(db, ParticipantQuery(sort_by=SortBy.FIRST_NAME))
        assert [p.first_name for p in firsts] == ["Áile", "Ola", "Zoë", "Ärla"]
        places = search_participants(db, ParticipantQuery(sort_by=SortBy.MUNICIPALITY))
        assert [p.municipality for p in places] == ["Berg", "Krokom", "Åre", "Älvdalen"]
        names = search_participants(db, ParticipantQuery())
        assert [p.last_name for p in names] == ["Berg", "Ek", "Łaski", "Sunna"]
        companies = search_participants(db, ParticipantQuery(sort_by=SortBy.COMPANY))
        assert [p.company for p in companies][-1] == "Åre Fjällchark"
    finally:
        db.dispose()
