"""The markers item behind the utility chart's solutions, trails and current package and the
concession history's lines: it must read back its data, report bounds the view can use, stamp
its symbols where the points are (and as vectors in SVG) and be its own legend entry."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from negotiator_gui.ui.charts.marks import MarksItem, add_marks


def _plot(qtbot, size=(300, 300)):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(*size)
    item = plot.getPlotItem()
    item.addLegend()
    item.setXRange(0, 100, padding=0)
    item.setYRange(0, 100, padding=0)
    return plot, item


def _render(plot) -> QImage:
    image = QImage(plot.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    plot.render(painter)
    painter.end()
    return image


def _red_pixels(image: QImage) -> list[tuple[int, int]]:
    out = []
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.red() > 200 and c.green() < 60 and c.blue() < 60:
                out.append((x, y))
    return out


def test_data_reads_back_and_bad_lengths_are_refused():
    marks = MarksItem()
    marks.setData([1, 2, 3], [4.0, 5.0, 6.0])
    x, y = marks.getData()
    assert list(x) == [1.0, 2.0, 3.0] and list(y) == [4.0, 5.0, 6.0]
    assert list(marks.xData) == list(x) and list(marks.yData) == list(y)
    with pytest.raises(ValueError, match="3 values"):
        marks.setData([1, 2, 3], [1, 2])
    with pytest.raises(ValueError, match="sizes"):
        marks.setData([1, 2], [1, 2], sizes=[9])
    assert list(marks.getData()[0]) == [1.0, 2.0, 3.0]  # a refused call changes nothing


def test_bounds_skip_points_that_are_not_numbers():
    marks = MarksItem(symbol="o", size=10)
    marks.setData([5, math.nan, 40], [10, 3, math.inf])
    assert marks.dataBounds(0) == (5.0, 40.0)
    assert marks.dataBounds(1) == (3.0, 10.0)
    marks.setData([], [])
    assert marks.dataBounds(0) == (None, None)
    assert marks.boundingRect().isNull()


def test_pixel_padding_follows_the_biggest_symbol_and_the_line():
    marks = MarksItem(symbol="o", size=10, symbol_pen=pg.mkPen("k", width=2))
    marks.setData([1, 2], [1, 2])
    assert marks.pixelPadding() == pytest.approx(10 / 2 + 2 + 1)
    marks.setData([1, 2], [1, 2], sizes=[9, 20])
    assert marks.pixelPadding() == pytest.approx(20 / 2 + 2 + 1)
    line = MarksItem(pen=pg.mkPen("k", width=6), symbol=None)
    line.setData([1, 2], [1, 2])
    assert line.pixelPadding() == pytest.approx(6 / 2 + 1)


def test_symbols_are_stamped_where_the_points_are(qtbot):
    plot, item = _plot(qtbot)
    marks = add_marks(item, MarksItem(symbol="s", size=12, symbol_brush="#FF0000"))
    marks.setData([50.0], [50.0])
    plot.show()
    qtbot.waitExposed(plot)
    red = _red_pixels(_render(plot))
    assert red, "the symbol was not drawn"
    centre = marks.mapToDevice(pg.Point(50.0, 50.0))
    xs = [x for x, _ in red]
    ys = [y for _, y in red]
    assert abs((min(xs) + max(xs)) / 2 - centre.x()) <= 2
    assert abs((min(ys) + max(ys)) / 2 - centre.y()) <= 2
    assert 9 <= max(xs) - min(xs) + 1 <= 15  # about 12 pixels across
    marks.setData([], [])
    assert not _red_pixels(_render(plot))


def test_a_line_joins_the_points_and_breaks_at_a_gap(qtbot):
    plot, item = _plot(qtbot)
    marks = add_marks(item, MarksItem(pen=pg.mkPen("#FF0000", width=3), symbol=None))
    marks.setData([10, 40, math.nan, 60, 90], [50, 50, 50, 50, 50])
    plot.show()
    qtbot.waitExposed(plot)
    red = _red_pixels(_render(plot))
    row = {x for x, _ in red}
    gap = marks.mapToDevice(pg.Point(50.0, 50.0)).x()
    left = marks.mapToDevice(pg.Point(20.0, 50.0)).x()
    right = marks.mapToDevice(pg.Point(80.0, 50.0)).x()
    assert round(left) in row and round(right) in row
    assert round(gap) not in row  # no line across the point that is not a number


def test_the_legend_entry_hides_and_shows_the_item(qtbot):
    _plot_widget, item = _plot(qtbot)
    marks = add_marks(item, MarksItem(symbol="o", symbol_brush="#0072B2"), "Offers")
    label = item.legend.getLabel(marks)
    assert label is not None and label.text == "Offers"
    sample = next(s for s, _ in item.legend.items if s.item is marks)

    class Click:
        def button(self):
            from PySide6.QtCore import Qt

            return Qt.MouseButton.LeftButton

        def accept(self):
            pass

    sample.mouseClickEvent(Click())
    assert not marks.isVisible()
    sample.mouseClickEvent(Click())
    assert marks.isVisible()


def test_svg_gets_vector_symbols(qtbot):
    plot, item = _plot(qtbot)
    marks = add_marks(item, MarksItem(symbol="t1", size=14, symbol_brush="#D55E00"))
    marks.setData([20, 80], [30, 70])
    plot.show()
    qtbot.waitExposed(plot)
    data = QByteArray()
    buffer = QBuffer(data)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setViewBox(QRectF(0, 0, 300, 300))
    painter = QPainter(generator)
    plot.scene().render(painter)
    painter.end()
    svg = bytes(data).decode("utf-8")
    assert "<image" not in svg  # no pictures of symbols
    assert svg.lower().count("#d55e00") >= 2  # one filled triangle per point


def test_restyling_keeps_the_data(qtbot):
    marks = MarksItem(symbol="o")
    marks.setData([1, 2], [3, 4], sizes=[9, 13])
    marks.setLook(pen=pg.mkPen("k"), symbol="t1", size=7)
    assert marks.opts["symbol"] == "t1" and marks.opts["symbolSize"] == 7
    assert list(marks.getData()[1]) == [3.0, 4.0]
    assert np.array_equal(marks.sizes, [9.0, 13.0])


def test_each_point_gets_its_own_size(qtbot):
    plot, item = _plot(qtbot)
    marks = add_marks(item, MarksItem(symbol="s", size=8, symbol_brush="#FF0000"))
    marks.setData([25.0, 75.0], [50.0, 50.0], sizes=[8, 20])
    plot.show()
    qtbot.waitExposed(plot)
    red = _red_pixels(_render(plot))
    middle = marks.mapToDevice(pg.Point(50.0, 50.0)).x()
    small = [y for x, y in red if x < middle]
    big = [y for x, y in red if x > middle]
    assert 6 <= max(small) - min(small) + 1 <= 11
    assert 17 <= max(big) - min(big) + 1 <= 23
