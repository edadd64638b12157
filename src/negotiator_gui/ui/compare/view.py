"""The comparison panel: tick two or more packages (the current one, the builder's suggestions,
recorded offers, the scenario's named packages) and read them side by side, the rows where
they differ in bold with a "≠" marker and a tint (never colour alone); pin one as "A" or "B" to
mark it on the utility chart (``session.pinned``). "Across scenarios…" shows the current package
in another scenario file or a library revision instead.

The figures are ``core.package_compare``'s; this panel only lists and shows them. It follows
the document and the package on the next turn after a change, and not at all while hidden.

Run alone for a quick look: ``python -m negotiator_gui.ui.compare.view``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from negotiator_gui.app import derived
from negotiator_gui.app.derived import negotiator_ids
from negotiator_gui.app.document import Document
from negotiator_gui.app.errors import LibraryError, ScenarioFileError
from negotiator_gui.app.session import Session
from negotiator_gui.app.usecases.scenario_files import open_scenario
from negotiator_gui.core import bargaining as bg
from negotiator_gui.core import package_compare as pc
from negotiator_gui.core.commands import ChangeKind
from negotiator_gui.core.i18n import N_, local, tr
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.pins import Pin
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.ui.common import jobs
from negotiator_gui.ui.common.text import literal, plain_label

#: The marker of a row whose packages differ (with bold text: not colour alone).
DIFFERS = "≠"
DIFF_TINT = QColor(255, 236, 179)
KEY = Qt.ItemDataRole.UserRole
FILE_FILTER = N_("Negotiator scenarios (*.scenario.json);;JSON files (*.json);;All files (*)")


class ComparisonModel(QAbstractTableModel):
    """A ``Comparison`` as a table: the first column says what a row is (and its unit), one
    column per package."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison = pc.Comparison((), ())

    def show(self, comparison: pc.Comparison) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.comparison.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.comparison.names)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return tr("Compared") if section == 0 else self.comparison.names[section - 1]

    @staticmethod
    def label(row: pc.Row) -> str:
        text = (
            row.label
            if not row.unit
            else tr("{label} ({unit})").format(label=row.label, unit=row.unit)
        )
        return f"{DIFFERS} {text}" if row.differs else text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.comparison.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(row) if col == 0 else row.texts[col - 1]
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.differs:
                return tr("The packages differ here")
            return None
        if role == Qt.ItemDataRole.FontRole and row.differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.differs:
            return QBrush(DIFF_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and row.differs:
            return QBrush(QColor("#000000"))  # readable on the tint in a dark theme too
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0 and row.unit:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AcrossDialog(QDialog):
    """Choose what to compare the current package with: a revision from the library (the open
    scenario's first, then the others' latest) or a scenario file."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Compare across scenarios"))
        self.session = session
        self.chosen: tuple[str, Scenario] | None = None
        self.error = ""
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("The current package in another revision or scenario:")))
        self.revisions = QListWidget()
        self.revisions.setAccessibleName(tr("Library revisions"))
        self.revisions.setToolTip(
            tr("This scenario's revisions, newest first, then the other scenarios' latest")
        )
        self.revisions.itemActivated.connect(lambda _item: self.accept_revision())
        layout.addWidget(self.revisions, 1)
        self.message = plain_label()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.file_button = buttons.addButton(
            tr("Scenario file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.file_button.setToolTip(tr("Compare with a scenario file instead"))
        self.file_button.clicked.connect(self.choose_file)
        self.ok = buttons.addButton(
            tr("Compare with revision"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setToolTip(tr("Compare the current package with the selected revision"))
        self.ok.clicked.connect(self.accept_revision)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            tr("Close without comparing")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        library = self.session.library
        if library is None:
            self.message.setText(tr("No library is open: choose a scenario file."))
            self.ok.setEnabled(False)
            return
        current = self.session.document.library_scenario
        try:
            infos = library.scenarios()
            revisions = library.log(current) if current is not None else []
        except LibraryError as exc:
            self.message.setText(str(exc))
            infos, revisions = [], []
        for rev in revisions:
            self._add(
                tr("{title}, revision {n} ({author}): {message}").format(
                    title=rev.title, n=rev.number, author=rev.author, message=rev.message
                ),
                rev.id,
            )
        for info in infos:
            if info.id != current:
                self._add(
                    tr("{name}, latest revision {n}").format(name=info.name, n=info.latest.number),
                    info.latest.id,
                )
        self.ok.setEnabled(self.revisions.count() > 0)
        if self.revisions.count():
            self.revisions.setCurrentRow(0)

    def _add(self, text: str, revision: int) -> None:
        item = QListWidgetItem(literal(text))
        item.setData(KEY, revision)
        self.revisions.addItem(item)

    def accept_revision(self) -> None:
        item = self.revisions.currentItem()
        if item is None:
            return
        try:
            scenario = self.session.library.load(int(item.data(KEY)))
        except (LibraryError, ScenarioFileError) as exc:
            self.message.setText(str(exc))
            return
        self.chosen = (item.text(), scenario)
        self.accept()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Scenario to compare with"), "", tr(FILE_FILTER)
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        try:
            scenario = open_scenario(path).scenario
        except ScenarioFileError as exc:
            self.message.setText(str(exc))
            return False
        self.chosen = (local(scenario, "title") or path, scenario)
        self.accept()
        return True


def _suggestions(get: Callable[[], tuple]) -> tuple[bg.Space | None, dict]:
    """The space and the builder's solutions as packages (the session's shared analysis)."""
    try:
        space, front, solutions = get()
    except (bg.AnalysisError, KeyError, ValueError):
        return None, {}
    return space, {
        name: None if sol is None else space.choices(front.packages(sol.points[0], 1)[0])
        for name, sol in solutions.items()
    }


def _compare(
    s: Scenario,
    analysis: Callable[[], tuple],
    package: dict[str, str],
    ticked: list[str],
    across: tuple[str, Scenario] | None,
    this: str,
) -> tuple[list[pc.Source], pc.Comparison]:
    """The packages to list and the comparison to show (on a pool thread)."""
    space, suggestions = _suggestions(analysis)
    sources = pc.sources(s, package, suggestions)
    if across is not None:
        name, other = across
        return sources, pc.compare_across(s, other, package, (this, name))
    by_key = {src.key: src for src in sources}
    picked = [by_key[k] for k in ticked if k in by_key]
    picked.sort(key=sources.index)  # in the list's order
    return sources, pc.compare(s, [(src.name, src.choices) for src in picked], space)


class ComparePanel(QWidget):
    """The panel (see the module doc)."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.document: Document | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.sources: list[pc.Source] = []
        self.ticked: list[str] = ["current", "solution:nash"]
        #: The other scenario of an across comparison (None: packages of this scenario).
        self.across: tuple[str, Scenario] | None = None
        self._build()
        # a few packages, each a sum of utilities and a run of the trade model: on the pool,
        # and not while the panel is hidden (asked again when it is shown)
        self.runner = jobs.Runner(self, self._prepare, self._apply, gate=self)
        session.package.changed.connect(lambda _c: self.refresh())
        session.pinned.changed.connect(lambda _p: self._show_pins())
        session.document_changed.connect(self.set_document)
        self.set_document(session.document)

    def _build(self) -> None:
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Packages to compare"))
        self.list.setToolTip(tr("Tick the packages to compare (two or more)"))
        self.list.itemChanged.connect(self._ticked)
        self.pin_a = QPushButton(tr("Pin as A"))
        self.pin_b = QPushButton(tr("Pin as B"))
        for button, letter in ((self.pin_a, "A"), (self.pin_b, "B")):
            button.setToolTip(
                tr("Mark the selected package on the utility chart as {letter}").format(
                    letter=letter
                )
            )
            button.clicked.connect(lambda _=False, x=letter: self.pin(x))
        self.unpin = QPushButton(tr("Clear pins"))
        self.unpin.setToolTip(tr("Remove the A and B marks from the utility chart"))
        self.unpin.clicked.connect(lambda: self.session.pinned.set({}))
        self.across_button = QPushButton(tr("Across scenarios…"))
        self.across_button.setToolTip(
            tr("The current package in another scenario file or library revision")
        )
        self.across_button.clicked.connect(self.choose_across)
        self.back = QPushButton(tr("Back to packages"))
        self.back.clicked.connect(lambda: self.compare_with(None))
        self.back.setToolTip(tr("Compare the ticked packages of this scenario again"))
        self.back.setVisible(False)
        self.pins_label = plain_label()
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.list, 1)
        pins = QHBoxLayout()
        for w in (self.pin_a, self.pin_b, self.unpin):
            pins.addWidget(w)
        col.addLayout(pins)
        col.addWidget(self.pins_label)
        self.model = ComparisonModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Comparison"))
        self.table.setToolTip(
            tr("One column per package; rows marked {mark} in bold are where they differ").format(
                mark=DIFFERS
            )
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.title = plain_label()
        self.notes = plain_label()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a5a00;")
        self.legend = QLabel(tr("{mark} bold rows: the packages differ there").format(mark=DIFFERS))
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back)
        top.addWidget(self.across_button)
        rcol.addLayout(top)
        rcol.addWidget(self.table, 1)
        rcol.addWidget(self.legend)
        rcol.addWidget(self.notes)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(split)

    # -- following the document -------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.document = document
        self._unsubscribe = document.subscribe(self._on_event)
        self.across = None
        self.refresh()

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "clean":
            return
        # cards are the only part of a scenario no figure of the table depends on
        if event.reason == "reset" or any(c.kind != ChangeKind.CARD for c in event.changes):
            self.refresh()

    def refresh(self) -> None:
        """Compare again (off the UI thread; while the panel is hidden, when it is shown)."""
        self.runner.request()

    def is_idle(self) -> bool:
        """No comparison pending or running: the table is current (tests wait on it)."""
        return not self.runner.busy

    def _prepare(self) -> Callable[[], Any] | None:
        """The job for the state now: the scenario's frozen copy, the shared analysis (for the
        suggestions), the package, the ticked packages or the other scenario."""
        doc = self.document
        if doc is None:
            return None
        analysis = self.session.derived.request(
            derived.ANALYSIS, doc, negotiator_ids(doc.scenario)
        )[1]
        frozen = doc.frozen()
        package, ticked, across = dict(self.session.package.value), list(self.ticked), self.across
        this = tr("This scenario")
        return lambda: _compare(frozen, analysis, package, ticked, across, this)

    def _apply(self, result) -> None:
        if isinstance(result, Exception):
            self.model.show(pc.Comparison((), ()))
            self.notes.setText(str(result))
            self.notes.setVisible(True)
            return
        self.sources, comparison = result
        self._fill_list()
        if self.across is not None:
            self.title.setText(tr("The current package in this scenario and in another"))
        elif len(comparison.names) >= 2:
            self.title.setText(tr("{n} packages side by side").format(n=len(comparison.names)))
        else:
            self.title.setText(tr("Tick two or more packages to compare them"))
        self.model.show(comparison)
        self.table.resizeColumnsToContents()
        self.notes.setText("\n".join(comparison.notes))
        self.notes.setVisible(bool(comparison.notes))
        self.back.setVisible(self.across is not None)
        self._show_pins()

    def _fill_list(self) -> None:
        current = self.list.currentItem()
        current_key = current.data(KEY) if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for src in self.sources:
            item = QListWidgetItem(literal(src.name))
            item.setData(KEY, src.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = src.key in self.ticked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if src.key == current_key:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        key = item.data(KEY)
        if item.checkState() == Qt.CheckState.Checked and key not in self.ticked:
            self.ticked.append(key)
        elif item.checkState() != Qt.CheckState.Checked and key in self.ticked:
            self.ticked.remove(key)
        self.across = None
        self.refresh()

    # -- what tests and the buttons call ----------------------------------------------------
    def tick(self, *keys: str) -> None:
        """Compare exactly the packages ``keys`` (``Source.key``)."""
        self.ticked = list(keys)
        self.across = None
        self.refresh()

    def source(self, key: str) -> pc.Source | None:
        return next((s for s in self.sources if s.key == key), None)

    def pin(self, letter: str, key: str | None = None) -> bool:
        """Pin the package ``key`` (default: the one selected in the list) as ``letter``."""
        if key is None:
            item = self.list.currentItem()
            key = item.data(KEY) if item is not None else None
        src = self.source(key) if key is not None else None
        if src is None:
            self.pins_label.setText(tr("Select a package in the list to pin it"))
            return False
        self.session.pinned.set({**self.session.pinned.value, letter: Pin(src.name, src.choices)})
        return True

    def _show_pins(self) -> None:
        pins = self.session.pinned.value
        self.pins_label.setText(
            "\n".join(
                tr("{letter} on the utility chart: {name}").format(letter=k, name=p.name)
                for k, p in sorted(pins.items())
            )
        )
        self.unpin.setEnabled(bool(pins))

    def choose_across(self) -> None:
        dialog = AcrossDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.compare_with(dialog.chosen)

    def compare_with(self, other: tuple[str, Scenario] | None) -> None:
        """Show the current package in this scenario and in ``other`` (name, scenario); None
        goes back to the packages of this scenario."""
        self.across = other
        self.refresh()


def main() -> None:  # pragma: no cover - a quick look by hand
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    panel = ComparePanel(Session(Document.default()))
    panel.tick("current", "solution:nash")
    panel.resize(1200, 500)
    panel.show()
    app.exec()


if __name__ == "__main__":  # pragma: no cover
    main()
