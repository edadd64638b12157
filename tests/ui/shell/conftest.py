"""The settings, help and theme tests change the application's theme: put it back after each."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _back_to_system():
    """Other tests share the QApplication: leave its theme as it was."""
    yield
    from negotiator_gui.ui.shell import theme

    theme.apply("system")
