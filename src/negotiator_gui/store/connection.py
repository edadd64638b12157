"""Connections to a library file, made the same way wherever they are made: by the opening of a
library (``opening``: the read-only look before anything may write, then the library's own
connection) and by the library itself (``library``: a private connection for a write from
another thread). Its own module because ``opening`` builds on ``library``: the library must
not import the opening back to connect.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from negotiator_gui.store import filesystem

BUSY_TIMEOUT = 10.0  # seconds a write waits for another copy of the app to finish its own


def connect(
    path: Path, read_only: bool, timeout: float, journal: str | None = None
) -> sqlite3.Connection:
    """A connection to the library at ``path``: read-only (``query_only``; immutable when the
    folder cannot be written), or read-write with full sync, in WAL mode on a local disk and
    with the rollback journal (``journal="DELETE"``) on a network drive, where WAL cannot work
    (``journal=None``: chosen by ``filesystem.journal_mode``); foreign keys on and the busy
    timeout set either way. Callers look it up through this module (``connection.connect``),
    so that a test can stand in for every connection at once."""
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # A WAL library in a folder we cannot write, with no -shm file to share: SQLite
            # can still read it if promised that nobody changes it meanwhile. (Nobody can: the
            # folder is read-only, so there is no write-ahead log with newer commits either.)
            conn.close()
            conn = sqlite3.connect(
                uri + "&immutable=1", uri=True, timeout=timeout, isolation_level=None
            )
        conn.execute("PRAGMA query_only = ON")
    else:
        conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
        _set_journal(conn, journal or filesystem.journal_mode(path))
        # FULL: a save that returned survives a power cut, not only a crash of the app.
        conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    return conn


def _set_journal(conn: sqlite3.Connection, mode: str) -> None:
    """Switch the journal mode. Leaving WAL checkpoints the log into the file first (SQLite
    does, and refuses with SQLITE_BUSY while another connection uses the file); a mode that
    did not take is an error, never a silent WAL on a network drive."""
    try:
        (got,) = conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()
    except BaseException:
        conn.close()
        raise
    if mode.upper() != "WAL" and str(got).lower() != mode.lower():
        conn.close()
        raise sqlite3.OperationalError(f"journal mode {mode} could not be set (it is {got})")
