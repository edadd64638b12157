"""File → Merge a colleague's file…: bring a colleague's copy of the scenario into ours.

The common version is looked up in the library (``app.usecases.merge.find_ancestor``). The
dialog lists what will change in our copy and, side by side, every conflict with a choice of
mine or theirs (or all mine / all theirs); nothing changes before Apply, and Apply is one
undoable edit. Without a common version it says so and shows a two-way comparison instead.
Both dialogs open window-modal (``open``), so a test drives them like a user.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from negotiator_gui.app.document import MergedFrom
from negotiator_gui.app.usecases.merge import (
    MINE,
    THEIRS,
    Ancestor,
    Merge,
    changes_to_mine,
    compare,
    find_ancestor,
    merge,
    merge_command,
    origin_revision,
)
from negotiator_gui.app.usecases.scenario_files import ScenarioFileError, open_scenario
from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.validation import validate
from negotiator_gui.ui.common.text import plain_label
from negotiator_gui.ui.io.import_export import show_error

_COLUMNS = (N_("Conflict"), N_("Common version"), N_("Mine"), N_("Theirs"))


class MergeDialog(QDialog):
    """The preview of a merge: automatic changes, and the conflicts with a choice each."""

    def __init__(self, parent: QWidget | None, m: Merge, ancestor: Ancestor, source: str) -> None:
        super().__init__(parent)
        self.merge = m
        self.setWindowTitle(tr("Merge a colleague's file"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        intro = tr("Merging {file} into your copy. {ancestor}.").format(
            file=source, ancestor=ancestor.text()
        )
        layout.addWidget(plain_label(intro, self))
        layout.addWidget(plain_label(tr("What will change in your copy:"), self))
        self.changes = QListWidget(self)
        self.changes.setObjectName("merge-changes")
        layout.addWidget(self.changes, 2)
        self.summary = plain_label("", self)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(m.conflicts), len(_COLUMNS) + 1, self)
        self.table.setObjectName("merge-conflicts")
        self.table.setHorizontalHeaderLabels([*(tr(c) for c in _COLUMNS), tr("Keep")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.groups: dict[int, QButtonGroup] = {}
        for row, c in enumerate(m.conflicts):
            for col, text in enumerate((c.words, c.base, c.mine, c.theirs)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
            cell = QWidget(self.table)
            box = QHBoxLayout(cell)
            box.setContentsMargins(4, 0, 4, 0)
            group = QButtonGroup(cell)
            for side, words in ((MINE, tr("Mine")), (THEIRS, tr("Theirs"))):
                button = QRadioButton(words, cell)
                button.setProperty("side", side)
                group.addButton(button)
                box.addWidget(button)
                if side == MINE:
                    button.setChecked(True)
            group.buttonToggled.connect(self._refresh)
            self.groups[c.number] = group
            self.table.setCellWidget(row, len(_COLUMNS), cell)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(m.conflicts))
        if m.conflicts:
            layout.addWidget(
                plain_label(
                    tr("Conflicts: both of you changed these. Choose whose change to keep."),
                    self,
                )
            )
        layout.addWidget(self.table, 3)
        row = QHBoxLayout()
        self.all_mine = QPushButton(tr("All &mine"), self)
        self.all_theirs = QPushButton(tr("All &theirs"), self)
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        for b in (self.all_mine, self.all_theirs):
            b.setVisible(bool(m.conflicts))
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._refresh()

    def choices(self) -> dict[int, str]:
        out = {}
        for n, group in self.groups.items():
            checked = group.checkedButton()
            out[n] = checked.property("side") if checked is not None else MINE
        return out

    def choose(self, number: int, side: str) -> None:
        for button in self.groups[number].buttons():
            if button.property("side") == side:
                button.setChecked(True)

    def choose_all(self, side: str) -> None:
        for n in self.groups:
            self.choose(n, side)

    def result_scenario(self) -> Scenario:
        return self.merge.result(self.choices(), MINE)

    def _refresh(self, *_args: object) -> None:
        diff = changes_to_mine(self.merge, self.choices())
        self.changes.clear()
        lines = diff.lines() or [tr("Nothing: your copy already has all of it.")]
        self.changes.addItems(lines)
        self.summary.setText(
            tr("{changes}; {n} conflicts").format(
                changes=diff.summary(), n=len(self.merge.conflicts)
            )
        )


class ComparisonDialog(QDialog):
    """No common version: say so, and show how the two copies differ."""

    def __init__(self, parent: QWidget | None, mine: Scenario, theirs: Scenario, source: str):
        super().__init__(parent)
        self.setWindowTitle(tr("No common version found"))
        self.resize(800, 500)
        layout = QVBoxLayout(self)
        self.message = plain_label(
            tr(
                "No common version of your copy and {file} was found in the library, so they "
                "cannot be merged change by change (your copy is not from the library, or {file} "
                "did not start from it). Here is how {file} differs from your copy:"
            ).format(file=source),
            self,
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.changes = QListWidget(self)
        diff = compare(mine, theirs)
        self.changes.addItems(diff.lines() or [tr("no changes")])
        layout.addWidget(self.changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class Merger:
    """What File → Merge a colleague's file… does, once a file is chosen (the menu item itself
    is ``merge_menu.MergeFile``, built at start-up without this module)."""

    def __init__(self, window) -> None:
        self.window = window
        self.last_dialog: QDialog | None = None

    def merge_file(self, path: str) -> QDialog | None:
        """Read ``path``, find the common version and open the preview (or the comparison)."""
        try:
            loaded = open_scenario(path)
        except (ScenarioFileError, OSError) as exc:
            show_error(self.window, tr("Cannot merge"), exc)
            return None
        theirs = loaded.scenario
        doc = self.window.document
        library = self.window.library.library
        ancestor = find_ancestor(library, doc.library_revision, theirs, loaded.origin)
        named = origin_revision(library, loaded.origin)
        source = Path(path).name
        mine = doc.scenario
        dialog: QDialog
        if ancestor is None:
            dialog = ComparisonDialog(self.window, mine, theirs, source)
        else:
            m = merge(ancestor.scenario, mine, theirs)
            dialog = MergeDialog(self.window, m, ancestor, source)
            at = doc.revision
            their_id = named.id if named is not None else None
            dialog.accepted.connect(
                lambda d=dialog, s=source, r=at, t=their_id: self._apply(d, s, r, t)
            )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _apply(
        self, dialog: MergeDialog, source: str, revision: int, their_id: int | None = None
    ) -> None:
        """Apply the chosen merge as one undoable edit; the next library save records it as a
        merge (with ``their_id``, their library revision, as the second parent when known)."""
        doc = self.window.document
        if doc.scenario is not dialog.merge.mine or doc.revision != revision:
            show_error(
                self.window,
                tr("Cannot merge"),
                tr("The open scenario changed while the merge was shown; merge again."),
            )
            return
        merged = dialog.result_scenario()
        # edits that each were fine may not fit together (a card on an option the other side
        # removed): such a result is not applied, and the user is told what breaks
        errors = validate(merged).errors
        if errors:
            show_error(
                self.window,
                tr("Cannot merge"),
                tr("The merged scenario would not be valid:\n{problems}").format(
                    problems="\n".join(str(p) for p in errors[:10])
                ),
            )
            return
        command = merge_command(doc.scenario, merged, tr("Merge {file}").format(file=source))
        if not command.commands:
            self.window.show_message(tr("Nothing to merge: your copy already has it all"))
            return
        doc.push(command)
        doc.merged_from = MergedFrom(source, their_id)
        self.window.show_message(tr("Merged {file}").format(file=source))


__all__ = ["ComparisonDialog", "MergeDialog", "Merger"]
