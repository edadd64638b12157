"""Connections to a library file, made the same way wherever they are made: by the opening of a
library (``opening``: the read-only look before anything may write, then the library's own
connection) and by the library itself (``library``: a private connection for a write from
another thread). Its own module because ``opening`` builds on ``library``: the library must
not import the opening back to connect.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_TIMEOUT = 10.0  # seconds a write waits for another copy of the app to finish its own


def connect(path: Path, read_only: bool, timeout: float) -> sqlite3.Connection:
    """A connection to the library at ``path``: read-only (``query_only``; immutable when the
    folder cannot be written), or read-write in WAL mode with full sync; foreign keys on and
    the busy timeout set either way. Callers look it up through this module
    (``connection.connect``), so that a test can stand in for every connection at once."""
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
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a save that returned survives a power cut, not only a crash of the app.
        conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    return conn
