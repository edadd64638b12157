"""Bad files and faults: each gives a clear message and a way forward, and never damages data.

Not SQLite, another program's database, a damaged file, a document that no longer matches its
hash, a read-only location, a full disk (simulated with ``PRAGMA max_page_count``), a library
held busy by another copy."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from factories import numbered_flows, small_scenario
from negotiator_gui.store import (
    CorruptLibrary,
    DiskFull,
    LibraryBusy,
    LibraryError,
    NotALibrary,
    ReadOnlyLibrary,
    open_library,
)


def test_a_file_that_is_not_sqlite(tmp_path: Path):
    f = tmp_path / "notes.sqlite"
    f.write_text("these are my notes, not a database\n")
    with pytest.raises(NotALibrary) as err:
        open_library(f)
    assert "not an SQLite database" in str(err.value) and "--db" in str(err.value)
    assert f.read_text().startswith("these are my notes")  # untouched
    with pytest.raises(NotALibrary, match="is a folder"):
        open_library(tmp_path)


def test_another_programs_database(tmp_path: Path):
    f = tmp_path / "other.sqlite"
    Database(f)["customers"].insert({"name": "x"})
    with pytest.raises(NotALibrary, match="made by another program"):
        open_library(f)
    assert Database(f).table_names() == ["customers"]


def _many_revisions(db_path: Path, n: int = 6) -> list[int]:
    with open_library(db_path) as lib:
        s = small_scenario()
        s.trade_flows = numbered_flows(4000)
        r = lib.create(s)
        ids = [r.id]
        for i in range(n - 1):
            s.notes = f"edit {i}"
            s.trade_flows.value[i] += 1
            r = lib.save(r.scenario_id, s, r.id)
            ids.append(r.id)
    return ids


def test_a_damaged_file_is_reported_with_a_way_forward(db_path: Path):
    ids = _many_revisions(db_path)
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, 7 * page):
        data[offset : offset + page] = os.urandom(page)
    db_path.write_bytes(bytes(data))
    problems = []
    try:
        with open_library(db_path) as lib:
            problems = lib.check()
            for rid in ids:
                lib.load(rid)
    except CorruptLibrary as exc:
        assert "damaged" in str(exc) and ("restore" in str(exc) or "another" in str(exc))
    else:
        assert problems, "damage went unnoticed"


def test_a_damaged_header_is_reported(db_path: Path):
    _many_revisions(db_path, 2)
    data = bytearray(db_path.read_bytes())
    data[16:24] = b"\xff" * 8  # page size and format bytes
    db_path.write_bytes(bytes(data))
    with pytest.raises((CorruptLibrary, NotALibrary)) as err, open_library(db_path) as lib:
        lib.scenarios()
    assert "damaged" in str(err.value) or "not a" in str(err.value)


def test_a_document_that_no_longer_matches_its_hash(saved):
    lib, r1 = saved
    raw = sqlite3.connect(lib.path)
    raw.execute("DROP TRIGGER revisions_are_immutable")  # what a damaged sector would do
    raw.execute("UPDATE revisions SET document = replace(document, 'Japan', 'Japon')")
    raw.commit()
    raw.close()
    with pytest.raises(CorruptLibrary, match="no longer matches its hash"):
        lib.load(r1.id)
    assert lib.check() == [f"revision {r1.id}: document does not match its hash"]


def test_read_only_location_opens_read_only(db_path: Path, monkeypatch):
    with open_library(db_path) as lib:
        r1 = lib.create(small_scenario())
    monkeypatch.setattr("negotiator_gui.store.opening.writable", lambda path: False)
    with open_library(db_path) as lib:
        assert lib.read_only and "cannot be written" in lib.read_only_reason
        assert lib.load(r1.id) == small_scenario()  # reading works
        assert [i.name for i in lib.scenarios()] == ["Small US–Japan test scenario"]
        with pytest.raises(ReadOnlyLibrary) as err:
            lib.save(r1.scenario_id, small_scenario(), r1.id, overwrite=True)
        assert "Export your scenario to a file" in str(err.value)
        with pytest.raises(ReadOnlyLibrary):
            lib.save_recovery(r1.scenario_id, small_scenario(), r1.id)
    with pytest.raises(LibraryError, match="none can be created"):
        open_library(db_path.with_name("new.sqlite"))


def test_read_only_on_request_while_another_copy_writes(saved, db_path: Path):
    lib, r1 = saved
    with open_library(db_path, read_only=True) as reader:
        s = small_scenario()
        s.notes = "new"
        r2 = lib.save(r1.scenario_id, s, r1.id)
        assert reader.latest(r1.scenario_id) == r2  # sees the writer's commits
        with pytest.raises(ReadOnlyLibrary, match="opened read-only"):
            reader.rename(r1.scenario_id, "x")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_for_real(tmp_path: Path):
    folder = tmp_path / "ro"
    folder.mkdir()
    with open_library(folder / "library.sqlite") as lib:
        lib.create(small_scenario())
    folder.chmod(0o555)
    try:
        with open_library(folder / "library.sqlite") as lib:
            assert lib.read_only and lib.scenarios()
    finally:
        folder.chmod(0o755)


def test_full_disk_changes_nothing_and_says_so(saved):
    lib, r1 = saved
    pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
    lib.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    big = small_scenario()
    big.trade_flows = numbered_flows(20_000)
    with pytest.raises(DiskFull) as err:
        lib.save(r1.scenario_id, big, r1.id)
    assert f"The disk holding {lib.path} is full" in str(err.value)
    assert "nothing was changed" in str(err.value)
    with pytest.raises(DiskFull):
        lib.create(big)
    assert [r.number for r in lib.log(r1.scenario_id)] == [1]
    assert lib.check() == [] and lib.load(r1.id) == small_scenario()
    lib.db.execute("PRAGMA max_page_count = 1073741823")  # space freed: it works again
    assert lib.save(r1.scenario_id, big, r1.id).number == 2


def test_busy_library_times_out_with_a_message(saved, db_path: Path):
    _, r1 = saved
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with open_library(db_path, timeout=0.2) as other:
            with pytest.raises(LibraryBusy, match="another copy of Negotiator"):
                other.rename(r1.scenario_id, "x")
            assert other.scenarios()  # reading is never blocked (WAL)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
