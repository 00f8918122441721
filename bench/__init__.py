"""Benchmarks: the program measured against the floor of the same work, in the same run.

Run everything with ``python -m bench``; see ``python -m bench --help``. Not part of the tests:
the test suite never asserts on time.
"""
