"""The scenario library: a SQLite database of scenarios and their immutable revisions.

Start with ``open_library()``; see ``library.py`` for the operations and ``docs/store.md`` for
where the library lives, what it keeps, recovery and conflicts.
"""

from negotiator_gui.store.diff import Diff, EntityChange, FieldChange, diff_scenarios
from negotiator_gui.store.errors import (
    Conflict,
    CorruptLibrary,
    DiskFull,
    InvalidScenario,
    LibraryBusy,
    LibraryError,
    MigrationFailed,
    NameTaken,
    NotALibrary,
    NotFound,
    ReadOnlyLibrary,
    SchemaTooNew,
)
from negotiator_gui.store.library import Library, RevisionInfo, ScenarioInfo
from negotiator_gui.store.location import (
    ENV_VAR,
    backups_of,
    default_library_path,
    library_path,
)
from negotiator_gui.store.lock import LibraryHeld
from negotiator_gui.store.opening import open_library, restore_backup
from negotiator_gui.store.recovery import RecoveryEntry

__all__ = [
    "ENV_VAR",
    "Conflict",
    "CorruptLibrary",
    "Diff",
    "DiskFull",
    "EntityChange",
    "FieldChange",
    "InvalidScenario",
    "Library",
    "LibraryBusy",
    "LibraryError",
    "LibraryHeld",
    "MigrationFailed",
    "NameTaken",
    "NotALibrary",
    "NotFound",
    "ReadOnlyLibrary",
    "RecoveryEntry",
    "RevisionInfo",
    "ScenarioInfo",
    "SchemaTooNew",
    "backups_of",
    "default_library_path",
    "diff_scenarios",
    "library_path",
    "open_library",
    "restore_backup",
]
