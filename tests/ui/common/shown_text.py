"""What a user sees of the text in a window: labels, tooltips (widgets, actions, model cells) and
chart text, rendered the way Qt renders it (rich text through a ``QTextDocument``), so a test can
check that markup in user text comes out as characters, not as formatting."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtGui import QAction, Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QWidget,
)

from negotiator_gui.core.model import Scenario

#: Fields of the scenario that hold free text a colleague typed (names, titles, labels, notes).
TEXT_FIELDS = {
    "name",
    "title",
    "label",
    "description",
    "notes",
    "note",
    "owner",
    "rationale",
    "batna",
    "source",
    "legal_ref",
    "author",
}
#: List fields of free text.
TEXT_LISTS = {"tags", "sources"}


def hostile(scenario: Scenario, markup: str) -> Scenario:
    """``scenario`` with ``markup`` in front of every free text (names, titles, notes...); each
    keeps its own text after it, so names stay distinct."""

    def visit(obj: object) -> None:
        if isinstance(obj, list):
            for x in obj:
                visit(x)
        elif isinstance(obj, dict):
            for x in obj.values():
                visit(x)
        elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            for f in dataclasses.fields(obj):
                value = getattr(obj, f.name)
                if f.name in TEXT_FIELDS and isinstance(value, str):
                    setattr(obj, f.name, f"{markup}{value}" if value else markup)
                elif f.name in TEXT_LISTS and isinstance(value, list):
                    setattr(obj, f.name, [f"{markup}{v}" for v in value])
                else:
                    visit(value)

    visit(scenario)
    return scenario


def rendered(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt shows of ``text`` given with format ``fmt`` (AutoText: Qt guesses, as a label, a
    tooltip and a message box do)."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def html_shown(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def _mnemonic_shown(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model's is private in PySide6
        return 1


def _model_tips(model: QAbstractItemModel, where: str) -> Iterator[tuple]:
    parent = QModelIndex()  # the window's models are tables and lists
    columns = _columns(model, parent)
    for row in range(min(model.rowCount(parent), 200)):
        for col in range(columns):
            index = model.index(row, col, parent)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and tip:
                yield f"{where} cell ({row}, {col}) tooltip", tip, Qt.TextFormat.AutoText
    for col in range(columns):
        tip = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if isinstance(tip, str) and tip:
            yield f"{where} header {col} tooltip", tip, Qt.TextFormat.AutoText


def texts(window: QWidget) -> Iterator[tuple[str, str, Qt.TextFormat]]:
    """(where, text, format) of every text the window shows or shows on hovering."""
    for w in [window, *window.findChildren(QWidget)]:
        name = f"{type(w).__name__} {w.objectName()!r}"
        if isinstance(w, QLabel):
            text, fmt = w.text(), w.textFormat()
            if w.buddy() is not None and rendered(text, fmt) == text:
                # a label with a buddy takes '&' for a shortcut marker: "&&" shows as "&"
                text, fmt = _mnemonic_shown(text), Qt.TextFormat.PlainText
            yield f"{name} text", text, fmt
        if w.toolTip():
            yield f"{name} tooltip", w.toolTip(), Qt.TextFormat.AutoText
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from _model_tips(w.model(), name)
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                if isinstance(item, QGraphicsTextItem):
                    yield f"{name} chart text", item.toHtml(), Qt.TextFormat.RichText
                tip = item.toolTip()
                if tip:
                    yield f"{name} chart item tooltip", tip, Qt.TextFormat.AutoText
    for action in window.findChildren(QAction):
        if action.toolTip():
            yield f"action {action.text()!r} tooltip", action.toolTip(), Qt.TextFormat.AutoText


def misread(window: QWidget, markup: str, probe: str) -> list[str]:
    """Texts of ``window`` that hold user text (``probe``: a word of ``markup``) but do not show
    ``markup`` character for character."""
    bad = []
    expected = " ".join(markup.split())  # HTML (chart text) folds runs of spaces: fine
    for where, text, fmt in texts(window):
        shown = rendered(text, fmt)
        if probe in shown and expected not in " ".join(shown.split()):
            bad.append(f"{where}: {text[:160]!r} shows as {shown[:120]!r}")
    return bad
