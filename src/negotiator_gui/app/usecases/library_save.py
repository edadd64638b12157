"""A scenario file stored in the library: the step ``negotiator db import`` and File → Import →
Scenario file into the library share.

The file is read and checked first (``ScenarioFileError`` lists its problems, and nothing is
stored); the library then saves it as a new scenario, or as the next revision of ``into``
(``LibraryError`` when the library refuses: read-only, damaged, a name taken).
"""

from __future__ import annotations

import os

from negotiator_gui.store import Library, LibraryError, RevisionInfo

__all__ = ["LibraryError", "save_file_to_library"]


def save_file_to_library(
    library: Library,
    path: str | os.PathLike[str],
    name: str | None = None,
    message: str | None = None,
    *,
    into: int | None = None,
) -> RevisionInfo:
    """Store the scenario file ``path`` in ``library`` (named ``name``, default its title, with
    ``message``, default "Imported from FILE"); the revision saved."""
    return library.import_file(path, name, message, into=into)
