"""The shared chart helpers: party colours, export, copy, the coalesced redraw."""

from __future__ import annotations

import time

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QGuiApplication

from negotiator_gui.core.model import Party
from negotiator_gui.ui.charts import base as charts_base
from spies import spy


class _Scenario:
    def __init__(self, parties):
        self.parties = parties


def test_party_colour_uses_the_party_colour_else_the_palette():
    s = _Scenario([Party("US", "United States", "#123456"), Party("JP", "Japan")])
    assert charts_base.party_colour(s, "US") == QColor("#123456")
    assert charts_base.party_colour(s, "JP") == QColor(charts_base.PALETTE[1])
    assert charts_base.party_colour(None, "XX").isValid()


def test_export_png_and_svg_and_copy(qtbot, tmp_path):
    panel = charts_base.ChartPanel()
    qtbot.addWidget(panel)
    plot = pg.PlotWidget()
    plot.plot([0, 1, 2], [2, 1, 3], name="line")
    panel.set_plot(plot)
    panel.resize(500, 400)
    panel.show()
    png = panel.export(tmp_path / "chart.png")
    svg = panel.export(tmp_path / "chart.svg")
    assert png.stat().st_size > 1000
    assert "<svg" in svg.read_text()
    panel.copy()
    assert not QGuiApplication.clipboard().image().isNull()


def test_redraws_are_coalesced_and_themes_switch(qtbot, monkeypatch):
    panel = charts_base.ChartPanel()
    qtbot.addWidget(panel)
    panel.set_plot(pg.PlotWidget())
    redraws = spy(monkeypatch, panel, "redraw")
    for _ in range(50):
        panel.schedule_redraw()
    qtbot.waitUntil(lambda: redraws.count == 1)
    qtbot.waitUntil(panel.is_idle)  # no other redraw pending
    assert redraws.count == 1
    charts_base.set_theme("dark")
    try:
        assert charts_base.current_theme() == "dark"
    finally:
        charts_base.set_theme(None)


def test_a_cheap_redraw_waits_for_no_frame_and_runs_before_earlier_timers(qtbot):
    """A chart whose redraw is cheap redraws on the next turn even right after a redraw (no
    frame-long wait during a burst), in posted-event order: before a 0 ms timer started first."""
    from PySide6.QtCore import QTimer

    panel = charts_base.ChartPanel()
    qtbot.addWidget(panel)
    panel.set_plot(pg.PlotWidget())
    order: list[str] = []
    panel.redraw = lambda: order.append("redraw")
    panel.schedule_redraw()
    qtbot.waitUntil(lambda: order == ["redraw"])
    order.clear()
    panel._redraw_cost_ms = 0.1  # measured cost of a cheap redraw
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: order.append("timer"))
    timer.start(0)
    panel.schedule_redraw()
    panel.schedule_redraw()
    assert not panel.is_idle()
    qtbot.waitUntil(lambda: "timer" in order)
    assert order == ["redraw", "timer"]  # the two requests made one redraw
    assert panel.is_idle() and order == ["redraw", "timer"]  # and no other is pending


def test_a_costly_redraw_waits_during_a_burst(qtbot, monkeypatch):
    panel = charts_base.ChartPanel()
    qtbot.addWidget(panel)
    panel.set_plot(pg.PlotWidget())
    redraws = spy(monkeypatch, panel, "redraw")
    panel.schedule_redraw()
    qtbot.waitUntil(lambda: redraws.count == 1)
    panel._redraw_cost_ms = 50.0  # a costly redraw: at most one a frame
    # the last one just now (on a loaded machine a frame may have passed since it was drawn)
    panel._last_redraw = time.monotonic()
    panel.schedule_redraw()
    assert panel._redraw_timer.isActive() and not panel._redraw_soon.isActive()
    qtbot.waitUntil(lambda: redraws.count == 2)


def test_an_svg_with_unsafe_text_is_well_formed_and_a_failed_export_leaves_nothing(
    qtbot, tmp_path, monkeypatch
):
    from xml.parsers import expat

    panel = charts_base.ChartPanel()
    qtbot.addWidget(panel)
    plot = pg.PlotWidget()
    plot.plot([0, 1, 2], [2, 1, 3], name="line")
    plot.setTitle("Japan\x07\x0b bell")  # user text with characters XML cannot hold
    plot.getPlotItem().setLabel("left", "\ufffe axis")
    panel.set_plot(plot)
    panel.resize(500, 400)
    panel.show()
    svg = panel.export(tmp_path / "chart.svg")
    with open(svg, "rb") as fh:
        expat.ParserCreate().ParseFile(fh)  # raises if not well-formed
    assert "\ufffd" in svg.read_text("utf-8")
    # an exporter that fails half-way: no file, no temporary left behind, the old one kept
    (tmp_path / "keep.png").write_bytes(b"old")

    def broken(item, target):
        target.write_bytes(b"\x89PNG half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(charts_base, "_export", broken)
    with pytest.raises(OSError):
        panel.export(tmp_path / "keep.png")
    assert (tmp_path / "keep.png").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.svg", "keep.png"]
