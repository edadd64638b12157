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


@pytest.fixture
def hosted(qtbot):
    """``hosted(build, (w, h))``: the chart panel ``build(parent)`` makes, inside a plain
    parent widget of that size, shown, the way the window holds one (a top-level pyqtgraph
    panel has crashed in a repaint after the test in the tuned test process)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    parents: list[QWidget] = []  # qtbot holds widgets weakly: kept alive until the test ends

    def host(build, size=(1000, 700)):
        parent = QWidget()
        qtbot.addWidget(parent)
        parents.append(parent)
        layout = QVBoxLayout(parent)
        layout.setContentsMargins(0, 0, 0, 0)
        panel = build(parent)
        layout.addWidget(panel)
        parent.resize(*size)
        parent.show()
        return panel

    yield host
    parents.clear()
