"""Tariff charts: the tariff timeline, the trade impact by sector (charts_impact.py) and the
tariff stack of one line, in one dock with a tab each.

Officials read a tariff fight as a story over the year: when a measure was announced, when it
bit, when it was paused, and where the package on the table would take the rate from today. The
timeline shows that as step lines (a rate holds until the next change), the status quo dashed
beside the package's path. The stack answers "why does this line pay 27.5 %" at a glance, now
and under the package. Every chart follows edits and package changes; the numbers come from
``core.chart_series`` and are computed on the thread pool (see ``charts_impact.Background``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTabWidget

from negotiator_gui.core import chart_series as cs
from negotiator_gui.core.hs_names import chapter_label
from negotiator_gui.core.i18n import date_text, tr
from negotiator_gui.core.labels import party_name, rate_caveats
from negotiator_gui.core.model import Authority
from negotiator_gui.core.package_effects import package_tariffs
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.core.tariffs import authority_name, percent
from negotiator_gui.ui.charts import impact as charts_impact
from negotiator_gui.ui.charts.base import (
    PALETTE,
    ChartPanel,
    narrow_title,
    party_colour,
    readable,
    text_colour,
    theme_colours,
)
from negotiator_gui.ui.charts.impact import (
    RELEVANT,
    Background,
    ImpactPanel,
    flows_key,
    follow_importers,
    lines_of,
    snapshot,
)
from negotiator_gui.ui.charts.key import Sample
from negotiator_gui.ui.common.text import escape, literal

#: Colour of each legal layer in the stack (Okabe–Ito; MFN a neutral grey).
LAYER_COLOURS = {
    "MFN": "#9A9A9A",
    Authority.S232.value: "#0072B2",
    Authority.IEEPA_BASELINE.value: "#E69F00",
    Authority.IEEPA_COUNTRY.value: "#D55E00",
    Authority.S301.value: "#CC79A7",
    Authority.S122.value: "#56B4E9",
    Authority.TRQ.value: "#009E73",
    Authority.RETALIATION.value: "#000000",
    Authority.OTHER.value: "#F0E442",
}

#: Events at most this many days after the first of a group share its label.
#: The width (pixels) an event's number label needs before the next one may start.
EVENT_LABEL_PX = 26

Choices = Callable[[], dict[str, str]]


def _date_text(day: dt.date) -> str:
    """Day and month in the user's language ("10 Apr", "4月10日")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("d MMM"))


class LocaleDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis with month names in the user's language (it uses the C library's
    English names)."""

    def tickStrings(self, values, scale, spacing):
        if spacing < 86400:
            return super().tickStrings(values, scale, spacing)
        fmt = "yyyy" if spacing >= 300 * 86400 else "MMM" if spacing >= 25 * 86400 else None
        fmt = fmt or tr("d MMM")
        locale = QLocale()
        epoch = dt.date(1970, 1, 1)
        out = []
        for v in values:
            try:
                day = epoch + dt.timedelta(days=int(v // 86400))
            except (OverflowError, ValueError):
                out.append("")
                continue
            out.append(locale.toString(QDate(day.year, day.month, day.day), fmt))
        return out


class TimelineChart(ChartPanel):
    """Trade-weighted rates over the scenario's year as step lines, with event markers."""

    MAX_KEYS = 8

    def __init__(self, document, choices: Choices, parent=None) -> None:
        super().__init__(parent)
        self.document, self.choices = document, choices
        plot = pg.PlotWidget(axisItems={"bottom": LocaleDateAxis(utcOffset=0)})
        self._base_tip = tr(
            "Trade-weighted tariff of the importer's imports through the year: dashed, the "
            "status quo; solid, with the package from the as-of date; numbered dotted lines "
            "mark announcements, entries into force, pauses and ends of measures (listed "
            "below). Drag to pan, wheel to zoom."
        )
        plot.setToolTip(self._base_tip)
        self.set_plot(plot)
        item = plot.getPlotItem()
        item.setLabel("left", tr("Trade-weighted tariff (%)"))
        item.setLabel("bottom", tr("Date"))
        self.importer = QComboBox()
        self.importer.setToolTip(tr("Whose tariffs the chart shows"))
        self.by = QComboBox()
        self.by.setToolTip(tr("One line per partner, per HS chapter, or one for all imports"))
        self.by.addItem(tr("by partner"), "partner")
        self.by.addItem(tr("by sector (HS chapter)"), "chapter")
        self.by.addItem(tr("all partners"), "total")
        self.status = QLabel()
        label = QLabel(tr("Importer"))
        label.setToolTip(self.importer.toolTip())
        for i, w in enumerate((label, self.importer, self.by, self.status)):
            self.toolbar.insertWidget(i, w, 1 if w is self.status else 0)
        #: (key, "sq" | "pkg") → curve; created once per key, then only setData.
        self.curves: dict[tuple[str, str], pg.PlotDataItem] = {}
        self.markers: list[pg.InfiniteLine] = []
        self.as_of_line = pg.InfiniteLine(
            angle=90,
            pen=pg.mkPen("#202020", width=1.5),
            label=tr("as of"),
            labelOpts={"position": 0.04, "color": "#202020", "anchors": [(0, 1), (0, 1)]},
        )
        item.addItem(self.as_of_line)
        item.getViewBox().sigXRangeChanged.connect(self._number_events)
        item.getViewBox().sigResized.connect(self._number_events)
        self.data: cs.TimelinePair | None = None
        self.shown: list[str] = []
        # what the last redraw put up, so an edit that leaves them alone does not redo them
        self._key_series: set[str] = set()
        self._events_drawn: list[tuple[dt.date, str]] | None = None
        self._title: tuple[str, str] | None = None
        self.background = Background(self, self._prepare, self._apply, gate=self)
        self.importer.currentIndexChanged.connect(lambda *_: self.background.request())
        self.by.currentIndexChanged.connect(lambda *_: self.background.request())
        self.refresh_importers()

    def refresh_importers(self) -> None:
        follow_importers(self)

    def _prepare(self):
        importer, by = self.importer.currentData(), self.by.currentData()
        if importer is None:
            return None
        s, choices = snapshot(self)
        return charts_impact.key(self, "timelines", importer, by), lambda: cs.timelines(
            s, choices, importer, by, lines=lines_of(s)
        )

    def _apply(self, result) -> None:
        if isinstance(result, Exception):
            self.status.setText(tr("Could not compute: {e}").format(e=result))
            return
        short, long = rate_caveats(self.document.scenario)
        self.status.setText(short)
        self.status.setToolTip(long)
        self.data = result
        self.schedule_redraw()

    def _colour(self, key: str, index: int):
        if self.data is not None and self.data.status_quo.by == "partner":
            return party_colour(self.document.scenario, key)
        if key == "total":
            return pg.mkColor(PALETTE[0])
        return pg.mkColor(PALETTE[index % len(PALETTE)])

    def _series_name(self, key: str, by: str) -> str:
        """A line's name in the legend: the partner's name, the chapter's ("87 Vehicles and
        parts"), or "all partners"."""
        if by == "partner":
            return party_name(self.document.scenario, key)
        if by == "chapter":
            return chapter_label(key)
        return tr("all partners") if key == "total" else key

    def _curve(self, key: str, kind: str) -> pg.PlotDataItem:
        curve = self.curves.get((key, kind))
        if curve is None:
            curve = pg.PlotDataItem(stepMode="center")
            self.plot.getPlotItem().addItem(curve)
            self.curves[(key, kind)] = curve
        return curve

    def redraw(self) -> None:
        d = self.data
        if d is None:
            return
        item = self.plot.getPlotItem()
        self.shown = cs.top_keys(d, self.MAX_KEYS)
        entries: list[tuple[str, str, pg.PlotDataItem]] = []
        used = set()
        for i, key in enumerate(self.shown):
            colour = self._colour(key, i)
            name = self._series_name(key, d.status_quo.by)
            x, y = cs.step_xy(d.status_quo, key)
            sq = self._curve(key, "sq")
            dashed = d.package is not None
            sq.setData(x, y, stepMode="center")
            sq.setPen(pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine if dashed else None))
            sq.setVisible(True)
            used.add((key, "sq"))
            shown_in_legend = sq
            if d.package is not None and key in d.package.keys:
                x, y = cs.step_xy(d.package, key)
                pk = self._curve(key, "pkg")
                pk.setData(x, y, stepMode="center")
                pk.setPen(pg.mkPen(colour, width=3))
                pk.setVisible(True)
                used.add((key, "pkg"))
                shown_in_legend = pk
            entries.append((key, name, shown_in_legend))
        for k, curve in self.curves.items():
            if k not in used:
                curve.setVisible(False)
        if d.events != self._events_drawn:
            self._draw_events(d.events)
            self._events_drawn = list(d.events)
        self._style_marks()
        self._update_key(entries, d.package is not None)
        s = self.document.scenario
        self.as_of_line.setValue(cs.to_epoch(s.as_of))
        start, end = cs.year_of(s)
        item.setXRange(cs.to_epoch(start), cs.to_epoch(end + dt.timedelta(days=1)), padding=0.01)
        item.enableAutoRange(axis="y")
        importer, year = d.status_quo.importer, start.year
        by = d.status_quo.by
        if d.package is None:
            title = {
                "partner": tr("{importer}'s tariffs by partner, {year}"),
                "chapter": tr("{importer}'s tariffs by sector, {year}"),
            }.get(by, tr("{importer}'s tariffs, {year}"))
        else:
            title = {
                "partner": tr(
                    "{importer}'s tariffs by partner, {year} — dashed: status quo, solid: with "
                    "the package from {date}"
                ),
                "chapter": tr(
                    "{importer}'s tariffs by sector, {year} — dashed: status quo, solid: with "
                    "the package from {date}"
                ),
            }.get(
                by,
                tr(
                    "{importer}'s tariffs, {year} — dashed: status quo, solid: with the package "
                    "from {date}"
                ),
            )
        title = title.format(importer=party_name(s, importer), year=year, date=date_text(s.as_of))
        title = escape(title)  # a plot title is HTML
        if (title, theme_colours()["foreground"]) != self._title:
            item.setTitle(title, color=theme_colours()["foreground"])
            narrow_title(item)
            self._title = (title, theme_colours()["foreground"])

    def _update_key(self, entries: list[tuple[str, str, pg.PlotDataItem]], package: bool) -> None:
        """Name every line (partner, chapter), say what dashed and solid mean when a package is
        drawn, and list the numbered events (the numbers on the chart's dotted lines)."""
        s = self.document.scenario
        series = set()
        for k, (key, name, curve) in enumerate(entries):
            self.key.set_entry(f"series:{key}", name, Sample(pen=curve.opts["pen"]), rank=k)
            series.add(f"series:{key}")
        for gone in self._key_series - series:
            self.key.remove_entry(gone)
        self._key_series = series
        fg = text_colour()
        if package:
            self.key.set_entry(
                "status-quo",
                tr("Dashed: status quo"),
                Sample(pen=pg.mkPen(fg, width=2, style=Qt.PenStyle.DashLine)),
                rank=100,
            )
            self.key.set_entry(
                "with-package",
                tr("Solid: with the package from {date}").format(date=date_text(s.as_of)),
                Sample(pen=pg.mkPen(fg, width=3)),
                rank=101,
            )
        else:
            self.key.remove_entry("status-quo")
            self.key.remove_entry("with-package")
        self.key.set_entry("as-of", tr("As-of date"), Sample(pen=pg.mkPen(fg, width=1.5)), rank=102)
        events = self._events_drawn or []
        for n, (day, text) in enumerate(events, 1):
            self.key.set_entry(
                f"event:{n}",
                tr("{date}: {events}").format(date=_date_text(day), events=text),
                Sample(number=str(n)),
                rank=200 + n,
            )
        for n in range(len(events) + 1, self._key_events + 1):
            self.key.remove_entry(f"event:{n}")
        self._key_events = len(events)

    _key_events = 0

    def _style_marks(self) -> None:
        """The as-of line and the events' numbers in the theme's text colour (they were dark
        on the dark theme's background)."""
        fg = text_colour()
        if getattr(self, "_marks_colour", None) == fg.rgba():
            return
        self._marks_colour = fg.rgba()
        self.as_of_line.setPen(pg.mkPen(fg, width=1.5))
        self.as_of_line.label.setColor(fg)
        for line in self.markers:
            line.label.setColor(fg)

    def _draw_events(self, events: list[tuple[dt.date, str]]) -> None:
        item = self.plot.getPlotItem()
        while len(self.markers) < len(events):
            line = pg.InfiniteLine(
                angle=90,
                pen=pg.mkPen("#808080", width=1, style=Qt.PenStyle.DotLine),
                label="",
                labelOpts={
                    "position": 0.99,
                    "anchors": [(0.5, 0), (0.5, 0)],
                    "color": text_colour(),
                },
            )
            item.addItem(line)
            self.markers.append(line)
        for line, (day, _) in zip(self.markers, events, strict=False):
            line.setValue(cs.to_epoch(day))
            line.setVisible(True)
        for line in self.markers[len(events) :]:
            line.setVisible(False)
        # the events' words go in the tooltip, one numbered line each; the chart shows numbers
        listed = [
            tr("({n}) {date}: {events}").format(n=n, date=_date_text(day), events=text)
            for n, (day, text) in enumerate(events, 1)
        ]
        tip = "\n".join([self._base_tip, "", *listed]) if listed else self._base_tip
        self.plot.setToolTip(literal(tip))  # the events quote measure titles
        self._number_events()

    def _number_events(self, *_args) -> None:
        """Number the event lines; lines closer than a label's width at the current zoom share
        one label ("3–5") so numbers never print over each other."""
        if not self.markers:
            return
        view = self.plot.getPlotItem().getViewBox()
        (x0, x1), width = view.viewRange()[0], max(view.width(), 1.0)
        gap = (x1 - x0) * EVENT_LABEL_PX / width  # seconds of time one label covers
        shown = [m for m in self.markers if m.isVisible()]
        k = 0
        while k < len(shown):
            j = k
            while j + 1 < len(shown) and shown[j + 1].value() - shown[k].value() < gap:
                j += 1
            text = str(k + 1) if j == k else f"{k + 1}–{j + 1}"
            shown[k].label.setFormat(text)
            for line in shown[k + 1 : j + 1]:
                line.label.setFormat("")
            k = j + 1


class StackChart(ChartPanel):
    """The selected line's rate as stacked layers, on the view date and under the package."""

    def __init__(self, document, choices: Choices, parent=None) -> None:
        super().__init__(parent)
        self.document, self.choices = document, choices
        self.day = document.scenario.as_of
        plot = pg.PlotWidget()
        plot.setToolTip(
            tr(
                "How the selected line's rate is made up: the MFN base, then each measure that "
                "adds to it, on the view date and with the package"
            )
        )
        self.set_plot(plot)
        item = plot.getPlotItem()
        item.setLabel("left", tr("Tariff rate (%)"))
        item.setMouseEnabled(x=False, y=False)
        self.bars = pg.BarGraphItem(x=[], y0=[], height=[], width=0.55, pen=pg.mkPen("w"))
        item.addItem(self.bars)
        self.labels: list[pg.TextItem] = []
        self.line = QComboBox()
        self.line.setToolTip(tr("The product line whose tariff stack is shown"))
        self.line.setMinimumContentsLength(22)
        self.status = QLabel()
        label = QLabel(tr("Line"))
        label.setToolTip(self.line.toolTip())
        for i, w in enumerate((label, self.line, self.status)):
            self.toolbar.insertWidget(i, w, 1 if w is self.status else 0)
        self.data: tuple[list[cs.Segment], list[cs.Segment] | None, list[str], list[str]] | None
        self.data = None
        # one line's stack is a fraction of a millisecond even on 300,000 lines: computed on
        # the UI thread (the next turn of the event loop), no hand-over to a pool thread
        self.background = Background(self, self._prepare, self._apply, inline=True, gate=self)
        self.line.currentIndexChanged.connect(lambda *_: self.background.request())
        self.refresh_lines()

    def refresh_lines(self) -> None:
        filled = flows_key(self.document)
        if filled == getattr(self, "_filled_for", None):  # 300,000 labels: only when they change
            self.background.request()
            return
        self._filled_for = filled
        labels = cs.line_labels(self.document.scenario)
        have = [self.line.itemText(i) for i in range(self.line.count())]
        if have != labels:
            row = self.line.currentIndex()
            self.line.blockSignals(True)
            self.line.clear()
            self.line.addItems(labels)
            if row < 0 or row >= len(labels):
                products = self.document.scenario.trade_flows.product
                row = next((k for k, p in enumerate(products) if p.startswith("8703")), 0)
            self.line.setCurrentIndex(row)
            self.line.blockSignals(False)
        self.background.request()

    def set_row(self, row: int) -> None:
        self.line.setCurrentIndex(row)

    def set_day(self, day: dt.date) -> None:
        self.day = day
        self.background.request()

    def _prepare(self):
        row = self.line.currentIndex()
        if row < 0:
            return None
        s, choices = snapshot(self)
        day = self.day

        def work():  # cheap (one line): neither cached nor sent to the pool
            now = cs.stack_segments(s, row, day)
            pkg = None
            if choices:
                pkg = cs.stack_segments(s, row, day, package_tariffs(s, choices).measures)
            ids = [_authority(s, seg) for seg in now]
            pids = [_authority(s, seg) for seg in pkg] if pkg else []
            return now, pkg, ids, pids

        return work

    def _apply(self, result) -> None:
        if isinstance(result, Exception):
            self.status.setText(tr("Could not compute: {e}").format(e=result))
            return
        self.status.setText("")
        self.data = result
        self.schedule_redraw()

    def redraw(self) -> None:
        if self.data is None:
            return
        now, pkg, ids, pids = self.data
        columns = [(now, ids)] + ([(pkg, pids)] if pkg is not None else [])
        x, y0, h, brushes, texts = [], [], [], [], []
        for col, (segs, auth) in enumerate(columns):
            bottom = 0.0
            for seg, a in zip(segs, auth, strict=True):
                height = seg.contribution * 100
                x.append(float(col))
                y0.append(bottom)
                h.append(height)
                brushes.append(pg.mkBrush(LAYER_COLOURS.get(a, "#F0E442")))
                texts.append((float(col), bottom + height / 2, seg.label, height))
                bottom += height
            total = sum(seg.contribution for seg in segs) * 100
            texts.append((float(col), bottom, percent(total / 100, 3), -1.0))
        self.bars.setOpts(x=np.array(x), y0=np.array(y0), height=np.array(h), brushes=brushes)
        self._draw_labels(texts, [LAYER_COLOURS.get(a, "#F0E442") for _, au in columns for a in au])
        self._update_key([a for _, au in columns for a in au])
        item = self.plot.getPlotItem()
        ticks = [(0.0, tr("On {date}").format(date=date_text(self.day)))]
        if pkg is not None:
            ticks.append((1.0, tr("With the package")))
        item.getAxis("bottom").setTicks([ticks])
        item.setXRange(-0.6, len(columns) - 0.4, padding=0)
        top = max((y for _, y, _, hh in texts if hh < 0), default=1.0)
        item.setYRange(0, max(top * 1.12, 1.0), padding=0)
        label = self.line.currentText().split()
        item.setTitle(
            escape(tr("Tariff stack of {line}").format(line=" ".join(label))),
            color=theme_colours()["foreground"],
        )
        narrow_title(item)  # a long product name must not widen the plot

    def _update_key(self, authorities: list[str]) -> None:
        """The layers' colours: one entry per authority drawn (MFN, Section 232, ...)."""
        present = list(dict.fromkeys(authorities))
        for k, a in enumerate(present):
            name = tr("MFN") if a == "MFN" else authority_name(a)
            self.key.set_entry(
                f"layer:{a}", name, Sample(fill=pg.mkColor(LAYER_COLOURS.get(a, "#F0E442"))), k
            )
        self.key.keep_only(f"layer:{a}" for a in present)

    def _draw_labels(self, texts, fills: list[str]) -> None:
        """Each layer's label on its bar (dark or light, whichever reads on the layer's
        colour), the total above the bar in the theme's text colour."""
        item = self.plot.getPlotItem()
        while len(self.labels) < len(texts):
            t = pg.TextItem(anchor=(0.5, 0.5))
            item.addItem(t)
            self.labels.append(t)
        fills = iter(fills)
        for t, (x, y, text, height) in zip(self.labels, texts, strict=False):
            if height < 0:  # the total, above the bar
                t.setColor(text_colour())
                t.drawn_on = None  # the chart's background (contrast tests read it)
                t.setAnchor((0.5, 1.0))
                t.setHtml(f"<b>{escape(text)}</b>")
            else:
                fill = next(fills)
                t.setColor(readable("#101010", fill))
                t.drawn_on = fill  # the layer's colour
                t.setAnchor((0.5, 0.5))
                t.setText(text)
            t.setPos(x, y)
            t.setVisible(height != 0)
        for t in self.labels[len(texts) :]:
            t.setVisible(False)

    @property
    def heights(self) -> list[list[float]]:
        """The drawn segment heights (%) per column, for tests and export checks."""
        opts = self.bars.opts
        xs = np.asarray(opts["x"], float)
        hs = np.asarray(opts["height"], float)
        return [hs[xs == c].tolist() for c in sorted(set(xs.tolist()))]


def _authority(s, seg: cs.Segment) -> str:
    """The layer's authority, from its label (MFN first, then the measure's short name)."""
    if seg.label.startswith(tr("MFN") + " "):
        return "MFN"
    for m in s.measures:
        if seg.label.startswith(cs.layer_name(m) + " "):
            return str(m.authority)
    return Authority.OTHER.value


class TariffCharts(QTabWidget):
    """The dock's content: one tab per chart, all following one document and package."""

    def __init__(self, document, choices: Choices, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self._choices = choices
        self._unsubscribe = None
        self.timeline = TimelineChart(document, choices)
        self.impact = ImpactPanel(document, choices)
        self.stack = StackChart(document, choices)
        self.addTab(self.timeline, tr("Tariff timeline"))
        self.addTab(self.impact, tr("Trade impact"))
        self.addTab(self.stack, tr("Tariff stack"))
        self.setTabToolTip(0, tr("Trade-weighted tariffs through the year, with events"))
        self.setTabToolTip(1, tr("What the package does to trade, by sector"))
        self.setTabToolTip(2, tr("How one product line's rate is made up"))
        self.follow(document)
        self.destroyed.connect(lambda *_: self._stop_following())

    def _stop_following(self) -> None:
        if self._unsubscribe is not None:
            with contextlib.suppress(ValueError):  # already unsubscribed
                self._unsubscribe()
            self._unsubscribe = None

    @property
    def backgrounds(self) -> list[Background]:
        """The first stage of every chart (the trade impact's point values): what an edit
        starts."""
        return [self.timeline.background, self.impact.background, self.stack.background]

    @property
    def points_busy(self) -> bool:
        """Some chart's values for the latest edit are still being computed (the trade
        impact's Monte-Carlo bands are not counted: see ``busy``)."""
        return any(b.busy for b in self.backgrounds)

    @property
    def busy(self) -> bool:
        """Anything still being computed, the trade impact's bands and tornado included."""
        return self.points_busy or self.impact.bands.busy

    def follow(self, document) -> None:
        self._stop_following()
        self.document = document
        for chart in (self.timeline, self.impact, self.stack):
            chart.document = document
        self.stack.day = document.scenario.as_of
        self._unsubscribe = document.subscribe(self._on_event)
        self.refresh()

    def refresh(self) -> None:
        self._requested_for = self._choices()
        self.timeline.refresh_importers()
        self.impact.refresh_importers()
        self.stack.refresh_lines()

    def package_changed(self, *_args) -> None:
        choices = self._choices()
        if choices == getattr(self, "_requested_for", None):
            return  # the same package (the builder re-announces it after a weight edit)
        self._requested_for = choices
        for b in self.backgrounds:
            b.request()

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "clean":
            return
        if event.reason == "reset" or any(c.kind in RELEVANT for c in event.changes):
            self.refresh()
