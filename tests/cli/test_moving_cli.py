"""`migrate`: a coordinator's file register moved whole to the shared server, and only into an
empty database. (Not run on both databases: it is about going from one to the other.)"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from originn_desktop.certificates.content import CertificateSettings
from originn_desktop.cli.main import main
from originn_desktop.db.schema import open_database
from originn_desktop.db.transfer import row_counts
from originn_desktop.services.audit import recent
from originn_desktop.services.certificates import issue_certificates, verify
from originn_desktop.services.demo import load_demo
from originn_desktop.services.enrollment import complete
from originn_desktop.services.modules import list_modules
from originn_desktop.services.privacy import erase_participant
from tests import factories
from tests.clock import TODAY
from tests.conftest import FIXTURES


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def empty_server_db(pg_server):
    name = pg_server.new_database()  # no schema at all: migrate creates it
    yield pg_server.url(name)
    pg_server.drop_database(name)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrate_moves_a_file_register_whole_and_the_server_goes_on_from_there(
    empty_server_db, tmp_path, capsys, clock
):
    path = tmp_path / "originn.db"
    local = open_database(str(path))
    load_demo(local)
    clock.move_to(dt.datetime(TODAY.year + 1, 3, 1, 10).astimezone())  # the demo's M1 has begun
    complete(local, "M1", None, "G", dt.date.today())
    issued = issue_certificates(local, "M1", tmp_path / "certs", CertificateSettings()).issued
    erase_participant(local, issued[-1].participant_id)  # a history with an erasure in it
    before = {s.module.code: s.count for s in list_modules(local)}
    local.dispose()
    file_digest = digest(path)

    code, out, err = run(capsys, "migrate", "--from", str(path), "--to", empty_server_db)
    assert code == 0, err
    assert "35 participants" not in out and "34 participants" in out and "counts checked" in out

    server = open_database(empty_server_db)
    local = open_database(str(path))
    try:
        with server.engine.connect() as a, local.engine.connect() as b:
            assert row_counts(a) == row_counts(b)
        assert {s.module.code: s.count for s in list_modules(server)} == before
        assert verify(server, issued[0].number).is_valid
        assert [(r.action, r.entity_id) for r in recent(server, 1000)] == [
            (r.action, r.entity_id) for r in recent(local, 1000)
        ]
        # The server's ids go on after the copied ones.
        newcomer = factories.person(server, "Ny", "Deltagare", module_code="M1").participant
        assert newcomer.id == 1 + max(row_counts_ids(local))
    finally:
        server.dispose()
        local.dispose()
    assert digest(path) == file_digest  # the coordinator's file was only read


def row_counts_ids(db) -> list[int]:
    from sqlalchemy import select

    from originn_desktop.db.models import Participant

    with db.read() as session:
        return list(session.scalars(select(Participant.id)))


def test_migrate_refuses_a_target_that_already_holds_a_register(empty_server_db, tmp_path, capsys):
    path = tmp_path / "originn.db"
    local = open_database(str(path))
    factories.module(local, "M1")
    local.dispose()
    assert run(capsys, "migrate", "--from", str(path), "--to", empty_server_db)[0] == 0
    code, out, err = run(capsys, "migrate", "--from", str(path), "--to", empty_server_db)
    assert out == ""
    assert code == 1 and "already holds a register" in err and err.count("\n") == 1
    server = open_database(empty_server_db)
    try:
        assert [s.module.code for s in list_modules(server)] == ["M1"]  # not twice
    finally:
        server.dispose()


def test_migrate_brings_a_register_of_an_older_version_up_to_date_on_the_way(
    empty_server_db, tmp_path, capsys
):
    old = tmp_path / "old.db"
    old.write_bytes((FIXTURES / "schema-0001.db").read_bytes())
    before = digest(old)
    code, out, err = run(capsys, "migrate", "--from", str(old), "--to", empty_server_db, "--json")
    assert code == 0, err
    counts = json.loads(out)
    assert counts["participant"] > 0 and counts["module"] > 0
    assert digest(old) == before
    server = open_database(empty_server_db)
    try:
        assert sum(s.count.counted for s in list_modules(server)) > 0
    finally:
        server.dispose()


def test_migrate_from_a_file_that_is_not_a_register_is_refused(empty_server_db, tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 1000)
    code, _, err = run(capsys, "migrate", "--from", str(junk), "--to", empty_server_db)
    assert code == 1 and "not a readable database" in err


def test_migrate_carries_the_issuers_images_byte_for_byte_and_leaves_the_server_ready_to_search(
    empty_server_db, tmp_path, capsys
):
    from originn_desktop.services.issuer import change_from_files, set_issuer, stored_issuer
    from originn_desktop.services.participant_list import ParticipantQuery, search_participants
    from tests.certificates.images import logo_png, signature_jpeg

    path = tmp_path / "originn.db"
    local = open_database(str(path))
    set_issuer(
        local,
        change_from_files(
            logo=logo_png(tmp_path / "logo.png"), signature=signature_jpeg(tmp_path / "sig.jpg")
        ),
    )
    for last in ("Zetterqvist", "Berg", "Åberg"):
        factories.person(local, "Ingrid", last)
    issuer = stored_issuer(local)
    local.dispose()

    code, _, err = run(capsys, "migrate", "--from", str(path), "--to", empty_server_db)
    assert code == 0, err
    server = open_database(empty_server_db)
    try:
        assert stored_issuer(server) == issuer  # the images' bytes, through COPY
        found = search_participants(server, ParticipantQuery(text="zetterq"))
        assert [p.last_name for p in found] == ["Zetterqvist"]
        with server.engine.connect() as conn:
            # Statistics and all-visible pages straight away, not when autovacuum comes by:
            # the first searches are planned for the register as it is.
            analyzed = conn.exec_driver_sql(
                "SELECT last_analyze IS NOT NULL AND last_vacuum IS NOT NULL "
                "FROM pg_stat_user_tables WHERE relname = 'participant'"
            ).scalar()
        assert analyzed
    finally:
        server.dispose()


def test_migrate_never_prints_a_servers_password(empty_server_db, tmp_path, capsys):
    path = tmp_path / "originn.db"
    local = open_database(str(path))
    load_demo(local)
    local.dispose()
    secret = "hemligt-lösen-7"
    with_password = empty_server_db.replace("@/", f":{secret}@/", 1)  # the server trusts us
    assert secret in with_password

    assert run(capsys, "migrate", "--from", str(path), "--to", with_password)[0] == 0
    code, out, err = run(
        capsys, "migrate", "--from", with_password, "--to", str(tmp_path / "back.db")
    )

    assert code == 0, err
    assert "35 participants" in out
    assert secret not in out + err
