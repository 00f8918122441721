"""Starting the program: the platform check, the translations, and a real start-up."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from originn_desktop.ui.app import platform_problem

ROOT = Path(__file__).resolve().parents[2]


def test_no_display_is_one_line_with_the_fix():
    problem = platform_problem({}, "linux")
    assert problem is not None
    assert "no display" in problem.en and "\n" not in problem.en
    assert "ingen skärm" in problem.sv


def test_missing_qt_libraries_name_the_packages_to_install(monkeypatch):
    from originn_desktop.ui import app

    real = app.ctypes.CDLL

    def cdll(name, *args, **kwargs):
        if name in ("libxcb-icccm.so.4", "libxcb-cursor.so.0"):
            raise OSError(f"{name}: cannot open shared object file")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(app.ctypes, "CDLL", cdll)
    monkeypatch.setattr(app, "_local_display_missing", lambda _d: False)
    problem = platform_problem({"DISPLAY": ":0"}, "linux")
    assert problem is not None
    assert "sudo apt-get install" in problem.en
    assert "libxcb-cursor0" in problem.en and "libxcb-icccm4" in problem.en


def test_offscreen_and_other_systems_need_no_x_server():
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert platform_problem({}, "win32") is None


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_translation_sources_have_no_unfinished_entries(lang):
    tree = ET.parse(ROOT / "resources" / f"originn_desktop_{lang}.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert unfinished == []


def test_compiled_translations_match_their_sources():
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_gui_quit_after_startup_opens_the_window_and_exits_0(tmp_path, data_dir):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORIGINN_DESKTOP_DATA_DIR": str(data_dir)}
    db = str(tmp_path / "smoke.db")
    subprocess.run(
        [sys.executable, "-m", "originn_desktop", "--db", db, "demo"],
        env=env,
        check=True,
        capture_output=True,
    )
    done = subprocess.run(
        [sys.executable, "-m", "originn_desktop", "--db", db, "gui", "--quit-after-startup"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_gui_on_a_broken_database_says_so_in_one_line(tmp_path, data_dir):
    path = tmp_path / "broken.db"
    path.write_bytes(b"\x00garbage" * 512)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORIGINN_DESKTOP_DATA_DIR": str(data_dir)}
    done = subprocess.run(
        [sys.executable, "-m", "originn_desktop", "--db", str(path), "gui", "--quit-after-startup"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "not a readable database" in done.stderr and "Traceback" not in done.stderr
