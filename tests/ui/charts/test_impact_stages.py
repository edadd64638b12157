"""The trade impact in two stages: an edit shows the point values first (equal to the core's),
then the Monte-Carlo bands and the tornado (equal to the core's for that revision); a band
result for an older revision is dropped."""

from __future__ import annotations

import threading

import numpy as np
import pyqtgraph as pg
import pytest

from negotiator_gui.core import chart_series as cs
from negotiator_gui.core.edits import set_field
from negotiator_gui.core.trade import Cancelled, TradeModel
from negotiator_gui.ui.charts.impact import PENDING_BRUSH
from negotiator_gui.ui.shell.main_window import MainWindow


@pytest.fixture
def impact_front(tariff_charts_front: MainWindow, qtbot) -> MainWindow:
    """The shared window with the tariff charts in front (charts/conftest.py), their trade
    impact tab current and its first bands shown."""
    charts = tariff_charts_front.panel("tariff-charts")
    charts.setCurrentWidget(charts.impact)
    qtbot.waitUntil(charts.impact.isVisible)
    qtbot.waitUntil(lambda: charts.impact.bands_current)
    return tariff_charts_front


pytestmark = pytest.mark.usefixtures("impact_front")


def core(window) -> cs.SectorImpact:
    s = window.document.scenario
    return cs.sector_impact(s, window.session.package.value, "US", "change", TradeModel.LINEAR)


def edit(window, rate: float) -> None:
    s = window.document.scenario
    window.document.push(set_field(s, "measure", "s232_autos", "rate", rate))


def test_points_first_then_the_bands_of_the_same_revision(window, qtbot):
    panel = window.panel("tariff-charts").impact
    edit(window, 0.5)
    assert not panel.points_current and not panel.bands_current
    qtbot.waitUntil(lambda: panel.points_current)
    expected = core(window)
    shown = panel.sectors.data
    assert shown.sectors == expected.sectors
    assert np.array_equal(shown.status_quo, expected.status_quo)
    if panel.bands.busy:  # the bands are still being computed: the chart says so
        assert panel.status.text() == "ranges being computed…"
    qtbot.waitUntil(lambda: panel.bands_current)
    shown = panel.sectors.data
    assert np.array_equal(shown.status_quo, expected.status_quo)
    assert np.allclose(shown.sq_band, expected.sq_band)
    assert [b.label for b in panel.tornado.bars] == [b.label for b in expected.tornado]
    assert [b.swing for b in panel.tornado.bars] == pytest.approx(
        [b.swing for b in expected.tornado]
    )
    assert len(panel.sectors.sq_err.opts["x"]) == len(shown.sectors)
    assert panel.status.text() == ""


def test_point_values_equal_the_core_without_draws(window, qtbot):
    s = window.document.scenario
    points = cs.sector_points(s, None, "US")
    full = cs.sector_impact(s, None, "US")
    assert points.sectors == full.sectors
    assert np.array_equal(points.status_quo, full.status_quo)
    assert np.isnan(points.sq_band).all() and points.tornado == []


def test_a_band_result_for_an_older_revision_is_dropped(window, qtbot):
    panel = window.panel("tariff-charts").impact
    old = panel.sectors.data  # bands of the revision before the edit
    old_generation = panel.bands.generation
    edit(window, 0.5)
    qtbot.waitUntil(lambda: panel.bands_current)
    new = panel.sectors.data
    assert new.basis is not old.basis
    applied: list = []  # a spy on what the runner hands to the panel
    real_apply = panel.bands.apply
    panel.bands.apply = lambda result: (applied.append(result), real_apply(result))
    panel.bands.deliver(old_generation, old)  # arrives late: an older generation
    assert applied == []  # dropped by the runner
    bars = panel.tornado.bars
    panel._apply_bands(old)  # even if it got through: not the point values shown
    assert panel.sectors.data is new and panel.tornado.bars is bars  # dropped: nothing shown
    assert panel.sectors.is_idle() and panel.tornado.is_idle()  # and nothing to redraw
    assert np.allclose(new.sq_band, core(window).sq_band)


@pytest.fixture
def held_bands(monkeypatch):
    """The band jobs wait until the test lets them go: the pending state can be looked at."""
    gate = threading.Event()
    real = cs.sector_bands

    def held(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(cs, "sector_bands", held)
    yield gate
    gate.set()


def test_while_the_bands_are_computed_the_tornado_says_so(window, qtbot, held_bands):
    panel = window.panel("tariff-charts").impact
    tornado, sectors = panel.tornado, panel.sectors
    before = [b.label for b in tornado.bars]
    assert before and not tornado.pending and not tornado.pending_note.isVisible()
    title = sectors.plot.getPlotItem().titleLabel
    assert "draws" in title.text  # bands drawn: the title names them
    edit(window, 0.45)
    qtbot.waitUntil(lambda: panel.points_current and tornado.is_idle())
    assert panel.bands.busy
    # the previous bars, greyed, under a note; the sector title without the bands
    assert tornado.pending and tornado.pending_note.isVisible()
    assert tornado.pending_note.textItem.toPlainText() == "Sensitivity being computed…"
    assert [b.label for b in tornado.bars] == before
    assert pg.mkBrush(tornado.low_bars.opts["brush"]).color().name() == PENDING_BRUSH
    assert len(sectors.sq_err.opts["x"]) == 0 and "draws" not in title.text
    held_bands.set()
    qtbot.waitUntil(lambda: panel.bands_current)
    assert not tornado.pending and not tornado.pending_note.isVisible()
    assert pg.mkBrush(tornado.low_bars.opts["brush"]).color().name() != PENDING_BRUSH
    assert "p5–p95 of 200 draws" in title.text
    assert [b.label for b in tornado.bars] == [b.label for b in core(window).tornado]


def test_a_band_failure_clears_the_pending_tornado(window, qtbot, monkeypatch):
    panel = window.panel("tariff-charts").impact

    def fail(*args, **kwargs):
        raise ValueError("no draws")

    monkeypatch.setattr(cs, "sector_bands", fail)
    edit(window, 0.55)
    qtbot.waitUntil(lambda: panel.bands_current)
    assert "no draws" in panel.status.text()
    assert not panel.tornado.pending and panel.tornado.bars == []


def test_a_superseded_band_job_stops_early_and_is_not_an_error(window, qtbot, monkeypatch):
    panel = window.panel("tariff-charts").impact
    gate = threading.Event()
    outcomes: list[str] = []
    entered: list[int] = []  # a spy: band jobs that started
    real = cs.sector_bands

    def held(points, draws=200, cancelled=None):
        entered.append(1)
        gate.wait(10)
        try:
            result = real(points, draws, cancelled=cancelled)
        except Cancelled:
            outcomes.append("cancelled")
            raise
        outcomes.append("done")
        return result

    monkeypatch.setattr(cs, "sector_bands", held)
    edit(window, 0.35)
    qtbot.waitUntil(lambda: panel.points_current and len(entered) > 0)
    qtbot.waitUntil(lambda: panel.bands.running is not None)
    edit(window, 0.65)  # the first band job is now for values no longer shown
    qtbot.waitUntil(lambda: panel.bands._waiting)
    gate.set()
    qtbot.waitUntil(lambda: panel.bands_current)
    assert outcomes[0] == "cancelled" and outcomes[-1] == "done"
    assert "Could not" not in panel.status.text() and panel.status.text() == ""
    assert not panel.tornado.pending
    assert [b.label for b in panel.tornado.bars] == [b.label for b in core(window).tornado]
