"""ORIGINN Desktop: the register, the 15-participant minimum and the certificates of the
ORIGINN micro-credentials, offline on the coordinator's own computer."""

__version__ = "0.1.0"
APP_NAME = "ORIGINN Desktop"
