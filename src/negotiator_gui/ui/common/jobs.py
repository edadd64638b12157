"""Background jobs for the panels that follow a document: one runner for every chart and view.

A panel asks for its numbers with ``Runner.request``; requests made in one turn of the event loop
start one job (no fixed delay: a delay is latency). The job reads ``Document.frozen()``, the copy
of the scenario shared by every job of the same revision, so starting it costs about a
millisecond however large the flow table. One job per runner is in flight at a time; a request
made meanwhile starts one more when it ends. Every request bumps a generation number, and a
result whose generation is not the latest when it arrives is dropped, so a panel never shows
numbers for a scenario that no longer exists.

Results can be cached by what they depend on (``Document.content_key`` and the panel's own
options): an undo, a redo or a value toggled back is shown at once, without a job. So that such a
cache hit costs nothing, a panel hands back its job as ``Later(build)``: ``build`` runs on the UI
thread only when a job really starts (after the cache and the job in flight were looked at) and
takes the snapshot there; a hit never pickles the scenario.

A panel tabbed behind another dock, or closed, does no work: given a ``gate`` (the panel's
widget), a request while the gate is hidden in a shown window only marks the runner stale (and
drops any result still in flight, as any request does); the request is made when the gate is
shown again. ``hidden`` says when a widget counts as hidden.

A job in flight that a newer, different request supersedes is told so: ``Runner.cancelled``
(read while the job is built, e.g. in a ``Later``) is a check any thread may call, True once the
job's result would be dropped; long work asks it between its steps and gives up early
(``core.trade.Cancelled``; the panel shows nothing for it). A job whose key a later request
asks for again is never cancelled: it answers that request.

Two pools: ``charts`` for the work a user waits for after an edit, and ``analysis`` (one thread,
low priority) for the slower summaries (options matrix, counter-packages, ZOPA), so these never
hold a chart back.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QWidget

from negotiator_gui.ui.common import shutdown

_pools: dict[str, QThreadPool] = {}
#: Other pools (a panel's own) drained with these at exit.
_tracked: weakref.WeakSet[QThreadPool] = weakref.WeakSet()
_closing = False


def track(other: QThreadPool) -> QThreadPool:
    """Drain ``other`` too (at exit and in ``drain``): for a panel's own pool."""
    _tracked.add(other)
    return other


def _close() -> None:
    """At exit, before the interpreter goes: drop queued jobs and let running ones end, so no
    pool thread runs Python while the interpreter is being torn down; no job starts after."""
    global _closing
    _closing = True
    drain(10_000)


shutdown.before_exit(_close)
shutdown.add_drain(lambda: drain(10_000))


#: How long a thread may hold the interpreter lock while another waits for it, in seconds,
#: once background jobs exist (Python's default is 5 ms).
SWITCH_S = 0.001


def pool(kind: str = "charts") -> QThreadPool:
    """The shared pool for ``kind`` ("charts" or "analysis"), made on first use.

    The first pool also shortens the interpreter's switch interval to ``SWITCH_S``: the UI
    thread takes and releases the lock around every Qt call, and with jobs running Python on
    the pool each reacquisition could wait a full 5 ms interval, so a 10 ms redraw stretched
    to 60-70 ms (the longest UI block of the cold 300,000-line bench: 68 ms at 5 ms, 20 ms at
    1 ms; shorter intervals gained nothing more)."""
    found = _pools.get(kind)
    if found is None:
        if not _pools:
            sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_S))
        found = QThreadPool()
        if kind == "analysis":
            found.setMaxThreadCount(1)
            found.setThreadPriority(QThread.Priority.LowPriority)
        else:
            found.setMaxThreadCount(max(2, QThread.idealThreadCount()))
        _pools[kind] = found
    return found


#: Seconds without chart activity (a request, a result, a redraw) before slow analysis starts.
QUIET_S = 0.15
_last_activity = 0.0


def touch() -> None:
    """Note chart activity now (UI thread): slow analysis waits for a quiet moment after it."""
    global _last_activity
    _last_activity = time.monotonic()


def yield_to_charts(limit_s: float = 30.0) -> bool:
    """Wait, on a pool thread and without holding the GIL, while chart jobs run or charts were
    busy within the last ``QUIET_S``: slow analysis work (options matrix, counters, ZOPA,
    indicators) calls this before it starts, so it does not share the interpreter with the
    charts a user is waiting for after an edit (a burst of edits defers it to the pause).
    False when the application is closing: the job should not start at all."""
    charts = _pools.get("charts")
    end = time.monotonic() + limit_s
    try:
        while time.monotonic() < end and not _closing:
            if charts is not None and charts.activeThreadCount() > 0:
                time.sleep(0.005)
            elif time.monotonic() - _last_activity < QUIET_S:
                time.sleep(0.01)
            else:
                return True
    except RuntimeError:  # the application is closing and the pool is gone
        return False
    return not _closing


def settle_heap() -> None:
    """After a document is opened (a pause the user expects): collect what the one before left,
    then move every object alive to the collector's permanent generation (``gc.freeze``).

    Why: a full collection walks every object the collector tracks; with a 300,000-line
    scenario open one took about 90 ms on the UI thread, in the middle of an edit. What is
    alive when a document opens mostly lives as long as it; what edits make afterwards stays
    young and is collected as usual. Unfrozen first, so the previous document's objects can
    be collected."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def drain(msecs: int = 60_000) -> bool:
    """Drop queued jobs and wait for the running ones (tests, closing): True if all ended."""
    ok = True
    for p in [*_pools.values(), *list(_tracked)]:
        if not shiboken6.isValid(p):
            continue
        p.clear()
        ok &= p.waitForDone(msecs)
    return ok


def hidden(widget: QWidget) -> bool:
    """True when ``widget`` is not on screen in a window that is: a dock tabbed behind another,
    a closed dock, a tab not current. A widget in a window not shown at all (being built, a
    test, an export) is not hidden: its work is what was asked for."""
    return not widget.isVisible() and widget.window().isVisible()


class Soon(QObject):
    """A single shot on the next turn of the event loop, in the order of posted events (a QTimer
    of 0 ms fires after every event posted meanwhile: the repaints an edit asked for). So the
    charts an edit updates update one after another before any of them is repainted, and a
    chain of them (an edit, a panel's job, its redraw) is not held back by repaints between
    its steps. ``start``/``stop``/``isActive`` as QTimer's; starts while pending coalesce."""

    _TYPE = QEvent.Type(QEvent.registerEventType())

    def __init__(self, parent: QObject | None, fn: Callable[[], Any]) -> None:
        super().__init__(parent)
        self.fn = fn
        self._pending = False

    def start(self) -> None:
        if not self._pending:
            self._pending = True
            QCoreApplication.postEvent(self, QEvent(self._TYPE))

    def stop(self) -> None:
        self._pending = False  # the event still arrives and is ignored

    def isActive(self) -> bool:
        return self._pending

    def event(self, event: QEvent) -> bool:
        if event.type() == self._TYPE:
            if self._pending:
                self._pending = False
                self.fn()
            return True
        return super().event(event)


class ResultCache:
    """The last few results by key (least recently used first out); UI thread only."""

    def __init__(self, size: int = 16) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self.hits = 0

    def get(self, key: Hashable) -> tuple[bool, Any]:
        if key in self._items:
            self._items.move_to_end(key)
            self.hits += 1
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


class _Signals(QObject):
    done = Signal(int, object, object)  # generation, result (or the exception), key


class _Job(QRunnable):
    def __init__(self, generation: int, fn: Callable[[], Any], key, signals: _Signals) -> None:
        super().__init__()
        self.generation, self.fn, self.key, self.signals = generation, fn, key, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # shown by the panel, never a traceback on the pool
            result = exc
        with contextlib.suppress(RuntimeError):  # the panel (and its receiver) already closed
            self.signals.done.emit(self.generation, result, self.key)


class Later:
    """A job's function made only when the job starts: ``build`` runs on the UI thread (it may
    read the live document, e.g. take ``Document.frozen()``) and returns the function for the
    pool. A cached result, or a job already in flight for the same key, never calls it, so a
    prepare that returns ``(key, Later(build))`` costs only its key when nothing is computed."""

    __slots__ = ("build",)

    def __init__(self, build: Callable[[], Callable[[], Any]]) -> None:
        self.build = build


Work = Callable[[], Any] | Later
Prepared = Work | tuple[Hashable, Work] | None


def _never() -> bool:
    return False


def _built(fn: Work) -> Callable[[], Any]:
    return fn.build() if isinstance(fn, Later) else fn


class Runner(QObject):
    """Coalesced, generation-counted background work for one panel.

    ``prepare`` runs on the UI thread when the work starts and returns the function to run on the
    pool, or ``(key, function)`` to cache the result under ``key``, or None (nothing to do); the
    function may be a ``Later``, built (on the UI thread) only if a job does start.
    ``apply`` gets the result (or the exception it raised) on the UI thread, only if nothing was
    requested since."""

    def __init__(
        self,
        parent: QObject,
        prepare: Callable[[], Prepared],
        apply: Callable[[Any], None],
        delay_ms: int = 0,
        kind: str = "charts",
        cache: ResultCache | None = None,
        inline: bool = False,
        gate: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.prepare, self.apply = prepare, apply
        self.kind = kind
        #: Run the work on the UI thread (on the next turn of the event loop): for work of a
        #: fraction of a millisecond, where a pool thread would only add a hand-over.
        self.inline = inline
        self.cache = cache
        self.generation = 0
        self.running: int | None = None  # generation of the latest job started, until shown
        self.dropped = 0
        self.started = 0
        self._flight: int | None = None  # the generation the job in flight answers
        self._launched: int | None = None  # the generation it was started for
        self._flight_key: Hashable | None = None
        self._waiting = False  # a request came while a job was in flight
        self._wanted: Hashable | None = None  # key of the latest prepared request
        self._flight_cancel: threading.Event | None = None  # set: the job in flight is unwanted
        #: While a job is being built: its "am I still wanted?" check, for any thread (False
        #: until a different request supersedes it). Outside a build: a check that is never set.
        self.cancelled: Callable[[], bool] = _never
        # Not parented: a job still running when the panel closes keeps its signal object
        # alive; the connection to the deleted panel is simply gone.
        self.signals = _Signals()
        self.signals.done.connect(self._deliver)
        self.timer: QTimer | Soon
        if delay_ms > 0:
            self.timer = QTimer(self)
            self.timer.setSingleShot(True)
            self.timer.setInterval(delay_ms)
            self.timer.timeout.connect(self._start)
        else:
            self.timer = Soon(self, self._start)
        #: A request came while the gate was hidden: made when it is shown.
        self.stale = False
        self.gate = gate
        if gate is not None:
            gate.installEventFilter(self)

    @property
    def busy(self) -> bool:
        """True until the latest request's result is shown."""
        return self.timer.isActive() or self._waiting or self.running == self.generation

    def request(self) -> None:
        touch()
        self.generation += 1  # anything still running is now stale
        if self.gate is not None and hidden(self.gate):
            self.stale = True  # done when the gate is shown
            self.timer.stop()
            self._waiting = False
            return
        self.stale = False
        if not self.timer.isActive():
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.gate and self.stale:
            self.request()
        return False

    def _start(self) -> None:
        if _closing:  # the process is ending: nobody will see the result
            return
        prepared = self.prepare()
        if prepared is None:
            self.running, self._wanted, self._waiting = None, None, False
            return
        key, fn = prepared if isinstance(prepared, tuple) else (None, prepared)
        self._wanted = key
        if key is not None and self.cache is not None:
            found, result = self.cache.get(key)
            if found:
                self.running, self._waiting = None, False
                self.apply(result)
                return
        if self.inline:
            try:
                result = _built(fn)()
            except Exception as exc:  # shown by the panel, like a pool job's
                result = exc
            self.running, self._waiting = None, False
            self.started += 1
            if key is not None and self.cache is not None and not isinstance(result, Exception):
                self.cache.put(key, result)
            self.apply(result)
            return
        if self._flight is not None:
            if key is not None and self._flight_key == key:
                self.running = self._flight = self.generation  # in flight: just this
                return
            self._waiting = True  # started when the job in flight ends
            self.supersede_flight()
            return
        self._waiting = False
        token = threading.Event()
        self.cancelled = token.is_set
        try:
            fn = _built(fn)  # the snapshot is taken now, on the UI thread
        except Exception as exc:  # shown by the panel, like a failed job
            self.deliver(self.generation, exc)
            return
        finally:
            self.cancelled = _never
        self.running = self._flight = self._launched = self.generation
        self._flight_key = key
        self._flight_cancel = token
        self.started += 1
        pool(self.kind).start(_Job(self.generation, fn, key, self.signals))

    def supersede_flight(self) -> None:
        """The job in flight is not wanted any more (UI thread): its ``cancelled`` check turns
        True, so it may stop early, and no later request for its key adopts it. Its result,
        whatever it is, is dropped (its generation is no longer the latest)."""
        if self._flight_cancel is not None:
            self._flight_cancel.set()
        self._flight_key = None

    def _deliver(self, generation: int, result: Any, key: Hashable | None) -> None:
        touch()
        answers = generation
        if self._flight is not None and generation == self._launched:
            answers = self._flight  # a later request may have asked for the same key
            self._flight = None
            self._flight_cancel = None
        if key is not None and self.cache is not None and not isinstance(result, Exception):
            self.cache.put(key, result)
        self.deliver(answers, result)
        if self._waiting and self._flight is None and not self.timer.isActive():
            self._start()

    def deliver(self, generation: int, result: Any) -> None:
        if generation != self.generation:
            self.dropped += 1
            return
        self.running = None
        self.apply(result)
