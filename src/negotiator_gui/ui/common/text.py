"""User text shown exactly as written, never as Qt rich text.

Qt guesses the format of the text given to a ``QLabel`` (``Qt.AutoText``), a ``QMessageBox``
(text and informative text) and a tooltip: if the first line looks like it holds an HTML tag
(``Qt.mightBeRichText``), it is rendered as HTML. A card titled ``<img src="x">``, a party named
``<b>EU</b>`` or a note with ``<a href=...>`` (which a message box would even open as a link)
came out formatted, as an image or as a link. Names, titles, labels and notes come from files a
colleague sent, so they are shown as text, whatever they hold:

- a ``QLabel`` that shows user text is made with ``plain_label`` (or passed to it):
  ``Qt.PlainText``, so later ``setText`` calls are safe too;
- a tooltip, a model's ``ToolTipRole``, a message box's text, or any text whose format Qt
  guesses goes through ``literal``: unchanged when Qt would take it as plain text anyway,
  otherwise escaped inside a paragraph that keeps its spaces and line breaks;
- a label with a buddy (``setBuddy``; ``QFormLayout.addRow`` with a string label makes one)
  reads ``&`` as a shortcut marker ("R&D" shows as "RD"): its user text goes through
  ``no_mnemonic``;
- user text put into a string of ours that is HTML on purpose (pyqtgraph titles, legends and
  axis labels are HTML; a bold label of ours) goes through ``escape``.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QWidget

_PRE = '<p style="white-space:pre-wrap">{}</p>'


def escape(text: object) -> str:
    """``text`` (any value: a name, a number) as HTML that shows it as written."""
    return html.escape(str(text), quote=False)


def literal(text: str) -> str:
    """``text`` for a place where Qt guesses the format (tooltip, message box, ``QLabel``), so
    that it is shown as written: unchanged if Qt would show it as plain text anyway; otherwise
    escaped HTML that keeps its spaces and line breaks."""
    if not Qt.mightBeRichText(text):
        return text
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # <br>, not a newline: the HTML parser drops a newline at either end of a paragraph
    return _PRE.format("<br>".join(escape(line) for line in lines))


def plain_label(label: QLabel | str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as written, whatever is set later: a new one with ``label``
    as its text, or ``label`` itself (a ``QLabel``) made plain."""
    if isinstance(label, QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label
    made = QLabel(parent)
    made.setTextFormat(Qt.TextFormat.PlainText)
    made.setText(label)
    return made


def no_mnemonic(text: str) -> str:
    """``text`` for a label with a buddy, which takes ``&`` for a shortcut marker: each ``&``
    doubled, so "R&D" shows as written."""
    return text.replace("&", "&&")
