"""A word-wrapped label that keeps the height its text needs.

Qt lays a wrapped ``QLabel`` out by its minimum size hint, one line high, so in a dock (whose
content sits in a scroll area) a label of two or three lines was squeezed to one and its text
cut in half. ``WrapLabel`` keeps its minimum height at what its text needs at its current
width: the panel scrolls instead, and every line stays readable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class WrapLabel(QLabel):
    """A word-wrapped label whose minimum height follows its text and width (see the module
    doc)."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)
        # what these labels say holds the scenario's names: shown as written, never as HTML
        self.setTextFormat(Qt.TextFormat.PlainText)

    @classmethod
    def note(cls, tip: str) -> WrapLabel:
        """A grey note beside figures (what they average over, what they cover)."""
        label = cls()
        label.setStyleSheet("color: #555;")
        label.setToolTip(tip)
        return label

    @classmethod
    def warning(cls) -> WrapLabel:
        """A red warning about the figures beside it, hidden until there is one."""
        label = cls()
        label.setStyleSheet("color: #b3261e; font-weight: bold;")
        label.setVisible(False)
        return label

    def _fit(self) -> None:
        need = self.heightForWidth(self.width()) if self.text() else 0
        if need != self.minimumHeight():
            self.setMinimumHeight(max(need, 0))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()
