"""Opening a database and bringing its schema to the current version.

Alembic is imported only when the stored revision differs from ``SCHEMA_HEAD``: a start-up on
an up-to-date database costs one small query, not Alembic's import.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from originn_desktop.db.engine import Database, lock_for_writing, resolve_url
from originn_desktop.domain.text import Text, UserError

# The newest migration in db/migrations/versions; a test keeps the two equal.
SCHEMA_HEAD = "0012"


def _migrations_dir() -> Path:
    return Path(__file__).with_name("migrations")


def _alembic_config(connection: object) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_migrations_dir()))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(_migrations_dir()))
    return {rev.revision for rev in script.walk_revisions()}


def stored_revision(db: Database) -> tuple[str | None, bool]:
    """The schema revision stored in the database, and whether it has any tables at all."""
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        tables = inspector.get_table_names()
        if "alembic_version" not in tables:
            return None, bool(tables)
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return revision, True


def ensure_schema(db: Database, backup_dir: Path | None = None) -> bool:
    """Migrate the database to the head revision; returns whether anything was migrated.

    An existing database is copied into ``backup_dir`` first. A database from a newer version
    of the program, or one that is not an ORIGINN database, is refused and left untouched.
    """
    revision, has_tables = stored_revision(db)
    if revision == SCHEMA_HEAD:
        return False
    if revision is None and has_tables:
        raise UserError(
            Text(
                f"{db.path or db.url} is not an ORIGINN Desktop database",
                f"{db.path or db.url} är ingen databas från ORIGINN Desktop",
            )
        )
    if revision is not None and revision not in known_revisions():
        raise UserError(
            Text(
                f"the database was written by a newer version of ORIGINN Desktop (schema "
                f"{revision}); install that version or newer to open it",
                f"databasen är skriven av en nyare version av ORIGINN Desktop (schema "
                f"{revision}); installera den versionen eller nyare för att öppna den",
            )
        )
    if revision is not None and db.path is not None and backup_dir is not None:
        from originn_desktop.db.backup import automatic_backup

        automatic_backup(db.path, backup_dir, f"before-migration-{revision}")
    from alembic import command

    with db.engine.begin() as conn:
        if db.is_postgresql:
            # Two coordinators starting a new version at once: the second waits, then finds
            # the schema current. Tables belong to the database's owner, whoever migrates.
            lock_for_writing(conn)
            if inspect(conn).has_table("alembic_version") and (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == SCHEMA_HEAD
            ):
                return False
            _act_as_owner(conn)
        command.upgrade(_alembic_config(conn), "head")  # type: ignore[arg-type]
    return True


def _act_as_owner(conn: Connection) -> None:
    """On a shared server, create and alter tables as the database's owner (a group role
    every coordinator is a member of), so that every coordinator can use what any of them
    migrated; a role that is not a member migrates as itself."""
    owner = conn.execute(
        text("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")
    ).scalar()
    if (
        owner
        and conn.execute(
            text("SELECT current_user <> :owner AND pg_has_role(:owner, 'MEMBER')"),
            {"owner": owner},
        ).scalar()
    ):
        conn.execute(text(f"SET LOCAL ROLE {conn.dialect.identifier_preparer.quote(owner)}"))


def open_database(target: str, backup_dir: Path | None = None, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at a path or URL, migrated to the current schema.

    Fails with a ``UserError`` that says what is wrong with the file, never with a traceback.
    """
    db = Database(resolve_url(target))
    try:
        if migrate:
            ensure_schema(db, backup_dir)
        else:
            stored_revision(db)
    except OperationalError as exc:
        db.dispose()
        reason = " ".join(str(exc.orig).split())  # libpq adds a hint on a line of its own
        raise UserError(
            Text(
                f"cannot open the database {db.path or db.url}: {reason}",
                f"kan inte öppna databasen {db.path or db.url}: {reason}",
            )
        ) from None
    except DatabaseError as exc:
        db.dispose()
        raise UserError(
            Text(
                f"{db.path or db.url} is not a readable database ({exc.orig}); "
                "choose another file or restore a backup",
                f"{db.path or db.url} är ingen läsbar databas ({exc.orig}); "
                "välj en annan fil eller återställ en säkerhetskopia",
            )
        ) from None
    except UserError:
        db.dispose()
        raise
    return db
