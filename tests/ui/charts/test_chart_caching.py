"""Axes and legends are kept as pixmaps between repaints (their text is the slow part of a
repaint): an edit that moves the data repaints the data, not the axes; exports still draw
every item afresh, as vectors in SVG."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtWidgets import QApplication, QGraphicsItem

from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core import edits
from negotiator_gui.ui.charts import base as charts_base
from negotiator_gui.ui.charts.history import ConcessionHistoryPanel
from negotiator_gui.ui.charts.marks import MarksItem, MarksSample
from negotiator_gui.ui.charts.utility import UtilitySpacePanel

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def _shown(qtbot):
    doc = Document.default()
    session = Session(doc)
    shown = [ConcessionHistoryPanel(session), UtilitySpacePanel(session)]
    for p in shown:
        qtbot.addWidget(p)
        p.resize(600, 460)
        p.show()
    qtbot.waitUntil(lambda: all(p.is_idle() for p in shown), timeout=20_000)
    # the first paint, which fills the axes' and legends' caches, done now (after the layout
    # requests posted meanwhile) rather than whenever the event loop gets to it
    QApplication.processEvents()
    for p in shown:
        p.plot.viewport().repaint()
    return doc, shown


@pytest.fixture
def panels(qtbot):
    return _shown(qtbot)


def test_a_weight_edit_repaints_the_data_not_the_axes(qtbot, monkeypatch):
    painted: list[str] = []
    for cls in (pg.AxisItem, pg.LegendItem, ItemSample, MarksSample, MarksItem):
        original = cls.paint

        def paint(self, *args, _original=original, _name=cls.__name__):
            painted.append(_name)
            return _original(self, *args)

        monkeypatch.setattr(cls, "paint", paint)  # before the items exist (shiboken)
    doc, shown = _shown(qtbot)
    painted.clear()
    history, utility = shown
    before = [history.lines[(0, "own")].getData(), utility.frontier_points.getData()]
    doc.push(edits.rebalance_weight(doc.scenario, "JP", "autos", 37.0))
    qtbot.waitUntil(lambda: all(p.is_idle() for p in shown), timeout=20_000)
    for p in shown:
        p.plot.viewport().repaint()
    after = [history.lines[(0, "own")].getData(), utility.frontier_points.getData()]
    assert any(str(a) != str(b) for a, b in zip(before, after, strict=True))  # data moved
    assert "MarksItem" in painted
    assert "AxisItem" not in painted and "LegendItem" not in painted
    assert "ItemSample" not in painted and "MarksSample" not in painted
    # a restyled line (a theme, a party colour): its key entry follows
    history.lines[(0, "own")].setLook(pen=pg.mkPen("#00ff00", width=3))
    history._do_redraw()
    assert history.key.sample_of("own-0").pen.color().name() == "#00ff00"


def test_axes_are_cached_and_exports_draw_them_as_text(panels, tmp_path):
    _, shown = panels
    history = shown[0]
    item = history.plot.getPlotItem()
    assert item.getAxis("bottom").cacheMode() == CACHED
    svg = charts_base.export_plot(history.plot, tmp_path / "history.svg").read_text("utf-8")
    assert "Round" in svg  # the axis title as text, not a picture of it
    png = charts_base.export_plot(history.plot, tmp_path / "history.png")
    assert png.stat().st_size > 1000
    assert item.getAxis("bottom").cacheMode() == CACHED  # restored after the export
