"""``app.usecases`` outputs: an export is written whole or not at all. A failed export leaves
no partial file and keeps the old one; a staged file replaces its target only when committed."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from negotiator_gui.app.errors import OutputCheckError, ScenarioFileError, os_error_text
from negotiator_gui.app.usecases import output
from negotiator_gui.app.usecases.scenario_files import export_scenario, open_scenario
from negotiator_gui.app.usecases.workbook_export import export_workbook
from negotiator_gui.io import atomic_write
from negotiator_gui.io.excel import book

OLD = b"the previous export, which a failed one must not destroy"


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.tmp"))


@pytest.fixture
def old_file(tmp_path: Path):
    def make(name: str) -> Path:
        path = tmp_path / name
        path.write_bytes(OLD)
        return path

    return make


def test_scenario_export_round_trips_and_redacts(scenario, tmp_path):
    full, red = tmp_path / "full.scenario.json", tmp_path / "red.scenario.json"
    assert export_scenario(full, scenario) is scenario
    shared = export_scenario(red, scenario, redacted=True)
    assert open_scenario(full).scenario == scenario
    back = open_scenario(red).scenario
    assert back == shared and scenario.perspective not in [p.party for p in back.preferences]
    assert leftovers(tmp_path) == []


def test_a_full_disk_keeps_the_old_scenario_file(scenario, old_file, monkeypatch):
    target = old_file("out.scenario.json")

    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_write.os, "replace", full_disk)
    with pytest.raises(OSError) as caught:
        export_scenario(target, scenario)
    assert "disk is full" in os_error_text(caught.value)
    assert target.read_bytes() == OLD and leftovers(target.parent) == []


def test_a_workbook_that_does_not_read_back_keeps_the_old_one(scenario, old_file, monkeypatch):
    target = old_file("m.xlsx")
    scenario.title += " \ufffe"  # a character no workbook can hold
    monkeypatch.setattr(book, "_hf", lambda text: text)  # a path that forgot to sanitise
    with pytest.raises(OutputCheckError):
        export_workbook(target, scenario, packages=5)
    assert target.read_bytes() == OLD and leftovers(target.parent) == []


def test_a_writer_failing_half_way_leaves_nothing(old_file):
    target = old_file("half.bin")

    def half(tmp: Path) -> None:
        tmp.write_bytes(b"half a fi")
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        output.write_file(target, half)
    assert target.read_bytes() == OLD and leftovers(target.parent) == []


def test_a_staged_file_replaces_the_target_only_when_committed(old_file):
    target = old_file("staged.txt")
    staged = output.stage(target, lambda tmp: tmp.write_bytes(b"new") and "written")
    assert staged.result == "written"
    assert target.read_bytes() == OLD and len(leftovers(target.parent)) == 1
    staged.commit()
    assert target.read_bytes() == b"new" and leftovers(target.parent) == []
    staged.discard()  # after a commit: nothing left to drop
    assert target.read_bytes() == b"new"


def test_a_discarded_or_cancelled_stage_keeps_the_old_file(old_file):
    target = old_file("dropped.txt")
    output.stage(target, lambda tmp: tmp.write_bytes(b"new")).discard()
    assert target.read_bytes() == OLD and leftovers(target.parent) == []

    class Cancelled(Exception):
        pass

    calls = []

    def cancel() -> None:
        calls.append(1)
        if len(calls) == 2:  # pressed while the file was being written
            raise Cancelled

    with pytest.raises(Cancelled):
        output.stage(target, lambda tmp: tmp.write_bytes(b"new"), cancel)
    assert target.read_bytes() == OLD and leftovers(target.parent) == []


def test_a_bad_scenario_file_is_reported(tmp_path):
    bad = tmp_path / "bad.scenario.json"
    bad.write_text('{"format": "negotiator-scenario"}', "utf-8")
    with pytest.raises(ScenarioFileError) as caught:
        open_scenario(bad)
    assert caught.value.problems
