"""Fixtures for the use-case tests: no Qt, every file written by the test in tmp_path."""

from __future__ import annotations

import pytest

from factories import small_scenario


@pytest.fixture
def scenario():
    """The small test scenario: parties US, JP and CN; 7 flows in USD for 2024."""
    return small_scenario()


@pytest.fixture
def library(tmp_path):
    """An empty library in tmp_path, its saves by "test"."""
    from negotiator_gui.store import open_library

    lib = open_library(tmp_path / "library.sqlite", author="test")
    yield lib
    lib.close()
