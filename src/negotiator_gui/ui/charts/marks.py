"""A handful of points with one look (and optionally a line through them), drawn at pixel sizes:
the utility chart's solutions, trails and current package, and the concession history's lines.

pyqtgraph's PlotDataItem and ScatterPlotItem are general: every ``setData`` rebuilds a record
per point (symbol, size, pen, brush, a cached source rectangle), a line item and a scatter item,
and bounds that ask the view for its pixel size again. For the dozen or so markers of these
charts that general machinery was most of a weight edit's redraw (about 0.3 ms per item, ten
items). This item keeps the coordinates as two arrays and, when painted, maps them through the
painter's transform and stamps one pre-rendered symbol per point (vector paths when painting to
SVG): ``setData`` costs a few microseconds.

It is its own legend entry (``legend_sample``): clicking the entry hides and shows this item, and
the sample draws the line and symbol with their own pens.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
import pyqtgraph.functions as fn
import shiboken6
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from negotiator_gui.ui.charts.cloud import finite_rect

#: Symbol pixmaps kept per item (looks × sizes × device pixel ratios).
STAMPS_KEPT = 16
#: The largest symbol a legend sample draws (the sample is 20 pixels square).
SAMPLE_SYMBOL_MAX = 14


class MarksItem(pg.GraphicsObject):
    """Points at (x, y) in data coordinates: a symbol ``size`` device pixels across at each
    (``sizes`` per point when given), joined by a line when ``pen`` is set.

    ``getData()``, ``xData`` and ``yData`` read back what was set, as for pyqtgraph's items;
    ``opts`` holds the look under pyqtgraph's names (legend samples and ``charts_base`` read
    it)."""

    def __init__(self, **look: Any) -> None:
        """``look``: as ``setLook`` (pen, symbol, size, symbol_pen, symbol_brush)."""
        super().__init__()
        self.xData = np.zeros(0)
        self.yData = np.zeros(0)
        self.sizes: np.ndarray | None = None
        self._bounds = QRectF()
        self._rect: QRectF | None = None  # boundingRect, until the data, look or view changes
        self._stamps: dict[tuple, QPixmap] = {}
        self.opts: dict = {}
        self.setLook(**look)

    # -- data and look ------------------------------------------------------------------------
    def setData(self, x, y, sizes=None) -> None:
        """New points (and per-point symbol sizes, or None for the look's size)."""
        x = np.asarray(x, dtype=float).reshape(-1)
        y = np.asarray(y, dtype=float).reshape(-1)
        if len(x) != len(y):
            raise ValueError(f"x has {len(x)} values and y {len(y)}")
        if sizes is not None:
            sizes = np.asarray(sizes, dtype=float).reshape(-1)
            if len(sizes) != len(x):
                raise ValueError(f"{len(x)} points and {len(sizes)} sizes")
        self.prepareGeometryChange()
        self._rect = None
        self.xData, self.yData, self.sizes = x, y, sizes
        self._bounds = finite_rect(x, y)
        self.informViewBoundsChanged()
        self.update()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        return self.xData, self.yData

    def setLook(
        self,
        *,
        pen=None,
        symbol: str | None = "o",
        size: float = 9,
        symbol_pen=None,
        symbol_brush=None,
    ) -> None:
        """The line's pen (None: no line), the symbol (a pyqtgraph symbol name, None: none), its
        size in pixels, outline and fill."""
        self.prepareGeometryChange()
        self._rect = None
        self.opts = {
            "pen": pg.mkPen(pen) if pen is not None else None,
            "symbol": symbol,
            "symbolSize": float(size),
            "symbolPen": pg.mkPen(symbol_pen) if symbol_pen is not None else pg.mkPen(None),
            "symbolBrush": pg.mkBrush(symbol_brush) if symbol_brush is not None else None,
        }
        self._stamps.clear()
        self.informViewBoundsChanged()
        self.update()

    # -- bounds (pyqtgraph's view asks for data bounds and pixel padding) ---------------------
    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):
        values = self.xData if ax == 0 else self.yData
        values = values[np.isfinite(values)]
        if not len(values):
            return None, None
        return float(values.min()), float(values.max())

    def pixelPadding(self) -> float:
        """Pixels a symbol or the line's width reaches beyond a point."""
        pad = 0.0
        if self.opts["symbol"] is not None:
            biggest = self.opts["symbolSize"]
            if self.sizes is not None and len(self.sizes):
                biggest = float(np.nanmax(self.sizes))
            pad = biggest / 2 + self.opts["symbolPen"].widthF() + 1
        if self.opts["pen"] is not None:
            pad = max(pad, self.opts["pen"].widthF() / 2 + 1)
        return pad

    def boundingRect(self) -> QRectF:
        # Qt asks often (every repaint, every scene index update); the pixel size in data units
        # is a walk up pyqtgraph's transforms: kept until the data, look or view changes
        if self._rect is None:
            if not len(self.xData):
                self._rect = QRectF()
            else:
                pad = self.pixelPadding()
                px = self.pixelLength(pg.Point(1, 0)) or 0.0
                py = self.pixelLength(pg.Point(0, 1)) or 0.0
                self._rect = self._bounds.adjusted(-pad * px, -pad * py, pad * px, pad * py)
        return QRectF(self._rect)

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()
        self._rect = None
        super().viewTransformChanged()

    # -- painting -----------------------------------------------------------------------------
    def paint(self, painter: QPainter, *_args) -> None:
        n = len(self.xData)
        if not n:
            return
        t = painter.transform()
        dx = t.m11() * self.xData + t.m21() * self.yData + t.dx()
        dy = t.m12() * self.xData + t.m22() * self.yData + t.dy()
        ok = np.isfinite(dx) & np.isfinite(dy)
        dx = np.clip(dx, -(2**30), 2**30)  # Qt misbehaves on huge device coordinates
        dy = np.clip(dy, -(2**30), 2**30)
        painter.save()
        try:
            painter.resetTransform()
            if self.opts["pen"] is not None and n > 1:
                self._paint_line(painter, dx, dy, ok)
            if self.opts["symbol"] is not None:
                self._paint_symbols(painter, dx, dy, ok)
        finally:
            painter.restore()

    def _paint_line(self, painter: QPainter, dx, dy, ok) -> None:
        painter.setPen(self.opts["pen"])
        # runs of finite points: the line breaks at a point that is not a number
        edges = np.flatnonzero(np.diff(np.concatenate(([0], ok.view(np.int8), [0]))))
        for start, stop in zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True):
            if stop - start < 2:
                continue
            polygon = fn.create_qpolygonf(stop - start)  # filled in place, not point by point
            memory = fn.ndarray_from_qpolygonf(polygon)
            memory[:, 0] = dx[start:stop]
            memory[:, 1] = dy[start:stop]
            painter.drawPolyline(polygon)

    def _paint_symbols(self, painter: QPainter, dx, dy, ok) -> None:
        sizes = self.sizes if self.sizes is not None else np.full(len(dx), self.opts["symbolSize"])
        drawn = ok & (sizes > 0)
        device = painter.device()
        if not isinstance(device, QWidget | QImage | QPixmap):  # SVG, print: vector symbols
            symbol, pen, brush = self.opts["symbol"], self.opts["symbolPen"], self._brush()
            for x, y, size in zip(
                dx[drawn].tolist(), dy[drawn].tolist(), sizes[drawn].tolist(), strict=True
            ):
                painter.resetTransform()
                painter.translate(x, y)
                drawSymbol(painter, symbol, size, pen, brush)
            return
        ratio = device.devicePixelRatioF()
        for size in np.unique(sizes[drawn]).tolist():
            here = drawn & (sizes == size)
            _stamp_all(painter, self._stamp(size, ratio), ratio, dx[here], dy[here])

    def _stamp(self, size: float, ratio: float) -> QPixmap:
        """The symbol at ``size`` pixels, antialiased, with room for its outline."""
        key = (size, ratio)
        stamp = self._stamps.get(key)
        if stamp is None:
            pen = self.opts["symbolPen"]
            side = int(np.ceil(size + 2 * pen.widthF() + 2))
            stamp = QPixmap(int(np.ceil(side * ratio)), int(np.ceil(side * ratio)))
            stamp.setDevicePixelRatio(ratio)
            stamp.fill(Qt.GlobalColor.transparent)
            p = QPainter(stamp)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.translate(side / 2, side / 2)
            drawSymbol(p, self.opts["symbol"], size, pen, self._brush())
            p.end()
            if len(self._stamps) >= STAMPS_KEPT:
                self._stamps.pop(next(iter(self._stamps)))
            self._stamps[key] = stamp
        return stamp

    def _brush(self):
        brush = self.opts["symbolBrush"]
        return brush if brush is not None else pg.mkBrush(None)

    def legend_sample(self) -> MarksSample:
        """The legend entry for this item (``LegendItem.addItem(item.legend_sample(), name)``)."""
        return MarksSample(self)


def _stamp_all(painter: QPainter, stamp: QPixmap, ratio: float, xs, ys) -> None:
    """``stamp`` centred at each (xs, ys) device point, in one call: Qt reads the fragments
    (centre, source rectangle, scale, rotation, opacity as ten doubles each) straight from the
    array's memory."""
    fragments = np.empty((len(xs), 10))
    fragments[:, 0] = xs
    fragments[:, 1] = ys
    fragments[:, 2:4] = 0.0
    fragments[:, 4] = stamp.width()
    fragments[:, 5] = stamp.height()
    fragments[:, 6:8] = 1.0 / ratio
    fragments[:, 8] = 0.0
    fragments[:, 9] = 1.0
    first = shiboken6.wrapInstance(fragments.ctypes.data, QPainter.PixmapFragment)
    painter.drawPixmapFragments(first, len(fragments), stamp)


class MarksSample(ItemSample):
    """A legend entry drawing a ``MarksItem``'s line and symbol with their own pens."""

    def paint(self, p: QPainter, *args) -> None:
        item: MarksItem = self.item
        if not item.isVisible():
            super().paint(p, *args)  # pyqtgraph's crossed-out eye
            return
        opts = item.opts
        if opts["pen"] is not None:
            p.setPen(opts["pen"])
            p.drawLine(0, 11, 20, 11)
        if opts["symbol"] is not None:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.translate(10, 10)
            size = min(opts["symbolSize"], SAMPLE_SYMBOL_MAX)
            drawSymbol(p, opts["symbol"], size, QPen(opts["symbolPen"]), item._brush())


def add_marks(plot_item: pg.PlotItem, marks: MarksItem, name: str | None = None) -> MarksItem:
    """Put ``marks`` on the plot, with a legend entry ``name`` if given and the plot has a
    legend (pyqtgraph adds entries only for its own data items)."""
    plot_item.addItem(marks)
    if name is not None and plot_item.legend is not None:
        plot_item.legend.addItem(marks.legend_sample(), name)
    return marks
