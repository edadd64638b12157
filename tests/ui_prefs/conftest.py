"""A main window on the default scenario for the preferences editor and package builder tests
(settings in a temporary file; no unsaved-changes prompt when pytest-qt closes it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from negotiator_gui.app.document import Document
from negotiator_gui.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Document.default(), settings)

    def before_close(win: MainWindow) -> None:
        win.panel("package-builder").runner.wait()
        win.document.stack.set_clean()

    qtbot.addWidget(w, before_close_func=before_close)
    w.show()
    return w
