"""Autosave: unsaved work goes to the recovery table; after a crash the next start offers it;
a copy of the app that is still running never has its autosave offered to another."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factories import small_scenario
from negotiator_gui.io.scenario_file import ScenarioFileError
from negotiator_gui.store import open_library


def test_autosave_of_a_running_session_is_not_offered(saved, db_path: Path):
    lib, r1 = saved
    s = small_scenario()
    s.notes = "typing…"
    lib.save_recovery(r1.scenario_id, s, r1.id)
    with open_library(db_path) as other:
        assert other.pending_recovery() == []
    assert lib.pending_recovery() == []  # never one's own


def test_work_of_a_session_that_ended_is_offered_back(db_path: Path):
    crashed = open_library(db_path, author="Aiko")
    r1 = crashed.create(small_scenario())
    s = small_scenario()
    s.notes = "unsaved edit"
    first = crashed.save_recovery(r1.scenario_id, s, r1.id)
    s.notes = "a later unsaved edit"
    assert crashed.save_recovery(r1.scenario_id, s, r1.id) == first  # replaced, not added
    crashed.close()  # the lock goes, exactly as when the process dies
    with open_library(db_path) as lib:
        (entry,) = lib.pending_recovery()
        assert (entry.scenario_id, entry.base_revision, entry.author) == (
            r1.scenario_id,
            r1.id,
            "Aiko",
        )
        assert entry.scenario_name == "Small US–Japan test scenario"
        assert entry.scenario() == s and not entry.outdated
        other = small_scenario()
        other.title = "saved meanwhile"
        lib.save(r1.scenario_id, other, r1.id)
        (entry,) = lib.pending_recovery()
        assert entry.outdated  # saving it now will be a conflict, with the diff to decide
        lib.discard_recovery(entry.id)
        assert lib.pending_recovery() == []


def test_saving_clears_the_sessions_autosave(saved, db_path: Path):
    lib, r1 = saved
    s = small_scenario()
    s.notes = "edit"
    lib.save_recovery(r1.scenario_id, s, r1.id)
    lib.save_recovery(None, small_scenario(), None)  # a new scenario, never saved
    lib.save(r1.scenario_id, s, r1.id)
    rows = lib.db.execute("SELECT slot FROM recovery").fetchall()
    assert rows == [("new",)]
    lib.create(small_scenario(), name="Now saved")
    assert lib.db.execute("SELECT count(*) FROM recovery").fetchone()[0] == 0


def test_discard_own_autosave(saved):
    lib, r1 = saved
    lib.save_recovery(r1.scenario_id, small_scenario(), r1.id)
    lib.discard_recovery()
    assert lib.db.execute("SELECT count(*) FROM recovery").fetchone()[0] == 0


def test_half_done_work_is_kept_even_if_it_would_not_open(db_path: Path):
    crashed = open_library(db_path)
    crashed.save_recovery(None, '{"format": "negotiator-scenario", "version": 2, "id": ', None)
    crashed.close()
    with open_library(db_path) as lib:
        (entry,) = lib.pending_recovery()
        assert entry.scenario_id is None and entry.scenario_name is None
        with pytest.raises(ScenarioFileError, match="recovered work"):
            entry.scenario()
        assert entry.document.startswith('{"format"')  # the text can still be saved elsewhere


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_work_of_a_killed_process_is_offered_back(db_path: Path):
    with open_library(db_path) as lib:
        r1 = lib.create(small_scenario())
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})
        from factories import small_scenario
        from negotiator_gui.store import open_library
        lib = open_library({str(db_path)!r})
        s = small_scenario()
        s.notes = "before the power cut"
        lib.save_recovery({r1.scenario_id}, s, {r1.id})
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    with open_library(db_path) as lib:
        (entry,) = lib.pending_recovery()
        assert entry.scenario().notes == "before the power cut"
        lib.discard_recovery(entry.id)
    lock_dir = db_path.with_name(db_path.name + ".sessions")
    assert not any(lock_dir.iterdir())  # the dead session's lock file was tidied away


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_lock_files_of_crashed_sessions_without_autosave_are_tidied(db_path: Path):
    script = textwrap.dedent(
        f"""
        import os, signal
        from negotiator_gui.store import open_library
        lib = open_library({str(db_path)!r})
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    lock_dir = db_path.with_name(db_path.name + ".sessions")
    assert len(list(lock_dir.iterdir())) == 1
    with open_library(db_path) as lib:
        assert [p.stem for p in lock_dir.iterdir()] == [lib.session]
