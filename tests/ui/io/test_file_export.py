"""File → Export: the workbook (full and redacted) and scenario files, written in the
background; a cancelled or failing export leaves no file and changes nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QDialog, QFileDialog

from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.ui.io.dialogs import ExportOptionsDialog


def options(monkeypatch, redact: bool, packages: str = "first"):
    def fake_exec(dialog):
        dialog.redacted.setChecked(redact)
        if packages == "first":
            dialog.first.setChecked(True)
            dialog.count.setValue(3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", fake_exec)


def save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def export_full_and_redacted(window, monkeypatch, wait_tasks, folder) -> tuple[Path, Path]:
    """File → Export → Scenario file… twice, waited for: a full copy and a redacted one."""
    full, red = folder / "out.scenario.json", folder / "red.scenario.json"
    for p, redact in ((full, False), (red, True)):
        options(monkeypatch, redact, packages="")
        save_to(monkeypatch, p)
        window.part("import-export").act_export_scenario.trigger()
        wait_tasks(window)
    return full, red


def test_excel_export_full_and_redacted(window, qtbot, monkeypatch, tmp_path, errors, wait_tasks):
    me = window.document.scenario.perspective
    full, red = tmp_path / "full.xlsx", tmp_path / "red.xlsx"
    for path, redact in ((full, False), (red, True)):
        options(monkeypatch, redact)
        save_to(monkeypatch, path)
        window.part("import-export").act_export_xlsx.trigger()
        wait_tasks(window)
    assert not errors
    names_full = set(openpyxl.load_workbook(full).defined_names)
    names_red = set(openpyxl.load_workbook(red).defined_names)
    assert L.reservation_name(me) in names_full
    assert L.reservation_name(me) not in names_red
    assert list(tmp_path.glob(".*.tmp")) == []
    assert not window.isWindowModified()


def test_scenario_export_round_trips(window, qtbot, monkeypatch, tmp_path, errors, wait_tasks):
    s = window.document.scenario
    path, red = export_full_and_redacted(window, monkeypatch, wait_tasks, tmp_path)
    assert not errors
    again = read_scenario(path).scenario
    assert again.title == s.title and len(again.trade_flows) == len(s.trade_flows)
    assert [p.party for p in again.preferences] == [p.party for p in s.preferences]
    shared = read_scenario(red).scenario
    assert s.perspective not in [p.party for p in shared.preferences]


def test_a_full_copy_names_its_library_revision(window, monkeypatch, tmp_path, errors, wait_tasks):
    """A full copy says which library revision it came from (so a colleague's edits merge back
    against it exactly); a redacted copy, which goes to the other side, does not."""
    doc = window.document
    info = window.session.library.create(doc.scenario, message="shared")
    doc.library_scenario, doc.library_revision = info.scenario_id, info.id
    full, red = export_full_and_redacted(window, monkeypatch, wait_tasks, tmp_path)
    assert not errors
    origin = read_scenario(full).origin
    assert origin is not None
    assert (origin.scenario, origin.revision) == (info.scenario_id, info.id)
    assert origin.content_hash == info.hash
    assert read_scenario(red).origin is None
    assert '"origin"' not in red.read_text(encoding="utf-8")


def test_cancelled_task_changes_nothing(window, qtbot, monkeypatch, tmp_path, errors, wait_tasks):
    gate = threading.Event()
    applied = []

    def slow(ctx):
        gate.wait(5)
        ctx.check()
        return "result"

    task = window.part("import-export").run("Working…", slow, applied.append, "Cannot")
    task.cancel()
    gate.set()
    wait_tasks(window)
    assert task.state == "cancelled" and applied == [] and not errors
    assert "Cancelled" in window.statusBar().currentMessage()


def test_cancelled_export_leaves_no_file(window, qtbot, monkeypatch, tmp_path, errors, wait_tasks):
    gate = threading.Event()
    target = tmp_path / "slow.xlsx"

    def write(tmp):
        gate.wait(5)
        Path(tmp).write_text("x")

    task = window.part("import-export")._write("Writing…", str(target), write, "done")
    task.dialog.canceled.emit()  # the Cancel button
    gate.set()
    wait_tasks(window)
    assert task.state == "cancelled"
    assert not target.exists() and list(tmp_path.glob(".*.tmp")) == []


def test_failing_task_shows_an_error(window, qtbot, monkeypatch, tmp_path, errors, wait_tasks):
    options(monkeypatch, False)
    save_to(monkeypatch, tmp_path / "no such folder" / "x.xlsx")
    window.part("import-export").act_export_xlsx.trigger()
    wait_tasks(window)
    assert len(errors) == 1 and "Cannot export" in errors[0] and "Traceback" not in errors[0]
    assert not window.isWindowModified()
