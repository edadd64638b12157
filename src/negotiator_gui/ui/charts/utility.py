"""The utility-space chart: where packages, the Pareto frontier, the bargaining solutions, the
BATNAs and the offers lie for our side (x) and the other negotiator (y).

Officials read a package's place relative to the frontier and the ZOPA at a glance, so the chart
follows every edit. Its plot items are created once and updated with ``setData``. The cheap part
(the package space, offers, BATNAs) is rebuilt on the UI thread on the next turn after an edit;
the package cloud and the frontier (the session's shared ``derived.CLOUD``) come through a
``jobs.Runner`` on the charts pool, one job at a time (edits during a job are coalesced into one
more), cached by the space's content. A result for a space the chart no longer shows is dropped,
so a stale frontier is never shown as current. Edits that leave the space alone (an offer) do not
recompute the frontier at all.

Hovering shows a package (utilities and issue → option); clicking a point makes it the package
under discussion in the package builder.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QToolTip

from negotiator_gui.app import derived
from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core import bargaining, offers
from negotiator_gui.core.commands import ChangeKind
from negotiator_gui.core.i18n import N_, local, number, tr
from negotiator_gui.core.labels import big_count
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.core.utility_cloud import (  # noqa: F401 - the chart's names for its data
    CLOUD_EXACT_LIMIT,
    CLOUD_SAMPLE,
    Analysis,
    analyse,
    chart_parties,
    coinciding,
    same_space,
    space_key,
)
from negotiator_gui.ui.charts import acceptance_colours
from negotiator_gui.ui.charts import base as charts_base
from negotiator_gui.ui.charts.base import ChartPanel, party_colour, party_name
from negotiator_gui.ui.charts.cloud import CloudItem
from negotiator_gui.ui.charts.marks import MarksItem, add_marks
from negotiator_gui.ui.charts.pinned import PinnedMarks
from negotiator_gui.ui.common import jobs
from negotiator_gui.ui.common.text import escape, literal

#: Kinds of change that can move anything on this chart: the space's, and the offers drawn.
RELEVANT = derived.CLOUD.depends | {ChangeKind.PACKAGE, ChangeKind.OFFER}
#: Milliseconds after an edit before the chart rebuilds: 0, the next turn of the event loop
#: (edits arriving in one turn, such as a slider drag's, still give one rebuild; a wait would
#: only add latency).
DEBOUNCE_MS = 0
#: Milliseconds a new space's analysis may take before the chart draws, meanwhile, the offers
#: and the current package at the new utilities over the old cloud (see ``refresh``).
INTERIM_MS = 100
#: How near (in pixels) the pointer must be to a point to hover or click it.
PICK_RADIUS = 8.0

#: name → (label, symbol, size). Solutions often coincide: sizes shrink in drawing order so
#: markers on the same point nest instead of hiding one another.
SOLUTION_STYLE = {
    "nash": (N_("Nash"), "star", 22),
    "kalai_smorodinsky": (N_("Kalai–Smorodinsky"), "d", 15),
    "egalitarian": (N_("Max-min"), "t", 11),
    "utilitarian": (N_("Utilitarian"), "s", 11),
}


def solution_label(solutions: dict, name: str) -> str:
    """A solution's name, or the names of every solution on its point ("Nash = Max-min")."""
    group = next((g for g in coinciding(solutions) if name in g), (name,))
    return " = ".join(tr(SOLUTION_STYLE.get(n, (n,))[0]) for n in group)


class UtilitySpacePanel(ChartPanel):
    """The chart panel: it follows the session's document and package."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.document: Document | None = None
        self._unsubscribe = None
        self.space: bargaining.Space | None = None
        self.parties: tuple[str, str] | None = None
        self.analysis: Analysis | None = None
        self.rows: list[offers.OfferRow] = []
        self.current_xy: tuple[float, float] | None = None
        self.hover_text = ""
        #: The analysis of the space shown failed (the chart shows the space without it).
        self.failed: Exception | None = None
        #: The cloud and frontier of ``space``: space_key → Analysis cached (an undo is shown
        #: at once); ``_apply_cloud`` gets the result.
        self.runner = jobs.Runner(
            self, self._prepare_cloud, self._apply_cloud, cache=jobs.ResultCache(8)
        )
        self._answering = False  # inside ``refresh``: a cached result is drawn by it
        self._debounce: QTimer | jobs.Soon
        if DEBOUNCE_MS > 0:
            self._debounce = QTimer(self)
            self._debounce.setSingleShot(True)
            self._debounce.setInterval(DEBOUNCE_MS)
            self._debounce.timeout.connect(self.refresh)
        else:  # the next turn, before the repaints the edit asked for (see ``jobs.Soon``)
            self._debounce = jobs.Soon(self, self.refresh)
        #: While a new space's analysis runs: draws what the chart has meanwhile, if the
        #: analysis takes longer than ``INTERIM_MS`` (see ``refresh``).
        self._interim = QTimer(self)
        self._interim.setSingleShot(True)
        self._interim.setInterval(INTERIM_MS)
        self._interim.timeout.connect(self._draw_interim)

        self.status = QLabel(self)
        self.status.setObjectName("utility_chart_status")
        self.status.setToolTip(
            tr("How many packages the chart shows and how many lie on the Pareto frontier")
        )
        self.toolbar.insertWidget(0, self.status)
        self._build_plot()
        self.acceptance_colours = acceptance_colours.attach(self)  # under uncertainty
        session.package.changed.connect(self._package_changed)
        session.pinned.changed.connect(lambda _pins: self.schedule_redraw())
        session.document_changed.connect(self.set_document)
        self.set_document(session.document)

    # -- the plot, built once ---------------------------------------------------------------
    def _build_plot(self) -> None:
        plot = pg.PlotWidget()
        plot.setMenuEnabled(False)
        item = plot.getPlotItem()
        item.addLegend(offset=(10, -10), labelTextSize="9pt")
        item.setAspectLocked(False)
        self.set_plot(plot)
        plot.setToolTip(
            tr(
                "Each grey dot is a package: its utility for our side (across) and for the other "
                "side (up). The line is the Pareto frontier, the dashed lines the BATNAs and the "
                "shaded area the ZOPA. Hover a point to see its package; click it to make it the "
                "current package."
            )
        )
        grey = pg.mkColor(charts_base.CLOUD_GREY)
        grey.setAlpha(110)
        self.zopa = pg.PlotDataItem(
            [], [], pen=None, fillLevel=0.0, brush=pg.mkBrush(46, 125, 50, 40), name=tr("ZOPA")
        )
        # The cloud is one image of dots (see charts_cloud); the legend shows an empty item of
        # the same look for it.
        self.cloud = CloudItem(grey, size=3)
        self.cloud_legend = pg.PlotDataItem(
            [],
            [],
            pen=None,
            symbol="o",
            symbolSize=3,
            symbolPen=None,
            symbolBrush=grey,
            name=tr("Packages"),
        )
        # the frontier, trails, solutions and current package: a few points each, redrawn at
        # every weight edit (see charts_marks for why not pyqtgraph's items)
        self.frontier_steps = MarksItem(pen=pg.mkPen("#444444", width=2), symbol=None)
        self.frontier_points = MarksItem(
            symbol="o", size=6, symbol_pen=pg.mkPen("#222222"), symbol_brush="#FFFFFF"
        )
        self.batna_x = pg.InfiniteLine(angle=90, movable=False)
        self.batna_y = pg.InfiniteLine(angle=0, movable=False)
        for line in (self.batna_x, self.batna_y):
            line.setVisible(False)
        self.trails: dict[int, MarksItem] = {side: MarksItem() for side in (0, 1)}
        self.solution_items: dict[str, MarksItem] = {}
        for name, (_label, symbol, size) in SOLUTION_STYLE.items():
            self.solution_items[name] = MarksItem(
                symbol=symbol,
                size=size,
                symbol_pen=pg.mkPen("#202020", width=1),
                symbol_brush=charts_base.SOLUTION_COLOURS[name],
            )
        self.current = MarksItem(
            symbol="o", size=18, symbol_pen=pg.mkPen("#D00000", width=3), symbol_brush=None
        )
        self.round_labels: list[pg.TextItem] = []
        for it in (self.zopa, self.cloud_legend, self.cloud):
            item.addItem(it)
        add_marks(item, self.frontier_steps)
        add_marks(item, self.frontier_points, tr("Pareto frontier"))
        item.addItem(self.batna_x, ignoreBounds=True)
        item.addItem(self.batna_y, ignoreBounds=True)
        for trail in self.trails.values():
            add_marks(item, trail, " ")
        for name, solution in self.solution_items.items():
            add_marks(item, solution, tr(SOLUTION_STYLE[name][0]))
        add_marks(item, self.current, tr("Current package"))
        self.pinned = PinnedMarks(item)  # the comparison's "A" and "B"
        self.zopa.setZValue(-10)
        self.cloud.setZValue(-5)
        self.current.setZValue(20)
        for z, it in enumerate(self.solution_items.values()):
            it.setZValue(15 + z)
        item.setXRange(0, 100, padding=0.02)
        item.setYRange(0, 100, padding=0.02)
        scene = plot.scene()
        scene.sigMouseMoved.connect(self._mouse_moved)
        scene.sigMouseClicked.connect(self._mouse_clicked)

    # -- following the document -------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.document = document
        self._unsubscribe = document.subscribe(self._on_event)
        self.refresh()

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "reset" or any(c.kind in RELEVANT for c in event.changes):
            jobs.touch()
            if jobs.hidden(self):
                self.stale = True  # refreshed when shown
                self._debounce.stop()
                return
            self._debounce.start()

    def became_visible(self) -> None:
        self.refresh()

    def _current_space(self) -> tuple[bargaining.Space, tuple[str, str]] | None:
        if self.document is None:
            return None
        s = self.document.scenario
        try:
            parties = chart_parties(s)
            return self.session.derived.compute(derived.SPACE, self.document, parties), parties
        except (bargaining.AnalysisError, KeyError, ValueError):
            return None

    def refresh(self) -> None:
        """Rebuild the cheap part now; start the heavy part if the space changed."""
        self._debounce.stop()
        built = self._current_space()
        if built is None:
            self.space, self.parties, self.rows = None, None, []
            self.analysis = None
            self.status.setText(tr("No utility space: the scenario needs two negotiating parties"))
            self.schedule_redraw()
            return
        space, parties = built
        self.parties = parties
        self.rows = offers.history(self.document.scenario, space)
        changed = not same_space(space, self.space)
        self.space = space
        self._update_current()
        self._update_axes()
        if changed or self.analysis is None or not same_space(self.analysis.space, space):
            self._answering = True
            try:
                self.runner.start_now()  # a cached analysis is applied at once
            finally:
                self._answering = False
            if not self.runner.busy:
                self.redraw_soon_or_now()
                return
            self.status.setText(tr("Computing the frontier…"))
            # the new frontier and cloud come with the job, in a few milliseconds on most
            # spaces: drawn then, once. Drawing the offers and the current package now, over
            # the old cloud, cost a redraw and a repaint that held the interpreter lock the
            # job needed (a 7 ms analysis took 28) for a picture replaced at once.
            self._interim.start()
            return
        # refresh runs once per turn (``_debounce``): the cheap part is drawn now, before the
        # repaints the edit asked for (the frontier follows when its job ends)
        self.redraw_soon_or_now()

    def _draw_interim(self) -> None:
        """The analysis is taking a while (a huge space): show the offers and the current
        package at the new utilities meanwhile."""
        if self.runner.busy:
            self.schedule_redraw()

    def _prepare_cloud(self):
        """The runner's job for the space shown: keyed by its content; the session's shared
        result (``derived.CLOUD``), requested (and its snapshot taken) only if a job starts."""
        if self.space is None or self.document is None:
            return None
        document, parties = self.document, self.parties

        def build():
            return self.session.derived.request(derived.CLOUD, document, parties)[1]

        return space_key(self.space), jobs.Later(build)

    def _apply_cloud(self, result) -> None:
        """The analysis arrived (or came from the cache): shown if it is of the space shown
        now and no edit is waiting (that edit's refresh asks again, from the cache if the
        space is the same); dropped otherwise."""
        if self._debounce.isActive():
            return
        if isinstance(result, Exception):  # no frontier for this space: the space alone
            self.failed, self.analysis = result, None
            self.status.setText("")
            self.schedule_redraw()
            return
        if self.space is None or not same_space(result.space, self.space):
            return  # a late result for a space no longer shown
        self.failed = None
        self.analysis = result
        self._show_status()
        if not self._answering:
            self.schedule_redraw()

    def is_idle(self) -> bool:
        """No pending edit, job or redraw: what the chart shows is current (tests wait on it)."""
        return (
            not self.runner.busy
            and not self._debounce.isActive()
            and ChartPanel.is_idle(self)
            and (self.space is None or self.analysis is not None or self.failed is not None)
        )

    def _show_status(self) -> None:
        self.status.setText(self._status_text())
        note = self.analysis.front.note() if self.analysis is not None else ""
        self.status.setToolTip(literal(note) if note else "")

    def _status_text(self) -> str:
        a = self.analysis
        if a is None:
            return ""
        if a.sampled:
            text = tr("{n} of {size} packages (sample)").format(
                n=number(len(a.cloud_xy)), size=big_count(a.space.size)
            )
        else:
            text = tr("{n} packages").format(n=number(len(a.cloud_xy)))
        text += " · " + tr("{m} frontier points").format(m=number(len(a.front_xy)))
        if not a.front.exact:  # the tooltip says the rest (Frontier.note)
            text += " · " + tr("approximate, within {error} points").format(
                error=number(a.front.error_points, 2)
            )
        return text

    # -- the current package ----------------------------------------------------------------
    def _package_changed(self, *_args) -> None:
        before = self.current_xy
        self._update_current()
        if self.current_xy != before:  # the same point: nothing to redraw (nor repaint)
            self.schedule_redraw()

    def _update_current(self) -> None:
        package = self.session.package.value
        self.current_xy = None
        if not package or self.space is None:
            return
        try:
            u = bargaining.to_points(self.space.utility(self.space.index_of(package)))
        except bargaining.AnalysisError:
            return
        self.current_xy = (float(u[0]), float(u[1]))

    # -- drawing ----------------------------------------------------------------------------
    def _update_axes(self) -> None:
        s = self.document.scenario if self.document else None
        if self.parties is None:
            return
        us, them = self.parties
        labels = (  # axis labels are HTML
            escape(tr("Utility for {party} (0–100)").format(party=party_name(s, us))),
            escape(tr("Utility for {party} (0–100)").format(party=party_name(s, them))),
        )
        if labels == getattr(self, "_axis_labels", None):
            return  # unchanged: setting them again would repaint the chart before its redraw
        self._axis_labels = labels
        item = self.plot.getPlotItem()
        item.setLabel("bottom", labels[0])
        item.setLabel("left", labels[1])

    def redraw(self) -> None:
        s = self.document.scenario if self.document else None
        a = self.analysis
        fg = charts_base.theme_colours()["foreground"]
        if a is None or self.space is None:
            for it in (self.cloud, self.frontier_steps, self.frontier_points, self.zopa):
                it.setData([], [])
            self._cloud_of = None
            for it in self.solution_items.values():
                it.setData([], [])
        else:
            # The 50,000-point cloud is the costly item to rebuild: only when its data changed
            # (a theme or current-package redraw keeps it).
            if getattr(self, "_cloud_of", None) is not a:
                self.cloud.setData(a.cloud_xy[:, 0], a.cloud_xy[:, 1])
                self._cloud_of = a
            fx, fy = a.front_xy[:, 0], a.front_xy[:, 1]
            self.frontier_points.setData(fx, fy)
            # The staircase: from each point across to the next one's x, then up.
            sx = np.repeat(fx, 2)[1:]
            sy = np.repeat(fy, 2)[:-1]
            self.frontier_steps.setData(sx, sy)
            for name, item in self.solution_items.items():
                sol = a.solutions.get(name)
                if sol is None:
                    item.setData([], [])
                else:
                    item.setData([u[0] for u in sol.utilities], [u[1] for u in sol.utilities])
        if self.space is not None and self.parties is not None:
            us, them = self.parties
            r = bargaining.to_points(self.space.reservation)
            top = 100.0
            if a is not None and len(a.cloud_xy):
                top = max(top, float(a.cloud_xy.max()))
            for line, value, party in ((self.batna_x, r[0], us), (self.batna_y, r[1], them)):
                line.setPos(float(value))
                colour = party_colour(s, party)
                if getattr(line, "_colour", None) != colour.rgba():  # a new pen repaints
                    line.setPen(pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine))
                    line._colour = colour.rgba()
                line.setVisible(True)
                line.setToolTip(
                    literal(
                        tr("{party}'s BATNA: {v}").format(
                            party=party_name(s, party), v=number(value, 1)
                        )
                    )
                )
            if r[0] < top and r[1] < top:
                self.zopa.setData([float(r[0]), top], [top, top])
                self.zopa.setFillLevel(float(r[1]))
            else:
                self.zopa.setData([], [])
            self._draw_trails(s, fg)
        else:
            self.batna_x.setVisible(False)
            self.batna_y.setVisible(False)
            for trail in self.trails.values():
                trail.setData([], [])
            self._place_round_labels([])
        if self.current_xy is None:
            self.current.setData([], [])
        else:
            self.current.setData([self.current_xy[0]], [self.current_xy[1]])
        self.pinned.place(self.space, self.session.pinned.value)
        self.acceptance_colours.update()

    def trail_data(self, side: int) -> tuple[list[float], list[float], list[int]]:
        """Offers of one side (0 us, 1 them) in round order: x, y and rounds."""
        if self.parties is None:
            return [], [], []
        party = self.parties[side]
        us, them = self.parties
        rows = [r for r in self.rows if r.party == party]
        return (
            [r.utilities[us] for r in rows],
            [r.utilities[them] for r in rows],
            [r.round for r in rows],
        )

    def _draw_trails(self, s, fg: str) -> None:
        labels = []
        legend = self.plot.getPlotItem().legend
        for side, trail in self.trails.items():
            party = self.parties[side]
            colour = party_colour(s, party)
            xs, ys, rounds = self.trail_data(side)
            sizes = [9] * len(xs)
            if sizes:
                sizes[-1] = 13  # the latest offer stands out
            look = (colour.rgba(), fg)
            if getattr(trail, "_look", None) != look:  # a new look redraws its symbols
                trail.setLook(
                    pen=pg.mkPen(colour, width=2),
                    symbol="o" if side == 0 else "t1",
                    size=9,
                    symbol_pen=pg.mkPen(fg, width=1),
                    symbol_brush=colour,
                )
                trail._look = look
            trail.setData(xs, ys, sizes)
            text = escape(tr("{party}'s offers").format(party=party_name(s, party)))  # HTML
            if legend is not None:
                label = legend.getLabel(trail)
                if label is not None and label.text != text:  # laid out again: only if new
                    label.setText(text)
            labels += [(x, y, f"R{r}", colour) for x, y, r in zip(xs, ys, rounds, strict=True)]
        self._place_round_labels(labels)

    def _place_round_labels(self, labels) -> None:
        item = self.plot.getPlotItem()
        while len(self.round_labels) < len(labels):
            t = pg.TextItem(anchor=(0, 1))
            t.setZValue(12)
            item.addItem(t, ignoreBounds=True)
            self.round_labels.append(t)
        for k, t in enumerate(self.round_labels):
            if k < len(labels):
                x, y, text, colour = labels[k]
                if getattr(t, "_shown", None) != (text, colour.rgba()):  # a new layout: if new
                    t.setText(text, color=colour)
                    t._shown = (text, colour.rgba())
                t.setPos(x, y)
                t.setVisible(True)
            else:
                t.setVisible(False)

    # -- picking: hover and click -----------------------------------------------------------
    def _candidates(self):
        """(kind, xy array, index → package or None) from the most to the least specific."""
        a = self.analysis
        out = []
        if a is not None:
            for name, sol in a.solutions.items():
                if sol is not None:
                    out.append((("solution", name), np.array(sol.utilities, dtype=float)))
            out.append((("frontier", None), a.front_xy))
        for side in (0, 1):
            xs, ys, _ = self.trail_data(side)
            if xs:
                out.append((("offer", side), np.column_stack([xs, ys])))
        if a is not None:
            out.append((("cloud", None), a.cloud_xy))
        return out

    def pick(self, x: float, y: float) -> tuple[tuple[str, object], int] | None:
        """The point nearest (x, y) in data coordinates within PICK_RADIUS pixels."""
        vb = self.plot.getPlotItem().getViewBox()
        pw, ph = vb.viewPixelSize()
        pw, ph = pw or 1.0, ph or 1.0
        for kind, xy in self._candidates():
            if not len(xy):
                continue
            d = np.hypot((xy[:, 0] - x) / pw, (xy[:, 1] - y) / ph)
            k = int(np.argmin(d))
            if d[k] <= PICK_RADIUS:
                return kind, k
        return None

    def package_of(self, kind: tuple[str, object], index: int) -> dict[str, str] | None:
        """The package behind a point (a frontier point's first package if it has ties)."""
        a, space = self.analysis, self.space
        what, key = kind
        if what == "offer":
            party = self.parties[key]
            rows = [r for r in self.rows if r.party == party]
            offer_id = rows[index].offer
            for off in self.document.scenario.offers:
                if off.id == offer_id:
                    return dict(off.choices)
            return None
        if a is None or space is None:
            return None
        if what == "solution":
            index = a.solutions[key].points[index]
            what = "frontier"
        if what == "frontier":
            packages = a.front.packages(index, limit=1)
            return space.choices(packages[0]) if packages else None
        if what == "cloud":
            return space.choices([int(v) for v in a.cloud_digits[index]])
        return None

    def describe(self, kind: tuple[str, object], index: int) -> str:
        """Tooltip: what the point is, both utilities and the package issue by issue."""
        s = self.document.scenario
        us, them = self.parties
        package = self.package_of(kind, index) or {}
        what, key = kind
        title = {
            "frontier": tr("Frontier point"),
            "cloud": tr("Package"),
            "solution": solution_label(self.analysis.solutions, key) if what == "solution" else "",
            "offer": tr("Offer"),
        }[what]
        if what == "offer":
            party = self.parties[key]
            row = [r for r in self.rows if r.party == party][index]
            title = tr("{party}'s offer, round {r}").format(party=party_name(s, party), r=row.round)
            u = (row.utilities[us], row.utilities[them])
        else:
            u = bargaining.to_points(self.space.utility(self.space.index_of(package)))
        lines = [
            f"<b>{title}</b>",
            f"{party_name(s, us)}: {number(u[0], 1)} · {party_name(s, them)}: {number(u[1], 1)}",
        ]
        for issue in s.issues:
            if issue.id in package:
                label = next(
                    (local(o, "label") for o in issue.options if o.id == package[issue.id]), "?"
                )
                lines.append(f"{local(issue, 'title')} → {label}")
        if what == "frontier" and self.analysis is not None:
            ties = int(self.analysis.front.tie_counts()[index])
            if ties > 1:
                lines.append(tr("({n} packages give this point)").format(n=number(ties)))
        return "<br>".join(lines)

    def _mouse_moved(self, pos) -> None:
        vb = self.plot.getPlotItem().getViewBox()
        if self.parties is None or not vb.sceneBoundingRect().contains(pos):
            return
        p = vb.mapSceneToView(pos)
        hit = self.pick(p.x(), p.y())
        if hit is None:
            if self.hover_text:
                self.hover_text = ""
                QToolTip.hideText()
            return
        text = self.describe(*hit)
        if text != self.hover_text:
            self.hover_text = text
            QToolTip.showText(QCursor.pos(), text, self.plot)

    def _mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.parties is None:
            return
        vb = self.plot.getPlotItem().getViewBox()
        p = vb.mapSceneToView(event.scenePos())
        hit = self.pick(p.x(), p.y())
        if hit is not None:
            self.choose(*hit)
            event.accept()

    def choose(self, kind: tuple[str, object], index: int) -> None:
        """Make the point's package the one under discussion."""
        package = self.package_of(kind, index)
        if package:
            self.session.choose(package)

    def click_frontier_point(self, index: int) -> None:
        self.choose(("frontier", None), index)
