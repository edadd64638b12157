"""Find the English left in a window running in Japanese.

A scenario whose free text (titles, names, notes…) is all Japanese is opened, so every ASCII
word still on screen comes from the program, not from the user's data: it is either an id or a
code from the scenario (party ids, HS codes), a technical term kept in Latin letters in Japanese
documents (BATNA, ZOPA, Excel, PDF…), or a string somebody forgot to translate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from negotiator_gui.paths import default_scenario_path

#: Kept in Latin letters in Japanese government and business documents.
TECHNICAL = {
    "Negotiator", "BATNA", "ZOPA", "MFN", "HS", "USD", "JPY", "EUR", "PNG", "SVG", "PDF", "CSV",
    "JSON", "XML", "HTML", "SQLite", "Excel", "GENIUS", "Nash", "KS", "CES", "SMART", "WITS",
    "USTR", "LNG", "GDP", "ID", "OK", "Ctrl", "Shift", "Alt", "Del", "Esc", "Tab", "Enter",
    "Return", "Space", "Backspace", "Home", "End", "PgUp", "PgDown", "Up", "Down", "Left", "Right",
    "Ins", "Meta", "Qt", "PySide", "English", "xlsx",
}  # fmt: skip
#: Free-text fields of the scenario file, replaced with Japanese.
TEXT_KEYS = {
    "title", "label", "name", "notes", "note", "description", "rationale",
    "source", "sources", "legal_ref", "tags", "author", "uncovered",
}  # fmt: skip
#: Fields holding ids and codes, which the window may show as they are (enum fields such as
#: ``authority`` or ``kind`` are not here: they must be shown translated).
ID_KEYS = {
    "id", "party", "owner", "issue", "option", "product", "importer", "exporter", "imposing",
    "targets", "perspective", "unit", "include", "exclude", "excludes", "links", "programme",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
TAG = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")


def japanese_scenario_file(folder: Path) -> tuple[Path, set[str]]:
    """The default scenario with Japanese free text, and the ASCII words left in it (ids and
    codes, which may legitimately be shown)."""
    doc = json.loads(default_scenario_path().read_text(encoding="utf-8"))
    counter = iter(range(1, 1_000_000))
    kept: set[str] = set()

    def walk(node, key=None):
        if isinstance(node, dict):
            return {k: walk(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, key) for v in node]
        if isinstance(node, str):
            if key in TEXT_KEYS:
                return f"日本語{next(counter)}"
            if key in ID_KEYS:
                kept.update(WORD.findall(node))
        return node

    out = folder / "japanese.scenario.json"
    out.write_text(json.dumps(walk(doc), ensure_ascii=False), encoding="utf-8")
    return out, kept


def _model_texts(model: QAbstractItemModel, rows: int = 6) -> Iterator[tuple[str, str]]:
    D, T = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # list models hide columnCount
        columns = 1
    for col in range(columns):
        for role, what in ((D, "header"), (T, "header tip")):
            yield what, model.headerData(col, Qt.Orientation.Horizontal, role)
    for row in range(min(rows, model.rowCount(QModelIndex()))):
        for col in range(columns):
            index = model.index(row, col)
            yield "cell", model.data(index, D)
            yield "cell tip", model.data(index, T)


def _plot_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    plot = getattr(widget, "getPlotItem", None)
    if plot is None:
        return
    item = plot()
    yield "chart title", item.titleLabel.text
    for name, axis in item.axes.items():
        yield f"{name} axis", axis["item"].labelText
    legend = item.legend
    for _sample, label in getattr(legend, "items", []) if legend else []:
        yield "legend", label.text


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of text a user can see or hover in ``root``."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}({w.objectName() or ''})"
        yield f"{name} tooltip", w.toolTip()
        yield f"{name} status tip", w.statusTip()
        if w.isWindow() or isinstance(w, QDockWidget):
            yield f"{name} title", w.windowTitle()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield f"{name} text", w.text()
        if isinstance(w, QGroupBox):
            yield f"{name} title", w.title()
        key_texts = getattr(w, "texts", None)  # a chart's key (ui/charts/key.py)
        if w.objectName() == "chart_key" and callable(key_texts):
            for text in key_texts():
                yield f"{name} key", text
        if isinstance(w, QLineEdit):
            yield f"{name} placeholder", w.placeholderText()
        if isinstance(w, QAbstractSpinBox):
            yield f"{name} special", w.specialValueText()
            for part in ("prefix", "suffix"):
                if hasattr(w, part):
                    yield f"{name} {part}", getattr(w, part)()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name} item", w.itemText(i)
                yield f"{name} item tip", w.itemData(i, Qt.ItemDataRole.ToolTipRole)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name} tab", w.tabText(i)
                yield f"{name} tab tip", w.tabToolTip(i)
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name} tab", w.tabText(i)
        if isinstance(w, QMenu):
            yield f"{name} title", w.title()
        if isinstance(w, QTextEdit):
            yield f"{name} text", w.toPlainText()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            for what, text in _model_texts(w.model()):
                yield f"{name} {what}", text
        for what, text in _plot_texts(w):
            yield f"{name} {what}", text
    for act in root.findChildren(QAction):
        name = f"action {act.objectName() or act.text()!r}"
        yield f"{name} text", act.text()
        yield f"{name} tooltip", act.toolTip()
        yield f"{name} status tip", act.statusTip()


def english(text: object, allowed: set[str]) -> list[str]:
    """The words of ``text`` that are English and not allowed."""
    if not isinstance(text, str) or not text:
        return []
    plain = TAG.sub(" ", text)
    return [w for w in WORD.findall(plain) if w not in allowed and w not in TECHNICAL]


def untranslated(root: QWidget, allowed: set[str]) -> list[str]:
    """One line per piece of visible text with English in it: where, the words, the text."""
    seen: set[tuple[str, str]] = set()
    out = []
    for where, text in texts(root):
        words = english(text, allowed)
        if words and (where, str(text)) not in seen:
            seen.add((where, str(text)))
            out.append(f"{where}: {' '.join(sorted(set(words)))!s} ← {str(text)[:120]!r}")
    return out


def controls_without_tooltip(root: QWidget) -> list[str]:
    """Every control a user can act on (buttons, fields, lists, tables, sliders, charts) that
    has no tooltip, named by class, object name and text."""
    from PySide6.QtWidgets import QAbstractSlider, QToolButton

    kinds = (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QAbstractSpinBox,
        QAbstractSlider,
        QAbstractItemView,
        QTextEdit,
    )
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, kinds) and not hasattr(w, "getPlotItem"):
            continue
        parent = w.parentWidget()
        # parts of a compound control (a combo's line edit, a spin box's editor, a scroll
        # bar, the header of a table, a tab bar's scroll arrows) share their owner's tooltip
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
            continue
        if type(w).__name__ in {"QScrollBar", "QHeaderView", "QTabBar", "QDockWidgetTitleButton"}:
            continue
        if isinstance(w, QToolButton) and (
            w.defaultAction() is not None and w.defaultAction().toolTip()
        ):
            continue
        if w.objectName().startswith("qt_") or isinstance(parent, (QLineEdit, QTabBar)):
            continue  # Qt's own parts: dock title buttons, overflow arrows, clear buttons
        if w.window() is not root:
            continue  # a popup's parts (a combo's drop-down list)
        if not w.toolTip().strip():
            text = getattr(w, "text", lambda: "")() if not isinstance(w, QTextEdit) else ""
            out.append(f"{type(w).__name__}({w.objectName()}) {text!r} in {type(parent).__name__}")
    return out


def japanese_window(qtbot, folder: Path, settings) -> tuple[Any, set[str]]:
    """The main window on a scenario file whose free text is Japanese (``japanese_scenario_file``
    in ``folder``), with the test's ``settings``: (window, the words allowed to stay as they
    are). Closed by pytest-qt without an unsaved-changes prompt."""
    from negotiator_gui.app.document import Document
    from negotiator_gui.ui.shell.main_window import MainWindow

    path, allowed = japanese_scenario_file(folder)
    w = MainWindow(Document.open_file(str(path)), settings)
    qtbot.addWidget(w, before_close_func=lambda win: win.document.stack.set_clean())
    return w, allowed


def check_translated(widget: QWidget, allowed: set[str]) -> None:
    """Fail, naming them, on English left in ``widget`` and on controls without a tooltip."""
    found = untranslated(widget, allowed)
    assert not found, f"{len(found)} untranslated:\n" + "\n".join(found)
    missing = controls_without_tooltip(widget)
    assert not missing, f"{len(missing)} controls without a tooltip:\n" + "\n".join(missing)
