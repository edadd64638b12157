"""The scenario library: a thin repository over sqlite-utils (architecture principle 7).

Every user action is one transaction. A save writes an immutable revision (the canonical
scenario document, its content hash, its parent, when, who and why) and, in the same
transaction, refreshes the plain tables that show the latest revision of each scenario. Writes
start with ``BEGIN IMMEDIATE``: the write lock is taken before the "is my base still the latest?"
check, so two copies of the app can never both save on top of the same revision; the second one
gets a ``Conflict`` carrying the diff, and chooses.

Stored documents are the canonical text of ``dumps_scenario``, so the hash is ``content_hash``
and an export is byte-identical to what the file writer produces. Loading a revision goes through
the same reader as a file, so a stored document is checked exactly like one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.validation import validate
from negotiator_gui.io.scenario_file import parse_scenario_text, read_scenario, write_scenario
from negotiator_gui.io.scenario_writer import dumps_scenario
from negotiator_gui.store import connection, schema
from negotiator_gui.store.connection import BUSY_TIMEOUT
from negotiator_gui.store.diff import Diff, diff_scenarios
from negotiator_gui.store.errors import (
    Conflict,
    CorruptLibrary,
    InvalidScenario,
    LibraryError,
    NameTaken,
    NotFound,
    ReadOnlyLibrary,
    damaged,
    translate,
)
from negotiator_gui.store.latest import write_latest
from negotiator_gui.store.location import backups_of
from negotiator_gui.store.lock import LockRecord
from negotiator_gui.store.recovery import (
    RecoveryEntry,
    SessionLock,
    dead_sessions,
    forget_session,
    os_user,
    session_alive,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

# -- what the library returns ----------------------------------------------------------------


@dataclass(frozen=True)
class RevisionInfo:
    """A revision without its document (cheap to list)."""

    id: int  # unique in the library
    scenario_id: int
    number: int  # 1, 2, 3 … within its scenario
    parent_id: int | None  # the revision it was saved on top of (another scenario's for a branch)
    action: str  # create, save, overwrite, branch, restore, import, merge
    created_at: str  # UTC, ISO 8601
    author: str
    message: str
    hash: str  # SHA-256 of the document: ``content_hash`` of the scenario
    document_id: str  # the scenario's own ``id`` field
    title: str
    as_of: str | None
    size: int  # bytes of the document
    flows: int  # trade-flow rows
    #: A merge's second parent: the colleague's revision merged in (None for every other save,
    #: and for a merge of a plain file, which names no revision)
    merged_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class ScenarioInfo:
    id: int
    name: str
    created_at: str
    deleted_at: str | None  # set while the scenario is in the trash
    revisions: int
    latest: RevisionInfo

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "created_at": self.created_at,
            "deleted_at": self.deleted_at,
            "revisions": self.revisions,
            "latest": self.latest.to_json(),
        }


_REV_COLUMNS = tuple(f.name for f in fields(RevisionInfo))
_REV_SELECT = ", ".join(f"r.{c}" for c in _REV_COLUMNS)


def _revision(row: sqlite3.Row | tuple, offset: int = 0) -> RevisionInfo:
    return RevisionInfo(*row[offset : offset + len(_REV_COLUMNS)])


#: SQLite's integers are signed 64-bit: a number outside this range names no row (and binding it
#: would raise ``OverflowError``).
_INT64 = range(-(2**63), 2**63)


def _is_key(n: object) -> bool:
    """Can ``n`` be an id or revision number in the library (an int SQLite can hold)?"""
    return isinstance(n, int) and n in _INT64


def _is_text(value: str) -> bool:
    """Can ``value`` be stored as text? (A command-line argument holding bytes that are not
    UTF-8 arrives as lone surrogates, which SQLite cannot store.)"""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(text: str, limit: int = 80) -> str:
    """``text`` quoted for a message, cut short if it is long (a name given on the command
    line can be anything, five thousand digits included)."""
    quoted = repr(text)
    return quoted if len(quoted) <= limit else quoted[: limit - 1] + "…"


def _damage_text(exc: sqlite3.DatabaseError) -> str:
    """SQLite's report of damage, as a line for ``check``; any other error is raised."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if not name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        raise exc
    return str(exc)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# -- the library ------------------------------------------------------------------------------


class _Rollback(Exception):
    """Raised inside a transaction to leave it without writing (see ``Library.save``)."""


class Library:
    """An open scenario library. Use ``open_library``; close it (or use ``with``) when done."""

    def __init__(
        self,
        db: Database | sqlite3.Connection,
        path: Path,
        *,
        read_only_reason: str | None = None,
        author: str | None = None,
        clock: Callable[[], str] = _now,
        steps: Sequence[schema.Step] = schema.STEPS,
        damage: Sequence[str] = (),
        filesystem: str = "local",
        share: LockRecord | None = None,
    ) -> None:
        #: The connection (the owner thread's); ``db`` wraps it in a sqlite-utils ``Database``
        #: when asked for (sqlite-utils is not imported to open a library, see ``schema``).
        self.conn: sqlite3.Connection = getattr(db, "conn", db)
        self._db = db if db is not self.conn else None
        self.path = path
        self.read_only_reason = read_only_reason
        #: What SQLite's quick check found wrong when the library was opened for writing
        #: (empty when sound, or when it was not checked because it opened read-only).
        self.damage = tuple(damage)
        #: The kind of file system it is on (``store.filesystem``: local, network, fuse …).
        self.filesystem = filesystem
        #: On a network drive, opened for writing: its lock record, held until ``close``; and
        #: every write then takes SQLite's exclusive lock. None on a local disk.
        self.share = share
        self.author = author or os_user()
        self.clock = clock
        self._steps = steps
        self.session = uuid.uuid4().hex
        #: The thread that may use ``db`` (SQLite connections are per thread): autosave from
        #: another thread writes through a connection of its own (see ``save_recovery``).
        self._owner = threading.get_ident()
        self._lock = SessionLock(path, self.session)
        if read_only_reason is None:
            self._lock.acquire()
            self._tidy_sessions()

    def _tidy_sessions(self) -> None:
        """Remove lock files of crashed sessions that left no autosave to recover (best effort:
        a library that cannot be read here reports that on first use, with its own message)."""
        with contextlib.suppress(LibraryError):
            for session in dead_sessions(self.path):
                if self._one("SELECT 1 FROM recovery WHERE session = ?", [session]) is None:
                    forget_session(self.path, session)

    # -- plumbing --

    @property
    def db(self) -> Database:
        """The connection as a sqlite-utils ``Database`` (made on first use)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def schema_version(self) -> int:
        return schema.schema_state(self.conn, self._steps).version

    def close(self) -> None:
        self._lock.release()
        self.conn.close()
        if self.share is not None:
            self.share.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise translate(exc, self.path, backups_of(self.path)) from None

    def check_writable(self) -> None:
        """Raise what a write would raise if the library cannot be written: ``CorruptLibrary``
        (with the way forward) when it is damaged, ``ReadOnlyLibrary`` otherwise."""
        if self.damage:
            raise damaged(self.path, self.damage, backups_of(self.path))
        if self.read_only_reason is not None:
            raise ReadOnlyLibrary(
                tr(
                    "{path}: the library cannot be written ({reason}), so nothing can be saved "
                    "in it. Export your scenario to a file, or open a writable library with "
                    "--db."
                ).format(path=self.path, reason=tr(self.read_only_reason)),
                path=self.path,
            )

    def _text(self, value: str, what: str) -> str:
        """``value`` if it can be stored; else a ``LibraryError`` naming ``what`` it is."""
        if _is_text(value):
            return value
        raise LibraryError(
            tr(
                "The {what} {value} holds bytes that are not UTF-8 text (check the encoding of "
                "your terminal or script)."
            ).format(what=tr(what), value=ascii(value)),
            path=self.path,
        )

    @contextlib.contextmanager
    def _write(self, own: bool = False) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction, holding the write lock from the start.
        ``own``: through a connection of its own, opened and closed here (for a thread other
        than the one that opened the library)."""
        self.check_writable()
        with self._errors():
            conn = self.conn if not own else self._private_connection()
            try:
                conn.execute("BEGIN EXCLUSIVE" if self.share is not None else "BEGIN IMMEDIATE")
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            finally:
                if own:
                    conn.close()

    def _private_connection(self) -> sqlite3.Connection:
        return connection.connect(Path(self.path), False, BUSY_TIMEOUT)

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        with self._errors():
            return self.conn.execute(sql, params).fetchone()

    # -- reading --

    def scenarios(self, search: str | None = None, *, trash: bool = False) -> list[ScenarioInfo]:
        """Scenarios with their latest revision, by name; ``trash=True`` lists the deleted ones.

        ``search`` matches (case-insensitively for ASCII) the name, the title, revision messages
        and the names of parties, issues, cards and measures of the latest revision."""
        where = ["s.deleted_at IS NOT NULL" if trash else "s.deleted_at IS NULL"]
        params: list[Any] = []
        if search:
            self._text(search, N_("search text"))
            like = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            parts = ["s.name LIKE ?1 ESCAPE '\\'", "r.title LIKE ?1 ESCAPE '\\'"]
            parts.append(
                "EXISTS (SELECT 1 FROM revisions m WHERE m.scenario_id = s.id "
                "AND m.message LIKE ?1 ESCAPE '\\')"
            )
            for table, col in (
                ("parties", "name"),
                ("issues", "title"),
                ("cards", "title"),
                ("measures", "title"),
            ):
                parts.append(
                    f"EXISTS (SELECT 1 FROM {table} x WHERE x.scenario_id = s.id "
                    f"AND x.{col} LIKE ?1 ESCAPE '\\')"
                )
            where.append("(" + " OR ".join(parts) + ")")
            params.append(like)
        sql = f"""
            SELECT s.id, s.name, s.created_at, s.deleted_at,
                   (SELECT count(*) FROM revisions c WHERE c.scenario_id = s.id), {_REV_SELECT}
            FROM scenarios s JOIN revisions r ON r.scenario_id = s.id
            AND r.number = (SELECT max(number) FROM revisions WHERE scenario_id = s.id)
            WHERE {" AND ".join(where)}
            ORDER BY s.name COLLATE NOCASE, s.id"""
        with self._errors():
            rows = self.conn.execute(sql, params)
            return [ScenarioInfo(*row[:4], row[4], _revision(row, 5)) for row in rows]

    def scenario(self, scenario_id: int) -> ScenarioInfo:
        sql = f"""
            SELECT s.id, s.name, s.created_at, s.deleted_at,
                   (SELECT count(*) FROM revisions c WHERE c.scenario_id = s.id), {_REV_SELECT}
            FROM scenarios s JOIN revisions r ON r.scenario_id = s.id
            WHERE s.id = ? ORDER BY r.number DESC LIMIT 1"""
        row = self._one(sql, [scenario_id]) if _is_key(scenario_id) else None
        if row is None:
            raise NotFound(
                tr("There is no scenario {id} in the library.").format(id=scenario_id),
                path=self.path,
            )
        return ScenarioInfo(*row[:4], row[4], _revision(row, 5))

    def find(self, ref: str) -> ScenarioInfo:
        """A scenario by its name (live ones first, then the trash) or its number."""
        row = None
        if _is_text(ref):  # a name that is not text names no scenario
            row = self._one(
                "SELECT id FROM scenarios WHERE name = ? ORDER BY deleted_at IS NOT NULL, "
                "deleted_at DESC LIMIT 1",
                [ref],
            )
        text = ref.strip()
        if row is None and text.isascii() and text.isdigit():
            # 19 digits at most: more name no SQLite integer (and Python turns no more than
            # 4,300 digits into an int)
            digits = text.lstrip("0") or "0"
            if len(digits) <= 19 and _is_key(int(digits)):
                row = self._one("SELECT id FROM scenarios WHERE id = ?", [int(digits)])
        if row is None:
            raise NotFound(
                tr(
                    "There is no scenario named {name} in the library ({path}); "
                    "`negotiator db list` shows them."
                ).format(name=_shown(ref), path=self.path),
                path=self.path,
            )
        return self.scenario(row[0])

    def log(self, scenario_id: int) -> list[RevisionInfo]:
        """The scenario's revisions, newest first."""
        self.scenario(scenario_id)
        with self._errors():
            rows = self.conn.execute(
                f"SELECT {_REV_SELECT} FROM revisions r WHERE r.scenario_id = ? "
                "ORDER BY r.number DESC",
                [scenario_id],
            )
            return [_revision(row) for row in rows]

    def describe(self, info: RevisionInfo) -> str:
        """What a revision is, in words for the history: a merge names the revision merged in
        (by number, with its scenario's name when it is another scenario's, and its author)
        and the one it was merged into ("Merge of revision 12 (tanaka) into revision 14");
        any other revision is its message, or its action when it has none."""
        if info.action != "merge":
            return info.message or info.action
        if info.merged_id is None or info.parent_id is None:
            return info.message or tr("Merge of a file")
        theirs = self.revision(info.merged_id)
        into = self.revision(info.parent_id).number
        if theirs.scenario_id == info.scenario_id:
            words = tr("Merge of revision {number} ({author}) into revision {into}").format(
                number=theirs.number, author=theirs.author, into=into
            )
        else:
            words = tr(
                "Merge of revision {number} of {name} ({author}) into revision {into}"
            ).format(
                number=theirs.number,
                name=repr(self.scenario(theirs.scenario_id).name),
                author=theirs.author,
                into=into,
            )
        return f"{words}: {info.message}" if info.message else words

    def revision(self, revision_id: int) -> RevisionInfo:
        row = None
        if _is_key(revision_id):
            sql = f"SELECT {_REV_SELECT} FROM revisions r WHERE r.id = ?"
            row = self._one(sql, [revision_id])
        if row is None:
            raise NotFound(
                tr("There is no revision {id} in the library.").format(id=revision_id),
                path=self.path,
            )
        return _revision(row)

    def revision_number(self, scenario_id: int, number: int) -> RevisionInfo:
        row = None
        if _is_key(scenario_id) and _is_key(number):
            row = self._one(
                f"SELECT {_REV_SELECT} FROM revisions r WHERE r.scenario_id = ? AND r.number = ?",
                [scenario_id, number],
            )
        if row is None:
            info = self.scenario(scenario_id)
            raise NotFound(
                tr("Scenario {name} has no revision {number} (it has 1 to {last}).").format(
                    name=repr(info.name), number=number, last=info.latest.number
                ),
                path=self.path,
            )
        return _revision(row)

    def latest(self, scenario_id: int) -> RevisionInfo:
        return self.scenario(scenario_id).latest

    def text(self, revision_id: int) -> str:
        """The stored document, checked against its hash (SQLite does not checksum data, so a
        damaged sector inside a document would otherwise go unnoticed)."""
        row = None
        if _is_key(revision_id):
            # As bytes: a damaged document need not even be UTF-8 any more.
            sql = "SELECT CAST(document AS BLOB), hash FROM revisions WHERE id = ?"
            row = self._one(sql, [revision_id])
        if row is None:
            raise NotFound(
                tr("There is no revision {id} in the library.").format(id=revision_id),
                path=self.path,
            )
        data, expected = row
        if hashlib.sha256(data).hexdigest() != expected:
            raise CorruptLibrary(
                tr(
                    "{path}: revision {id} is damaged (its document no longer matches its "
                    "hash). Open another revision, or restore a backup."
                ).format(path=self.path, id=revision_id),
                path=self.path,
            )
        return data.decode("utf-8")  # what was hashed was UTF-8 text

    def load(self, revision_id: int) -> Scenario:
        """The scenario of a revision, read and checked exactly like a scenario file."""
        text = self.text(revision_id)
        return parse_scenario_text(
            text, tr("{path} revision {id}").format(path=self.path, id=revision_id)
        ).scenario

    def open_latest(self, scenario_id: int) -> tuple[RevisionInfo, Scenario]:
        info = self.latest(scenario_id)
        return info, self.load(info.id)

    def diff(self, old_revision: int, new_revision: int) -> Diff:
        """What changed from one revision to another, entity by entity, in words."""
        return diff_scenarios(self.load(old_revision), self.load(new_revision))

    def check(self) -> list[str]:
        """SQLite's full integrity check, and every document against its hash: [] when sound.
        Damage that stops either part half-way is listed too, rather than raised."""
        problems: list[str] = []
        with self._errors():
            try:
                found = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
                problems += [] if found == ["ok"] else found
            except sqlite3.DatabaseError as exc:
                problems.append(_damage_text(exc))
            try:
                rows = self.conn.execute(
                    "SELECT id, hash, CAST(document AS BLOB) FROM revisions ORDER BY id"
                )
                for rid, expected, data in rows:
                    if hashlib.sha256(data).hexdigest() != expected:
                        problems.append(f"revision {rid}: document does not match its hash")
            except sqlite3.DatabaseError as exc:
                problems.append(f"revisions: {_damage_text(exc)}")
        return problems

    # -- writing --

    def _canonical(self, scenario: Scenario) -> str:
        """The document to store; a scenario with errors is refused: it could not be opened."""
        problems = validate(scenario)
        if problems.has_errors():
            shown = [str(p) for p in problems.errors][:5]
            more = len(problems.errors) - len(shown)
            listed = "; ".join(shown)
            if more > 0:
                listed = tr("{problems}; and {more} more").format(problems=listed, more=more)
            raise InvalidScenario(
                tr("The scenario has problems and was not saved: {problems}").format(
                    problems=listed
                ),
                path=self.path,
            )
        return dumps_scenario(scenario)

    def _free_name(self, conn: sqlite3.Connection, wanted: str, exclude: int | None = None) -> str:
        name, n = wanted, 1
        while conn.execute(
            "SELECT 1 FROM scenarios WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?",
            [name, exclude],
        ).fetchone():
            n += 1
            name = f"{wanted} ({n})"
        return name

    def _insert_revision(
        self,
        conn: sqlite3.Connection,
        sid: int,
        number: int,
        parent: int | None,
        action: str,
        message: str,
        scenario: Scenario,
        text: str,
        author: str | None,
        data: bytes,
        digest: str | None = None,
        merged: int | None = None,
    ) -> RevisionInfo:
        """``data`` is ``text`` in UTF-8 and ``digest`` its hash if known (each made once per
        save: for a big scenario, encoding and hashing the document cost as much as checks)."""
        values = {
            "scenario_id": sid,
            "number": number,
            "parent_id": parent,
            "action": action,
            "created_at": self.clock(),
            "author": author or self.author,
            "message": message,
            "hash": digest or hashlib.sha256(data).hexdigest(),
            "document_id": scenario.id,
            "title": scenario.title,
            "as_of": scenario.as_of.isoformat(),
            "size": len(data),
            "flows": len(scenario.trade_flows),
            "document": text,
        }
        if merged is not None:  # only a merge names it (older libraries read the same)
            values["merged_id"] = merged
        cur = conn.execute(
            f"INSERT INTO revisions ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            list(values.values()),
        )
        return RevisionInfo(
            id=cur.lastrowid, **{k: v for k, v in values.items() if k != "document"}
        )

    def _new_scenario(
        self,
        scenario: Scenario,
        text: str,
        name: str | None,
        default_name: str,
        parent: int | None,
        action: str,
        message: str,
        author: str | None,
    ) -> RevisionInfo:
        """A new scenario row and its first revision. An explicit ``name`` must be free;
        otherwise ``default_name`` is numbered "… (2)" until it is."""
        self._text(name or "", N_("scenario name"))
        self._text(message, N_("message"))
        with self._write() as conn:
            if name and name.strip():
                final = name.strip()
                if self._free_name(conn, final) != final:
                    raise NameTaken(
                        tr(
                            "There is already a scenario named {name} in the library; "
                            "choose another name."
                        ).format(name=repr(final)),
                        path=self.path,
                    )
            else:
                final = self._free_name(conn, default_name.strip() or scenario.id)
            cur = conn.execute(
                "INSERT INTO scenarios (name, created_at) VALUES (?, ?)", [final, self.clock()]
            )
            sid = cur.lastrowid
            data = text.encode("utf-8")
            info = self._insert_revision(
                conn, sid, 1, parent, action, message, scenario, text, author, data
            )
            write_latest(conn, sid, scenario, data)
            if action == "create":
                self._clear_recovery(conn, None)
            return info

    def create(
        self,
        scenario: Scenario,
        name: str | None = None,
        message: str = "",
        *,
        author: str | None = None,
    ) -> RevisionInfo:
        """A new scenario in the library, with this as its first revision. The name defaults to
        the scenario's title (numbered if taken); an explicit name must be free."""
        text = self._canonical(scenario)
        return self._new_scenario(
            scenario, text, name, scenario.title, None, "create", message, author
        )

    def save(
        self,
        scenario_id: int,
        scenario: Scenario,
        base_revision: int,
        message: str = "",
        *,
        overwrite: bool = False,
        author: str | None = None,
        merge: bool = False,
        merged_id: int | None = None,
    ) -> RevisionInfo:
        """Save the scenario as the next revision, on top of ``base_revision`` (the revision
        the edits started from).

        ``merge`` marks a save that brought a colleague's copy in (action "merge");
        ``merged_id`` is their library revision, the second parent, when their copy came from
        this library (None for a plain file, which names no revision here).

        If someone saved a newer revision meanwhile, nothing is written and ``Conflict`` is
        raised with the diff; call again with ``overwrite=True`` to save on top of theirs
        anyway, or use ``save_as_branch``. Saving a document identical to the latest revision
        writes nothing and returns the latest revision."""
        self._text(message, N_("message"))
        if merged_id is not None:
            self.revision(merged_id)  # NotFound: a second parent must be a revision here
        text = self._canonical(scenario)
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        conflict: tuple[RevisionInfo, RevisionInfo] | None = None
        try:
            with self._write() as conn:
                head = self._head(conn, scenario_id)
                if head.hash == digest:
                    return head
                if head.id != base_revision and not overwrite:
                    conflict = (self.revision(base_revision), head)
                    raise _Rollback
                action = "save" if head.id == base_revision else "overwrite"
                if merge or merged_id is not None:
                    action = "merge"
                info = self._insert_revision(
                    conn,
                    scenario_id,
                    head.number + 1,
                    head.id,
                    action,
                    message,
                    scenario,
                    text,
                    author,
                    data,
                    digest,
                    merged_id,
                )
                write_latest(conn, scenario_id, scenario, data)
                self._clear_recovery(conn, scenario_id)
                return info
        except _Rollback:
            pass
        assert conflict is not None
        base, latest = conflict
        theirs = self.load(latest.id)
        mine_vs_theirs = diff_scenarios(theirs, scenario)
        their_changes = diff_scenarios(self.load(base.id), theirs)
        raise Conflict(
            tr(
                "Revision {latest} of this scenario was saved by {author} at {when} after you "
                "started from revision {base}. Save yours as a new branch, or overwrite "
                "(theirs stays in the history)."
            ).format(
                latest=latest.number,
                author=latest.author,
                when=latest.created_at,
                base=base.number,
            ),
            scenario_id=scenario_id,
            base=base,
            latest=latest,
            diff=mine_vs_theirs,
            their_changes=their_changes,
        )

    def _head(self, conn: sqlite3.Connection, scenario_id: int) -> RevisionInfo:
        row = None
        if _is_key(scenario_id):
            row = conn.execute(
                f"SELECT s.deleted_at, {_REV_SELECT} FROM scenarios s JOIN revisions r "
                "ON r.scenario_id = s.id WHERE s.id = ? ORDER BY r.number DESC LIMIT 1",
                [scenario_id],
            ).fetchone()
        if row is None:
            raise NotFound(
                tr("There is no scenario {id} in the library.").format(id=scenario_id),
                path=self.path,
            )
        if row[0] is not None:
            raise LibraryError(
                tr("Scenario {id} is in the trash; restore it first.").format(id=scenario_id),
                path=self.path,
            )
        return _revision(row, 1)

    def save_as_branch(
        self,
        scenario: Scenario,
        base_revision: int,
        name: str | None = None,
        message: str = "",
        *,
        author: str | None = None,
    ) -> RevisionInfo:
        """A new scenario starting from ``base_revision`` with this content ("save as branch",
        the way out of a conflict that keeps both versions)."""
        text = self._canonical(scenario)
        base = self.revision(base_revision)
        source = self.scenario(base.scenario_id).name
        return self._new_scenario(
            scenario,
            text,
            name,
            tr("{name} (branch)").format(name=source),
            base.id,
            "branch",
            message,
            author,
        )

    def duplicate(self, revision_id: int, name: str | None = None) -> RevisionInfo:
        """A copy of a revision as a new scenario (its first revision's parent is the source)."""
        base = self.revision(revision_id)
        source = self.scenario(base.scenario_id).name
        return self._new_scenario(
            self.load(revision_id),
            self.text(revision_id),
            name,
            tr("{name} (copy)").format(name=source),
            base.id,
            "branch",
            tr("Copy of {name} revision {number}").format(name=repr(source), number=base.number),
            None,
        )

    def restore_revision(self, revision_id: int, message: str | None = None) -> RevisionInfo:
        """Make an old revision the latest again, as a new revision (history is never rewritten).
        Returns the latest revision unchanged if it already has that content."""
        self._text(message or "", N_("message"))
        old = self.revision(revision_id)
        scenario = self.load(revision_id)
        text = self.text(revision_id)
        data = text.encode("utf-8")
        with self._write() as conn:
            head = self._head(conn, old.scenario_id)
            if head.hash == old.hash:
                return head
            info = self._insert_revision(
                conn,
                old.scenario_id,
                head.number + 1,
                head.id,
                "restore",
                message or tr("Restored revision {number}").format(number=old.number),
                scenario,
                text,
                None,
                data,
            )
            write_latest(conn, old.scenario_id, scenario, data)
            return info

    def rename(self, scenario_id: int, name: str) -> ScenarioInfo:
        name = self._text(name, N_("scenario name")).strip()
        if not name:
            raise LibraryError(tr("A scenario needs a name."), path=self.path)
        with self._write() as conn:
            self.scenario(scenario_id)
            if self._free_name(conn, name, exclude=scenario_id) != name:
                raise NameTaken(
                    tr("There is already a scenario named {name} in the library.").format(
                        name=repr(name)
                    ),
                    path=self.path,
                )
            conn.execute("UPDATE scenarios SET name = ? WHERE id = ?", [name, scenario_id])
        return self.scenario(scenario_id)

    def delete(self, scenario_id: int) -> ScenarioInfo:
        """Move a scenario to the trash (nothing is erased; ``undelete`` brings it back)."""
        with self._write() as conn:
            self.scenario(scenario_id)
            conn.execute(
                "UPDATE scenarios SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                [self.clock(), scenario_id],
            )
        return self.scenario(scenario_id)

    def undelete(self, scenario_id: int) -> ScenarioInfo:
        """Bring a scenario back from the trash; renamed "… (2)" if its name was taken since."""
        with self._write() as conn:
            info = self.scenario(scenario_id)
            if info.deleted_at is not None:
                name = self._free_name(conn, info.name, exclude=scenario_id)
                conn.execute(
                    "UPDATE scenarios SET deleted_at = NULL, name = ? WHERE id = ?",
                    [name, scenario_id],
                )
        return self.scenario(scenario_id)

    def import_file(
        self,
        path: str | os.PathLike[str],
        name: str | None = None,
        message: str | None = None,
        *,
        into: int | None = None,
    ) -> RevisionInfo:
        """Read a scenario file (like opening it) and store it: as a new scenario, or ``into``
        an existing one as its next revision. A bad file raises ``ScenarioFileError`` and
        leaves the library unchanged."""
        self.check_writable()  # before reading a large file for nothing
        self._text(name or "", N_("scenario name"))
        self._text(message or "", N_("message"))
        loaded = read_scenario(path)
        if loaded.migrated_from:
            text = tr("Imported from {file} (migrated from file format version {version})")
        else:
            text = tr("Imported from {file}")
        text = message or text.format(file=Path(path).name, version=loaded.migrated_from)
        if into is None:
            canonical = self._canonical(loaded.scenario)
            s = loaded.scenario
            return self._new_scenario(s, canonical, name, s.title, None, "import", text, None)
        head = self.latest(into)
        return self.save(into, loaded.scenario, head.id, text, overwrite=True)

    def export(self, revision_id: int, path: str | os.PathLike[str]) -> Path:
        """Write a revision to a scenario file with the file writer (atomic; byte-identical to
        saving the same scenario from the app)."""
        scenario = self.load(revision_id)
        write_scenario(scenario, path)
        return Path(path)

    # -- autosave --

    def _clear_recovery(self, conn: sqlite3.Connection, scenario_id: int | None) -> None:
        slot = "new" if scenario_id is None else str(scenario_id)
        conn.execute("DELETE FROM recovery WHERE session = ? AND slot = ?", [self.session, slot])

    def save_recovery(
        self, scenario_id: int | None, document: Scenario | str, base_revision: int | None
    ) -> int:
        """Autosave unsaved work (call a few seconds after the last edit, never during a drag).

        One entry per scenario per session, replaced each time; a save of that scenario clears
        it. ``scenario_id`` None is work not yet in the library. Not validated: half-done work
        is still worth keeping. Returns the entry's id.

        Safe to call from another thread (autosave serialises and writes off the UI thread):
        there it writes through a connection of its own. Callers keep one such write in
        flight at a time and wait for it before other writes of this session's recovery."""
        for key in (scenario_id, base_revision):
            if key is not None and not _is_key(key):
                raise NotFound(
                    tr("There is no scenario or revision {id} in the library.").format(id=key),
                    path=self.path,
                )
        text = document if isinstance(document, str) else dumps_scenario(document)
        slot = "new" if scenario_id is None else str(scenario_id)
        with self._write(own=threading.get_ident() != self._owner) as conn:
            conn.execute(
                """INSERT INTO recovery
                   (session, slot, scenario_id, base_revision, saved_at, author, document)
                   VALUES (?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (session, slot) DO UPDATE SET
                   base_revision = excluded.base_revision, saved_at = excluded.saved_at,
                   document = excluded.document""",
                [self.session, slot, scenario_id, base_revision, self.clock(), self.author, text],
            )
            (entry,) = conn.execute(
                "SELECT id FROM recovery WHERE session = ? AND slot = ?", [self.session, slot]
            ).fetchone()
            return entry

    def pending_recovery(self) -> list[RecoveryEntry]:
        """Autosaved work of sessions that ended without saving it, newest first. Work of a copy
        of the app that is still running is never listed."""
        with self._errors():
            rows = self.conn.execute(
                """SELECT e.id, e.session, e.scenario_id, s.name, e.base_revision,
                          (SELECT r.id FROM revisions r WHERE r.scenario_id = e.scenario_id
                           ORDER BY r.number DESC LIMIT 1),
                          e.saved_at, e.author, e.document
                   FROM recovery e LEFT JOIN scenarios s ON s.id = e.scenario_id
                   WHERE e.session != ? ORDER BY e.saved_at DESC, e.id DESC""",
                [self.session],
            ).fetchall()
        alive: dict[str, bool] = {}
        out = []
        for row in rows:
            session = row[1]
            if session not in alive:
                alive[session] = session_alive(self.path, session)
            if not alive[session]:
                out.append(RecoveryEntry(*row))
        return out

    def discard_recovery(self, entry_id: int | None = None) -> None:
        """Drop autosaved work: one recovered entry (by id), or by default all of this
        session's (the user closed the document without saving)."""
        if entry_id is not None and not _is_key(entry_id):
            return  # no such entry: nothing to drop
        with self._write() as conn:
            if entry_id is None:
                conn.execute("DELETE FROM recovery WHERE session = ?", [self.session])
                return
            row = conn.execute("SELECT session FROM recovery WHERE id = ?", [entry_id]).fetchone()
            conn.execute("DELETE FROM recovery WHERE id = ?", [entry_id])
        if row and row[0] != self.session:
            left = self._one("SELECT 1 FROM recovery WHERE session = ?", [row[0]])
            if left is None:
                forget_session(self.path, row[0])
