"""Tariff-change operators and package effects, by hand."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from negotiator_gui.core.model import (
    Authority,
    EffectOp,
    Issue,
    Measure,
    MeasureMode,
    Option,
    Party,
    Scenario,
    Scope,
    Suspension,
    TariffEffect,
    TradeFlows,
)
from negotiator_gui.core.package_effects import (
    apply_operator,
    package_tariffs,
    swiss,
    ustr_reciprocal,
)
from negotiator_gui.core.tariffs import Lines, compute_rates

D = dt.date


def test_operators_by_hand():
    t0 = np.array([0.0, 0.05, 0.2, 0.5])
    assert list(apply_operator(t0, "new_rate", 0.1)) == [0.1] * 4
    assert list(apply_operator(t0, "max_rate", 0.1)) == [0.0, 0.05, 0.1, 0.1]
    assert list(apply_operator(t0, "linear_cut", 0.5)) == [0.0, 0.025, 0.1, 0.25]
    assert list(apply_operator(t0, "add_on", 0.1)) == pytest.approx([0.1, 0.15, 0.3, 0.6])
    assert list(apply_operator(t0, "add_on", -0.1)) == pytest.approx([0.0, 0.0, 0.1, 0.4])
    assert list(apply_operator(t0, "all_in_floor", 0.15)) == [0.15, 0.15, 0.2, 0.5]
    # Swiss with a = 16 %: 50 % -> 0.16*0.5/0.66 = 12.12 %; 5 % -> 0.008/0.21 = 3.81 %
    assert swiss(0.5) == pytest.approx(0.121212, rel=1e-5)
    assert swiss(0.05) == pytest.approx(0.038095, rel=1e-5)
    mask = np.array([True, False, True, False])
    assert list(apply_operator(t0, "new_rate", 0.3, mask)) == [0.3, 0.05, 0.3, 0.5]
    with pytest.raises(ValueError, match="unknown operator"):
        apply_operator(t0, "halve", 0.5)


def test_ustr_formula_for_japan_2024():
    # US exports to Japan about $79.7 bn, imports about $148.2 bn (facts file)
    dtau, published = ustr_reciprocal(79.7, 148.2)
    assert dtau == pytest.approx((148.2 - 79.7) / 148.2)
    assert published == pytest.approx(dtau / 2) and 0.22 < published < 0.24
    assert ustr_reciprocal(100, 90)[1] == 0.10  # a surplus still gets the 10 % minimum


def _scenario() -> Scenario:
    autos = Measure("autos", "232 autos", Authority.S232, "US", ["*"], 0.25, Scope(["8703"]))
    recip = Measure(
        "jp",
        "IEEPA JP",
        Authority.IEEPA_COUNTRY,
        "US",
        ["JP"],
        0.24,
        suspensions=[Suspension(D(2025, 4, 10), D(2025, 7, 9))],
    )
    issues = [
        Issue(
            "autos",
            "Autos",
            [
                Option("a25", "25 %"),
                Option("a15", "15 % all-in", effects=[TariffEffect(EffectOp.FLOOR, "autos", 0.15)]),
                Option("half", "halved", effects=[TariffEffect(EffectOp.CUT, "autos", 0.5)]),
                Option(
                    "suv",
                    "SUVs only at 10 %",
                    effects=[
                        TariffEffect(EffectOp.SET_RATE, "autos", 0.10, scope=Scope(["870323"]))
                    ],
                ),
            ],
        ),
        Issue(
            "recip",
            "Reciprocal",
            [
                Option("r24", "24 %"),
                Option("r0", "removed", effects=[TariffEffect(EffectOp.REMOVE_MEASURE, "jp")]),
                Option("r10", "10 %", effects=[TariffEffect(EffectOp.SET_RATE, "jp", 0.10)]),
            ],
        ),
    ]
    flows = TradeFlows(
        importer=["US"] * 3,
        exporter=["JP"] * 3,
        product=["870323", "870324", "8471"],
        value=[10.0, 10.0, 10.0],
        mfn_rate=[0.025, 0.025, 0.0],
    )
    return Scenario(
        "t",
        "t",
        D(2025, 4, 16),
        "JP",
        parties=[Party("US", "US"), Party("JP", "JP")],
        issues=issues,
        measures=[autos, recip],
        trade_flows=flows,
    )


AUGUST = D(2025, 8, 1)


def _rates(s: Scenario, choices, day=AUGUST):
    pt = package_tariffs(s, choices)
    lines = Lines.from_flows(s.trade_flows, ["US", "JP"])
    return [
        round(x, 10) for x in compute_rates(lines, pt.measures, s.stacking_rules, day).total
    ], pt


def test_package_effects_change_the_measures_not_the_scenario():
    s = _scenario()
    before = [m.rate for m in s.measures]
    assert _rates(s, {})[0] == [0.515, 0.515, 0.24]
    assert _rates(s, {"autos": "a15"})[0] == [0.15 + 0.24, 0.15 + 0.24, 0.24]
    assert _rates(s, {"autos": "half", "recip": "r0"})[0] == [0.15, 0.15, 0.0]
    r, _pt = _rates(s, {"recip": "r10"}, D(2025, 4, 20))
    assert r == [0.375, 0.375, 0.10]  # a negotiated rate replaces the pause
    assert [m.rate for m in s.measures] == before
    assert s.measures[1].suspensions  # untouched


def test_scoped_effect_splits_the_measure():
    s = _scenario()
    r, pt = _rates(s, {"autos": "suv", "recip": "r0"})
    assert r == [0.125, 0.275, 0.0]
    ids = [m.id for m in pt.measures]
    assert ids == ["autos", "autos@autos=suv"]
    assert pt.measures[0].scope.exclude == ["870323"]


def test_unknown_measure_or_option_is_noted_not_fatal():
    s = _scenario()
    s.issues[0].options[1].effects[0].measure = "gone"
    _, pt = _rates(s, {"autos": "a15", "recip": "nope"})
    assert any("gone" in n for n in pt.notes) and any("nope" in n for n in pt.notes)


def test_floor_makes_an_all_in_measure():
    s = _scenario()
    pt = package_tariffs(s, {"autos": "a15"})
    m = pt.measures[0]
    assert m.mode is MeasureMode.ALL_IN and m.all_in_of == [Authority.MFN] and m.rate == 0.15
