"""``python -m originn_desktop``: the same as the ``originn-desktop`` command."""

import sys

from originn_desktop.cli.main import main

sys.exit(main())
