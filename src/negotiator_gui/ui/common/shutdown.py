"""Leaving the process cleanly, whether or not an event loop ever ran.

A script that builds the main window and returns without ``app.exec()`` (``bench_startup``, a
test helper) died with SIGSEGV at interpreter exit: PySide6 deleted the window from its own
``atexit`` clean-up with layout requests still posted, so during the deletion pyqtgraph items
whose Python ``resizeEvent`` touches a child (the ``LabelItem`` rows of a legend) ran on
half-destroyed objects, and the error raised there crashed shiboken's error handler.

This module's ``atexit`` hook runs before PySide6's (it is registered later, after QtCore was
imported). It stops background work (``before_exit`` hooks: ``ui.jobs`` starts no job after
them) and drains it (``add_drain``: the job pools of ``ui.jobs``; Qt's global pool), lets each
window finish its own (a window's ``before_exit()``: the autosave being written), sends the
events still posted while every item is whole, then deletes the windows ``release_at_exit``
listed, so PySide6 has none of ours left to delete.
``release`` does the same for one window, for code that wants it gone now.
"""

from __future__ import annotations

import atexit
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QWidget

#: Wait for background work to end, dropping what is queued (UI thread): called before windows
#: are released and again after the events still posted were sent (they may have queued more).
_drains: list[Callable[[], object]] = []
#: Called first at exit (UI thread): no new background work starts after them.
_exit_hooks: list[Callable[[], object]] = []
#: The application's windows, released at exit (weak: a window deleted before is skipped).
_windows: list[weakref.ref[QWidget]] = []
#: How long a background job may still run at exit before we go on, in milliseconds.
WAIT_MS = 10_000
#: Rounds of posted events sent before the windows go (an event may post another).
ROUNDS = 3


def add_drain(drain: Callable[[], object]) -> None:
    """Call ``drain`` before a window is released (a pool to empty and wait for)."""
    if drain not in _drains:
        _drains.append(drain)


def before_exit(stop: Callable[[], object]) -> None:
    """Call ``stop`` once at exit, before anything else (so no new background work starts)."""
    if stop not in _exit_hooks:
        _exit_hooks.append(stop)


def _drain_background() -> None:
    for drain in list(_drains):
        drain()
    pool = QThreadPool.globalInstance()
    if pool is not None and shiboken6.isValid(pool):
        pool.clear()
        pool.waitForDone(WAIT_MS)


def _send_posted(app: QCoreApplication) -> None:
    for _ in range(ROUNDS):
        app.sendPostedEvents()


def release(widget: QWidget) -> None:
    """Delete ``widget`` (a top-level window) now, cleanly: the background work drained, its own
    ``before_exit()``, the events posted, then the widget and what it owns. Other windows go on
    working (later jobs run as usual)."""
    release_all([widget])


def release_all(widgets: list[QWidget]) -> None:
    """``release`` for several windows at once (background work drained once for all)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    _drain_background()
    for widget in widgets:
        hook = getattr(widget, "before_exit", None)
        if hook is not None and shiboken6.isValid(widget):
            hook()
    _send_posted(app)
    _drain_background()  # what those events queued
    for widget in widgets:
        if shiboken6.isValid(widget):  # not already gone with a parent
            shiboken6.delete(widget)
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def release_at_exit(window: QWidget) -> None:
    """Delete ``window`` at exit if it is still there (a window built without an event loop, or
    one the loop left open). Only the application's own windows are listed: the parentless
    widgets pyqtgraph keeps for its menus belong to their items and go with them (deleting
    them first frees what a ``QWidgetAction`` still points to)."""
    _windows[:] = [ref for ref in _windows if ref() is not None]
    _windows.append(weakref.ref(window))


def windows() -> list[QWidget]:
    """The windows ``release_at_exit`` listed that are still alive, oldest first."""
    alive = [ref() for ref in _windows]
    return [w for w in alive if w is not None and shiboken6.isValid(w)]


@atexit.register
def _at_exit() -> None:
    """Before PySide6 tears Qt down: background work stopped, windows deleted in order."""
    for stop in list(_exit_hooks):
        stop()
    if QCoreApplication.instance() is None:
        _drain_background()
        return
    release_all(windows())
    _windows.clear()
