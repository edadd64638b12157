"""The tariff charts' tests look at a dock the first-run layout puts behind others: a hidden
panel does no work, so ``tariff_charts_front`` brings it to the front of the shared ``window``
(tests/ui/conftest.py) before the test."""

from __future__ import annotations

import pytest


@pytest.fixture
def tariff_charts_front(window, qtbot):
    """The shared window once its first-run layout is applied, with the tariff charts in front."""
    from PySide6.QtWidgets import QDockWidget

    qtbot.waitUntil(lambda: window.layout_applied)  # the layout brings other docks front
    window.findChild(QDockWidget, "tariff-charts").raise_()
    return window
