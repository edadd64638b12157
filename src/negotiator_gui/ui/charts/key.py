"""A chart's key: what each colour, line and symbol on the chart means, drawn *beside* the plot.

pyqtgraph's legend floats over the data: at 1920 pixels it covered points, and below a panel
height it had to be hidden (at 1366 the utility chart lost it). The key is a widget of its own
under the plot in the chart panel's layout, so it can never cover data. It wraps its entries
into as many columns as the width allows; in a small dock (few rows to spare) it goes compact:
narrower columns with elided texts, and at worst a last "+n more" cell. Every full text stays
in the entry's tooltip.

Entries are kept by id (``set_entry``, ``remove_entry``, ``keep_only``) and ordered by rank,
so a chart names what it draws at each redraw and an added feature (a pinned package) adds its
own entry without knowing the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from negotiator_gui.core.i18n import tr
from negotiator_gui.ui.common.contrast import readable
from negotiator_gui.ui.common.text import literal

#: Width of the glyph drawn before an entry's text, and the gaps around it.
SAMPLE_W = 22
GAP = 5
SPACING = 14
#: Padding around the key's entries.
MARGIN = 3
#: The narrowest column a compact key elides its texts to (glyph included).
MIN_COLUMN = 84
#: Rows an exported key may take (a slide has room for the whole key).
EXPORT_ROWS = 12
#: The largest symbol a glyph draws (a Nash star is 22 pixels on the chart).
SYMBOL_MAX = 14


@dataclass(frozen=True)
class Sample:
    """How an entry's glyph is drawn: a line (``pen``), a symbol (``symbol`` with its pen and
    brush, pyqtgraph's symbol names), a filled box (``fill``: a bar, an area), or a number in a
    circle (``number``: the timeline's events)."""

    pen: QPen | None = None
    symbol: str | None = None
    symbol_pen: QPen | None = None
    brush: QColor | None = None
    size: float = 10.0
    fill: QColor | None = None
    number: str | None = None

    def look(self) -> tuple:
        """A comparable form (pens and brushes compare by identity)."""

        def pen(p: QPen | None):
            return None if p is None else (p.color().rgba(), p.widthF(), p.style().value)

        def colour(c: QColor | None):
            return None if c is None else QColor(c).rgba()

        return (
            pen(self.pen),
            self.symbol,
            pen(self.symbol_pen),
            colour(self.brush),
            self.size,
            colour(self.fill),
            self.number,
        )

    @classmethod
    def of(cls, item) -> Sample:
        """The glyph of a pyqtgraph data item or a ``MarksItem`` (from its ``opts``)."""
        opts = getattr(item, "opts", {})
        pen = opts.get("pen")
        pen = QPen(pen) if isinstance(pen, QPen) else None
        if pen is not None and pen.style() == Qt.PenStyle.NoPen:
            pen = None
        symbol_pen = opts.get("symbolPen")
        brush = opts.get("symbolBrush")
        if isinstance(brush, QBrush):
            brush = brush.color() if brush.style() != Qt.BrushStyle.NoBrush else None
        elif brush is not None:
            brush = QColor(brush) if not isinstance(brush, QColor) else brush
        return cls(
            pen=pen,
            symbol=opts.get("symbol"),
            symbol_pen=QPen(symbol_pen) if isinstance(symbol_pen, QPen) else None,
            brush=brush,
            size=float(opts.get("symbolSize") or 10),
        )


@dataclass
class _Entry:
    id: str
    text: str
    sample: Sample
    rank: float


class ChartKey(QWidget):
    """The key under a chart (see the module's docstring)."""

    def __init__(
        self, theme: Callable[[], dict[str, str]] | None = None, parent: QWidget | None = None
    ) -> None:
        """``theme``: the chart theme's colours now ("foreground", "background"), asked at
        each paint so a theme switch needs only a repaint."""
        super().__init__(parent)
        self.setObjectName("chart_key")
        self._theme = theme or (lambda: {"foreground": "#202020", "background": "#FFFFFF"})
        self._entries: dict[str, _Entry] = {}
        #: How many rows the key may take before it goes compact (the panel sets it from its
        #: height: a small dock keeps most of its height for the plot).
        self.max_rows = 4
        self._cells: list[tuple[QRect, str, str]] = []  # (rect, shown text, tooltip) as laid out
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    # -- entries ------------------------------------------------------------------------------
    def set_entry(self, id: str, text: str, sample: Sample, rank: float = 0.0) -> None:
        """Add or update the entry ``id`` (relaid out only if something changed)."""
        old = self._entries.get(id)
        if (
            old is not None
            and old.text == text
            and old.rank == rank
            and old.sample.look() == sample.look()
        ):
            return
        self._entries[id] = _Entry(id, text, sample, rank)
        self._changed()

    def remove_entry(self, id: str) -> None:
        if self._entries.pop(id, None) is not None:
            self._changed()

    def keep_only(self, ids) -> None:
        """Remove every entry whose id is not in ``ids``."""
        keep = set(ids)
        gone = [k for k in self._entries if k not in keep]
        for k in gone:
            del self._entries[k]
        if gone:
            self._changed()

    def entries(self) -> list[tuple[str, str]]:
        """(id, text) in the order shown."""
        return [(e.id, e.text) for e in self._ordered()]

    def texts(self) -> list[str]:
        return [e.text for e in self._ordered()]

    def text_of(self, id: str) -> str | None:
        e = self._entries.get(id)
        return e.text if e is not None else None

    def sample_of(self, id: str) -> Sample | None:
        e = self._entries.get(id)
        return e.sample if e is not None else None

    def _ordered(self) -> list[_Entry]:
        return sorted(self._entries.values(), key=lambda e: e.rank)  # stable: insertion order

    def _changed(self) -> None:
        if self.parent() is not None:  # an empty key takes no room
            self.setVisible(bool(self._entries))
        self._fit()
        self.update()

    def set_max_rows(self, rows: int) -> None:
        rows = max(1, rows)
        if rows != self.max_rows:
            self.max_rows = rows
            self._fit()
            self.update()

    def _fit(self) -> None:
        """Ask the layout for the height the entries need at the key's width (see
        ``sizeHint``): posted, so a key changed during a redraw or a resize relays out after
        it, never inside it."""
        self.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()  # wider: fewer rows; narrower: more

    # -- layout -------------------------------------------------------------------------------
    def _row_height(self) -> int:
        return max(QFontMetrics(self.font()).height(), 16) + 2

    def _layout(
        self, width: int, max_rows: int | None = None
    ) -> tuple[list[tuple[QRect, _Entry | None, str]], int]:
        """The cells for ``width``: (rect, entry or None for "+n more", text shown) and the
        height. Entries flow in rows at their natural width; if that takes more rows than
        ``max_rows``, they go into equal columns, elided, as many as fit (at least
        ``MIN_COLUMN`` wide); what still does not fit is summed up in a last "+n more" cell.
        ``max_rows`` overrides the key's own (an export has room for every row)."""
        max_rows = self.max_rows if max_rows is None else max_rows
        fm = QFontMetrics(self.font())
        rh = self._row_height()
        entries = self._ordered()
        inner = max(1, width - 2 * MARGIN)
        if not entries:
            return [], 0

        def natural(e: _Entry) -> int:  # (+2: eliding wants a little more than the advance)
            return SAMPLE_W + GAP + fm.horizontalAdvance(e.text) + 2

        # natural flow
        cells: list[tuple[QRect, _Entry | None, str]] = []
        x, row = 0, 0
        for e in entries:
            w = min(natural(e), inner)
            if x > 0 and x + w > inner:
                x, row = 0, row + 1
            text = fm.elidedText(e.text, Qt.TextElideMode.ElideRight, w - SAMPLE_W - GAP)
            cells.append((QRect(MARGIN + x, MARGIN + row * rh, w, rh), e, text))
            x += w + SPACING
        if row + 1 <= max_rows:
            return cells, (row + 1) * rh + 2 * MARGIN
        # compact: equal columns
        widest = max(natural(e) for e in entries) + SPACING
        columns = max(1, min(len(entries), inner // max(MIN_COLUMN, 1)))
        columns = min(columns, max(1, -(-len(entries) // max_rows)))
        col_w = widest if widest * columns <= inner else inner // columns
        rows = -(-len(entries) // columns)
        shown = entries
        more = 0
        if rows > max_rows:
            room = max_rows * columns - 1
            shown, more = entries[:room], len(entries) - room
            rows = max_rows
        cells = []
        for k, e in enumerate(shown):
            r, c = divmod(k, columns)
            w = col_w - SPACING if col_w > SPACING + SAMPLE_W else col_w
            text = fm.elidedText(e.text, Qt.TextElideMode.ElideRight, max(0, w - SAMPLE_W - GAP))
            cells.append((QRect(MARGIN + c * col_w, MARGIN + r * rh, w, rh), e, text))
        if more:
            r, c = divmod(len(shown), columns)
            text = tr("+{n} more").format(n=more)
            cells.append((QRect(MARGIN + c * col_w, MARGIN + r * rh, col_w, rh), None, text))
        return cells, rows * rh + 2 * MARGIN

    def heightForWidth(self, width: int, max_rows: int | None = None) -> int:
        return self._layout(width, max_rows)[1]

    def sizeHint(self) -> QSize:
        """As tall as the entries need at the key's width: the layout gives a fixed-height
        widget its hint (and is asked again after every ``updateGeometry``)."""
        width = self.width() if self.width() > 0 else 400
        return QSize(width, self._layout(width)[1])

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_COLUMN, self.sizeHint().height())

    def cells(self) -> list[tuple[QRect, str | None, str]]:
        """(rect, entry id or None for "+n more", text shown) as laid out at the key's width."""
        return [(r, e.id if e else None, t) for r, e, t in self._layout(self.width())[0]]

    # -- drawing ------------------------------------------------------------------------------
    def colours(self) -> tuple[QColor, QColor]:
        """(text, background) of the current chart theme; the text readable on it."""
        theme = self._theme()
        background = QColor(theme["background"])
        return readable(QColor(theme["foreground"]), background), background

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        try:
            self.paint_to(p, self.width())
        finally:
            p.end()

    def paint_to(self, p: QPainter, width: int, max_rows: int | None = None) -> int:
        """Draw the key at ``width`` with ``p`` (the screen, or an export below the plot, which
        passes ``max_rows``); returns the height drawn."""
        cells, height = self._layout(width, max_rows)
        text_colour, background = self.colours()
        p.fillRect(QRectF(0, 0, width, height), background)
        p.setFont(self.font())
        for rect, entry, text in cells:
            if entry is not None:
                self._draw_sample(p, QRectF(rect.x(), rect.y(), SAMPLE_W, rect.height()), entry)
                text_rect = rect.adjusted(SAMPLE_W + GAP, 0, 0, 0)
            else:
                text_rect = rect
            p.setPen(text_colour)
            p.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
            )
        return height

    def _draw_sample(self, p: QPainter, r: QRectF, entry: _Entry) -> None:
        s = entry.sample
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = r.center()
        if s.fill is not None:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(s.fill)
            p.drawRect(QRectF(r.left() + 3, c.y() - 5, r.width() - 6, 10))
        if s.pen is not None:
            p.setPen(s.pen)
            p.drawLine(QPointF(r.left() + 1, c.y()), QPointF(r.right() - 1, c.y()))
        if s.symbol is not None:
            p.translate(c)
            pen = s.symbol_pen if s.symbol_pen is not None else QPen(Qt.PenStyle.NoPen)
            brush = QBrush(s.brush) if s.brush is not None else QBrush(Qt.BrushStyle.NoBrush)
            drawSymbol(p, s.symbol, min(s.size, SYMBOL_MAX), pen, brush)
            p.translate(-c)
        if s.number is not None:
            text_colour, background = self.colours()
            p.setPen(QPen(text_colour, 1))
            p.setBrush(background)
            d = min(r.height() - 2, 16)
            box = QRectF(c.x() - d / 2, c.y() - d / 2, d, d)
            p.drawEllipse(box)
            font = p.font()
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
            p.setFont(font)
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), s.number)
        p.restore()

    # -- tooltips: the full text of an elided entry ---------------------------------------------
    def event(self, ev) -> bool:
        if ev.type() == ev.Type.ToolTip:
            pos = ev.pos()
            for rect, entry, _text in self._layout(self.width())[0]:
                if rect.contains(pos):
                    if entry is not None:
                        QToolTip.showText(ev.globalPos(), literal(entry.text), self)
                    else:  # "+n more": everything the key holds
                        QToolTip.showText(ev.globalPos(), literal("\n".join(self.texts())), self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(ev)
