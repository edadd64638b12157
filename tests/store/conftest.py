"""Fixtures for the library tests: every library is a new file under ``tmp_path``."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import small_scenario
from negotiator_gui.store import Library, open_library


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def lib(db_path: Path):
    with open_library(db_path, author="Tester") as library:
        yield library


@pytest.fixture
def saved(lib: Library):
    """A library holding the small test scenario as revision 1; returns (lib, revision)."""
    return lib, lib.create(small_scenario(), message="first")
