"""What each process of a concurrency test does: plain functions a spawned process runs.

Each opens the register itself (as a second coordinator's program would), waits at the
barrier so that all start writing at the same moment, and reports back plain data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from originn_desktop.db.schema import open_database
from originn_desktop.domain.text import UserError


def _opened(url: str, barrier: Any) -> Any:
    db = open_database(url)
    barrier.wait(timeout=120)
    return db


def print_certificates(url: str, barrier: Any, module: str, ids: list[int], out: str) -> list[str]:
    """One coordinator printing certificates for ``ids``, one at a time (as a window that
    prints whoever the coordinator picks)."""
    from originn_desktop.certificates.content import CertificateSettings
    from originn_desktop.services.certificates import issue_certificates

    db = _opened(url, barrier)
    numbers = []
    try:
        for pid in ids:
            batch = issue_certificates(
                db, module, Path(out), CertificateSettings(), participant_ids=[pid], workers=1
            )
            numbers += [c.number for c in batch.issued]
    except UserError as exc:  # said as text: a UserError does not cross processes
        numbers.append(exc.text.en)
    finally:
        db.dispose()
    return numbers


def enroll_each(url: str, barrier: Any, module: str, ids: list[int]) -> list[str]:
    from originn_desktop.services.enrollment import enroll

    db = _opened(url, barrier)
    try:
        return [enroll(db, module, pid).changes[0].after.status for pid in ids]
    finally:
        db.dispose()


def withdraw_each(url: str, barrier: Any, module: str, ids: list[int]) -> list[int]:
    """Withdraw each in turn; returns who moved up from the waiting list."""
    from originn_desktop.services.enrollment import withdraw

    db = _opened(url, barrier)
    try:
        return [m.participant_id for pid in ids for m in withdraw(db, module, [pid]).moved_up]
    finally:
        db.dispose()


def save_edit(url: str, barrier: Any, pid: int, version: int, first_name: str) -> str:
    """Save a participant dialog opened at ``version``: "saved" or the refusal."""
    from originn_desktop.services.participants import ParticipantDraft, update_participant

    db = _opened(url, barrier)
    try:
        draft = ParticipantDraft(first_name, "Delad", birth_date="1970-01-01")
        update_participant(db, pid, draft, version)
        return "saved"
    except UserError as exc:  # said as text: a UserError does not cross processes
        return exc.text.en
    finally:
        db.dispose()


def add_people(url: str, barrier: Any, people: list[dict[str, Any]], module: str) -> list[str]:
    """Another coordinator adding people by hand, one at a time; what each came to."""
    from originn_desktop.services.participants import ParticipantDraft, add_participant

    db = _opened(url, barrier)
    said = []
    try:
        for p in people:
            try:
                added = add_participant(db, ParticipantDraft(**p), module=module)
                said.append("new" if added.created else "found")
            except UserError as exc:  # said as text: a UserError does not cross processes
                said.append(exc.text.en)
    finally:
        db.dispose()
    return said


def import_file(url: str, barrier: Any, path: str, module: str) -> str:
    """The command line's import, as a coordinator runs it."""
    import contextlib
    import io

    from originn_desktop.cli.main import main

    barrier.wait(timeout=120)
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(["--db", url, "import", path, "--module", module])
    return f"{code} {err.getvalue()}".strip()


def today() -> dt.date:
    return dt.date.today()
