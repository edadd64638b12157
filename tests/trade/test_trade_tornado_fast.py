"""The quick tornado (grouped sums for the change in imports, Σ m1, creation and welfare)
against the reference, the model run on every row for every bar (``tornado(..., fast=False)``)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_trade_monte_carlo_fast import _big_market, cases

from negotiator_gui.core import trade
from negotiator_gui.core.trade import default_groups, tornado

MEASURES = ["change", "creation", "m1", "welfare", "revenue1"]


@settings(max_examples=60, deadline=None)
@given(cases(), st.sampled_from(MEASURES), st.sampled_from([0.0, 0.2, 0.5]))
def test_quick_bars_equal_the_reference(case, measure, pct) -> None:
    market, t0, t1, el, _keys, model, diversion, _spread = case
    groups = dict(default_groups(market, el))
    groups["every η source"] = np.unique(el.eta_source)
    groups["the first rows (a row mask)"] = np.arange(len(market)) < len(market) // 3
    groups["nothing"] = np.zeros(0, dtype=np.int64)
    kw = dict(groups=groups, pct=pct, model=model, measure=measure, diversion=diversion)
    share, trade._GROUPED_SHARE = trade._GROUPED_SHARE, 1.0  # grouped even with few rows
    try:
        fast = tornado(market, t0, t1, el, **kw)
    finally:
        trade._GROUPED_SHARE = share
    ref = tornado(market, t0, t1, el, fast=False, **kw)
    scale = max(float(np.sum(market.value)), 1.0)
    want = {b.label: b for b in ref}
    assert sorted(b.label for b in fast) == sorted(want)
    for bar in fast:
        assert bar.base == want[bar.label].base  # the base is the row-by-row run in both
        for end in ("low", "high"):
            assert getattr(bar, end) == pytest.approx(
                getattr(want[bar.label], end), rel=1e-9, abs=1e-9 * scale
            )
    nothing = next(b for b in fast if b.label == "nothing")
    assert nothing.low == nothing.high == nothing.base


def test_the_quick_tornado_does_not_run_the_rows_per_bar(monkeypatch) -> None:
    market, t0, t1 = _big_market()
    el = trade.ElasticityArrays.from_values(
        len(market), np.where(np.arange(len(market)) % 2, 2.0, 3.5), sigma=1.5
    )
    runs = []
    real = trade._run
    monkeypatch.setattr(trade, "_run", lambda *a, **k: runs.append(1) or real(*a, **k))
    bars = tornado(market, t0, t1, el, measure="change")
    assert len(bars) >= 2 and runs == [1]  # the base run only
    runs.clear()
    tornado(market, t0, t1, el, measure="revenue1")  # diversion moves revenue: every bar runs
    assert len(runs) == 1 + len(bars)


@given(st.lists(st.integers(0, 5000), max_size=300), st.integers(0, 10**9))
def test_factorize_is_unique_with_its_inverse(values, offset) -> None:
    """Counting for a small range, sorting for a wide one: the same groups and inverse."""
    for code in (np.array(values, dtype=np.int64), np.array(values, dtype=np.int64) + offset):
        groups, inverse = trade._factorize(code)
        want_groups, want_inverse = np.unique(code, return_inverse=True)
        np.testing.assert_array_equal(groups, want_groups)
        np.testing.assert_array_equal(inverse, want_inverse)
