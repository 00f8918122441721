"""The packaged program (PyInstaller) works with nothing else installed.

Builds dist/originn-desktop with build_spec.py (about a minute) and runs the frozen executable:
the command line, migrations, certificates with the bundled fonts, and the window.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller")
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EXE = (
    ROOT
    / "dist"
    / "originn-desktop"
    / ("originn-desktop.exe" if os.name == "nt" else "originn-desktop")
)


@pytest.fixture(scope="module")
def frozen() -> Path:
    done = subprocess.run(
        [sys.executable, str(ROOT / "build_spec.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert EXE.exists()
    return EXE


def test_the_build_is_small_enough(frozen):
    folder = frozen.parent
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    # 257 MB on Linux: Qt and its ICU data are 100 MB of it; the PostgreSQL driver (psycopg's
    # own libpq, 10 MB) rides along so a coordinator on a shared register needs nothing else.
    assert size < 270 * 1_048_576
    assert not list(folder.rglob("libQt6Quick*"))  # unused Qt modules are left out
    if sys.platform.startswith("linux"):
        assert (folder / "originn-desktop.desktop").read_text().startswith("[Desktop Entry]")


def test_the_frozen_program_runs_without_python(frozen, tmp_path, shared_data):
    # A clean environment: no virtual environment, no PYTHONPATH, the build's own data directory.
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "ORIGINN_DESKTOP_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    db = str(tmp_path / "f.db")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(frozen), "--db", db, *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
        )

    assert run("--version").stdout.startswith("originn-desktop ")
    assert run("demo").returncode == 0  # creating the database runs every migration
    assert (
        run("module", "add", "C1", "--title-sv", "Intyg", "--title-en", "Certificate").returncode
        == 0
    )
    assert (
        run(
            "import", str(shared_data / "roster_excel_semicolon_cp1252.csv"), "--module", "C1"
        ).returncode
        == 3
    )
    assert run("complete", "--module", "C1", "--all").returncode == 0
    certs = run("certificates", "--module", "C1", "--out", str(tmp_path / "certs"), "--json")
    assert certs.returncode == 0, certs.stderr
    pdfs = list((tmp_path / "certs").glob("*.pdf"))
    assert len(pdfs) == 5
    from pypdf import PdfReader

    text = PdfReader(pdfs[0]).pages[0].extract_text()
    assert "Intyg om mikromerit" in text
    fonts = PdfReader(pdfs[0]).pages[0]["/Resources"]["/Font"]
    assert all("DejaVu" in str(f.get_object()["/BaseFont"]) for f in fonts.values())
    assert run("report", "--out", str(tmp_path / "r.xlsx")).returncode == 0
    gui = run("gui", "--quit-after-startup")
    assert gui.returncode == 0, gui.stderr
