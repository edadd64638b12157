"""The benchmark's bare kernel computes what ``simulate`` computes, so its ratio is fair."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from negotiator_gui.core.trade import simulate

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import bench_trade


def test_bare_kernel_matches_simulate() -> None:
    market, t0, t1, el = bench_trade.synthetic(exporters=4, products=300)
    m1, td, rev0, rev1, welfare = bench_trade.bare_kernel(
        market.value, t0, t1, el.eta, el.sigma, market.market_id, market.n_markets
    )
    r = simulate(market, t0, t1, el)
    for got, want in (
        (m1, r.m1),
        (td, r.diversion),
        (rev0, r.revenue0),
        (rev1, r.revenue1),
        (welfare, r.welfare),
    ):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-6)
