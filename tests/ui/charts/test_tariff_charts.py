"""Tariff charts in the main window: their data (not pixels) follows edits and the package, and
equals the core's own results; stale background results are dropped; export writes a PNG."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtWidgets import QDockWidget

from negotiator_gui.core import chart_series as cs
from negotiator_gui.core.edits import set_field
from negotiator_gui.core.impact import Prepared, analyse
from negotiator_gui.core.package_effects import package_tariffs
from negotiator_gui.core.tariffs import Lines, explain_line, timeline
from negotiator_gui.core.trade import TradeModel, tornado
from readiness import idle
from spies import spy

PACKAGE = {"autos": "allin_15", "reciprocal": "allin_15"}


# hidden panels do no work: the tariff charts in front (charts/conftest.py), the tab a test
# looks at made current by the test (``front``)
pytestmark = pytest.mark.usefixtures("tariff_charts_front")


def front(qtbot, charts, chart) -> None:
    """Make ``chart``'s tab the current one (a hidden tab does no work)."""
    charts.setCurrentWidget(chart)
    qtbot.waitUntil(chart.isVisible)


def settle(qtbot, charts) -> None:
    qtbot.waitUntil(lambda: not charts.busy, timeout=10_000)
    for chart in (charts.timeline, charts.stack, charts.impact.sectors, charts.impact.tornado):
        chart.flush()


def expected_timeline(s, choices=None):
    lines = Lines.from_flows(s.trade_flows, [p.id for p in s.parties])
    start, end = dt.date(s.as_of.year, 1, 1), dt.date(s.as_of.year, 12, 31)
    switch = (s.as_of, package_tariffs(s, choices).measures) if choices else None
    return timeline(lines, s.measures, s.stacking_rules, "US", start, end, "partner", switch=switch)


def curve_xy(curve):
    return np.asarray(curve.xData), np.asarray(curve.yData)


def test_timeline_follows_a_rate_edit(window, qtbot):
    charts = window.panel("tariff-charts")
    settle(qtbot, charts)
    window.document.push(set_field(window.document.scenario, "measure", "s232_autos", "rate", 0.5))
    settle(qtbot, charts)
    tl = expected_timeline(window.document.scenario)
    x, y = curve_xy(charts.timeline.curves[("JP", "sq")])
    assert np.allclose(y, tl.rates[:, tl.keys.index("JP")] * 100)
    assert np.allclose(x[:-1], [cs.to_epoch(d) for d in tl.dates])
    assert x[-1] == cs.to_epoch(tl.end + dt.timedelta(days=1))
    assert len(charts.timeline.markers) >= len(cs.events(window.document.scenario.measures, "US",
                                                          tl.dates[0], tl.end))  # fmt: skip


def test_package_path_follows_the_package_builder(window, qtbot):
    charts = window.panel("tariff-charts")
    window.panel("package-builder").set_choices(PACKAGE)
    settle(qtbot, charts)
    s = window.document.scenario
    tl = expected_timeline(s, window.session.package.value)
    x, y = curve_xy(charts.timeline.curves[("JP", "pkg")])
    assert np.allclose(y, tl.rates[:, 0] * 100)
    assert np.allclose(x[:-1], [cs.to_epoch(d) for d in tl.dates])
    sq = expected_timeline(s)
    assert not np.allclose(tl.rates[-1], sq.rates[-1])  # the package moves the rate


def test_impact_bars_equal_the_grouped_analysis_and_tornado(window, qtbot):
    charts = window.panel("tariff-charts")
    front(qtbot, charts, charts.impact)
    window.panel("package-builder").set_choices(PACKAGE)
    settle(qtbot, charts)
    s = window.document.scenario
    a = analyse(s, s.as_of, window.session.package.value, TradeModel.LINEAR)
    sectors = charts.impact.sectors
    shown = sectors.data.sectors
    assert len(shown) == 12
    sq = cs.sector_rows(a, a.status_quo.impact, "US", "change")
    pk = cs.sector_rows(a, a.package.impact, "US", "change")
    rows = [r for r in a.group(a.package.impact, "sector") if r["importer"] == "US"]
    assert pk["87"] == pytest.approx(sum(r["change"] for r in rows if r["group"] == "87"))
    assert np.allclose(sectors.values(sectors.sq_bars) * 1e9, [sq[k] for k in shown])
    assert np.allclose(sectors.values(sectors.pkg_bars) * 1e9, [pk[k] for k in shown])
    # p5-p95 bands as error bars around each bar
    assert len(sectors.sq_err.opts["x"]) == len(shown)

    common = Prepared.of(s).common(package_tariffs(s, window.session.package.value).measures)
    bars = tornado(
        a.market, a.base_rates, a.package.rates, a.elasticities, measure="change", common=common
    )
    drawn = charts.impact.tornado
    assert [b.label for b in drawn.bars] == [b.label for b in bars]
    assert [b.swing for b in drawn.bars] == pytest.approx([b.swing for b in bars])
    n = min(len(bars), drawn.MAX_BARS)
    width = np.asarray(drawn.high_bars.opts["width"]) * 1e9
    # a bar whose swing is float noise (a few millionths of a dollar) compares absolutely
    assert width == pytest.approx([abs(b.high - b.base) for b in bars[:n]], rel=1e-9, abs=1e-3)


def test_exact_model_and_revenue_selector(window, qtbot):
    charts = window.panel("tariff-charts")
    front(qtbot, charts, charts.impact)
    settle(qtbot, charts)
    charts.impact.exact.setChecked(True)
    charts.impact.field.setCurrentIndex(charts.impact.field.findData("revenue_change"))
    settle(qtbot, charts)
    data = charts.impact.sectors.data
    assert data.model is TradeModel.EXACT and data.field == "revenue_change"
    s = window.document.scenario
    a = analyse(s, s.as_of, None, TradeModel.EXACT)
    sq = cs.sector_rows(a, a.status_quo.impact, "US", "revenue_change")
    assert np.allclose(data.status_quo, [sq[k] for k in data.sectors])


def test_stack_bars_equal_explain_line_for_autos(window, qtbot):
    charts = window.panel("tariff-charts")
    front(qtbot, charts, charts.stack)
    s = window.document.scenario
    row = list(s.trade_flows.product).index("8703")
    day = dt.date(2025, 4, 9)
    charts.stack.set_row(row)
    window.panel("tariff-editor").set_day(day)  # the stack follows the tariff editor's view date
    settle(qtbot, charts)
    assert charts.stack.day == day
    b = explain_line(s.trade_flows, row, s.measures, s.stacking_rules, day)
    applied = [x.contribution * 100 for x in b.layers if x.status == "applied" and x.contribution]
    assert charts.stack.heights[0] == pytest.approx([b.base_mfn * 100, *applied])
    assert charts.stack.heights[0] == pytest.approx([2.5, 25.0])
    assert [t.toPlainText() for t in charts.stack.labels[:2]] == ["MFN 2.5 %", "232 autos 25 %"]


def test_stale_background_result_is_dropped(window, qtbot):
    charts = window.panel("tariff-charts")
    settle(qtbot, charts)
    bg = charts.timeline.background
    shown = charts.timeline.data
    applied: list = []  # a spy on what the runner hands to the chart
    real_apply = bg.apply
    bg.apply = lambda result: (applied.append(result), real_apply(result))
    old = bg.generation
    bg.request()
    bg.deliver(old, "stale")  # an older job finishing late
    assert "stale" not in applied and charts.timeline.data is shown
    settle(qtbot, charts)
    # the same scenario again: the cached result (the very same object) is shown
    assert charts.timeline.data is shown and not isinstance(charts.timeline.data, str)


def test_export_writes_a_png(window, qtbot, tmp_path):
    charts = window.panel("tariff-charts")
    settle(qtbot, charts)
    for name, chart in (("timeline", charts.timeline), ("stack", charts.stack)):
        path = chart.export(tmp_path / f"{name}.png")
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_hidden_chart_does_no_work_and_catches_up_when_shown(window, qtbot):
    charts = window.panel("tariff-charts")
    settle(qtbot, charts)
    impact = charts.impact
    assert not impact.isVisible()  # the timeline tab is in front
    prepared: list[int] = []  # a spy: the runner prepares a job only when it starts one
    real_prepare = impact.background.prepare
    impact.background.prepare = lambda: (prepared.append(1), real_prepare())[1]
    shown = impact.sectors.data
    window.document.push(set_field(window.document.scenario, "measure", "s232_autos", "rate", 0.5))
    settle(qtbot, charts)
    # nothing computed nor pending for the hidden tab: it only knows it is stale
    assert prepared == [] and impact.sectors.data is shown
    assert impact.background.stale and not impact.background.busy and impact.sectors.is_idle()
    front(qtbot, charts, impact)
    settle(qtbot, charts)
    assert not impact.background.stale
    s = window.document.scenario
    a = analyse(s, s.as_of, None, TradeModel.LINEAR)
    sq = cs.sector_rows(a, a.status_quo.impact, "US", "change")
    data = impact.sectors.data
    assert np.allclose(data.status_quo, [sq[k] for k in data.sectors])
    drawn = impact.sectors.values(impact.sectors.sq_bars) * 1e9
    assert np.allclose(drawn, [sq[k] for k in data.sectors])


def test_a_closed_chart_dock_catches_up_when_opened(window, qtbot, monkeypatch):
    panel = window.panel("concession-history-chart")
    dock = window.findChild(QDockWidget, "concession-history-chart")
    dock.raise_()
    qtbot.waitUntil(panel.isVisible)
    panel.flush()
    dock.close()
    qtbot.waitUntil(lambda: not panel.isVisible())
    redraws = spy(monkeypatch, panel, "redraw")
    s = window.document.scenario
    from negotiator_gui.core.edits import rebalance_weight

    window.document.push(rebalance_weight(s, "JP", "autos", 35.0))
    assert panel.stale and panel.is_idle()
    qtbot.waitUntil(lambda: idle(window), timeout=20_000)  # the other panels took the edit
    assert redraws.count == 0  # closed: no redraw
    dock.toggleViewAction().trigger()  # opened again from the View menu: in front
    qtbot.waitUntil(lambda: redraws.count > 0)
    assert not panel.stale and panel.isVisible()


def test_a_chart_tabbed_behind_another_dock_does_no_work_until_its_tab_is_chosen(
    window, qtbot, monkeypatch
):
    """Qt moves a dock tabbed behind another out of sight without hiding it; its content is
    hidden with its tab, so its charts put their work off and catch up when it is in front."""
    from negotiator_gui.core.edits import rebalance_weight
    from negotiator_gui.ui.common import jobs

    panel = window.panel("concession-history-chart")
    dock = window.findChild(QDockWidget, "concession-history-chart")
    utility = window.findChild(QDockWidget, "utility-space-chart")
    assert dock in window.tabifiedDockWidgets(utility)  # the first-run layout tabs them
    utility.raise_()
    qtbot.waitUntil(lambda: jobs.hidden(panel))
    assert dock.isVisible() and not panel.isVisible()  # the dock is only out of sight
    panel.flush()
    redraws = spy(monkeypatch, panel, "redraw")
    before = [list(line.getData()[1]) for line in panel.lines.values()]
    window.document.push(rebalance_weight(window.document.scenario, "JP", "autos", 35.0))
    qtbot.waitUntil(lambda: idle(window), timeout=20_000)  # the other panels took the edit
    assert redraws.count == 0 and panel.stale
    assert [list(line.getData()[1]) for line in panel.lines.values()] == before
    dock.raise_()  # its tab chosen
    qtbot.waitUntil(lambda: redraws.count > 0)
    assert panel.isVisible() and not panel.stale
    panel.compute()
    assert [list(line.getData()[1]) for line in panel.lines.values()] == [
        list(panel.series[key][1]) for key in panel.lines
    ]
    assert [list(line.getData()[1]) for line in panel.lines.values()] != before


def test_a_panel_opened_from_the_view_menu_comes_to_the_front(window, qtbot):
    qtbot.waitUntil(lambda: window.layout_applied)
    dock = window.findChild(QDockWidget, "concession-history-chart")
    dock.close()
    qtbot.waitUntil(lambda: not dock.isVisible())
    dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.panel("concession-history-chart").isVisible())
    assert not dock.visibleRegion().isEmpty()


def test_the_same_package_announced_again_starts_no_chart_work(window, qtbot):
    """The package builder announces its package again after a weight edit: the tariff charts
    (which do not depend on weights) neither recompute nor wait; a new package still reaches
    them."""
    charts = window.panel("tariff-charts")
    settle(qtbot, charts)
    generations = [b.generation for b in charts.backgrounds]
    charts.package_changed(dict(window.session.package.value or {}))
    assert [b.generation for b in charts.backgrounds] == generations
    assert not charts.busy
    window.panel("package-builder").set_choices(PACKAGE)
    assert [b.generation for b in charts.backgrounds] != generations
    settle(qtbot, charts)
    assert charts.timeline.data.package is not None


def test_a_weight_edit_redraws_the_utility_chart_before_the_next_turn(window, qtbot, monkeypatch):
    """The utility chart's refresh (itself once per turn) draws at once rather than queueing
    the redraw behind the repaints the edit asked for, when it has the space's analysis (an
    undo, a redo, a value toggled back; a new space is drawn when its job ends, see
    test_utility_and_history_charts); the result matches."""
    from negotiator_gui.core import edits

    chart = window.panel("utility-space-chart")
    window.findChild(QDockWidget, "utility-space-chart").raise_()  # in front of its tabs
    qtbot.waitUntil(lambda: chart.isVisible() and chart.is_idle(), timeout=10_000)
    window.document.push(edits.rebalance_weight(window.document.scenario, "JP", "autos", 35.0))
    qtbot.waitUntil(chart.is_idle, timeout=10_000)  # this space's analysis, now cached
    window.document.stack.undo()
    qtbot.waitUntil(chart.is_idle, timeout=10_000)
    chart._last_redraw = 0.0  # no burst under way
    redraws = spy(monkeypatch, chart, "redraw")
    window.document.stack.redo()
    chart.refresh()
    assert redraws.count == 1  # drawn inside refresh
    qtbot.waitUntil(chart.is_idle, timeout=10_000)
    xs, ys, _ = chart.trail_data(0)
    assert list(chart.trails[0].xData) == xs and list(chart.trails[0].yData) == ys
