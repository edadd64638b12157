"""Tornado bars and Monte-Carlo bands over the elasticities."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
import pytest

from negotiator_gui.core.elasticities import resolve
from negotiator_gui.core.model import Elasticity, ElasticityKind
from negotiator_gui.core.trade import (
    ElasticityArrays,
    Market,
    TradeModel,
    aggregate,
    default_groups,
    hs_section,
    monte_carlo,
    simulate,
    tornado,
)

PARTIES = ["US", "JP", "KR", "EU"]


def sample_market(
    rows_per_product: int = 3, seed: int = 0
) -> tuple[Market, np.ndarray, np.ndarray]:
    """US imports of autos, machinery, plastics and chemicals from JP, KR, EU."""
    rng = np.random.default_rng(seed)
    products = ["870323", "847130", "390110", "290110", "293390"]
    prod = np.repeat(products, rows_per_product)
    n = len(prod)
    market = Market(
        importer=np.zeros(n, dtype=np.int64),
        exporter=np.tile(np.arange(1, rows_per_product + 1), len(products)),
        product=prod,
        value=rng.uniform(10, 1000, n),
    )
    t0 = np.full(n, 0.025)
    t1 = np.where(market.exporter == 1, 0.15, 0.25)  # JP gets a better deal than the others
    return market, t0, t1


# --- tornado --------------------------------------------------------------------------------


def test_tornado_default_groups_sorted_with_base_from_simulate() -> None:
    market, t0, t1 = sample_market()
    el = resolve([], market, PARTIES)
    bars = tornado(market, t0, t1, el, measure="change")
    labels = [b.label for b in bars]
    assert "Caliendo–Parro 2015 autos σ" in labels
    assert "Caliendo–Parro 2015 machinery σ" in labels
    assert "Caliendo–Parro 2015 chemicals σ" in labels  # HS 29 lines: one bar for 28–38
    assert "macro η (Feenstra et al. 2018)" in labels  # one macro η for every product
    assert "SMART σ" in labels  # plastics: no sector σ
    assert not any("ε_x" in label for label in labels)  # infinite supply is not scaled
    swings = [b.swing for b in bars]
    assert swings == sorted(swings, reverse=True)
    base = simulate(market, t0, t1, el).total()["change"]
    assert all(b.base == base for b in bars)
    assert all(b.swing > 0 for b in bars if "η" in b.label)


def test_tornado_eta_bar_by_hand() -> None:
    """Linear creation is proportional to η (no floor, infinite supply, no diversion), so the
    ±20 % bar of the only η is 0.8 and 1.2 times the base change."""
    market = Market(np.array([0]), np.array([1]), np.array(["8703"]), np.array([1000.0]))
    el = ElasticityArrays.from_values(1, 2.0)
    t0, t1 = np.array([0.10]), np.array([0.05])
    # base change: −2·1000·(−0.05)/1.1 = 90.909…
    (bar, *rest) = tornado(market, t0, t1, el, pct=0.2, measure="change")
    assert bar.label == "η = 2"
    assert bar.base == pytest.approx(90.909090909091)
    assert (bar.low, bar.high) == pytest.approx((0.8 * 90.909090909091, 1.2 * 90.909090909091))
    assert [b.swing for b in rest] == [0.0]  # σ with one exporter: nothing to divert


def test_tornado_empty_groups_and_row_masks() -> None:
    market, t0, t1 = sample_market()
    el = resolve(
        [Elasticity("autos_eta", ElasticityKind.IMPORT_DEMAND, 1.2, "87")], market, PARTIES
    )
    autos = market.product.astype("<U2") == "87"
    groups = {
        "nothing (mask)": np.zeros(len(market), dtype=bool),
        "nothing (sources)": np.zeros(0, dtype=np.int64),
        "autos rows η": autos,
        "autos source": np.array([el.eta_source[np.argmax(autos)]]),
    }
    bars = {b.label: b for b in tornado(market, t0, t1, el, groups=groups, measure="m1")}
    base = simulate(market, t0, t1, el).total()["m1"]
    for label in ("nothing (mask)", "nothing (sources)"):
        assert bars[label].swing == 0.0
        assert bars[label].low == bars[label].high == base
    # scaling η on the autos rows and scaling the autos source are the same thing here
    assert bars["autos rows η"].low == pytest.approx(bars["autos source"].low)
    assert bars["autos rows η"].high == pytest.approx(bars["autos source"].high)
    assert bars["autos rows η"].swing > 0
    with pytest.raises(ValueError, match="unknown measure"):
        tornado(market, t0, t1, el, measure="nope")


def test_tornado_merges_one_estimate_entered_per_chapter() -> None:
    market, _, _ = sample_market()
    cite = "Caliendo & Parro (2015), chemicals 4.75"
    el = resolve(
        [
            Elasticity("cp_chem_29", ElasticityKind.IMPORT_DEMAND, 4.75, "29", source=cite),
            Elasticity("cp_chem_39", ElasticityKind.IMPORT_DEMAND, 4.75, "39", source=cite),
        ],
        market,
        PARTIES,
    )
    groups = default_groups(market, el)
    label = "29 Organic chemicals, 39 Plastics: macro η"  # what they cover, not their ids
    assert label in groups
    assert len(groups[label]) == 2
    assert not any("cp_" in g for g in groups)


@pytest.mark.parametrize("model", list(TradeModel))
def test_tornado_finite_supply_is_a_bar(model: TradeModel) -> None:
    market, t0, t1 = sample_market()
    el = resolve([Elasticity("eps", ElasticityKind.EXPORT_SUPPLY, 3.0)], market, PARTIES)
    bars = tornado(market, t0, t1, el, model=model, measure="revenue1")
    eps_bar = next(b for b in bars if "ε_x" in b.label)
    assert eps_bar.swing > 0


# --- Monte Carlo ----------------------------------------------------------------------------


def test_monte_carlo_reproducible_and_seed_dependent() -> None:
    market, t0, t1 = sample_market()
    el = resolve([], market, PARTIES)
    a = monte_carlo(market, t0, t1, el, n=200, seed=7)
    b = monte_carlo(market, t0, t1, el, n=200, seed=7)
    c = monte_carlo(market, t0, t1, el, n=200, seed=8)
    np.testing.assert_array_equal(a.samples["change"], b.samples["change"])
    assert a.total == b.total
    assert not np.array_equal(a.samples["change"], c.samples["change"])
    assert a.distribution == "uniform"


def test_monte_carlo_bands_are_ordered_in_total_and_per_key() -> None:
    market, t0, t1 = sample_market()
    el = resolve([], market, PARTIES)
    keys = hs_section(market.product)
    mc = monte_carlo(market, t0, t1, el, n=300, keys=keys)
    assert set(mc.by_key) == {"VI", "VII", "XVI", "XVII"}
    for bands in [mc.total, *mc.by_key.values()]:
        for band in bands.values():
            assert band.p5 <= band.p50 <= band.p95
    assert mc.total["change"].p5 < mc.total["change"].p95  # the draws do move the result
    np.testing.assert_allclose(
        mc.key_samples["change"].sum(axis=1), mc.samples["change"], rtol=1e-9
    )


@pytest.mark.parametrize("model", list(TradeModel))
def test_zero_spread_gives_the_deterministic_result(model: TradeModel) -> None:
    market, t0, t1 = sample_market()
    el = resolve([Elasticity("eps", ElasticityKind.EXPORT_SUPPLY, 3.0)], market, PARTIES)
    mc = monte_carlo(market, t0, t1, el, n=20, spread=0.0, model=model, keys=market.exporter)
    impact = simulate(market, t0, t1, el, model)
    det = impact.total()
    for name in ("change", "revenue1"):
        band = mc.total[name]
        assert band.p5 == band.p50 == band.p95
        assert band.p50 == pytest.approx(det[name], rel=1e-9)
    per_key = aggregate(impact, market.exporter)
    for key, bands in mc.by_key.items():
        assert bands["change"].p50 == pytest.approx(per_key[key]["change"], rel=1e-9)
        assert bands["revenue1"].p95 == pytest.approx(per_key[key]["revenue1"], rel=1e-9)


def test_draws_are_uniform_per_source() -> None:
    """One η source over two separate markets: both move together in every draw, and the change
    (proportional to η here) stays within ±spread of the base."""
    market = Market(
        importer=np.array([0, 0]),
        exporter=np.array([1, 1]),
        product=np.array(["8703", "8704"]),
        value=np.array([500.0, 500.0]),
    )
    el = ElasticityArrays.from_values(2, 2.0)  # one source for both rows
    t0, t1 = np.array([0.1, 0.1]), np.array([0.0, 0.0])
    base = simulate(market, t0, t1, el).total()["change"]
    mc = monte_carlo(market, t0, t1, el, n=2000, spread=0.5, keys=market.product)
    per_key = mc.key_samples["change"]
    np.testing.assert_allclose(per_key[:, 0], per_key[:, 1], rtol=1e-12)
    ratio = mc.samples["change"] / base
    assert ratio.min() >= 0.5 - 1e-12 and ratio.max() <= 1.5 + 1e-12
    assert ratio.min() < 0.52 and ratio.max() > 1.48  # the whole range is reached
    assert np.mean(ratio < 1.0) == pytest.approx(0.5, abs=0.05)
    # a separate source per row: the rows move independently
    own = ElasticityArrays.from_values(2, np.array([2.0, 2.0000001]))
    mc2 = monte_carlo(market, t0, t1, own, n=200, keys=market.product)
    assert not np.allclose(mc2.key_samples["change"][:, 0], mc2.key_samples["change"][:, 1])


def test_monte_carlo_refuses_bad_settings() -> None:
    market, t0, t1 = sample_market()
    el = resolve([], market, PARTIES)
    with pytest.raises(ValueError, match="spread"):
        monte_carlo(market, t0, t1, el, spread=1.0)
    with pytest.raises(ValueError, match="n must"):
        monte_carlo(market, t0, t1, el, n=0)


def test_monte_carlo_speed() -> None:
    """100 rows × 500 draws well under 100 ms; 100,000 rows × 100 draws in about 2 s (the
    bounds here leave room for a loaded machine)."""
    market, t0, t1 = sample_market(rows_per_product=20)  # 100 rows
    el = resolve([], market, PARTIES)
    monte_carlo(market, t0, t1, el, n=500)
    best = min(_timed(lambda: monte_carlo(market, t0, t1, el, n=500)) for _ in range(3))
    assert best < 0.1

    rng = np.random.default_rng(1)
    n = 100_000
    big = Market(
        importer=np.zeros(n, dtype=np.int64),
        exporter=np.tile(np.arange(1, 11), n // 10),
        product=np.repeat(np.array([f"{c:06d}" for c in range(10_000)]), 10),
        value=rng.lognormal(10, 2, n),
    )
    bt0 = rng.choice([0.0, 0.025, 0.1], n)
    bt1 = bt0 + rng.choice([0.0, 0.1, 0.15], n)
    bel = resolve([], big, PARTIES)
    big.market_id  # noqa: B018 - built once per flow table, not per run
    assert _timed(lambda: monte_carlo(big, bt0, bt1, bel, n=100, keys=big.exporter)) < 4.0


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start
