"""What can go wrong with the library, each with a message a user can act on.

Every error says what happened and what to do next (the "way forward"): open read-only, pick
another file, restore the automatic backup, free disk space. SQLite's own errors are translated
here, by their result code, so no caller has to parse SQLite's wording.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from negotiator_gui.core.i18n import tr


class LibraryError(Exception):
    """A library problem the user can do something about; ``str(error)`` is the whole message."""

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        self.path = path
        super().__init__(message)


class NotALibrary(LibraryError):
    """The file exists but is not a Negotiator library (not SQLite, or another program's)."""


class CorruptLibrary(LibraryError):
    """SQLite reports the file as damaged."""


class SchemaTooNew(LibraryError):
    """The library was upgraded by a newer Negotiator than this one."""


class MigrationFailed(LibraryError):
    """Upgrading the library failed; it was left as it was, and a backup exists."""


class ReadOnlyLibrary(LibraryError):
    """The library was opened read-only (by request or because its location is not writable)."""


class DiskFull(LibraryError):
    """The disk (or the size limit) is full; the change was not made."""


class LibraryBusy(LibraryError):
    """Another copy of Negotiator held the library for longer than the busy timeout."""


class NotFound(LibraryError):
    """No scenario or revision by that name or number."""


class NameTaken(LibraryError):
    """Another scenario in the library already has this name."""


class InvalidScenario(LibraryError):
    """A scenario that fails validation is not saved: it could not be opened again."""


class Conflict(LibraryError):
    """Saving on top of a revision that is no longer the latest.

    Nothing was saved. ``diff`` is what overwriting would change in the latest revision
    (latest → yours); ``their_changes`` is what was saved meanwhile (your base → latest). The
    caller then chooses: ``Library.save_as_branch`` (keep both) or ``Library.save(...,
    overwrite=True)`` (yours becomes the latest; theirs stays in the log).
    """

    def __init__(
        self,
        message: str,
        *,
        scenario_id: int,
        base: Any,
        latest: Any,
        diff: Any,
        their_changes: Any,
    ) -> None:
        super().__init__(message)
        self.scenario_id = scenario_id
        self.base = base
        self.latest = latest
        self.diff = diff
        self.their_changes = their_changes


#: Less free space than this on the library's disk, when SQLite reports an I/O error, means the
#: disk is full: SQLite reports most writes that hit a full disk as SQLITE_FULL, but not all
#: (growing the shared-memory file fails as SQLITE_IOERR_SHMSIZE, for one).
NEARLY_FULL = 1 << 20


def free_space(path: Path) -> int | None:
    """Bytes free on the disk holding ``path`` (its nearest existing folder); None if unknown."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _advice_backups(backups: list[Path]) -> str:
    if not backups:
        return ""
    return " " + tr(
        "The most recent automatic backup is {backup}; restore it with "
        "`negotiator db restore --backup {backup}`."
    ).format(backup=backups[-1])


def disk_full(path: Path) -> DiskFull:
    """The disk holding the library is full: what was being saved was rolled back."""
    return DiskFull(
        tr(
            "The disk holding {path} is full (or the library reached its size limit); nothing "
            "was changed. Free some space on that disk and try again, or save your scenario to "
            "a file on another disk."
        ).format(path=path),
        path=path,
    )


def damaged(path: Path, problems: Sequence[str], backups: list[Path]) -> CorruptLibrary:
    """A library that SQLite's check found damaged: nothing is written to it (a write could
    spread the damage), but what still reads can be saved elsewhere."""
    shown = "; ".join(problems[:3])
    if len(problems) > 3:
        shown = tr("{problems}; and {more} more").format(problems=shown, more=len(problems) - 3)
    if backups:
        way = tr(
            "Then restore the most recent automatic backup with `negotiator db restore "
            "--backup {backup}`, or move the damaged file away to start a new library there."
        ).format(backup=backups[-1])
    else:
        way = tr(
            "Then restore a copy of the library from your own backups, or move the damaged "
            "file away to start a new library there."
        )
    return CorruptLibrary(
        tr(
            "The library file {path} is damaged ({problems}). Nothing is saved in it, since "
            "writing could spread the damage; it was left as it was. Save what still reads "
            "to files first: open it from the library and save it as a file, or use "
            "`negotiator db export SCENARIO[@N] FILE` (`negotiator db list` names the "
            "scenarios, `negotiator db check` lists the damage)."
        ).format(path=path, problems=shown)
        + " "
        + way,
        path=path,
    )


def translate(exc: sqlite3.Error, path: Path, backups: list[Path] | None = None) -> LibraryError:
    """A SQLite error as a ``LibraryError`` that says what to do (by SQLite result code)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return disk_full(path)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "disk I/O error" in text:
        free = free_space(path)
        if free is not None and free < NEARLY_FULL:
            return disk_full(path)
    if text.startswith("Could not decode to UTF-8"):  # Python's sqlite3, on damaged text
        column = text.split("'")[1] if text.count("'") >= 2 else "?"
        text = tr("a text in column {column} is not UTF-8 any more").format(column=column)
        name = "SQLITE_CORRUPT"
    if name.startswith("SQLITE_CORRUPT") or name.startswith("SQLITE_NOTADB"):
        way = _advice_backups(backups or []) or " " + tr(
            "`negotiator db check` lists the damage; revisions that still read can be saved "
            "to files with `negotiator db export`."
        )
        return CorruptLibrary(
            tr(
                "{path}: the library file is damaged ({error}). It was left untouched. Open "
                "another library with --db (scenario files elsewhere are not affected)."
            ).format(path=path, error=text)
            + way,
            path=path,
        )
    if name.startswith("SQLITE_READONLY"):
        return ReadOnlyLibrary(
            tr(
                "{path}: the library cannot be written ({error}). Save your scenario to a file "
                "instead, or open a library in a writable place with --db."
            ).format(path=path, error=text),
            path=path,
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return LibraryBusy(
            tr(
                "{path}: another copy of Negotiator is busy with the library; nothing was "
                "changed. Try again in a moment."
            ).format(path=path),
            path=path,
        )
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return LibraryError(
            tr(
                "{path}: the library cannot be opened ({error}). Check that the folder exists "
                "and that you may use it, or choose another place with --db or NEGOTIATOR_DB."
            ).format(path=path, error=text),
            path=path,
        )
    if name.startswith("SQLITE_IOERR"):
        return LibraryError(
            tr(
                "{path}: the disk reported an error ({error}); nothing was changed. Check the "
                "disk or the network drive, then try again."
            ).format(path=path, error=text),
            path=path,
        )
    return LibraryError(f"{path}: {text}", path=path)
