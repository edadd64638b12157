"""Output files that appear whole or not at all: every writer of a file goes through here.

A writer fills a temporary file in the target's folder (so the final rename stays on one disk and
is atomic); the file may then be read back (``check``) and only then replaces the target. On any
failure — a full disk, a check that fails, Ctrl+C — the temporary file is removed and the target
is left as it was: a failed export never leaves half a file, nor destroys an older one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from negotiator_gui.core.i18n import tr

#: Errors that mean the disk (or the user's quota on it) is full.
_FULL = {errno.ENOSPC} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set())


class OutputCheckError(Exception):
    """A file was written but could not be read back, so it was not put in place. Our fault,
    not the user's: the message says what failed."""


def os_error_text(exc: OSError) -> str:
    """What went wrong, in words a user can act on (a full disk is named as such)."""
    if exc.errno in _FULL:
        return tr("the disk is full: free some space or choose another folder")
    return exc.strerror or str(exc)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def final_mode(path: Path) -> int:
    """The permissions a written file gets: those of the file it replaces, else the usual ones
    of a new file (not the private mode of a temporary file: outputs are meant to be shared)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def temp_beside(path: str | os.PathLike[str]) -> Path:
    """A new, empty temporary file in ``path``'s folder (``.NAME.XXXX.tmp``). Creating it first
    makes an unwritable folder fail before any work is done."""
    p = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    os.close(fd)
    return Path(tmp)


def discard(tmp: str | os.PathLike[str]) -> None:
    """Remove a temporary file (best effort: this runs on failure paths)."""
    with contextlib.suppress(OSError):
        Path(tmp).unlink(missing_ok=True)


def commit(
    tmp: str | os.PathLike[str], path: str | os.PathLike[str], *, sync: bool = False
) -> None:
    """Move the finished ``tmp`` over ``path`` (removing ``tmp`` if that fails); ``sync`` also
    makes the rename durable."""
    p = Path(path)
    try:
        os.chmod(tmp, final_mode(p))
        os.replace(tmp, p)
    except BaseException:
        discard(tmp)
        raise
    if sync:
        _sync_folder(p.parent)


@contextlib.contextmanager
def atomic_path(
    path: str | os.PathLike[str],
    *,
    check: Callable[[Path], None] | None = None,
    sync: bool = False,
) -> Iterator[Path]:
    """``with atomic_path(out) as tmp:`` write ``tmp``; when the block ends normally,
    ``check(tmp)`` (raising if the file is not right) and ``tmp`` replaces ``out``. Whatever
    goes wrong, KeyboardInterrupt included, ``tmp`` is removed and ``out`` is left alone."""
    tmp = temp_beside(path)
    try:
        yield tmp
        if check is not None:
            check(tmp)
    except BaseException:
        discard(tmp)
        raise
    commit(tmp, path, sync=sync)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` atomically and durably (flushed to the disk before the rename)."""
    with atomic_path(path, sync=True) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
