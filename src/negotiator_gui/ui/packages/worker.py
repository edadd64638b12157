"""The package builder's economic indicators, computed off the UI thread.

Requests go through a ``jobs.Runner`` on the builder's own one-thread pool: they are debounced
(a burst of combo changes costs one run) and numbered; a result that arrives after a newer
request was made is stale and dropped, so the panel never shows the numbers of a package the
user has already left. The prepared trade data (``impact.Prepared``) is built from a snapshot of
the scenario and kept until the scenario changes in a way that matters to it (anything but cards
and offers). The work waits for the charts to be quiet first (``jobs.yield_to_charts``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from negotiator_gui.app.document import Document
from negotiator_gui.core import impact
from negotiator_gui.ui.common import jobs


def _indicators(prep: impact.Prepared | None, snapshot, choices: dict[str, str]) -> tuple:
    """(prepared data, (indicators, coverage)) on a pool thread; the prepared data is None and
    the second item the exception when the computation failed."""
    if not jobs.yield_to_charts():
        raise jobs.Cancelled  # the application is closing
    try:
        prep = prep or impact.Prepared.of(snapshot)
        ind = impact.indicators(prep, choices)
        # what the flow table covers of the balance shown (memoised per flow table)
        coverage = (
            impact.coverage_note(prep.scenario, ind.party, ind.partner) if ind is not None else None
        )
        return prep, (ind, coverage)
    except Exception as exc:  # shown in the panel; the UI thread never sees a traceback
        return None, exc


class IndicatorsRunner(QObject):
    """Runs ``impact.indicators`` for the latest requested package; emits ``ready`` with the
    result (``Indicators`` or None) or ``failed`` with a message. ``coverage`` holds what the
    flow table covers of the balance shown (``impact.coverage_note``), set before ``ready``.
    ``jobs`` is the runner (``jobs.busy`` until the latest request's result is shown)."""

    ready = Signal(object)
    failed = Signal(str)
    busy = Signal()

    def __init__(self, parent: QObject | None = None, delay_ms: int = 120) -> None:
        super().__init__(parent)
        self.pool = jobs.track(QThreadPool(self))
        self.pool.setMaxThreadCount(1)
        self._document: Document | None = None
        self._choices: dict[str, str] = {}
        self._prep: impact.Prepared | None = None
        self.coverage: tuple[str, str | None] | None = None
        self.jobs = jobs.Runner(self, self._prepare, self._done, delay_ms=delay_ms, pool=self.pool)

    def invalidate(self) -> None:
        """The scenario changed in a way the trade data depends on: prepare it again."""
        self._prep = None

    def request(self, document: Document, choices: Mapping[str, str]) -> None:
        self._document = document
        self._choices = dict(choices)
        self.busy.emit()
        self.jobs.request()

    def _prepare(self) -> jobs.Later | None:
        if self._document is None:
            return None
        document, prep, choices = self._document, self._prep, dict(self._choices)

        def build() -> Callable[[], Any]:
            snapshot = None if prep is not None else document.frozen()
            return lambda: _indicators(prep, snapshot, choices)

        return jobs.Later(build)

    def _done(self, outcome) -> None:
        if isinstance(outcome, jobs.Cancelled):
            return  # the application is closing
        if isinstance(outcome, Exception):  # the snapshot could not be taken
            prep, result = None, outcome
        else:
            prep, result = outcome
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
