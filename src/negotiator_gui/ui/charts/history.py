"""The concession history: per round, each side's utility of its own offers and of the other's.

Who is conceding, and how fast, is the first question after every round. Each side gets two
lines in its party colour: its utility of its own offers (solid, falling as it concedes) and its
utility of the other side's offers (dashed, rising as the other side concedes); where they meet
is where a deal lies. The data is cheap (offer history over the package space), so it is rebuilt
on the UI thread, once per frame however many edits arrive.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

from negotiator_gui.app import derived
from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core import bargaining, offers
from negotiator_gui.core.commands import ChangeKind
from negotiator_gui.core.i18n import tr
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.core.utility_cloud import chart_parties
from negotiator_gui.ui.charts import base as charts_base
from negotiator_gui.ui.charts.base import ChartPanel, party_colour, party_name
from negotiator_gui.ui.charts.key import Sample
from negotiator_gui.ui.charts.marks import MarksItem, add_marks
from negotiator_gui.ui.common.text import literal

#: Kinds of change that can move the lines.
RELEVANT = derived.SPACE.depends | {ChangeKind.PACKAGE, ChangeKind.OFFER}


class ConcessionHistoryPanel(ChartPanel):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.document: Document | None = None
        self._unsubscribe = None
        self.parties: tuple[str, str] | None = None
        self.series: dict[tuple[int, str], tuple[list[int], list[float]]] = {}
        self._span: tuple[int, int] | None = None  # the rounds the x axis shows
        self._looks: dict[tuple[int, str], tuple] = {}  # each line's colours as last styled
        plot = pg.PlotWidget()
        plot.setMenuEnabled(False)
        item = plot.getPlotItem()
        self.set_plot(plot)
        plot.setToolTip(
            tr(
                "Per round, each side's utility of its own offers (solid line, falling as it "
                "concedes) and of the other side's offers (dashed line, rising as the other side "
                "concedes). Where the lines meet, a deal lies; the dotted lines are the BATNAs."
            )
        )
        item.setLabel("bottom", tr("Round"))
        item.setLabel("left", tr("Utility (0–100)"))
        item.setYRange(-3, 103, padding=0)
        #: (side, "own" | "other") → line: side 0 is our side.
        self.lines: dict[tuple[int, str], MarksItem] = {}
        for side in (0, 1):
            for which in ("own", "other"):
                self.lines[(side, which)] = add_marks(item, MarksItem())
        self.batnas = {side: pg.InfiniteLine(angle=0, movable=False) for side in (0, 1)}
        for line in self.batnas.values():
            line.setVisible(False)
            item.addItem(line, ignoreBounds=True)
        session.document_changed.connect(self.set_document)
        self.set_document(session.document)

    def set_document(self, document: Document) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.document = document
        self._unsubscribe = document.subscribe(self._on_event)
        self.schedule_redraw()

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "reset" or any(c.kind in RELEVANT for c in event.changes):
            self.schedule_redraw()

    def compute(self) -> None:
        """The series from the document: (side, own/other) → (rounds, utilities)."""
        self.series = {}
        self.parties = None
        self.reservation = None
        if self.document is None:
            return
        s = self.document.scenario
        try:
            parties = chart_parties(s)
            space = self.session.derived.compute(derived.SPACE, self.document, parties)
        except (bargaining.AnalysisError, KeyError, ValueError):
            return
        self.parties = parties
        self.reservation = bargaining.to_points(space.reservation)
        rows = offers.history(s, space)
        for side, party in enumerate(parties):
            own = [r for r in rows if r.party == party]
            other = [r for r in rows if r.party != party and r.party in parties]
            self.series[(side, "own")] = ([r.round for r in own], [r.utilities[party] for r in own])
            self.series[(side, "other")] = (
                [r.round for r in other],
                [r.utilities[party] for r in other],
            )

    def redraw(self) -> None:
        self.compute()
        s = self.document.scenario if self.document else None
        fg = charts_base.theme_colours()["foreground"]
        bg = charts_base.theme_colours()["background"]
        shown: set[str] = set()
        for (side, which), line in self.lines.items():
            if self.parties is None:
                line.setData([], [])
                continue
            party = self.parties[side]
            other = self.parties[1 - side]
            colour = party_colour(s, party)
            xs, ys = self.series[(side, which)]
            look = (colour.rgba(), fg, bg)
            if self._looks.get((side, which)) != look:  # a new look redraws its symbols
                style = Qt.PenStyle.SolidLine if which == "own" else Qt.PenStyle.DashLine
                line.setLook(
                    pen=pg.mkPen(colour, width=2, style=style),
                    symbol="o" if which == "own" else "t1",
                    size=9,
                    # own offers filled, the other side's hollow in the same colour
                    symbol_pen=pg.mkPen(fg, width=1)
                    if which == "own"
                    else pg.mkPen(colour, width=2),
                    symbol_brush=colour if which == "own" else bg,
                )
                self._looks[(side, which)] = look
            line.setData(xs, ys)
            if which == "own":
                text = tr("{party}: own offers").format(party=party_name(s, party))
            else:
                text = tr("{party}: {other}'s offers").format(
                    party=party_name(s, party), other=party_name(s, other)
                )
            if xs:
                id = f"{which}-{side}"
                self.key.set_entry(id, text, Sample.of(line), rank=2 * side + (which == "other"))
                shown.add(id)
        for side, line in self.batnas.items():
            if self.parties is None:
                line.setVisible(False)
                continue
            party = self.parties[side]
            colour = party_colour(s, party)
            colour.setAlpha(140)
            line.setPen(pg.mkPen(colour, width=1, style=Qt.PenStyle.DotLine))
            line.setPos(float(self.reservation[side]))
            line.setToolTip(literal(tr("{party}'s BATNA").format(party=party_name(s, party))))
            line.setVisible(True)
            self.key.set_entry(
                f"batna-{side}",
                tr("{party}: BATNA (walk-away value)").format(party=party_name(s, party)),
                Sample(pen=line.pen),
                rank=10 + side,
            )
            shown.add(f"batna-{side}")
        self.key.keep_only(shown)
        rounds = [r for xs, _ in self.series.values() for r in xs]
        span = (min(rounds), max(rounds)) if rounds else None
        if span is not None and span != self._span:
            # only when the rounds change: setting the same range or ticks again redraws the
            # axis (its text is the slow part of a repaint)
            self.plot.getPlotItem().setXRange(span[0] - 0.3, span[1] + 0.3, padding=0)
            self.plot.getPlotItem().getAxis("bottom").setTicks(
                [[(r, str(r)) for r in range(span[0], span[1] + 1)]]
            )
        self._span = span
