"""Autosave support: which library sessions are still running, and what a recovered entry holds.

Unsaved work is written to the ``recovery`` table a few seconds after the last edit. After a
crash, the next start must offer it back, but it must never offer another *running* copy's
autosave as if it were lost. So each session holds an OS file lock (``flock`` on POSIX,
``msvcrt.locking`` on Windows) on ``<library>.sessions/<session>.lock`` for as long as it is
open. The OS drops the lock when the process dies, however it dies, so "the lock is free" means
exactly "that session is gone and its autosave is ours to recover".
"""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import Scenario


def sessions_dir(library: Path) -> Path:
    return library.with_name(library.name + ".sessions")


def _try_lock(fh: IO[bytes]) -> bool:
    """Take an exclusive lock without waiting; False if another open file holds it."""
    try:
        if sys.platform.startswith("win"):
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class SessionLock:
    """Held by a running library session; see the module docstring."""

    def __init__(self, library: Path, session: str) -> None:
        self.path = sessions_dir(library) / f"{session}.lock"
        self._fh: IO[bytes] | None = None

    def acquire(self) -> bool:
        """Take the lock; False (and no recovery protection) if the folder cannot be written."""
        try:
            self.path.parent.mkdir(exist_ok=True)
            fh = self.path.open("a+b")
        except OSError:
            return False
        if not _try_lock(fh):
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            self._fh.close()
        self._fh = None
        with contextlib.suppress(OSError):
            self.path.unlink()


def session_alive(library: Path, session: str) -> bool:
    """Is that session still running? (Its lock file is held by someone.)"""
    path = sessions_dir(library) / f"{session}.lock"
    try:
        fh = path.open("r+b")
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot tell: assume alive, never steal a running session's work
    with fh:  # if we got the lock, closing the file drops it again
        return not _try_lock(fh)


def forget_session(library: Path, session: str) -> None:
    """Remove a dead session's lock file once its autosaves are recovered or discarded."""
    with contextlib.suppress(OSError):
        (sessions_dir(library) / f"{session}.lock").unlink()


def dead_sessions(library: Path) -> list[str]:
    """Sessions that left a lock file behind and are no longer running (crashed)."""
    try:
        names = [p.stem for p in sessions_dir(library).glob("*.lock")]
    except OSError:
        return []
    return [n for n in names if not session_alive(library, n)]


def os_user() -> str:
    """The OS user name, for the author of revisions when the settings name nobody."""
    try:
        import getpass

        return getpass.getuser() or "unknown"
    except Exception:  # no user database entry, no env vars: still save
        return "unknown"


@dataclass(frozen=True)
class RecoveryEntry:
    """Unsaved work left by a session that ended without saving (a crash, a power cut)."""

    id: int
    session: str
    scenario_id: int | None  # None: a scenario never saved to the library
    scenario_name: str | None
    base_revision: int | None  # the revision the edits started from
    latest_revision: int | None  # the scenario's latest revision now
    saved_at: str
    author: str
    document: str  # the scenario document text, as autosaved

    @property
    def outdated(self) -> bool:
        """Someone saved the scenario after this work started: saving it will be a conflict."""
        return self.base_revision != self.latest_revision

    def scenario(self) -> Scenario:
        """The unsaved scenario, read and checked like a file (raises ``ScenarioFileError``)."""
        from negotiator_gui.io.scenario_file import parse_scenario_text

        return parse_scenario_text(
            self.document, tr("recovered work #{id}").format(id=self.id)
        ).scenario
