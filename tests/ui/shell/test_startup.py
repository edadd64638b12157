"""Start-up does only what the first screen needs: the window module imports no feature's heavy
modules, a panel is built when its dock is first shown (the panels tabbed behind are not), and
the panels' analyses start once the window has been painted, with the same result as before."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import threading

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QDockWidget

from negotiator_gui.ui.common import jobs
from negotiator_gui.ui.common.registry import PanelSpec

#: Modules the first screen does not need: workbooks, printing, the brief's PDF, the catalogue
#: tool (and the network modules its XML escaping pulls in), and the panels shown only on
#: demand (their widgets and what they compute with).
NOT_AT_START = (
    "openpyxl",
    "PySide6.QtPrintSupport",
    "negotiator_gui.translations",
    "urllib.request",
    "ssl",
    "negotiator_gui.io.excel",
    "negotiator_gui.io.tables",
    "negotiator_gui.io.genius_xml",
    "negotiator_gui.app.usecases.workbook_export",
    "negotiator_gui.app.usecases.trade_import",
    "negotiator_gui.ui.io.dialogs",
    "negotiator_gui.ui.printing.documents",
    "negotiator_gui.ui.brief.pdf",
    "negotiator_gui.core.brief",
    "negotiator_gui.ui.charts.history",
    "negotiator_gui.ui.charts.tariffs",
    "negotiator_gui.ui.analysis.views",
    "negotiator_gui.ui.compare.view",
    "negotiator_gui.ui.packages.builder",
    "negotiator_gui.ui.tariffs.editor",
    "negotiator_gui.core.package_compare",  # the session's pins are in core.pins
    "pyqtgraph.exporters",  # with the first chart export or copy
    "negotiator_gui.ui.io.merge",  # with the first merge (the menu item is merge_menu)
    "negotiator_gui.core.beliefs",  # with the first analysis under uncertainty
)


def test_importing_the_window_imports_no_feature_s_heavy_modules():
    code = (
        "import sys\n"
        "import negotiator_gui.ui.shell.main_window\n"
        f"print('\\n'.join(m for m in {NOT_AT_START!r} if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == []


def _specs(window) -> list[PanelSpec]:
    return [entry[0] for entry in window._panels.values()]


def _in_front(window, name: str) -> bool:
    dock = window.dock(name)
    return dock.isVisible() and dock.widget().isVisible()


def test_the_first_screen_shows_each_area_s_front_panel_and_builds_only_those(window, qtbot):
    qtbot.waitUntil(lambda: window.layout_applied)
    qtbot.waitUntil(lambda: not jobs._holds)
    specs = _specs(window)
    # expected from the declarations alone: in every dock area, the panel marked ``front``
    # (else the last added, which Qt shows in front of a tab group)
    expected = set()
    for area in {s.area for s in specs}:
        group = [s for s in specs if s.area == area]
        fronts = [s for s in group if s.front]
        expected.add((fronts[0] if fronts else group[-1]).name)
    assert {s.name for s in specs if _in_front(window, s.name)} == expected
    built = {name for name, entry in window._panels.items() if entry[2] is not None}
    assert built == expected
    # every other panel is still there, in its tab group, and built when brought forward
    hidden_one = next(s.name for s in specs if s.name not in expected)
    assert window.dock(hidden_one) is not None and not window.dock(hidden_one).isHidden()
    window.show_panel(hidden_one)
    qtbot.waitUntil(lambda: _in_front(window, hidden_one))
    assert window._panels[hidden_one][2] is not None
    docks = {d.objectName() for d in window.findChildren(QDockWidget)}
    assert {s.name for s in specs} <= docks  # every panel's dock exists from the start


def test_the_utility_chart_s_analysis_starts_after_the_first_paint(window, qtbot):
    chart = window._panels["utility-space-chart"][2]
    assert chart is not None  # built with the window: its dock is in front
    painted = []
    window.first_painted.connect(lambda: painted.append(chart.runner.held))
    # shown but not yet painted: the analysis it asked for waits
    assert chart.runner.held and chart.analysis is None
    qtbot.waitUntil(lambda: painted == [False])  # released with the first paint, once
    qtbot.waitUntil(lambda: chart.analysis is not None and not chart.runner.busy, timeout=20000)
    # the same analysis as without the wait: the whole space of the default scenario
    scenario = window.document.scenario
    us, them = (p.id for p in scenario.negotiators())
    assert chart.analysis.space.size == math.prod(len(i.options) for i in scenario.issues)
    assert set(chart.analysis.space.parties) == {us, them}


class _Panel(QObject):
    """A runner's owner that records where its job ran."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.results: list[str] = []
        self.ran = threading.Event()

        def work() -> str:
            self.ran.set()
            return "done"

        self.runner = jobs.Runner(self, lambda: work, self.results.append, pool=pool)


def test_a_hold_puts_off_shared_pool_jobs_until_released_but_not_file_tasks(qtbot):
    shared, own_pool = _Panel(), _Panel(QThreadPool())
    release = jobs.hold()
    try:
        shared.runner.start_now()
        own_pool.runner.start_now()
        qtbot.waitUntil(lambda: own_pool.results == ["done"])  # a file task is never held
        assert shared.runner.held and shared.runner.busy
        assert not shared.ran.is_set() and shared.results == []
    finally:
        release()
        release()  # a second call changes nothing (the window's timer may call it too)
    assert jobs._holds == 0
    qtbot.waitUntil(lambda: shared.results == ["done"])
    assert not shared.runner.held and not shared.runner.busy


def test_a_window_never_shown_holds_nothing(qtbot, settings):
    from negotiator_gui.app.document import Document
    from negotiator_gui.ui.shell.main_window import MainWindow

    w = MainWindow(Document.default(), settings)
    qtbot.addWidget(w, before_close_func=lambda win: win.document.stack.set_clean())
    assert jobs._holds == 0
    chart = w.panel("utility-space-chart")  # built on request, as a test or an export does
    qtbot.waitUntil(lambda: chart.analysis is not None and not chart.runner.busy, timeout=20000)
