"""The library's operations: save, list and search, log, open any revision, restore, rename,
duplicate, trash, import and export; the plain tables; immutability of revisions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from factories import small_scenario
from negotiator_gui.core.model import CardStatus, Party, Role
from negotiator_gui.io.scenario_file import ScenarioFileError, read_scenario, write_scenario
from negotiator_gui.io.scenario_writer import content_hash, dumps_scenario
from negotiator_gui.paths import shipped_scenarios
from negotiator_gui.store import (
    InvalidScenario,
    Library,
    LibraryError,
    NameTaken,
    NotFound,
    open_library,
)


def test_create_stores_canonical_document_hash_and_metadata(saved):
    lib, rev = saved
    s = small_scenario()
    assert rev.number == 1 and rev.parent_id is None and rev.action == "create"
    assert rev.author == "Tester" and rev.message == "first"
    assert rev.hash == content_hash(s)
    assert rev.title == s.title and rev.document_id == s.id and rev.as_of == "2025-04-09"
    assert rev.flows == len(s.trade_flows)
    assert lib.text(rev.id) == dumps_scenario(s)
    assert rev.size == len(dumps_scenario(s).encode())
    assert rev.created_at.endswith("Z") and "T" in rev.created_at
    assert lib.load(rev.id) == s


def test_save_log_and_open_any_revision(saved):
    lib, r1 = saved
    s = small_scenario()
    s.title = "Second"
    r2 = lib.save(r1.scenario_id, s, r1.id, "retitled")
    s.cards[0].status = CardStatus.ACCEPTED
    r3 = lib.save(r1.scenario_id, s, r2.id, "accepted")
    assert [r.number for r in lib.log(r1.scenario_id)] == [3, 2, 1]
    assert (r2.parent_id, r3.parent_id) == (r1.id, r2.id)
    assert lib.load(r1.id) == small_scenario()
    assert lib.load(r2.id).title == "Second"
    info, latest = lib.open_latest(r1.scenario_id)
    assert info == r3 and latest == s
    assert lib.revision_number(r1.scenario_id, 2) == r2
    with pytest.raises(NotFound, match="has no revision 9"):
        lib.revision_number(r1.scenario_id, 9)


def test_saving_identical_content_writes_nothing(saved):
    lib, r1 = saved
    assert lib.save(r1.scenario_id, small_scenario(), r1.id) == r1
    assert len(lib.log(r1.scenario_id)) == 1


def test_invalid_scenario_is_refused_and_nothing_changes(saved):
    lib, r1 = saved
    s = small_scenario()
    s.perspective = "XX"
    with pytest.raises(InvalidScenario, match="perspective"):
        lib.save(r1.scenario_id, s, r1.id)
    with pytest.raises(InvalidScenario):
        lib.create(s)
    assert len(lib.scenarios()) == 1 and len(lib.log(r1.scenario_id)) == 1


def test_list_and_search(lib: Library):
    a = lib.create(small_scenario(), name="Alpha")
    s = small_scenario()
    s.parties.append(Party(id="KR", name="Korea", role=Role.THIRD))
    lib.create(s, name="Beta", message="what we offered on Tuesday")
    assert [i.name for i in lib.scenarios()] == ["Alpha", "Beta"]
    assert [i.name for i in lib.scenarios("korea")] == ["Beta"]  # a party of the latest revision
    assert [i.name for i in lib.scenarios("TUESDAY")] == ["Beta"]  # a revision message
    assert [i.name for i in lib.scenarios("alp")] == ["Alpha"]
    assert [i.name for i in lib.scenarios("Auto tariff cut")] == ["Alpha", "Beta"]  # a card
    assert lib.scenarios("100%") == [] and lib.scenarios("_") == []  # LIKE wildcards escaped
    info = lib.scenarios()[0]
    assert info.revisions == 1 and info.latest == a and not info.in_trash


def test_names_are_unique_among_live_scenarios(lib: Library):
    lib.create(small_scenario())
    second = lib.create(small_scenario())
    assert lib.scenario(second.scenario_id).name == "Small US–Japan test scenario (2)"
    with pytest.raises(NameTaken):
        lib.create(small_scenario(), name="Small US–Japan test scenario")
    with pytest.raises(NameTaken):
        lib.rename(second.scenario_id, "Small US–Japan test scenario")
    assert lib.rename(second.scenario_id, "  Other ").name == "Other"
    with pytest.raises(LibraryError, match="needs a name"):
        lib.rename(second.scenario_id, " ")


def test_find_by_name_or_number(saved):
    lib, r1 = saved
    assert lib.find("Small US–Japan test scenario").id == r1.scenario_id
    assert lib.find(str(r1.scenario_id)).id == r1.scenario_id
    with pytest.raises(NotFound, match="db list"):
        lib.find("nothing")


def test_restore_revision_as_new_one(saved):
    lib, r1 = saved
    s = small_scenario()
    s.notes = "changed"
    r2 = lib.save(r1.scenario_id, s, r1.id)
    r3 = lib.restore_revision(r1.id)
    assert (r3.number, r3.parent_id, r3.action) == (3, r2.id, "restore")
    assert r3.hash == r1.hash and r3.message == "Restored revision 1"
    assert lib.load(r3.id) == small_scenario()
    # Restoring what is already the latest content changes nothing.
    assert lib.restore_revision(r1.id) == r3


def test_duplicate_and_branch_keep_their_origin(saved):
    lib, r1 = saved
    copy = lib.duplicate(r1.id)
    assert copy.scenario_id != r1.scenario_id and copy.parent_id == r1.id
    assert copy.number == 1 and copy.action == "branch" and copy.hash == r1.hash
    assert lib.scenario(copy.scenario_id).name == "Small US–Japan test scenario (copy)"
    s = small_scenario()
    s.notes = "my way"
    branch = lib.save_as_branch(s, r1.id, name="Mine")
    assert lib.scenario(branch.scenario_id).name == "Mine" and branch.parent_id == r1.id
    assert lib.load(branch.id).notes == "my way"
    assert len(lib.log(r1.scenario_id)) == 1  # the source is untouched


def test_trash_and_restore(saved):
    lib, r1 = saved
    sid = r1.scenario_id
    lib.delete(sid)
    assert lib.scenarios() == [] and [i.id for i in lib.scenarios(trash=True)] == [sid]
    assert lib.scenario(sid).in_trash
    with pytest.raises(LibraryError, match="trash"):
        lib.save(sid, small_scenario(), r1.id, overwrite=True)
    lib.create(small_scenario())  # takes the name meanwhile
    back = lib.undelete(sid)
    assert not back.in_trash and back.name == "Small US–Japan test scenario (2)"
    assert lib.load(r1.id) == small_scenario()  # nothing was erased


def test_import_and_export_are_byte_identical(lib: Library, tmp_path: Path):
    for path in shipped_scenarios():
        rev = lib.import_file(path)
        assert rev.action == "import" and rev.message == f"Imported from {path.name}"
        out = tmp_path / path.name
        lib.export(rev.id, out)
        assert out.read_bytes() == path.read_bytes()
        written = tmp_path / ("w-" + path.name)
        write_scenario(read_scenario(path).scenario, written)
        assert out.read_bytes() == written.read_bytes()


def test_import_into_an_existing_scenario(saved, tmp_path: Path):
    lib, r1 = saved
    s = small_scenario()
    s.title = "From a colleague"
    f = tmp_path / "x.scenario.json"
    write_scenario(s, f)
    rev = lib.import_file(f, into=r1.scenario_id, message="their version")
    assert (rev.scenario_id, rev.number, rev.message) == (r1.scenario_id, 2, "their version")


def test_bad_import_changes_nothing(saved, tmp_path: Path):
    lib, _ = saved
    bad = tmp_path / "bad.scenario.json"
    bad.write_text('{"format": "negotiator-scenario", "version": 2', encoding="utf-8")
    before = Path(lib.path).read_bytes()
    with pytest.raises(ScenarioFileError, match="not valid JSON"):
        lib.import_file(bad)
    with pytest.raises(ScenarioFileError):
        lib.import_file(tmp_path / "missing.scenario.json")
    assert len(lib.scenarios()) == 1
    assert Path(lib.path).read_bytes() == before


def test_revisions_are_immutable(saved):
    lib, r1 = saved
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        lib.db.execute("UPDATE revisions SET message = 'x' WHERE id = ?", [r1.id])
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        lib.db.execute("DELETE FROM revisions WHERE id = ?", [r1.id])


def test_plain_tables_hold_the_latest_revision(saved):
    lib, r1 = saved
    sid = r1.scenario_id
    s = small_scenario()
    s.cards[0].title = "Renamed card"
    s.trade_flows.value[0] = 42.5
    lib.save(sid, s, r1.id)
    db = Database(lib.path)  # what a user of the sqlite-utils CLI or Datasette sees
    cards = list(db["cards"].rows_where("scenario_id = ?", [sid], order_by="position"))
    assert [c["id"] for c in cards] == [c.id for c in s.cards]
    assert cards[0]["title"] == "Renamed card" and cards[0]["status"] == "on_table"
    assert cards[0]["tags"] == '["autos"]' and cards[0]["value_to_us"] == 30
    flows = list(db["flows"].rows_where("scenario_id = ?", [sid], order_by="position"))
    first = flows[0]
    assert (first["importer"], first["exporter"], first["product"], first["value"]) == (
        "US",
        "JP",
        "8703",
        42.5,
    )
    assert len(flows) == len(s.trade_flows)
    options = list(
        db["options"].rows_where(
            "scenario_id = ? AND issue_id = 'autos'", [sid], order_by="position"
        )
    )
    assert [o["id"] for o in options] == ["keep", "cut-half", "floor-15"]
    measures = {m["id"]: m for m in db["measures"].rows_where("scenario_id = ?", [sid])}
    assert measures["us-ieepa-jp"]["effective"] == "2025-04-09"
    assert measures["us-232-autos"]["authority"] == "s232"
    assert {p["id"] for p in db["parties"].rows} == {"US", "JP", "CN"}
    assert db["issues"].count == 3
    latest = list(db.query("SELECT * FROM latest_revisions"))
    assert latest[0]["number"] == 2 and "document" not in latest[0]


def test_plain_flows_are_rewritten_only_when_they_change(saved):
    lib, r1 = saved
    sid = r1.scenario_id
    s = small_scenario()
    s.notes = "no flow change"
    r2 = lib.save(sid, s, r1.id)
    calls = []
    lib.db.conn.set_trace_callback(calls.append)
    s.notes = "still none"
    r3 = lib.save(sid, s, r2.id)
    assert not any('INTO "flows"' in c or "DELETE FROM flows" in c for c in calls)
    s.trade_flows.value[1] = 1.0
    calls.clear()
    lib.save(sid, s, r3.id)
    lib.db.conn.set_trace_callback(None)
    assert any("DELETE FROM flows" in c for c in calls)
    rows = lib.db.execute("SELECT value FROM flows WHERE scenario_id = ? ORDER BY position", [sid])
    assert [r[0] for r in rows] == s.trade_flows.value


def test_every_model_field_has_a_plain_column():
    """A new model field needs a migration adding its column; this says which one is missing."""
    from dataclasses import fields

    from negotiator_gui.core.model import Card, Issue, Measure, Option, Party
    from negotiator_gui.store import schema

    for cls, cols, skip in (
        (Party, schema.PARTY_COLUMNS, ()),
        (Issue, schema.ISSUE_COLUMNS, ("options",)),
        (Option, schema.OPTION_COLUMNS, ()),
        (Measure, schema.MEASURE_COLUMNS, ()),
        (Card, schema.CARD_COLUMNS, ()),
    ):
        assert [f.name for f in fields(cls) if f.name not in skip] == list(cols), cls.__name__


def test_unknown_ids_are_reported(lib: Library):
    with pytest.raises(NotFound):
        lib.scenario(99)
    with pytest.raises(NotFound):
        lib.revision(99)
    with pytest.raises(NotFound):
        lib.text(99)
    with pytest.raises(NotFound):
        lib.log(99)


def test_author_defaults_to_the_os_user(db_path: Path, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "os-user")
    with open_library(db_path) as lib:
        assert lib.create(small_scenario()).author == "os-user"
        rev = lib.save(
            lib.scenarios()[0].id, _retitled("x"), lib.scenarios()[0].latest.id, author="Named"
        )
        assert rev.author == "Named"


def _retitled(title: str):
    s = small_scenario()
    s.title = title
    return s


def test_library_file_is_wal_with_foreign_keys(saved):
    lib, _ = saved
    assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert lib.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert lib.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert lib.check() == []


def test_plain_flows_follow_every_kind_of_table_edit(saved):
    lib, rev = saved
    sid = rev.scenario_id
    s = small_scenario()
    f = s.trade_flows

    def table():
        return [
            tuple(r)
            for r in lib.db.execute(
                "SELECT importer, exporter, product, value, mfn_rate FROM flows "
                "WHERE scenario_id = ? ORDER BY position",
                [sid],
            )
        ]

    def add_row():
        for col, v in zip(f.COLUMNS, ("JP", "US", "03", 5.0, 0.1), strict=True):
            getattr(f, col).append(v)

    def drop_row(i: int):
        for col in f.COLUMNS:
            getattr(f, col).pop(i)

    edits = [
        lambda: f.value.__setitem__(2, 7.0),  # one cell: that row is updated
        add_row,  # a row at the end: inserted
        lambda: drop_row(0),  # every row shifts: all rewritten
        lambda: drop_row(-1),  # the last row goes: deleted
    ]
    for edit in edits:
        edit()
        rev = lib.save(sid, s, rev.id)
        rows = zip(f.importer, f.exporter, f.product, f.value, f.mfn_rate, strict=True)
        assert table() == list(rows)
