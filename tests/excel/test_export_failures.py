"""An export that fails leaves nothing behind and says why once: a full disk (simulated by a file
whose writes raise ENOSPC after some bytes) or Ctrl+C while the workbook is written gives a
clear message naming the file, exit 2 or 130, no partial or temporary file, an older file
untouched, and no traceback afterwards (openpyxl's zip archive used to print one from its
finaliser: "Exception ignored in ZipFile.__del__")."""

from __future__ import annotations

import builtins
import errno
import gc
import os
import sys
from pathlib import Path

import openpyxl
import pytest

from negotiator_gui.cli import main
from negotiator_gui.io import atomic_write
from negotiator_gui.io.excel import file as excel_file
from negotiator_gui.io.excel import workbook
from negotiator_gui.io.scenario_file import write_scenario
from negotiator_gui.paths import scenario_path


class FullDisk:
    """A file on a disk with ``room`` bytes left: the write that does not fit, and every write
    after it, raises ENOSPC (as a real full disk does)."""

    def __init__(self, fh, room: int) -> None:
        self.fh, self.room = fh, room

    def write(self, data) -> int:
        if len(data) > self.room:
            self.room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return self.fh.write(data)

    def __getattr__(self, name):
        return getattr(self.fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.fh.close()


def full_disk(monkeypatch, module, room: int) -> None:
    """Files ``module`` opens for writing land on a disk with ``room`` bytes left."""

    def fake_open(path, mode="r", *args, **kwargs):
        fh = builtins.open(path, mode, *args, **kwargs)  # noqa: SIM115 (closed by the writer)
        return FullDisk(fh, room) if "w" in mode else fh

    monkeypatch.setattr(module, "open", fake_open, raising=False)


@pytest.fixture
def unraisable(monkeypatch):
    """Errors raised where nobody can catch them (finalisers), collected instead of printed."""
    seen: list = []
    monkeypatch.setattr(sys, "unraisablehook", lambda info: seen.append(info))
    return seen


@pytest.fixture
def teaching_file(tmp_path) -> Path:
    src = tmp_path / "in" / "teaching.scenario.json"
    src.parent.mkdir()
    src.write_bytes(scenario_path("teaching-3-issues.scenario.json").read_bytes())
    return src


def _assert_quiet(err: str, unraisable: list) -> None:
    gc.collect()  # run any finaliser a failed writer left behind
    assert "Traceback" not in err and "Exception ignored" not in err
    assert unraisable == []


#: Bytes left on the disk: none, inside the first parts, inside a sheet, near the end (the zip's
#: central directory); the teaching workbook is about 27 kB.
ROOMS = [0, 700, 9_000, 26_000]


@pytest.mark.parametrize("room", ROOMS)
def test_full_disk_during_export(teaching_file, tmp_path, monkeypatch, capsys, unraisable, room):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "matrix.xlsx"
    out.write_bytes(b"an older workbook")
    full_disk(monkeypatch, workbook, room)
    assert main(["export", str(teaching_file), "--xlsx", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{out}: cannot be written: the disk is full" in err
    _assert_quiet(err, unraisable)
    assert out.read_bytes() == b"an older workbook"
    assert [p.name for p in out_dir.iterdir()] == ["matrix.xlsx"]  # no temporary file


def test_a_new_file_is_not_created_on_a_full_disk(teaching_file, tmp_path, monkeypatch, capsys):
    out = tmp_path / "new.xlsx"
    full_disk(monkeypatch, workbook, 5_000)
    assert main(["export", str(teaching_file), "--xlsx", str(out)]) == 2
    assert "the disk is full" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_ctrl_c_while_saving_leaves_nothing(teaching_file, tmp_path, monkeypatch, unraisable):
    out = tmp_path / "m.xlsx"

    def interrupted(wb, fh):
        fh.write(b"PK partial")
        raise KeyboardInterrupt

    monkeypatch.setattr(workbook, "save", interrupted)
    assert main(["export", str(teaching_file), "--xlsx", str(out)]) == 130
    _assert_quiet("", unraisable)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def _save_on_a_full_disk(path: Path, room: int) -> int:
    """Save a write-only workbook onto a disk with ``room`` bytes left; the error number."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("S")
    for k in range(2000):
        ws.append([f"row {k}", k, k * 0.5])
    with open(path, "wb") as real:
        try:
            excel_file.save(wb, FullDisk(real, room))
        except OSError as exc:
            return exc.errno
    return 0


@pytest.mark.parametrize("room", [0, 3_000])
def test_a_failed_save_closes_its_archive_quietly(tmp_path, unraisable, room):
    """The unit under the fix: ``excel_file.save`` into a file that fills up raises the disk's
    error once; nothing is printed when the failed archive is collected."""
    assert _save_on_a_full_disk(tmp_path / "x.xlsx", room) == errno.ENOSPC
    _assert_quiet("", unraisable)


def test_full_disk_during_scenario_export(teaching_file, tmp_path, monkeypatch, capsys, unraisable):
    out = tmp_path / "shared.scenario.json"
    out.write_text("{}")
    full_disk(monkeypatch, atomic_write, 100)
    code = main(["export", str(teaching_file), "--scenario", str(out), "--redact"])
    assert code == 2
    err = capsys.readouterr().err
    assert f"{out}: cannot be written: the disk is full" in err
    _assert_quiet(err, unraisable)
    assert out.read_text() == "{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "shared.scenario.json"]


def test_full_disk_when_saving_a_scenario(tmp_path, monkeypatch):
    """Every writer of scenario files shares the atomic write: a full disk raises the disk's
    error and leaves the old file and no temporary one."""
    from factories import small_scenario

    path = tmp_path / "deal.scenario.json"
    write_scenario(small_scenario(), path)
    before = path.read_bytes()
    full_disk(monkeypatch, atomic_write, 10)
    with pytest.raises(OSError) as exc:
        write_scenario(small_scenario(), path)
    assert exc.value.errno == errno.ENOSPC
    assert atomic_write.os_error_text(exc.value).startswith("the disk is full")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["deal.scenario.json"]
