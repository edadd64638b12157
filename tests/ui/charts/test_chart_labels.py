"""The tariff and trade-impact charts name what they show: chapters by name ("87 Vehicles and
parts", not "HS 87" or "87"), elasticities by their readable labels (no internal ids such as
"default_import_demand" or "cp_autos_87"), parties by name (not "US", "JP")."""

from __future__ import annotations

import re

import pytest

from negotiator_gui.core.hs_names import chapter_label
from negotiator_gui.ui.charts.base import axis_label

PACKAGE = {"autos": "allin_15", "reciprocal": "allin_15"}
#: What an internal id looks like: a word with an underscore, or a bare "HS nn" / code.
INTERNAL = re.compile(r"\w_\w|^HS \d+$|^\d+$")


pytestmark = pytest.mark.usefixtures("tariff_charts_front")  # charts/conftest.py


def settle(qtbot, charts) -> None:
    qtbot.waitUntil(lambda: not charts.busy, timeout=15_000)
    for chart in (charts.timeline, charts.stack, charts.impact.sectors, charts.impact.tornado):
        chart.flush()


def ticks(plot, side: str) -> list[str]:
    levels = plot.getPlotItem().getAxis(side)._tickLevels or []
    return [text for level in levels for _, text in level]


def test_sector_bars_and_tornado_are_labelled_by_name(window, qtbot):
    charts = window.panel("tariff-charts")
    charts.setCurrentWidget(charts.impact)
    qtbot.waitUntil(charts.impact.isVisible)
    window.panel("package-builder").set_choices(PACKAGE)
    settle(qtbot, charts)
    qtbot.waitUntil(lambda: charts.impact.bands_current, timeout=30_000)
    settle(qtbot, charts)
    sectors = charts.impact.sectors
    shown = ticks(sectors.plot, "left")
    assert shown == [axis_label(chapter_label(k), 24) for k in sectors.data.sectors]
    assert shown[0].startswith("87 Vehicles") and not any(INTERNAL.search(t) for t in shown)
    title = sectors.plot.getPlotItem().titleLabel.text
    assert "United States" in title and "US's" not in title
    tornado = ticks(charts.impact.tornado.plot, "left")
    assert tornado, "the tornado has bars"
    for text in tornado:
        flat = text.replace("\n", " ")
        assert not INTERNAL.search(flat), text
        assert "default_" not in flat and "cp_" not in flat, text
    names = [b.label for b in charts.impact.tornado.bars]
    assert any("macro η" in n for n in names) and any("micro σ" in n for n in names)


def test_timeline_key_names_partners_and_chapters(window, qtbot):
    charts = window.panel("tariff-charts")
    timeline = charts.timeline
    charts.setCurrentWidget(timeline)
    qtbot.waitUntil(timeline.isVisible)
    settle(qtbot, charts)
    legend = [text for id, text in timeline.key.entries() if id.startswith("series:")]
    assert "Japan" in legend and "JP" not in legend
    title = timeline.plot.getPlotItem().titleLabel.text
    assert title.startswith("United States") and "US's" not in title
    timeline.by.setCurrentIndex(timeline.by.findData("chapter"))
    settle(qtbot, charts)
    legend = [text for id, text in timeline.key.entries() if id.startswith("series:")]
    assert legend and all(not INTERNAL.search(n) for n in legend), legend
    assert "87 Vehicles and parts" in legend or "8703 Passenger cars" in legend, legend
    # the importer picker shows names too
    importers = [timeline.importer.itemText(k) for k in range(timeline.importer.count())]
    assert "United States" in importers and "US" not in importers
