"""The two-elasticity model (models.md §2) and the SMART mode, against hand computations.

Macro η answers the rate every supplier of a market pays; micro σ answers a supplier's rate
relative to it, against its rivals in the table (CES) or, when it has none, against an implicit
rest of the world (the small-share approximation). SMART answers each line's own rate with η and
diverts with its published two-exporter formula."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiator_gui.core.trade import ElasticityArrays, Market, TradeModel, simulate


def market(values: list[float], exporters: list[int] | None = None) -> Market:
    n = len(values)
    return Market(
        importer=np.zeros(n, dtype=np.int64),
        exporter=np.array(exporters or list(range(1, n + 1))),
        product=np.array(["8703"] * n),
        value=np.array(values, dtype=float),
    )


def run(values, t0, t1, c0, c1, eta, sigma, model, exporters=None):
    m = market(values, exporters)
    el = ElasticityArrays.from_values(len(values), eta, 99.0, sigma)
    common = (np.array(c0, float), np.array(c1, float))
    return simulate(m, np.array(t0, float), np.array(t1, float), el, model, common=common)


def test_a_tariff_on_every_supplier_is_the_macro_response_alone() -> None:
    # 10 points on everyone, η = 1: exact M1 = M0 / 1.1, linear M0·(1 − 0.1); σ plays no part
    for sigma in (1.0, 8.0):
        exact = run([100.0], [0.0], [0.1], [0.0], [0.1], 1.0, sigma, TradeModel.EXACT)
        assert exact.m1[0] == pytest.approx(100 / 1.1)
        linear = run([100.0], [0.0], [0.1], [0.0], [0.1], 1.0, sigma, TradeModel.LINEAR)
        assert linear.m1[0] == pytest.approx(90.0)


def test_a_rate_on_one_supplier_alone_in_the_table_moves_it_to_the_rest_of_the_world() -> None:
    # Japan pays 24 %, everyone else the 10 % baseline (from 0 and 0): macro on the common 10 %,
    # micro on the relative price 1.24/1.10.
    ex = run([100.0], [0.0], [0.24], [0.0], [0.10], 1.0, 4.0, TradeModel.EXACT)
    assert ex.m1[0] == pytest.approx(100 / 1.1 * (1.24 / 1.10) ** -4)
    lin = run([100.0], [0.0], [0.24], [0.0], [0.10], 1.0, 4.0, TradeModel.LINEAR)
    assert lin.m1[0] == pytest.approx(100 * (1 - 0.10) * (1 - 4 * (1.24 / 1.10 - 1)))
    # the substitution goes out of the table: it is not netted against anyone here
    assert lin.diversion[0] == pytest.approx(lin.m1[0] - 90.0)
    # a huge relative rise floors imports at zero in the linear form, never below
    floor = run([100.0], [0.0], [1.0], [0.0], [0.0], 1.0, 10.0, TradeModel.LINEAR)
    assert floor.m1[0] == 0.0


def test_rivals_in_the_table_share_the_market_by_ces() -> None:
    # JP 100 and ROW 300: JP 10 % → 24 %, ROW stays at 10 %, which is the common rate
    ex = run([100.0, 300.0], [0.1, 0.1], [0.24, 0.1], [0.1, 0.1], [0.1, 0.1], 1.0, 4.0, "exact")
    w = 100 * (1.24 / 1.1) ** -4
    assert ex.m1[0] == pytest.approx(400 * w / (w + 300))
    assert ex.m1.sum() == pytest.approx(400.0)  # no macro change: the common rate did not move


def test_smart_two_exporter_hand_case() -> None:
    # SMART: η = 1.5, σ = 1.5; exporter k 100 at 0 → 10 %, rest K 300 stays at 0.
    m = market([100.0, 300.0])
    el = ElasticityArrays.from_values(2, 1.5, 99.0, 1.5)
    r = simulate(m, np.zeros(2), np.array([0.1, 0.0]), el, TradeModel.SMART)
    tc = -1.5 * 100 * 0.1 / 1.0
    rho = 1.1 / 1.0 - 1
    td = 100 * 300 * 1.5 * -rho / (100 + 300 + 100 * 1.5 * -rho)
    assert r.creation[0] == pytest.approx(tc)
    assert r.diversion[0] == pytest.approx(td)
    assert r.diversion[1] == pytest.approx(-td)  # TD_K = −TD_k
    assert r.m1[0] == pytest.approx(100 + tc + td)
    assert r.m1[1] == pytest.approx(300 - td)


def test_smart_ignores_the_common_rates() -> None:
    a = run([100.0], [0.0], [0.24], [0.0], [0.10], 2.0, 4.0, TradeModel.SMART)
    assert a.m1[0] == pytest.approx(100 * (1 - 2 * 0.24))


@settings(max_examples=60, deadline=None)
@given(
    t0=st.floats(0, 0.5),
    dc=st.floats(-0.2, 0.5),
    ds=st.floats(-0.2, 0.5),
    eta=st.floats(0.1, 3),
    sigma=st.floats(0.1, 10),
)
def test_exact_log_change_is_the_sum_of_macro_and_micro(t0, dc, ds, eta, sigma) -> None:
    c1 = max(t0 + dc, 0.0)
    t1 = max(c1 + ds, 0.0)
    r = run([100.0], [t0], [t1], [t0], [c1], eta, sigma, TradeModel.EXACT)
    want = -eta * math.log((1 + c1) / (1 + t0)) - sigma * math.log((1 + t1) / (1 + c1))
    assert math.log(r.m1[0] / 100) == pytest.approx(want, abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(values=st.lists(st.floats(1, 1e6), min_size=2, max_size=5), sigma=st.floats(0.5, 8))
def test_smart_diversion_nets_to_zero(values, sigma) -> None:
    n = len(values)
    m = market(values)
    el = ElasticityArrays.from_values(n, 1.0, 99.0, sigma)
    t1 = np.array([0.1] + [0.0] * (n - 1))
    r = simulate(m, np.zeros(n), t1, el, TradeModel.SMART)
    assert r.diversion.sum() == pytest.approx(0.0, abs=1e-6 * sum(values))
