"""``gui --quit-after-startup`` as a real process: it never waits for a person, whatever the
saved state, an unexpected error or a dialog at start-up."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtCore import Qt

from originn_desktop.db.schema import open_database
from originn_desktop.ui.main_window import MainWindow
from originn_desktop.ui.register import Register
from originn_desktop.ui.settings_store import SettingsStore
from tests.clock import NOW

pytestmark = pytest.mark.slow

# Longer than the program needs (about a second), shorter than anyone would wait.
TIMEOUT = 15


def program(data_dir, *args, prelude="", timeout=TIMEOUT):
    """Run ``originn-desktop ARGS`` in a process of its own, after ``prelude`` (Python that
    plants a fault, as a bug would)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ORIGINN_DESKTOP_DATA_DIR": str(data_dir),
        "ORIGINN_DESKTOP_LANG": "en",
    }
    code = textwrap.dedent(prelude) + (
        "\nimport sys\nfrom originn_desktop.cli.main import main\nsys.exit(main(sys.argv[1:]))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def said(done):
    """The lines the program wrote on stderr (without the offscreen platform's own notes)."""
    return [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]


def test_after_the_demo_a_one_module_register_opens_and_quits(qtbot, tmp_path, data_dir):
    """Issue 13, as it was seen: the demo register looked at in the window and closed, then
    ``gui --quit-after-startup`` on a register with one module, with the same settings."""
    a, b = tmp_path / "A.db", tmp_path / "B.db"
    assert program(data_dir, "--db", a, "demo").returncode == 0
    # The window, on A: look at the participants, sort by the second module, close.
    db = open_database(str(a))
    window = MainWindow(Register(db, SettingsStore(str(data_dir / "settings.ini"))))
    qtbot.addWidget(window)
    window.show()
    window.show_tab(1)
    window.participants_view.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    window.close()
    db.dispose()
    # And as a process, which saves its state on closing too.
    assert program(data_dir, "--db", a, "gui", "--quit-after-startup").returncode == 0
    made = program(
        data_dir, "--db", b, "module", "add", "K1", "--title-sv", "Kurs", "--title-en", "Course"
    )
    assert made.returncode == 0, made.stderr

    done = program(data_dir, "--db", b, "gui", "--quit-after-startup")
    assert done.returncode == 0, done.stderr
    assert said(done) == []
    assert not (data_dir / "logs").exists() or not list((data_dir / "logs").glob("crash-*"))


def test_an_unexpected_error_at_start_up_is_one_line_a_report_and_70(tmp_path, data_dir):
    done = program(
        data_dir,
        "--db",
        tmp_path / "r.db",
        "gui",
        "--quit-after-startup",
        prelude="""
            from originn_desktop.ui.main_window import MainWindow
            def broken(self):
                raise RuntimeError("planted at start-up")
            MainWindow._restore_state = broken
        """,
    )
    assert done.returncode == 70
    lines = said(done)
    assert len(said(done)) == 1 and "Traceback" not in done.stderr
    assert lines[0].startswith("originn-desktop: unexpected error (RuntimeError); a crash report")
    reports = list((data_dir / "logs").glob("crash-*.txt"))
    assert len(reports) == 1 and "planted at start-up" in reports[0].read_text(encoding="utf-8")


def test_an_error_inside_qt_while_the_window_opens_ends_it_with_70(tmp_path, data_dir):
    """An error in a model's answer to Qt (no Python caller to raise into) would have shown the
    crash dialog, and nobody would ever close it."""
    done = program(
        data_dir,
        "--db",
        tmp_path / "r.db",
        "gui",
        "--quit-after-startup",
        prelude="""
            from PySide6.QtCore import QTimer
            from originn_desktop.ui.main_window import MainWindow
            shown = MainWindow.show
            def show(self):
                shown(self)
                QTimer.singleShot(0, lambda: [][1])
            MainWindow.show = show
        """,
    )
    assert done.returncode == 70, done.stderr
    assert done.stderr.count("unexpected error (IndexError)") == 1
    assert "Traceback" not in done.stderr
    assert list((data_dir / "logs").glob("crash-*.txt"))


def test_a_dialog_at_start_up_is_printed_instead_of_waiting(tmp_path, data_dir):
    done = program(
        data_dir,
        "--db",
        tmp_path / "r.db",
        "gui",
        "--quit-after-startup",
        prelude="""
            from PySide6.QtWidgets import QMessageBox
            from originn_desktop.ui.main_window import MainWindow
            built = MainWindow.__init__
            def init(self, *args, **kwargs):
                built(self, *args, **kwargs)
                QMessageBox.question(self, "Migrate", "The register will be migrated. Go on?")
            MainWindow.__init__ = init
        """,
    )
    assert done.returncode == 0, done.stderr
    assert said(done) == ["originn-desktop: The register will be migrated. Go on?"]


def test_another_window_on_the_register_is_said_not_asked(tmp_path, data_dir):
    from originn_desktop.ui.app import claim_database

    path = tmp_path / "r.db"
    open_database(str(path)).dispose()
    lock, other = claim_database(path)  # this process holds the register open
    assert other is None
    done = program(data_dir, "--db", path, "gui", "--quit-after-startup")
    del lock
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("originn-desktop: The register is already open in another")
    assert f"(process {os.getpid()})" in done.stderr


def test_the_days_first_start_leaves_a_whole_backup_named_by_that_day(tmp_path, data_dir):
    """The copy is made after the first paint, on a thread; the process still waits for it,
    so the day's backup is whole, and the day's second start makes none."""
    path = tmp_path / "R.db"
    on_the_day = f"import time_machine\ntime_machine.travel({NOW.isoformat()!r}, tick=True).start()"
    assert program(data_dir, "--db", path, "demo", prelude=on_the_day).returncode == 0
    for made in (data_dir / "backups").glob("*"):  # the command line's own, that day
        made.unlink()
    register = sqlite3.connect(path)
    people = register.execute("SELECT count(*) FROM participant").fetchone()[0]
    register.close()
    for _ in range(2):
        done = program(data_dir, "--db", path, "gui", "--quit-after-startup", prelude=on_the_day)
        assert done.returncode == 0, done.stderr

    made = list((data_dir / "backups").glob("R-*-daily-*.db"))
    assert [p.name.split("-daily-")[1][:8] for p in made] == [NOW.strftime("%Y%m%d")]
    assert not list((data_dir / "backups").glob("*.partial"))
    copy = sqlite3.connect(made[0])
    assert copy.execute("SELECT count(*) FROM participant").fetchone()[0] == people > 0
    copy.close()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows sends no SIGTERM to a window")
def test_sigterm_closes_the_program_as_its_quit_does(tmp_path, data_dir):
    """A logout or a shutdown ends the program with SIGTERM: the window closes as the menu's
    Quit closes it (its layout kept), the day's backup is whole and the second process ends
    with it, so nothing is left behind (killed outright, it left multiprocessing's semaphores
    and a half-made backup)."""
    path = tmp_path / "R.db"
    assert program(data_dir, "--db", path, "demo").returncode == 0
    prelude = textwrap.dedent(
        """
        from originn_desktop.ui.main_window import MainWindow
        shown = MainWindow.show
        def show(self):
            shown(self)
            print("shown", flush=True)
        MainWindow.show = show
        """
    )
    code = prelude + "\nimport sys\nfrom originn_desktop.cli.main import main\nsys.exit(main())\n"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORIGINN_DESKTOP_DATA_DIR": str(data_dir)}
    process = subprocess.Popen(
        [sys.executable, "-c", code, "--db", str(path), "gui"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "shown"
        time.sleep(1.5)  # the second process and the day's backup start after the first paint
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "leaked" not in err and "Traceback" not in err
    kept = "\n".join(p.read_text(errors="replace") for p in data_dir.rglob("*.ini"))
    assert "geometry" in kept  # the window's closeEvent ran
    assert not list((data_dir / "backups").glob("*.partial"))


def test_the_window_runs_with_the_garbage_collector_on(tmp_path, data_dir):
    """Start-up pauses the collector while the libraries load; the open window has it back,
    or a day's work would keep every cycle of objects it made."""
    watch = """
        import gc
        from PySide6.QtWidgets import QApplication
        looping = QApplication.exec
        def exec(*_app):  # QApplication.exec is static
            print("collector on:", gc.isenabled(), flush=True)
            return looping()
        QApplication.exec = exec
    """
    done = program(
        data_dir, "--db", tmp_path / "r.db", "gui", "--quit-after-startup", prelude=watch
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["collector on: True"]
