"""The program's log file and crash reports, both scrubbed of identity numbers."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from originn_desktop import __version__
from originn_desktop.paths import ensure_private_dir, logs_dir
from originn_desktop.privacy import ScrubbingFilter, scrub

log = logging.getLogger("originn_desktop")
log.addHandler(logging.NullHandler())  # nothing on stderr when no log file could be opened
log.propagate = False


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Log to a rotating file in the data directory; returns its path (None if unwritable).

    Called again with another data directory (tests, ``--db`` elsewhere), it follows.
    """
    try:
        path = ensure_private_dir(logs_dir()) / "originn-desktop.log"
    except OSError:
        return None
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            if Path(handler.baseFilename) == path.absolute():
                return path
            log.removeHandler(handler)
            handler.close()
    try:
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubbingFilter())
    log.addHandler(handler)
    log.setLevel(level)
    return path


def crash_report(exc: BaseException) -> str:
    """What a developer needs to know about an unexpected error, without identity numbers."""
    import platform  # here, not for every command: only a crash needs them
    import traceback

    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return scrub(
        f"ORIGINN Desktop {__version__}\n"
        f"Python {sys.version.split()[0]} on {platform.platform()}\n"
        f"Time: {dt.datetime.now().isoformat(timespec='seconds')}\n\n{details}"
    )


def save_crash_report(report: str) -> Path | None:
    """Write a crash report next to the log; returns its path (None if unwritable)."""
    try:
        folder = ensure_private_dir(logs_dir())
        path = folder / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S}.txt"
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(report)
    except OSError:
        return None
    return path


def report_unexpected(exc: BaseException, lang: str) -> tuple[str, Path | None]:
    """A bug: save the crash report, log it, and say so in one line on stderr (never a
    traceback). Returns the report and where it was saved."""
    report = crash_report(exc)
    path = save_crash_report(report)
    log.error("unexpected error: %s", type(exc).__name__)
    where = str(path) if path else "(could not be saved)"
    name = type(exc).__name__
    if lang == "sv":
        line = f"oväntat fel ({name}); en felrapport finns i {where}"
    else:
        line = f"unexpected error ({name}); a crash report is in {where}"
    print(f"originn-desktop: {line}", file=sys.stderr, flush=True)
    return report, path
