"""Opening a library file, with every way it can go wrong turned into a way forward.

A missing file is created (with its folder). A file that is not ours is never written: its
header is read first (SQLite's own, with the application id every library carries), and a file
that is not SQLite, or is another program's database, is refused before any SQLite connection
that could write (switching to WAL, rolling back a journal, checkpointing a log) is made. An
existing library is then looked at through a read-only connection: to be opened for writing it
must pass SQLite's quick check, else it opens read-only and refuses every write with the way
forward. A location that cannot be written opens read-only; an older schema is upgraded in one
transaction after an automatic backup; a newer schema is refused with the backup to go back
to. ``restore_backup`` puts a backup in place, keeping the replaced file aside.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.store import connection, filesystem, schema
from negotiator_gui.store.connection import BUSY_TIMEOUT
from negotiator_gui.store.errors import (
    CorruptLibrary,
    LibraryError,
    MigrationFailed,
    NotALibrary,
    NotFound,
    ReadOnlyLibrary,
    SchemaTooNew,
    damaged,
    translate,
)
from negotiator_gui.store.library import Library
from negotiator_gui.store.location import backups_of, library_path
from negotiator_gui.store.lock import LockRecord

SQLITE_MAGIC = b"SQLite format 3\x00"


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


def _unreadable(path: Path, exc: OSError) -> LibraryError:
    return LibraryError(
        tr("{path}: cannot be read ({error}).").format(path=path, error=exc.strerror or exc),
        path=path,
    )


def _was_library_hint(path: Path) -> str:
    """For a file that is not (or no longer) a library: if backups of a library of this name
    sit next to it, it probably was one, now damaged; say how to restore it."""
    backups = backups_of(path)
    if not backups:
        return ""
    return " " + tr(
        "If it was your library, it is damaged: restore a backup with "
        "`negotiator db restore --backup {backup}`."
    ).format(backup=backups[-1])


def _refused(path: Path, message: str) -> NotALibrary:
    return NotALibrary(message.format(path=path) + _was_library_hint(path), path=path)


def _not_sqlite(path: Path) -> NotALibrary:
    return _refused(
        path,
        tr(
            "{path}: is not a Negotiator library (it is not an SQLite database file). "
            "Choose another file with --db or NEGOTIATOR_DB, or move this one away."
        ),
    )


def _foreign(path: Path) -> NotALibrary:
    return _refused(
        path,
        tr(
            "{path}: is an SQLite database made by another program, not a Negotiator "
            "library; it was not changed. Choose another file with --db or NEGOTIATOR_DB."
        ),
    )


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
        raise _unreadable(path, exc) from None
    if head and head != SQLITE_MAGIC:  # an empty file is a new library, for SQLite too
        raise _not_sqlite(path)


#: The file header (100 bytes) and the page header of page 1, which holds the schema.
HEADER_SIZE = 108
_LEAF_TABLE_PAGE = 0x0D


def _has_log(path: Path) -> bool:
    """Does the file have a write-ahead log or a rollback journal with something in it (so
    its header may not say everything)?"""
    for suffix in ("-wal", "-journal"):
        try:
            if Path(str(path) + suffix).stat().st_size > 0:
                return True
        except OSError:
            pass
    return False


def _identify(path: Path) -> str:
    """Whose the file is, from its header alone (no SQLite connection, so nothing is written):
    "new" (no file, an empty one, or an SQLite database with nothing in it), "ours" (it carries
    a Negotiator library's application id), or "look" (no application id, but a write-ahead log
    that may hold it: the file must be looked into, read-only). Another program's database, or
    a file that is not SQLite, is refused (``NotALibrary``)."""
    _check_file(path)
    if not path.exists():
        return "new"
    try:
        with path.open("rb") as fh:
            head = fh.read(HEADER_SIZE)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if not head:  # SQLite writes the file at the first checkpoint: the log may hold it all
        return "look" if _has_log(path) else "new"
    if len(head) < HEADER_SIZE:
        raise _not_sqlite(path)  # a truncated header: not a database SQLite could open
    app_id = int.from_bytes(head[68:72], "big")
    if app_id == schema.APPLICATION_ID:
        return "ours"
    if app_id == 0:
        if _has_log(path):
            return "look"
        if head[100] == _LEAF_TABLE_PAGE and int.from_bytes(head[103:105], "big") == 0:
            return "new"  # no table, index or view at all: nothing to protect
    raise _foreign(path)


def _quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick check (every page and record, without matching indexes to their tables):
    [] when sound. A library so damaged that the check cannot run reports the reason."""
    try:
        found = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if not name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            raise
        return [str(exc)]
    return [] if found == ["ok"] else found


def _inspect(
    path: Path, timeout: float, steps: Sequence[schema.Step], *, check: bool
) -> tuple[bool, list[str]]:
    """Look into an existing file through a read-only connection, before anything may write:
    refuse another program's database; ``check``: run the quick check. Returns (it holds
    nothing yet, the damage found)."""
    try:
        conn = connection.connect(path, True, timeout)
        try:
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
            state = schema.schema_state(conn, steps)
            empty = state.version == 0 and not state.foreign and not state.unknown
            if state.foreign or not (app_id == schema.APPLICATION_ID or (app_id == 0 and empty)):
                raise _foreign(path)
            return empty, _quick_check(conn) if check and not empty else []
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise translate(exc, path, backups_of(path)) from None


def _take_backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A consistent copy of the library (SQLite's online backup) before a migration."""
    target = path.with_name(f"{path.stem}.backup-v{version}-{_stamp()}.sqlite")
    try:
        _copy_database(conn, target)
    except BaseException:
        _remove(target)  # half a backup would be offered later as the one to restore
        raise
    return target


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy a database with SQLite's online backup (consistent even while others write)."""
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
    finally:
        dest.close()


def _remove(path: Path) -> None:
    """Remove a file we made (and SQLite's files next to it), as far as possible."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


def _migrate(conn: sqlite3.Connection, path: Path, steps: Sequence[schema.Step]) -> Path | None:
    """Bring the library to the newest schema, in one transaction, after a backup."""
    from sqlite_utils import Database  # only to migrate (see ``schema``)

    db = Database(conn, execute_plugins=False)
    state = schema.schema_state(conn, steps)
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
    take_over: bool = False,
) -> Library:
    """Open (and create or upgrade) the library at ``path`` (default: ``--db``/env/data dir).

    A library whose location cannot be written is opened read-only rather than refused;
    ``Library.read_only_reason`` says why. So is a damaged one (it fails SQLite's quick check,
    run whenever a library is opened for writing): it can still be read, and every write
    raises ``CorruptLibrary`` with the way forward (``Library.damage`` lists what SQLite found).
    Another program's file is refused without being written to. Every failure is a
    ``LibraryError`` whose message says what to do. ``steps`` is for tests of the migration
    mechanism.

    On a network drive (``store.filesystem``) the library uses a rollback journal instead of
    WAL, and opening it for writing takes its lock record (``store.lock``): while another desk
    holds that, opening for writing raises ``LibraryHeld`` naming who and since when, and
    ``read_only=True`` still opens it. ``take_over``: the user confirmed that the desk named
    in the record is not using the library any more.
    """
    p = library_path(path)
    try:
        return _open(p, read_only, author, create, timeout, steps, take_over)
    except OSError as exc:  # the file or its folder went away or became unreadable meanwhile
        raise LibraryError(
            tr("{path}: the library cannot be opened ({error}).").format(
                path=p, error=exc.strerror or exc
            ),
            path=p,
        ) from None


def _open(
    p: Path,
    read_only: bool,
    author: str | None,
    create: bool,
    timeout: float,
    steps: Sequence[schema.Step],
    take_over: bool = False,
) -> Library:
    kind = _identify(p)
    reason = N_("opened read-only") if read_only else None
    if reason is None and not writable(p):
        reason = N_("its location cannot be written")
    fs = filesystem.filesystem_kind(p)
    share = LockRecord(p) if reason is None and filesystem.is_unsafe(fs) else None
    if share is None:
        return _open_held(p, kind, reason, author, create, timeout, steps, fs, None, False)
    if kind != "new":
        share.acquire(take_over=take_over)  # a new library's folder may not exist yet
    try:
        return _open_held(p, kind, reason, author, create, timeout, steps, fs, share, take_over)
    except BaseException:
        share.release()
        raise


def _roll_back(p: Path, timeout: float) -> None:
    """Roll back the save a crash interrupted (SQLite does, on the first read through a
    connection that may write; a journal that is not hot, of a save in progress elsewhere, is
    left alone): until then a read-only look at the file is refused. A rollback journal is
    what a library on a network drive uses instead of WAL."""
    try:
        conn = connection.connect(p, False, timeout)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise translate(exc, p, backups_of(p)) from None


def _open_held(
    p: Path,
    kind: str,
    reason: str | None,
    author: str | None,
    create: bool,
    timeout: float,
    steps: Sequence[schema.Step],
    fs: str,
    share: LockRecord | None,
    take_over: bool,
) -> Library:
    """``_open``, once the lock record of a library on a network drive is held (if it exists
    yet; a new one's is taken here, once its folder is made)."""
    damage: list[str] = []
    if reason is None and kind == "ours" and Path(str(p) + "-journal").exists():
        _roll_back(p, timeout)
    if kind != "new":
        empty, damage = _inspect(p, timeout, steps, check=reason is None)
        kind = "new" if empty else "ours"
    if damage:
        reason = N_("its file is damaged")
    if kind == "new":
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
        if share is not None:
            share.acquire(take_over=take_over)
    try:
        conn = connection.connect(p, reason is not None, timeout)
    except sqlite3.Error as exc:
        raise translate(exc, p, backups_of(p)) from None
    try:
        # as sqlite-utils' ``Database`` sets it on the connections it wraps (the migrations)
        conn.execute("PRAGMA recursive_triggers=on;")
        _check_schema(conn, p, steps, reason, damage)
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, p, backups_of(p)) from None
    except BaseException:
        conn.close()
        raise
    return Library(
        conn,
        p,
        read_only_reason=reason,
        author=author,
        steps=steps,
        damage=damage,
        filesystem=fs,
        share=share,
    )


def _check_schema(
    conn: sqlite3.Connection,
    p: Path,
    steps: Sequence[schema.Step],
    reason: str | None,
    damage: list[str],
) -> None:
    """Refuse a schema we cannot use; upgrade an older one (when the library may be written)."""
    state = schema.schema_state(conn, steps)
    newest = steps[-1].version
    if state.foreign:
        raise _foreign(p)
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
        if damage:
            raise damaged(p, damage, backups_of(p))
        if reason is not None:
            raise ReadOnlyLibrary(
                tr(
                    "{path}: needs upgrading from schema version {version}, but it cannot "
                    "be written ({reason}). Copy it to a writable place and open the copy with "
                    "--db."
                ).format(path=p, version=state.version, reason=tr(reason)),
                path=p,
            )
        _migrate(conn, p, steps)


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
    copies of Negotiator first: they would keep working on the file that was moved aside. The
    backup is copied next to the library first and only then moved in, so a failure (a full
    disk) leaves the library as it was; a file at the library's place that is not a library
    (another program's database) is refused, unless backups of a library of that name sit
    next to it.
    """
    src = Path(backup)
    target = library_path(path)
    if not src.is_file():
        raise NotFound(tr("{path}: no such backup file.").format(path=src), path=src)
    try:
        _check_backup(src)
        _check_replaceable(target)
        copy = _copy_backup(src, target)
        return _swap_in(copy, target)
    except OSError as exc:
        raise LibraryError(
            tr(
                "{path}: the backup cannot be restored there ({error}); the library was left "
                "as it was."
            ).format(path=target, error=exc.strerror or exc),
            path=target,
        ) from None


def _backup_connection(src: Path) -> sqlite3.Connection:
    """A backup, read as it is on disk: nobody writes it, so it is opened immutable (and no
    ``-wal``/``-shm`` files appear next to it), unless it has a log of its own to read."""
    if _has_log(src):
        return connection.connect(src, True, BUSY_TIMEOUT)
    uri = src.resolve().as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT, isolation_level=None)


def _check_backup(src: Path) -> None:
    """A backup must be a sound library of a schema this version knows."""
    try:
        if _identify(src) == "new":
            raise _not_a_backup(src)
    except NotALibrary:
        raise _not_a_backup(src) from None
    try:
        conn = _backup_connection(src)
        try:
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
            state = schema.schema_state(conn)
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise translate(exc, src) from None
    if state.version == 0 or state.foreign or app_id != schema.APPLICATION_ID:
        raise _not_a_backup(src)
    if state.unknown or state.version > schema.SCHEMA_VERSION:
        raise SchemaTooNew(
            tr("{path}: was made by a newer version of Negotiator.").format(path=src), path=src
        )
    if ok != "ok":
        raise CorruptLibrary(
            tr("{path}: the backup is damaged too ({error}).").format(path=src, error=ok),
            path=src,
        )


def _not_a_backup(src: Path) -> NotALibrary:
    return NotALibrary(tr("{path}: is not a Negotiator library backup.").format(path=src), path=src)


def _check_replaceable(target: Path) -> None:
    """Only a library (a damaged one too: that is what backups are for), or a file that
    backups next to it say was one, is put aside for a backup."""
    if target.is_dir() or not target.exists() or target.stat().st_size == 0:
        _check_file(target)
        return
    try:
        if _identify(target) == "look":  # its header cannot tell: look, read-only
            _inspect(target, BUSY_TIMEOUT, schema.STEPS, check=False)
    except CorruptLibrary:
        return
    except NotALibrary as exc:
        if backups_of(target):
            return
        raise NotALibrary(
            str(exc)
            + " "
            + tr(
                "Restoring a backup would put it aside: give the library's own path with "
                "--db, or move this file away first."
            ),
            path=target,
        ) from None


def _copy_backup(src: Path, target: Path) -> Path:
    """The backup copied next to the library (not yet in its place), in WAL mode (with the
    rollback journal on a network drive)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    copy = target.with_name(f"{target.stem}.restoring-{_stamp()}.sqlite")
    try:
        source = _backup_connection(src)
        try:
            _copy_database(source, copy)
        finally:
            source.close()
        dest = sqlite3.connect(str(copy))
        try:
            dest.execute(f"PRAGMA journal_mode = {filesystem.journal_mode(target)}")
        finally:
            dest.close()
    except sqlite3.Error as exc:
        _remove(copy)
        raise translate(exc, target) from None
    except BaseException:
        _remove(copy)
        raise
    return copy


def _swap_in(copy: Path, target: Path) -> Path | None:
    """Move the library (and its log) aside and the copy into its place; put everything back
    if that fails half-way."""
    aside = target.with_name(f"{target.stem}.replaced-{_stamp()}.sqlite")
    moved: list[str] = []
    try:
        for suffix in ("", "-wal", "-shm"):
            old = Path(str(target) + suffix)
            if old.exists():
                os.replace(old, Path(str(aside) + suffix))
                moved.append(suffix)
        os.replace(copy, target)
    except BaseException:
        for suffix in moved:
            with contextlib.suppress(OSError):
                os.replace(Path(str(aside) + suffix), Path(str(target) + suffix))
        _remove(copy)
        raise
    return aside if "" in moved else None
