"""The utility chart coloured by acceptance: each package is drawn in the band of its share of
samples (equal to a brute-force count over the same seeded samples); the colour key states the
unit; with no ranges, or the colouring off, nothing is drawn over the grey cloud."""

from __future__ import annotations

import numpy as np

from beliefs_brute import brute_acceptance
from factories import small_scenario
from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core.beliefs import ranges as ranges_mod
from negotiator_gui.ui.charts.acceptance_colours import BANDS
from negotiator_gui.ui.charts.utility import UtilitySpacePanel

SPEC = {"US": {"weights": {"autos": (20, 80)}, "reservation": (30, 60)}}


def _chart(qtbot) -> UtilitySpacePanel:
    chart = UtilitySpacePanel(Session(Document(small_scenario())))
    qtbot.addWidget(chart, before_close_func=lambda c: c.document.stack.set_clean())
    chart.resize(900, 600)
    chart.show()
    qtbot.waitUntil(lambda: chart.analysis is not None)
    return chart


def _band(share: float) -> int:
    return next(k for k, top in enumerate(BANDS) if share <= top + 1e-12)


def test_bands_follow_a_brute_force_count(qtbot, monkeypatch):
    monkeypatch.setattr(
        ranges_mod,
        "scenario_ranges",
        lambda scenario, space: ranges_mod.ranges_from_mapping(space, SPEC, scenario),
    )
    chart = _chart(qtbot)
    colours = chart.acceptance_colours
    assert colours.band_counts() == [0] * len(BANDS)  # off by default
    colours.mode.setCurrentIndex(colours.mode.findData("other"))
    qtbot.waitUntil(lambda: sum(colours.band_counts()) == len(chart.analysis.cloud_digits))
    s = chart.document.scenario
    a = chart.analysis
    want = [0] * len(BANDS)
    for digits in a.cloud_digits:
        choices = a.space.choices([int(d) for d in digits])
        want[_band(brute_acceptance(s, SPEC, 1000, 2025, choices)[1])] += 1
    assert colours.band_counts() == want
    assert sum(1 for n in want if n) >= 2  # the test separates bands
    assert "United States" in colours.key.text() and "1,000 samples, seed 2025" in (
        colours.key.text()
    )
    # the points drawn are the cloud's own
    drawn = np.concatenate([b.x for b in colours.bands])
    assert sorted(drawn) == sorted(a.cloud_xy[:, 0])
    colours.mode.setCurrentIndex(colours.mode.findData("off"))
    assert colours.band_counts() == [0] * len(BANDS)


def test_nothing_drawn_without_ranges(qtbot):
    chart = _chart(qtbot)
    colours = chart.acceptance_colours
    colours.mode.setCurrentIndex(colours.mode.findData("both"))
    qtbot.waitUntil(lambda: not colours.runner.busy)
    qtbot.waitUntil(lambda: "no ranges" in colours.key.text())
    assert colours.band_counts() == [0] * len(BANDS)


def test_the_colouring_does_not_widen_the_chart(qtbot, monkeypatch):
    """The mode box shortens and the colour key wraps under the plot, so a chart in a laptop's
    side dock (about 450 px) keeps its whole plot instead of scrolling sideways."""
    monkeypatch.setattr(
        ranges_mod,
        "scenario_ranges",
        lambda scenario, space: ranges_mod.ranges_from_mapping(space, SPEC, scenario),
    )
    chart = _chart(qtbot)
    colours = chart.acceptance_colours
    toolbar = chart.layout().itemAt(0)
    without = toolbar.minimumSize().width() - colours.mode.minimumSizeHint().width()
    colours.mode.setCurrentIndex(colours.mode.findData("other"))
    qtbot.waitUntil(lambda: sum(colours.band_counts()) == len(chart.analysis.cloud_digits))
    assert colours.key.isVisible() and colours.key.wordWrap()
    assert colours.key.parent() is chart and chart.layout().indexOf(colours.key) > 0
    # the box adds at most a short word's width to the toolbar, whatever its longest text
    longest = max(
        colours.mode.fontMetrics().horizontalAdvance(colours.mode.itemText(k))
        for k in range(colours.mode.count())
    )
    assert colours.mode.minimumSizeHint().width() < longest
    assert toolbar.minimumSize().width() - without < 200
    # the status line is cut with "…" too: the whole chart fits a laptop's side dock
    chart.status.setText("50,000 of 1,244,160 packages (sample) · 165 frontier points")
    assert chart.minimumSizeHint().width() <= 450
    chart.resize(430, 600)
    assert chart.status.is_elided()
    assert chart.status.text().endswith("165 frontier points")  # the whole text is kept
