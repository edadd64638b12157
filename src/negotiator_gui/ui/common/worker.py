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

A task is one job of the shared adapter (``ui.common.jobs.Runner``, started at once on the given
pool); its function gets the runner's ``JobContext`` (``app.jobs``: the cancel token and the
progress callback), and progress reaches the dialog through ``Runner.progress``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from negotiator_gui.app.jobs import Cancelled, JobContext
from negotiator_gui.core.i18n import tr
from negotiator_gui.ui.common import jobs
from negotiator_gui.ui.common.text import literal

__all__ = ["Cancelled", "JobContext", "Task"]


class Task(QObject):
    """One background task and its progress dialog.

    ``state`` is "running", then "done", "failed" or "cancelled"; ``finished`` is emitted once
    the outcome has been handled on the UI thread (for tests and for chaining)."""

    finished = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        title: str,
        fn: Callable[[JobContext], Any],
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
        self._fn = fn
        #: The task function's context (its cancel token), made when the job starts.
        self.ctx: JobContext = JobContext()
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
        self.runner = jobs.Runner(
            self, self._prepare, self._outcome, pool=pool or QThreadPool.globalInstance()
        )
        self.runner.progress.connect(self._progress)
        self.runner.start_now()

    def _prepare(self) -> jobs.Later:
        def build() -> Callable[[], tuple[Any, BaseException | None]]:
            fn = self._fn
            ctx = self.ctx = self.runner.context or JobContext()

            def work() -> tuple[Any, BaseException | None]:
                try:
                    return fn(ctx), None
                except BaseException as exc:  # reported to the UI thread, never raised
                    return None, exc

            return work

        return jobs.Later(build)

    def _outcome(self, outcome: Any) -> None:
        if isinstance(outcome, Exception):  # the job could not even start
            self._finished(None, outcome)
        else:
            self._finished(*outcome)

    @property
    def running(self) -> bool:
        return self.state == "running"

    def cancel(self) -> None:
        """Ask the task to stop; whatever it still returns is discarded."""
        if self.state == "running":
            self.ctx.cancel()
            if self.dialog is not None:
                self.dialog.setLabelText(tr("Cancelling…"))

    def _progress(self, text: str, done: int, total: int) -> None:
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
