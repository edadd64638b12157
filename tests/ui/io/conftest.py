"""Fixtures of the File → Import / Export tests: a window on the default scenario with its
library in tmp_path, and helpers to drive the dialogs without showing them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A dialog a test did not expect fails the test instead of blocking it."""
    from negotiator_gui.ui.io import dialogs as dlg

    def refuse(dialog):
        raise AssertionError(f"unexpected dialog: {dialog.windowTitle()}")

    for cls in (dlg.TableMappingDialog, dlg.GeniusDialog, dlg.ExportOptionsDialog):
        monkeypatch.setattr(cls, "exec", refuse)


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """Message boxes shown (title: text), instead of showing them."""
    shown: list[str] = []

    def fake_exec(box):
        shown.append(f"{box.windowTitle()}: {box.text()} {box.informativeText()}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture
def wait_tasks(qtbot):
    """Wait until every background import/export task of the window has been handled."""

    def wait(window) -> None:
        ie = window.part("import-export")
        qtbot.waitUntil(lambda: all(not t.running for t in ie.tasks), timeout=15000)

    return wait
