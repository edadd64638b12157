"""Files a colleague could send as ``--db``, and libraries in a bad state: none is ever written to.

- Another program's SQLite database (rollback journal, WAL, its own application id, sqlite-utils
  migrations of its own, one in use with a log not yet checkpointed): every ``negotiator db``
  subcommand and every way of opening it refuses it, and afterwards every file in its folder has
  the same bytes (SHA-256) and no ``-wal``/``-shm``/``-journal`` or sessions folder appeared.
- A library with a damaged page: every writing command refuses it with the way forward (export
  what reads, restore a backup, where the file is) and leaves its bytes as they were; reading
  what still reads works.
- A full disk (``PRAGMA max_page_count``, which makes SQLite report SQLITE_FULL for real, and
  I/O errors on a disk with no space left): "the disk holding PATH is full", nothing changed,
  no half-written backup or restore left behind.
- Revision and scenario numbers of any size, and any text, as references: "no such revision"
  or "no such scenario" (exit 2), never an internal error.
- The window: the refusal is shown as a message, never a traceback.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import numbered_flows, small_scenario
from negotiator_gui.cli import main
from negotiator_gui.io.scenario_file import write_scenario
from negotiator_gui.store import (
    CorruptLibrary,
    DiskFull,
    NotALibrary,
    NotFound,
    ReadOnlyLibrary,
    backups_of,
    open_library,
    restore_backup,
)
from negotiator_gui.store import connection as connection_module
from negotiator_gui.store import opening as opening_module
from negotiator_gui.store.errors import translate
from negotiator_gui.store.schema import SCHEMA_VERSION, STEPS, Step

SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (by relative path) with the SHA-256 of its bytes; folders
    are listed too, so a new sessions folder shows."""
    out = {}
    for p in sorted(folder.rglob("*")):
        key = str(p.relative_to(folder))
        out[key] = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "<dir>"
    return out


# -- another program's database --------------------------------------------------------------


def _rollback(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (name TEXT, owes REAL)")
    conn.executemany("INSERT INTO customers VALUES (?, ?)", [("Ann", 1.5), ("Bo", 2.0)])
    conn.commit()
    conn.close()


def _wal(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()


def _geopackage(path: Path) -> None:
    """A database with another program's application id (GeoPackage's "GPKG")."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 0x47504B47")
    conn.execute("CREATE TABLE gpkg_contents (table_name TEXT)")
    conn.commit()
    conn.close()


def _other_sqlite_utils_app(path: Path) -> None:
    """Another program that uses sqlite-utils migrations too, with tables named like ours."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
    conn.execute("INSERT INTO _sqlite_migrations VALUES ('shop', 'm001', '2025-01-01')")
    conn.execute("CREATE TABLE scenarios (id INTEGER PRIMARY KEY, what TEXT)")
    conn.commit()
    conn.close()


FOREIGN = {
    "rollback": _rollback,
    "wal": _wal,
    "application-id": _geopackage,
    "sqlite-utils": _other_sqlite_utils_app,
}


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder for the other files a command needs (scenario files, a good backup)."""
    folder = tmp_path / "outside"
    folder.mkdir()
    scenario = folder / "small.scenario.json"
    write_scenario(small_scenario(), scenario)
    with open_library(folder / "good.sqlite") as lib:
        lib.create(small_scenario(), name="x")
    return folder


def _every_command(outside: Path) -> list[list[str]]:
    scenario = str(outside / "small.scenario.json")
    return [
        ["list"],
        ["list", "--json", "--search", "x"],
        ["log", "x"],
        ["show", "x"],
        ["show", "x@1", "--document"],
        ["diff", "x@1"],
        ["diff", "x@1", "x@2"],
        ["import", scenario],
        ["import", scenario, "--into", "x"],
        ["export", "x", str(outside / "out.scenario.json")],
        ["restore", "x@1"],
        ["restore", "x"],
        ["rename", "x", "y"],
        ["delete", "x"],
        ["check"],
        ["restore", "--backup", str(outside / "good.sqlite")],
    ]


@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_another_programs_database_is_never_touched(kind: str, tmp_path: Path, outside, capsys):
    folder = tmp_path / "theirs"
    folder.mkdir()
    theirs = folder / "data.sqlite"
    FOREIGN[kind](theirs)
    before = snapshot(folder)
    assert list(before) == ["data.sqlite"]  # no log or journal left by their program
    for command in _every_command(outside):
        assert main(["db", *command, "--db", str(theirs)]) == 2, command
        err = capsys.readouterr().err
        assert str(theirs) in err and "another program" in err, (command, err)
        assert snapshot(folder) == before, command
    for kwargs in ({}, {"read_only": True}, {"create": False}):
        with pytest.raises(NotALibrary, match="made by another program"):
            open_library(theirs, **kwargs)
        assert snapshot(folder) == before, kwargs
    with pytest.raises(NotALibrary, match="not a Negotiator library backup"):
        restore_backup(theirs, outside / "restored.sqlite")
    assert snapshot(folder) == before
    assert not (outside / "restored.sqlite").exists()


def test_another_program_using_its_database_right_now(tmp_path: Path, outside, capsys):
    """Its log holds commits not yet in the file (so the header cannot tell whose it is): it is
    looked into read-only, never checkpointed, rolled back or switched."""
    theirs = tmp_path / "busy.sqlite"
    conn = sqlite3.connect(theirs, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE orders (n INTEGER)")
        conn.execute("INSERT INTO orders VALUES (1)")
        log = Path(str(theirs) + "-wal")
        assert log.stat().st_size > 0
        data = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (theirs, log)}
        for command in (["list"], ["import", str(outside / "small.scenario.json")]):
            assert main(["db", *command, "--db", str(theirs)]) == 2
            assert "another program" in capsys.readouterr().err
        with pytest.raises(NotALibrary):
            open_library(theirs)
        # the data files as they were (the -shm is their shared memory, not data)
        assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in data} == data
        assert conn.execute("SELECT n FROM orders").fetchall() == [(1,)]
    finally:
        conn.close()


def test_not_sqlite_at_all_is_never_touched(tmp_path: Path, capsys):
    for name, content in {
        "notes.sqlite": b"these are my notes\n",
        "short.sqlite": b"SQLite format 3\x00" + b"\x00" * 20,  # a truncated header
    }.items():
        folder = tmp_path / name.split(".")[0]
        folder.mkdir()
        f = folder / name
        f.write_bytes(content)
        before = snapshot(folder)
        assert main(["db", "import", str(f), "--db", str(f)]) == 2
        assert "not an SQLite database" in capsys.readouterr().err
        assert snapshot(folder) == before


def test_an_empty_sqlite_database_becomes_a_library(tmp_path: Path, capsys):
    """An SQLite file with no table at all holds nothing to protect: a command that writes
    makes it a library (as for a new or 0-byte file); one that only reads leaves it alone."""
    f = tmp_path / "empty.sqlite"
    conn = sqlite3.connect(f)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    before = f.read_bytes()
    assert main(["db", "list", "--db", str(f)]) == 0
    assert "no library yet" in capsys.readouterr().out
    assert f.read_bytes() == before
    with open_library(f) as lib:
        assert lib.schema_version == STEPS[-1].version and lib.scenarios() == []


def test_a_library_that_crashed_before_its_first_checkpoint(tmp_path: Path):
    """Its application id is still only in the write-ahead log: it is recognised by looking
    into the log (read-only), not refused as another program's."""
    live = tmp_path / "live"
    live.mkdir()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    lib = open_library(live / "library.sqlite")
    try:
        lib.create(small_scenario(), name="kept")
        for name in ("library.sqlite", "library.sqlite-wal"):  # the files a crash leaves
            shutil.copy(live / name, crashed / name)
    finally:
        lib.close()
    head = (crashed / "library.sqlite").read_bytes()[:100]
    assert len(head) < 100 or head[68:72] == b"\x00" * 4  # the case this test is about
    with open_library(crashed / "library.sqlite") as again:
        assert [s.name for s in again.scenarios()] == ["kept"]


# -- a damaged library -------------------------------------------------------------------------


def _damaged_library(path: Path) -> dict[str, str]:
    """A library of two scenarios (the second with two revisions) whose flow table has a
    damaged page; returns the revision hashes by ref, to check exports against."""
    with open_library(path, author="Tester") as lib:
        s = small_scenario()
        s.trade_flows = numbered_flows(6000)
        a = lib.create(s, name="big")
        s.notes = "second"
        a2 = lib.save(a.scenario_id, s, a.id)
        b = lib.create(small_scenario(), name="small")
        hashes = {"big@1": a.hash, "big@2": a2.hash, "small": b.hash}
    assert not Path(str(path) + "-wal").exists()  # all of it is in the file
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    leaves = [
        r[0]
        for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'flows' AND pagetype = 'leaf' ORDER BY 1"
        )
    ]
    conn.close()
    page = leaves[len(leaves) // 2]
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size  # a page boundary in the middle of the file
    data[start : start + 12] = b"\xff" * 12  # its b-tree page header
    path.write_bytes(bytes(data))
    raw = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        found = raw.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        found = [("raised",)]
    raw.close()
    assert found != [("ok",)]  # SQLite itself sees the damage
    return hashes


def _write_commands(scenario: Path) -> list[list[str]]:
    return [
        ["import", str(scenario)],
        ["import", str(scenario), "--into", "small"],
        ["rename", "small", "other"],
        ["delete", "small"],
        ["restore", "big@1"],
        ["restore", "small"],
    ]


def test_a_damaged_library_refuses_every_write_and_keeps_its_bytes(tmp_path: Path, capsys):
    db = tmp_path / "library.sqlite"
    hashes = _damaged_library(db)
    backup = tmp_path / "library.backup-v1-20250101T000000000000Z.sqlite"
    scenario = tmp_path / "small.scenario.json"
    write_scenario(small_scenario(), scenario)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for with_backup in (False, True):
        if with_backup:
            with open_library(tmp_path / "elsewhere.sqlite") as good:
                good.create(small_scenario())
            shutil.copy(tmp_path / "elsewhere.sqlite", backup)
        for command in _write_commands(scenario):
            assert main(["db", *command, "--db", str(db)]) == 2, command
            err = capsys.readouterr().err
            assert f"The library file {db} is damaged" in err, (command, err)
            assert "negotiator db export" in err and "restore" in err
            assert (f"--backup {backup}" in err) == with_backup
            assert hashlib.sha256(db.read_bytes()).hexdigest() == before, command
    # what still reads can be read, and saved to files
    assert main(["db", "list", "--json", "--db", str(db)]) == 0
    assert [s["name"] for s in json.loads(capsys.readouterr().out)] == ["big", "small"]
    for ref, expected in hashes.items():
        out = tmp_path / f"{ref.replace('@', '-')}.scenario.json"
        assert main(["db", "export", ref, str(out), "--db", str(db)]) == 0
        assert hashlib.sha256(out.read_bytes()).hexdigest() == expected
    assert main(["db", "check", "--db", str(db)]) == 2
    assert "the library is damaged" in capsys.readouterr().err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_damaged_library_opens_read_only_with_the_way_forward(tmp_path: Path):
    db = tmp_path / "library.sqlite"
    _damaged_library(db)
    before = db.read_bytes()
    with open_library(db) as lib:
        assert lib.read_only and lib.damage and "damaged" in lib.read_only_reason
        small = lib.find("small")
        assert lib.load(small.latest.id) == small_scenario()  # reading still works
        writes = [
            lambda: lib.create(small_scenario()),
            lambda: lib.save(small.id, small_scenario(), small.latest.id, overwrite=True),
            lambda: lib.rename(small.id, "other"),
            lambda: lib.delete(small.id),
            lambda: lib.restore_revision(small.latest.id),
            lambda: lib.save_recovery(None, small_scenario(), None),
            lambda: lib.discard_recovery(),
        ]
        for write in writes:
            with pytest.raises(CorruptLibrary) as err:
                write()
            assert str(db) in str(err.value) and "negotiator db export" in str(err.value)
    assert db.read_bytes() == before
    with open_library(db, read_only=True) as lib:  # asked for read-only: no check, no refusal
        assert lib.damage == () and lib.find("small")
        with pytest.raises(ReadOnlyLibrary):
            lib.rename(1, "x")
    assert db.read_bytes() == before


def test_a_backup_replaces_a_damaged_library_which_is_kept_aside(tmp_path: Path, capsys):
    db = tmp_path / "library.sqlite"
    _damaged_library(db)
    damaged_bytes = db.read_bytes()
    good = tmp_path / "good.sqlite"
    with open_library(good) as lib:
        lib.create(small_scenario(), name="from the backup")
    assert main(["db", "restore", "--backup", str(good), "--db", str(db)]) == 0
    assert "the replaced library was kept as" in capsys.readouterr().out
    (aside,) = tmp_path.glob("library.replaced-*.sqlite")
    assert aside.read_bytes() == damaged_bytes
    with open_library(db) as lib:
        assert not lib.damage and [s.name for s in lib.scenarios()] == ["from the backup"]


# -- a full disk -------------------------------------------------------------------------------


def _tiny_disk(monkeypatch) -> None:
    """Every read-write library connection may grow by 3 pages only: SQLite then reports
    SQLITE_FULL ("database or disk is full") exactly as on a full disk."""
    real = connection_module.connect

    def connect(path, read_only, timeout):
        conn = real(path, read_only, timeout)
        if not read_only:
            (pages,) = conn.execute("PRAGMA page_count").fetchone()
            conn.execute(f"PRAGMA max_page_count = {pages + 3}")
        return conn

    monkeypatch.setattr(connection_module, "connect", connect)


def test_import_on_a_full_disk_says_so_and_changes_nothing(tmp_path: Path, capsys, monkeypatch):
    db = tmp_path / "library.sqlite"
    small = tmp_path / "small.scenario.json"
    write_scenario(small_scenario(), small)
    assert main(["db", "import", str(small), "--db", str(db)]) == 0
    big = small_scenario()
    big.trade_flows = numbered_flows(20_000)
    big_file = tmp_path / "big.scenario.json"
    write_scenario(big, big_file)
    capsys.readouterr()
    main(["db", "list", "--json", "--db", str(db)])
    listed = capsys.readouterr().out
    with monkeypatch.context() as m:
        _tiny_disk(m)
        for command in (["import", str(big_file)], ["import", str(big_file), "--into", "1"]):
            assert main(["db", *command, "--db", str(db)]) == 2
            err = capsys.readouterr().err
            assert f"The disk holding {db} is full" in err and "nothing was changed" in err
            assert "disk I/O error" not in err
    assert main(["db", "list", "--json", "--db", str(db)]) == 0
    assert capsys.readouterr().out == listed  # nothing half-written
    assert main(["db", "check", "--db", str(db)]) == 0


def _error(name: str, text: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorname = name
    return exc


def test_an_io_error_on_a_disk_without_space_is_a_full_disk(tmp_path: Path, monkeypatch):
    """Growing SQLite's shared-memory file on a full disk fails as SQLITE_IOERR_SHMSIZE
    ("disk I/O error"), not SQLITE_FULL: the free space decides what the user is told."""
    path = tmp_path / "library.sqlite"
    exc = _error("SQLITE_IOERR_SHMSIZE", "disk I/O error")
    monkeypatch.setattr("negotiator_gui.store.errors.free_space", lambda p: 4096)
    full = translate(exc, path)
    assert isinstance(full, DiskFull) and f"The disk holding {path} is full" in str(full)
    monkeypatch.setattr("negotiator_gui.store.errors.free_space", lambda p: 10 << 30)
    other = translate(exc, path)
    assert not isinstance(other, DiskFull) and "the disk reported an error" in str(other)
    monkeypatch.setattr("negotiator_gui.store.errors.free_space", lambda p: None)
    assert not isinstance(translate(exc, path), DiskFull)  # unknown: not guessed


def _half_copy(source, target: Path) -> None:
    """What a copy does when the disk fills up half-way."""
    target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    raise _error("SQLITE_FULL", "database or disk is full")


def test_no_half_written_backup_is_left_by_a_full_disk(db_path: Path, monkeypatch):
    with open_library(db_path) as lib:
        lib.create(small_scenario())
    before = snapshot(db_path.parent)
    monkeypatch.setattr(opening_module, "_copy_database", _half_copy)
    nxt = SCHEMA_VERSION + 1
    v2 = (*STEPS, Step(nxt, "v_next_test", lambda db: db.execute("CREATE TABLE t2 (x)")))
    with pytest.raises(DiskFull, match="is full"):
        open_library(db_path, steps=v2)  # the upgrade's backup fails: no upgrade either
    assert backups_of(db_path) == []
    with open_library(db_path) as lib:
        assert lib.schema_version == SCHEMA_VERSION
    assert set(snapshot(db_path.parent)) == set(before)


def test_no_half_restored_library_is_left_by_a_full_disk(
    tmp_path: Path, db_path: Path, monkeypatch
):
    with open_library(db_path) as lib:
        lib.create(small_scenario(), name="current")
    good = tmp_path / "other" / "good.sqlite"
    good.parent.mkdir()
    with open_library(good) as lib:
        lib.create(small_scenario(), name="from the backup")
    before = snapshot(db_path.parent)
    monkeypatch.setattr(opening_module, "_copy_database", _half_copy)
    with pytest.raises(DiskFull):
        restore_backup(good, db_path)
    assert snapshot(db_path.parent) == before  # no copy left, nothing moved aside
    with open_library(db_path) as lib:
        assert [s.name for s in lib.scenarios()] == ["current"]


# -- numbers and names of any size ---------------------------------------------------------------


@pytest.fixture(scope="module")
def two_revisions(tmp_path_factory) -> Path:
    """A library with scenario 1 "Small" at revisions 1 and 2."""
    db = tmp_path_factory.mktemp("numbers") / "library.sqlite"
    with open_library(db) as lib:
        r1 = lib.create(small_scenario(), name="Small")
        s = small_scenario()
        s.notes = "second"
        lib.save(r1.scenario_id, s, r1.id)
    return db


def _run(db: Path, *args: str) -> int:
    """The exit status of ``negotiator db ARGS --db DB`` (argparse exits by itself, with 2, on
    an argument it takes for an unknown option, such as "-x")."""
    try:
        return main(["db", *args, "--db", str(db)])
    except SystemExit as exc:
        return int(exc.code or 0)


HUGE = st.one_of(
    st.integers(min_value=3, max_value=2**63 + 10),
    st.integers(min_value=2**63 - 3, max_value=2**63 + 3),
    st.integers(min_value=2**63, max_value=10**40),
)


@SETTINGS
@given(number=HUGE)
def test_revision_numbers_beyond_the_last_are_no_such_revision(two_revisions, capsys, number):
    out = two_revisions.parent / "out.scenario.json"
    for args in (
        ["show", f"Small@{number}"],
        ["show", f"1@{number:040d}"],  # leading zeros: the same number
        ["diff", f"Small@{number}"],
        ["diff", "Small@1", f"Small@{number}"],
        ["export", f"Small@{number}", str(out)],
        ["restore", f"Small@{number}"],
    ):
        assert _run(two_revisions, *args) == 2, args
        err = capsys.readouterr().err
        assert f"has no revision {number} (it has 1 to 2)" in err, (args, err)
    assert not out.exists()


@SETTINGS
@given(number=HUGE.filter(lambda n: n != 1))
def test_scenario_numbers_that_do_not_exist_are_no_such_scenario(two_revisions, capsys, number):
    for args in (
        ["log", str(number)],
        ["show", str(number)],
        ["rename", str(number), "x"],
        ["delete", str(number)],
        ["restore", str(number)],
        ["import", "--into", str(number), "nothing.json"],
    ):
        assert _run(two_revisions, *args) == 2, args
        assert "There is no scenario named" in capsys.readouterr().err, args


@SETTINGS
@given(digits=st.text(alphabet="0123456789", min_size=1, max_size=5000))
def test_any_run_of_digits_is_a_revision_or_none(two_revisions, capsys, digits):
    """However many digits (Python itself turns no more than 4,300 into an int), leading
    zeros included: revision 1 or 2, or "no such revision"; scenario 1, or "no such scenario"."""
    out = two_revisions.parent / "digits.scenario.json"
    value = digits.lstrip("0")
    revision = 0 if value in ("1", "2") else 2
    scenario = 0 if value == "1" else 2
    for args in (["show", f"Small@{digits}"], ["export", f"Small@{digits}", str(out)]):
        assert _run(two_revisions, *args) == revision, args
        err = capsys.readouterr().err
        assert revision == 0 or ("has no revision" in err and "(it has 1 to 2)" in err), err
        assert len(err) < 500  # a long number is cut short in the message
    if revision:
        assert _run(two_revisions, "restore", f"Small@{digits}") == 2
        assert "has no revision" in capsys.readouterr().err
    assert _run(two_revisions, "log", digits) == scenario
    err = capsys.readouterr().err
    assert scenario == 0 or ("There is no scenario named" in err and len(err) < 500)


REF_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("0123456789@ -+²١٢½"),
        st.characters(blacklist_categories=()),  # surrogates too: undecodable argv bytes
    ),
    max_size=30,
)


@SETTINGS
@given(ref=REF_TEXT)
def test_any_text_as_a_reference_is_an_answer_never_a_crash(two_revisions, capsys, ref):
    before = hashlib.sha256(two_revisions.read_bytes()).hexdigest()
    for args in (["show", ref], ["log", ref], ["diff", ref], ["list", "--search", ref or "x"]):
        assert _run(two_revisions, *args) in (0, 2), (args, capsys.readouterr().err)
        capsys.readouterr()
    assert _run(two_revisions, "rename", "Small", "x" + ref + "\udcff") == 2  # not text
    assert "not UTF-8 text" in capsys.readouterr().err
    assert hashlib.sha256(two_revisions.read_bytes()).hexdigest() == before


@SETTINGS
@given(number=st.one_of(st.integers(min_value=3), st.integers(max_value=0), HUGE))
def test_the_library_answers_not_found_for_any_number(two_revisions, number):
    with open_library(two_revisions, read_only=True) as lib:
        for call in (
            lambda: lib.scenario(number),
            lambda: lib.revision(number),
            lambda: lib.revision_number(1, number),
            lambda: lib.revision_number(number, 1),
            lambda: lib.text(number),
            lambda: lib.log(number),
            lambda: lib.find(str(number)),
        ):
            with pytest.raises(NotFound):
                call()


def test_a_scenario_file_with_an_integer_beyond_sqlite_is_saved(tmp_path: Path, db_path: Path):
    """The plain tables cannot hold it as an integer; the revision keeps it exactly."""
    s = small_scenario()
    s.cards[0].order = 10**20
    with open_library(db_path) as lib:
        rev = lib.create(s)
        assert lib.load(rev.id).cards[0].order == 10**20


# -- the window ----------------------------------------------------------------------------------


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    """The warnings the window shows, as (title, text), instead of showing them."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: seen.append((title, text))
    )
    return seen


def _window(qtbot, settings, library: Path, monkeypatch):
    from negotiator_gui.app.document import Document
    from negotiator_gui.ui.shell.main_window import MainWindow

    settings.setValue("library/path", str(library))
    w = MainWindow(Document.default(), settings)
    qtbot.addWidget(w, before_close_func=lambda win: win.document.stack.set_clean())
    files: list[bool] = []
    monkeypatch.setattr(w, "save_as", lambda *a, **k: files.append(True) or False)
    return w, files


def test_the_window_with_another_programs_database(qtbot, settings, tmp_path, monkeypatch, shown):
    folder = tmp_path / "theirs"
    folder.mkdir()
    theirs = folder / "data.sqlite"
    _rollback(theirs)
    before = snapshot(folder)
    w, files = _window(qtbot, settings, theirs, monkeypatch)
    assert w.library.library is None
    assert "library unavailable" in w.library.status()
    assert not w.library.offer_recovery()
    assert shown[-1][0] == "Library unavailable" and "another program" in shown[-1][1]
    assert not w.library.save() and files == [True]  # offered a file instead
    assert "another program" in shown[-1][1]
    with pytest.raises(NotALibrary):
        w.library.relocate(theirs)
    assert snapshot(folder) == before


def test_the_window_with_a_damaged_library(qtbot, settings, tmp_path, monkeypatch, shown):
    db = tmp_path / "library.sqlite"
    _damaged_library(db)
    before = db.read_bytes()
    w, files = _window(qtbot, settings, db, monkeypatch)
    assert w.library.library is not None and w.library.library.damage
    assert "library damaged" in w.library.status()
    w.library.offer_recovery()
    assert shown[-1][0] == "Library damaged" and str(db) in shown[-1][1]
    assert not w.library.save() and files == [True]
    assert "is damaged" in shown[-1][1] and "negotiator db export" in shown[-1][1]
    w.document.stack.mark_dirty()
    w.library.autosave_now()  # nothing is written, nothing is raised
    assert not w.library.autosaving
    with pytest.raises(CorruptLibrary):
        w.library.relocate(db)
    assert db.read_bytes() == before
