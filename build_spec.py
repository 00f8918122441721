"""Build ORIGINN Desktop with PyInstaller, for the platform this runs on.

    python build_spec.py             # one folder: dist/originn-desktop/originn-desktop[.exe]
    python build_spec.py --onefile   # one file:   dist/originn-desktop[.exe]

PyInstaller itself only reads .spec files; this driver calls its API with the arguments a spec
would hold: the version from the package, the package data (fonts, translations, icons, the
Alembic migrations as source), and the Qt modules the program does not use left out.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
NAME = "originn-desktop"

# Qt modules the program never imports: PyInstaller would otherwise bundle their libraries.
QT_EXCLUDES = [
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtSvgWidgets",
    "PySide6.QtConcurrent",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtLabsStyleKit",
]
# Development tools and test libraries that must not ride along.
OTHER_EXCLUDES = [
    "tkinter",
    "pytest",
    "hypothesis",
    "pypdf",
    "mypy",
    "ruff",
    "IPython",
    "numpy",
    "PyInstaller",
    # Pillow's AVIF codec (5 MB) and Tk bridge: the program reads PNG and JPEG only.
    "PIL._avif",
    "PIL._imagingtk",
    # lxml is here for svglib, which uses lxml.etree alone.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from originn_desktop import __version__

    return __version__


def windows_version_file(target: Path, text_version: str) -> Path:
    """The version resource Windows shows in the file's properties."""
    numbers = tuple(int(p) for p in [*text_version.split("."), "0", "0", "0"][:4])
    target.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041D04B0', [
      StringStruct('CompanyName', 'ORIGINN Desktop'),
      StringStruct('FileDescription', 'ORIGINN Desktop: deltagarregister och intyg för mikromeriter'),
      StringStruct('FileVersion', '{text_version}'),
      StringStruct('InternalName', '{NAME}'),
      StringStruct('OriginalFilename', '{NAME}.exe'),
      StringStruct('ProductName', 'ORIGINN Desktop'),
      StringStruct('ProductVersion', '{text_version}')])]),
    VarFileInfo([VarStruct('Translation', [0x041D, 1200, 0x0409, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return target


def arguments(onefile: bool, work: Path) -> list[str]:
    sep = os.pathsep
    package = ROOT / "originn_desktop"
    args = [
        str(package / "__main__.py"),
        "--name",
        NAME,
        "--noconfirm",
        "--clean",
        "--console",  # one program for the window and the command line; see README
        "--distpath",
        str(ROOT / "dist"),
        "--workpath",
        str(work),
        "--specpath",
        str(work),
        "--icon",
        str(package / "resources" / "icons" / "originn-desktop.ico"),
        # Package data, found at run time through importlib.resources.
        "--add-data",
        f"{package / 'resources'}{sep}originn_desktop/resources",
        # Alembic reads the migrations as source files from their folder.
        "--add-data",
        f"{package / 'db' / 'migrations'}{sep}originn_desktop/db/migrations",
        "--collect-submodules",
        "alembic",
        "--collect-submodules",
        "originn_desktop",
        "--collect-data",
        "pypdfium2_raw",
        "--collect-binaries",
        "pypdfium2_raw",
        "--collect-data",
        "pypdfium2",
        "--collect-data",
        "reportlab",
        "--hidden-import",
        "_rl_accel",
        "--onefile" if onefile else "--onedir",
    ]
    for module in QT_EXCLUDES + OTHER_EXCLUDES:
        args += ["--exclude-module", module]
    if platform.system() == "Windows":
        args += ["--version-file", str(windows_version_file(work / "version.txt", version()))]
    return args


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one executable instead of a folder")
    options = parser.parse_args()
    import PyInstaller.__main__

    work = ROOT / "build" / "pyinstaller"
    work.mkdir(parents=True, exist_ok=True)
    PyInstaller.__main__.run(arguments(options.onefile, work))
    result = (
        ROOT
        / "dist"
        / (NAME if not options.onefile else NAME + (".exe" if os.name == "nt" else ""))
    )
    if platform.system() == "Linux" and result.is_dir():
        shutil.copy(
            ROOT / "resources" / "originn-desktop.desktop", result / "originn-desktop.desktop"
        )
        shutil.copy(
            ROOT / "originn_desktop" / "resources" / "icons" / "originn-desktop.png",
            result / "originn-desktop.png",
        )
    print(f"build_spec: {result} ({size_of(result) / 1_048_576:.0f} MB), version {version()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
