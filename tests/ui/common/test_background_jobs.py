"""The Qt adapter of background work (ui/common/jobs.py), the document's shared snapshot and the
cloud item."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QRunnable
from PySide6.QtGui import QColor

from negotiator_gui.app.document import Document
from negotiator_gui.core import edits
from negotiator_gui.core.commands import SetFlowCell
from negotiator_gui.ui.common import jobs


def handled(runner: jobs.Runner) -> bool:
    """The runner's latest request has been looked at (its turn of the event loop came): a job
    started, the job in flight adopted it, or it waits for the job in flight to end."""
    return not runner.timer.isActive()


class CountingSleep:
    """``time`` for ``jobs`` whose ``sleep`` counts the polls of ``yield_to_charts`` (so a test
    can wait until it has looked several times, instead of for a fixed time)."""

    def __init__(self) -> None:
        self.polls = 0
        self.monotonic = time.monotonic

    def sleep(self, seconds: float) -> None:
        self.polls += 1
        time.sleep(seconds)


def rate_edit(doc: Document, rate: float):
    return edits.set_field(doc.scenario, "measure", doc.scenario.measures[0].id, "rate", rate)


# -- Document.frozen / content_key ----------------------------------------------------------------


def test_frozen_is_shared_per_revision_and_not_reached_by_later_edits():
    doc = Document.default()
    first = doc.frozen()
    assert doc.frozen() is first  # one copy per revision, shared
    assert first == doc.scenario and first is not doc.scenario
    old_rate = first.measures[0].rate
    doc.push(rate_edit(doc, 0.4321))
    second = doc.frozen()
    assert second is not first
    assert second.measures[0].rate == 0.4321
    assert first.measures[0].rate == old_rate  # the earlier snapshot is untouched
    # an edit elsewhere keeps the (large) flow table's copy
    assert second.trade_flows is first.trade_flows
    assert second.trade_flows is not doc.scenario.trade_flows


def test_a_flow_edit_gives_a_new_flow_copy_and_leaves_the_old_one():
    doc = Document.default()
    before = doc.frozen()
    flows = doc.scenario.trade_flows
    old_value = flows.value[0]
    doc.push(SetFlowCell(flows.key(0), "value", old_value + 1000.0))
    after = doc.frozen()
    assert after.trade_flows is not before.trade_flows
    assert after.trade_flows.value[0] == old_value + 1000.0
    assert before.trade_flows.value[0] == old_value


def test_content_key_follows_content():
    doc = Document.default()
    k0 = doc.content_key()
    doc.push(rate_edit(doc, 0.11))
    k1 = doc.content_key()
    assert k1 != k0
    doc.stack.undo()
    assert doc.content_key() == k0  # back to the same content: the same key
    doc.stack.redo()
    assert doc.content_key() == k1


def test_a_flow_table_replaced_outside_the_stack_is_noticed():
    doc = Document.default()
    doc.frozen()
    revision = doc.flows_revision
    flows = doc.scenario.trade_flows
    doc.scenario.trade_flows = dataclasses.replace(flows, value=[1.0] * len(flows))
    doc.stack.push(rate_edit(doc, 0.2))  # any event: the snapshot is made again
    assert doc.frozen().trade_flows.value[0] == 1.0
    assert doc.flows_revision > revision


# -- Runner --------------------------------------------------------------------------------------


class Probe(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.value = 0
        self.shown: list = []
        self.gate = threading.Event()
        self.gate.set()
        #: The values of the jobs that ran, in the order they started (a spy on the work).
        self.ran: list[int] = []
        self.cache = jobs.ResultCache(4)
        self.runner = jobs.Runner(self, self.prepare, self.shown.append, cache=self.cache)

    @property
    def started(self) -> int:
        return len(self.ran)

    def prepare(self):
        value = self.value

        def work():
            self.ran.append(value)
            self.gate.wait(10)
            return value * 10

        return ("key", value), work


def test_runner_shows_the_latest_and_drops_stale_results(qtbot):
    p = Probe()
    p.runner.request()
    qtbot.waitUntil(lambda: not p.runner.busy, timeout=10_000)
    assert p.shown == [0]
    old = p.runner.generation
    p.value = 1
    p.runner.request()
    p.runner.deliver(old, "stale")  # a late result for an older request
    assert p.shown == [0]  # dropped
    qtbot.waitUntil(lambda: not p.runner.busy, timeout=10_000)
    assert p.shown == [0, 10]


def test_runner_coalesces_requests_while_a_job_runs(qtbot):
    p = Probe()
    p.gate.clear()
    p.runner.request()
    qtbot.waitUntil(lambda: p.started == 1, timeout=10_000)
    for v in (1, 2, 3):  # three edits while the first job is held
        p.value = v
        p.runner.request()
        qtbot.waitUntil(lambda: handled(p.runner))
    assert p.runner.busy and p.started == 1
    p.gate.set()
    qtbot.waitUntil(lambda: not p.runner.busy, timeout=10_000)
    assert p.shown == [30]  # the held job's result was stale; only the latest is shown
    assert p.ran == [0, 3]  # the held job, then one for the latest of the three edits
    assert p.cache.get(("key", 0)) == (True, 0)  # the stale result was still kept for later


def test_runner_answers_a_cached_request_without_a_job(qtbot):
    p = Probe()
    p.runner.request()
    qtbot.waitUntil(lambda: not p.runner.busy, timeout=10_000)
    p.value = 1
    p.runner.request()
    qtbot.waitUntil(lambda: not p.runner.busy, timeout=10_000)
    started = p.started
    p.value = 0  # toggled back
    p.runner.request()
    assert p.runner.busy  # answered on the next turn of the event loop, not inside request
    qtbot.waitUntil(lambda: not p.runner.busy, timeout=10_000)
    assert p.shown == [0, 10, 0] and p.started == started


class LazyProbe(Probe):
    """A prepare whose job is built only when it starts (``jobs.Later``): the builds are
    counted, with the thread they ran on."""

    def __init__(self, inline: bool = False) -> None:
        super().__init__()
        self.builds: list[int] = []
        self.runner.inline = inline

    def prepare(self):
        value = self.value

        def build():
            self.builds.append(threading.get_ident())  # the snapshot would be taken here
            snapshot = value

            def work():
                self.ran.append(snapshot)
                self.gate.wait(10)
                return snapshot * 10

            return work

        return ("key", value), jobs.Later(build)


@pytest.mark.parametrize("inline", [False, True])
def test_a_cache_hit_never_builds_the_job(qtbot, inline):
    p = LazyProbe(inline)
    p.runner.request()
    qtbot.waitUntil(lambda: not p.runner.busy, timeout=10_000)
    p.value = 1
    p.runner.request()
    qtbot.waitUntil(lambda: not p.runner.busy, timeout=10_000)
    assert p.shown == [0, 10] and len(p.builds) == 2
    assert set(p.builds) == {threading.get_ident()}  # built on the UI thread
    p.value = 0  # toggled back: from the cache, no snapshot
    p.runner.request()
    qtbot.waitUntil(lambda: not p.runner.busy, timeout=10_000)
    assert p.shown == [0, 10, 0] and len(p.builds) == 2


def test_a_request_for_the_job_in_flight_builds_nothing_more(qtbot):
    p = LazyProbe()
    p.gate.clear()
    p.runner.request()
    qtbot.waitUntil(lambda: p.started == 1, timeout=10_000)
    p.runner.request()  # the same key again while its job runs
    qtbot.waitUntil(lambda: handled(p.runner))
    assert len(p.builds) == 1
    p.gate.set()
    qtbot.waitUntil(lambda: not p.runner.busy, timeout=10_000)
    assert p.shown == [0] and len(p.builds) == 1


def test_a_failing_build_is_shown_as_the_jobs_error(qtbot):
    owner = QObject()

    def build():
        raise ValueError("no snapshot")

    shown: list = []
    runner = jobs.Runner(owner, lambda: ("k", jobs.Later(build)), shown.append)
    runner.request()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert len(shown) == 1 and isinstance(shown[0], ValueError)


class CancellableProbe(Probe):
    """Jobs that hold until the gate opens, then report whether they were told to stop."""

    def __init__(self) -> None:
        super().__init__()
        self.checks: list[tuple[int, bool]] = []

    def prepare(self):
        value = self.value

        def build():
            cancelled = self.runner.cancelled

            def work():
                self.ran.append(value)
                self.gate.wait(10)
                self.checks.append((value, cancelled()))
                return value * 10

            return work

        return ("key", value), jobs.Later(build)


def test_a_superseded_job_is_told_to_stop_and_a_reasked_one_is_not(qtbot):
    p = CancellableProbe()
    assert p.runner.cancelled() is False  # outside a build: never set
    p.gate.clear()
    p.runner.request()
    qtbot.waitUntil(lambda: p.started == 1, timeout=10_000)
    p.runner.request()  # the same key again: the job in flight answers it
    qtbot.waitUntil(lambda: handled(p.runner))
    p.gate.set()
    qtbot.waitUntil(lambda: not p.runner.busy, timeout=10_000)
    assert p.checks == [(0, False)] and p.shown == [0]
    p.gate.clear()
    p.value = 1
    p.runner.request()
    qtbot.waitUntil(lambda: p.started == 2, timeout=10_000)
    p.value = 2  # a different request: the job for 1 is superseded
    p.runner.request()
    qtbot.waitUntil(lambda: handled(p.runner))
    p.value = 1  # asked for again: a new job, never the cancelled one adopted
    p.runner.request()
    qtbot.waitUntil(lambda: handled(p.runner))
    p.gate.set()
    qtbot.waitUntil(lambda: not p.runner.busy, timeout=10_000)
    # told to stop; it finished anyway (it does not check), so its result, cached, answers
    # the request for 1 made again: no adoption of a cancelled job, no new job either
    assert p.checks == [(0, False), (1, True)] and p.shown == [0, 10]


def test_progress_of_the_latest_job_reaches_the_ui_thread_and_cancel_stops_it(qtbot):
    owner = QObject()
    gate = threading.Event()
    reports: list[tuple[str, int, int, bool]] = []
    shown: list = []
    runner: jobs.Runner

    def build():
        ctx = runner.context  # the job's own cancel token and progress callback

        def work():
            ctx.step("first", 1, 2)
            gate.wait(10)
            ctx.step("second", 2, 2)  # raises Cancelled: the job was superseded meanwhile
            return "finished"

        return work

    runner = jobs.Runner(owner, lambda: ("k", jobs.Later(build)), shown.append)
    runner.progress.connect(
        lambda text, done, total: reports.append(
            (text, done, total, threading.current_thread() is threading.main_thread())
        )
    )
    assert runner.context is None  # outside a build
    runner.start_now()  # started at once, not on the next turn
    assert runner.busy and not runner.timer.isActive()
    qtbot.waitUntil(lambda: reports == [("first", 1, 2, True)], timeout=10_000)
    runner.invalidate()  # nobody wants it any more: its token is set
    gate.set()
    qtbot.waitUntil(lambda: not jobs.pool("charts").activeThreadCount(), timeout=10_000)
    QCoreApplication.sendPostedEvents()
    assert shown == [] and reports == [("first", 1, 2, True)] and not runner.busy


def test_inline_runner_works_on_the_ui_thread_on_the_next_turn(qtbot):
    owner = QObject()
    threads, shown = [], []

    def prepare():
        return lambda: threads.append(threading.current_thread()) or "done"

    runner = jobs.Runner(owner, prepare, shown.append, inline=True)
    runner.request()
    assert runner.busy and shown == []  # not inside request: edits in one turn coalesce
    runner.request()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert shown == ["done"] and threads == [threading.main_thread()]


def test_content_key_can_leave_out_parts_a_result_does_not_depend_on():
    doc = Document.default()
    ignore = ("preferences", "cards", "offers", "packages")
    k0, full0 = doc.content_key(ignore), doc.content_key()
    party = doc.scenario.negotiators()[0].id
    issue = next(iter(doc.scenario.preferences_of(party).issues))
    doc.push(edits.rebalance_weight(doc.scenario, party, issue, 7.0))
    assert doc.content_key() != full0
    assert doc.content_key(ignore) == k0  # a weight edit: the same tariff content
    doc.push(rate_edit(doc, 0.3333))
    assert doc.content_key(ignore) != k0


def test_analysis_jobs_wait_while_chart_jobs_run(qtbot, monkeypatch):
    clock = CountingSleep()
    monkeypatch.setattr(jobs, "time", clock)
    gate = threading.Event()
    order: list[str] = []

    class Chart(QRunnable):
        def run(self) -> None:
            gate.wait(10)
            order.append("chart")

    jobs.pool("charts").start(Chart())
    qtbot.waitUntil(lambda: jobs.pool("charts").activeThreadCount() == 1, timeout=5_000)
    waiter = threading.Thread(target=lambda: (jobs.yield_to_charts(), order.append("analysis")))
    waiter.start()
    qtbot.waitUntil(lambda: clock.polls >= 3, timeout=5_000)  # it looked, and looked again
    assert order == []  # still waiting for the chart job
    gate.set()
    waiter.join(10)
    assert order == ["chart", "analysis"]


def test_analysis_jobs_wait_for_a_quiet_moment_after_chart_activity(qtbot, monkeypatch):
    monkeypatch.setattr(jobs, "QUIET_S", 600.0)
    clock = CountingSleep()
    monkeypatch.setattr(jobs, "time", clock)
    jobs.touch()  # a chart just redrew
    done = threading.Event()
    waiter = threading.Thread(target=lambda: (jobs.yield_to_charts(), done.set()))
    waiter.start()
    qtbot.waitUntil(lambda: clock.polls >= 3, timeout=5_000)  # it looked, and looked again
    assert not done.is_set()  # an edit burst is going on: analysis waits
    monkeypatch.setattr(jobs, "_last_activity", 0.0)  # long quiet since
    waiter.join(10)
    assert done.is_set()


def test_soon_runs_once_per_start_and_stop_cancels(qtbot):
    calls: list[int] = []
    soon = jobs.Soon(None, lambda: calls.append(1))
    soon.start()
    soon.start()  # coalesced
    assert soon.isActive()
    qtbot.waitUntil(lambda: calls == [1])
    assert not soon.isActive()
    soon.start()
    soon.stop()
    QCoreApplication.sendPostedEvents(soon)  # the event posted by start arrives, and is ignored
    assert calls == [1] and not soon.isActive()


def test_sector_and_tornado_charts_skip_a_redraw_for_data_already_shown(qtbot):
    from negotiator_gui.ui.charts.impact import SectorChart, TornadoChart

    sectors, tornado = SectorChart(), TornadoChart()
    qtbot.addWidget(sectors)
    qtbot.addWidget(tornado)
    data = object.__new__(object)  # any result object: only its identity matters here
    drawn: list[str] = []
    sectors.redraw = lambda: drawn.append("sectors")
    sectors.set_data(data, QColor("#0072B2"))
    qtbot.waitUntil(sectors.is_idle)
    assert drawn == ["sectors"]
    sectors.set_data(data, QColor("#0072B2"))
    assert sectors.is_idle() and drawn == ["sectors"]
    sectors.set_data(data, QColor("#D55E00"))  # another colour: redrawn
    assert not sectors.is_idle()
    bars = [dataclasses.make_dataclass("Bar", ["label"])("x")]
    tornado.redraw = lambda: drawn.append("tornado")
    tornado.set_data(bars, "USD", "change")
    qtbot.waitUntil(tornado.is_idle)
    assert "tornado" in drawn
    drawn.clear()
    tornado.set_data(list(bars), "USD", "change")
    assert tornado.is_idle() and drawn == []
