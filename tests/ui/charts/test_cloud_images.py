"""The package cloud keeps the images of recent data: a repaint, an undo or a value toggled
back shows an image already made, and changed data is never shown with an old image."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor

from negotiator_gui.ui.charts.cloud import IMAGES_KEPT, CloudItem, _disc
from spies import spy


def _plot(qtbot):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(240, 240)
    cloud = CloudItem(QColor(255, 0, 0, 255), size=3)
    plot.addItem(cloud)
    plot.setXRange(0, 10, padding=0)
    plot.setYRange(0, 10, padding=0)
    return plot, cloud


def _red_at(plot, x: float, y: float) -> bool:
    image = plot.grab().toImage()
    vb = plot.getPlotItem().getViewBox()
    p = plot.mapFromScene(vb.mapViewToScene(pg.Point(x, y)))
    near = [image.pixelColor(p.x() + dx, p.y() + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
    return any(c.red() > 200 and c.green() < 80 for c in near)  # a dot's rim rounds either way


def test_seen_data_is_not_splatted_again(qtbot, monkeypatch):
    plot, cloud = _plot(qtbot)
    splats = spy(monkeypatch, cloud, "_splat")  # makes an image of the dots
    a = np.array([[2.0, 2.0], [8.0, 8.0]])
    b = np.array([[5.0, 3.0], [3.0, 6.0]])
    cloud.setData(a[:, 0], a[:, 1])
    assert _red_at(plot, 2, 2)
    made = splats.count
    assert made >= 1
    plot.grab()  # a repaint of the same data
    assert splats.count == made
    cloud.setData(b[:, 0], b[:, 1])
    assert _red_at(plot, 5, 3) and not _red_at(plot, 2, 2)
    assert splats.count == made + 1
    cloud.setData(a[:, 0], a[:, 1])  # new views of the same columns: toggled back
    assert _red_at(plot, 8, 8) and not _red_at(plot, 5, 3)
    assert splats.count == made + 1


def test_changed_values_are_splatted_afresh(qtbot):
    plot, cloud = _plot(qtbot)
    x, y = np.array([2.0]), np.array([2.0])
    cloud.setData(x, y)
    assert _red_at(plot, 2, 2)
    cloud.setData(np.array([7.0]), np.array([7.0]))
    assert _red_at(plot, 7, 7) and not _red_at(plot, 2, 2)


def test_only_a_few_images_are_kept(qtbot, monkeypatch):
    plot, cloud = _plot(qtbot)
    data = [np.array([float(k % 9) + 0.5]) for k in range(IMAGES_KEPT + 2)]
    for d in data:
        cloud.setData(d, d)
        plot.grab()
    assert len(cloud._images) == IMAGES_KEPT
    splats = spy(monkeypatch, cloud, "_splat")
    cloud.setData(data[0], data[0])  # dropped: made again
    assert _red_at(plot, 0.5, 0.5)
    assert splats.count == 1


def test_a_resized_view_gets_a_new_image(qtbot, monkeypatch):
    plot, cloud = _plot(qtbot)
    cloud.setData(np.array([5.0]), np.array([5.0]))
    plot.grab()
    splats = spy(monkeypatch, cloud, "_splat")
    plot.resize(300, 200)
    assert _red_at(plot, 5, 5)
    assert splats.count > 0


def test_cloud_item_draws_its_dots(qtbot):
    plot, cloud = _plot(qtbot)
    cloud.setData(np.array([2.0, 8.0]), np.array([2.0, 8.0]))
    assert cloud.dataBounds(0) == (2.0, 8.0)
    x, _ = cloud.getData()
    assert list(x) == [2.0, 8.0]
    image = plot.grab().toImage()
    vb = plot.getPlotItem().getViewBox()
    for px, py in ((2.0, 2.0), (8.0, 8.0)):
        scene = vb.mapViewToScene(pg.Point(px, py))
        view = plot.mapFromScene(scene)
        colour = image.pixelColor(view.x(), view.y())
        assert colour.red() > 200 and colour.green() < 80, (px, py, colour.name())
    cloud.setData([], [])
    assert cloud.dataBounds(1) == (None, None)


@pytest.mark.parametrize("size", [1, 3, 5])
def test_cloud_dot_is_a_disc_of_its_size(size):
    offsets = _disc(size)
    xs = {dx for dx, _ in offsets}
    assert len(xs) == size and (0, 0) in offsets
