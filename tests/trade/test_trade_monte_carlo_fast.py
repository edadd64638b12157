"""The quick Monte-Carlo path for the change in imports (grouped sums) against the reference
computation, row by row for every draw (``monte_carlo(..., fast=False)``)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiator_gui.core import trade
from negotiator_gui.core.trade import ElasticityArrays, Market, TradeModel, monte_carlo

RATES = [0.0, 0.025, 0.05, 0.1, 0.27]
RISES = [0.0, 0.1, 0.25, 1.5, -0.02]


@st.composite
def cases(draw):
    """A market of ``products`` × exporters with few distinct rates, so rows share groups
    (the quick path applies), elasticities from a few sources, and keys by product."""
    seed = draw(st.integers(0, 2**31))
    rng = np.random.default_rng(seed)
    products = draw(st.integers(20, 80))
    exporters = draw(st.integers(1, 4))
    n = products * exporters
    product = np.repeat([f"{k:04d}" for k in range(products)], exporters)
    importer = np.zeros(n, dtype=np.int64)
    if draw(st.booleans()):  # two importers: markets are (importer, product)
        importer = np.where(np.arange(n) % 2 == 0, 0, 5)
    market = Market(
        importer=importer,
        exporter=np.tile(np.arange(1, exporters + 1), products),
        product=product,
        value=np.where(rng.random(n) < 0.1, 0.0, rng.lognormal(5, 2, n)),
    )
    t0 = rng.choice(RATES, n)
    t1 = np.maximum(t0 + rng.choice(RISES, n), 0.0)
    eta = rng.choice(draw(st.lists(st.floats(0.1, 6.0), min_size=1, max_size=4)), n)
    finite = draw(st.booleans())
    eps = rng.choice([2.0, 99.0] if finite else [99.0], n)
    sigma = rng.choice([0.5, 1.5, 4.0], n)
    el = ElasticityArrays.from_values(n, eta, eps, sigma)
    key_by = draw(st.sampled_from(["chapter", "importer", "none"]))
    if key_by == "chapter":
        keys = np.array([p[:2] for p in product])
    elif key_by == "importer":
        keys = market.importer
    else:
        keys = None
    model = draw(st.sampled_from(list(TradeModel)))
    diversion = draw(st.booleans())
    spread = draw(st.sampled_from([0.0, 0.3, 0.5, 0.9]))
    return market, t0, t1, el, keys, model, diversion, spread


@settings(max_examples=80, deadline=None)
@given(cases())
def test_quick_change_equals_the_reference(case) -> None:
    market, t0, t1, el, keys, model, diversion, spread = case
    kw = dict(n=40, spread=spread, model=model, keys=keys, diversion=diversion, seed=3)
    share, trade._GROUPED_SHARE = trade._GROUPED_SHARE, 1.0  # grouped even with few rows
    try:
        fast = monte_carlo(market, t0, t1, el, measures=("change",), **kw)
    finally:
        trade._GROUPED_SHARE = share
    ref = monte_carlo(market, t0, t1, el, fast=False, **kw)
    scale = max(float(np.sum(market.value)), 1.0)
    tol = dict(rtol=1e-9, atol=1e-9 * scale)
    np.testing.assert_allclose(fast.samples["change"], ref.samples["change"], **tol)
    if keys is not None:
        np.testing.assert_allclose(fast.key_samples["change"], ref.key_samples["change"], **tol)
        assert fast.keys == ref.keys
    for key, bands in ref.by_key.items():
        got, want = fast.by_key[key]["change"], bands["change"]
        for q in ("p5", "p50", "p95"):
            assert getattr(got, q) == pytest.approx(getattr(want, q), rel=1e-9, abs=1e-9 * scale)
    assert set(fast.samples) == {"change"}  # only what was asked for


def _big_market(products: int = 400) -> tuple[Market, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(5)
    n = products * 3
    market = Market(
        importer=np.zeros(n, dtype=np.int64),
        exporter=np.tile([1, 2, 3], products),
        product=np.repeat([f"{rng.integers(1, 10):02d}{k:04d}" for k in range(products)], 3),
        value=rng.lognormal(5, 2, n),
    )
    t0 = rng.choice(RATES, n)
    return market, t0, t0 + rng.choice(RISES[:4], n)


def test_the_quick_path_is_taken_and_the_slow_one_is_not(monkeypatch) -> None:
    """With few distinct (source, rate change, key) groups the rows are not run per draw."""
    market, t0, t1 = _big_market()
    el = ElasticityArrays.from_values(len(market), 2.0, sigma=1.5)
    keys = np.array([p[:2] for p in market.product])
    calls = []
    monkeypatch.setattr(trade, "_run_draws", lambda *a, **k: calls.append(a))
    mc = monte_carlo(market, t0, t1, el, n=50, keys=keys, measures=("change",))
    assert not calls and mc.samples["change"].shape == (50,)


def test_a_market_split_between_keys_falls_back_to_the_reference() -> None:
    """Keys by exporter cut across markets: diversion moves imports between keys, so the
    grouped sums do not apply and the reference runs (same result as ``fast=False``)."""
    market, t0, t1 = _big_market(100)
    el = ElasticityArrays.from_values(len(market), 2.0, sigma=1.5)
    kw = dict(n=30, keys=market.exporter, measures=("change",))
    a = monte_carlo(market, t0, t1, el, **kw)
    b = monte_carlo(market, t0, t1, el, fast=False, **kw)
    np.testing.assert_array_equal(a.key_samples["change"], b.key_samples["change"])


def test_measures_are_checked() -> None:
    market, t0, t1 = _big_market(10)
    el = ElasticityArrays.from_values(len(market), 2.0)
    with pytest.raises(ValueError, match="measures"):
        monte_carlo(market, t0, t1, el, measures=("welfare",))


@settings(max_examples=80, deadline=None)
@given(cases(), st.data())
def test_quick_change_equals_the_reference_with_two_elasticities(case, data) -> None:
    """The same with the common rates of the two-elasticity model: rows alone in their market
    substitute towards the implicit rest of the world, rows with rivals share by CES."""
    market, t0, t1, el, keys, model, diversion, spread = case
    if model == TradeModel.SMART:
        model = TradeModel.LINEAR
    rng = np.random.default_rng(data.draw(st.integers(0, 2**31)))
    c0 = t0.copy()
    c1 = np.where(rng.random(len(t0)) < 0.5, t1, np.maximum(t1 - 0.1, 0.0))  # some rows differ
    mid = market.market_id  # the common rate is one per market
    first = np.zeros(market.n_markets, dtype=np.int64)
    first[mid[::-1]] = np.arange(len(mid))[::-1]
    common = (c0[first][mid], c1[first][mid])
    kw = dict(n=30, spread=spread, model=model, keys=keys, diversion=diversion, seed=5)
    share, trade._GROUPED_SHARE = trade._GROUPED_SHARE, 1.0
    try:
        fast = monte_carlo(market, t0, t1, el, measures=("change",), common=common, **kw)
    finally:
        trade._GROUPED_SHARE = share
    ref = monte_carlo(market, t0, t1, el, fast=False, common=common, **kw)
    scale = max(float(np.sum(market.value)), 1.0)
    tol = dict(rtol=1e-9, atol=1e-9 * scale)
    np.testing.assert_allclose(fast.samples["change"], ref.samples["change"], **tol)
    if keys is not None:
        np.testing.assert_allclose(fast.key_samples["change"], ref.key_samples["change"], **tol)


@settings(max_examples=40, deadline=None)
@given(cases(), st.sampled_from(["change", "m1", "creation", "welfare"]))
def test_quick_tornado_equals_the_reference_with_two_elasticities(case, measure) -> None:
    market, t0, t1, el, _, model, diversion, _ = case
    if model == TradeModel.SMART:
        model = TradeModel.EXACT
    mid = market.market_id
    first = np.zeros(market.n_markets, dtype=np.int64)
    first[mid[::-1]] = np.arange(len(mid))[::-1]
    common = (t0[first][mid], np.maximum(t1[first][mid] - 0.05, 0.0))
    kw = dict(model=model, measure=measure, diversion=diversion, common=common)
    share, trade._GROUPED_SHARE = trade._GROUPED_SHARE, 1.0
    try:
        fast = trade.tornado(market, t0, t1, el, **kw)
    finally:
        trade._GROUPED_SHARE = share
    ref = trade.tornado(market, t0, t1, el, fast=False, **kw)
    scale = max(float(np.sum(market.value)), 1.0)
    want = {b.label: b for b in ref}  # bars of equal swing may come in either order
    assert sorted(want) == sorted(b.label for b in fast)
    for a in fast:
        b = want[a.label]
        assert a.low == pytest.approx(b.low, rel=1e-9, abs=1e-9 * scale)
        assert a.high == pytest.approx(b.high, rel=1e-9, abs=1e-9 * scale)
