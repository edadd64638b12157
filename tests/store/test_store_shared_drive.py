"""A library on a shared (network) drive: no WAL, one writing desk at a time named in a lock
record, read-only opening for the others, and nothing lost when a save is killed.

The file system is made to look like a network one with ``NEGOTIATOR_FS_KIND`` (what the
detection in ``store.filesystem`` would report on a share)."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from factories import small_scenario
from negotiator_gui.store import LibraryBusy, ReadOnlyLibrary, SchemaTooNew, open_library, schema
from negotiator_gui.store.filesystem import ENV_VAR
from negotiator_gui.store.lock import UNREADABLE_STALE, LibraryHeld, host_name, record_path

OTHER_DESK = {"user": "tanaka", "host": "DESK-7", "pid": 4242, "since": "2025-04-02T08:15:00Z"}


@pytest.fixture
def network(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "network")


def journal_mode(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def write_record(db_path: Path, **holder) -> None:
    record_path(db_path).write_text(json.dumps(holder), encoding="utf-8")


def test_on_a_network_drive_the_library_uses_a_rollback_journal(network, db_path: Path):
    seen: list[str] = []
    with open_library(db_path) as lib:
        assert lib.filesystem == "network"
        assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        rev = lib.create(small_scenario(), message="first")
        trace = lib.db.conn.set_trace_callback
        trace(lambda sql: seen.append(sorted(p.name for p in db_path.parent.iterdir())))
        scenario = lib.load(rev.id)
        scenario.notes = "second"
        lib.save(rev.scenario_id, scenario, rev.id, "second")
        trace(None)
        assert not Path(f"{db_path}-wal").exists()
    assert seen and not any(name.endswith(("-wal", "-shm")) for names in seen for name in names)
    assert journal_mode(db_path) == "delete"  # kept in the file: every desk reads it so
    assert not Path(f"{db_path}-wal").exists()


def test_a_local_library_keeps_wal_and_no_lock_record(monkeypatch, db_path: Path):
    monkeypatch.setenv(ENV_VAR, "local")
    with open_library(db_path) as lib:
        lib.create(small_scenario())
        assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert lib.share is None
        assert not record_path(db_path).exists()


def test_a_wal_library_moved_to_a_share_is_checkpointed_into_delete_mode(
    monkeypatch, tmp_path: Path
):
    """Written locally, copied to the share with its write-ahead log still holding the
    revisions: opening it there keeps them all, in the file itself."""
    monkeypatch.setenv(ENV_VAR, "local")
    local = tmp_path / "local" / "library.sqlite"
    share = tmp_path / "share" / "library.sqlite"
    share.parent.mkdir()
    with open_library(local) as lib:
        first = lib.create(small_scenario(), message="first")
        second = lib.create(small_scenario(), name="second")
        for suffix in ("", "-wal"):
            source = Path(f"{local}{suffix}")
            Path(f"{share}{suffix}").write_bytes(source.read_bytes())
    assert Path(f"{share}-wal").stat().st_size > 0
    monkeypatch.setenv(ENV_VAR, "network")
    with open_library(share) as lib:
        assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert not Path(f"{share}-wal").exists()
        assert [r.hash for r in (lib.revision(first.id), lib.revision(second.id))] == [
            first.hash,
            second.hash,
        ]
    conn = sqlite3.connect(f"file:{share}?mode=ro&immutable=1", uri=True)  # the file alone
    assert conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == 2
    conn.close()


def test_the_lock_record_names_this_desk_while_open_and_goes_on_close(network, db_path: Path):
    lib = open_library(db_path)
    record = json.loads(record_path(db_path).read_text(encoding="utf-8"))
    assert record["host"] == host_name()
    assert record["pid"] == os.getpid()
    assert record["user"]
    assert record["since"].endswith("Z")
    again = open_library(db_path)  # the same process may open it twice
    again.close()
    assert record_path(db_path).exists()  # still held by the first
    lib.close()
    assert not record_path(db_path).exists()


def test_a_second_desk_is_refused_with_the_holder_named(network, db_path: Path):
    open_library(db_path).close()
    write_record(db_path, **OTHER_DESK)
    with pytest.raises(LibraryHeld) as caught:
        open_library(db_path)
    err = caught.value
    assert isinstance(err, LibraryBusy)
    assert err.holder is not None and err.holder.user == "tanaka"
    text = str(err)
    assert "tanaka" in text and "DESK-7" in text and "2025-04-02 08:15" in text
    assert str(record_path(db_path)) in text  # the way forward when that desk crashed
    assert json.loads(record_path(db_path).read_text()) == OTHER_DESK  # left alone


def test_a_record_that_cannot_be_read_still_refuses(network, db_path: Path):
    open_library(db_path).close()
    record_path(db_path).write_text("", encoding="utf-8")  # being written, or damaged
    with pytest.raises(LibraryHeld) as caught:
        open_library(db_path)
    assert caught.value.holder is None
    assert str(record_path(db_path)) in str(caught.value)


def test_a_record_left_half_made_long_ago_is_taken_over(network, db_path: Path):
    """A copy killed while creating its record (on a share without hard links, where it is
    written in place) left it empty; a minute later nobody is writing it any more."""
    open_library(db_path).close()
    record = record_path(db_path)
    draft = record.with_name(record.name + ".0123abcd.new")  # a draft a killed copy left
    for left in (record, draft):
        left.write_text("", encoding="utf-8")
        old = left.stat().st_mtime - UNREADABLE_STALE - 5
        os.utime(left, (old, old))
    with open_library(db_path) as lib:
        lib.create(small_scenario())
        assert json.loads(record.read_text())["pid"] == os.getpid()
        assert not draft.exists()


def test_the_record_appears_whole_or_not_at_all(network, db_path: Path, monkeypatch):
    """Where hard links fail (some SMB shares) the record is written in place instead."""

    def no_links(src, dst):
        raise OSError(95, "Operation not supported")

    monkeypatch.setattr(os, "link", no_links)
    with open_library(db_path):
        assert json.loads(record_path(db_path).read_text())["pid"] == os.getpid()
        assert [p.name for p in db_path.parent.glob("*.lock*")] == [record_path(db_path).name]
    assert not record_path(db_path).exists()


def test_read_only_opening_works_while_held_and_refuses_saves(network, db_path: Path):
    with open_library(db_path) as lib:
        rev = lib.create(small_scenario(), message="first")
    write_record(db_path, **OTHER_DESK)
    with open_library(db_path, read_only=True) as lib:
        assert lib.read_only
        assert lib.load(rev.id).title == small_scenario().title
        with pytest.raises(ReadOnlyLibrary) as caught:
            lib.save(rev.scenario_id, small_scenario(), rev.id, "mine")
        assert "read-only" in str(caught.value)
        assert lib.log(rev.scenario_id) == [rev]
    assert json.loads(record_path(db_path).read_text()) == OTHER_DESK


def test_taking_over_replaces_the_other_desks_record(network, db_path: Path):
    open_library(db_path).close()
    write_record(db_path, **OTHER_DESK)
    with open_library(db_path, take_over=True) as lib:
        lib.create(small_scenario())
        assert json.loads(record_path(db_path).read_text())["pid"] == os.getpid()
    assert not record_path(db_path).exists()
    assert not list(db_path.parent.glob("*.old"))


def dead_pid() -> int:
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(proc.stdout)


def test_a_record_left_by_a_crashed_copy_on_this_computer_is_taken_over(network, db_path: Path):
    open_library(db_path).close()
    crashed = dict(OTHER_DESK, host=host_name(), pid=dead_pid())
    write_record(db_path, **crashed)
    with open_library(db_path) as lib:
        lib.create(small_scenario())
        assert json.loads(record_path(db_path).read_text())["pid"] == os.getpid()


def test_a_running_copy_on_this_computer_is_not_taken_over(network, db_path: Path):
    open_library(db_path).close()
    alive = dict(OTHER_DESK, host=host_name(), pid=os.getppid())
    write_record(db_path, **alive)
    with pytest.raises(LibraryHeld):
        open_library(db_path)


def test_a_failed_open_gives_the_lock_record_back(network, db_path: Path):
    open_library(db_path).close()  # the newest schema: too new for an older Negotiator
    with pytest.raises(SchemaTooNew):
        open_library(db_path, steps=schema.STEPS[:1])
    assert not record_path(db_path).exists()
    open_library(db_path).close()  # and nothing else stands in the way


@pytest.mark.slow
@pytest.mark.kill
@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX")
def test_kill_9_in_the_middle_of_a_save_on_a_share_loses_nothing_saved(network, db_path: Path):
    """Another process saves, is stopped inside a save (with changed pages already in the
    file), and is killed there. Meanwhile a second writer is refused with it named; after
    the kill the next opening takes the dead copy's lock record over, rolls the half save
    back, and every revision saved before is there, intact."""
    env = dict(os.environ, **{ENV_VAR: "network"})
    env["PYTHONPATH"] = os.pathsep.join([str(Path("src").resolve()), env.get("PYTHONPATH", "")])
    saver = Path(__file__).with_name("pause_saver.py")
    proc = subprocess.Popen(
        [sys.executable, str(saver), str(db_path), "3"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    reported: list[tuple[int, str]] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == "paused":
                break
            rid, digest = line.split()
            reported.append((int(rid), digest))
        assert len(reported) == 4, "the saver stopped before its half-done save"
        assert Path(f"{db_path}-journal").exists()
        assert not Path(f"{db_path}-wal").exists()
        with pytest.raises(LibraryHeld) as caught:
            open_library(db_path, timeout=0.1)
        assert caught.value.holder is not None and caught.value.holder.pid == proc.pid
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert Path(f"{db_path}-journal").exists()  # the half save is still in the file
    assert json.loads(record_path(db_path).read_text())["pid"] == proc.pid
    with open_library(db_path) as lib:
        assert lib.check() == []
        assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (info,) = lib.scenarios()
        log = lib.log(info.id)
        assert [(r.id, r.hash) for r in reversed(log)] == reported
        for rid, digest in reported:
            assert hashlib.sha256(lib.text(rid).encode()).hexdigest() == digest
        latest = lib.load(log[0].id)
        assert latest.notes == "save 2"
        values = [v for (v,) in lib.db.execute("SELECT value FROM flows ORDER BY position")]
        assert values == latest.trade_flows.value  # the plain tables rolled back too
        assert not Path(f"{db_path}-journal").exists()
        assert not Path(f"{db_path}-wal").exists()


@pytest.mark.slow
@pytest.mark.kill
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks its savers (POSIX)")
def test_kill_9_at_random_moments_on_a_share_never_loses_a_reported_revision(
    network, db_path: Path
):
    """The random-kill harness of ``test_store_kill``, on a drive reported as network: each
    round's saver takes over the lock record its killed predecessor left."""
    harness = Path(__file__).with_name("kill_harness.py")
    rounds = 20
    env = dict(os.environ, **{ENV_VAR: "network"})
    proc = subprocess.run(
        [sys.executable, str(harness), str(db_path), str(rounds), "22", "0.12"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["integrity"] == ["ok"] * rounds
    assert len(result["reported"]) >= rounds // 5
    assert journal_mode(db_path) == "delete"
    assert not Path(f"{db_path}-wal").exists()
    with open_library(db_path) as lib:
        for rid, digest in result["reported"]:
            assert lib.revision(rid).hash == digest
            assert hashlib.sha256(lib.text(rid).encode()).hexdigest() == digest


def test_the_command_line_reads_a_held_library_and_refuses_to_write(
    network, db_path: Path, tmp_path: Path, capsys
):
    from negotiator_gui.cli import main
    from negotiator_gui.io.scenario_file import write_scenario

    with open_library(db_path) as lib:
        lib.create(small_scenario(), name="Talks")
    write_record(db_path, **OTHER_DESK)
    assert main(["db", "list", "--db", str(db_path), "--json"]) == 0
    assert [s["name"] for s in json.loads(capsys.readouterr().out)] == ["Talks"]
    file = tmp_path / "other.scenario.json"
    write_scenario(small_scenario(), file)
    assert main(["db", "import", str(file), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "tanaka" in err and "DESK-7" in err
    with open_library(db_path, read_only=True) as lib:
        assert [s.name for s in lib.scenarios()] == ["Talks"]


def test_autosave_from_another_thread_also_keeps_to_the_rollback_journal(network, db_path: Path):
    import threading

    with open_library(db_path) as lib:
        errors: list[BaseException] = []

        def autosave() -> None:
            try:
                lib.save_recovery(None, small_scenario(), None)
            except BaseException as exc:  # reported to the test below
                errors.append(exc)

        worker = threading.Thread(target=autosave)
        worker.start()
        worker.join()
        assert errors == []
        assert lib.db.execute("SELECT count(*) FROM recovery").fetchone()[0] == 1
        assert not Path(f"{db_path}-wal").exists()
    assert journal_mode(db_path) == "delete"
