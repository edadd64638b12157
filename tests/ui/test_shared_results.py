"""Panels share derived results: a weight edit builds the bargaining space once, however many
panels are open (a spy on the core function counts it, not a counter in production code)."""

from __future__ import annotations

from negotiator_gui.core import bargaining, edits
from negotiator_gui.ui.common import jobs
from negotiator_gui.ui.shell.main_window import PANELS

#: The panels that need the bargaining space.
SPACE_PANELS = (
    "package-builder",
    "utility-space-chart",
    "concession-history-chart",
    "options-matrix",
    "counter-packages",
)


def _idle() -> bool:
    """No background job of any panel is queued or running."""
    return all(p.activeThreadCount() == 0 for p in jobs._pools.values())


def _settled(window) -> bool:
    builder = window.panel("package-builder")
    matrix = window.panel("options-matrix")
    finder = window.panel("counter-packages")
    return (
        _idle()
        and not builder.space_runner.busy
        and window.panel("utility-space-chart").is_idle()
        and window.panel("concession-history-chart").is_idle()
        and not matrix.timer.isActive()
        and not finder.timer.isActive()
        and not window.zopa.runner.busy
    )


def _show_each(window, qtbot) -> None:
    for name in SPACE_PANELS:
        window.show_panel(name)
        qtbot.waitUntil(lambda: _settled(window), timeout=60_000)


def test_a_weight_edit_builds_the_bargaining_space_once(window, qtbot, monkeypatch):
    assert {p.name for p in PANELS} >= set(SPACE_PANELS)
    _show_each(window, qtbot)  # every panel built, shown once and up to date
    calls = []
    real = bargaining.build_space

    def spy(*args, **kwargs):
        calls.append(args[1:])
        return real(*args, **kwargs)

    monkeypatch.setattr(bargaining, "build_space", spy)
    counts = []
    real_zopa = bargaining.zopa_size
    monkeypatch.setattr(
        bargaining, "zopa_size", lambda *a, **k: (counts.append(1), real_zopa(*a, **k))[1]
    )
    doc = window.document
    doc.push(edits.rebalance_weight(doc.scenario, "JP", "autos", 33.0))
    _show_each(window, qtbot)  # each brought to the front in turn: all catch up
    matrix = window.panel("options-matrix")
    qtbot.waitUntil(lambda: matrix.model.rowCount() > 0, timeout=60_000)
    assert len(calls) == 1, calls
    assert len(counts) == 1  # the ZOPA too: the status bar's and the matrix's are one count
    # and the panels show the edit: the builder's space has the new weight's utilities
    space = window.panel("package-builder").space
    direct = real(doc.scenario, space.parties)
    assert all((a == b).all() for a, b in zip(space.contrib, direct.contrib, strict=True))
