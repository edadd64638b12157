"""A cloud of up to 50,000 same-looking dots, drawn as one image: the utility chart's packages.

pyqtgraph's scatter items keep a record per point (symbol, pen, brush, size) and rebuild them on
every ``setData``: a third of a second for 50,000 points, and a fifth more to paint them with
wide pens. Every package dot looks the same, so this item keeps only the coordinates (as numpy
arrays) and, when painted, splats each dot (a small disc a few pixels across) into one image of
the painted area, with the dots' alpha compounded where they overlap (denser regions darker, as
with overlapping translucent dots): ``setData`` costs nothing and a paint a few milliseconds.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage

#: Widest image painted (a guard for exporters asking for huge sizes).
MAX_SIDE = 8000
#: Images of recent (data, transform) pairs kept: a few toggles back and forth.
IMAGES_KEPT = 4

#: An image of the dots placed in device pixels: (left, top, image).
Splat = tuple[float, float, QImage]


def _disc(size: int) -> list[tuple[int, int]]:
    """Pixel offsets of a filled disc ``size`` pixels across."""
    r = (size - 1) / 2
    span = range(-(size // 2), size - size // 2)
    return [(dx, dy) for dx in span for dy in span if dx * dx + dy * dy <= r * r + 0.5]


def _where(a: np.ndarray) -> tuple:
    """Which memory an array reads (a new view of the same column compares equal)."""
    return (a.__array_interface__["data"][0], a.shape, a.strides, a.dtype.str)


def finite_rect(x: np.ndarray, y: np.ndarray) -> QRectF:
    """The data rectangle of the points whose coordinates are both numbers (empty if none)."""
    ok = np.isfinite(x) & np.isfinite(y)
    if not ok.any():
        return QRectF()
    x0, x1 = float(x[ok].min()), float(x[ok].max())
    y0, y1 = float(y[ok].min()), float(y[ok].max())
    return QRectF(x0, y0, x1 - x0, y1 - y0)


class CloudItem(pg.GraphicsObject):
    """Dots of one colour at (x, y) in data coordinates, ``size`` device pixels across."""

    def __init__(self, colour: QColor, size: int = 3) -> None:
        super().__init__()
        self.colour = QColor(colour)
        self.size = size
        self.x = np.zeros(0)
        self.y = np.zeros(0)
        self._bounds = QRectF()
        # images of recent data at recent transforms, newest last: an undo, a redo or a value
        # toggled back brings back arrays already splatted (the chart caches its analyses)
        self._images: list[tuple[tuple, np.ndarray, np.ndarray, Splat | None]] = []
        self._lut_of: int | None = None
        self._lut_values = np.zeros(0, dtype=np.uint32)

    def setData(self, x, y) -> None:
        self.prepareGeometryChange()
        self.x = np.asarray(x, dtype=float)
        self.y = np.asarray(y, dtype=float)
        self._bounds = finite_rect(self.x, self.y)
        self.informViewBoundsChanged()
        self.update()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        return self.x, self.y

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):
        values = self.x if ax == 0 else self.y
        if not len(values):
            return None, None
        return float(values.min()), float(values.max())

    def boundingRect(self) -> QRectF:
        # a dot reaches a few pixels beyond its centre: pad by that many pixels in data units
        px = self.pixelLength(pg.Point(1, 0)) or 0.0
        py = self.pixelLength(pg.Point(0, 1)) or 0.0
        pad = self.size
        return self._bounds.adjusted(-pad * px, -pad * py, pad * px, pad * py)

    def paint(self, painter, *_args) -> None:
        if not len(self.x):
            return
        t = painter.transform()
        view = painter.viewport()  # the device's painted area, in device pixels
        key = (
            (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()),
            view.getRect(),
            self.colour.rgba(),
            self.size,
        )
        drawn = self._cached(key, t, view)
        if drawn is None:
            return
        left, top, image = drawn
        painter.save()
        painter.resetTransform()
        painter.drawImage(QPointF(left, top), image)
        painter.restore()

    def _cached(self, key: tuple, t, view) -> Splat | None:
        """The image of the current data at ``key`` (transform and painted area), splatted now
        unless a recent paint made it: another scene item changing (a label, a marker) paints
        the same image again, and so does data shown a moment ago (the chart keeps recent
        analyses, so an undo or a value toggled back hands back the same arrays)."""
        data = (_where(self.x), _where(self.y))
        for k, (other, x, y, image) in enumerate(self._images):
            if other == key and (_where(x), _where(y)) == data:
                self._images.append(self._images.pop(k))
                return image
        image = self._splat(t, view)
        # the arrays are kept with their image: their memory cannot be reused while listed
        self._images.append((key, self.x, self.y, image))
        del self._images[:-IMAGES_KEPT]
        return image

    def _splat(self, t, view) -> Splat | None:
        """The dots as an image of the painted area: (left, top, image) in device pixels."""
        dx = t.m11() * self.x + t.m21() * self.y + t.dx()
        dy = t.m12() * self.x + t.m22() * self.y + t.dy()
        ok = np.isfinite(dx) & np.isfinite(dy)
        if not ok.any():
            return None
        dx, dy = dx[ok], dy[ok]
        pad = self.size
        left = max(float(dx.min()), view.left()) - pad
        top = max(float(dy.min()), view.top()) - pad
        right = min(float(dx.max()), view.right()) + pad
        bottom = min(float(dy.max()), view.bottom()) + pad
        width, height = int(right - left) + 1, int(bottom - top) + 1
        if width <= 0 or height <= 0 or width > MAX_SIDE or height > MAX_SIDE:
            return None
        ix = np.floor(dx - left).astype(np.int32)
        iy = np.floor(dy - top).astype(np.int32)
        inside = (ix >= 0) & (ix < width) & (iy >= 0) & (iy < height)
        top_n = len(self._lut) - 1  # a pixel under this many dots is as dark as it gets
        centres = np.bincount(iy[inside] * width + ix[inside], minlength=width * height)
        centres = np.minimum(centres, top_n).astype(np.uint16).reshape(height, width)
        # each dot covers a disc around its centre: add the centre counts, shifted (in 16 bits:
        # a fraction of the time of 64-bit sums over the image; no overflow below 1,040 offsets)
        counts = np.zeros((height + 2 * pad, width + 2 * pad), dtype=np.uint16)
        for ox, oy in _disc(self.size):
            counts[pad + oy : pad + oy + height, pad + ox : pad + ox + width] += centres
        counts = np.minimum(counts[pad : pad + height, pad : pad + width], top_n)
        buffer = np.ascontiguousarray(self._lut[counts])
        image = QImage(
            buffer.data, width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied
        ).copy()  # the image owns its pixels: the buffer may go
        return left, top, image

    @property
    def _lut(self) -> np.ndarray:
        """Premultiplied ARGB of a pixel under n dots (n = index): n dots of alpha a cover
        1 - (1 - a)^n of it, as overlapping translucent dots would."""
        c = self.colour
        if self._lut_of != c.rgba():
            n = np.arange(64)
            a8 = np.round((1.0 - (1.0 - c.alphaF()) ** n) * 255).astype(np.uint32)
            r, g, b = c.red(), c.green(), c.blue()
            self._lut_values = (
                (a8 << 24) | ((r * a8 // 255) << 16) | ((g * a8 // 255) << 8) | (b * a8 // 255)
            ).astype(np.uint32)
            self._lut_of = c.rgba()
        return self._lut_values
