"""The rate engine without Qt: each line's rate on a day against a hand computation (a 10 %
baseline and a 25 % measure that ends on a date, over a line's base MFN rate), under a package,
cached once per (version, day, package), refreshed column by column, computed by a job for
another thread and taken back, and the changes that do (or do not) touch the rates."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import numpy as np
import pytest

from negotiator_gui.app import rates as ar
from negotiator_gui.app.rates import (
    RateEngine,
    explain_row,
    rate_effect,
    rate_job,
)
from negotiator_gui.core.commands import Change
from negotiator_gui.core.model import (
    Authority,
    EffectOp,
    Issue,
    Measure,
    Option,
    Party,
    Scenario,
    Scope,
    TariffEffect,
    TradeFlows,
)
from spies import spy

D = dt.date
CAR_JP, STEEL_JP, CAR_KR, RICE_US = range(4)


def scenario() -> Scenario:
    """US imports a car and steel from Japan and a car from Korea; Japan imports rice. The US
    puts a 10 % baseline on every partner from 5 April and 25 % on cars from 3 April to 30 June
    (the end date included); the package's "cut" option sets the car measure to 15 %."""
    flows = TradeFlows()
    rows = [
        ("US", "JP", "8703230190", 100.0, 0.025),
        ("US", "JP", "7208100000", 50.0, 0.0),
        ("US", "KR", "8703230190", 40.0, 0.025),
        ("JP", "US", "1006300000", 10.0, 0.5),
    ]
    for imp, exp, product, value, mfn in rows:
        flows.importer.append(imp)
        flows.exporter.append(exp)
        flows.product.append(product)
        flows.value.append(value)
        flows.mfn_rate.append(mfn)
    baseline = Measure(
        "base", "Baseline", Authority.IEEPA_BASELINE, "US", ["*"], 0.10, effective=D(2025, 4, 5)
    )
    autos = Measure(
        "autos",
        "Cars",
        Authority.S232,
        "US",
        ["*"],
        0.25,
        Scope(["8703"]),
        effective=D(2025, 4, 3),
        end=D(2025, 6, 30),
    )
    cars = Issue(
        "cars",
        "Car tariffs",
        [
            Option("keep", "Keep 25 %"),
            Option("cut", "Cut to 15 %", effects=[TariffEffect(EffectOp.SET_RATE, "autos", 0.15)]),
        ],
    )
    return Scenario(
        "t",
        "Rates",
        D(2025, 4, 1),
        "US",
        parties=[Party("US", "United States"), Party("JP", "Japan"), Party("KR", "Korea")],
        issues=[cars],
        measures=[baseline, autos],
        trade_flows=flows,
    )


#: By hand: car = MFN 2.5 % + 25 % (3 Apr – 30 Jun) + 10 % (from 5 Apr); steel only the
#: baseline; rice into Japan keeps its 50 % MFN (no Japanese measure).
BY_HAND = {
    D(2025, 4, 1): [0.025, 0.0, 0.025, 0.5],
    D(2025, 4, 3): [0.275, 0.0, 0.275, 0.5],
    D(2025, 4, 5): [0.375, 0.10, 0.375, 0.5],
    D(2025, 6, 30): [0.375, 0.10, 0.375, 0.5],
    D(2025, 7, 1): [0.125, 0.10, 0.125, 0.5],
}


@pytest.mark.parametrize("day", sorted(BY_HAND))
def test_rates_day_by_day_match_the_hand_computation(day):
    engine = RateEngine(scenario())
    assert engine.rates(day) == pytest.approx(BY_HAND[day], abs=1e-12)


def test_under_the_package_the_cut_measure_counts_15_percent_until_its_end():
    s = scenario()
    engine = RateEngine(s)
    cut = {"cars": "cut"}
    # car: 2.5 % + 15 % + 10 %; the measure still ends on 30 June
    assert engine.rates(D(2025, 5, 1), cut) == pytest.approx([0.275, 0.10, 0.275, 0.5])
    assert engine.rates(D(2025, 7, 1), cut) == pytest.approx(BY_HAND[D(2025, 7, 1)])
    assert engine.rates(D(2025, 5, 1), {"cars": "keep"}) == pytest.approx(BY_HAND[D(2025, 6, 30)])
    assert s.measure("autos").rate == 0.25  # the package changes copies, not the scenario
    assert [m.rate for m in engine.package_measures(cut) if m.id.startswith("autos")] == [0.15]


def test_one_compute_per_day_and_package_until_invalidated(monkeypatch):
    s = scenario()
    engine = RateEngine(s)
    computes = spy(monkeypatch, ar, "compute_rates")
    day = D(2025, 5, 1)
    first = engine.rates(day)
    assert engine.rates(day) is first and computes.count == 1
    engine.rates(day, {})  # the empty package is a package: computed apart from "none"
    engine.rates(day, {"cars": "cut"})
    engine.rates(day, {"cars": "cut"})
    assert computes.count == 3
    s.measure("autos").rate = 0.50
    engine.invalidate()
    assert engine.rates(day)[CAR_JP] == pytest.approx(0.025 + 0.50 + 0.10)
    assert computes.count == 4 and engine.version == 1


def test_an_mfn_edit_refreshes_that_column_in_a_new_lines_object():
    s = scenario()
    engine = RateEngine(s)
    day = D(2025, 5, 1)
    engine.rates(day)
    before = engine.lines
    s.trade_flows.mfn_rate[CAR_JP] = 0.05
    engine.invalidate(columns=frozenset({"mfn_rate"}))
    assert engine.lines is before  # refreshed only when next computed
    assert engine.rates(day)[CAR_JP] == pytest.approx(0.05 + 0.25 + 0.10)
    assert engine.lines is not before and engine.lines.perm is before.perm
    assert before.mfn[CAR_JP] == 0.025  # the old object, which a job may read, is untouched
    s.trade_flows.importer.append("US")  # a row added: prepared again from the flows
    for column, item in (("exporter", "KR"), ("product", "7208"), ("value", 1.0)):
        getattr(s.trade_flows, column).append(item)
    s.trade_flows.mfn_rate.append(0.0)
    engine.invalidate(rebuild=True)
    assert len(engine.rates(day)) == 5 and engine.rates(day)[4] == pytest.approx(0.10)


def test_a_job_computes_what_the_engine_lacks_and_hands_it_back(monkeypatch):
    s = scenario()
    engine = RateEngine(s)
    day, cut = D(2025, 5, 1), {"cars": "cut"}
    now = engine.rates(day)  # "now" is cached: the job computes only the package
    computes = spy(monkeypatch, ar, "compute_rates")
    result = rate_job(engine, s, day, cut)()
    assert computes.count == 1 and result.version == engine.version
    assert result.now is now and result.now == pytest.approx(BY_HAND[D(2025, 6, 30)])
    assert result.package == pytest.approx([0.275, 0.10, 0.275, 0.5])
    engine.take(result)
    assert engine.rates(day, cut) is result.package and engine.rates(day) is now
    assert computes.count == 1  # both taken from the engine's cache
    # a result for an older version gives its lines but is not cached
    stale = rate_job(engine, s, D(2025, 7, 1), None)
    engine.invalidate()
    engine.take(stale())
    assert engine.cached(D(2025, 7, 1), None) is None


def test_which_changes_touch_the_rates():
    assert rate_effect([Change("card", ("c1",), "changed", "title")]) is None
    assert rate_effect([Change("party", ("JP",), "changed", "name")]) is None
    assert rate_effect([Change("measure", ("autos",), "changed", "rate")]) == (False, frozenset())
    mfn = Change("trade_flows", (), "changed", "mfn_rate")
    assert rate_effect([mfn]) == (False, frozenset({"mfn_rate"}))
    assert rate_effect([mfn, Change("party", ("JP",), "changed", "name")])[0] is True
    assert rate_effect([Change("trade_flows", (), "added")])[0] is True
    assert rate_effect([Change("scenario", (), "changed", "trade_flows")])[0] is True
    assert rate_effect([Change("scenario", (), "changed", "as_of")]) == (False, frozenset())


def test_a_line_explained_in_words():
    s = scenario()
    engine = RateEngine(s)
    day = D(2025, 5, 1)
    text = explain_row(s, CAR_JP, day, engine.package_measures({"cars": "cut"}))
    now, _, package = text.partition("Under the current package:")
    assert now.splitlines()[1] == "US ← JP  8703230190:  37.5 %"
    assert "Cars [Section 232] 25 %" in now and "+25 %" in now and "+10 %" in now
    assert "+15 %" in package and "27.5 %" in package
    assert "Under the current package" not in explain_row(s, CAR_JP, day)
    assert explain_row(s, 99, day) == "" and explain_row(s, -1, day) == ""


def test_the_engine_needs_no_qt():
    code = (
        "import sys, negotiator_gui.app.rates\n"
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_rates_are_arrays_of_every_line():
    got = RateEngine(scenario()).rates(D(2025, 4, 5))
    assert isinstance(got, np.ndarray) and got.shape == (4,)
