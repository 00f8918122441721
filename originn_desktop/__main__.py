"""``python -m originn_desktop`` and the packaged program: the same as ``originn-desktop``."""

import multiprocessing
import sys

from originn_desktop.cli.main import main

if __name__ == "__main__":
    # In the packaged program, certificate worker processes start this executable again.
    multiprocessing.freeze_support()
    sys.exit(main())
