"""Schema versions and migrations: applied on open, from every earlier version; a backup before
each upgrade; a failed upgrade leaves the library as it was; a newer schema is refused with the
backup as the way back; restoring a backup keeps the replaced file aside.

"Every earlier version" is version 0, built here by hand, and version 1, built by the version-1
step alone. When a version ships, add a builder for the one before it to ``EARLIER``: the test
that checks the list is complete fails until then.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from factories import small_scenario
from negotiator_gui.store import (
    MigrationFailed,
    NotALibrary,
    SchemaTooNew,
    backups_of,
    open_library,
    restore_backup,
)
from negotiator_gui.store.schema import SCHEMA_VERSION, STEPS, Step, schema_state


def _version_0(path: Path) -> None:
    """A library as a brand-new, empty SQLite file (what the first start finds or creates)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("VACUUM")  # writes the header: a real, empty SQLite database
    conn.close()


_TEXT_TABLES = ("parties", "issues", "options", "measures", "cards")


def _version_3(path: Path) -> None:
    """A version-3 library holding a scenario with two revisions: today's library with
    version 4 taken back out (no ``merged_id`` column on revisions, no record of the step)."""
    with open_library(path) as lib:
        first = lib.create(small_scenario(), message="first")
        changed = small_scenario()
        changed.title = "changed"
        lib.save(first.scenario_id, changed, first.id, "second")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute('ALTER TABLE revisions DROP COLUMN "merged_id"')
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'v4_merge_parents'")
    conn.close()


def _version_2(path: Path) -> None:
    """A version-2 library holding a scenario: a version-3 library with version 3 taken back
    out (a party's Japanese name back in ``name_local``, no ``text`` columns, no record)."""
    _version_3(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute('ALTER TABLE parties ADD COLUMN "name_local" TEXT')
        conn.execute("UPDATE parties SET name_local = json_extract(text, '$.ja.name')")
        for table in _TEXT_TABLES:
            conn.execute(f'ALTER TABLE "{table}" DROP COLUMN "text"')
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'v3_entity_texts'")
    conn.close()


def _version_1(path: Path) -> None:
    """A version-1 library holding a scenario: a version-2 library with version 2 taken back out
    (the measures table without the columns version 2 adds, and no record of the step)."""
    _version_2(path)
    conn = sqlite3.connect(path)
    with conn:
        for column in ("in_base_rate", "uncovered"):
            conn.execute(f'ALTER TABLE measures DROP COLUMN "{column}"')
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'v2_measure_base_and_coverage'")
    conn.close()


#: A builder of a library file for every schema version older than ours.
EARLIER = {0: _version_0, 1: _version_1, 2: _version_2, 3: _version_3}


def test_every_earlier_version_has_a_fixture():
    assert set(EARLIER) == set(range(SCHEMA_VERSION))


@pytest.mark.parametrize("version", sorted(EARLIER))
def test_upgrade_from_every_earlier_version(version: int, db_path: Path):
    EARLIER[version](db_path)
    assert schema_state(Database(db_path)).version == version
    with open_library(db_path) as lib:
        assert lib.schema_version == SCHEMA_VERSION
        rev = lib.create(small_scenario())
        assert lib.load(rev.id) == small_scenario()
    if version == 0:
        assert backups_of(db_path) == []  # an empty library needs no backup
    tables = set(Database(db_path).table_names())
    assert {"in_base_rate", "uncovered"} <= set(Database(db_path)["measures"].columns_dict)
    assert {"scenarios", "revisions", "recovery", "cards", "flows"} <= tables
    for table in _TEXT_TABLES:
        assert "text" in Database(db_path)[table].columns_dict
    assert "name_local" not in Database(db_path)["parties"].columns_dict
    assert "merged_id" in Database(db_path)["revisions"].columns_dict


def test_version_4_gives_revisions_a_second_parent_and_loses_nothing(db_path: Path):
    _version_3(db_path)
    before = list(Database(db_path).query("SELECT * FROM revisions ORDER BY id"))
    assert len(before) == 2 and "merged_id" not in before[0]
    with open_library(db_path) as lib:
        assert lib.schema_version == SCHEMA_VERSION
        after = list(lib.db.query("SELECT * FROM revisions ORDER BY id"))
        assert [{k: v for k, v in r.items() if k != "merged_id"} for r in after] == before
        assert [r["merged_id"] for r in after] == [None, None]
        (second, first) = lib.log(before[0]["scenario_id"])
        assert (first.message, second.message) == ("first", "second")
        assert second.parent_id == first.id and second.merged_id is None
        assert lib.load(first.id) == small_scenario()


def test_version_3_moves_a_partys_local_name_into_its_japanese_text(db_path: Path):
    _version_2(db_path)
    db = Database(db_path)
    # as a version-2 library held it, before it is opened (and upgraded)
    assert [r["name_local"] for r in db.query("SELECT name_local FROM parties")] == [
        None if not p.text else p.text["ja"]["name"] for p in small_scenario().parties
    ]
    db.conn.close()
    with open_library(db_path):
        pass
    rows = Database(db_path).query("SELECT id, text FROM parties ORDER BY position")
    got = {r["id"]: json.loads(r["text"]) if r["text"] else {} for r in rows}
    assert got == {"US": {}, "JP": {"ja": {"name": "日本"}}, "CN": {"ja": {"name": "中国"}}}


def test_a_zero_byte_file_is_a_new_library(db_path: Path):
    db_path.write_bytes(b"")
    with open_library(db_path) as lib:
        assert lib.schema_version == SCHEMA_VERSION


def _add_colour(db) -> None:
    db.execute("ALTER TABLE scenarios ADD COLUMN colour TEXT")
    db.execute("UPDATE scenarios SET colour = 'blue'")


NEXT = SCHEMA_VERSION + 1
V2 = (*STEPS, Step(NEXT, "v_next_test_colour", _add_colour))


def _broken(db) -> None:
    db.execute("ALTER TABLE scenarios ADD COLUMN half_done TEXT")
    raise RuntimeError("disk said no")


def test_migration_takes_a_backup_and_keeps_the_data(db_path: Path):
    with open_library(db_path) as lib:
        r1 = lib.create(small_scenario(), message="before the upgrade")
    with open_library(db_path, steps=V2) as lib:
        assert lib.schema_version == NEXT
        assert lib.load(r1.id) == small_scenario()
        assert [r["colour"] for r in lib.db.query("SELECT colour FROM scenarios")] == ["blue"]
        assert lib.revision(r1.id).message == "before the upgrade"
    (backup,) = backups_of(db_path)
    assert backup.name.startswith(f"library.backup-v{SCHEMA_VERSION}-")
    old = Database(backup)
    assert schema_state(old).version == SCHEMA_VERSION
    assert "colour" not in old["scenarios"].columns_dict
    assert old["revisions"].count == 1


def test_failed_migration_leaves_the_library_as_it_was(db_path: Path):
    with open_library(db_path) as lib:
        r1 = lib.create(small_scenario())
    with pytest.raises(MigrationFailed) as err:
        open_library(db_path, steps=(*STEPS, Step(NEXT, "v_next_broken", _broken)))
    assert "left as it was" in str(err.value) and "backup" in str(err.value)
    assert "half_done" not in Database(db_path)["scenarios"].columns_dict
    with open_library(db_path) as lib:
        assert lib.schema_version == SCHEMA_VERSION and lib.load(r1.id) == small_scenario()


def test_newer_schema_is_refused_with_a_way_back(db_path: Path):
    with open_library(db_path) as lib:
        r1 = lib.create(small_scenario())
    with open_library(db_path, steps=V2) as lib:
        lib.save(r1.scenario_id, _titled("after the upgrade"), r1.id)
    with pytest.raises(SchemaTooNew) as err:
        open_library(db_path)
    message = str(err.value)
    assert "newer version of Negotiator" in message and "v_next_test_colour" in message
    (backup,) = backups_of(db_path)
    assert f"negotiator db restore --backup {backup}" in message
    aside = restore_backup(backup, db_path)
    assert aside is not None and aside.exists()
    with open_library(db_path) as lib:
        assert lib.schema_version == SCHEMA_VERSION
        assert [r.number for r in lib.log(r1.scenario_id)] == [1]
    with open_library(aside, steps=V2) as kept:  # the newer work is not lost
        assert kept.latest(r1.scenario_id).number == 2


def _titled(title: str):
    s = small_scenario()
    s.title = title
    return s


def test_restore_backup_refuses_what_is_not_a_library(tmp_path: Path, db_path: Path):
    other = tmp_path / "other.sqlite"
    Database(other)["things"].insert({"a": 1})
    with pytest.raises(NotALibrary):
        restore_backup(other, db_path)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(NotALibrary):
        restore_backup(text, db_path)
    assert not db_path.exists()


def test_migration_is_recorded_by_sqlite_utils(db_path: Path):
    with open_library(db_path):
        pass
    rows = list(Database(db_path).query("SELECT migration_set, name FROM _sqlite_migrations"))
    assert rows == [
        {"migration_set": "negotiator", "name": "v1_library"},
        {"migration_set": "negotiator", "name": "v2_measure_base_and_coverage"},
        {"migration_set": "negotiator", "name": "v3_entity_texts"},
        {"migration_set": "negotiator", "name": "v4_merge_parents"},
    ]
    app_id = Database(db_path).execute("PRAGMA application_id").fetchone()[0]
    assert app_id == 0x4E45474F
