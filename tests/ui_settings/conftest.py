"""A main window with its own settings file and library, for the settings and help tests."""

from __future__ import annotations

import pytest

from negotiator_gui.app.document import Document
from negotiator_gui.ui.shell import theme
from negotiator_gui.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def _back_to_system():
    """Other tests share the QApplication: leave its theme as it was."""
    yield
    theme.apply("system")


@pytest.fixture
def make_window(qtbot, settings):
    def make() -> MainWindow:
        w = MainWindow(Document.default(), settings)
        qtbot.addWidget(w, before_close_func=lambda win: win.document.stack.set_clean())
        w.show()
        return w

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()
