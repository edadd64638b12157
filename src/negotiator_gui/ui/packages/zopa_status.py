"""The ZOPA size in the status bar, kept current off the UI thread.

Counting the zone of possible agreement enumerates up to 20 million packages (or samples larger
spaces), which takes long enough to be felt; it runs on the thread pool after a pause in edits to
issues or preferences, and a count that is stale when it arrives (another edit came in meanwhile)
is dropped rather than shown as current.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from negotiator_gui.app import derived
from negotiator_gui.app.derived import negotiator_ids
from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core import bargaining
from negotiator_gui.core.i18n import number, tr
from negotiator_gui.core.labels import big_count
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.ui.common import jobs

#: Kinds of change that can change the ZOPA: those that change the bargaining space.
RELEVANT = derived.SPACE.depends


def count_text(
    space: Callable[[], bargaining.Space], zopa: Callable[[], bargaining.ZopaSize]
) -> str:
    """The status text for the space ``space()`` and its ZOPA ``zopa()`` (any thread)."""
    if not jobs.yield_to_charts():
        return ""  # the application is closing
    try:
        built = space()
        z = zopa()
    except bargaining.AnalysisError:
        return tr("ZOPA: —")
    if z.exact:
        return tr("ZOPA: {n} packages ({p}%)").format(
            n=number(z.packages), p=number(z.fraction * 100, 1)
        )
    return tr("ZOPA: about {p}% of {size} packages").format(
        p=number(z.fraction * 100, 1), size=big_count(built.size)
    )


class ZopaStatus(QLabel):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setToolTip(
            tr(
                "ZOPA: the packages that every side prefers to no deal (its BATNA), counted over "
                "the whole package space (sampled when the space is very large)"
            )
        )
        # after a pause in edits; a count that is stale when it arrives is dropped
        self.runner = jobs.Runner(self, self._prepare, self._show, delay_ms=300, kind="analysis")
        self.document: Document | None = None
        self._unsubscribe = None
        session.document_changed.connect(self.follow)
        self.follow(session.document)

    def follow(self, document: Document) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.document = document
        self._unsubscribe = document.subscribe(self._on_event)
        self.runner.request()

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "reset" or any(c.kind in RELEVANT for c in event.changes):
            self.runner.request()

    def _prepare(self):
        doc = self.document
        if doc is None:
            return None
        ids = negotiator_ids(doc.scenario)
        _key, space = self.session.derived.request(derived.SPACE, doc, ids)
        key, zopa = self.session.derived.request(derived.ZOPA, doc, ids)
        return key, functools.partial(count_text, space, zopa)

    def _show(self, text) -> None:
        if isinstance(text, str) and text:
            self.setText(text)
