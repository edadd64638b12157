"""File → Print… (Ctrl+P) and File → Print preview…: choose the boards, the options matrix or
the minister's brief, then print it (the platform's print dialog, where a PDF printer is one
choice) or see it page by page first.

The documents are built in the background (``documents.source``: the brief's uncertainty
sentence and a large matrix take up to seconds, which froze the window) with a progress dialog
that can cancel, then drawn on the UI thread (``documents.draw``); a preview draws the document
built once at every repaint it asks for. This module only asks and shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
)

from negotiator_gui.app.session import Session
from negotiator_gui.core.i18n import tr
from negotiator_gui.ui.common.text import literal
from negotiator_gui.ui.printing.kinds import TITLES, Kind

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from negotiator_gui.ui.common.worker import Task
    from negotiator_gui.ui.printing.documents import Prepared

# Qt's printing module and the document drawing (the brief, the options matrix) are imported
# when something is printed, not when the window starts.


class Chooser(QDialog):
    """Which document to print: one radio button each, the last choice preselected."""

    def __init__(self, parent, title: str, chosen: Kind) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("What to print:")))
        self.group = QButtonGroup(self)
        self.buttons: dict[Kind, QRadioButton] = {}
        for k, kind in enumerate(Kind):
            button = QRadioButton(tr(TITLES[kind]))
            button.setChecked(kind is chosen)
            self.group.addButton(button, k)
            self.buttons[kind] = button
            layout.addWidget(button)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def kind(self) -> Kind:
        return next(k for k, b in self.buttons.items() if b.isChecked())


class Printing(QObject):
    """The two File-menu actions and what they do (``window.part("print")``)."""

    def __init__(self, session: Session, host) -> None:
        super().__init__(host.parent_widget())
        self.session = session
        self.host = host
        self.last = Kind.BOARDS
        #: The latest print or preview's background build, and what it printed (pages; None
        #: until printed).
        self.task: Task | None = None
        self.printed: int | None = None
        self.dialog = None
        parent = host.parent_widget()
        self.action = QAction(tr("&Print…"), parent)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        tip = tr("Print the boards, the options matrix or the minister's brief")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self.print_)
        self.preview_action = QAction(tr("Print pre&view…"), parent)
        tip = tr("See the pages of the boards, the options matrix or the brief before printing")
        self.preview_action.setToolTip(tip)
        self.preview_action.setStatusTip(tip)
        self.preview_action.triggered.connect(self.preview)
        menu = host.menu("file")
        quit_action = next((a for a in reversed(menu.actions()) if not a.isSeparator()), None)
        before = None
        if quit_action is not None:
            acts = menu.actions()
            k = acts.index(quit_action)
            before = acts[k - 1] if k and acts[k - 1].isSeparator() else quit_action
        if before is not None:
            menu.insertActions(before, [self.action, self.preview_action])
            menu.insertSeparator(before)
        else:
            menu.addActions([self.action, self.preview_action])
        for act in (self.action, self.preview_action):
            host.add_action(act)
        host.register_action("print", self.action)
        host.register_action("print-preview", self.preview_action)

    # -- asking (tests replace these) ----------------------------------------------------------
    def choose(self, title: str) -> Kind | None:
        """The document to print, or None when cancelled."""
        dialog = Chooser(self.host.parent_widget(), title, self.last)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.kind()

    def ask_printer(self, printer: QPrinter) -> bool:
        """The platform's print dialog on ``printer``; False when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self.host.parent_widget())
        return dialog.exec() == QDialog.DialogCode.Accepted

    def show_preview(self, dialog: QPrintPreviewDialog) -> None:
        dialog.exec()

    # -- doing ---------------------------------------------------------------------------------
    def _build(self, kind: Kind, then) -> Task:
        """Build ``kind`` in the background (progress after 400 ms, Cancel), then ``then(doc)``
        on the UI thread."""
        from negotiator_gui.ui.common.worker import Task
        from negotiator_gui.ui.printing.documents import source

        build = source(kind, self.session)  # this revision: later edits do not count

        def failed(exc: BaseException) -> None:  # a warning, never a traceback
            from negotiator_gui.app.usecases.output import unexpected_text

            text = unexpected_text(exc)
            QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Cannot print"),
                literal(text),
                QMessageBox.StandardButton.Ok,
                self.host.parent_widget(),
            ).exec()

        def cancelled(_result) -> None:
            self.host.show_message(tr("Cancelled: nothing was printed"))

        self.task = Task(
            self.host.parent_widget(),
            tr("Preparing {doc}…").format(doc=tr(TITLES[kind])),
            lambda _ctx: build(),
            then,
            failed,
            on_cancel=cancelled,
        )
        return self.task

    def print_(self, checked: bool = False, printer: QPrinter | None = None) -> Task | None:
        """Ask what and where, then build and print it (``printed``: the pages); the build's
        task, or None when cancelled."""
        from PySide6.QtPrintSupport import QPrinter

        from negotiator_gui.ui.printing.documents import draw

        self.printed = None
        kind = self.choose(tr("Print"))
        if kind is None:
            return None
        self.last = kind
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        if not self.ask_printer(printer):
            return None

        def print_it(doc: Prepared) -> None:
            n = draw(doc, printer)
            if n < 0:
                self.host.show_message(tr("The printer could not be used."))
                return
            self.printed = n
            self.host.show_message(tr("Printed: {doc}").format(doc=tr(TITLES[kind])))

        return self._build(kind, print_it)

    def preview(self, checked: bool = False) -> Task | None:
        """Ask what, build it, then show its pages in a preview window (which can print them);
        the build's task, or None when cancelled (``dialog``: the preview window, once shown)."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from negotiator_gui.ui.printing.documents import draw

        kind = self.choose(tr("Print preview"))
        if kind is None:
            return None
        self.last = kind

        def show(doc: Prepared) -> None:
            # the dialog does not own its printer: kept here for as long as the dialog lives
            self.preview_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintPreviewDialog(self.preview_printer, self.host.parent_widget())
            dialog.setWindowTitle(tr("Print preview — {doc}").format(doc=tr(TITLES[kind])))
            dialog.paintRequested.connect(lambda p: draw(doc, p))
            self.dialog = dialog
            self.show_preview(dialog)

        return self._build(kind, show)
