"""The main window of the UI tests: one fixture for every test that needs the whole window.

``window`` is the main window on the default scenario, shown, with the test's own settings and
library (``settings`` in the root conftest); pytest-qt closes it after the test without the
unsaved-changes prompt. ``make_window`` makes more of them on the same settings (a second start
of the application). Tests that need the window in a particular state (a dock in front, a size)
take a differently named fixture built on ``window``, in their folder's conftest or module.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.fixture(autouse=True, scope="session")
def _tuned_process() -> None:
    """The UI tests run with the application's switch interval (``app.startup.tune_process``,
    which ``main_window.run`` calls): pool jobs running Python then do not hold the UI thread
    5 ms per Qt call, which the readiness waits would feel on a loaded machine. The heap is not
    settled here (that needs a document opened through ``run``; test_settle_heap checks it)."""
    from negotiator_gui.app import startup

    startup.tune_process()


@pytest.fixture
def make_window(qtbot, settings) -> Callable[[], object]:
    """Build and show a main window on the default scenario with the test's ``settings``."""
    from negotiator_gui.app.document import Document
    from negotiator_gui.ui.shell.main_window import MainWindow

    def make() -> MainWindow:
        w = MainWindow(Document.default(), settings)
        # no unsaved-changes prompt when pytest-qt closes the window after the test
        qtbot.addWidget(w, before_close_func=lambda win: win.document.stack.set_clean())
        w.show()
        return w

    return make


@pytest.fixture
def window(make_window):
    """The main window on the default scenario, shown, with the test's own settings."""
    return make_window()


@pytest.fixture
def panel_host(qtbot, settings):
    """A session on the default scenario and a ``BareHost`` that builds any registered panel
    on its own (``host.panel(name)``): for panel tests that need no main window."""
    from negotiator_gui.app.document import Document
    from negotiator_gui.app.session import Session
    from negotiator_gui.ui.common.host import BareHost
    from negotiator_gui.ui.shell.main_window import PANELS

    host = BareHost(Session(Document.default(), settings), PANELS)
    qtbot.addWidget(host, before_close_func=lambda h: h.document.stack.set_clean())
    host.resize(1400, 800)
    host.show()
    return host
