"""Opening and writing scenario files: the steps the window's File menu and the CLI share.

Reading reports every problem of a file as ``ScenarioFileError`` (file, JSON path, what is
wrong); writing goes through ``io.atomic_write``, so the target is replaced whole or left as it
was (``OSError`` says why, ``os_error_text`` words it).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from negotiator_gui.core.model import Scenario
from negotiator_gui.core.redact import redact
from negotiator_gui.io.origin import Origin
from negotiator_gui.io.scenario_file import (
    SUFFIX,
    Loaded,
    ScenarioFileError,
    check_scenario,
    read_scenario,
    write_scenario,
)

#: What ``open_scenario`` returns: the scenario, the reader's warnings and the format version
#: it was migrated from (None when current).
LoadedScenario = Loaded

__all__ = [
    "SUFFIX",
    "LoadedScenario",
    "ScenarioFileError",
    "check_scenario",
    "export_scenario",
    "open_scenario",
    "save_scenario",
]


def open_scenario(path: str | os.PathLike[str]) -> LoadedScenario:
    """Read and check a scenario file (migrating an older format in memory only)."""
    return read_scenario(path)


def save_scenario(
    scenario: Scenario, path: str | os.PathLike[str], origin: Origin | None = None
) -> None:
    """Write ``scenario`` to ``path`` whole or not at all (the old file kept on failure);
    ``origin`` names the library revision it came from in the file."""
    write_scenario(scenario, path, origin)


def export_scenario(
    path: str | os.PathLike[str],
    scenario: Scenario,
    *,
    redacted: bool = False,
    keep_ranges: bool = False,
    cancel: Callable[[], None] | None = None,
    origin: Origin | None = None,
) -> Scenario:
    """Write a copy of ``scenario`` to share: with ``redacted``, without our side's weights,
    scores, reservation value and red lines, and without the other side's preference ranges
    unless ``keep_ranges`` (``core.redact``). ``cancel`` is called before the file is written
    and may raise to stop. ``origin`` (the library revision it came from) is written only in a
    copy that is not redacted: a redacted copy goes to the other side, and says nothing of our
    library. Returns the scenario written."""
    shared = redact(scenario, keep_ranges=keep_ranges) if redacted else scenario
    if cancel is not None:
        cancel()
    write_scenario(shared, path, None if redacted else origin)
    return shared
