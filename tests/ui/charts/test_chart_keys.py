"""Every chart has a key beside its plot: it names every series drawn, never covers the data (in
a small dock too), and coinciding bargaining solutions are one marker named "Nash = KS"."""

from __future__ import annotations

import dataclasses

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPen

from factories import small_scenario
from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core.model import Issue, IssuePreference, Option, Package, Reservation
from negotiator_gui.ui.charts.key import ChartKey, Sample
from negotiator_gui.ui.charts.utility import chart_parties


def _data_rect(panel) -> QRect:
    """The plot's data rectangle (its view box) in the panel's coordinates."""
    vb = panel.plot.getPlotItem().getViewBox()
    scene_rect = vb.sceneBoundingRect()
    top_left = panel.plot.mapFromScene(scene_rect.topLeft())
    bottom_right = panel.plot.mapFromScene(scene_rect.bottomRight())
    return QRect(
        panel.plot.mapTo(panel, top_left), panel.plot.mapTo(panel, bottom_right)
    ).normalized()


def _key_rect(panel) -> QRect:
    key = panel.key
    return QRect(key.mapTo(panel, QPoint(0, 0)), key.size())


# -- the key widget on its own ------------------------------------------------------------------
def _filled(key: ChartKey, n: int) -> None:
    for k in range(n):
        key.set_entry(f"e{k}", f"Series number {k} with a long name", Sample(fill=QColor("red")))


def test_entries_keep_their_rank_and_can_be_removed(qtbot) -> None:
    key = ChartKey()
    qtbot.addWidget(key)
    key.set_entry("b", "Second", Sample(pen=QPen(QColor("blue"))), rank=2)
    key.set_entry("a", "First", Sample(symbol="o", brush=QColor("red")), rank=1)
    key.set_entry("pin-a", "Pinned A", Sample(symbol="s"), rank=1.5)  # added by another feature
    assert key.texts() == ["First", "Pinned A", "Second"]
    key.remove_entry("pin-a")
    assert key.texts() == ["First", "Second"]
    key.keep_only({"b"})
    assert key.entries() == [("b", "Second")]


def test_the_key_wraps_and_goes_compact_without_cells_overlapping(qtbot) -> None:
    key = ChartKey()
    qtbot.addWidget(key)
    _filled(key, 9)
    key.resize(1200, key.heightForWidth(1200))
    wide_rows = {r.top() for r, _, _ in key.cells()}
    key.max_rows = 2
    key.resize(300, key.heightForWidth(300))
    cells = key.cells()
    rows = {r.top() for r, _, _ in cells}
    assert len(rows) <= 2 and len(wide_rows) >= 1
    for k, (a, _, _) in enumerate(cells):  # no cell over another, none outside the key
        assert key.rect().contains(a), (a, key.rect())
        for b, _, _ in cells[k + 1 :]:
            assert not a.intersects(b), (a, b)
    ids = [i for _, i, _ in cells]
    if None in ids:  # a "+n more" cell counts what did not fit
        more = next(t for _, i, t in cells if i is None)
        assert str(9 - (len(ids) - 1)) in more
    texts = [t for _, i, t in cells if i is not None]
    assert any(t.endswith("…") for t in texts)  # shortened, not cut off at the edge


# -- the charts' keys ---------------------------------------------------------------------------
def _utility(qtbot, hosted, document: Document, size=(1000, 700)):
    from negotiator_gui.ui.charts.utility import UtilitySpacePanel

    panel = hosted(lambda parent: UtilitySpacePanel(Session(document), parent), size)
    qtbot.waitUntil(lambda: panel.analysis is not None and panel.is_idle(), timeout=30_000)
    panel.flush()
    return panel


def test_the_utility_key_names_everything_drawn(qtbot, hosted) -> None:
    s = small_scenario()
    panel = _utility(qtbot, hosted, Document(s))
    texts = panel.key.texts()
    us, them = panel.parties
    names = {p.id: p.name for p in s.parties}
    assert len(panel.frontier_points.getData()[0]) and "Pareto frontier" in texts
    assert "Packages" in texts
    for party in (us, them):  # the BATNA lines, and each side's offers (the scenario has some)
        assert f"{names[party]}: BATNA (walk-away value)" in texts, texts
    for side, party in enumerate((us, them)):
        if len(panel.trails[side].getData()[0]):
            assert f"{names[party]}'s offers" in texts, texts
    drawn = [n for n, it in panel.solution_items.items() if len(it.getData()[0])]
    assert drawn
    for name in drawn:  # each marker drawn has an entry that starts with its name
        group = next(g for g in panel.groups if g[0] == name)
        assert panel.key.text_of("solution:" + "+".join(group)) is not None
    if panel.current_xy is not None:
        assert "Current package" in texts


def _coinciding_scenario():
    """One issue of four options, BATNAs at 0. Utilities (us, them): a (100, 0), b (0, 100),
    c (50, 50), d (90, 20). By hand: Nash maximises the product (c: 2500, d: 1800, a, b: 0),
    Kalai–Smorodinsky the smaller share of the ideal gain (100, 100) (c: 0.5, d: 0.2) and
    max-min the smaller gain (c: 50): all three at c. Utilitarian maximises the sum (d: 110,
    c: 100): d, apart."""
    s = small_scenario()
    us, them = chart_parties(s)  # across, up
    issue = Issue(
        id="split",
        title="Split",
        options=[Option(id=k, label=k.upper()) for k in "abcd"],
    )
    scores = {us: {"a": 100, "b": 0, "c": 50, "d": 90}, them: {"a": 0, "b": 100, "c": 50, "d": 20}}
    prefs = [
        dataclasses.replace(
            p,
            issues={"split": IssuePreference(weight=100, scores=scores[p.party])},
            reservation=Reservation(value=0),
        )
        for p in s.preferences
        if p.party in scores
    ]
    return dataclasses.replace(
        s,
        issues=[issue],
        preferences=prefs,
        cards=[],
        offers=[],
        packages=[Package(id="pkg-none", name="Nothing", choices={})],
    )


def test_coinciding_solutions_are_one_marker_named_together(qtbot, hosted) -> None:
    panel = _utility(qtbot, hosted, Document(_coinciding_scenario()))
    a = panel.analysis
    assert a.solutions["nash"] is not None
    # the markers drawn: one for Nash, KS and max-min together, one for the utilitarian
    drawn = {n: it.getData() for n, it in panel.solution_items.items() if len(it.getData()[0])}
    assert set(drawn) == {"nash", "utilitarian"}
    assert (drawn["nash"][0][0], drawn["nash"][1][0]) == pytest.approx((50.0, 50.0))
    assert (drawn["utilitarian"][0][0], drawn["utilitarian"][1][0]) == pytest.approx((90.0, 20.0))
    assert panel.package_of(("solution", "nash"), 0) == {"split": "c"}
    assert panel.group_label_texts() == ["Nash = KS = Max-min"]
    solution_entries = [t for i, t in panel.key.entries() if i.startswith("solution:")]
    assert solution_entries == ["Nash = Kalai–Smorodinsky = Max-min", "Utilitarian"]


def test_in_a_small_dock_the_key_stays_off_the_data(qtbot, hosted) -> None:
    panel = _utility(qtbot, hosted, Document(small_scenario()), size=(360, 260))
    # the plot's view box follows a resize on a later turn of the event loop: wait for the
    # layout to settle (a timeout fails the test), then check it
    qtbot.waitUntil(
        lambda: (
            panel.key.isVisible()
            and panel.key.height() > 0
            # the key's height follows its rows on the layout's next pass (``_fit``)
            and panel.key.height() == panel.key.heightForWidth(panel.key.width())
            and not _key_rect(panel).intersects(_data_rect(panel))
        )
    )
    data, key = _data_rect(panel), _key_rect(panel)
    assert data.height() > 60, data  # the plot keeps most of the dock
    assert not key.intersects(data), (key, data)
    assert panel.rect().contains(key), (key, panel.rect())
    for rect, _id, _text in panel.key.cells():  # every entry inside the key's own rectangle
        assert panel.key.rect().contains(rect)
    # taller again: the key takes its natural rows, still off the data
    panel.parentWidget().resize(1366, 700)
    qtbot.waitUntil(
        lambda: (
            panel.key.height() == panel.key.heightForWidth(panel.key.width())
            and not _key_rect(panel).intersects(_data_rect(panel))
        )
    )
    assert all(i is not None for _, i, _ in panel.key.cells())  # nothing summed up as "+n more"


def test_history_key_names_each_line_and_batna(qtbot, hosted) -> None:
    from negotiator_gui.ui.charts.history import ConcessionHistoryPanel

    s = small_scenario()
    panel = hosted(lambda parent: ConcessionHistoryPanel(Session(Document(s)), parent), (900, 600))
    qtbot.waitUntil(panel.is_idle)
    panel.flush()
    names = {p.id: p.name for p in s.parties}
    texts = panel.key.texts()
    for (side, which), line in panel.lines.items():
        if len(line.getData()[0]):
            assert panel.key.text_of(f"{which}-{side}") is not None, (side, which, texts)
    for party in panel.parties:
        assert f"{names[party]}: BATNA (walk-away value)" in texts


PACKAGE = {"autos": "allin_15", "reciprocal": "allin_15"}


def _tariff_charts(window, qtbot, page):
    charts = window.panel("tariff-charts")
    charts.setCurrentWidget(page(charts))
    qtbot.waitUntil(page(charts).isVisible)
    window.panel("package-builder").set_choices(PACKAGE)
    qtbot.waitUntil(lambda: not charts.busy, timeout=30_000)
    if page(charts) is charts.impact:  # the bands and the tornado come after the bars
        qtbot.waitUntil(lambda: charts.impact.bands_current, timeout=30_000)
        qtbot.waitUntil(lambda: not charts.busy, timeout=30_000)
    for chart in (charts.timeline, charts.stack, charts.impact.sectors, charts.impact.tornado):
        chart.flush()
    return charts


@pytest.mark.usefixtures("tariff_charts_front")  # charts/conftest.py
def test_impact_and_tornado_keys_explain_their_colours(window, qtbot) -> None:
    from negotiator_gui.ui.charts.base import PALETTE, STATUS_QUO

    charts = _tariff_charts(window, qtbot, lambda c: c.impact)
    sectors = charts.impact.sectors
    key = sectors.key
    assert len(sectors.values(sectors.sq_bars)) and len(sectors.values(sectors.pkg_bars))
    assert key.sample_of("no-deal").fill.name().upper() == STATUS_QUO.upper()
    pkg_brush = pg.mkBrush(sectors.pkg_bars.opts["brush"]).color()
    assert key.sample_of("package").fill.rgba() == pkg_brush.rgba()
    if len(sectors.sq_err.opts["x"]):  # whiskers drawn: their percentiles explained
        assert "percentile" in key.text_of("whiskers")
    tornado = charts.impact.tornado
    assert tornado.bars
    samples = {i: tornado.key.sample_of(i) for i, _ in tornado.key.entries()}
    assert samples["low"].fill.name().upper() == PALETTE[5].upper()
    assert samples["high"].fill.name().upper() == PALETTE[1].upper()
    assert tornado.key.text_of("low") == "Elasticities 20 % lower"
    assert samples["base"].pen is not None


@pytest.mark.usefixtures("tariff_charts_front")
def test_timeline_key_lists_lines_and_numbered_events(window, qtbot) -> None:
    charts = _tariff_charts(window, qtbot, lambda c: c.timeline)
    timeline = charts.timeline
    ids = [i for i, _ in timeline.key.entries()]
    assert [i for i in ids if i.startswith("series:")] == [f"series:{k}" for k in timeline.shown]
    events = timeline.data.events
    assert events, "the scenario's measures have dates"
    numbered = [i for i in ids if i.startswith("event:")]
    assert numbered == [f"event:{n}" for n in range(1, len(events) + 1)]
    for n, (_day, text) in enumerate(events, 1):
        assert timeline.key.sample_of(f"event:{n}").number == str(n)
        assert text in timeline.key.text_of(f"event:{n}")
    # the numbers on the chart's dotted lines are the key's numbers
    shown = [m.label.format for m in timeline.markers if m.isVisible() and m.label.format]
    assert shown and all(x.split("–")[0].isdigit() for x in shown)
    assert "status-quo" in ids and "with-package" in ids  # a package is drawn: dashed vs solid


def test_exports_and_copies_carry_the_key(qtbot, hosted, tmp_path) -> None:
    from PySide6.QtGui import QGuiApplication, QImage

    panel = _utility(qtbot, hosted, Document(small_scenario()), size=(700, 500))
    svg = panel.export(tmp_path / "utility.svg").read_text("utf-8")
    assert "Pareto frontier" in svg and "BATNA (walk-away value)" in svg  # the key as text
    png = panel.export(tmp_path / "utility.png")
    image = QImage(str(png))
    plot_height = panel.plot.getPlotItem().sceneBoundingRect().height()
    assert image.height() > 2 * plot_height  # twice the size, and the key under the plot
    panel.copy()
    copied = QGuiApplication.clipboard().image()
    assert copied.height() > panel.plot.height() * copied.devicePixelRatio()
