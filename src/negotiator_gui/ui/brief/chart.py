"""The brief's tariff timeline drawn as vector step lines (a layout ``Block``).

The chart is drawn from the brief's own series (``core.brief.Timeline``) rather than copied from
the window's chart, so it prints sharp at any size and does not depend on what the window shows:
one step line per series, dashed for no deal and solid with the package, a grid with round steps,
the months, the as-of date, the measures' events as numbered dotted lines (listed below the
plot) and each line's last rate at the right edge. The words and figures (legend, axis, events)
come from ``core.brief``; a given image can stand in for the drawing.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from negotiator_gui.core import brief as cb
from negotiator_gui.core.brief import Series, Timeline
from negotiator_gui.core.i18n import tr
from negotiator_gui.ui.brief.layout import (
    CENTER,
    GREY,
    INK,
    PALETTE,
    RIGHT,
    RULE,
    TOP_LEFT,
    Block,
    Canvas,
)


def series_colour(s: Series, k: int) -> QColor:
    """The series' party colour, else the palette's ``k``-th."""
    return QColor(s.colour or PALETTE[k % len(PALETTE)])


@dataclass
class Chart(Block):
    """The tariff timeline: step lines per series, dashed for no deal and solid with the
    package, the as-of date and the measures' events (numbered, listed below)."""

    tl: Timeline
    image: QImage | None = None
    plot_h: float = 46.0

    def _legend(self) -> list[tuple[str, QColor, Qt.PenStyle]]:
        return [
            (
                text,
                series_colour(self.tl.status_quo[k], k),
                Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine,
            )
            for text, k, dashed in cb.legend(self.tl)
        ]

    def height(self, c: Canvas, width: float) -> float:
        h = 4.5 + self.plot_h + 6.0
        if self.tl.events and self.image is None:
            h += c.text_height(cb.events_text(self.tl), c.font(6.5), width) + 1.0
        return h

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        tl = self.tl
        # legend row
        lx = x
        f = c.font(7.5)
        for text, colour, style in self._legend():
            c.line(lx, y + 2.2, lx + 6, y + 2.2, colour, 0.6, style)
            tw = c.text_width(text, f)
            c.text(lx + 7, y, tw + 1, 4.4, text, f, INK, wrap=False)
            lx += 7 + tw + 5
        y += 4.5
        axis_w = 10.0
        px, pw, py, ph = x + axis_w, width - axis_w - 12.0, y, self.plot_h
        if self.image is not None and not self.image.isNull():
            p = c.painter
            assert p is not None
            target = c.rect(x, y, width, ph + 6.0)
            img = self.image.size().scaled(
                target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
            )
            p.drawImage(QRectF(target.topLeft(), QSizeF(img)), self.image)
            return
        ymax, step = cb.rate_axis(tl)
        span = (tl.end - tl.start).days + 1

        def X(day: dt.date) -> float:
            return px + pw * (day - tl.start).days / span

        def Y(rate: float) -> float:
            return py + ph - ph * max(0.0, min(rate, ymax)) / ymax

        # grid and y axis
        fa = c.font(6.5)
        v = 0.0
        while v <= ymax + 1e-9:
            c.line(px, Y(v), px + pw, Y(v), QColor("#E1E5EA") if v else RULE, 0.15)
            c.text(x, Y(v) - 2, axis_w - 1.2, 4, cb.axis_text(v), fa, GREY, RIGHT, wrap=False)
            v += step
        # months
        names = cb.months()
        for m in range(1, 13):
            d = dt.date(tl.start.year, m, 1)
            if tl.start <= d <= tl.end:
                c.line(X(d), py + ph, X(d), py + ph + 0.8, GREY, 0.15)
                nxt = dt.date(d.year + (m == 12), m % 12 + 1, 1)
                mid = (X(d) + X(min(nxt, tl.end + dt.timedelta(days=1)))) / 2
                c.text(mid - 5, py + ph + 0.8, 10, 3.5, names[m - 1], fa, GREY, CENTER, False)
        # events: dotted lines, numbered at the top (staggered when they crowd)
        last_x, level = -1e9, 0
        fe = c.font(5.8, True)
        for k, (d, _) in enumerate(tl.events, 1):
            ex = X(d)
            c.line(ex, py, ex, py + ph, QColor("#9AA3AD"), 0.15, Qt.PenStyle.DotLine)
            level = level + 1 if ex - last_x < 2.6 else 0
            last_x = ex if level == 0 else last_x
            tag = py + 0.3 + (level % 4) * 2.6
            c.fill(ex - 1.1, tag, 2.2, 2.4, QColor("white"))
            c.text(ex - 1.5, tag, 3.0, 2.4, str(k), fe, GREY, CENTER, False)
        # as of
        ax = X(tl.as_of)
        if tl.start <= tl.as_of <= tl.end:
            c.line(ax, py - 0.5, ax, py + ph, INK, 0.3)
            label = tr("as of {date}").format(date=cb.short_day(tl.as_of))
            c.text(ax + 0.8, py + ph - 4.0, 30, 3.5, label, c.font(6.5, True), INK, wrap=False)
        # series
        p = c.painter
        assert p is not None
        p.setRenderHint(QPainter.RenderHint.Antialiasing)

        def path(s: Series) -> QPainterPath:
            pts = []
            edges = [*s.dates[1:], s.end + dt.timedelta(days=1)]
            for d0, d1, r in zip(s.dates, edges, s.rates, strict=True):
                if not math.isfinite(r):
                    continue
                pts += [QPointF(c.mm(X(d0)), c.mm(Y(r))), QPointF(c.mm(X(d1)), c.mm(Y(r)))]
            out = QPainterPath()
            if pts:
                out.moveTo(pts[0])
                for q in pts[1:]:
                    out.lineTo(q)
            return out

        dashed = bool(tl.package)
        ends: list[tuple[float, str, QColor]] = []
        for k, s in enumerate(tl.status_quo):
            colour = series_colour(s, k)
            pen = QPen(colour, c.mm(0.45 if dashed else 0.6))
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path(s))
            if s.rates:
                ends.append((s.rates[-1], cb.rate_text(s.rates[-1]), colour))
        for k, s in enumerate(tl.package):
            colour = series_colour(s, k)
            p.setPen(QPen(colour, c.mm(0.7)))
            p.drawPath(path(s))
            if s.rates:
                ends.append((s.rates[-1], cb.rate_text(s.rates[-1]), colour))
        # end values at the right edge, nudged apart
        placed: list[float] = []
        said: set[str] = set()
        for rate, text, colour in sorted(ends, key=lambda e: -e[0]):
            if text in said:  # lines that end at the same rate share one label
                continue
            said.add(text)
            ty = Y(rate) - 1.7
            while any(abs(ty - q) < 3.0 for q in placed):
                ty += 3.0
            placed.append(ty)
            c.text(px + pw + 0.8, ty, 12, 3.4, text, c.font(6.5, True), colour, wrap=False)
        c.line(px, py + ph, px + pw, py + ph, GREY, 0.2)
        y = py + ph + 5.5
        if tl.events:
            text = cb.events_text(tl)
            h = c.text_height(text, c.font(6.5), width)
            c.text(x, y, width, h + 0.5, text, c.font(6.5), GREY, TOP_LEFT)
