"""The erasure ledger: who was erased or purged, as opaque keys, kept outside the database.

A backup keeps what the register held when it was made, so restoring one (or opening it as
the register) would bring back people erased since. Each erasure and purge therefore appends
an entry to ``erasure-ledger.jsonl`` in the data directory: the register's identity and, per
person, salted keys (HMAC-SHA256 with this installation's secret, ``erasure-key``, owner-only)
of their participant record (id and creation time) and personnummer in that register; never a
name or a number. The
database notes which entries it has made or had applied; an older copy lacks the later ones,
and those are applied to it when it is opened.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from originn_desktop.db.bulk import table_of
from originn_desktop.db.engine import Database
from originn_desktop.db.models import ErasureApplied, Participant, RegisterIdentity
from originn_desktop.diagnostics import log
from originn_desktop.domain.text import Text, UserError
from originn_desktop.paths import data_dir, ensure_private_dir

LEDGER_FILE = "erasure-ledger.jsonl"
KEY_FILE = "erasure-key"
ERASE = "erase"
PURGE = "purge"


def ledger_path() -> Path:
    return data_dir() / LEDGER_FILE


def _key_path() -> Path:
    return data_dir() / KEY_FILE


@dataclass(frozen=True)
class Entry:
    id: str
    register: str
    kind: str  # ERASE or PURGE
    keys: frozenset[str]


def _write_private(path: Path, data: bytes, append: bool) -> None:
    ensure_private_dir(path.parent)
    flags = os.O_CREAT | os.O_WRONLY | (os.O_APPEND if append else os.O_EXCL)
    fd = os.open(path, flags, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _secret(create: bool) -> bytes | None:
    path = _key_path()
    if not path.exists():
        if not create:
            return None
        # Written whole under another name, then linked into place: a reader never sees half
        # a key, and of two processes making one at once, both use the first.
        partial = path.with_name(f"{path.name}.{uuid.uuid4().hex}.partial")
        _write_private(partial, secrets.token_urlsafe(32).encode("ascii"), append=False)
        try:
            with contextlib.suppress(FileExistsError):
                os.link(partial, path)
        finally:
            partial.unlink()
    secret = path.read_bytes().strip()  # the key file's text (urlsafe base64) is the key
    if len(secret) >= 32 and secret.isascii():
        return secret
    raise UserError(
        Text(
            f"the erasure key {path} is damaged; restore it from a copy of the data folder",
            f"raderingsnyckeln {path} är skadad; återställ den från en kopia av datamappen",
        )
    )


def _key(secret: bytes, register: str, what: str, value: str) -> str:
    message = f"{what}\0{register}\0{value}".encode()
    # 128 bits in base64: no run of digits that a log scrubber or a reader takes for a number.
    return _b64(hmac.new(secret, message, hashlib.sha256).digest()[:16])


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _label(register: str) -> str:
    """The register's identity as the ledger writes it: base64, not a UUID's hex, whose digits
    can run ten long and look like an identity number to a reader or a log scrubber."""
    return _b64(uuid.UUID(register).bytes)


def _keys_of(
    secret: bytes, register: str, person_id: int, created: dt.datetime, number: str | None
) -> list[str]:
    # The record by its id and the moment it was made: a copy of the register that went its
    # own way (a file copied to start a new term) may give the same id to someone else, made
    # at another time, who must not be erased for them.
    keys = [_key(secret, register, "participant", f"{person_id}@{created.isoformat()}")]
    if number:
        keys.append(_key(secret, register, "personnummer", number))
    return keys


def register_identity(session: Session, create: bool = False) -> str | None:
    """The register's identity (a UUID), made now if it has none and ``create`` is set."""
    identity = table_of(RegisterIdentity).c  # Core: start-up asks this before any ORM query
    found = session.scalar(select(identity.uuid).order_by(identity.id).limit(1))
    if found is None and create:
        found = str(uuid.uuid4())
        session.add(RegisterIdentity(id=1, uuid=found))
        session.flush()
    return found


@dataclass(frozen=True)
class Noted:
    """An entry made ready inside a unit of work, to be written at its end (``write``)."""

    line: bytes


def note(session: Session, kind: str, participant_ids: Sequence[int]) -> Noted | None:
    """Make the ledger entry for the people about to be erased or purged (call before their
    data is changed), inside the unit of work that removes them; ``write`` it as that unit's
    last step."""
    if not participant_ids:
        return None
    register = register_identity(session, create=True)
    assert register is not None
    try:
        secret = _secret(create=True)
    except OSError as exc:
        raise _cannot_write(exc) from None
    assert secret is not None
    keys: list[str] = []
    for start in range(0, len(participant_ids), 500):
        chunk = participant_ids[start : start + 500]
        for pid, created, number in session.execute(
            select(Participant.id, Participant.created_at, Participant.personal_number).where(
                Participant.id.in_(chunk)
            )
        ):
            keys += _keys_of(secret, register, pid, created, number)
    entry = _b64(secrets.token_bytes(16))
    session.add(ErasureApplied(entry=entry))
    line = {"id": entry, "register": _label(register), "kind": kind, "keys": keys}
    return Noted((json.dumps(line) + "\n").encode())


def write(noted: Noted | None) -> None:
    """Append the entry, just before the transaction commits: if the commit then fails, the
    next opening of the register applies the entry, so an erasure is never lost; if the
    ledger cannot be written, the erasure is not made (``UserError``, nothing changed)."""
    if noted is None:
        return
    try:
        _write_private(ledger_path(), noted.line, append=True)
    except OSError as exc:
        raise _cannot_write(exc) from None


def _cannot_write(exc: OSError) -> UserError:
    reason = exc.strerror or str(exc)
    return UserError(
        Text(
            f"cannot write the erasure ledger in {data_dir()} ({reason}); nothing was removed",
            f"kan inte skriva raderingsloggen i {data_dir()} ({reason}); inget togs bort",
        )
    )


def _read_entries() -> list[Entry]:
    entries = []
    with open(ledger_path(), encoding="utf-8") as fh:
        for line in fh:
            try:
                data = json.loads(line)
                entries.append(
                    Entry(data["id"], data["register"], data["kind"], frozenset(data["keys"]))
                )
            except (ValueError, KeyError, TypeError):
                log.warning("erasure ledger: an unreadable line skipped")  # a torn last write
    return entries


def pending(db: Database) -> list[Entry]:
    """The ledger's entries for this register that it has not had applied (an older copy)."""
    if not ledger_path().exists():
        return []  # nothing was ever erased here: no need to ask the database
    with db.read() as session:
        register = register_identity(session)
        if register is None:
            return []
        entries = [e for e in _read_entries() if e.register == _label(register)]
        if not entries:
            return []
        done = applied(session)
    return [e for e in entries if e.id not in done]


def applied(session: Session) -> set[str]:
    """The ledger entries this database has made or had applied."""
    return set(session.scalars(select(table_of(ErasureApplied).c.entry)))


def match(session: Session, entries: Iterable[Entry]) -> tuple[set[int], set[int]]:
    """The participants these entries name: (to erase, to purge); those purged already are
    not purged again."""
    entries = list(entries)
    secret = _secret(create=False)
    register = register_identity(session)
    if not entries or register is None:
        return set(), set()
    if secret is None:
        log.warning("erasure ledger: the key file is missing; entries cannot be matched")
        return set(), set()
    by_key: dict[str, int] = {}
    purged: set[int] = set()
    for pid, created, number, anonymized in session.execute(
        select(
            Participant.id,
            Participant.created_at,
            Participant.personal_number,
            Participant.anonymized_at,
        )
    ):
        for key in _keys_of(secret, register, pid, created, number):
            by_key[key] = pid
        if anonymized is not None:
            purged.add(pid)
    erase: set[int] = set()
    purge: set[int] = set()
    for entry in entries:
        found = {by_key[k] for k in entry.keys if k in by_key}
        (erase if entry.kind == ERASE else purge).update(found)
    return erase, purge - erase - purged


def mark_applied(session: Session, entries: Iterable[Entry]) -> None:
    """Note in the database that these entries now hold in it."""
    done = applied(session)
    for entry in entries:
        if entry.id not in done:
            session.add(ErasureApplied(entry=entry.id))
            done.add(entry.id)
