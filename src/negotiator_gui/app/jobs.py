"""The protocol of background work, without Qt: staleness, cancelling, progress and a cache.

Every piece of work the window does off its UI thread (a chart's numbers, the options matrix,
the package builder's indicators, a file import) follows the same few rules, kept here so that
they are written once and tested without a display:

- **Staleness.** Each request takes the next number of a ``Generations`` counter; a result is
  shown only if its number is still the current one when it arrives. A panel therefore never
  shows numbers for a scenario that no longer exists, however the jobs interleave.
- **Cancelling.** A job gets a ``CancelToken``; whoever no longer wants its result sets it, and
  long work asks ``cancelled()`` between its steps (or ``check()``, which raises ``Cancelled``,
  the core's one exception for "stopped because nobody wants this"). Cancelling is cooperative:
  a step that cannot be interrupted runs to its end and its result is thrown away.
- **Progress.** A job reports ``(text, done, total)`` through a ``Progress`` callback (``total`` 0
  means busy, no count); ``JobContext`` bundles the token and the callback for file tasks.
- **Cache.** ``ResultCache`` keeps the last few results by what they depend on, so an undo or a
  value toggled back is shown at once, without a job.
- **Later.** A job's function made only when the job really starts, so a cache hit costs its key
  only (see ``Later``).

The Qt adapter (``ui.common.jobs.Runner``) adds what needs an event loop: coalescing requests
made in one turn, the thread pools, delivering results on the UI thread.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from negotiator_gui.core.trade import Cancelled

__all__ = [
    "CancelToken",
    "Cancelled",
    "Generations",
    "JobContext",
    "Later",
    "Progress",
    "ResultCache",
    "built",
    "never",
]

#: How a job reports progress: ``(text, done, total)``; ``total`` 0 means "busy, no count".
Progress = Callable[[str, int, int], None]


class Generations:
    """Numbers requests so that results of superseded ones can be recognised and dropped.

    One counter per consumer (a panel); owned by one thread (the one that makes requests and
    receives results), so no lock."""

    __slots__ = ("current",)

    def __init__(self) -> None:
        self.current = 0

    def next(self) -> int:
        """A new request: anything numbered before it is now stale. Returns its number."""
        self.current += 1
        return self.current

    def is_current(self, generation: int) -> bool:
        """Whether a result for ``generation`` answers the latest request (else: drop it)."""
        return generation == self.current


def never() -> bool:
    """A cancel check that never says stop (for work nobody can supersede)."""
    return False


class CancelToken:
    """Whether a job's result is still wanted: set by the thread that no longer wants it, read
    by the job from any thread (a ``threading.Event``, so both sides need no other lock)."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """The result is not wanted any more; the job may stop at its next check."""
        self._event.set()

    def cancelled(self) -> bool:
        """True once ``cancel`` was called: the check long work passes to the core as
        ``cancelled=`` (``core.trade.check_cancelled``)."""
        return self._event.is_set()

    def check(self) -> None:
        """Stop here if cancelled (raises ``Cancelled``): for loops that end by an exception."""
        if self._event.is_set():
            raise Cancelled


class JobContext:
    """What a file task sees: its cancel token and its progress callback in one argument."""

    def __init__(self, progress: Progress | None = None, token: CancelToken | None = None) -> None:
        self.token = token if token is not None else CancelToken()
        self._progress = progress

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled()

    def cancel(self) -> None:
        self.token.cancel()

    def check(self) -> None:
        """Stop here if the user cancelled (raises ``Cancelled``)."""
        self.token.check()

    def step(self, text: str, done: int = 0, total: int = 0) -> None:
        """Report progress (``total`` 0 means "busy, no count") and stop if cancelled."""
        self.check()
        if self._progress is not None:
            self._progress(text, done, total)


class ResultCache:
    """The last few results by key (least recently used first out); one thread only."""

    def __init__(self, size: int = 16) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable) -> tuple[bool, Any]:
        """``(True, value)`` for a known key (now the most recently used), else ``(False,
        None)``: a found None is told apart from a miss."""
        if key in self._items:
            self._items.move_to_end(key)
            return True, self._items[key]
        return False, None

    def put(self, key: Hashable, value: Any) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


class Later:
    """A job's function made only when the job starts: ``build`` runs on the thread that owns
    the document (it may read the live document, e.g. take ``Document.frozen()``) and returns
    the function for the pool. A cached result, or a job already in flight for the same key,
    never calls it, so a prepare that returns ``(key, Later(build))`` costs only its key when
    nothing is computed."""

    __slots__ = ("build",)

    def __init__(self, build: Callable[[], Callable[[], Any]]) -> None:
        self.build = build


#: A job's work: the function itself, or a ``Later`` that makes it.
Work = Callable[[], Any] | Later


def built(fn: Work) -> Callable[[], Any]:
    """The function to run: ``fn`` itself, or what its ``Later`` builds (now)."""
    return fn.build() if isinstance(fn, Later) else fn
