"""Keeping identity numbers out of logs, crash reports and anything else written for support."""

from __future__ import annotations

import logging
import re
import unicodedata

# Any run of 10 or 12 digits, with or without a separator before the last four: the shapes a
# personnummer takes (and organisationsnummer, which are masked too: better one too many).
_IDENTITY_LIKE = re.compile(r"(?<!\d)(?:\d{2})?\d{6}\s*[-+\u2010-\u2015\u2212]?\s*\d{4}(?!\d)")


# The date part typed in pairs with single spaces ("80 04 20-1110", "19 80 04 20 1110"), as
# the personnummer parser accepts it; dates and times in log lines ("2026-11-27 13:01") do not
# have this shape.
_SPACED = re.compile(
    r"(?<!\d)(?:\d{2} ?)?\d{2} ?\d{2} ?\d{2}\s*[-+\u2010-\u2015\u2212]?\s*\d{2} ?\d{2}(?!\d)"
)


def scrub(text: str) -> str:
    """``text`` with every identity-number-like run of digits replaced by asterisks (written
    with any dash or spaces, in any Unicode digits)."""
    masked = _IDENTITY_LIKE.sub("**********", unicodedata.normalize("NFKC", text))
    return _SPACED.sub("**********", masked)


class ScrubbingFilter(logging.Filter):
    """A logging filter that scrubs identity numbers from every record before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
