"""The scenario library as the window uses it: the store's names it needs, in the app layer.

The ui may not import the store (an import-linter contract): the library controller, the
settings dialog and the settings keys take these names from here. Opening, saving and the
conflict they can raise are the store's own (re-exported, not wrapped), so a message reads the
same in the window and in ``negotiator db``; saving goes through ``usecases.library_save``.
"""

from __future__ import annotations

from negotiator_gui.io.scenario_file import ScenarioFileError, parse_scenario_text
from negotiator_gui.store import Conflict, LibraryError, LibraryHeld, library_path, open_library
from negotiator_gui.store.location import FILE_NAME
from negotiator_gui.store.opening import writable
from negotiator_gui.store.recovery import os_user

__all__ = [
    "FILE_NAME",
    "Conflict",
    "LibraryError",
    "LibraryHeld",
    "ScenarioFileError",
    "library_path",
    "open_library",
    "os_user",
    "parse_scenario_text",
    "writable",
]
