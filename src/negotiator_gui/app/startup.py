"""Process-wide tuning for the interactive application, done once, explicitly, at start-up.

Two settings change how the whole interpreter behaves, so they are not side effects of making a
thread pool or opening a document (a library user, the CLI or a test that builds one panel would
get them without asking): the application's start (``ui.shell.main_window.run``) calls
``tune_process`` and so do the benchmarks that measure the window. No Qt here: both are
interpreter settings.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import Any, Protocol

#: How long a thread may hold the interpreter lock while another waits for it, in seconds
#: (Python's default is 5 ms).
SWITCH_S = 0.001


class _Announces(Protocol):
    """Anything with ``connect(listener)``: a Qt signal or a ``session.Event``."""

    def connect(self, listener: Callable[..., Any], /) -> Any: ...


def shorten_switch_interval() -> None:
    """Hand the interpreter lock over within ``SWITCH_S``.

    Why: the UI thread takes and releases the lock around every Qt call, and with background
    jobs running Python on pool threads each reacquisition could wait a full 5 ms interval, so
    a 10 ms redraw stretched to 60-70 ms (the longest UI block of the cold 300,000-line chart
    bench: 68 ms at 5 ms, 20 ms at 1 ms; shorter intervals gained nothing more)."""
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_S))


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


def tune_process(opened: _Announces | None = None) -> None:
    """The interactive application's process-wide settings: the short switch interval now and,
    given ``opened`` (emitted with each document opened, e.g. ``MainWindow.document_changed``),
    a settled heap now (the document already open) and after every document opened later."""
    shorten_switch_interval()
    if opened is not None:
        settle_heap()
        opened.connect(lambda *_args: settle_heap())
