"""``migrate --from FILE_OR_URL --to URL_OR_FILE``: a register moved whole to another database
(a coordinator's file to the shared PostgreSQL server, or back to a file)."""

from __future__ import annotations

import argparse
from typing import Any

from originn_desktop.cli.output import print_json
from originn_desktop.domain.text import system_language

# What the summary names, in this order; other tables are copied and checked all the same.
_SHOWN = (
    ("module", "modules", "moduler"),
    ("participant", "participants", "deltagare"),
    ("enrollment", "enrollments", "registreringar"),
    ("enrollment_event", "history entries", "historikrader"),
    ("certificate", "certificates", "intyg"),
    ("audit_log", "audit entries", "loggrader"),
)


def cmd_migrate(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from originn_desktop.db.engine import resolve_url
    from originn_desktop.diagnostics import configure_logging
    from originn_desktop.services.moving import migrate_register

    configure_logging()
    counts = migrate_register(args.source, args.target)
    if args.json:
        print_json(counts)
        return 0

    def shown(where: str) -> str:  # a server's password is never printed
        url = resolve_url(where)
        return make_url(url).render_as_string(hide_password=True) if "://" in where else where

    source, target = shown(args.source), shown(args.target)
    sv = system_language() == "sv"
    parts = ", ".join(f"{counts.get(t, 0)} {s if sv else e}" for t, e, s in _SHOWN)
    print(
        f"Kopierat {source} till {target}: {parts} (antalen kontrollerade)."
        if sv
        else f"Copied {source} to {target}: {parts} (counts checked)."
    )
    return 0


def register_moving(sub: Any) -> None:
    p = sub.add_parser(
        "migrate",
        help="copy a register whole into an empty database (e.g. a file to a shared PostgreSQL server)",
        description="Copies every module, participant, enrollment, history entry, certificate "
        "and audit entry, checks the counts, and refuses a target that is not empty. The "
        "source is read from a copy: it is not changed.",
    )
    p.add_argument("--from", dest="source", required=True, metavar="FILE_OR_URL")
    p.add_argument("--to", dest="target", required=True, metavar="URL_OR_FILE")
    p.add_argument("--json", action="store_true", help="the rows copied per table, as JSON")
    p.set_defaults(handler=cmd_migrate)
