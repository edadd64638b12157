"""Readiness for the UI tests: wait until the background work is done, never for a fixed time.

A fixed ``qtbot.wait(n)`` is either too long (time lost on every run) or, on a loaded machine,
too short (the test reads a panel before its result arrived, and passes or fails by chance).
``idle(root)`` says when a window or panel has nothing left to do: every ``jobs.Runner`` under it
(the package builder's indicators' too) has shown its latest result, every chart on screen has
drawn, no panel's deferred refresh (``timer``) is pending, no panel reports itself ``busy``, and
no job is running on the shared pools. Tests wait on it with
``qtbot.waitUntil(lambda: idle(window))``; a check that something did *not* happen (a hidden
chart not redrawn) waits on it too, so the work it looks for would have had its chance.
"""

from __future__ import annotations

from typing import Any


def _pools_idle() -> bool:
    import shiboken6
    from PySide6.QtCore import QThreadPool

    from negotiator_gui.ui.common import jobs

    pools = [QThreadPool.globalInstance(), *jobs._pools.values(), *list(jobs._tracked)]
    return all(p.activeThreadCount() == 0 for p in pools if shiboken6.isValid(p))


def _object_idle(obj: Any) -> bool:
    from PySide6.QtCore import QTimer

    from negotiator_gui.ui.charts.base import ChartPanel
    from negotiator_gui.ui.common import jobs

    if isinstance(obj, jobs.Runner):  # every background job's (the indicators' too)
        return not obj.busy
    if isinstance(obj, ChartPanel) and not jobs.hidden(obj) and not obj.is_idle():
        return False  # a chart out of sight does no work until shown: nothing to wait for
    timer = getattr(obj, "timer", None)  # a panel's deferred refresh (the analysis views')
    if isinstance(timer, QTimer) and timer.isSingleShot() and timer.isActive():
        return False
    busy = getattr(type(obj), "busy", None)
    return not (isinstance(busy, property) and obj.busy)


def idle(root: Any) -> bool:
    """True when ``root`` (a window or a panel) and everything it owns have no work pending.

    The pools are looked at first: once no job runs, every result has been posted to the UI
    thread; those are delivered here (they may ask for more work) before the panels are."""
    from PySide6.QtCore import QCoreApplication, QObject

    if not _pools_idle():
        return False
    QCoreApplication.sendPostedEvents()
    return _object_idle(root) and all(_object_idle(o) for o in root.findChildren(QObject))
