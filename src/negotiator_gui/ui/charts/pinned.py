"""The packages pinned by the comparison ("A", "B") on the utility chart: a square marker each
with its letter and the package's name written beside it, so the marks explain themselves;
the chart's key under the plot names them too ("Pinned A: …").

The chart owns one ``PinnedMarks`` and calls ``place`` when it redraws: a pin whose package the
space cannot evaluate (an issue open, an option not in this scenario) is not drawn.
"""

from __future__ import annotations

from collections.abc import Mapping

import pyqtgraph as pg

from negotiator_gui.core import bargaining
from negotiator_gui.core.pins import Pin
from negotiator_gui.ui.charts import base as charts_base
from negotiator_gui.ui.charts.marks import MarksItem, add_marks

PIN_COLOUR = "#6a1b9a"


class PinnedMarks:
    """Markers and text labels for the session's pins on one plot."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self.plot_item = plot_item
        self.marks = add_marks(
            plot_item,
            MarksItem(
                symbol="s", size=14, symbol_pen=pg.mkPen(PIN_COLOUR, width=3), symbol_brush=None
            ),
        )
        self.marks.setZValue(18)
        self.texts: dict[str, pg.TextItem] = {}
        #: What is drawn: letter → (x, y) in points (tests read it).
        self.shown: dict[str, tuple[float, float]] = {}

    def place(self, space: bargaining.Space | None, pins: Mapping[str, Pin]) -> None:
        """Draw ``pins`` at their utilities in ``space`` (the first two parties: x, y)."""
        self.shown = {}
        for letter, pin in sorted(pins.items()):
            if space is None:
                break
            try:
                u = bargaining.to_points(space.utility(space.index_of(pin.choices)))
            except bargaining.AnalysisError:
                continue
            self.shown[letter] = (float(u[0]), float(u[1]))
        xs = [xy[0] for xy in self.shown.values()]
        ys = [xy[1] for xy in self.shown.values()]
        self.marks.setData(xs, ys)
        for letter in list(self.texts):
            if letter not in self.shown:
                self.texts[letter].setVisible(False)
        for letter, (x, y) in self.shown.items():
            text = self.texts.get(letter)
            if text is None:
                text = self.texts[letter] = pg.TextItem(anchor=(0, 0), color=PIN_COLOUR)
                text.setZValue(18)
                self.plot_item.addItem(text, ignoreBounds=True)
            label = f"{letter}: {pins[letter].name}"
            colour = charts_base.text_colour(PIN_COLOUR)  # readable in either theme
            if text.toPlainText() != label or text.color != colour:
                text.setText(label, color=colour)
            # above the marker, on its left in the right half so the label stays on the plot
            text.setAnchor((1.1, 1.0) if x > 50 else (-0.1, 1.0))
            text.setPos(x, y)
            text.setVisible(True)

    def text(self, letter: str) -> str:
        """The label shown beside pin ``letter`` ("" when it is not drawn)."""
        item = self.texts.get(letter)
        return item.toPlainText() if item is not None and item.isVisible() else ""
