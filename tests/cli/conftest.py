"""The command-line fixture `cli` lives in tests/conftest.py: the safety tests use it too."""
