"""The issues and preferences editor: issues × options with each party's scores, weights as 100
points with locking sliders, reservation values, and the selected option's tariff effects and
commitments, all edited in place.

Every edit is a command on the document (one undo step, named in the Edit menu). A refused edit
leaves the scenario as it was and shows the validator's message in red next to the control that
made it, where the user is looking, instead of a dialog that interrupts typing.

Keys in the options table: F2 edits a cell, Insert adds an option to the current issue, Delete
removes the current option, Ctrl+Up / Ctrl+Down move it within its issue, Ctrl+Shift+Up /
Ctrl+Shift+Down move the whole issue, Ctrl+Shift+I adds an issue.

Run alone for a quick look: ``python -m negotiator_gui.ui.preferences.editor``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_gui.app.document import Document
from negotiator_gui.core import edits, package_math
from negotiator_gui.core.commands import Command
from negotiator_gui.core.i18n import local, tr
from negotiator_gui.core.model import Issue, Option
from negotiator_gui.ui.common.text import literal, plain_label
from negotiator_gui.ui.preferences.models import (
    CommandModel,
    CommitmentsModel,
    EditorDelegate,
    EffectsModel,
    ScoresModel,
)
from negotiator_gui.ui.preferences.weights import WeightsPanel


class ErrorLabel(QLabel):
    """A refused edit's reason, in red beside the control; cleared by the next accepted edit."""

    def __init__(self) -> None:
        super().__init__()
        plain_label(self)  # the reason quotes the refused value
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(tr("Why the last change was refused; the scenario was left as it was"))
        self.hide()

    def show_error(self, text: str) -> None:
        # the validator names the JSON path of the bad value: useful in the tooltip, noise inline
        self.setText("⚠ " + re.sub(r"\$[^:\s]*: ", "", text))
        self.setToolTip(literal(text))
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def _key(key: Qt.Key) -> str:
    """A key's name as the platform shows it in shortcuts."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def _button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAutoRaise(False)
    return button


def _table(model: CommandModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(EditorDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setAlternatingRowColors(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setAccessibleName(name)
    view.setWordWrap(False)
    return view


class EffectsPane(QWidget):
    """The selected option's tariff effects and commitments, edited in place."""

    def __init__(self, editor: PreferencesEditor) -> None:
        super().__init__()
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = plain_label()  # issue → option
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.effects = EffectsModel()
        self.commitments = CommitmentsModel()
        self.error = ErrorLabel()
        self.effects_view = self._section(
            layout,
            self.effects,
            tr("Tariff effects"),
            tr("Tariff changes this option makes if it is agreed"),
            self.add_effect,
            self.remove_effect,
        )
        self.commitments_view = self._section(
            layout,
            self.commitments,
            tr("Commitments"),
            tr("Purchases, investment, market access and other promises this option brings"),
            self.add_commitment,
            self.remove_commitment,
        )
        layout.addWidget(self.error)
        for model in (self.effects, self.commitments):
            model.refused.connect(self.error.show_error)
            model.accepted.connect(self.error.clear_error)

    def _section(self, layout, model, title, tip, add, remove) -> QTableView:
        row = QHBoxLayout()
        label = QLabel(title)
        label.setToolTip(tip)
        row.addWidget(label)
        row.addStretch(1)
        view = _table(model, title)
        view.setToolTip(tip)
        act_add = QAction(tr("Add"), view)
        act_add.setToolTip(
            tr("Add to the selected option ({key})").format(key=_key(Qt.Key.Key_Insert))
        )
        act_add.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        act_add.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        act_add.triggered.connect(add)
        act_remove = QAction(tr("Remove"), view)
        act_remove.setToolTip(
            tr("Remove the selected row ({key})").format(key=_key(Qt.Key.Key_Delete))
        )
        act_remove.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        act_remove.triggered.connect(remove)
        view.addActions([act_add, act_remove])
        row.addWidget(_button(act_add))
        row.addWidget(_button(act_remove))
        layout.addLayout(row)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(view, 1)
        return view

    def set_document(self, document: Document | None) -> None:
        self.effects.set_document(document)
        self.commitments.set_document(document)
        self.error.clear_error()

    def set_option(self, issue: Issue | None, option: Option | None) -> None:
        if issue is None or option is None:
            self.title.setText(tr("Select an option to see its effects"))
            self.effects.set_option("", "")
            self.commitments.set_option("", "")
            return
        self.title.setText(f"{local(issue, 'title')} → {local(option, 'label')}")
        self.title.setToolTip(literal(local(option, "description") or local(option, "label")))
        if (self.effects.issue_id, self.effects.option_id) != (issue.id, option.id):
            self.error.clear_error()
            self.effects.set_option(issue.id, option.id)
            self.commitments.set_option(issue.id, option.id)
            for view, widths in (
                (self.effects_view, (110, 260, 70)),
                (self.commitments_view, (100, 90, 200, 70, 70)),
            ):
                for k, w in enumerate(widths):
                    view.setColumnWidth(k, w)

    def _add(self, model: CommandModel, make: Callable[[], Command]) -> None:
        if model.push(make) and model.rowCount():
            view = self.effects_view if model is self.effects else self.commitments_view
            view.setCurrentIndex(model.index(model.rowCount() - 1, 0))
            view.setFocus()

    def add_effect(self) -> None:
        m, s = self.effects, self.effects.document
        if s is None or not m.issue_id:
            return
        sc = s.scenario
        self._add(
            m,
            lambda: edits.add_effect(sc, m.issue_id, m.option_id, package_math.default_effect(sc)),
        )

    def add_commitment(self) -> None:
        m, s = self.commitments, self.commitments.document
        if s is None or not m.issue_id:
            return
        sc = s.scenario
        self._add(
            m,
            lambda: edits.add_commitment(
                sc, m.issue_id, m.option_id, package_math.default_commitment(sc)
            ),
        )

    def remove_effect(self) -> None:
        row = self.effects_view.currentIndex().row()
        m = self.effects
        if m.document is not None and 0 <= row < m.rowCount():
            sc = m.document.scenario
            m.push(lambda: edits.remove_effect(sc, m.issue_id, m.option_id, row))

    def remove_commitment(self) -> None:
        row = self.commitments_view.currentIndex().row()
        m = self.commitments
        if m.document is not None and 0 <= row < m.rowCount():
            sc = m.document.scenario
            m.push(lambda: edits.remove_commitment(sc, m.issue_id, m.option_id, row))


class PreferencesEditor(QWidget):
    """The panel: options table with its buttons, weights and BATNAs, the option's effects."""

    def __init__(self, document: Document | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.model = ScoresModel()
        self.table = _table(self.model, tr("Issues and options"))
        self.table.setToolTip(
            tr(
                "Each option's score for each party (0–100). F2 or typing edits a cell; Insert "
                "adds an option, Delete removes it, Ctrl+Up/Down reorders"
            )
        )
        self.error = ErrorLabel()
        self.model.refused.connect(self.error.show_error)
        self.model.accepted.connect(self.error.clear_error)
        self.weights = WeightsPanel()
        self.weights_error = ErrorLabel()
        self.weights.refused.connect(self.weights_error.show_error)
        self.weights.accepted.connect(self.weights_error.clear_error)
        self.effects = EffectsPane(self)
        self._build()
        self._kept: tuple[str, str] | None = None
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_effects())
        if document is not None:
            self.set_document(document)

    # -- layout --
    def _actions(self) -> list[QAction]:
        def act(text: str, tip: str, key: str, slot: Callable[[], None]) -> QAction:
            a = QAction(text, self.table)
            a.setShortcut(QKeySequence(key))
            a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not while a cell is edited
            shown = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            a.setToolTip(tr("{tip} ({key})").format(tip=tip, key=shown))
            a.triggered.connect(slot)
            return a

        self.act_add_option = act(
            tr("Add"), tr("Add an option to the current issue"), "Ins", self.add_option
        )
        self.act_remove_option = act(
            tr("Remove"), tr("Remove the current option"), "Del", self.remove_option
        )
        self.act_option_up = act(
            "↑",
            tr("Move the option up within its issue"),
            "Ctrl+Up",
            lambda: self.move_option(-1),
        )
        self.act_option_down = act(
            "↓",
            tr("Move the option down within its issue"),
            "Ctrl+Down",
            lambda: self.move_option(1),
        )
        self.act_add_issue = act(
            tr("Add"), tr("Add an issue after the current one"), "Ctrl+Shift+I", self.add_issue
        )
        self.act_remove_issue = act(
            tr("Remove"),
            tr("Remove the current issue with its options and scores"),
            "Ctrl+Shift+Del",
            self.remove_issue,
        )
        self.act_issue_up = act(
            "↑", tr("Move the whole issue up"), "Ctrl+Shift+Up", lambda: self.move_issue(-1)
        )
        self.act_issue_down = act(
            "↓", tr("Move the whole issue down"), "Ctrl+Shift+Down", lambda: self.move_issue(1)
        )
        return [
            self.act_add_option,
            self.act_remove_option,
            self.act_option_up,
            self.act_option_down,
            self.act_add_issue,
            self.act_remove_issue,
            self.act_issue_up,
            self.act_issue_down,
        ]

    def _build(self) -> None:
        actions = self._actions()
        self.table.addActions(actions)
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        for k, a in enumerate(actions):
            if k % 4 == 0:
                if k:
                    bar.addSpacing(12)
                label = QLabel(tr("Option:") if k == 0 else tr("Issue:"))
                label.setToolTip(a.toolTip())
                bar.addWidget(label)
            bar.addWidget(_button(a))
        bar.addStretch(1)
        col.addLayout(bar)
        col.addWidget(self.table, 1)
        col.addWidget(self.error)
        middle = QWidget()
        mcol = QVBoxLayout(middle)
        mcol.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.weights)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        mcol.addWidget(scroll, 1)
        mcol.addWidget(self.weights_error)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(middle)
        split.addWidget(self.effects)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        split.setStretchFactor(2, 4)
        split.setChildrenCollapsible(False)
        split.setSizes([570, 550, 480])  # kept in proportion when the dock is resized
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)

    def _before_reset(self) -> None:
        self._kept = self.current()

    def _after_reset(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if self.model.columnCount():
            self.table.setColumnWidth(0, 160)
            self.table.setColumnWidth(1, 220)
            for c in range(ScoresModel.FIXED, self.model.columnCount()):
                self.table.setColumnWidth(c, max(80, header.sectionSizeHint(c) + 8))
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        kept, self._kept = self._kept, None
        if kept is not None and self.model.row_of(*kept) >= 0:
            self.select(*kept)
        elif kept is not None and self.model.row_of(kept[0]) >= 0:
            self.select(kept[0])
        self._show_effects()

    # -- the document --
    def set_document(self, document: Document | None) -> None:
        self.document = document
        self.model.set_document(document)
        self.weights.set_document(document)
        self.effects.set_document(document)
        self.error.clear_error()
        self.weights_error.clear_error()
        if self.model.rowCount():
            self.select(*self.model.key(0))
        self._show_effects()

    def current(self) -> tuple[str, str] | None:
        row = self.table.currentIndex().row()
        return self.model.key(row) if 0 <= row < self.model.rowCount() else None

    def select(self, issue_id: str, option_id: str | None = None, column: int = 1) -> None:
        row = self.model.row_of(issue_id, option_id)
        if row >= 0:
            index = self.model.index(row, column)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def _show_effects(self) -> None:
        cur = self.current()
        if cur is None or self.document is None:
            self.effects.set_option(None, None)
            return
        issue, option = self.model.option(self.model.row_of(*cur))
        self.effects.set_option(issue, option)

    # -- structure edits --
    def _push(self, make: Callable[[], Command]) -> bool:
        return self.model.push(make)

    def add_option(self) -> None:
        cur = self.current()
        if self.document is None or cur is None:
            return
        s = self.document.scenario
        issue = s.issue(cur[0])
        oid = package_math.new_id("option", (o.id for o in issue.options))
        label = tr("New option {n}").format(n=len(issue.options) + 1)
        at = next(k for k, o in enumerate(issue.options) if o.id == cur[1]) + 1
        if self._push(lambda: edits.add_option(s, issue.id, Option(oid, label), at)):
            self.select(issue.id, oid)
            self.table.setFocus()

    def remove_option(self) -> None:
        cur = self.current()
        if self.document is None or cur is None:
            return
        s = self.document.scenario
        issue = s.issue(cur[0])
        k = next(k for k, o in enumerate(issue.options) if o.id == cur[1])
        if self._push(lambda: edits.remove_option(s, cur[0], cur[1])):
            rest = s.issue(cur[0]).options
            self.select(cur[0], rest[min(k, len(rest) - 1)].id)

    def move_option(self, step: int) -> None:
        cur = self.current()
        if self.document is None or cur is None:
            return
        s = self.document.scenario
        options = s.issue(cur[0]).options
        k = next(k for k, o in enumerate(options) if o.id == cur[1]) + step
        if 0 <= k < len(options) and self._push(lambda: edits.move_option(s, cur[0], cur[1], k)):
            self.select(*cur, column=max(0, self.table.currentIndex().column()))

    def add_issue(self) -> None:
        if self.document is None:
            return
        s = self.document.scenario
        iid = package_math.new_id("issue", (i.id for i in s.issues))
        cur = self.current()
        at = next(k for k, i in enumerate(s.issues) if i.id == cur[0]) + 1 if cur else None
        issue = Issue(iid, tr("New issue"), [Option("option", tr("Status quo"))])
        if self._push(lambda: edits.add_issue(s, issue, at)):
            self.select(iid, "option")
            self.table.setFocus()

    def remove_issue(self) -> None:
        cur = self.current()
        if self.document is None or cur is None:
            return
        s = self.document.scenario
        k = next(k for k, i in enumerate(s.issues) if i.id == cur[0])
        if self._push(lambda: edits.remove_issue(s, cur[0])) and s.issues:
            self.select(s.issues[min(k, len(s.issues) - 1)].id)

    def move_issue(self, step: int) -> None:
        cur = self.current()
        if self.document is None or cur is None:
            return
        s = self.document.scenario
        k = next(k for k, i in enumerate(s.issues) if i.id == cur[0]) + step
        if 0 <= k < len(s.issues) and self._push(lambda: edits.move_issue(s, cur[0], k)):
            self.select(*cur, column=max(0, self.table.currentIndex().column()))


def main() -> None:  # pragma: no cover - a quick look by hand
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    editor = PreferencesEditor(Document.default())
    editor.resize(1500, 520)
    editor.show()
    app.exec()


if __name__ == "__main__":  # pragma: no cover
    main()
