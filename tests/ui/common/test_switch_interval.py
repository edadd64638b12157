"""Once background jobs exist, the interpreter hands its lock over within a millisecond, so the
UI thread never waits a whole default 5 ms interval per Qt call while a job runs Python."""

from __future__ import annotations

import sys

from negotiator_gui.ui.common import jobs


def test_the_pools_shorten_the_switch_interval(qapp):
    jobs.pool("charts")
    assert sys.getswitchinterval() <= jobs.SWITCH_S
