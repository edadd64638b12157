"""The trade model on 1,000,000 flow rows (10 exporters × 100,000 products, one importer),
against a bare numpy kernel doing the same arithmetic on the same arrays. Aim: at most 2×.

``simulate`` (linear, with diversion) checks its inputs, computes the price change and keeps
every per-row column; the bare kernel computes creation, the CES diversion via ``bincount``,
revenue and welfare and nothing else. Both get the market ids precomputed (the market caches
them: they are built once per flow table, not once per run). Also timed, for information: the
exact model and a 100-draw Monte-Carlo on 100,000 rows (aim there: about 2 s).
"""

from __future__ import annotations

import time

import numpy as np

from benchkit import best_of, report
from negotiator_gui.core.trade import (
    ElasticityArrays,
    Market,
    TradeModel,
    monte_carlo,
    simulate,
)

EXPORTERS = 10
PRODUCTS = 100_000


def synthetic(exporters: int = EXPORTERS, products: int = PRODUCTS, seed: int = 2025):
    """A random market and a package raising some rates and cutting others."""
    rng = np.random.default_rng(seed)
    rows = exporters * products
    codes = np.array([f"{c:010d}" for c in rng.choice(10**10, products, replace=False)])
    market = Market(
        importer=np.zeros(rows, dtype=np.int64),
        exporter=np.tile(np.arange(1, exporters + 1, dtype=np.int64), products),
        product=np.repeat(codes, exporters),
        value=np.round(rng.lognormal(13, 2, rows)),
    )
    t0 = rng.choice([0.0, 0.025, 0.05, 0.1, 0.27], rows)
    t1 = np.maximum(t0 + rng.choice([-0.1, 0.0, 0.1, 0.25], rows), 0.0)
    eta = rng.choice([1.01, 1.52, 4.0, 4.75, 8.11, 10.6], products)
    el = ElasticityArrays.from_values(rows, np.repeat(eta, exporters), 99.0, 1.5)
    return market, t0, t1, el


def bare_kernel(m, t0, t1, eta, sigma, mid, nm):
    """Linear SMART creation with infinite supply, CES diversion, revenue and welfare."""
    dt = t1 - t0
    rel = dt / (1.0 + t0)
    tc = np.maximum(-eta * m * rel, -m)
    a = m + tc
    w = a * np.exp(-sigma * np.log1p(rel))
    total = np.bincount(mid, a, nm)
    weight = np.bincount(mid, w, nm)
    factor = np.divide(total, weight, out=np.zeros(nm), where=weight > 0)
    m1 = w * factor[mid]
    return m1, m1 - a, t0 * m, t1 * m1, -0.5 * dt * np.abs(tc)


def two_kernel(m, t0, t1, c0, c1, el, mid, nm):
    """Linear creation on the common rate, CES diversion between the market's rivals."""
    lr = np.log1p((t1 - t0) / (1.0 + t0))
    tc = np.maximum(-el.eta * m * (c1 - c0) / (1.0 + c0), -m)
    a = m + tc
    w = a * np.exp(-el.sigma * lr)
    total = np.bincount(mid, a, nm)
    weight = np.bincount(mid, w, nm)
    factor = np.divide(total, weight, out=np.zeros(nm), where=weight > 0)
    m1 = w * factor[mid]
    return m1, m1 - a, t0 * m, t1 * m1, -0.5 * (t1 - t0) * np.abs(tc)


def main() -> bool:
    market, t0, t1, el = synthetic()
    mid, nm = market.market_id, market.n_markets  # warm the cache for both sides
    print(f"market: {len(market):,} rows, {nm:,} markets")
    ok = report(
        "simulate (linear, diversion)",
        best_of(lambda: simulate(market, t0, t1, el)),
        best_of(lambda: bare_kernel(market.value, t0, t1, el.eta, el.sigma, mid, nm)),
        "bare numpy kernel",
        2.0,
    )
    # the two-elasticity model the application runs: the common rate of each market (here the
    # lowest rate any of its exporters pays) moves imports with η, the rest with σ
    low0, low1 = np.full(nm, np.inf), np.full(nm, np.inf)
    np.minimum.at(low0, mid, t0)
    np.minimum.at(low1, mid, t1)
    common0, common1 = low0[mid], low1[mid]
    ok &= report(
        "simulate (linear, two elasticities)",
        best_of(lambda: simulate(market, t0, t1, el, common=(common0, common1))),
        best_of(lambda: two_kernel(market.value, t0, t1, common0, common1, el, mid, nm)),
        "bare numpy kernel",
        2.0,
    )
    report(
        "simulate (exact, diversion)",
        best_of(lambda: simulate(market, t0, t1, el, TradeModel.EXACT)),
        best_of(lambda: bare_kernel(market.value, t0, t1, el.eta, el.sigma, mid, nm)),
        "bare numpy kernel (linear)",
        None,
    )
    small = synthetic(EXPORTERS, 10_000)
    small[0].market_id  # noqa: B018 - warm the cache outside the timing
    start = time.perf_counter()
    monte_carlo(*small, n=100)
    print(f"monte_carlo n=100 on {len(small[0]):,} rows: {time.perf_counter() - start:.2f} s")
    return ok


if __name__ == "__main__":
    main()
