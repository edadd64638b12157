"""Opening a library file, with every way it can go wrong turned into a way forward.

A missing file is created (with its folder); a file that is not SQLite, or is another program's
database, is refused before SQLite can misreport it; a location that cannot be written opens
read-only; an older schema is upgraded in one transaction after an automatic backup; a newer
schema is refused with the backup to go back to. ``restore_backup`` puts a backup in place,
keeping the replaced file aside.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from sqlite_utils import Database

from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.store import schema
from negotiator_gui.store.errors import (
    CorruptLibrary,
    LibraryError,
    MigrationFailed,
    NotALibrary,
    NotFound,
    ReadOnlyLibrary,
    SchemaTooNew,
    translate,
)
from negotiator_gui.store.library import Library
from negotiator_gui.store.location import backups_of, library_path

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT = 10.0  # seconds a write waits for another copy of the app to finish its own


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def writable(path: Path) -> bool:
    """Can the library be written here? The folder must be writable too: SQLite keeps its
    write-ahead log and shared-memory files next to the database."""
    if path.exists():
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def _check_file(path: Path) -> None:
    """Refuse, with a clear message, what SQLite would open and then misreport."""
    if path.is_dir():
        raise NotALibrary(
            tr("{path}: is a folder, not a library file. Choose a file with --db.").format(
                path=path
            )
        )
    if not path.exists():
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise LibraryError(
            tr("{path}: cannot be read ({error}).").format(path=path, error=exc.strerror or exc),
            path=path,
        ) from None
    if head and head != SQLITE_MAGIC:  # an empty file is a new library, for SQLite too
        backups = backups_of(path)
        hint = (
            " "
            + tr(
                "If it was your library, it is damaged: restore a backup with "
                "`negotiator db restore --backup {backup}`."
            ).format(backup=backups[-1])
            if backups
            else ""
        )
        raise NotALibrary(
            tr(
                "{path}: is not a Negotiator library (it is not an SQLite database file). "
                "Choose another file with --db or NEGOTIATOR_DB, or move this one away."
            ).format(path=path)
            + hint,
            path=path,
        )


def _connect(path: Path, read_only: bool, timeout: float) -> sqlite3.Connection:
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


def _take_backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A consistent copy of the library (SQLite's online backup) before a migration."""
    target = path.with_name(f"{path.stem}.backup-v{version}-{_stamp()}.sqlite")
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def _migrate(db: Database, path: Path, steps: Sequence[schema.Step]) -> Path | None:
    """Bring the library to the newest schema, in one transaction, after a backup."""
    conn = db.conn
    state = schema.schema_state(db, steps)
    backup = _take_backup(conn, path, state.version) if state.version > 0 else None
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            schema.migrations(steps).apply(db)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except Exception as exc:
        if state.version == 0 and isinstance(exc, sqlite3.Error):
            raise translate(exc, path, backups_of(path)) from None
        kept = " " + tr("A backup was taken first: {backup}.").format(backup=backup)
        raise MigrationFailed(
            tr(
                "{path}: upgrading the library from schema version {version} failed "
                "({error}); it was left as it was."
            ).format(path=path, version=state.version, error=f"{type(exc).__name__}: {exc}")
            + (kept if backup else ""),
            path=path,
        ) from exc
    return backup


def open_library(
    path: str | os.PathLike[str] | None = None,
    *,
    read_only: bool = False,
    author: str | None = None,
    create: bool = True,
    timeout: float = BUSY_TIMEOUT,
    steps: Sequence[schema.Step] = schema.STEPS,
) -> Library:
    """Open (and create or upgrade) the library at ``path`` (default: ``--db``/env/data dir).

    A library whose location cannot be written is opened read-only rather than refused;
    ``Library.read_only_reason`` says why. Every failure is a ``LibraryError`` whose message
    says what to do. ``steps`` is for tests of the migration mechanism.
    """
    p = library_path(path)
    _check_file(p)
    reason = N_("opened read-only") if read_only else None
    if reason is None and not writable(p):
        reason = N_("its location cannot be written")
    if not p.exists() or p.stat().st_size == 0:
        if reason and not p.exists():
            raise LibraryError(
                tr(
                    "{path}: there is no library here, and none can be created ({reason}). "
                    "Choose another place with --db or NEGOTIATOR_DB."
                ).format(path=p, reason=tr(reason)),
                path=p,
            )
        if not create:
            raise NotFound(tr("{path}: there is no library here.").format(path=p), path=p)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(
                tr(
                    "{path}: the folder cannot be created ({error}). Choose another place "
                    "with --db or NEGOTIATOR_DB."
                ).format(path=p, error=exc.strerror or exc),
                path=p,
            ) from None
    try:
        conn = _connect(p, reason is not None, timeout)
    except sqlite3.Error as exc:
        raise translate(exc, p, backups_of(p)) from None
    db = Database(conn, execute_plugins=False)
    try:
        state = schema.schema_state(db, steps)
        newest = steps[-1].version
        if state.foreign:
            raise NotALibrary(
                tr(
                    "{path}: is an SQLite database made by another program, not a Negotiator "
                    "library. Choose another file with --db or NEGOTIATOR_DB."
                ).format(path=p),
                path=p,
            )
        if state.unknown or state.version > newest:
            backups = [b for b in backups_of(p) if _backup_version(b) <= newest]
            if backups:
                text = tr(
                    "{path}: was upgraded by a newer version of Negotiator (it has schema "
                    "changes {changes} that this version, which knows up to schema version "
                    "{newest}, does not). Update Negotiator to use it, choose another library "
                    "with --db or restore the backup taken before it was upgraded "
                    "(`negotiator db restore --backup {backup}`; later work is not in it)."
                )
            else:
                text = tr(
                    "{path}: was upgraded by a newer version of Negotiator (it has schema "
                    "changes {changes} that this version, which knows up to schema version "
                    "{newest}, does not). Update Negotiator to use it, choose another library "
                    "with --db."
                )
            raise SchemaTooNew(
                text.format(
                    path=p,
                    changes=", ".join(state.unknown) or state.version,
                    newest=newest,
                    backup=backups[-1] if backups else "",
                ),
                path=p,
            )
        if state.version < newest:
            if reason is not None:
                raise ReadOnlyLibrary(
                    tr(
                        "{path}: needs upgrading from schema version {version}, but it is "
                        "{reason}. Copy it to a writable place and open the copy with --db."
                    ).format(path=p, version=state.version, reason=tr(reason)),
                    path=p,
                )
            _migrate(db, p, steps)
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, p, backups_of(p)) from None
    except BaseException:
        conn.close()
        raise
    return Library(db, p, read_only_reason=reason, author=author, steps=steps)


def _backup_version(path: Path) -> int:
    try:
        return int(path.name.rsplit(".backup-v", 1)[1].split("-", 1)[0])
    except (IndexError, ValueError):
        return 0


def restore_backup(
    backup: str | os.PathLike[str], path: str | os.PathLike[str] | None = None
) -> Path | None:
    """Put a backup in place of the library; the current file is kept aside, never deleted.

    Returns the path the replaced library was moved to (None if there was none). Close other
    copies of Negotiator first: they would keep working on the file that was moved aside.
    """
    src = Path(backup)
    target = library_path(path)
    if not src.is_file():
        raise NotFound(tr("{path}: no such backup file.").format(path=src), path=src)
    _check_file(src)
    try:
        conn = _connect(src, True, BUSY_TIMEOUT)
        try:
            state = schema.schema_state(Database(conn, execute_plugins=False))
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise translate(exc, src) from None
    if state.foreign or state.version == 0:
        raise NotALibrary(
            tr("{path}: is not a Negotiator library backup.").format(path=src), path=src
        )
    if state.unknown or state.version > schema.SCHEMA_VERSION:
        raise SchemaTooNew(
            tr("{path}: was made by a newer version of Negotiator.").format(path=src), path=src
        )
    if ok != "ok":
        raise CorruptLibrary(
            tr("{path}: the backup is damaged too ({error}).").format(path=src, error=ok),
            path=src,
        )
    aside = None
    if target.exists():
        aside = target.with_name(f"{target.stem}.replaced-{_stamp()}.sqlite")
        for suffix in ("", "-wal", "-shm"):
            old = Path(str(target) + suffix)
            if old.exists():
                os.replace(old, Path(str(aside) + suffix))
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(src.resolve().as_uri() + "?mode=ro", uri=True)
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = WAL")
    finally:
        source.close()
        dest.close()
    return aside
