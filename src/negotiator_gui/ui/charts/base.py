"""Shared chart infrastructure: party colours, a colour-blind-safe palette, light/dark themes,
export to PNG/SVG, copy to the clipboard and a chart panel base with a throttled redraw.

Every chart imports its colours from here so a party is drawn in the same colour on every chart
and board (``Party.colour`` when the scenario sets one, else a stable pick from the Okabe–Ito
palette, which stays distinguishable under the common colour-vision deficiencies). Edits arrive in
bursts (a slider drag, an undo of a macro); ``ChartPanel.schedule_redraw`` coalesces them into one
redraw per frame so a chart never falls behind the document (and, after a quiet frame, redraws
on the next turn of the event loop: no added latency).
"""

from __future__ import annotations

import contextlib
import time
import unicodedata
import weakref
from collections.abc import Iterator
from pathlib import Path
from xml.parsers import expat

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QRectF, QSize, QSizeF, QTimer
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPalette, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QHBoxLayout,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_gui.app.usecases.output import OutputCheckError, os_error_text, write_file
from negotiator_gui.core.i18n import local, tr
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.text import safe_text
from negotiator_gui.ui.charts.key import EXPORT_ROWS, ChartKey
from negotiator_gui.ui.common import jobs
from negotiator_gui.ui.common.contrast import (  # noqa: F401 - the charts' names for them
    MIN_CONTRAST,
    contrast_ratio,
    readable,
    relative_luminance,
)
from negotiator_gui.ui.common.text import literal

#: Okabe–Ito: distinguishable under protanopia, deuteranopia and tritanopia.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#E69F00",  # orange
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow (weak on white: last)
    "#000000",
)
PALETTE = OKABE_ITO
#: What ``Party.colour`` defaults to: a party with this colour has none of its own.
DEFAULT_PARTY_COLOUR = "#777777"
#: Neutral greys for context (package clouds, grids, status quo).
CLOUD_GREY = "#9A9A9A"
STATUS_QUO = "#555555"
#: Marker colours for the bargaining solutions (distinct from the first two party colours).
SOLUTION_COLOURS = {
    "nash": "#009E73",
    "kalai_smorodinsky": "#CC79A7",
    "egalitarian": "#E69F00",
    "utilitarian": "#56B4E9",
}
#: The Pareto frontier's line and the current package's ring, per theme (a dark grey line
#: vanished on the dark background).
FRONTIER_COLOURS = {"light": "#444444", "dark": "#C8C8C8"}
CURRENT_COLOURS = {"light": "#D00000", "dark": "#FF6E6E"}
#: Milliseconds between redraws of one chart: one frame at 60 Hz.
FRAME_MS = 16
#: During a burst of edits a chart waits between redraws for this many times its last redraw's
#: cost (at most ``FRAME_MS``): a chart redrawn in a millisecond is redrawn at every edit (a
#: wait would be latency, not saved work), a costly one at most once a frame.
BURST_FACTOR = 4

THEMES: dict[str, dict[str, str]] = {
    "light": {
        "background": "#FFFFFF",
        "foreground": "#202020",
        "grid": "#D0D0D0",
        "zopa": "#2E7D32",
    },
    "dark": {
        "background": "#1E1E1E",
        "foreground": "#E0E0E0",
        "grid": "#3A3A3A",
        "zopa": "#81C784",
    },
}
_theme: str | None = None
_panels: weakref.WeakSet[ChartPanel] = weakref.WeakSet()


def current_theme() -> str:
    """ "light" or "dark": set by ``set_theme``, else guessed from the application palette."""
    if _theme is not None:
        return _theme
    app = QGuiApplication.instance()
    if app is None:
        return "light"
    window = app.palette().color(QPalette.ColorRole.Window)  # type: ignore[attr-defined]
    return "dark" if window.lightness() < 128 else "light"


def theme_colours() -> dict[str, str]:
    return THEMES[current_theme()]


def set_theme(name: str | None) -> None:
    """Switch every chart to ``name`` ("light", "dark", or None to follow the palette)."""
    global _theme
    if name is not None and name not in THEMES:
        raise ValueError(f"unknown theme {name!r}")
    _theme = name
    for panel in list(_panels):
        if shiboken6.isValid(panel):
            panel.apply_theme()


def party_colour(scenario: Scenario | None, party_id: str) -> QColor:
    """The party's colour everywhere: ``Party.colour`` if set, else a stable palette pick by the
    party's position in the scenario (so two parties without colours never share one)."""
    if scenario is not None:
        for k, party in enumerate(scenario.parties):
            if party.id == party_id:
                if party.colour and party.colour.upper() != DEFAULT_PARTY_COLOUR.upper():
                    colour = QColor(party.colour)
                    if colour.isValid():
                        return colour
                return QColor(PALETTE[k % len(PALETTE)])
    return QColor(PALETTE[sum(map(ord, party_id)) % len(PALETTE)])


def party_name(scenario: Scenario | None, party_id: str) -> str:
    if scenario is not None:
        for party in scenario.parties:
            if party.id == party_id:
                return local(party, "name") or party.id
    return party_id


def text_colour(colour: QColor | str | None = None) -> QColor:
    """A chart text's colour in the current theme: ``colour`` made readable on the chart's
    background, or the theme's foreground."""
    theme = theme_colours()
    return readable(colour if colour is not None else theme["foreground"], theme["background"])


#: Characters per line of a category label on a chart axis (two lines at most): a long name
#: ("HS 90 (medical, precision and optical instruments): micro σ") must not take the plot's
#: room. East Asian characters count double.
AXIS_LABEL_CHARS = 28


def axis_label(text: str, chars: int = AXIS_LABEL_CHARS, lines: int = 2) -> str:
    """``text`` wrapped on word boundaries into at most ``lines`` lines of ``chars`` columns,
    the rest elided with "…" (the full text belongs in a tooltip or the legend)."""
    out: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if _columns(candidate) <= chars or not line:
            line = candidate
            continue
        out.append(line)
        line = word
    if line:
        out.append(line)
    if not out:
        return ""
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1].rstrip(",;:") + "…"
    return "\n".join(_clip(x, chars) for x in out)


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(line: str, chars: int) -> str:
    """One line no wider than ``chars`` columns (a single word longer than a line is cut)."""
    if _columns(line) <= chars:
        return line
    while line and _columns(line) > chars - 1:
        line = line[:-1]
    return line + "…"


def narrow_title(item: pg.PlotItem) -> None:
    """Let a plot be narrower than its title (pyqtgraph makes a title's width the plot's
    minimum, so a long title pushed the plot out of its panel): the title is clipped instead."""
    item.titleLabel.setMinimumWidth(0)


def style_plot(plot: pg.PlotWidget) -> None:
    """Background, axis and grid colours of the current theme."""
    colours = theme_colours()
    plot.setBackground(colours["background"])
    item = plot.getPlotItem()
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(colours["foreground"]))
        axis.setTextPen(pg.mkPen(colours["foreground"]))
        # major and minor ticks and grid lines, not pyqtgraph's third, finest level: it is
        # barely visible, and drawing its many grid lines was half the cost of a repaint
        axis.setStyle(maxTickLevel=1)
    item.showGrid(x=True, y=True, alpha=0.25)
    legend = item.legend
    if legend is not None:
        legend.setLabelTextColor(colours["foreground"])
        legend.setBrush(pg.mkBrush(colours["background"] + "D0"))
        legend.setPen(pg.mkPen(colours["grid"]))
    cache_static(item)


def cache_static(item: pg.PlotItem) -> None:
    """Keep the axes and the legend as pixmaps (see ``_cached_items``); again after legend
    entries were added (each entry is an item of its own). An item already cached is left
    alone: setting the mode again would throw its pixmap away."""
    for cached in _cached_items(item):
        if cached.cacheMode() != QGraphicsItem.CacheMode.DeviceCoordinateCache:
            cached.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        shows = getattr(cached, "item", None)  # a legend sample draws its item's look
        opts = getattr(shows, "opts", None)
        if isinstance(opts, dict):
            look = tuple((k, _look(opts.get(k))) for k in _LOOK_KEYS)
            if getattr(cached, "_drawn_look", None) != look:
                cached._drawn_look = look
                cached.update()  # restyled (a theme, a party colour): its pixmap is redrawn


#: The options a legend sample draws from its item (pyqtgraph's ItemSample.paint).
_LOOK_KEYS = (
    "pen",
    "brush",
    "fillLevel",
    "fillBrush",
    "symbol",
    "symbolPen",
    "symbolBrush",
    "symbolSize",
    "size",
)


def _look(value: object) -> object:
    """A comparable form of a pen or brush (they compare by identity otherwise)."""
    if isinstance(value, QPen):
        return ("pen", value.color().rgba(), value.widthF(), value.style().value)
    if isinstance(value, QBrush):
        return ("brush", value.color().rgba(), value.style().value)
    if isinstance(value, list | tuple):
        return tuple(_look(v) for v in value)
    return repr(value)


def _cached_items(item: pg.PlotItem) -> list[QGraphicsItem]:
    """The axes (with their grid lines) and the legend: text, which is slow to draw, and which
    an edit seldom changes. Kept as pixmaps of the view, they are blitted when another item
    repaints the chart (a new package, a moved BATNA) instead of laid out and drawn again
    (about a millisecond per axis); they are drawn afresh whenever they change."""
    out: list[QGraphicsItem] = [item.getAxis(name) for name in ("left", "bottom", "right", "top")]
    if item.legend is not None:
        stack = [item.legend]
        while stack:  # the legend, its layout's entries (sample and label) and their parts
            it = stack.pop()
            out.append(it)
            stack.extend(it.childItems())
    return out


@contextlib.contextmanager
def _uncached(item: pg.PlotItem) -> Iterator[None]:
    """Exports draw at another size or as vectors: from the items, never from screen pixmaps."""
    items = _cached_items(item)
    for it in items:
        it.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for it in items:
            it.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def _plot_item(plot) -> pg.PlotItem:
    return plot.getPlotItem() if hasattr(plot, "getPlotItem") else plot


def export_plot(plot_widget, path: str | Path, key: ChartKey | None = None) -> Path:
    """Write the chart to ``path``: .svg as vector graphics, anything else (.png) as an image at
    twice the on-screen size (sharp when pasted into a slide).

    Like every file Negotiator writes, through a temporary file that is checked before it
    replaces ``path`` (an SVG must parse as XML, an image must load), so a failed export
    leaves no partial file. An SVG carries the chart's texts (party names, titles) as XML
    text: characters XML cannot hold are replaced by U+FFFD, as in every other output. With a
    ``key``, the key is drawn under the plot, as on screen (through Qt's painter)."""
    path = Path(path)
    item = _plot_item(plot_widget)
    svg = path.suffix.lower() == ".svg"

    def write(tmp: Path) -> None:
        # the exporters choose the format by the name's suffix: write beside, then move in
        target = tmp.with_name(tmp.name + (path.suffix or ".png"))
        try:
            with _uncached(item):
                if key is None:
                    _export(item, target)
                else:
                    _export_with_key(item, key, target)
            if svg:
                text = target.read_text("utf-8", errors="replace")
                target.write_text(safe_text(text), "utf-8")
            target.replace(tmp)
        finally:
            target.unlink(missing_ok=True)
        (_check_svg if svg else _check_image)(tmp)

    write_file(path, write)
    return path


def _check_svg(tmp: Path) -> None:
    try:
        with open(tmp, "rb") as fh:
            expat.ParserCreate().ParseFile(fh)
    except expat.ExpatError as exc:
        raise OutputCheckError(
            tr("the chart's SVG is not well-formed XML ({why}), so it was not saved").format(
                why=exc
            )
        ) from exc


def _check_image(tmp: Path) -> None:
    if QImage(str(tmp)).isNull():
        raise OutputCheckError(tr("the chart's image cannot be read back, so it was not saved"))


def _export(item: pg.PlotItem, path: Path) -> Path:
    if path.suffix.lower() == ".svg":
        try:
            from pyqtgraph import exporters  # with the first export, not at start-up

            exporters.SVGExporter(item).export(str(path))
        except (ValueError, IndexError):
            # pyqtgraph 0.14's SVG post-processing chokes on the "Z" (close path) Qt 6 writes;
            # render the same scene through Qt's own SVG generator instead (still vectors).
            _svg_via_qt(item, path)
        return path
    else:
        from pyqtgraph import exporters  # with the first export, not at start-up

        exporter = exporters.ImageExporter(item)
        width = max(int(item.sceneBoundingRect().width()), 400)
        exporter.parameters()["width"] = width * 2
    exporter.export(str(path))
    return path


def _export_with_key(item: pg.PlotItem, key: ChartKey, path: Path) -> None:
    """The plot and, under it, its key: an SVG through Qt's generator (vectors), an image at
    twice the on-screen size."""
    rect = item.sceneBoundingRect()
    width, height = rect.width(), rect.height()
    key_height = key.heightForWidth(int(width), EXPORT_ROWS)
    total = QSizeF(width, height + key_height)
    if path.suffix.lower() == ".svg":
        device = QSvgGenerator()
        device.setFileName(str(path))
        device.setSize(total.toSize())
        device.setViewBox(QRectF(0, 0, total.width(), total.height()))
        device.setTitle(tr("Negotiator chart"))
        scale = 1.0
    else:
        scale = 2.0
        device = QImage((total * scale).toSize(), QImage.Format.Format_ARGB32)
    painter = QPainter(device)
    try:
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, total.width(), total.height()), key.colours()[1])
        item.scene().render(painter, QRectF(0, 0, width, height), rect)
        painter.translate(0, height)
        key.paint_to(painter, int(width), EXPORT_ROWS)
    finally:
        painter.end()
    if isinstance(device, QImage):
        device.save(str(path))


def _svg_via_qt(item: pg.PlotItem, path: Path) -> None:
    rect = item.sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(rect.width()), int(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(tr("Negotiator chart"))
    painter = QPainter(generator)
    try:
        painter.fillRect(
            QRectF(0, 0, rect.width(), rect.height()), QColor(theme_colours()["background"])
        )
        item.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    finally:
        painter.end()


def copy_plot(plot_widget, key: ChartKey | None = None) -> None:
    """Put the chart (and its key, under it) on the clipboard as an image (for pasting into a
    note or a slide)."""
    widget = plot_widget if isinstance(plot_widget, QWidget) else None
    if widget is not None:
        shot = widget.grab()
        if key is not None:  # in logical pixels, at the screen's pixel ratio
            ratio = shot.devicePixelRatio()
            width, height = round(shot.width() / ratio), round(shot.height() / ratio)
            key_height = key.heightForWidth(width, EXPORT_ROWS)
            image = QImage(
                round(width * ratio),
                round((height + key_height) * ratio),
                QImage.Format.Format_ARGB32,
            )
            image.setDevicePixelRatio(ratio)
            image.fill(key.colours()[1])
            painter = QPainter(image)
            try:
                painter.drawPixmap(0, 0, shot)
                painter.translate(0, height)
                key.paint_to(painter, width, EXPORT_ROWS)
            finally:
                painter.end()
            QGuiApplication.clipboard().setImage(image)
            return
        QGuiApplication.clipboard().setPixmap(shot)
        return
    item = _plot_item(plot_widget)
    with _uncached(item):
        from pyqtgraph import exporters  # with the first copy, not at start-up

        exporters.ImageExporter(item).export(copy=True)


class ChartPanel(QWidget):
    """A chart with a small toolbar (Export…, Copy) and a redraw coalesced to one per frame.

    Subclasses put their plot in ``self.plot`` (via ``set_plot``), implement ``redraw`` and call
    ``schedule_redraw`` from every change handler; ``apply_theme`` restyles on a theme switch.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot: pg.PlotWidget | None = None
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(FRAME_MS)
        self._last_redraw = 0.0
        self._redraw_cost_ms = float(FRAME_MS)  # until measured: at most one redraw a frame
        self._redraw_timer.timeout.connect(self._do_redraw)
        #: A redraw on the next turn, in posted-event order (see ``jobs.Soon``).
        self._redraw_soon = jobs.Soon(self, self._do_redraw)
        #: An update was asked for while hidden: made when the panel is shown.
        self.stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        self.toolbar = QHBoxLayout()
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        self.toolbar.addStretch(1)
        self.export_button = QToolButton(self)
        self.export_button.setText(tr("Export…"))
        self.export_button.setToolTip(tr("Save the chart as PNG or SVG"))
        self.export_button.clicked.connect(self.export_dialog)
        self.copy_button = QToolButton(self)
        self.copy_button.setText(tr("Copy"))
        self.copy_button.setToolTip(tr("Copy the chart to the clipboard as an image"))
        self.copy_button.clicked.connect(self.copy)
        self.toolbar.addWidget(self.export_button)
        self.toolbar.addWidget(self.copy_button)
        layout.addLayout(self.toolbar)
        #: What the chart's colours, lines and symbols mean (see ``charts_key``).
        self.key = ChartKey(theme_colours, self)
        self.key.setVisible(False)  # until it has entries
        _panels.add(self)

    #: The share of the panel's height the key may take before it goes compact (a small dock
    #: keeps most of its height for the plot).
    key_share = 0.3

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_key()

    def _fit_key(self) -> None:
        rows = int(self.height() * self.key_share) // max(self.key._row_height(), 1)
        self.key.set_max_rows(rows)

    def set_plot(self, plot: pg.PlotWidget) -> None:
        self.plot = plot
        plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.layout().addWidget(plot, 1)
        self.layout().addWidget(self.key)  # under the plot: it never covers the data
        style_plot(plot)
        for action in plot.scene().contextMenu:  # pyqtgraph's own "Export..." (right-click)
            action.setText(tr("Export…"))
            action.setToolTip(tr("Export the chart with pyqtgraph's exporters (image, SVG, CSV)"))

    def schedule_redraw(self) -> None:
        """Ask for a redraw; any number of calls within one turn of the event loop give one
        redraw. It comes on the next turn unless the last redraw was recent: then it waits until
        ``BURST_FACTOR`` times that redraw's cost (at most a frame) has passed since it, so a
        costly chart redraws at most once a frame during a burst and a cheap one never waits."""
        jobs.touch()
        if jobs.hidden(self):
            self.stale = True
            return
        if not self._redraw_timer.isActive() and not self._redraw_soon.isActive():
            since = (time.monotonic() - self._last_redraw) * 1000
            wait = int(min(float(FRAME_MS), BURST_FACTOR * self._redraw_cost_ms) - since)
            if wait > 0:
                self._redraw_timer.start(wait)
            else:
                self._redraw_soon.start()

    def redraw_soon_or_now(self) -> None:
        """Like ``schedule_redraw``, but redraw at once when it would come on the next turn: for
        a caller that is itself coalesced (run once per turn however many edits came), so the
        redraw is not queued behind the repaints its edit asked for."""
        jobs.touch()
        if jobs.hidden(self):
            self.stale = True
            return
        if self._redraw_timer.isActive():
            return  # a burst: the redraw waits for its turn
        since = (time.monotonic() - self._last_redraw) * 1000
        if min(float(FRAME_MS), BURST_FACTOR * self._redraw_cost_ms) - since >= 1:
            self.schedule_redraw()
            return
        self._do_redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.became_visible()

    def became_visible(self) -> None:
        """Shown after updates were asked for while hidden: redraw (panels whose work starts
        before the redraw do that work here)."""
        self.schedule_redraw()

    def flush(self) -> None:
        """Redraw now if one is pending (tests, export)."""
        if not self.is_idle():
            self._redraw_timer.stop()
            self._redraw_soon.stop()
            self._do_redraw()

    def is_idle(self) -> bool:
        """No redraw pending: the plot shows the data (benchmarks and tests wait on it; panels
        with background work extend it)."""
        return not self._redraw_timer.isActive() and not self._redraw_soon.isActive()

    def _do_redraw(self) -> None:
        self._redraw_timer.stop()
        self._redraw_soon.stop()
        jobs.touch()  # slow analysis waits for the charts to be quiet
        start = time.monotonic()
        try:
            self.redraw()
            if self.plot is not None:
                cache_static(_plot_item(self.plot))  # legend entries added by this redraw
        finally:
            self._last_redraw = time.monotonic()
            self._redraw_cost_ms = (self._last_redraw - start) * 1000

    def redraw(self) -> None:  # pragma: no cover - subclasses draw
        """Update the plot items from the current data (``setData``, never re-create)."""

    def apply_theme(self) -> None:
        if self.plot is not None:
            style_plot(self.plot)
        self.key.update()
        self.schedule_redraw()

    def export(self, path: str | Path) -> Path:
        self.flush()
        return export_plot(self.plot, path, self.key if self.key.entries() else None)

    def copy(self) -> None:
        self.flush()
        if self.plot is not None:
            copy_plot(self.plot, self.key if self.key.entries() else None)

    def export_dialog(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, tr("Export chart"), "", tr("PNG image (*.png);;SVG drawing (*.svg)")
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".svg" if "svg" in chosen.lower() else ".png"
        try:
            self.export(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                tr("Export chart"),
                literal(tr("Could not save: {e}").format(e=os_error_text(exc))),
            )
        except OutputCheckError as exc:
            QMessageBox.warning(
                self, tr("Export chart"), literal(tr("Could not save: {e}").format(e=exc))
            )
