"""The trade model's formulas (models.md §2) on hand-computed cases, and its stated properties."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiator_gui.core.model import TradeFlows
from negotiator_gui.core.trade import (
    INFINITE_SUPPLY,
    SECTION_NAMES,
    ElasticityArrays,
    Impact,
    Market,
    TradeModel,
    aggregate,
    compare_models,
    hs_chapter,
    hs_section,
    simulate,
)

LIN = TradeModel.LINEAR
EXACT = TradeModel.EXACT


def one_row(m: float, t0: float, t1: float, eta: float, eps: float = 99.0, sigma: float = 1.5):
    market = Market(np.array([0]), np.array([1]), np.array(["8703"]), np.array([m]))
    el = ElasticityArrays.from_values(1, eta, eps, sigma)
    return market, np.array([t0]), np.array([t1]), el


def run1(model: TradeModel = LIN, **kw: float) -> Impact:
    market, t0, t1, el = one_row(**kw)
    return simulate(market, t0, t1, el, model)


# --- linear creation (SMART) ---------------------------------------------------------------


def test_linear_creation_infinite_supply_by_hand() -> None:
    r = run1(m=100, t0=0.10, t1=0.20, eta=2)
    # TC = −η·M·Δt/(1+t0) = −2·100·0.10/1.10 = −18.1818…
    assert r.creation[0] == pytest.approx(-200 * 0.1 / 1.1)
    assert r.creation[0] == pytest.approx(-18.181818181818)
    assert r.diversion[0] == 0.0  # one exporter: nothing to divert
    assert r.m1[0] == pytest.approx(81.818181818182)
    assert r.price_change[0] == 0.0  # infinite supply: world price fixed
    # TR0 = 0.10·100 = 10; TR1 = 0.20·1·81.8181… = 16.3636…
    assert r.revenue0[0] == pytest.approx(10.0)
    assert r.revenue1[0] == pytest.approx(16.363636363636)
    # ΔW = −½·|Δt|·|TC| for an increase = −0.5·0.1·18.1818… = −0.909090…
    assert r.welfare[0] == pytest.approx(-0.909090909091)


def test_linear_creation_finite_supply_by_hand() -> None:
    r = run1(m=100, t0=0.20, t1=0.10, eta=2, eps=4)
    # TC = −η·M·Δt/((1+t0)(1+η/ε)) = −2·100·(−0.1)/(1.2·1.5) = 20/1.8 = 11.1111…
    assert r.creation[0] == pytest.approx(11.111111111111)
    # ΔPw/Pw = (TC/M)/ε = 0.111111/4 = 0.0277777…
    assert r.price_change[0] == pytest.approx(0.027777777778)
    assert r.m1[0] == pytest.approx(111.111111111111)
    # TR1 = t1·Pw1·M1 = 0.1·1.0277777…·111.1111… = 11.41975…
    assert r.revenue1[0] == pytest.approx(0.1 * (1 + 1 / 36) * (100 + 100 / 9))
    assert r.revenue1[0] == pytest.approx(11.419753086420)
    assert r.revenue0[0] == pytest.approx(20.0)
    # a cut is a gain: ½·0.1·11.111… = 0.5555…
    assert r.welfare[0] == pytest.approx(0.555555555556)


def test_99_means_exactly_infinite_supply() -> None:
    """SMART's 99 is "infinite": same result as a larger ε; 98 uses the finite formula."""
    at99 = run1(m=100, t0=0.0, t1=0.10, eta=4, eps=INFINITE_SUPPLY)
    above = run1(m=100, t0=0.0, t1=0.10, eta=4, eps=1e6)
    at98 = run1(m=100, t0=0.0, t1=0.10, eta=4, eps=98)
    # infinite: TC = −4·100·0.1 = −40 exactly, no price change
    assert at99.creation[0] == pytest.approx(-40.0)
    assert above.creation[0] == pytest.approx(-40.0)
    assert at99.price_change[0] == 0.0
    # finite at 98: −40/(1 + 4/98) = −38.4313…, and ΔPw/Pw = (−0.384313…)/98
    assert at98.creation[0] == pytest.approx(-40 / (1 + 4 / 98))
    assert at98.price_change[0] == pytest.approx(-0.384313725490 / 98)


def test_linear_floor_keeps_imports_non_negative() -> None:
    # η·Δt = 10.6·0.25 = 2.65 > 1: the formula would give −265; imports stop at zero instead
    r = run1(m=100, t0=0.0, t1=0.25, eta=10.6)
    assert r.creation[0] == -100.0
    assert r.m1[0] == 0.0
    assert r.revenue1[0] == 0.0
    assert r.welfare[0] == pytest.approx(-0.5 * 0.25 * 100)


# --- exact (constant elasticity) ------------------------------------------------------------


def test_exact_infinite_supply_by_hand() -> None:
    r = run1(EXACT, m=100, t0=0.0, t1=0.25, eta=2)
    # M1 = 100·1.25^(−2) = 100/1.5625 = 64, TC = −36
    assert r.m1[0] == pytest.approx(64.0)
    assert r.creation[0] == pytest.approx(-36.0)
    assert r.price_change[0] == 0.0
    assert r.revenue1[0] == pytest.approx(0.25 * 64)
    assert r.welfare[0] == pytest.approx(-0.5 * 0.25 * 36)


def test_exact_finite_supply_by_hand() -> None:
    """Closed-form equilibrium: Q ∝ (1+t)^(−ηε/(η+ε)), Pw ∝ (1+t)^(−η/(η+ε))."""
    r = run1(EXACT, m=100, t0=0.0, t1=0.21, eta=2, eps=2)
    # exponent −2·2/4 = −1: M1 = 100/1.21 = 82.6446…
    assert r.m1[0] == pytest.approx(100 / 1.21)
    # Pw1/Pw0 = 1.21^(−2/4) = 1/1.1: ΔPw/Pw = −0.090909…
    assert r.price_change[0] == pytest.approx(1 / 1.1 - 1)
    # TR1 = 0.21·(1/1.1)·82.6446… = 15.7776…
    assert r.revenue1[0] == pytest.approx(0.21 / 1.1 * 100 / 1.21)
    assert r.revenue1[0] == pytest.approx(15.777610818933)


@pytest.mark.parametrize("eps", [0.5, 3.0, 20.0])
def test_exact_finite_supply_linearises_to_smart(eps: float) -> None:
    """For a small change the consistent exact solution agrees with SMART's linear formula,
    including the world-price change."""
    lin = run1(LIN, m=100, t0=0.05, t1=0.0501, eta=3, eps=eps)
    ex = run1(EXACT, m=100, t0=0.05, t1=0.0501, eta=3, eps=eps)
    assert ex.creation[0] == pytest.approx(lin.creation[0], rel=1e-3)
    assert ex.price_change[0] == pytest.approx(lin.price_change[0], rel=1e-3)


def test_exact_tends_to_infinite_supply_as_eps_grows() -> None:
    inf = run1(EXACT, m=100, t0=0.0, t1=0.3, eta=2)
    big = run1(EXACT, m=100, t0=0.0, t1=0.3, eta=2, eps=98.0)
    huge = ElasticityArrays.from_values(1, 2.0, 98.0, 1.5)
    assert big.creation[0] == pytest.approx(inf.creation[0], rel=0.03)
    assert abs(big.creation[0]) < abs(inf.creation[0])  # finite supply dampens the response
    assert len(huge) == 1


@pytest.mark.parametrize("eta", [1.01, 1.52])  # Caliendo–Parro autos, machinery
def test_linear_overstates_exact_by_20_to_40_percent_for_25_points(eta: float) -> None:
    lin = run1(LIN, m=100, t0=0.0, t1=0.25, eta=eta)
    ex = run1(EXACT, m=100, t0=0.0, t1=0.25, eta=eta)
    # η = 1.01: linear −25.25, exact 100·(1.25^−1.01 − 1) = −20.2 → 25 % more
    # η = 1.52: linear −38.0, exact −28.8 → 32 % more
    over = lin.creation[0] / ex.creation[0] - 1
    assert 0.20 <= over <= 0.40
    assert compare_models(lin, ex)[0] == pytest.approx(abs(over))


# --- diversion ------------------------------------------------------------------------------


def two_exporters(
    m_a: float,
    m_b: float,
    t0a: float,
    t1a: float,
    t0b: float,
    t1b: float,
    eta: float = 0.0,
    sigma: float = 2.0,
):
    market = Market(
        np.array([0, 0]), np.array([1, 2]), np.array(["8703", "8703"]), np.array([m_a, m_b])
    )
    el = ElasticityArrays.from_values(2, eta, 99.0, sigma)
    return market, np.array([t0a, t0b]), np.array([t1a, t1b]), el


def smart_td(m_k: float, m_rest: float, rho: float, sigma: float) -> float:
    """models.md: TD_k = M_k·M_K·σ(−ρ) / (M_k + M_K + M_k·σ(−ρ))."""
    s = sigma * -rho
    return m_k * m_rest * s / (m_k + m_rest + m_k * s)


def test_ces_diversion_by_hand() -> None:
    # A: 60 at 10 % → 0 %; B: 40 stays at 10 %; η = 0 isolates diversion; σ = 2.
    market, t0, t1, el = two_exporters(60, 40, 0.1, 0.0, 0.1, 0.1)
    r = simulate(market, t0, t1, el)
    # weights a·(p'/p)^(−σ): A 60·(1/1.1)^(−2) = 72.6, B 40 → A gets 100·72.6/112.6 = 64.4760…
    assert r.m1[0] == pytest.approx(100 * 72.6 / 112.6)
    assert r.diversion[0] == pytest.approx(4.476021314387)
    assert r.diversion[1] == pytest.approx(-4.476021314387)
    # the same thing as models.md's value-share form at tariff-inclusive prices:
    # s_A' ∝ 0.6·(1/1.1)^(1−σ) = 0.66, s_B' ∝ 0.4 → s_A' = 0.66/1.06
    value = (1 + t1) * r.m1
    assert value[0] / value.sum() == pytest.approx(0.66 / 1.06)


def test_two_exporter_ces_is_smart_formula_with_power_instead_of_linear_term() -> None:
    """Exactly: TD_k = A·B·(r−1)/(A+B+A·(r−1)) with r = (1+ρ)^(−σ), SMART's formula with σ(−ρ)
    (its linearisation) replaced by r − 1."""
    market, t0, t1, el = two_exporters(60, 40, 0.1, 0.0, 0.1, 0.1, sigma=2.0)
    rho = (1.0 / 1.1) / 1.0 - 1
    r_minus_1 = (1 + rho) ** -2.0 - 1  # = 0.21
    expected = 60 * 40 * r_minus_1 / (100 + 60 * r_minus_1)  # 504/112.6
    assert simulate(market, t0, t1, el).diversion[0] == pytest.approx(expected)
    # SMART's linear version of the same case gives 3.93: the forms part for a 10-point cut
    assert smart_td(60, 40, rho, 2.0) == pytest.approx(3.934426229508)


@pytest.mark.parametrize("sigma", [0.5, 1.5, 5.0])
@pytest.mark.parametrize("dt", [-1e-3, 1e-3, 1e-4])
def test_two_exporter_ces_agrees_with_smart_for_small_shocks(sigma: float, dt: float) -> None:
    """For small relative price changes the CES share form and SMART's two-exporter formula agree
    to first order: the relative gap is O(ρ), so within 1 % for |ρ| ≤ 1e-3. With η > 0, SMART
    applies its formula to base values and we to post-creation values, a second-order gap too."""
    market, t0, t1, el = two_exporters(70, 30, 0.05, 0.05 + dt, 0.08, 0.08, eta=2.0, sigma=sigma)
    r = simulate(market, t0, t1, el)
    rho = (1 + 0.05 + dt) / 1.05 - 1
    expected = smart_td(70, 30, rho, sigma)
    assert r.diversion[0] == pytest.approx(expected, rel=1e-2)
    assert r.diversion[1] == pytest.approx(-expected, rel=1e-2)


def test_uniform_change_within_a_market_diverts_nothing() -> None:
    market, t0, t1, el = two_exporters(60, 40, 0.1, 0.3, 0.1, 0.3, eta=2.0)
    r = simulate(market, t0, t1, el)
    assert r.diversion == pytest.approx([0.0, 0.0], abs=1e-9)


def test_diversion_off() -> None:
    market, t0, t1, el = two_exporters(60, 40, 0.1, 0.0, 0.1, 0.1, eta=1.0)
    r = simulate(market, t0, t1, el, diversion=False)
    assert np.all(r.diversion == 0)
    assert r.m1 == pytest.approx(r.m0 + r.creation)


def test_diversion_only_within_importer_and_product() -> None:
    """Exporters compete within an (importer, product) market, not across products or
    importers."""
    market = Market(
        importer=np.array([0, 0, 0, 3]),
        exporter=np.array([1, 2, 1, 2]),
        product=np.array(["8703", "8704", "8704", "8703"]),
        value=np.array([50.0, 20.0, 30.0, 40.0]),
    )
    np.testing.assert_array_equal(market.market_id, [0, 1, 1, 2])
    assert market.n_markets == 3
    el = ElasticityArrays.from_values(4, 1.0)
    t0 = np.zeros(4)
    t1 = np.array([0.25, 0.25, 0.0, 0.0])
    r = simulate(market, t0, t1, el)
    assert r.diversion[0] == 0.0 and r.diversion[3] == 0.0  # alone in their markets
    assert r.diversion[1] < 0 < r.diversion[2]
    assert r.diversion[1] + r.diversion[2] == pytest.approx(0.0, abs=1e-9)


# --- properties (models.md) -----------------------------------------------------------------


def random_case(seed: int, rows: int = 60, finite: bool = False):
    rng = np.random.default_rng(seed)
    products = np.array(["8703", "8471", "0201", "2711", "9018"])
    market = Market(
        importer=rng.integers(0, 2, rows),
        exporter=rng.integers(2, 6, rows),
        product=rng.choice(products, rows),
        value=np.where(rng.random(rows) < 0.1, 0.0, rng.lognormal(10, 2, rows)),
    )
    t0 = rng.choice([0.0, 0.025, 0.1, 0.25], rows)
    t1 = np.maximum(t0 + rng.choice([-0.1, 0.0, 0.05, 0.15], rows), 0.0)
    eps = rng.choice([0.8, 5.0, 99.0], rows) if finite else 99.0
    el = ElasticityArrays.from_values(rows, rng.uniform(0.5, 3.0, rows), eps, rng.uniform(0, 4))
    return market, t0, t1, el


@pytest.mark.parametrize("finite", [False, True])
def test_doubling_eta_doubles_linear_creation(finite: bool) -> None:
    market, t0, _, el = random_case(1, finite=finite)
    t1 = t0 * 0.5  # cuts: never near the floor
    doubled = ElasticityArrays.from_values(len(market), el.eta * 2, el.eps_x, el.sigma)
    a = simulate(market, t0, t1, el)
    b = simulate(market, t0, t1, doubled)
    if not finite:
        np.testing.assert_allclose(b.creation, 2 * a.creation, rtol=1e-12)
    else:  # with finite supply the doubling holds on the infinite-supply rows only
        inf = el.eps_x >= INFINITE_SUPPLY
        np.testing.assert_allclose(b.creation[inf], 2 * a.creation[inf], rtol=1e-12)


@pytest.mark.parametrize("model", [LIN, EXACT])
@pytest.mark.parametrize("seed", [2, 3, 4])
def test_diversion_sums_to_zero_in_every_market(model: TradeModel, seed: int) -> None:
    market, t0, t1, el = random_case(seed, finite=True)
    r = simulate(market, t0, t1, el, model)
    per_market = np.bincount(market.market_id, r.diversion)
    scale = np.bincount(market.market_id, r.m0 + r.creation)
    np.testing.assert_allclose(per_market, 0.0, atol=1e-9 * max(scale.max(), 1.0))
    assert abs(r.total()["diversion"]) <= 1e-9 * r.total()["m0"]


@pytest.mark.parametrize("model", [LIN, EXACT])
def test_zero_change_gives_zero_everything(model: TradeModel) -> None:
    market, t0, _, el = random_case(5, finite=True)
    r = simulate(market, t0, t0.copy(), el, model)
    for name in ("creation", "diversion", "price_change", "welfare"):
        assert np.all(getattr(r, name) == 0.0), name
    np.testing.assert_array_equal(r.m1, r.m0)
    np.testing.assert_array_equal(r.revenue1, r.revenue0)


@pytest.mark.parametrize("model", [LIN, EXACT])
def test_currency_unit_invariance(model: TradeModel) -> None:
    market, t0, t1, el = random_case(6, finite=True)
    scaled = Market(market.importer, market.exporter, market.product, market.value * 1000)
    a = simulate(market, t0, t1, el, model)
    b = simulate(scaled, t0, t1, el, model)
    for name in ("m0", "m1", "creation", "diversion", "revenue0", "revenue1", "welfare"):
        np.testing.assert_allclose(
            getattr(b, name), 1000 * getattr(a, name), rtol=1e-9, atol=1e-6, err_msg=name
        )
    np.testing.assert_allclose(b.price_change, a.price_change, rtol=1e-9, atol=1e-15)
    ra = aggregate(a, market.exporter)
    rb = aggregate(b, market.exporter)
    for key in ra:
        assert rb[key]["rate0"] == pytest.approx(ra[key]["rate0"])
        assert rb[key]["rate1"] == pytest.approx(ra[key]["rate1"])


def test_welfare_sign_follows_direction_of_change() -> None:
    market, t0, t1, el = random_case(7)
    r = simulate(market, t0, t1, el)
    dt = t1 - t0
    traded = r.m0 > 0
    assert np.all(r.welfare[(dt < 0) & traded] > 0)
    assert np.all(r.welfare[(dt > 0) & traded] < 0)
    np.testing.assert_allclose(np.abs(r.welfare), 0.5 * np.abs(dt) * np.abs(r.creation))


def test_identity_m1_is_m0_plus_creation_plus_diversion() -> None:
    market, t0, t1, el = random_case(8, finite=True)
    for model in (LIN, EXACT):
        r = simulate(market, t0, t1, el, model)
        np.testing.assert_allclose(r.m1, r.m0 + r.creation + r.diversion, rtol=1e-12, atol=1e-6)


# --- guards ---------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    values=st.lists(st.one_of(st.just(0.0), st.floats(0, 1e12)), min_size=1, max_size=12),
    data=st.data(),
)
def test_no_nan_anywhere(values: list[float], data: st.DataObject) -> None:
    n = len(values)
    rates = st.floats(-0.5, 10.0)
    t0 = np.array(data.draw(st.lists(rates, min_size=n, max_size=n)))
    t1 = np.array(data.draw(st.lists(rates, min_size=n, max_size=n)))
    eta = data.draw(st.floats(0.0, 50.0))
    eps = data.draw(st.one_of(st.floats(0.01, 200.0), st.just(99.0)))
    sigma = data.draw(st.floats(0.0, 20.0))
    exporters = np.array(data.draw(st.lists(st.integers(0, 2), min_size=n, max_size=n)))
    market = Market(np.zeros(n, dtype=np.int64), exporters, np.array(["01"] * n), values)
    el = ElasticityArrays.from_values(n, eta, eps, sigma)
    for model in (LIN, EXACT):
        for div in (True, False):
            r = simulate(market, t0, t1, el, model, div)
            for name in ("m1", "creation", "diversion", "price_change", "revenue1", "welfare"):
                arr = getattr(r, name)
                assert np.all(np.isfinite(arr)), name
                assert np.all(arr[market.value == 0] == 0), name  # no trade, no effect
            assert all(math.isfinite(v) for v in r.total().values())
            assert np.all(r.m1 >= 0)


def test_empty_market() -> None:
    market = Market(np.zeros(0), np.zeros(0), np.zeros(0, dtype="<U4"), np.zeros(0))
    el = ElasticityArrays.from_values(0, 2.0)
    r = simulate(market, np.zeros(0), np.zeros(0), el)
    assert r.total()["m1"] == 0.0
    assert aggregate(r, np.zeros(0, dtype=int)) == {}


def test_bad_inputs_are_refused() -> None:
    market, t0, t1, el = one_row(m=1, t0=0, t1=0, eta=1)
    with pytest.raises(ValueError, match="above −100"):
        simulate(market, np.array([-1.0]), t1, el)
    with pytest.raises(ValueError, match="one rate per row"):
        simulate(market, np.zeros(2), t1, el)
    with pytest.raises(ValueError, match="rows"):
        simulate(market, t0, t1, ElasticityArrays.from_values(2, 1.0))
    with pytest.raises(ValueError, match="not negative"):
        Market(np.array([0]), np.array([1]), np.array(["01"]), np.array([-1.0]))
    with pytest.raises(ValueError, match="1-D"):
        Market(np.array([0, 0]), np.array([1]), np.array(["01"]), np.array([1.0]))
    with pytest.raises(ValueError, match="values of its sources"):
        ElasticityArrays(
            el.eta * 2,
            el.eps_x,
            el.sigma,
            el.eta_source,
            el.eps_source,
            el.sigma_source,
            el.sources,
        )


# --- aggregation, HS helpers, market building ----------------------------------------------


def test_aggregate_sums_and_trade_weighted_rates() -> None:
    market = Market(
        importer=np.zeros(4, dtype=np.int64),
        exporter=np.array([1, 1, 2, 2]),
        product=np.array(["8703", "0201", "8703", "0202"]),
        value=np.array([300.0, 100.0, 0.0, 0.0]),
    )
    el = ElasticityArrays.from_values(4, 1.0)
    t0 = np.array([0.025, 0.10, 0.0, 0.20])
    t1 = np.array([0.15, 0.10, 0.10, 0.30])
    r = simulate(market, t0, t1, el, diversion=False)
    agg = aggregate(r, market.exporter)
    assert list(agg) == [1, 2]
    one = agg[1]
    assert one["m0"] == 400.0
    assert one["creation"] == pytest.approx(r.creation[:2].sum())
    assert one["change"] == pytest.approx(one["m1"] - one["m0"])
    # rate0 = (300·0.025 + 100·0.10)/400 = 0.04375; rate1 = (300·0.15 + 100·0.10)/400 = 0.1375
    assert one["rate0"] == pytest.approx(0.04375)
    assert one["rate1"] == pytest.approx(0.1375)
    assert one["rows"] == 2.0
    # no base trade: the simple mean of the rates
    assert agg[2]["rate0"] == pytest.approx(0.10)
    assert agg[2]["rate1"] == pytest.approx(0.20)
    assert set(aggregate(r, hs_chapter(market.product))) == {"87", "02"}


def test_hs_chapter_and_section() -> None:
    codes = np.array(
        [
            "0101",
            "0511",
            "0601",
            "1501",
            "2401",
            "2709",
            "2801",
            "3824",
            "8703",
            "7701",
            "97",
            "9801",
            "9999",
            "00",
            "ab",
            "1",
            "9301",
            "8525",
        ]
    )
    np.testing.assert_array_equal(hs_chapter(codes)[:3], ["01", "05", "06"])
    np.testing.assert_array_equal(
        hs_section(codes),
        [
            "I",
            "I",
            "II",
            "III",
            "IV",
            "V",
            "VI",
            "VI",
            "XVII",
            "XV",
            "XXI",
            "special",
            "special",
            "other",  # "00": the flow table's "all other goods" row
            "unknown",
            "unknown",
            "XIX",
            "XVI",
        ],
    )
    roman = [k for k in SECTION_NAMES if k not in ("special", "unknown", "other")]
    assert len(roman) == 21
    every = hs_section(np.array([f"{c:02d}" for c in range(1, 98)]))
    assert set(every.tolist()) == set(roman)
    assert hs_section(np.zeros(0, dtype="<U4")).shape == (0,)


def test_market_from_flows() -> None:
    flows = TradeFlows(
        importer=["US", "US", "JP"],
        exporter=["JP", "KR", "US"],
        product=["8703", "8703", "0201"],
        value=[10.0, 5.0, 2.0],
        mfn_rate=[0.025, 0.025, 0.385],
    )
    market = Market.from_flows(flows, ["US", "JP", "KR"])
    np.testing.assert_array_equal(market.importer, [0, 0, 1])
    np.testing.assert_array_equal(market.exporter, [1, 2, 0])
    np.testing.assert_array_equal(market.market_id, [0, 0, 1])  # sorted by importer
    with pytest.raises(ValueError, match="unknown"):
        Market.from_flows(flows, ["US", "JP"])
