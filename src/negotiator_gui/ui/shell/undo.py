"""QUndoStack as an adapter over the core command stack.

The core ``CommandStack`` is the one history (autosave, dirty state and views follow it); Qt's
``QUndoStack`` mirrors it so the window gets standard Undo/Redo actions with readable names and a
``QUndoView`` history panel for free. Every undo or redo goes through the QUndoStack, which calls
the core stack; core pushes and merges are mirrored as they happen.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from negotiator_gui.app.document import Document
from negotiator_gui.core.stack import StackEvent


class _Mirror(QUndoCommand):
    def __init__(self, adapter: UndoAdapter, text: str) -> None:
        super().__init__(text)
        self._adapter = adapter
        self._applied = True  # pushed after the core command already ran

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        if not self._adapter._syncing:
            self._adapter._call(self._adapter.document.stack.redo)

    def undo(self) -> None:
        if not self._adapter._syncing:
            self._adapter._call(self._adapter.document.stack.undo)


class UndoAdapter:
    """Keeps a ``QUndoStack`` in step with a document's command stack."""

    def __init__(self, document: Document, stack: QUndoStack | None = None) -> None:
        self.document = document
        self.qstack = stack or QUndoStack()
        self.qstack.clear()
        self._busy = False  # the core stack is moving because Qt asked: ignore its events
        self._syncing = False  # Qt is catching up with the core stack: do not call it back
        self._unsubscribe = document.subscribe(self._on_event)

    def detach(self) -> None:
        self._unsubscribe()

    def _call(self, fn) -> None:
        self._busy = True
        try:
            fn()
        finally:
            self._busy = False

    def _on_event(self, event: StackEvent) -> None:
        if self._busy:
            return
        if event.reason == "do":
            self.qstack.push(_Mirror(self, event.name))
        elif event.reason == "merge" and self.qstack.index() > 0:
            self.qstack.command(self.qstack.index() - 1).setText(event.name)
        elif event.reason == "clean":
            self.qstack.setClean()
        elif event.reason == "reset":
            self.qstack.clear()
        elif event.reason in ("undo", "redo"):
            # the core stack was moved directly (not through Qt): bring Qt's index along
            self._syncing = True
            try:
                self.qstack.setIndex(self.document.stack.index)
            finally:
                self._syncing = False
