"""Named packages: the packages a team keeps ("Option A", "Minister's fallback"), with notes.

The list shows the scenario's packages (``Scenario.packages``); "New from current" keeps the
package under discussion under a name; Rename, Note and Delete edit a kept package; Choose (or a
double-click) makes one the package under discussion. Every one of them is an undoable edit of
the document (``core.edits``), so the packages are saved with the scenario, in the file and in
the library, and Ctrl+Z takes any of them back. A refused edit (an empty or repeated name) is
said on the panel, not in a dialog of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core import edits
from negotiator_gui.core.commands import ChangeKind, Command, CommandError, NothingChanged
from negotiator_gui.core.i18n import tr
from negotiator_gui.core.labels import choice_names
from negotiator_gui.core.model import Package, Scenario
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.ui.common.text import literal, plain_label

#: Edits after which the list may read differently.
LIST_KINDS = frozenset({ChangeKind.PACKAGE, ChangeKind.ISSUE, ChangeKind.OPTION})


def package_text(s: Scenario, package: Package) -> str:
    """A package's choices in words, one issue a line ("Rice: Quota 70,000 t")."""
    lines = [
        tr("{issue}: {option}").format(issue=issue, option=option)
        for issue, option in choice_names(s, package.choices)
    ]
    return "\n".join(lines) or tr("(no issue chosen)")


class NamedPackages(QWidget):
    """The panel (see the module doc)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document: Document | None = None
        self._unsubscribe: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setToolTip(tr("Packages kept with the scenario; double-click one to discuss it"))
        self.list.itemDoubleClicked.connect(lambda _item: self.choose())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = self._button(
            tr("New from current…"),
            tr("Keep the package under discussion under a name"),
            lambda: self.new_from_current(),
        )
        self.choose_button = self._button(
            tr("Choose"), tr("Make this package the one under discussion"), lambda: self.choose()
        )
        self.rename_button = self._button(
            tr("Rename…"), tr("Give this package another name"), lambda: self.rename()
        )
        self.note_button = self._button(
            tr("Note…"), tr("Write a note on this package"), lambda: self.edit_note()
        )
        self.delete_button = self._button(
            tr("Delete"), tr("Delete this package (Ctrl+Z brings it back)"), lambda: self.delete()
        )
        for button in (
            self.new_button,
            self.choose_button,
            self.rename_button,
            self.note_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = plain_label()  # why the last edit was refused
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        session.package.changed.connect(self._on_package)
        self.destroyed.connect(lambda: session.package.changed.disconnect(self._on_package))
        self.set_document(session.document)

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- following the document --
    def set_document(self, document: Document | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.document = document
        if document is not None:
            self._unsubscribe = document.subscribe(self._on_event)
        self.refresh()

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "clean":
            return
        if event.reason == "reset" or any(c.kind in LIST_KINDS for c in event.changes):
            self.refresh()

    def _on_package(self, _choices: dict[str, str]) -> None:
        self.refresh()

    def refresh(self) -> None:
        """List the packages again, keeping the selection; the one under discussion in bold."""
        selected = self.selected()
        self.list.clear()
        s = self.document.scenario if self.document is not None else None
        current = self.session.package.value
        for package in s.packages if s is not None else []:
            item = QListWidgetItem(package.name)
            item.setData(Qt.ItemDataRole.UserRole, package.id)
            tip = package_text(s, package)
            if package.note:
                tip = f"{package.note}\n\n{tip}"
            item.setToolTip(literal(tip))
            if package.choices and all(current.get(k) == v for k, v in package.choices.items()):
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setText(tr("{name} (under discussion)").format(name=package.name))
            self.list.addItem(item)
            if package.id == selected:
                self.list.setCurrentItem(item)
        self._enable()

    def _enable(self) -> None:
        has = self.selected() is not None
        for button in (
            self.choose_button,
            self.rename_button,
            self.note_button,
            self.delete_button,
        ):
            button.setEnabled(has)
        self.new_button.setEnabled(self.document is not None)

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, package_id: str) -> None:
        for k in range(self.list.count()):
            if self.list.item(k).data(Qt.ItemDataRole.UserRole) == package_id:
                self.list.setCurrentRow(k)
                return

    # -- edits (each one undoable) --
    def _push(self, make: Callable[[], Command]) -> bool:
        if self.document is None:
            return False
        try:
            self.document.push(make())
        except NothingChanged:
            return False
        except CommandError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText("")
        return True

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def new_from_current(self, name: str | None = None) -> bool:
        """Keep the package under discussion as a new named package (asks for the name)."""
        if self.document is None:
            return False
        s = self.document.scenario
        if name is None:
            name = self._ask_text(tr("New package"), tr("Name of the package:"))
            if name is None:
                return False
        choices = dict(self.session.package.value)
        before = {p.id for p in s.packages}
        if not self._push(lambda: edits.save_package(s, name, choices)):
            return False
        added = next((p.id for p in s.packages if p.id not in before), None)
        if added is not None:
            self.select(added)
        return True

    def choose(self, package_id: str | None = None) -> bool:
        """Make a kept package the one under discussion ("Choose package “Option A”")."""
        package = self._package(package_id)
        if package is None:
            return False
        try:
            changed = self.session.choose(package.choices, package.name)
        except CommandError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText("" if changed else tr("This package is already under discussion."))
        return changed

    def rename(self, package_id: str | None = None, name: str | None = None) -> bool:
        package = self._package(package_id)
        if package is None or self.document is None:
            return False
        if name is None:
            name = self._ask_text(tr("Rename package"), tr("New name:"), package.name)
            if name is None:
                return False
        s = self.document.scenario
        return self._push(lambda: edits.rename_package(s, package.id, name))

    def edit_note(self, package_id: str | None = None, note: str | None = None) -> bool:
        package = self._package(package_id)
        if package is None or self.document is None:
            return False
        if note is None:
            note, ok = QInputDialog.getMultiLineText(
                self,
                tr("Note on package"),
                tr("Note on '{name}':").format(name=package.name),
                package.note,
            )
            if not ok:
                return False
        s = self.document.scenario
        return self._push(lambda: edits.set_package_note(s, package.id, note))

    def delete(self, package_id: str | None = None) -> bool:
        package = self._package(package_id)
        if package is None or self.document is None:
            return False
        s = self.document.scenario
        return self._push(lambda: edits.remove_package(s, package.id))

    def _package(self, package_id: str | None) -> Package | None:
        package_id = package_id or self.selected()
        if package_id is None or self.document is None:
            return None
        return next((p for p in self.document.scenario.packages if p.id == package_id), None)


def main() -> None:  # pragma: no cover - a quick look by hand
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    panel = NamedPackages(Session(Document.default()))
    panel.resize(520, 360)
    panel.show()
    app.exec()


if __name__ == "__main__":  # pragma: no cover
    main()
