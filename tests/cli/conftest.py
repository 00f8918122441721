import pytest

from originn_desktop.cli.main import main


@pytest.fixture
def cli(db_path, capsys):
    """Run ``originn-desktop --db <fresh db> ARGS``; returns (exit status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", str(db_path), *args])
        except SystemExit as exc:  # argparse's own exits: --help, --version, usage errors
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run
