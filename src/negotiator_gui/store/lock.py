"""The lock record of a library on a shared drive: who has it open for writing, and since when.

On a network file system SQLite's own locks cannot be trusted, so a library there is written
by one desk at a time, and that desk says so in a small file next to it,
``<library>.lock`` (JSON: user, host, pid, since). The file appears atomically and whole (a
hard link of a draft, or ``O_CREAT|O_EXCL`` where links are not supported), operations network
file systems do carry out atomically: of two desks opening at once, exactly one creates it. It
is removed when the library is closed. A record left by a copy of Negotiator that crashed on
this computer (same host, that process is gone) is taken over; one left by another computer
cannot be judged from here, so the other desk is named and the user decides: open read-only,
or, if that desk is surely not using it, take over (``take_over=True``).

Within one process the record is shared: opening the same library twice (a relocation to the
same place, the command line in a test) must not lock the process out of its own library.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
import threading
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from negotiator_gui.core.i18n import tr
from negotiator_gui.store.errors import LibraryBusy
from negotiator_gui.store.recovery import os_user


def record_path(library: Path) -> Path:
    return library.with_name(library.name + ".lock")


def host_name() -> str:
    """This computer's name (no network look-up: the name the OS was given)."""
    try:
        import socket  # here, not at start-up: a few milliseconds off every start

        return socket.gethostname() or "unknown"
    except OSError:
        return "unknown"


@dataclass(frozen=True)
class Holder:
    """Who holds a library (the content of its lock record)."""

    user: str
    host: str
    pid: int
    since: str  # UTC, ISO 8601

    @classmethod
    def me(cls) -> Holder:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return cls(os_user(), host_name(), os.getpid(), now)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def parse(cls, text: str) -> Holder | None:
        try:
            data = json.loads(text)
            return cls(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
        except (ValueError, KeyError, TypeError):
            return None

    def is_this_process(self) -> bool:
        return self.host == host_name() and self.pid == os.getpid()


def pid_alive(pid: int) -> bool:
    """Is process ``pid`` running on this computer? (When unsure: yes, never take over a live
    copy's library.)"""
    if pid <= 0:
        return False
    if sys.platform.startswith("win"):
        try:
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
            if not handle:
                return kernel32.GetLastError() == 5  # access denied: it exists
            try:
                code = ctypes.c_ulong()
                if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                    return True
                return code.value == 259  # STILL_ACTIVE
            finally:
                kernel32.CloseHandle(handle)
        except (AttributeError, OSError):
            return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process (EPERM): it exists
    return True


class LibraryHeld(LibraryBusy):
    """Another desk (or another copy of Negotiator) has the library open for writing."""

    def __init__(self, message: str, *, path: Path, holder: Holder | None, record: Path) -> None:
        super().__init__(message, path=path)
        self.holder = holder
        self.record = record


def read_holder(library: Path) -> Holder | None:
    """The holder written in the library's lock record; None if there is none or it cannot be
    read (being written this very moment, or damaged)."""
    try:
        return Holder.parse(record_path(library).read_text(encoding="utf-8"))
    except OSError:
        return None


def held_error(library: Path, holder: Holder | None) -> LibraryHeld:
    record = record_path(library)
    if holder is None:
        text = tr(
            "{path}: another copy of Negotiator has this library open for writing (its lock "
            "record {record} cannot be read). You can open it read-only. If nobody is using "
            "it, delete {record} and open it again."
        ).format(path=library, record=record)
    else:
        text = tr(
            "{path}: {user} on computer {host} has had this library open for writing since "
            "{since} (UTC). It is on a shared drive, where only one computer may write at a "
            "time. You can open it read-only. If {user} is no longer using it (Negotiator "
            "crashed on that computer), delete {record} and open it again."
        ).format(
            path=library,
            user=holder.user,
            host=holder.host,
            since=holder.since.replace("T", " ").rstrip("Z"),
            record=record,
        )
    return LibraryHeld(text, path=library, holder=holder, record=record)


_held: dict[Path, int] = {}  # lock records this process holds, with how many opens use each
_mutex = threading.Lock()


#: A record that still cannot be read this long after it was last written was left half-made
#: by a copy that died creating it (a live one writes it within milliseconds).
UNREADABLE_STALE = 60.0


def _write_new(path: Path, data: bytes) -> None:
    """Create ``path`` (failing if it exists) holding ``data``, on disk."""
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o644)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _abandoned(record: Path) -> bool:
    """Is this unreadable record one a copy left half-made when it died?"""
    try:
        age = time.time() - record.stat().st_mtime
    except OSError:
        return False
    return age > UNREADABLE_STALE


class LockRecord:
    """This process's hold on a library's lock record; ``release`` when the library closes."""

    def __init__(self, library: Path) -> None:
        self.library = library
        self.path = record_path(library)
        self._key = Path(os.path.abspath(self.path))
        self._held = False

    def acquire(self, *, take_over: bool = False) -> None:
        """Create the record, or raise ``LibraryHeld`` naming who has it (again: nothing)."""
        if self._held:
            return
        with _mutex:
            if _held.get(self._key):
                _held[self._key] += 1
                self._held = True
                return
            if not self._create():
                holder = read_holder(self.library)
                if holder is None:
                    stale = _abandoned(self.path)
                else:
                    stale = holder.host == host_name() and (
                        holder.pid == os.getpid() or not pid_alive(holder.pid)
                    )
                if not (take_over or stale) or not self._take_over(holder):
                    raise held_error(self.library, holder)
            _held[self._key] = 1
            self._held = True
            self._sweep()

    def _sweep(self) -> None:
        """Remove drafts and set-aside records that copies killed half-way left behind."""
        with contextlib.suppress(OSError):
            for pattern in (".*.new", ".*.old"):
                for left in self.path.parent.glob(self.path.name + pattern):
                    if _abandoned(left):
                        with contextlib.suppress(OSError):
                            left.unlink()

    def _create(self) -> bool:
        """Create the record atomically, whole; False if it exists already.

        The record is written to a file of its own first and then linked into place (a hard
        link fails if the name exists, atomically, on NFS too): a copy killed half-way leaves
        no record, or a whole one, never an empty one nobody could judge. Where links are not
        supported (some SMB shares) it is created with ``O_EXCL`` and written at once."""
        text = Holder.me().to_json().encode("utf-8")
        draft = self.path.with_name(f"{self.path.name}.{uuid.uuid4().hex}.new")
        try:
            _write_new(draft, text)
            try:
                os.link(draft, self.path)
                return True
            except FileExistsError:
                return False
            except OSError:
                pass  # no hard links here
        finally:
            with contextlib.suppress(OSError):
                draft.unlink()
        try:
            _write_new(self.path, text)
        except FileExistsError:
            return False
        return True

    def _take_over(self, seen: Holder | None) -> bool:
        """Move the old record aside and create ours. Moving is atomic: of two copies taking
        over at once one moves it; the other finds either nothing (and retries the creation,
        which only one wins) or a record that is not the one it judged (and gives up)."""
        aside = self.path.with_name(f"{self.path.name}.{uuid.uuid4().hex}.old")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return self._create()
        except OSError:
            return False
        try:
            moved = Holder.parse(aside.read_text(encoding="utf-8"))
        except OSError:
            moved = None
        if seen is not None and moved != seen:  # someone took it over just before us
            with contextlib.suppress(OSError):
                if not self.path.exists():
                    os.replace(aside, self.path)
            return False
        with contextlib.suppress(OSError):
            aside.unlink()
        return self._create()

    def release(self) -> None:
        """Give the library back: remove the record once the last open in this process closes
        (only if it is still ours: a desk that took it over keeps its own)."""
        if not self._held:
            return
        self._held = False
        with _mutex:
            left = _held.get(self._key, 1) - 1
            if left > 0:
                _held[self._key] = left
                return
            _held.pop(self._key, None)
            holder = read_holder(self.library)
            if holder is not None and holder.is_this_process():
                with contextlib.suppress(OSError):
                    self.path.unlink()
