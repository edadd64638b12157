"""The interpreter's switch interval is process-wide tuning, set once at start-up
(``app.startup.tune_process``), never as a side effect of making a job pool."""

from __future__ import annotations

import sys

from negotiator_gui.app import startup
from negotiator_gui.ui.common import jobs


def test_making_a_pool_leaves_the_switch_interval_alone(qapp, monkeypatch):
    monkeypatch.setattr(jobs, "_pools", {})  # as if no pool had been made yet
    sys.setswitchinterval(0.005)
    try:
        jobs.pool("charts")
        assert sys.getswitchinterval() == 0.005
    finally:
        startup.tune_process()  # the UI tests run tuned (tests/ui/conftest.py)


def test_tuning_the_process_shortens_the_switch_interval():
    sys.setswitchinterval(0.005)
    startup.tune_process()
    assert sys.getswitchinterval() <= startup.SWITCH_S
