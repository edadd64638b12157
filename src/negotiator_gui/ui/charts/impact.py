"""Trade impact by sector (bars with Monte-Carlo bands) and its tornado chart, and the background
runner the tariff charts share.

The trade model runs twice (status quo, package) plus a few hundred Monte-Carlo draws and a
tornado: too slow for the UI thread on a large flow table. ``Background`` runs such work on the
thread pool on the document's shared copy of the scenario, coalesces bursts of edits into one
run, and drops a result that is stale when it arrives (its generation is not the latest), so a
chart never shows numbers for a scenario that no longer exists. Results are kept by what they
depend on, so a value toggled back or an undo shows at once.

The trade impact comes in two stages: an edit first shows the point values (status quo and
package per sector: two model runs), then the Monte-Carlo bands and the tornado (the slow part),
computed for the point values shown; the status line says so meanwhile, and a band result for
point values no longer shown is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from negotiator_gui.core import chart_series as cs
from negotiator_gui.core.commands import ChangeKind
from negotiator_gui.core.i18n import N_, date_text, local, tr
from negotiator_gui.core.impact import Prepared
from negotiator_gui.core.labels import chapter_names
from negotiator_gui.core.tariffs import Lines
from negotiator_gui.core.trade import Cancelled, TradeModel
from negotiator_gui.ui.charts.base import (
    PALETTE,
    STATUS_QUO,
    ChartPanel,
    axis_label,
    narrow_title,
    party_colour,
    theme_colours,
)
from negotiator_gui.ui.charts.key import Sample
from negotiator_gui.ui.common import jobs
from negotiator_gui.ui.common.text import escape

#: Kinds of document change that can move a tariff or trade chart.
RELEVANT = frozenset(
    {
        ChangeKind.MEASURE,
        ChangeKind.TRADE_FLOWS,
        ChangeKind.STACKING_RULE,
        ChangeKind.ELASTICITY,
        ChangeKind.ISSUE,
        ChangeKind.OPTION,
        ChangeKind.SCENARIO,
        ChangeKind.PARTY,
    }
)


class Background(jobs.Runner):
    """Coalesced, generation-counted background work for one chart (``jobs.Runner`` on the
    charts pool, with a cache of its last results by what they depend on).

    ``prepare`` runs on the UI thread when the work starts and returns the function to run on the
    pool, or ``(key, function)`` (see ``key``); ``apply`` gets the result on the UI thread only if
    nothing was requested since."""

    def __init__(
        self,
        parent: QObject,
        prepare: Callable[[], Any],
        apply: Callable[[Any], None],
        delay_ms: int = 0,
        inline: bool = False,
        gate=None,
    ) -> None:
        cache = jobs.ResultCache(8)
        super().__init__(parent, prepare, apply, delay_ms, cache=cache, inline=inline, gate=gate)


#: Scenario parts no tariff or trade chart depends on (left out of the results' cache key, so
#: a weight edit between two rate edits does not make the rate toggled back a new case).
NOT_TARIFFS = ("preferences", "cards", "offers", "packages", "working_package")


def key(window_or_panel, *options: Hashable) -> tuple:
    """What a chart's numbers depend on: the scenario's content, the package and the options."""
    choices = tuple(sorted(window_or_panel.choices().items()))
    return (window_or_panel.document.content_key(NOT_TARIFFS), choices, *options)


def snapshot(window_or_panel) -> tuple[Any, dict[str, str]]:
    """The scenario for a pool thread (the document's shared, read-only copy of this revision)
    and a private copy of the current package."""
    return window_or_panel.document.frozen(), dict(window_or_panel.choices())


def flows_key(document) -> tuple:
    """Changes when the flow table (or the parties) may have: pickers filled from the table
    (importers, product lines) are refilled only then, not after every rate edit."""
    s = document.scenario
    parties = tuple((p.id, local(p, "name")) for p in s.parties)  # names: the pickers show them
    return (document.flows_revision, id(s.trade_flows), len(s.trade_flows), parties)


_lines_lock = threading.Lock()
_lines_memo: list[tuple[object, tuple[str, ...], Lines]] = []


def lines_of(s) -> Lines:
    """The flow table prepared for the engine, once per (shared, read-only) flow table: the
    timeline and the trade impact of one revision share it, and so do later revisions that
    left the table alone. Called on pool threads."""
    parties = tuple(p.id for p in s.parties)
    with _lines_lock:
        for flows, ids, lines in _lines_memo:
            if flows is s.trade_flows and ids == parties:
                return lines
    lines = Lines.from_flows(s.trade_flows, list(parties))
    with _lines_lock:
        _lines_memo.insert(0, (s.trade_flows, parties, lines))
        del _lines_memo[2:]
    return lines


_prepared_memo: list[tuple[object, object, Prepared]] = []


def prepared_of(s) -> Prepared:
    """The scenario's market and elasticities (``core.impact.Prepared``), once per (shared,
    read-only) flow table and elasticities: a rate edit leaves both alone, and resolving the
    elasticities of a large table takes longer than the two model runs. Called on pool
    threads."""
    lines = lines_of(s)
    with _lines_lock:
        for flows, el, prepared in _prepared_memo:
            if flows is lines and el is s.elasticities:
                return prepared
    prepared = Prepared.of(s, s.as_of, lines=lines)
    with _lines_lock:
        _prepared_memo.insert(0, (lines, s.elasticities, prepared))
        del _prepared_memo[2:]
    return prepared


def fill_importers(combo: QComboBox, want: list[str], names: dict[str, str] | None = None) -> None:
    """Refill an importer picker with ``want`` (party ids, shown by their ``names``) if its
    items differ, keeping the current importer when it is still there, without announcing the
    refill as a choice."""
    names = names or {}
    have = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    if have == [(p, names.get(p, p)) for p in want]:
        return
    current = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        for p in want:
            combo.addItem(names.get(p, p), p)
        combo.setCurrentIndex(want.index(current) if current in want else 0)


def follow_importers(panel) -> None:
    """Refill ``panel.importer`` if the flow table may have changed since it was filled
    (``flows_key``), then ask ``panel.background`` for new data: the timeline's and the trade
    impact's importer pickers."""
    filled = flows_key(panel.document)
    if filled != getattr(panel, "_filled_for", None):
        panel._filled_for = filled
        s = panel.document.scenario
        fill_importers(
            panel.importer, cs.importers(s), {p.id: local(p, "name") or p.id for p in s.parties}
        )
    panel.background.request()


FIELD_NAMES = {
    "change": N_("Change in imports"),
    "revenue_change": N_("Change in tariff revenue"),
    "welfare": N_("Welfare (Harberger triangles)"),
}
#: Monte-Carlo draws behind the sector bands (the title names the number).
DRAWS = 200
#: The tornado's bars while its numbers are being computed: the previous ones, greyed.
PENDING_BRUSH = "#c8c8c8"
#: The trade model's name in chart titles.
MODEL_NAMES = {TradeModel.LINEAR: N_("linear"), TradeModel.EXACT: N_("exact")}


def _money(unit: str) -> tuple[float, str]:
    """Scale and axis unit for money in the flow table's currency."""
    if unit.strip().upper() == "USD":
        return 1e9, tr("US$ bn")
    return 1e9, tr("bn {unit}").format(unit=unit)


class SectorChart(ChartPanel):
    """Horizontal bars per HS chapter, named ("87 Vehicles and parts"), largest effect on top:
    no deal (grey) and the package (colour), with p5–p95 whiskers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = pg.PlotWidget()
        self.set_plot(plot)
        plot.setToolTip(
            tr(
                "The importer's trade by HS chapter from the base year: grey bars without a "
                "deal (the tariffs as scheduled), coloured bars for the current package. The "
                "whiskers span the 5th to 95th percentile of the Monte-Carlo draws over the "
                "elasticities."
            )
        )
        item = plot.getPlotItem()
        self.sq_bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.38, brush=STATUS_QUO, pen=None
        )
        self.pkg_bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.38, brush=PALETTE[0], pen=None
        )
        self.sq_err = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), width=np.zeros(0), beam=0.15)
        self.pkg_err = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), width=np.zeros(0), beam=0.15)
        for it in (self.sq_bars, self.pkg_bars, self.sq_err, self.pkg_err):
            item.addItem(it)
        item.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#808080")))
        self.data: cs.SectorImpact | None = None
        self._colour = None

    def set_data(self, data: cs.SectorImpact, colour) -> None:
        if data is self.data and colour == self._colour:
            return  # shown already (a request that found the same result): no redraw
        self.data, self._colour = data, colour
        self.pkg_bars.setOpts(brush=colour)
        self.schedule_redraw()

    @staticmethod
    def values(bars: pg.BarGraphItem) -> np.ndarray:
        """The signed values the bars show (each bar is drawn from min(0, v) with width |v|)."""
        x0 = np.asarray(bars.opts["x0"], float)
        width = np.asarray(bars.opts["width"], float)
        return np.where(x0 < 0, x0, width)

    def redraw(self) -> None:
        d = self.data
        if d is None:
            return
        scale, unit = _money(d.unit)
        n = len(d.sectors)
        y = np.arange(n, dtype=float)[::-1]  # the largest effect on top
        sq = d.status_quo / scale
        self.sq_bars.setOpts(x0=np.minimum(sq, 0.0), y=y + 0.2, width=np.abs(sq))
        pkg = d.package / scale if d.package is not None else np.zeros(0)
        self.pkg_bars.setOpts(x0=np.minimum(pkg, 0.0), y=y[: len(pkg)] - 0.2, width=np.abs(pkg))
        banded = False  # whiskers drawn: only then does the title speak of them
        for err, band, dy in ((self.sq_err, d.sq_band, 0.2), (self.pkg_err, d.pkg_band, -0.2)):
            if band is None or not np.isfinite(band).any():
                err.setData(x=np.zeros(0), y=np.zeros(0), width=np.zeros(0))
                continue
            banded = True
            ok = np.isfinite(band).all(axis=1)
            lo, hi = band[ok, 0] / scale, band[ok, 1] / scale
            err.setData(x=(lo + hi) / 2, y=y[ok] + dy, width=hi - lo, pen=self._whisker_pen())
        self._update_key(d, banded)
        item = self.plot.getPlotItem()
        names = [axis_label(x, 24) for x in chapter_names(d.sectors)]
        item.getAxis("left").setTicks([[(float(y[i]), names[i]) for i in range(n)]])
        item.setLabel(  # HTML: the unit is the flow table's
            "bottom",
            escape(tr("{field} ({unit})").format(field=tr(FIELD_NAMES[d.field]), unit=unit)),
        )
        importer = d.importer_name or d.importer
        model = tr(MODEL_NAMES.get(d.model, d.model.value))
        day = date_text(d.day) if d.day is not None else ""
        title = tr("{importer}'s imports by sector on {date}, {model} model").format(
            importer=importer, date=day, model=model
        )
        if banded:  # a second, smaller line: the title must not widen the plot
            title += "<br><span style='font-size:8pt'>{}</span>".format(
                tr("whiskers: p5–p95 of {n} draws").format(n=DRAWS)
            )
        item.setTitle(title, color=theme_colours()["foreground"])
        narrow_title(item)
        item.enableAutoRange()

    @staticmethod
    def _whisker_pen():
        return pg.mkPen(theme_colours()["foreground"])  # dark on light, light on dark

    def _update_key(self, d: cs.SectorImpact, banded: bool) -> None:
        """What the colours mean: grey without a deal, the planner's colour with the package,
        the whiskers' percentiles when they are drawn."""
        self.key.set_entry(
            "no-deal",
            tr("No deal: the tariffs as scheduled"),
            Sample(fill=pg.mkColor(STATUS_QUO)),
            rank=0,
        )
        if d.package is not None:
            self.key.set_entry(
                "package",
                tr("With the current package"),
                Sample(fill=pg.mkColor(self.pkg_bars.opts["brush"])),
                rank=1,
            )
        else:
            self.key.remove_entry("package")
        if banded:
            self.key.set_entry(
                "whiskers",
                tr("Whiskers: 5th to 95th percentile of {n} draws").format(n=DRAWS),
                Sample(pen=self._whisker_pen()),
                rank=2,
            )
        else:
            self.key.remove_entry("whiskers")


class TornadoChart(ChartPanel):
    """Sensitivity of the total to each elasticity estimate (±20 %), largest swing on top."""

    MAX_BARS = 10

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = pg.PlotWidget()
        self.set_plot(plot)
        plot.setToolTip(
            tr(
                "How much the total moves when one group of elasticities is 20 % lower or higher, "
                "largest swing on top: the estimates the result depends on most."
            )
        )
        item = plot.getPlotItem()
        self.low_bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.6, brush=PALETTE[5], pen=None
        )
        self.high_bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.6, brush=PALETTE[1], pen=None
        )
        item.addItem(self.low_bars)
        item.addItem(self.high_bars)
        self.base_line = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#202020", width=1.5))
        item.addItem(self.base_line)
        # "being computed": a note in the middle of the plot area (in the view box's own
        # coordinates, so it stays centred whatever the axes' range), over greyed bars
        self.pending_note = pg.TextItem(
            tr("Sensitivity being computed…"),
            color=theme_colours()["foreground"],
            anchor=(0.5, 0.5),
        )
        self.pending_note.setParentItem(item.getViewBox())
        self.pending_note.setZValue(100)
        self.pending_note.hide()
        item.getViewBox().sigResized.connect(self._place_note)
        self.bars: list = []
        self._bars_of: list | None = None
        self.unit = "USD"
        self.field = "change"
        #: The bars shown are not for the latest request: being computed (greyed, with a note).
        self.pending = False

    def set_data(self, bars: list, unit: str, field: str) -> None:
        """Show ``bars``: the numbers for the latest request (ends a pending state)."""
        if (
            (bars is self._bars_of or list(bars) == self.bars)
            and (unit, field) == (self.unit, self.field)
            and not self.pending
        ):
            return  # shown already: no redraw
        self._bars_of = bars
        self.bars, self.unit, self.field = list(bars), unit, field
        self.pending = False
        self.schedule_redraw()

    def set_pending(self) -> None:
        """The numbers are being computed: keep the previous bars, greyed, under a note saying
        so, until ``set_data`` brings the new ones (a blank chart would look like no data)."""
        if not self.pending:
            self.pending = True
            self.schedule_redraw()

    def _place_note(self, *_: object) -> None:
        box = self.plot.getPlotItem().getViewBox().boundingRect()
        self.pending_note.setPos(box.center())

    def redraw(self) -> None:
        scale, unit = _money(self.unit)
        bars = self.bars[: self.MAX_BARS]
        n = len(bars)
        y = np.arange(n, dtype=float)[::-1]  # largest swing at the top
        base = bars[0].base / scale if bars else 0.0
        low = np.array([b.low for b in bars], float) / scale
        high = np.array([b.high for b in bars], float) / scale
        grey = pg.mkBrush(PENDING_BRUSH) if self.pending else None
        self.low_bars.setOpts(
            x0=np.minimum(low, base), y=y, width=np.abs(low - base), brush=grey or PALETTE[5]
        )
        self.high_bars.setOpts(
            x0=np.minimum(high, base), y=y, width=np.abs(high - base), brush=grey or PALETTE[1]
        )
        theme = theme_colours()  # the note in the chart's colours (light or dark)
        self.pending_note.setColor(theme["foreground"])
        backdrop = pg.mkColor(theme["background"])
        backdrop.setAlpha(220)
        self.pending_note.fill = pg.mkBrush(backdrop)
        self.pending_note.setVisible(self.pending)
        self._place_note()
        self.base_line.setValue(base)
        self.base_line.setPen(pg.mkPen(theme["foreground"], width=1.5))
        self._update_key(bool(bars))
        item = self.plot.getPlotItem()
        # preset labels are marked N_ in core.elasticities; the scenario's own pass unchanged
        ticks = [(float(y[i]), axis_label(tr(b.label), 22)) for i, b in enumerate(bars)]
        item.getAxis("left").setTicks([ticks])
        item.setLabel(  # HTML: the unit is the flow table's
            "bottom",
            escape(
                tr("{field}, total ({unit})").format(field=tr(FIELD_NAMES[self.field]), unit=unit)
            ),
        )
        item.setTitle(
            tr("Sensitivity to elasticities (±20 %)"), color=theme_colours()["foreground"]
        )
        narrow_title(item)
        item.enableAutoRange()

    def _update_key(self, drawn: bool) -> None:
        """What the two colours and the line mean (the bars swing either way of the total)."""
        if not drawn:
            self.key.keep_only(())
            return
        self.key.set_entry(
            "low",
            tr("Elasticities 20 % lower"),
            Sample(fill=pg.mkColor(PALETTE[5])),
            rank=0,
        )
        self.key.set_entry(
            "high",
            tr("Elasticities 20 % higher"),
            Sample(fill=pg.mkColor(PALETTE[1])),
            rank=1,
        )
        self.key.set_entry(
            "base",
            tr("Total with the elasticities as estimated"),
            Sample(pen=self.base_line.pen),
            rank=2,
        )


class ImpactPanel(QWidget):
    """Sector bars and tornado, fed by one background run per scenario/package/options state."""

    def __init__(self, document, choices: Callable[[], dict[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.choices = choices
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.sectors = SectorChart()
        self.tornado = TornadoChart()
        self.importer = QComboBox()
        self.importer.setToolTip(tr("Whose imports the chart shows"))
        self.field = QComboBox()
        self.field.setToolTip(tr("Which quantity the bars show"))
        for key, name in FIELD_NAMES.items():
            self.field.addItem(tr(name), key)
        self.exact = QCheckBox(tr("Exact model"))
        self.exact.setToolTip(
            tr(
                "Unchecked: first-order (linear) formulas; checked: exact constant-elasticity "
                "ones. Both move imports with the macro η where a tariff hits every supplier and "
                "with the micro σ where one supplier's rate differs from the others'"
            )
        )
        self.status = QLabel()
        self.status.setToolTip(tr("Whether the model is running, or why it could not run"))
        # room for its usual texts, whatever it shows: a size that followed the text would lay
        # the panel out again at every edit ("computing…", then nothing), resizing both plots
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        metrics = self.status.fontMetrics()
        usual = (tr("computing…"), tr("ranges being computed…"))
        self.status.setMinimumWidth(max(metrics.horizontalAdvance(t) for t in usual) + 8)
        bar = self.sectors.toolbar
        for i, w in enumerate((QLabel(tr("Importer")), self.importer, self.field, self.exact)):
            bar.insertWidget(i, w)
        bar.insertWidget(4, self.status, 1)
        split = QSplitter()
        split.addWidget(self.sectors)
        split.addWidget(self.tornado)
        split.setSizes([600, 400])
        layout.addWidget(split)
        #: Two stages: the point values (two model runs) first, then the Monte-Carlo bands and
        #: the tornado (a few hundred runs) for the point values shown.
        self.background = Background(self, self._prepare, self._apply, gate=self)
        self.bands = Background(self, self._prepare_bands, self._apply_bands, gate=self)
        self._points: cs.SectorImpact | None = None
        self._points_key: Hashable = None
        self._prepared_key: Hashable = None
        self.importer.currentIndexChanged.connect(lambda *_: self.background.request())
        self.field.currentIndexChanged.connect(lambda *_: self.background.request())
        self.exact.toggled.connect(lambda *_: self.background.request())
        self.refresh_importers()

    def refresh_importers(self) -> None:
        follow_importers(self)

    @property
    def model(self) -> TradeModel:
        return TradeModel.EXACT if self.exact.isChecked() else TradeModel.LINEAR

    def _prepare(self):
        importer = self.importer.currentData()
        if importer is None:
            return None
        field, model = self.field.currentData(), self.model
        self.status.setText(tr("computing…"))
        self._prepared_key = key(self, "sectors", importer, field, model)

        def build() -> Callable[[], cs.SectorImpact]:
            s, choices = snapshot(self)  # only when a job starts: a cache hit takes no copy
            return lambda: cs.sector_points(
                s, choices, importer, field, model, lines=lines_of(s), prepared=prepared_of(s)
            )

        return self._prepared_key, jobs.Later(build)

    def _apply(self, result) -> None:
        """The point values (first stage): shown at once; the bands are asked for next."""
        if isinstance(result, Exception):
            self.status.setText(tr("Could not compute: {e}").format(e=result))
            return
        self._points, self._points_key = result, self._prepared_key
        done, bands = self.bands.cache.get((self._points_key, "bands"))
        if done and bands.basis is result.basis:  # an undo, or a value toggled back
            self.bands.drop_results()  # a band job still in flight is for other values:
            self.bands.supersede_flight()  # it may stop now
            self.status.setText("")
            self._show(bands)
            return
        self.status.setText(tr("ranges being computed…"))
        s = self.document.scenario
        self.sectors.set_data(result, party_colour(s, s.perspective))
        self.tornado.set_pending()  # no tornado in the point values: it comes with the bands
        self.bands.request()

    def _prepare_bands(self):
        points = self._points
        if points is None or points.basis is None:
            return None

        def build() -> Callable[[], cs.SectorImpact]:
            cancelled = self.bands.cancelled  # this job's: True once a newer one supersedes it
            return lambda: cs.sector_bands(points, DRAWS, cancelled=cancelled)

        return (self._points_key, "bands"), jobs.Later(build)

    def _apply_bands(self, result) -> None:
        """The Monte-Carlo bands and the tornado (second stage), only for the point values
        shown: a result for an older revision (or other options) is dropped."""
        if isinstance(result, Cancelled):
            return  # stopped early because a newer job superseded it: nothing to show
        if isinstance(result, Exception):
            self.status.setText(tr("Could not compute: {e}").format(e=result))
            points = self._points
            self.tornado.set_data([], points.unit if points else "USD", self.field.currentData())
            return
        points = self._points
        if points is None or result.basis is not points.basis:
            return
        self.status.setText("")
        self._show(result)

    def _show(self, result: cs.SectorImpact) -> None:
        s = self.document.scenario
        colour = party_colour(s, s.perspective)  # the package is the planner's proposal
        self.sectors.set_data(result, colour)
        self.tornado.set_data(result.tornado, result.unit, result.field)

    @property
    def points_current(self) -> bool:
        """The sector bars show the point values of the latest request (bands may be pending)."""
        return not self.background.busy and self.sectors.is_idle()

    @property
    def bands_current(self) -> bool:
        """The bands and the tornado of the latest request are shown too: nothing pending."""
        return self.points_current and not self.bands.busy and self.tornado.is_idle()
