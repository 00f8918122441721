"""What the enrollment dialog is opened for: a module of its own, without Qt, so that the main
window names the modes at start-up and loads the dialog only when one opens."""

from __future__ import annotations

from enum import Enum


class Mode(Enum):
    ENROLL = "enroll"
    STATUS = "status"
    GRADE = "grade"
    WITHDRAW = "withdraw"
