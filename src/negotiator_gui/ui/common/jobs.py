"""The one Qt adapter for background work: every chart, view, panel and file task uses ``Runner``.

The rules (generations, cancel tokens, progress, the result cache, ``Later``) are Qt-free and live
in ``app.jobs``; this module adds what needs Qt: the thread pools, coalescing requests made in one
turn of the event loop, and delivering results (and progress) on the UI thread.

A panel asks for its numbers with ``Runner.request``; requests made in one turn of the event loop
start one job (no fixed delay: a delay is latency). The job reads ``Document.frozen()``, the copy
of the scenario shared by every job of the same revision, so starting it costs about a
millisecond however large the flow table. One job per runner is in flight at a time; a request
made meanwhile starts one more when it ends. Every request takes the next generation, and a
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
(``app.jobs.Cancelled``; the panel shows nothing for it). A job whose key a later request
asks for again is never cancelled: it answers that request. ``Runner.context`` (also read while
building) gives a file task its cancel check and a progress callback; progress reaches the UI
thread as ``Runner.progress``.

A window being started holds the jobs of the shared pools (``hold``) until it has been painted
once: what the panels ask for while the window is built and shown is started then, in the order
asked, so the window is on screen before any analysis takes the processor (or the memory) from
it. A runner on a pool of its own (a file task the user asked for, with its Cancel button) is
never held.

Two pools: ``charts`` for the work a user waits for after an edit, and ``analysis`` (one thread,
low priority) for the slower summaries (options matrix, counter-packages, ZOPA), so these never
hold a chart back. Making a pool changes nothing process-wide: the interpreter's switch interval
and the heap settling are set once at start-up (``app.startup.tune_process``).
"""

from __future__ import annotations

import contextlib
import time
import weakref
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

from negotiator_gui.app.jobs import (
    Cancelled,
    CancelToken,
    Generations,
    JobContext,
    Later,
    ResultCache,
    Work,
    built,
    never,
)
from negotiator_gui.ui.common import shutdown

__all__ = [
    "Cancelled",
    "Later",
    "ResultCache",
    "Runner",
    "Soon",
    "drain",
    "hidden",
    "hold",
    "pool",
    "touch",
    "track",
    "yield_to_charts",
]

_pools: dict[str, QThreadPool] = {}
#: Other pools (a panel's own) drained with these at exit.
_tracked: weakref.WeakSet[QThreadPool] = weakref.WeakSet()
_closing = False
#: ``hold`` calls not yet released, and the runners whose start waits for the last release.
_holds = 0
_held: list[weakref.ref[Runner]] = []


def hold() -> Callable[[], None]:
    """Put off every job start until the function returned is called (once or more: only the
    first call counts). The main window holds from its first show to its first paint, so that
    it is painted before any analysis starts."""
    global _holds
    _holds += 1
    done = False

    def release() -> None:
        nonlocal done
        if not done:
            done = True
            _release()

    return release


def _release() -> None:
    """End one ``hold``; at the last, start what was asked meanwhile, in the order asked."""
    global _holds
    _holds -= 1
    if _holds:
        return
    waiting = [r for r in (ref() for ref in _held) if r is not None]
    _held.clear()
    for runner in waiting:
        if not (shiboken6.isValid(runner) and runner.held):
            continue
        runner.held = False
        owner = runner.parent()
        if isinstance(owner, QWidget) and not owner.window().isVisible():
            # its window was closed before it was painted: nobody would see the result (a
            # panel shown again asks again, as after any time hidden)
            runner.stale = True
            continue
        runner.resume()


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


def pool(kind: str = "charts") -> QThreadPool:
    """The shared pool for ``kind`` ("charts" or "analysis"), made on first use."""
    found = _pools.get(kind)
    if found is None:
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


class _Signals(QObject):
    done = Signal(int, object, object)  # generation, result (or the exception), key
    progress = Signal(int, str, int, int)  # generation, text, done, total


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


Prepared = Work | tuple[Hashable, Work] | None


def _reporter(signals: _Signals, generation: int) -> Callable[[str, int, int], None]:
    """A job's progress callback (any thread): queued to the UI thread with its generation."""

    def report(text: str, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the runner closed while the job ran
            signals.progress.emit(generation, text, done, total)

    return report


class Runner(QObject):
    """Coalesced, generation-counted background work for one panel (or one file task).

    ``prepare`` runs on the UI thread when the work starts and returns the function to run on the
    pool, or ``(key, function)`` to cache the result under ``key``, or None (nothing to do); the
    function may be a ``Later``, built (on the UI thread) only if a job does start.
    ``apply`` gets the result (or the exception it raised) on the UI thread, only if nothing was
    requested since. ``progress`` carries the latest job's ``(text, done, total)`` reports
    (see ``context``). ``pool`` overrides the shared pool named by ``kind``."""

    #: The job answering the latest request reported progress: text, done, total.
    progress = Signal(str, int, int)

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
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.prepare, self.apply = prepare, apply
        self.kind = kind
        self._pool = pool
        #: Run the work on the UI thread (on the next turn of the event loop): for work of a
        #: fraction of a millisecond, where a pool thread would only add a hand-over.
        self.inline = inline
        self.cache = cache
        self.generations = Generations()
        self.running: int | None = None  # generation of the latest job started, until shown
        self._flight: int | None = None  # the generation the job in flight answers
        self._launched: int | None = None  # the generation it was started for
        self._flight_key: Hashable | None = None
        self._waiting = False  # a request came while a job was in flight
        self._wanted: Hashable | None = None  # key of the latest prepared request
        self._flight_token: CancelToken | None = None  # set: the job in flight is unwanted
        #: While a job is being built: its "am I still wanted?" check, for any thread (False
        #: until a different request supersedes it). Outside a build: a check that is never set.
        self.cancelled: Callable[[], bool] = never
        #: While a job is being built: its cancel check and progress callback in one (a file
        #: task's argument). Outside a build: None.
        self.context: JobContext | None = None
        # Not parented: a job still running when the panel closes keeps its signal object
        # alive; the connection to the deleted panel is simply gone.
        self.signals = _Signals()
        self.signals.done.connect(self._deliver)
        self.signals.progress.connect(self._progress)
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
        #: A start came while jobs were held (``hold``): made at the ``release``.
        self.held = False
        self.gate = gate
        if gate is not None:
            gate.installEventFilter(self)

    @property
    def generation(self) -> int:
        """The latest request's generation."""
        return self.generations.current

    @property
    def busy(self) -> bool:
        """True until the latest request's result is shown."""
        return (
            self.held or self.timer.isActive() or self._waiting or self.running == self.generation
        )

    def request(self) -> None:
        """Ask for the work to be done again (the result of anything asked before is stale);
        started on the next turn of the event loop (or after ``delay_ms``)."""
        touch()
        self.generations.next()  # anything still running is now stale
        if self.gate is not None and hidden(self.gate):
            self.stale = True  # done when the gate is shown
            self.timer.stop()
            self._waiting = False
            return
        self.stale = False
        if not self.timer.isActive():
            self.timer.start()

    def start_now(self) -> None:
        """A request started at once rather than on the next turn (a file task: its dialog and
        its Cancel button refer to a job that exists)."""
        self.request()
        if self.timer.isActive():
            self.timer.stop()
            self._start()

    def drop_results(self) -> None:
        """A result still on its way, for any request made so far, is stale (the panel showed
        newer numbers by itself); a pending start is left as it is."""
        self.generations.next()

    def invalidate(self) -> None:
        """Whatever is running or pending is stale and nothing new is wanted yet (the document
        went): a result still in flight is dropped, a pending start does not happen."""
        self.generations.next()
        self.timer.stop()
        self._waiting = False
        self.held = False
        self.running = None
        self.supersede_flight()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.gate and self.stale:
            self.request()
        return False

    def resume(self) -> None:
        """The start put off by ``hold``: made now, or when the gate is shown if it was hidden
        meanwhile."""
        if self.gate is not None and hidden(self.gate):
            self.stale = True
        elif not self.timer.isActive():
            self._start()

    def _start(self) -> None:
        if _closing:  # the process is ending: nobody will see the result
            return
        if _holds and self._pool is None:  # the window is not painted yet: started then
            if not self.held:
                self.held = True
                _held.append(weakref.ref(self))
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
                result = built(fn)()
            except Exception as exc:  # shown by the panel, like a pool job's
                result = exc
            self.running, self._waiting = None, False
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
        generation = self.generation
        token = CancelToken()
        self.cancelled = token.cancelled
        self.context = JobContext(_reporter(self.signals, generation), token)
        try:
            fn = built(fn)  # the snapshot is taken now, on the UI thread
        except Exception as exc:  # shown by the panel, like a failed job
            self.deliver(generation, exc)
            return
        finally:
            self.cancelled = never
            self.context = None
        self.running = self._flight = self._launched = generation
        self._flight_key = key
        self._flight_token = token
        target = self._pool if self._pool is not None else pool(self.kind)
        target.start(_Job(generation, fn, key, self.signals))

    def supersede_flight(self) -> None:
        """The job in flight is not wanted any more (UI thread): its ``cancelled`` check turns
        True, so it may stop early, and no later request for its key adopts it. Its result,
        whatever it is, is dropped (its generation is no longer the latest)."""
        if self._flight_token is not None:
            self._flight_token.cancel()
        self._flight_key = None

    def _progress(self, generation: int, text: str, done: int, total: int) -> None:
        if generation == self._flight and self.generations.is_current(generation):
            self.progress.emit(text, done, total)

    def _deliver(self, generation: int, result: Any, key: Hashable | None) -> None:
        touch()
        answers = generation
        if self._flight is not None and generation == self._launched:
            answers = self._flight  # a later request may have asked for the same key
            self._flight = None
            self._flight_token = None
        if key is not None and self.cache is not None and not isinstance(result, Exception):
            self.cache.put(key, result)
        self.deliver(answers, result)
        if self._waiting and self._flight is None and not self.timer.isActive():
            self._start()

    def deliver(self, generation: int, result: Any) -> None:
        """Show ``result`` if it answers the latest request; drop it otherwise (stale)."""
        if not self.generations.is_current(generation):
            return
        self.running = None
        self.apply(result)
