"""The ZOPA size in the status bar, kept current off the UI thread.

Counting the zone of possible agreement enumerates up to 20 million packages (or samples larger
spaces), which takes long enough to be felt; it runs on the thread pool after a pause in edits to
issues or preferences, and a count that is stale when it arrives (another edit came in meanwhile)
is dropped rather than shown as current.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QRunnable, QTimer, Signal
from PySide6.QtWidgets import QLabel

from negotiator_gui.app.document import Document
from negotiator_gui.core import bargaining
from negotiator_gui.core.i18n import number, tr
from negotiator_gui.core.labels import big_count
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.ui.common import jobs

#: Kinds of change that can change the ZOPA.
RELEVANT = {"issue", "option", "preferences", "party", "package", "scenario"}


class _Signals(QObject):
    done = Signal(int, str)


class _Count(QRunnable):
    def __init__(self, generation: int, scenario: Scenario, signals: _Signals) -> None:
        super().__init__()
        self.generation, self.scenario, self.signals = generation, scenario, signals

    def run(self) -> None:
        if not jobs.yield_to_charts():
            return  # the application is closing
        # RuntimeError from emit: the application is shutting down and the count has nowhere to go
        with contextlib.suppress(RuntimeError):
            self._emit(self._count())

    def _emit(self, text: str) -> None:
        self.signals.done.emit(self.generation, text)

    def _count(self) -> str:
        try:
            space = bargaining.build_space(self.scenario)
            z = bargaining.zopa_size(space)
        except bargaining.AnalysisError:
            return tr("ZOPA: —")
        if z.exact:
            return tr("ZOPA: {n} packages ({p}%)").format(
                n=number(z.packages), p=number(z.fraction * 100, 1)
            )
        return tr("ZOPA: about {p}% of {size} packages").format(
            p=number(z.fraction * 100, 1), size=big_count(space.size)
        )


class ZopaStatus(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setToolTip(
            tr(
                "ZOPA: the packages that every side prefers to no deal (its BATNA), counted over "
                "the whole package space (sampled when the space is very large)"
            )
        )
        self.generation = 0
        # Not parented: a count still running when the window closes keeps its signal object
        # alive, and the connection to this (deleted) label is simply gone.
        self.signals = _Signals()
        self.signals.done.connect(self._show)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self._start)
        self.document: Document | None = None
        self._unsubscribe = None

    def follow(self, document: Document) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.document = document
        self._unsubscribe = document.subscribe(self._on_event)
        self.timer.start()

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "reset" or any(c.kind in RELEVANT for c in event.changes):
            self.generation += 1  # anything still counting is now stale
            self.timer.start()

    def _start(self) -> None:
        if self.document is None:
            return
        self.generation += 1
        job = _Count(self.generation, self.document.frozen(), self.signals)
        jobs.pool("analysis").start(job)

    def _show(self, generation: int, text: str) -> None:
        if generation == self.generation:
            self.setText(text)
