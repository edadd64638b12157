"""File → Export when writing fails: a full disk is named as such, a workbook that does not read
back is reported as our fault, and neither leaves a file behind."""

from __future__ import annotations

import errno

from test_file_export import options, save_to

from negotiator_gui.io.atomic_write import OutputCheckError
from negotiator_gui.io.excel import book
from negotiator_gui.ui.io.import_export import error_text


def test_error_texts():
    full = OSError(errno.ENOSPC, "No space left on device", "/data/m.xlsx")
    assert error_text(full).startswith("/data/m.xlsx: the disk is full")
    assert error_text(OutputCheckError("cannot be read back (x)")) == "cannot be read back (x)"


def test_a_workbook_that_does_not_read_back_is_reported(
    window, qtbot, monkeypatch, tmp_path, errors, wait_tasks
):
    window.document.scenario.title += " \ufffe"  # a character no workbook can hold
    monkeypatch.setattr(book, "_hf", lambda text: text)  # a path that forgot to sanitise
    options(monkeypatch, False)
    target = tmp_path / "m.xlsx"
    save_to(monkeypatch, target)
    window.part("import-export").act_export_xlsx.trigger()
    wait_tasks(window)
    assert len(errors) == 1 and "cannot be read back" in errors[0]
    assert "Traceback" not in errors[0] and "Unexpected problem" not in errors[0]
    assert not target.exists() and list(tmp_path.glob(".*.tmp")) == []
