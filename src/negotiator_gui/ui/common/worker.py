"""Background tasks with a progress dialog and a Cancel button.

Imports and exports read and write files that can be large or slow (a network share, a million
-row table), so they run on a pool thread while the window stays responsive. The rules that keep
the document and the library safe:

- The task function gets a snapshot, never the live scenario, and returns a result; the result
  is *applied* by ``on_done`` on the UI thread only. A task that fails or is cancelled therefore
  changes nothing.
- Cancelling is cooperative: the function calls ``ctx.check()`` (or ``ctx.step(...)``) between
  steps, which raises ``Cancelled``. A call that cannot be interrupted (reading a whole table)
  runs to its end, and its result is then thrown away.
- Errors travel back as exceptions and are shown as messages by the caller; no traceback ever
  reaches the user.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from negotiator_gui.core.i18n import tr
from negotiator_gui.ui.common.text import literal


class Cancelled(Exception):
    """Raised inside a task by ``TaskContext.check`` once the user pressed Cancel."""


class TaskContext:
    """What a task function sees: whether it was cancelled, and a way to report progress."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check(self) -> None:
        """Stop here if the user cancelled (raises ``Cancelled``)."""
        if self._cancelled.is_set():
            raise Cancelled

    def step(self, text: str, done: int = 0, total: int = 0) -> None:
        """Report progress (``total`` 0 means "busy, no count") and stop if cancelled."""
        self.check()
        self._relay.progress.emit(done, total, text)


class _Relay(QObject):
    """Carries progress and the outcome from the pool thread to the UI thread (queued)."""

    progress = Signal(int, int, str)
    finished = Signal(object, object)  # result, exception or None


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], ctx: TaskContext, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.ctx, self.relay = fn, ctx, relay

    def run(self) -> None:
        try:
            result, error = self.fn(self.ctx), None
        except BaseException as exc:  # reported to the UI thread, never raised
            result, error = None, exc
        self.relay.finished.emit(result, error)


class Task(QObject):
    """One background task and its progress dialog.

    ``state`` is "running", then "done", "failed" or "cancelled"; ``finished`` is emitted once
    the outcome has been handled on the UI thread (for tests and for chaining)."""

    finished = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        title: str,
        fn: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        pool: QThreadPool | None = None,
        on_cancel: Callable[[Any], None] | None = None,
        show_progress: bool = True,
        delay_ms: int = 400,
    ) -> None:
        super().__init__(parent)
        self.state = "running"
        self.error: BaseException | None = None
        self._on_done, self._on_error, self._on_cancel = on_done, on_error, on_cancel
        self.relay = _Relay()
        self.ctx = TaskContext(self.relay)
        self.dialog: QProgressDialog | None = None
        if show_progress:
            d = QProgressDialog(literal(title), tr("Cancel"), 0, 0, parent)
            d.setWindowTitle(tr("Negotiator"))
            d.setWindowModality(Qt.WindowModality.WindowModal)
            # quick tasks finish before the dialog would flash up
            d.setMinimumDuration(delay_ms)
            d.setAutoClose(False)
            d.setAutoReset(False)
            d.setMinimumWidth(420)
            d.canceled.connect(self.cancel)
            self.dialog = d
        self.relay.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        (pool or QThreadPool.globalInstance()).start(_Runnable(fn, self.ctx, self.relay))

    @property
    def running(self) -> bool:
        return self.state == "running"

    def cancel(self) -> None:
        """Ask the task to stop; whatever it still returns is discarded."""
        if self.state == "running":
            self.ctx.cancel()
            if self.dialog is not None:
                self.dialog.setLabelText(tr("Cancelling…"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None or self.ctx.cancelled:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:  # may name a file or a sheet: shown as written
            self.dialog.setLabelText(literal(text))

    def _finished(self, result: Any, error: BaseException | None) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if self.ctx.cancelled or isinstance(error, Cancelled):
            self.state = "cancelled"
            if self._on_cancel is not None:
                self._on_cancel(result)
        elif error is not None:
            self.state, self.error = "failed", error
            self._on_error(error)
        else:
            self.state = "done"
            self._on_done(result)
        self.finished.emit(self.state)
