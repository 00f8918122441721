"""The command line: ``originn-desktop [--db PATH_OR_URL] [--version] [COMMAND]``.

Exit status: 0 success, 1 an error the user can act on (one line on stderr), 2 wrong usage,
3 an import that rejected some rows, 70 an unexpected error (details saved to a crash report).
Never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from originn_desktop import __version__
from originn_desktop.domain.text import UserError, system_language
from originn_desktop.workers.collector import end_startup_pause, pause_for_startup

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_SOFTWARE = 70

PROG = "originn-desktop"


class Parser(argparse.ArgumentParser):
    """argparse, with the program's name on every error line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{PROG}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from originn_desktop.cli import commands

    parser = Parser(
        prog=PROG,
        description="ORIGINN Desktop: the participant register, the 15-participant minimum "
        "and the certificates of the ORIGINN micro-credentials.",
        epilog="Exit status: 0 success, 1 error (one line on stderr saying what and why), "
        "2 wrong usage, 3 import with rejected rows, 70 unexpected error (a crash report "
        "is saved).",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $ORIGINN_DESKTOP_DB, else the "
        "per-user data directory)",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    pause_for_startup()
    try:
        return _main(argv)
    finally:
        end_startup_pause()


def window_start(args_list: Sequence[str]) -> argparse.Namespace | None:
    """The window's usual starts (no arguments; ``--db PATH``; ``gui``, perhaps with
    ``--quit-after-startup``) as ``build_parser`` would read them, without building the parsers
    of every command (15-25 ms of the window's start; argparse asks gettext for its own
    messages some 100 times of it). Anything else, None: the full parser reads it."""
    rest = list(args_list)
    db = None
    if len(rest) >= 2 and rest[0] == "--db" and not rest[1].startswith("-"):
        db, rest = rest[1], rest[2:]
    elif rest and rest[0].startswith("--db=") and len(rest[0]) > len("--db="):
        db, rest = rest[0].removeprefix("--db="), rest[1:]
    if rest not in ([], ["gui"], ["gui", "--quit-after-startup"]):
        return None
    from originn_desktop.cli.commands import cmd_gui

    return argparse.Namespace(
        db=db, command="gui", quit_after_startup=len(rest) == 2, handler=cmd_gui
    )


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = system_language()
    parser: argparse.ArgumentParser | None = None
    args = window_start(args_list)
    if args is None:
        parser = build_parser()
        args = parser.parse_args(args_list)
        if args.command is None:
            args = parser.parse_args([*args_list, "gui"])
    from originn_desktop.diagnostics import log

    if args.command != "gui":
        from originn_desktop.diagnostics import configure_logging

        configure_logging()
    log.info("command: %s", args.command)
    already_open = _open_databases()
    try:
        return _run(args, parser, lang)
    finally:
        for db in _open_databases() - already_open:  # what the command opened, it closes
            db.dispose()


def _open_databases() -> set[Any]:
    engine = sys.modules.get("originn_desktop.db.engine")  # not imported: nothing was opened
    return set(engine.open_databases()) if engine is not None else set()


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser | None, lang: str) -> int:
    from originn_desktop.cli.commands import UsageError
    from originn_desktop.diagnostics import log

    if args.command != "gui":  # the window ends the pause itself, once it is built
        end_startup_pause()
    try:
        code = int(args.handler(args))
        log.info("%s: exit status %d", args.command, code)
        return code
    except UsageError as exc:
        (parser or build_parser()).print_usage(sys.stderr)
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"{PROG}: {exc.message(lang)}", file=sys.stderr)
        log.warning("%s refused: %s", args.command, exc.text.en)  # the log masks identity numbers
        return EXIT_USER_ERROR
    except OSError as exc:  # a folder that does not exist, a full disk, no permission
        where = f" {exc.filename}" if exc.filename else ""
        reason = exc.strerror or str(exc)
        text = (
            f"kan inte läsa eller skriva{where}: {reason}"
            if lang == "sv"
            else f"cannot read or write{where}: {reason}"
        )
        print(f"{PROG}: {text}", file=sys.stderr)
        log.warning("%s: %s", args.command, reason)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(f"{PROG}: {'avbrutet' if lang == 'sv' else 'interrupted'}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        return _unexpected(exc, lang)


def _unexpected(exc: Exception, lang: str) -> int:
    from originn_desktop.diagnostics import report_unexpected

    report_unexpected(exc, lang)
    return EXIT_SOFTWARE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
