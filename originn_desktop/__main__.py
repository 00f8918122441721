"""``python -m originn_desktop`` and the packaged program: the same as ``originn-desktop``."""

import sys

from originn_desktop.cli.main import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # In the packaged program, certificate worker processes start this executable again.
        # (Only there: importing multiprocessing costs every command 10 ms.)
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
