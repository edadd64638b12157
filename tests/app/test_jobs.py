"""The Qt-free protocol of background work (``app.jobs``): stale generations are dropped, the
result cache forgets the least recently used, a cancel token stops cooperative work."""

from __future__ import annotations

import threading

import pytest

from negotiator_gui.app import jobs
from negotiator_gui.core import trade


def test_only_the_latest_generation_is_current():
    gens = jobs.Generations()
    first = gens.next()
    assert gens.is_current(first)
    second = gens.next()
    assert second != first
    assert not gens.is_current(first) and gens.is_current(second)
    # results arriving in any order: only the latest request's is kept
    results = {second: "new", first: "old"}
    kept = [value for g, value in results.items() if gens.is_current(g)]
    assert kept == ["new"]


def test_result_cache_forgets_the_least_recently_used():
    cache = jobs.ResultCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == (True, 1)  # "a" now the most recently used
    cache.put("c", 3)
    assert cache.get("b") == (False, None) and len(cache) == 2
    assert cache.get("a") == (True, 1) and cache.get("c") == (True, 3)
    cache.put("a", 10)  # replaced, and the most recent again
    cache.put("d", 4)
    assert cache.get("c") == (False, None) and cache.get("a") == (True, 10)


def test_a_cached_none_is_not_a_miss():
    cache = jobs.ResultCache(1)
    cache.put("k", None)
    assert cache.get("k") == (True, None)
    cache.clear()
    assert cache.get("k") == (False, None) and len(cache) == 0


def test_a_cancel_token_is_seen_from_another_thread():
    token = jobs.CancelToken()
    assert not token.cancelled()
    token.check()  # not cancelled: no exception
    seen: list[bool] = []
    started, cancelled = threading.Event(), threading.Event()

    def work() -> None:
        started.set()
        cancelled.wait(10)
        seen.append(token.cancelled())

    worker = threading.Thread(target=work)
    worker.start()
    started.wait(10)
    token.cancel()
    cancelled.set()
    worker.join(10)
    assert seen == [True]
    with pytest.raises(jobs.Cancelled):
        token.check()


def test_cancelled_is_the_cores_exception():
    """One "no longer wanted" exception: what the core's long computations raise when their
    ``cancelled()`` says so is what a file task's ``check`` raises."""
    assert jobs.Cancelled is trade.Cancelled
    token = jobs.CancelToken()
    token.cancel()
    with pytest.raises(jobs.Cancelled):
        trade.check_cancelled(token.cancelled)


def test_a_job_context_reports_progress_until_cancelled():
    reports: list[tuple[str, int, int]] = []
    ctx = jobs.JobContext(lambda text, done, total: reports.append((text, done, total)))
    ctx.step("reading", 1, 3)
    ctx.step("busy")
    assert reports == [("reading", 1, 3), ("busy", 0, 0)] and not ctx.cancelled
    ctx.cancel()
    with pytest.raises(jobs.Cancelled):
        ctx.step("never reported", 2, 3)
    assert len(reports) == 2 and ctx.cancelled


def test_later_is_built_only_when_asked():
    builds: list[int] = []

    def build():
        builds.append(1)
        return lambda: 42

    later = jobs.Later(build)
    assert builds == []
    assert jobs.built(later)() == 42 and builds == [1]
    plain = lambda: 7  # noqa: E731 - a plain function is its own job
    assert jobs.built(plain) is plain
    assert jobs.never() is False
