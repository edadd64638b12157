"""The package builder's economic indicators, computed off the UI thread.

Requests are debounced (a burst of combo changes costs one run) and numbered; a result that
arrives after a newer request was made is stale and dropped, so the panel never shows the
numbers of a package the user has already left. The prepared trade data (``impact.Prepared``)
is built from a snapshot of the scenario and kept until the scenario changes in a way that
matters to it (anything but cards and offers).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from negotiator_gui.app.document import Document
from negotiator_gui.core import impact
from negotiator_gui.ui.common import jobs


class _Relay(QObject):
    """Carries a result from the pool thread to the UI thread (a queued signal)."""

    done = Signal(int, object, object)  # generation, Prepared | None, Indicators | Exception


class _Job(QRunnable):
    def __init__(self, relay: _Relay, generation: int, prep, snapshot, choices) -> None:
        super().__init__()
        self.relay = relay  # keeps the relay alive for as long as the job runs
        self.generation = generation
        self.prep = prep
        self.snapshot = snapshot
        self.choices = dict(choices)

    def run(self) -> None:
        if not jobs.yield_to_charts():
            return  # the application is closing
        try:
            prep = self.prep or impact.Prepared.of(self.snapshot)
            ind = impact.indicators(prep, self.choices)
            # what the flow table covers of the balance shown (memoised per flow table)
            coverage = (
                impact.coverage_note(prep.scenario, ind.party, ind.partner)
                if ind is not None
                else None
            )
            result: object = (ind, coverage)
        except Exception as exc:  # shown in the panel; the UI thread never sees a traceback
            prep, result = None, exc
        with contextlib.suppress(RuntimeError):  # the panel closed while this ran
            self.relay.done.emit(self.generation, prep, result)


class IndicatorsRunner(QObject):
    """Runs ``impact.indicators`` for the latest requested package; emits ``ready`` with the
    result (``Indicators`` or None) or ``failed`` with a message. ``coverage`` holds what the
    flow table covers of the balance shown (``impact.coverage_note``), set before ``ready``."""

    ready = Signal(object)
    failed = Signal(str)
    busy = Signal()

    def __init__(self, parent: QObject | None = None, delay_ms: int = 120) -> None:
        super().__init__(parent)
        self.pool = jobs.track(QThreadPool(self))
        self.pool.setMaxThreadCount(1)
        self.generation = 0
        self.delivered = 0
        self._document: Document | None = None
        self._choices: dict[str, str] = {}
        self._prep = None
        self.coverage: tuple[str, str | None] | None = None
        self._relay = _Relay()
        self._relay.done.connect(self._done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)

    def invalidate(self) -> None:
        """The scenario changed in a way the trade data depends on: prepare it again."""
        self._prep = None

    def request(self, document: Document, choices: Mapping[str, str]) -> None:
        self.generation += 1
        self._document = document
        self._choices = dict(choices)
        self.busy.emit()
        self._timer.start()

    def _start(self) -> None:
        if self._document is None:
            return
        snapshot = None if self._prep is not None else self._document.frozen()
        self.pool.start(_Job(self._relay, self.generation, self._prep, snapshot, self._choices))

    def _done(self, generation: int, prep, result) -> None:
        if generation != self.generation:
            return  # stale: a newer package (or scenario) was asked for meanwhile
        self.delivered = generation
        self._prep = prep
        if isinstance(result, Exception):
            self.coverage = None
            self.failed.emit(str(result))
        else:
            ind, self.coverage = result
            self.ready.emit(ind)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the running job is done (for closing and for tests)."""
        return self.pool.waitForDone(msecs)
