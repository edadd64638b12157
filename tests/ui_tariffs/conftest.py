"""Fixtures for the tariff editor: a main window on the default scenario, and a big one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from negotiator_gui.app.document import Document
from negotiator_gui.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings) -> MainWindow:
    w = MainWindow(Document.default(), settings)
    qtbot.addWidget(w, before_close_func=lambda win: win.document.stack.set_clean())
    w.show()
    return w
