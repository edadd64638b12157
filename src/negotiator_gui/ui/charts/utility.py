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

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

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
from negotiator_gui.ui.charts.key import Sample
from negotiator_gui.ui.charts.marks import MarksItem, add_marks
from negotiator_gui.ui.charts.pinned import PinnedMarks
from negotiator_gui.ui.common import jobs
from negotiator_gui.ui.common.elided_label import ElidedLabel
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
#: A solution's short name for the label beside a marker shared by several ("Nash = KS").
SOLUTION_SHORT = {
    "nash": N_("Nash"),
    "kalai_smorodinsky": N_("KS"),
    "egalitarian": N_("Max-min"),
    "utilitarian": N_("Utilitarian"),
}
#: Solutions this many pixels apart (or nearer) share one marker: drawn apart they would only
#: hide each other.
COINCIDE_PX = 4.0
#: ... but never more than this many utility points apart (a chart not laid out yet has no
#: meaningful pixel size).
COINCIDE_MAX_POINTS = 1.0
#: The order of the key's entries; a feature adding its own (a pinned package, "pin-a") picks
#: a rank between these.
KEY_RANK = {
    "packages": 0,
    "frontier": 10,
    "zopa": 20,
    "batna-0": 30,
    "batna-1": 31,
    "offers-0": 40,
    "offers-1": 41,
    "solution": 50,
    "current": 80,
    "pin": 85,  # the comparison's pinned "A" and "B" (charts/pinned.py)
}


def solution_label(solutions: dict, name: str) -> str:
    """A solution's name, or the names of every solution on its point ("Nash = Max-min")."""
    return group_label(next((g for g in coinciding(solutions) if name in g), (name,)))


def solution_groups(
    solutions: dict, pixel: tuple[float, float] | None = None
) -> list[tuple[str, ...]]:
    """Every solution that exists, in groups that share one marker (in ``SOLUTION_STYLE``'s
    order, the first of a group drawn): those on the same frontier points (``coinciding``) and
    those within ``COINCIDE_PX`` pixels of each other at ``pixel`` (the view's data units per
    pixel, across and up)."""
    names = [n for n in SOLUTION_STYLE if solutions.get(n) is not None]
    names += [n for n, sol in solutions.items() if sol is not None and n not in names]
    parent = {n: n for n in names}

    def root(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:  # the earlier name leads
            first, second = sorted((ra, rb), key=names.index)
            parent[second] = first

    for group in coinciding(solutions):
        for other in group[1:]:
            join(group[0], other)
    if pixel is not None:
        tx = min(COINCIDE_PX * abs(pixel[0]), COINCIDE_MAX_POINTS)
        ty = min(COINCIDE_PX * abs(pixel[1]), COINCIDE_MAX_POINTS)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                ua, ub = solutions[a].utilities[0], solutions[b].utilities[0]
                if abs(ua[0] - ub[0]) <= tx and abs(ua[1] - ub[1]) <= ty:
                    join(a, b)
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(root(n), []).append(n)
    return [tuple(g) for g in groups.values()]


def group_label(group: tuple[str, ...], short: bool = False) -> str:
    """ "Nash = Kalai–Smorodinsky" (or, short, "Nash = KS")."""
    if short:
        return " = ".join(tr(SOLUTION_SHORT.get(n, n)) for n in group)
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

        self.status = ElidedLabel(self)  # cut with "…" in a narrow dock, the tooltip says why
        self.status.setObjectName("utility_chart_status")
        self.status.setToolTip(
            tr("How many packages the chart shows and how many lie on the Pareto frontier")
        )
        self.toolbar.insertWidget(0, self.status, 1)
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
        item.setAspectLocked(False)
        self.set_plot(plot)
        plot.setToolTip(
            tr(
                "Each grey dot is a package: its utility for our side (across) and for the other "
                "side (up). The key under the chart names every line and marker. Hover a point to "
                "see its package; click it to make it the current package."
            )
        )
        grey = pg.mkColor(charts_base.CLOUD_GREY)
        grey.setAlpha(110)
        self.zopa = pg.PlotDataItem([], [], pen=None, fillLevel=0.0, brush=self._zopa_brush())
        self.cloud_colour = grey
        # The cloud is one image of dots (see charts_cloud); the key names it.
        self.cloud = CloudItem(grey, size=3)
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
        #: "Nash = KS" beside a marker several solutions share (one per group of two or more).
        self.group_labels: list[pg.TextItem] = []
        #: The solutions as drawn: one marker per group (see ``solution_groups``).
        self.groups: list[tuple[str, ...]] = []
        #: The key entries this chart keeps (others, such as pinned packages, are left alone).
        self._key_ids: set[str] = set()
        for it in (self.zopa, self.cloud):
            item.addItem(it)
        add_marks(item, self.frontier_steps)
        add_marks(item, self.frontier_points)
        item.addItem(self.batna_x, ignoreBounds=True)
        item.addItem(self.batna_y, ignoreBounds=True)
        for trail in self.trails.values():
            add_marks(item, trail)
        for solution in self.solution_items.values():
            add_marks(item, solution)
        add_marks(item, self.current)
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
        item.getViewBox().sigResized.connect(self._view_resized)
        self._restyle()

    def _zopa_brush(self):
        colour = pg.mkColor(charts_base.theme_colours()["zopa"])
        colour.setAlpha(40)
        return pg.mkBrush(colour)

    def _restyle(self) -> None:
        """The theme's colours for the lines and marker outlines (dark on light, light on
        dark): a dark frontier vanished on the dark background."""
        theme = charts_base.theme_colours()
        look = theme["foreground"], theme["background"]
        if getattr(self, "_styled", None) == look:
            return
        self._styled = look
        fg, bg = look
        frontier = charts_base.FRONTIER_COLOURS[charts_base.current_theme()]
        self.frontier_steps.setLook(pen=pg.mkPen(frontier, width=2), symbol=None)
        self.frontier_points.setLook(
            symbol="o", size=6, symbol_pen=pg.mkPen(frontier), symbol_brush=bg
        )
        for name, (_label, symbol, size) in SOLUTION_STYLE.items():
            self.solution_items[name].setLook(
                symbol=symbol,
                size=size,
                symbol_pen=pg.mkPen(fg, width=1),
                symbol_brush=charts_base.SOLUTION_COLOURS[name],
            )
        current = charts_base.CURRENT_COLOURS[charts_base.current_theme()]
        self.current.setLook(
            symbol="o", size=18, symbol_pen=pg.mkPen(current, width=3), symbol_brush=None
        )
        self.zopa.setBrush(self._zopa_brush())

    def _view_resized(self, *_args) -> None:
        """Solutions a few pixels apart share a marker: a resize can change which do."""
        a = self.analysis
        if a is not None and self._solution_groups(a) != self.groups:
            self.schedule_redraw()

    def _solution_groups(self, a: Analysis) -> list[tuple[str, ...]]:
        pw, ph = self.plot.getPlotItem().getViewBox().viewPixelSize()
        ok = all(np.isfinite(v) and v > 0 for v in (pw, ph))
        return solution_groups(a.solutions, (pw, ph) if ok else None)

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
        self._restyle()
        fg = charts_base.theme_colours()["foreground"]
        if a is None or self.space is None:
            for it in (self.cloud, self.frontier_steps, self.frontier_points, self.zopa):
                it.setData([], [])
            self._cloud_of = None
            for it in self.solution_items.values():
                it.setData([], [])
            self.groups = []
            self._place_group_labels([])
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
            self._draw_solutions(a)
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
        self._update_key(s)
        self.acceptance_colours.update()

    def _draw_solutions(self, a: Analysis) -> None:
        """One marker per group of coinciding solutions (the first's look), labelled with the
        group's names ("Nash = KS") when it holds more than one."""
        self.groups = self._solution_groups(a)
        leads = {g[0]: g for g in self.groups}
        labels = []
        for name, item in self.solution_items.items():
            sol = a.solutions.get(name)
            if sol is None or name not in leads:
                item.setData([], [])
                continue
            item.setData([u[0] for u in sol.utilities], [u[1] for u in sol.utilities])
            if len(leads[name]) > 1:
                x, y = sol.utilities[0]
                labels.append((float(x), float(y), group_label(leads[name], short=True)))
        self._place_group_labels(labels)

    def _place_group_labels(self, labels: list[tuple[float, float, str]]) -> None:
        item = self.plot.getPlotItem()
        while len(self.group_labels) < len(labels):
            t = pg.TextItem(anchor=(0, 0))
            t.setZValue(25)
            item.addItem(t, ignoreBounds=True)
            self.group_labels.append(t)
        colour = charts_base.text_colour()
        fill = pg.mkColor(charts_base.theme_colours()["background"])
        fill.setAlpha(150)  # the frontier under the label stays visible
        for k, t in enumerate(self.group_labels):
            if k < len(labels):
                x, y, text = labels[k]
                if getattr(t, "_shown", None) != (text, colour.rgba()):
                    t.setText(text, color=colour)
                    t.fill = pg.mkBrush(fill)
                    t._shown = (text, colour.rgba())
                t.setPos(x, y)
                t.setVisible(True)
            else:
                t.setVisible(False)

    def group_label_texts(self) -> list[str]:
        """The "Nash = KS" labels shown on the chart (tests, the key)."""
        return [t.toPlainText() for t in self.group_labels if t.isVisible()]

    def _update_key(self, s) -> None:
        """Name every series drawn in the key under the chart; entries for what is not drawn
        go. Only this chart's own entries are touched (``_key_ids``)."""
        entries: dict[str, tuple[str, Sample]] = {}
        a = self.analysis
        if a is not None and self.space is not None:
            entries["packages"] = (
                tr("Packages"),
                Sample(symbol="o", brush=self.cloud_colour, size=6),
            )
            entries["frontier"] = (  # the staircase's line through the points' circles
                tr("Pareto frontier"),
                replace(Sample.of(self.frontier_points), pen=self.frontier_steps.opts["pen"]),
            )
            for group in self.groups:
                item = self.solution_items.get(group[0])
                if item is None:
                    continue
                entries["solution:" + "+".join(group)] = (group_label(group), Sample.of(item))
        if self.space is not None and self.parties is not None:
            zx, _ = self.zopa.getData()
            if zx is not None and len(zx):
                entries["zopa"] = (
                    tr("ZOPA: packages above both sides' BATNAs"),
                    Sample(fill=self.zopa.opts["fillBrush"].color()),
                )
            for side, line in enumerate((self.batna_x, self.batna_y)):
                party = self.parties[side]
                entries[f"batna-{side}"] = (
                    tr("{party}: BATNA (walk-away value)").format(party=party_name(s, party)),
                    Sample(pen=line.pen),
                )
                if len(self.trails[side].xData):
                    entries[f"offers-{side}"] = (
                        tr("{party}'s offers").format(party=party_name(s, party)),
                        Sample.of(self.trails[side]),
                    )
        if self.current_xy is not None:
            entries["current"] = (tr("Current package"), Sample.of(self.current))
        pins = self.session.pinned.value
        for letter in self.pinned.shown:
            entries[f"pin-{letter}"] = (
                tr("Pinned {letter}: {name}").format(letter=letter, name=pins[letter].name),
                Sample.of(self.pinned.marks),
            )
        for gone in self._key_ids - entries.keys():
            self.key.remove_entry(gone)
        for id, (text, sample) in entries.items():
            rank = KEY_RANK.get(id, KEY_RANK["solution"] + 0.1 * len(id.split("+")))
            if id.startswith("pin-"):
                rank = KEY_RANK["pin"] + 0.1 * (ord(id[-1]) - ord("A"))
            if id.startswith("solution:"):
                first = id.removeprefix("solution:").split("+")[0]
                rank = KEY_RANK["solution"] + list(SOLUTION_STYLE).index(first)
            self.key.set_entry(id, text, sample, rank)
        self._key_ids = set(entries)

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
                colour = charts_base.text_colour(colour)  # the party's hue, readable
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

    def point_name(self, kind: tuple[str, object], index: int) -> str:
        """What a point is, in words: the tooltip's heading and the name of the edit that
        chooses it ("Choose package “Nash bargaining solution”")."""
        s = self.document.scenario
        what, key = kind
        if what == "offer":
            party = self.parties[key]
            row = [r for r in self.rows if r.party == party][index]
            return tr("{party}'s offer, round {r}").format(party=party_name(s, party), r=row.round)
        if what == "solution":
            return solution_label(self.analysis.solutions, key)
        return tr("Frontier point") if what == "frontier" else tr("Package")

    def describe(self, kind: tuple[str, object], index: int) -> str:
        """Tooltip: what the point is, both utilities and the package issue by issue."""
        s = self.document.scenario
        us, them = self.parties
        package = self.package_of(kind, index) or {}
        what, key = kind
        title = self.point_name(kind, index)
        if what == "offer":
            party = self.parties[key]
            row = [r for r in self.rows if r.party == party][index]
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
            # a point of the cloud has no name of its own: the edit is "Choose a package"
            name = "" if kind[0] == "cloud" else self.point_name(kind, index)
            self.session.choose(package, name)

    def click_frontier_point(self, index: int) -> None:
        self.choose(("frontier", None), index)
