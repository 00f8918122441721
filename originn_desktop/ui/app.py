"""Starting the window: check that Qt can open one, set up language and crash handling, open the
database, show the main window."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from originn_desktop import APP_NAME, __version__
from originn_desktop.domain.text import Text, UserError, system_language
from originn_desktop.workers.collector import end_startup_pause

if TYPE_CHECKING:  # PySide6 is imported after the services (see run)
    from PySide6.QtWidgets import QApplication

EXIT_SOFTWARE = 70  # the command line's status for a bug

# The shared libraries Qt's X11 platform plugin loads, and the Debian packages that hold them.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
BASE_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
}


def _missing(libraries: dict[str, str]) -> list[str]:
    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def _local_display_missing(display: str) -> bool:
    """True when DISPLAY names a local X server whose socket does not exist."""
    if not display.startswith(":"):
        return False
    number = display[1:].split(".")[0]
    return number.isdigit() and not Path(f"/tmp/.X11-unix/X{number}").exists()


def platform_problem(
    environ: dict[str, str] | None = None, platform: str = sys.platform
) -> Text | None:
    """Why Qt would fail to open a window here, with the fix; None when it should work.

    Qt itself aborts the process in these cases, which the user must never see.
    """
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return None
    requested = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    no_x11 = requested in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "wayland")
    if no_x11 or (not requested and env.get("WAYLAND_DISPLAY")):
        missing = _missing(BASE_LIBRARIES)
    else:
        display = env.get("DISPLAY", "")
        if not display:
            return Text(
                "cannot open a window: there is no display (DISPLAY is not set). Start it from "
                "a desktop session, or use the command line (originn-desktop --help)",
                "kan inte öppna ett fönster: det finns ingen skärm (DISPLAY saknas). Starta "
                "programmet i en skrivbordsmiljö, eller använd kommandoraden "
                "(originn-desktop --help)",
            )
        if _local_display_missing(display):
            return Text(
                f"cannot open a window: no X server answers on display {display}",
                f"kan inte öppna ett fönster: ingen X-server svarar på skärm {display}",
            )
        missing = _missing(BASE_LIBRARIES) + _missing(XCB_LIBRARIES)
    if missing:
        packages = " ".join(missing)
        return Text(
            f"cannot open a window: Qt needs system libraries that are missing; install them "
            f"with: sudo apt-get install {packages}",
            f"kan inte öppna ett fönster: Qt behöver systembibliotek som saknas; installera "
            f"dem med: sudo apt-get install {packages}",
        )
    return None


def install_crash_handler(unattended: bool = False) -> list[BaseException]:
    """Unexpected exceptions, on any thread, end in the crash dialog (and a saved report).

    ``unattended`` (nobody to close a dialog): the usual one line on stderr instead, and the
    event loop, if it runs, ends with 70. Returns the list the errors are kept in.
    """
    from originn_desktop.diagnostics import crash_report, log, report_unexpected, save_crash_report

    showing = threading.Lock()
    seen: list[BaseException] = []

    def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        first = not seen
        seen.append(exc)
        if unattended:
            from PySide6.QtCore import QCoreApplication

            if first:  # one line: what follows the first error (threads left halfway) is its echo
                report_unexpected(exc, system_language())
            QCoreApplication.exit(EXIT_SOFTWARE)  # nothing if the loop does not run yet
            return
        report = crash_report(exc)
        path = save_crash_report(report)
        log.error("unexpected error: %s", kind.__name__)
        if threading.current_thread() is not threading.main_thread():
            return  # workers hand their errors to the GUI thread; this is a last resort
        if not showing.acquire(blocking=False):
            return
        try:
            from originn_desktop.ui.crash_dialog import CrashDialog

            CrashDialog(report, str(path) if path else None).exec()
        finally:
            showing.release()

    sys.excepthook = handle
    threading.excepthook = lambda args: handle(
        args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
    )
    return seen


def startup_failed(exc: BaseException, unattended: bool, seen: list[BaseException]) -> int:
    """A bug before the window could open: the one line and the saved report, and for a person
    the crash dialog too (a program started from its icon has no terminal); then exit 70.
    ``seen``: the crash handler's list, so that errors echoing this one are not reported."""
    from originn_desktop.diagnostics import report_unexpected

    seen.append(exc)

    report, path = report_unexpected(exc, system_language())
    if not unattended:
        from originn_desktop.ui.crash_dialog import CrashDialog

        CrashDialog(report, str(path) if path else None).exec()
    return EXIT_SOFTWARE


def claim_database(path: Path) -> tuple[object, int | None]:
    """A lock beside the database; the other process's id if another window holds it.

    Two windows on one register are safe (SQLite serialises the writes, and an edit of a record
    someone else saved meanwhile is refused, not overwritten), but the user should know.
    """
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # a lock left by a crashed window is recognised by its dead pid
    if lock.tryLock(200):
        return lock, None
    info = lock.getLockInfo()  # (pid, host, application) in PySide6
    return lock, int(info[0]) if info else 0


def _import_services() -> None:
    """Import SQLAlchemy and the services the window uses before PySide6.

    Importing PySide6 installs an import hook (``__feature_import__``) through which every later
    import runs; the same modules imported after it took 0.1 s longer at start-up (measured:
    ``import sqlalchemy.orm`` then ``PySide6.QtWidgets`` 0.36 s, the other order 0.46 s).
    """
    import originn_desktop.db.schema
    import originn_desktop.domain.figures
    import originn_desktop.services.backups
    import originn_desktop.services.companies
    import originn_desktop.services.enrollment
    import originn_desktop.services.modules
    import originn_desktop.services.participant_list
    import originn_desktop.services.participants
    import originn_desktop.services.privacy
    import originn_desktop.workers.tasks  # noqa: F401


WARM_PROCESS_AFTER_MS = 500


def _daily_backup(db) -> threading.Thread:  # type: ignore[no-untyped-def]
    """The day's first start copies the register: once the window is painted, on a thread of
    its own (SQLite's backup leaves the GIL to the window), so copying a large register (3 s
    at a million people) never stands between the coordinator and the first paint."""
    from originn_desktop.paths import backups_dir
    from originn_desktop.services.backups import daily_backup

    thread = threading.Thread(target=daily_backup, args=(db, backups_dir()), name="daily-backup")
    thread.start()
    return thread


def _start_warm_process() -> None:
    from originn_desktop.workers import warm

    warm.start()


def _configure_orm() -> None:
    """The first paint reads through Core only; the ORM's mappers (20-30 ms) are configured
    once the window is idle, not on the coordinator's first click."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def _stop_warm_process() -> None:
    if "originn_desktop.workers.warm" in sys.modules:
        from originn_desktop.workers import warm

        warm.stop()


def run(db_arg: str | None, quit_after_startup: bool = False) -> int:
    problem = platform_problem()
    lang = system_language()
    if problem is not None:
        print(f"originn-desktop: {problem.get(lang)}", file=sys.stderr)
        return 1
    _import_services()
    try:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:  # a library Qt links against is missing
        reason = "kan inte starta Qt" if lang == "sv" else "cannot start Qt"
        print(f"originn-desktop: {reason}: {exc}", file=sys.stderr)
        return 1

    from originn_desktop.diagnostics import configure_logging
    from originn_desktop.settings import LANGUAGE
    from originn_desktop.ui import i18n
    from originn_desktop.ui.settings_store import SettingsStore

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ORIGINN")
    app.setDesktopFileName("originn-desktop")
    from importlib import resources

    from PySide6.QtGui import QIcon

    app.setWindowIcon(
        QIcon(
            str(resources.files("originn_desktop") / "resources" / "icons" / "originn-desktop.png")
        )
    )
    configure_logging()
    store = SettingsStore()
    i18n.install(i18n.choose_language(store.get(LANGUAGE)))
    unattended = quit_after_startup
    errors = install_crash_handler(unattended)
    watch = None
    if unattended:
        from originn_desktop.ui.unattended import Unattended

        watch = Unattended(app)  # a dialog nobody would answer is printed instead
    try:
        started = _start(store, db_arg, unattended)
    except Exception as exc:
        return startup_failed(exc, unattended, errors)
    if started is None:
        return 1
    db, window, lock = started
    signals = _close_on_signals(app)
    backups: list[threading.Thread] = []
    if unattended:
        if errors:  # an error inside Qt's own calls, already reported in one line
            db.dispose()
            return EXIT_SOFTWARE
        app.processEvents()
        window.repaint()
        backups.append(_daily_backup(db))
        QTimer.singleShot(0, app.quit)
    else:
        # The second process that checks an import's rows, and the day's backup, once the
        # window has been painted and has nothing to do (workers.warm).
        QTimer.singleShot(WARM_PROCESS_AFTER_MS, _start_warm_process)
        QTimer.singleShot(WARM_PROCESS_AFTER_MS, _configure_orm)
        QTimer.singleShot(WARM_PROCESS_AFTER_MS, lambda: backups.append(_daily_backup(db)))
    # What start-up built, up to the window (the libraries' modules, classes and caches),
    # lives as long as the program: kept out of the garbage collector's full passes, which
    # otherwise walk all of it again while the coordinator works and once more at exit
    # (0.15 s of closing, measured). The collector, paused since the program started, is
    # switched on again (workers.collector).
    gc.freeze()
    end_startup_pause()
    code = app.exec()
    _stop_warm_process()
    for thread in backups:  # a copy half made is thrown away; the day's copy is made whole
        thread.join()
    db.dispose()
    signals()  # the signals as they were
    del lock, watch
    if unattended and errors:
        return EXIT_SOFTWARE
    return int(code)


def _close_on_signals(app: QApplication) -> Callable[[], None]:
    """SIGTERM (a logout, a shutdown, ``kill``), SIGHUP and Ctrl-C close the program as its
    menu's Quit does: the window keeps its layout, the day's backup is finished whole, the
    second process and the certificate workers end with it (killed outright, they left
    multiprocessing's semaphores behind, and a half-made backup).

    Python runs a signal's handler only between its own instructions, and Qt's event loop
    runs none while it waits: the handler's wake-up byte on a socket makes Qt call back into
    Python, where the window is closed from the event loop, not from inside the handler."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        signal.set_wakeup_fd(writer.fileno())
    except ValueError:  # not the main thread: leave the signals as they are
        reader.close()
        writer.close()
        return lambda: None
    asked: list[int] = []

    def handler(signum: int, _frame: object) -> None:
        asked.append(signum)

    names = [name for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)]
    before = {name: signal.signal(getattr(signal, name), handler) for name in names}

    def woke() -> None:
        with contextlib.suppress(OSError):  # nothing to read: woken by something else
            reader.recv(64)
        if asked:
            app.closeAllWindows()
            app.quit()

    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: woke())

    def restore() -> None:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(-1)
        for name, previous in before.items():
            signal.signal(getattr(signal, name), previous)
        reader.close()
        writer.close()

    return restore


def _start(store, db_arg: str | None, unattended: bool):  # type: ignore[no-untyped-def]
    """Open the register and show the window on it: (database, window, lock), or None when the
    database cannot be opened (said in one line, or a message box for a person)."""
    from PySide6.QtWidgets import QMessageBox

    from originn_desktop.db.schema import open_database
    from originn_desktop.paths import backups_dir, database_target
    from originn_desktop.services.privacy import reapply_erasures
    from originn_desktop.ui import i18n

    try:
        db = open_database(database_target(db_arg), backup_dir=backups_dir())
        # An old copy opened as the register (a backup) loses whoever was erased since.
        erased_again = reapply_erasures(db)
    except UserError as exc:
        if unattended:
            print(f"originn-desktop: {i18n.tx(exc.text)}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, i18n.tx(exc.text))
        return None

    from originn_desktop.ui.main_window import MainWindow
    from originn_desktop.ui.register import Register

    try:
        lock: object = None
        if db.path is not None:
            lock, other = claim_database(db.path)
            if other is not None:
                text = i18n.tx(
                    Text(
                        f"The register is already open in another ORIGINN Desktop window (process {other}). "
                        "You can work here too: every change is saved safely, and an edit of something "
                        "the other window saved meanwhile is refused rather than overwritten. Each "
                        "window shows the other's changes when it is activated again.",
                        f"Registret är redan öppet i ett annat fönster med ORIGINN Desktop (process {other}). "
                        "Du kan arbeta här också: alla ändringar sparas säkert, och en ändring av något "
                        "som det andra fönstret har sparat under tiden nekas i stället för att skriva "
                        "över. Varje fönster visar det andras ändringar när det blir aktivt igen.",
                    )
                )
                if unattended:
                    print(f"originn-desktop: {text}", file=sys.stderr)
                else:
                    QMessageBox.information(None, APP_NAME, text)
        window = MainWindow(Register(db, store))
        window.show()
        if erased_again:
            window.announce_erased_again(erased_again)
    except BaseException:
        db.dispose()
        raise
    return db, window, lock
