"""The one clock the tests run on: every test starts at ``NOW`` (``conftest.clock``), and a test
that needs another day moves the clock rather than passing a date the real clock contradicts."""

from __future__ import annotations

import datetime as dt

NOW = dt.datetime(2026, 11, 27, 10, 0, 0)
TODAY = NOW.date()
