"""A one-line label that shortens its text with "…" when its space is narrow.

A status line in a chart's toolbar (``50,000 of 1,244,160 packages (sample) · 165 frontier
points``) must not widen the chart past a laptop's side dock, and must not wrap either: a
wrapped label changes height as its text changes, which re-lays out the plot and repaints its
axes on every edit. This label keeps one line's height, asks for its whole text's width when
there is room and for a few characters' width at least, and draws the text cut to fit.
``text()`` is always the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyleOption


class ElidedLabel(QLabel):
    """A QLabel for plain text on one line, cut at the right with "…" when narrow."""

    #: The least width asked for, in average characters.
    MIN_CHARS = 8

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * self.MIN_CHARS, fm.height())

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance(self.text()) + 4, fm.height())

    def is_elided(self) -> bool:
        """Whether the text is shown cut (its whole text does not fit)."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()) | int(Qt.AlignmentFlag.AlignVCenter),
            option.palette,
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )
