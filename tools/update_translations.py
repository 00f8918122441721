"""Refresh the Qt Linguist sources from the code and compile them into the package.

    python tools/update_translations.py          # lupdate, then lrelease
    python tools/update_translations.py --check  # fail if a .qm is stale or a text unfinished

The .ts files in resources/ are the sources (edit them with pyside6-linguist); the compiled .qm
files are committed in originn_desktop/resources/translations, so an install needs no Qt tools.
"""

from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources"
COMPILED = ROOT / "originn_desktop" / "resources" / "translations"
LANGUAGES = ("sv", "en")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def ts_file(lang: str) -> Path:
    return SOURCES / f"originn_desktop_{lang}.ts"


def compile_to(folder: Path) -> None:
    for lang in LANGUAGES:
        subprocess.run(
            [
                tool("lrelease"),
                "-silent",
                str(ts_file(lang)),
                "-qm",
                str(folder / f"originn_desktop_{lang}.qm"),
            ],
            check=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            compile_to(Path(tmp))
            stale = [
                lang
                for lang in LANGUAGES
                if not filecmp.cmp(
                    Path(tmp) / f"originn_desktop_{lang}.qm",
                    COMPILED / f"originn_desktop_{lang}.qm",
                    shallow=False,
                )
            ]
        if stale:
            print(f"stale .qm for {', '.join(stale)}: run python tools/update_translations.py")
            return 1
        return 0
    code = sorted(str(p) for p in (ROOT / "originn_desktop" / "ui").glob("*.py"))
    subprocess.run(
        [
            tool("lupdate"),
            "-no-obsolete",
            *code,
            "-ts",
            *(str(ts_file(lang)) for lang in LANGUAGES),
        ],
        check=True,
    )
    COMPILED.mkdir(parents=True, exist_ok=True)
    compile_to(COMPILED)
    return 0


if __name__ == "__main__":
    sys.exit(main())
