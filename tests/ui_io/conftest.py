"""Fixtures of the File → Import / Export tests: a window on the default scenario with its
library in tmp_path, and helpers to drive the dialogs without showing them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from negotiator_gui.app.document import Document
from negotiator_gui.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    s.setValue("library/path", str(tmp_path / "library.db"))
    return s


@pytest.fixture
def window(qtbot, settings) -> MainWindow:
    w = MainWindow(Document.default(), settings)
    qtbot.addWidget(w, before_close_func=lambda win: win.document.stack.set_clean())
    w.show()
    return w


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A dialog a test did not expect fails the test instead of blocking it."""
    from negotiator_gui.ui import import_dialogs as dlg

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
        ie = window.import_export
        qtbot.waitUntil(lambda: all(not t.running for t in ie.tasks), timeout=15000)

    return wait
