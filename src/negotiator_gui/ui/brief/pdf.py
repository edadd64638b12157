"""The minister's brief as a PDF: A4 portrait, one page when it fits, never more than two.

``write_brief(path, brief)`` lays out a ``core.brief.Brief`` with QPdfWriter and QPainter: a
title block, then one small section each for the package, the utilities against the BATNAs, the
economic indicators, the tariff timeline (drawn as vector step lines from the brief's series, or
a given image) and the top items of both boards. Everything is vector text and lines, so the
page prints sharp and its text can be searched and copied.

Layout is done in two passes: the sections are measured and placed on pages first (a table that
does not fit is split between pages, its heading repeated), then drawn, so the footer can say
"page 1 of 2". If the content would need a third page, the lists are shortened with a line saying
how many items were left out. Text is set in a font list with Japanese fallbacks, because
scenario titles, party names and cards may be written in Japanese.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from negotiator_gui import __version__
from negotiator_gui.core import labels
from negotiator_gui.core.brief import Brief, Timeline, money_scale
from negotiator_gui.core.i18n import tr
from negotiator_gui.core.text import safe_text
from negotiator_gui.io.atomic_write import OutputCheckError

#: Latin faces first, then Japanese ones for the characters they lack. IPA and the Windows/macOS
#: faces come before Noto Sans CJK: Noto maps some kanji (月, 日) to the same glyph as a Kangxi
#: radical, so the PDF's text layer would give ⽉ instead of 月 when searched or copied.
FONT_FAMILIES = [
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
    "Liberation Sans",
    "DejaVu Sans",
    "IPAPGothic",
    "IPAGothic",
    "Yu Gothic",
    "Meiryo",
    "Hiragino Sans",
    "Noto Sans CJK JP",
]
RESOLUTION = 600  # device units per inch; the output is vector, this only sets the grid

NAVY = QColor("#1F3A5F")
INK = QColor("#1A1A1A")
GREY = QColor("#5A5F66")
RULE = QColor("#B8C2CC")
HEAD_BG = QColor("#E8EDF2")
ZEBRA = QColor("#F5F7F9")
GOOD = QColor("#1A7F37")
BAD = QColor("#B3261E")
#: Okabe–Ito, as the charts use, for series without a party colour.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#000000")

PAGE_W, PAGE_H = 210.0, 297.0  # A4, mm
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 16.0, 13.0, 15.0
MAX_PAGES = 2
#: Issues listed at most, so that a scenario with very many leaves room for the other sections.
MAX_PACKAGE_ROWS = 24
#: (board items, chart height in mm) from the fullest brief to the most compact one-page one.
FITS = ((5, 46.0), (4, 42.0), (4, 37.0), (3, 38.0), (3, 32.0), (3, 29.0), (3, 26.0), (2, 26.0))

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WRAP = Qt.TextFlag.TextWordWrap
CENTER = Qt.AlignmentFlag.AlignCenter
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def months() -> tuple[str, ...]:
    return (
        tr("Jan"),
        tr("Feb"),
        tr("Mar"),
        tr("Apr"),
        tr("May"),
        tr("Jun"),
        tr("Jul"),
        tr("Aug"),
        tr("Sep"),
        tr("Oct"),
        tr("Nov"),
        tr("Dec"),
    )


def day_text(day: dt.date) -> str:
    """A date in words, in the order the language writes it (16 Apr 2025, 2025年4月16日)."""
    return tr("{day} {month} {year}").format(
        day=day.day, month=months()[day.month - 1], year=day.year
    )


def short_day(day: dt.date) -> str:
    return tr("{day} {month}").format(day=day.day, month=months()[day.month - 1])


# -- drawing primitives ------------------------------------------------------------------------


class Canvas:
    """Millimetres to device units, fonts and wrapped text on one paint device."""

    def __init__(self, device: QPdfWriter) -> None:
        self.device = device
        self.k = device.resolution() / 25.4  # device units per mm
        self.painter: QPainter | None = None
        self._fonts: dict[tuple[float, bool, bool], QFont] = {}

    def mm(self, v: float) -> float:
        return v * self.k

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        """A shared font (do not change it: copy it first)."""
        key = (size, bold, italic)
        f = self._fonts.get(key)
        if f is None:
            f = QFont()
            f.setFamilies(FONT_FAMILIES)
            f.setPointSizeF(size)
            f.setBold(bold)
            f.setItalic(italic)
            self._fonts[key] = f
        return f

    def text_height(self, text: str, font: QFont, width_mm: float) -> float:
        """Height in mm of ``text`` wrapped to ``width_mm`` (measured as ``text`` draws it)."""
        fm = QFontMetricsF(font, self.device)
        box = QRectF(0, 0, self.mm(width_mm), 1e7)
        rect = fm.boundingRect(box, int(LEFT | WRAP), safe_text(text) or " ")
        return rect.height() / self.k

    def text_width(self, text: str, font: QFont) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(safe_text(text)) / self.k

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.mm(x), self.mm(y), self.mm(w), self.mm(h))

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        font: QFont,
        colour: QColor = INK,
        align: Qt.AlignmentFlag = LEFT,
        wrap: bool = True,
    ) -> None:
        p = self.painter
        assert p is not None
        p.setFont(font)
        p.setPen(colour)
        flags = int(align | (WRAP if wrap else Qt.TextFlag(0)))
        # every text of the brief is drawn here: characters no PDF can carry become U+FFFD
        p.drawText(self.rect(x, y, w, h), flags, safe_text(text))

    def fill(self, x: float, y: float, w: float, h: float, colour: QColor) -> None:
        assert self.painter is not None
        self.painter.fillRect(self.rect(x, y, w, h), colour)

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        colour: QColor,
        width: float = 0.2,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine,
    ) -> None:
        p = self.painter
        assert p is not None
        pen = QPen(colour, self.mm(width))
        pen.setStyle(style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawLine(QPointF(self.mm(x1), self.mm(y1)), QPointF(self.mm(x2), self.mm(y2)))


# -- blocks: measured, placed on a page, then drawn ---------------------------------------------


class Block:
    """Something placed on a page: ``height(width)`` in mm, then ``draw`` at a position."""

    keep_with_next = False
    splittable = False

    def height(self, c: Canvas, width: float) -> float:
        raise NotImplementedError

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        raise NotImplementedError

    def split(self, c: Canvas, width: float, room: float) -> tuple[Block, Block] | None:
        """The part that fits in ``room`` and the rest, or None if it cannot be split."""
        return None

    def truncate(self, c: Canvas, width: float, room: float) -> Block | None:
        """A shortened version that fits in ``room`` (saying what was left out), or None."""
        return None


@dataclass
class Gap(Block):
    size: float

    def height(self, c: Canvas, width: float) -> float:
        return self.size

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        pass


@dataclass
class Heading(Block):
    text: str
    aside: str = ""
    keep_with_next = True

    def height(self, c: Canvas, width: float) -> float:
        return 7.0

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        f = c.font(10.5, bold=True)
        c.text(x, y + 1.2, width, 5.0, self.text, f, NAVY, wrap=False)
        if self.aside:
            w = c.text_width(self.text, f) + 3
            c.text(x + w, y + 1.2, width - w, 5.0, self.aside, c.font(8), GREY, wrap=False)
        c.line(x, y + 6.3, x + width, y + 6.3, NAVY, 0.35)


@dataclass
class Paragraph(Block):
    text: str
    size: float = 8.0
    colour: QColor = field(default_factory=lambda: QColor(GREY))
    italic: bool = False
    bold: bool = False
    pad: float = 1.0

    def _font(self, c: Canvas) -> QFont:
        return c.font(self.size, self.bold, self.italic)

    def height(self, c: Canvas, width: float) -> float:
        return c.text_height(self.text, self._font(c), width) + self.pad

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        h = self.height(c, width)
        c.text(x, y, width, h, self.text, self._font(c), self.colour, TOP_LEFT)


@dataclass
class Column:
    title: str
    width: float  # relative
    align: Qt.AlignmentFlag = LEFT


#: A cell is text, or (text, colour), or a callable drawing into its rect (x, y, w, h).
Cell = str | tuple[str, QColor] | Callable[[Canvas, float, float, float, float], None]


@dataclass
class Table(Block):
    columns: list[Column]
    rows: list[list[Cell]]
    size: float = 8.0
    header: bool = True
    bold_first: bool = False
    more: int = 0  # rows left out (said in a last line)
    splittable = True
    PAD_X = 1.4
    PAD_Y = 0.7

    def _widths(self, width: float) -> list[float]:
        total = sum(col.width for col in self.columns)
        return [width * col.width / total for col in self.columns]

    def _row_height(self, c: Canvas, row: Sequence[Cell], widths: list[float]) -> float:
        h = 0.0
        for k, (cell, w) in enumerate(zip(row, widths, strict=True)):
            if callable(cell):
                continue
            text = cell[0] if isinstance(cell, tuple) else cell
            f = c.font(self.size, bold=self.bold_first and k == 0)
            h = max(h, c.text_height(text, f, w - 2 * self.PAD_X))
        return max(h, c.text_height("Ag", c.font(self.size), 100)) + 2 * self.PAD_Y

    def _header_height(self, c: Canvas) -> float:
        return c.text_height("Ag", c.font(self.size - 0.5, True), 100) + 2 * self.PAD_Y

    def _more_text(self) -> str:
        return tr("… and {n} more (see the application)").format(n=self.more)

    def height(self, c: Canvas, width: float) -> float:
        widths = self._widths(width)
        h = self._header_height(c) if self.header else 0.0
        h += sum(self._row_height(c, r, widths) for r in self.rows)
        if self.more:
            h += c.text_height(self._more_text(), c.font(self.size - 1, italic=True), width) + 1
        return h + 0.6

    def _fit(self, c: Canvas, width: float, room: float) -> int:
        widths = self._widths(width)
        used = (self._header_height(c) if self.header else 0.0) + 0.6
        n = 0
        for r in self.rows:
            used += self._row_height(c, r, widths)
            if used > room:
                break
            n += 1
        return n

    def split(self, c: Canvas, width: float, room: float) -> tuple[Block, Block] | None:
        n = self._fit(c, width, room)
        if n < 2 or n >= len(self.rows):
            return None
        head = Table(self.columns, self.rows[:n], self.size, self.header, self.bold_first)
        rest = Table(
            self.columns, self.rows[n:], self.size, self.header, self.bold_first, self.more
        )
        return head, rest

    def truncate(self, c: Canvas, width: float, room: float) -> Block | None:
        line = c.text_height("Ag", c.font(self.size - 1, italic=True), width) + 1
        n = self._fit(c, width, room - line)
        if n < 1:
            return None
        return Table(
            self.columns,
            self.rows[:n],
            self.size,
            self.header,
            self.bold_first,
            self.more + len(self.rows) - n,
        )

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        widths = self._widths(width)
        top = y
        if self.header:
            hh = self._header_height(c)
            c.fill(x, y, width, hh, HEAD_BG)
            cx = x
            for col, w in zip(self.columns, widths, strict=True):
                c.text(
                    cx + self.PAD_X,
                    y,
                    w - 2 * self.PAD_X,
                    hh,
                    col.title,
                    c.font(self.size - 0.5, True),
                    NAVY,
                    col.align,
                    wrap=False,
                )
                cx += w
            y += hh
        for k, row in enumerate(self.rows):
            rh = self._row_height(c, row, widths)
            if k % 2 == 1:
                c.fill(x, y, width, rh, ZEBRA)
            cx = x
            for j, (cell, col, w) in enumerate(zip(row, self.columns, widths, strict=True)):
                if callable(cell):
                    cell(
                        c, cx + self.PAD_X, y + self.PAD_Y, w - 2 * self.PAD_X, rh - 2 * self.PAD_Y
                    )
                else:
                    text, colour = cell if isinstance(cell, tuple) else (cell, INK)
                    f = c.font(self.size, bold=self.bold_first and j == 0)
                    c.text(
                        cx + self.PAD_X,
                        y + self.PAD_Y,
                        w - 2 * self.PAD_X,
                        rh - 2 * self.PAD_Y,
                        text,
                        f,
                        colour,
                        col.align,
                    )
                cx += w
            y += rh
        c.line(x, top, x + width, top, RULE, 0.15)
        c.line(x, y, x + width, y, RULE, 0.15)
        if self.more:
            f = c.font(self.size - 1, italic=True)
            c.text(x, y + 0.6, width, 5, self._more_text(), f, GREY, wrap=False)


@dataclass
class Columns(Block):
    """Blocks side by side (the two boards), each in an equal share of the width."""

    parts: list[list[Block]]
    gap: float = 6.0

    def _w(self, width: float) -> float:
        n = max(1, len(self.parts))
        return (width - self.gap * (n - 1)) / n

    def height(self, c: Canvas, width: float) -> float:
        w = self._w(width)
        return max((sum(b.height(c, w) for b in part) for part in self.parts), default=0.0)

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        w = self._w(width)
        for k, part in enumerate(self.parts):
            yy = y
            for b in part:
                b.draw(c, x + k * (w + self.gap), yy, w)
                yy += b.height(c, w)

    def truncate(self, c: Canvas, width: float, room: float) -> Block | None:
        w = self._w(width)
        out = []
        for part in self.parts:
            kept: list[Block] = []
            used = 0.0
            for b in part:
                h = b.height(c, w)
                if used + h > room:
                    short = b.truncate(c, w, room - used)
                    if short is not None:
                        kept.append(short)
                    break
                kept.append(b)
                used += h
            out.append(kept)
        return Columns(out, self.gap) if any(out) else None


# -- the sections ------------------------------------------------------------------------------


@dataclass
class TitleBlock(Block):
    brief: Brief

    def _meta(self) -> str:
        b = self.brief
        parts = [
            tr("Situation as of {date}").format(date=day_text(b.as_of)),
            tr("Our side: {party}").format(party=b.perspective_name),
            tr("Prepared {date}").format(date=day_text(b.prepared)),
        ]
        return "   ·   ".join(parts)

    def height(self, c: Canvas, width: float) -> float:
        title = c.text_height(self.brief.title, c.font(17, True), width)
        return 7.0 + 2.2 + title + 0.8 + c.text_height(self._meta(), c.font(8.5), width) + 1.0

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        b = self.brief
        c.fill(x, y, width, 7.0, NAVY)
        f = QFont(c.font(8.5, True))
        f.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
        c.text(x + 3, y, width - 6, 7.0, tr("MINISTER'S BRIEF"), f, QColor("white"), wrap=False)
        c.text(
            x + 3,
            y,
            width - 6,
            7.0,
            tr("For the negotiating team · not for distribution"),
            c.font(7.5),
            QColor("#D8E1EA"),
            RIGHT,
            wrap=False,
        )
        y += 7.0 + 2.2
        tf = c.font(17, True)
        th = c.text_height(b.title, tf, width)
        c.text(x, y, width, th, b.title, tf, NAVY, TOP_LEFT)
        y += th + 0.8
        mh = c.text_height(self._meta(), c.font(8.5), width)
        c.text(x, y, width, mh, self._meta(), c.font(8.5), GREY, TOP_LEFT)


def _utility_bar(colour: QColor, utility: float | None, batna: float | None):
    """A 0–100 bar: the utility in the party's colour, the BATNA as a black tick."""

    def draw(c: Canvas, x: float, y: float, w: float, h: float) -> None:
        bar_h = min(h, 3.2)
        top = y + (h - bar_h) / 2
        c.fill(x, top, w, bar_h, QColor("#E3E6EA"))
        if utility is not None:
            c.fill(x, top, w * max(0.0, min(100.0, utility)) / 100, bar_h, colour)
        if batna is not None:
            bx = x + w * max(0.0, min(100.0, batna)) / 100
            c.line(bx, top - 0.8, bx, top + bar_h + 0.8, INK, 0.45)

    return draw


def _points(v: float | None, signed: bool = False) -> str:
    if v is None:
        return "—"
    if signed:
        return f"{v:+.1f}".replace("-", "−")
    return f"{v:.1f}"


def package_blocks(b: Brief) -> list[Block]:
    name = b.package_name or (tr("custom package") if b.has_package else "")
    out: list[Block] = [Heading(tr("The package"), name)]
    if not b.choices:
        out.append(Paragraph(tr("The scenario has no issues to settle.")))
        return out
    if not b.has_package:
        out.append(Paragraph(tr("No package chosen yet: every issue is open."), 8.5, INK, pad=1.8))
    rows: list[list[Cell]] = []
    for ch in b.choices[:MAX_PACKAGE_ROWS]:
        option = ch.option_label if ch.option is not None else (tr("open"), GREY)
        rows.append([ch.issue_title, option])
    more = max(0, len(b.choices) - MAX_PACKAGE_ROWS)
    out.append(Table([Column(tr("Issue"), 45), Column(tr("Settled as"), 55)], rows, 7.8, more=more))
    return out


def standing_blocks(b: Brief) -> list[Block]:
    out: list[Block] = [Heading(tr("Utility against the BATNA"), tr("0–100 points"))]
    if not b.standings:
        out.append(Paragraph(tr("The scenario has no negotiating parties.")))
        return out
    rows: list[list[Cell]] = []
    for k, st in enumerate(b.standings):
        colour = QColor(st.colour or PALETTE[k % len(PALETTE)])
        m = st.margin
        margin: Cell = "—" if m is None else (_points(m, True), GOOD if m >= 0 else BAD)
        rows.append(
            [
                st.name,
                _points(st.utility),
                _points(st.batna) if st.batna is not None else (tr("not set"), GREY),
                margin,
                _utility_bar(colour, st.utility, st.batna),
            ]
        )
    cols = [
        Column(tr("Party"), 26),
        Column(tr("Utility"), 11, RIGHT),
        Column(tr("BATNA"), 11, RIGHT),
        Column(tr("Margin"), 11, RIGHT),
        Column(tr("Utility (bar) and BATNA (tick)"), 41),
    ]
    out.append(Table(cols, rows, 8.5, bold_first=True))
    margins = [(st.name, st.margin) for st in b.standings]
    if b.has_package and margins and all(m is not None for _, m in margins):
        losers = [n for n, m in margins if m is not None and m < 0]
        if not losers:
            text, colour = (
                tr(
                    "Every side does at least as well as its walk-away value (BATNA): the "
                    "package is in the ZOPA."
                ),
                GOOD,
            )
        else:
            text, colour = (
                tr("Worse than the walk-away value (BATNA) for {names}: outside the ZOPA.").format(
                    names=", ".join(losers)
                ),
                BAD,
            )
        out.append(Paragraph(text, 8.5, colour, bold=True, pad=1.5))
    return out


def indicator_blocks(b: Brief) -> list[Block]:
    unit = "US$" if b.unit.strip().upper() == "USD" else b.unit
    aside = (
        tr("trade model, {unit} a year, against base-year {year} flows").format(
            unit=unit, year=b.trade_year
        )
        if b.trade_year
        else ""
    )
    out: list[Block] = [Heading(tr("Key economic indicators"), aside)]
    if not b.indicators:
        out.append(Paragraph(tr("No economic indicators: the scenario has no trade data.")))
        return out
    figures = [
        x for i in b.indicators for x in (i.status_quo, i.package, i.change) if x is not None
    ]
    scale = money_scale(figures, b.unit)  # one unit for the whole table
    rows: list[list[Cell]] = []
    for ind in b.indicators:
        change = ind.change
        rows.append(
            [
                ind.label,
                scale.text(ind.status_quo, ind.signed),
                scale.text(ind.package, ind.signed) if ind.package is not None else "—",
                scale.text(change, True) if change is not None else "—",
            ]
        )
    cols = [
        Column(tr("Indicator"), 40),
        Column(tr(labels.NO_DEAL_TARIFFS), 29, RIGHT),
        Column(tr("With the package"), 17, RIGHT),
        Column(tr("Difference"), 14, RIGHT),
    ]
    out.append(Table(cols, rows, 8.5))
    # what the figures are: the window they average over and the trade they cover
    context = []
    if b.window_text:
        context.append(tr("Evaluated over: {window}").format(window=b.window_text) + ".")
    if b.coverage:
        context.append(b.coverage)
    if context:
        out.append(Paragraph(" ".join(context), 6.5, GREY, pad=0.6))
    if b.coverage_warning:
        out.append(Paragraph("⚠ " + b.coverage_warning, 7.2, BAD, bold=True, pad=1.2))
    return out


@dataclass
class Chart(Block):
    """The tariff timeline: step lines per series, dashed for no deal and solid with the
    package, the as-of date and the measures' events (numbered, listed below)."""

    tl: Timeline
    image: QImage | None = None
    plot_h: float = 46.0

    def _events_text(self) -> str:
        return "   ".join(
            f"({k}) {short_day(d)}: {text}" for k, (d, text) in enumerate(self.tl.events, 1)
        )

    def _legend(self) -> list[tuple[str, QColor, Qt.PenStyle]]:
        out = []
        dashed = bool(self.tl.package)
        for k, s in enumerate(self.tl.status_quo):
            colour = QColor(s.colour or PALETTE[k % len(PALETTE)])
            if dashed:
                out.append(
                    (tr("{name}: no deal").format(name=s.name), colour, Qt.PenStyle.DashLine)
                )
                out.append(
                    (
                        tr("{name}: with the package").format(name=s.name),
                        colour,
                        Qt.PenStyle.SolidLine,
                    )
                )
            else:
                out.append((s.name, colour, Qt.PenStyle.SolidLine))
        return out

    def height(self, c: Canvas, width: float) -> float:
        h = 4.5 + self.plot_h + 6.0
        if self.tl.events and self.image is None:
            h += c.text_height(self._events_text(), c.font(6.5), width) + 1.0
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
        top = tl.max_rate()
        step = nice_step(top)
        ymax = max(step, math.ceil(top / step) * step) if top > 0 else 10.0
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
            c.text(x, Y(v) - 2, axis_w - 1.2, 4, f"{v:g} %", fa, GREY, RIGHT, wrap=False)
            v += step
        # months
        names = months()
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
            label = tr("as of {date}").format(date=short_day(tl.as_of))
            c.text(ax + 0.8, py + ph - 4.0, 30, 3.5, label, c.font(6.5, True), INK, wrap=False)
        # series
        p = c.painter
        assert p is not None
        p.setRenderHint(QPainter.RenderHint.Antialiasing)

        def path(s) -> QPainterPath:
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
            colour = QColor(s.colour or PALETTE[k % len(PALETTE)])
            pen = QPen(colour, c.mm(0.45 if dashed else 0.6))
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path(s))
            if s.rates:
                ends.append((s.rates[-1], f"{s.rates[-1]:.1f} %", colour))
        for k, s in enumerate(tl.package):
            colour = QColor(s.colour or PALETTE[k % len(PALETTE)])
            p.setPen(QPen(colour, c.mm(0.7)))
            p.drawPath(path(s))
            if s.rates:
                ends.append((s.rates[-1], f"{s.rates[-1]:.1f} %", colour))
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
            text = self._events_text()
            h = c.text_height(text, c.font(6.5), width)
            c.text(x, y, width, h + 0.5, text, c.font(6.5), GREY, TOP_LEFT)


def nice_step(top: float) -> float:
    """A round grid step giving 3–6 lines up to ``top``."""
    if top <= 0:
        return 5.0
    raw = top / 4
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def timeline_blocks(b: Brief, image: QImage | None, plot_h: float) -> list[Block]:
    tl = b.timeline
    if tl is None:
        return [
            Heading(tr("Tariff timeline")),
            Paragraph(tr("No tariff timeline: the scenario has no trade data.")),
        ]
    aside = (
        tr("dashed: no deal; solid: with the package from {date}").format(date=short_day(tl.as_of))
        if tl.package
        else ""
    )
    return [Heading(tl.title, aside), Chart(tl, image, plot_h)]


@dataclass
class KindTag(Block):
    """A board's party name as a coloured header."""

    name: str
    colour: QColor
    count: str

    def height(self, c: Canvas, width: float) -> float:
        return 5.6

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        c.fill(x, y + 0.6, 1.4, 4.0, self.colour)
        f = c.font(9, True)
        c.text(x + 2.8, y + 0.4, width - 2.8, 4.4, self.name, f, INK, wrap=False)
        w = c.text_width(self.name, f) + 4.5
        c.text(x + w, y + 0.4, width - w, 4.4, self.count, c.font(7.5), GREY, wrap=False)


KIND_COLOURS = {"demand": "#CCE3F2", "concession": "#CCECE2", "red_line": "#F6D8C6"}


def board_blocks(b: Brief, top: int) -> list[Block]:
    heading = Heading(tr("Boards: what each side cares about most"))
    if not b.boards:
        return [heading, Paragraph(tr("No boards: the scenario has no negotiating parties."))]
    parts: list[list[Block]] = []
    for k, board in enumerate(b.boards):
        colour = QColor(board.colour or PALETTE[k % len(PALETTE)])
        shown = board.items[:top]
        count = tr("top {n} of {total} live cards").format(n=len(shown), total=board.total)
        part: list[Block] = [KindTag(board.name, colour, count)]
        if not shown:
            part.append(Paragraph(tr("No cards in play.")))
        else:
            rows: list[list[Cell]] = []
            for it in shown:
                detail = f"{it.kind_label} · {it.priority_label} · {it.status_label}"
                if it.issue_text:
                    detail += " — " + it.issue_text
                rows.append([_kind_chip(it.kind.value), it.title + "\n" + detail])
            part.append(_CardTable([Column("", 3), Column("", 97)], rows, 7.5, header=False))
        parts.append(part)
    return [heading, Columns(parts)]


def _kind_chip(kind: str):
    def draw(c: Canvas, x: float, y: float, w: float, h: float) -> None:
        c.fill(x - 0.6, y, w + 0.6, h, QColor(KIND_COLOURS.get(kind, "#DDDDDD")))

    return draw


class _CardTable(Table):
    """A table whose text cells show a bold first line (the card's title) over grey details."""

    PAD_X = 1.2

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        widths = self._widths(width)
        for row in self.rows:
            rh = self._row_height(c, row, widths)
            cx = x
            for cell, w in zip(row, widths, strict=True):
                if callable(cell):
                    cell(
                        c, cx + self.PAD_X, y + self.PAD_Y, w - 2 * self.PAD_X, rh - 2 * self.PAD_Y
                    )
                else:
                    text = cell[0] if isinstance(cell, tuple) else cell
                    title, _, detail = text.partition("\n")
                    ft, fd = c.font(self.size, True), c.font(self.size - 1)
                    tx, tw = cx + self.PAD_X, w - 2 * self.PAD_X
                    th = c.text_height(title, ft, tw)
                    c.text(tx, y + self.PAD_Y, tw, th, title, ft, INK, TOP_LEFT)
                    dh = c.text_height(detail, fd, tw)
                    c.text(tx, y + self.PAD_Y + th, tw, dh, detail, fd, GREY, TOP_LEFT)
                cx += w
            y += rh + 0.8
        if self.more:
            f = c.font(self.size - 1, italic=True)
            c.text(x, y, width, 4, self._more_text(), f, GREY, wrap=False)

    def _row_height(self, c: Canvas, row: Sequence[Cell], widths: list[float]) -> float:
        h = 0.0
        for cell, w in zip(row, widths, strict=True):
            if callable(cell):
                continue
            text = cell[0] if isinstance(cell, tuple) else cell
            title, _, detail = text.partition("\n")
            tw = w - 2 * self.PAD_X
            h = max(
                h,
                c.text_height(title, c.font(self.size, True), tw)
                + c.text_height(detail, c.font(self.size - 1), tw),
            )
        return h + 2 * self.PAD_Y

    def height(self, c: Canvas, width: float) -> float:
        widths = self._widths(width)
        h = sum(self._row_height(c, r, widths) + 0.8 for r in self.rows)
        if self.more:
            h += 4.0
        return h

    def truncate(self, c: Canvas, width: float, room: float) -> Block | None:
        widths = self._widths(width)
        used, n = 4.0, 0
        for r in self.rows:
            used += self._row_height(c, r, widths) + 0.8
            if used > room:
                break
            n += 1
        if n < 1:
            return None
        return _CardTable(
            self.columns, self.rows[:n], self.size, False, False, self.more + len(self.rows) - n
        )


def notes_blocks(b: Brief) -> list[Block]:
    if not b.notes:
        return []
    return [Gap(1.5), Paragraph(tr("Notes: ") + " ".join(b.notes), 7.0, GREY, italic=True)]


# -- pages -------------------------------------------------------------------------------------


@dataclass
class Page:
    placed: list[tuple[Block, float]] = field(default_factory=list)


def paginate(c: Canvas, blocks: list[Block], width: float, height: float) -> list[Page]:
    """Place blocks top to bottom; a block that does not fit starts a new page (a table is
    split first, its heading repeated); on the last allowed page, it is shortened instead."""
    pages = [Page()]
    y = 0.0
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        h = block.height(c, width)
        need = h
        if block.keep_with_next and queue:  # a heading stays with (the start of) its body
            nxt = queue[0]
            nh = nxt.height(c, width)
            need += min(nh, 15.0) if nxt.splittable else nh
        if y + need <= height + 1e-6:
            pages[-1].placed.append((block, y))
            y += h
            continue
        if isinstance(block, Gap):
            continue
        room = height - y
        last = len(pages) >= MAX_PAGES
        part = None if last else block.split(c, width, room)
        if part is not None:
            head, rest = part
            pages[-1].placed.append((head, y))
            heading = _last_heading(pages[-1])
            queue.insert(0, rest)
            if heading is not None:
                queue.insert(0, Heading(heading.text + " " + tr("(continued)"), heading.aside))
            pages.append(Page())
            y = 0.0
            continue
        if not last and y > 0:
            pages.append(Page())
            y = 0.0
            queue.insert(0, block)
            continue
        # the last page: shorten what does not fit; nothing after it is shown
        if block.keep_with_next and queue:
            short = queue.pop(0).truncate(c, width, room - h)
            if short is not None:
                pages[-1].placed += [(block, y), (short, y + h)]
        else:
            short = block.truncate(c, width, room)
            if short is not None:
                pages[-1].placed.append((short, y))
        y = height
    return pages


def _last_heading(page: Page) -> Heading | None:
    for block, _ in reversed(page.placed):
        if isinstance(block, Heading):
            return block
    return None


def build_blocks(b: Brief, image: QImage | None, top: int, plot_h: float) -> list[Block]:
    blocks: list[Block] = [TitleBlock(b)]
    for part in (
        package_blocks(b),
        standing_blocks(b),
        indicator_blocks(b),
        timeline_blocks(b, image, plot_h),
        board_blocks(b, top),
        notes_blocks(b),
    ):
        if part:
            blocks.append(Gap(2.2))
            blocks.extend(part)
    return blocks


def draw_footer(c: Canvas, b: Brief, page: int, pages: int) -> None:
    y = PAGE_H - MARGIN_BOTTOM + 5.0
    width = PAGE_W - 2 * MARGIN_X
    c.line(MARGIN_X, y, MARGIN_X + width, y, RULE, 0.2)
    f = c.font(7)
    left = tr("{title} · scenario {id} · Negotiator {version}").format(
        title=b.title, id=b.scenario_id, version=__version__
    )
    c.text(MARGIN_X, y + 0.8, width * 0.8, 4, left, f, GREY, wrap=False)
    c.text(
        MARGIN_X,
        y + 0.8,
        width,
        4,
        tr("Page {n} of {total}").format(n=page, total=pages),
        f,
        GREY,
        RIGHT,
        wrap=False,
    )


def layout(c: Canvas, b: Brief, image: QImage | None) -> list[Page]:
    """One page if the brief fits on one with a little less (fewer board items, a lower
    chart), else the full brief on two pages (the paginator shortens what still overflows)."""
    width = PAGE_W - 2 * MARGIN_X
    height = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
    tries = [paginate(c, build_blocks(b, image, top, h), width, height) for top, h in FITS]
    return next((pages for pages in tries if len(pages) == 1), tries[0])


def write_brief(path: str | Path, brief: Brief, timeline_image: QImage | None = None) -> int:
    """Write the brief as an A4 PDF at ``path``; returns the number of pages (1 or 2).

    Raises ``OSError`` when the file cannot be written."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(safe_text(tr("Minister's brief: {title}").format(title=brief.title)))
    writer.setCreator(f"Negotiator {__version__}")
    c = Canvas(writer)
    pages = layout(c, brief, timeline_image)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(tr("{path} cannot be written").format(path=path))
    c.painter = painter
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width = PAGE_W - 2 * MARGIN_X
        for n, page in enumerate(pages, 1):
            if n > 1:
                writer.newPage()
            for block, y in page.placed:
                block.draw(c, MARGIN_X, MARGIN_TOP + y, width)
            draw_footer(c, brief, n, len(pages))
    finally:
        painter.end()
    if not Path(path).is_file() or Path(path).stat().st_size == 0:
        raise OSError(tr("{path} cannot be written").format(path=path))
    check_pdf(Path(path))
    return len(pages)


def check_pdf(path: Path) -> None:
    """Read a written PDF back: it must start as a PDF and end with the end-of-file marker (a
    PDF cut short by a failed write ends anywhere). Raises ``OutputCheckError`` otherwise."""
    with open(path, "rb") as fh:
        head = fh.read(8)
        fh.seek(max(0, path.stat().st_size - 1024))
        tail = fh.read()
    if not head.startswith(b"%PDF-") or b"%%EOF" not in tail:
        raise OutputCheckError(
            tr(
                "the PDF written cannot be read back (it is incomplete), so it was not saved. "
                "This is a fault in Negotiator: please report it with the scenario file"
            )
        )
