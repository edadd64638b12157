"""The cancellation hook of the slow sensitivity stages: ``monte_carlo``, ``tornado`` and
``sector_bands`` ask ``cancelled()`` between batches and stages and raise ``Cancelled``."""

from __future__ import annotations

import numpy as np
import pytest

from negotiator_gui.app.document import Document
from negotiator_gui.core import chart_series as cs
from negotiator_gui.core import trade
from negotiator_gui.core.trade import Cancelled, ElasticityArrays, Market, monte_carlo, tornado

PACKAGE = {"autos": "allin_15", "reciprocal": "allin_15"}


class After:
    """``cancelled`` that says yes from its ``n``-th question on, counting the questions."""

    def __init__(self, n: int | None) -> None:
        self.n, self.asked = n, 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.n is not None and self.asked >= self.n


def small_market(n: int = 60):
    rng = np.random.default_rng(7)
    market = Market(
        importer=np.zeros(n, dtype=np.int64),
        exporter=np.arange(n) % 3 + 1,
        product=[f"{k // 3:04d}" for k in range(n)],
        value=rng.lognormal(5, 1, n),
    )
    t0 = np.full(n, 0.025)
    t1 = t0 + rng.choice([0.0, 0.1, 0.25], n)
    el = ElasticityArrays.from_values(n, rng.choice([1.0, 2.0, 4.0], n), 99.0, 1.5)
    return market, t0, t1, el


def test_cancelled_is_an_exception_that_says_why() -> None:
    assert issubclass(Cancelled, Exception)
    assert "no longer wanted" in (Cancelled.__doc__ or "")


def test_monte_carlo_asks_between_batches(monkeypatch) -> None:
    market, t0, t1, el = small_market()
    monkeypatch.setattr(trade, "_BATCH_ELEMS", 10 * len(market))  # 10 draws per batch
    kw = dict(n=50, keys=market.product, measures=("revenue1",))
    never = After(None)
    ref = monte_carlo(market, t0, t1, el, **kw)
    got = monte_carlo(market, t0, t1, el, cancelled=never, **kw)
    assert never.asked >= 5  # before the draws and before each of the five batches
    np.testing.assert_array_equal(got.samples["revenue1"], ref.samples["revenue1"])
    for n in (1, 2, 4):
        with pytest.raises(Cancelled):
            monte_carlo(market, t0, t1, el, cancelled=After(n), **kw)


def test_monte_carlo_quick_path_can_be_cancelled() -> None:
    market, t0, t1, el = small_market()
    with pytest.raises(Cancelled):
        monte_carlo(market, t0, t1, el, n=20, measures=("change",), cancelled=After(1))
    with pytest.raises(Cancelled):  # after the grouped sums, before the bands
        monte_carlo(market, t0, t1, el, n=20, measures=("change",), cancelled=After(2))


def test_tornado_asks_between_groups() -> None:
    market, t0, t1, el = small_market()
    ref = tornado(market, t0, t1, el, fast=False)
    never = After(None)
    assert tornado(market, t0, t1, el, cancelled=never, fast=False) == ref
    assert never.asked == 1 + len(ref)
    with pytest.raises(Cancelled):
        tornado(market, t0, t1, el, cancelled=After(2), fast=False)


def test_the_quick_tornado_asks_before_its_grouped_sums() -> None:
    market, t0, t1, el = small_market()
    never = After(None)
    ref = tornado(market, t0, t1, el)
    assert tornado(market, t0, t1, el, cancelled=never) == ref
    assert never.asked == 2  # before the base run, before the grouped sums of every bar
    for n in (1, 2):
        with pytest.raises(Cancelled):
            tornado(market, t0, t1, el, cancelled=After(n))


@pytest.mark.parametrize("field", ["change", "revenue_change"])
def test_sector_bands_ask_between_stages(field) -> None:
    s = Document.default().scenario
    points = cs.sector_points(s, PACKAGE, "US", field)
    ref = cs.sector_bands(points, draws=30)
    never = After(None)
    got = cs.sector_bands(points, draws=30, cancelled=never)
    np.testing.assert_array_equal(got.sq_band, ref.sq_band)
    np.testing.assert_array_equal(got.pkg_band, ref.pkg_band)
    assert got.tornado == ref.tornado
    # every question is a chance to stop: cancelling at each one in turn always raises
    for n in range(1, never.asked + 1):
        with pytest.raises(Cancelled):
            cs.sector_bands(points, draws=30, cancelled=After(n))


def test_a_cancelled_job_leaves_the_points_usable() -> None:
    s = Document.default().scenario
    points = cs.sector_points(s, None, "US")
    with pytest.raises(Cancelled):
        cs.sector_bands(points, draws=30, cancelled=lambda: True)
    done = cs.sector_bands(points, draws=30)
    assert np.isfinite(done.sq_band).all() and done.pkg_band is None
