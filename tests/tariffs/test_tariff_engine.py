"""The tariff stack: hand-computed cases for every rule, the vectorised engine against the plain
per-line reference, and the 2025 path of the default scenario against a hand computation."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiator_gui.core.model import (
    Authority,
    Measure,
    MeasureMode,
    Quota,
    Scope,
    StackingRule,
    Suspension,
    TradeFlows,
)
from negotiator_gui.core.tariffs import (
    Lines,
    compute_rates,
    explain_line,
    rate_on,
    timeline,
)
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import default_scenario_path

D = dt.date
PARTIES = ("US", "JP", "KR")


def flows(*rows) -> TradeFlows:
    f = TradeFlows()
    for imp, exp, prod, value, mfn in rows:
        f.importer.append(imp)
        f.exporter.append(exp)
        f.product.append(prod)
        f.value.append(value)
        f.mfn_rate.append(mfn)
    return f


BASIC = flows(
    ("US", "JP", "8703230190", 100.0, 0.025),  # a car
    ("US", "JP", "7208100000", 50.0, 0.0),  # steel
    ("US", "JP", "8471300100", 80.0, 0.0),  # a laptop
    ("US", "KR", "8471300100", 40.0, 0.0),
    ("US", "JP", "3004900000", 30.0, 0.0),  # medicine: out of the reciprocal scope
    ("JP", "US", "1006300000", 10.0, 2.8),  # rice into Japan (ad valorem equivalent)
)

STEEL = Measure(
    "steel",
    "232 steel",
    Authority.S232,
    "US",
    ["*"],
    0.25,
    Scope(["72", "73"]),
    programme="steel",
    effective=D(2025, 3, 12),
)
AUTOS = Measure(
    "autos",
    "232 autos",
    Authority.S232,
    "US",
    ["*"],
    0.25,
    Scope(["8703"]),
    programme="autos",
    effective=D(2025, 4, 3),
)
BASELINE = Measure(
    "base",
    "IEEPA 10 %",
    Authority.IEEPA_BASELINE,
    "US",
    ["*"],
    0.10,
    Scope([], ["30"]),
    effective=D(2025, 4, 5),
)
JP_RATE = Measure(
    "jp24",
    "IEEPA Japan 24 %",
    Authority.IEEPA_COUNTRY,
    "US",
    ["JP"],
    0.24,
    Scope([], ["30"]),
    effective=D(2025, 4, 9),
    suspensions=[Suspension(D(2025, 4, 10), D(2025, 7, 9))],
)
RULES = [
    StackingRule("r1", ["s232"], ["ieepa_baseline", "ieepa_country"]),
    StackingRule("r2", ["s232:autos"], ["s232:steel"]),
    StackingRule("r3", ["ieepa_country"], ["ieepa_baseline"]),
]
APRIL = [STEEL, AUTOS, BASELINE, JP_RATE]


def rates(f: TradeFlows, measures, rules, day) -> list[float]:
    lines = Lines.from_flows(f, PARTIES)
    return [round(x, 10) for x in compute_rates(lines, measures, rules, day).total]


def test_the_april_2025_stack_by_hand():
    # car, steel, laptop JP, laptop KR, medicine, rice into Japan
    assert rates(BASIC, APRIL, RULES, D(2025, 3, 1)) == [0.025, 0, 0, 0, 0, 2.8]
    assert rates(BASIC, APRIL, RULES, D(2025, 3, 12)) == [0.025, 0.25, 0, 0, 0, 2.8]
    assert rates(BASIC, APRIL, RULES, D(2025, 4, 3)) == [0.275, 0.25, 0, 0, 0, 2.8]
    # the baseline, but not on goods under 232 nor on medicines
    assert rates(BASIC, APRIL, RULES, D(2025, 4, 5)) == [0.275, 0.25, 0.10, 0.10, 0, 2.8]
    # the country rate replaces the baseline for Japan only
    assert rates(BASIC, APRIL, RULES, D(2025, 4, 9)) == [0.275, 0.25, 0.24, 0.10, 0, 2.8]
    # the pause: back to 10 %; 232 untouched
    assert rates(BASIC, APRIL, RULES, D(2025, 4, 10)) == [0.275, 0.25, 0.10, 0.10, 0, 2.8]
    assert rates(BASIC, APRIL, RULES, D(2025, 7, 9)) == [0.275, 0.25, 0.10, 0.10, 0, 2.8]
    assert rates(BASIC, APRIL, RULES, D(2025, 7, 10)) == [0.275, 0.25, 0.24, 0.10, 0, 2.8]


def test_rule_order_does_not_matter():
    day = D(2025, 4, 9)
    expected = rates(BASIC, APRIL, RULES, day)
    for seed in range(5):
        shuffled = RULES[:]
        random.Random(seed).shuffle(shuffled)
        assert rates(BASIC, APRIL, shuffled, day) == expected


def test_without_rules_everything_stacks():
    assert rates(BASIC, APRIL, [], D(2025, 4, 9)) == [
        0.025 + 0.25 + 0.1 + 0.24,
        0.25 + 0.1 + 0.24,
        0.34,
        0.10,
        0,
        2.8,
    ]


def test_all_in_floor_includes_mfn():
    deal = Measure(
        "deal",
        "15 % all-in",
        Authority.IEEPA_COUNTRY,
        "US",
        ["JP"],
        0.15,
        mode=MeasureMode.ALL_IN,
        all_in_of=[Authority.MFN],
        effective=D(2025, 8, 7),
    )
    f = flows(
        ("US", "JP", "6109", 10.0, 0.16),
        ("US", "JP", "8471", 10.0, 0.0),
        ("US", "JP", "8703", 10.0, 0.025),
    )
    assert rates(f, [deal], [], D(2025, 8, 7)) == [0.16, 0.15, 0.15]
    # a floor that also counts another layer
    extra = Measure("x", "other", Authority.OTHER, "US", ["JP"], 0.05)
    deal2 = Measure(
        "deal",
        "15 % all-in",
        Authority.IEEPA_COUNTRY,
        "US",
        ["JP"],
        0.15,
        mode=MeasureMode.ALL_IN,
        all_in_of=[Authority.MFN, Authority.OTHER],
    )
    assert rates(f, [deal2, extra], [], D(2025, 8, 7)) == [0.21, 0.15, 0.15]


def test_mfn_measure_replaces_the_base_rate():
    cut = Measure("mfn-beef", "beef MFN cut", Authority.MFN, "JP", ["US"], 0.09, Scope(["0201"]))
    f = flows(("JP", "US", "020130", 5.0, 0.385), ("JP", "US", "1005", 5.0, 0.0))
    assert rates(f, [cut], [], D(2025, 1, 1)) == [0.09, 0.0]


def test_scopes_targets_and_exclusions():
    m = Measure("m", "m", Authority.S301, "US", ["JP"], 0.2, Scope(["84", "85"], ["8471"]))
    f = flows(
        ("US", "JP", "8471", 1.0, 0),
        ("US", "JP", "8479", 1.0, 0),
        ("US", "JP", "8501", 1.0, 0),
        ("US", "KR", "8479", 1.0, 0),
        ("US", "JP", "87", 1.0, 0),
        ("JP", "US", "8479", 1.0, 0),
    )
    assert rates(f, [m], [], D(2025, 1, 1)) == [0, 0.2, 0.2, 0, 0, 0]
    star = Measure("s", "s", Authority.OTHER, "US", ["*"], 0.1)
    f2 = flows(("US", "US", "01", 1.0, 0), ("US", "JP", "01", 1.0, 0))
    assert rates(f2, [star], [], D(2025, 1, 1)) == [0, 0.1]


def test_dates_end_retroactive_and_reduced_suspension():
    m = Measure(
        "m",
        "m",
        Authority.OTHER,
        "US",
        ["JP"],
        0.3,
        effective=D(2025, 5, 1),
        retroactive_from=D(2025, 4, 1),
        end=D(2025, 6, 30),
        suspensions=[Suspension(D(2025, 5, 10), D(2025, 5, 20), rate=0.1)],
    )
    assert rate_on(m, D(2025, 3, 31)) is None
    assert rate_on(m, D(2025, 4, 1)) == 0.3
    assert rate_on(m, D(2025, 5, 15)) == 0.1
    assert rate_on(m, D(2025, 6, 30)) == 0.3
    assert rate_on(m, D(2025, 7, 1)) is None


def test_tariff_rate_quota_in_value_and_in_units():
    q = Measure(
        "trq",
        "quota",
        Authority.TRQ,
        "JP",
        ["US"],
        0.5,
        Scope(["1006"]),
        quota=Quota(volume=50.0, unit="USD", in_quota_rate=0.0),
    )
    f = flows(("JP", "US", "1006", 60.0, 0.0), ("JP", "US", "100630", 40.0, 0.0))
    assert rates(f, [q], [], D(2025, 1, 1)) == [0.25, 0.25]  # half the trade in quota
    q.quota = Quota(volume=500.0, unit="USD", in_quota_rate=0.0)
    assert rates(f, [q], [], D(2025, 1, 1)) == [0.0, 0.0]  # quota not filled
    q.quota = Quota(volume=770_000, unit="t", in_quota_rate=0.0)
    lines = Lines.from_flows(f, PARTIES)
    r = compute_rates(lines, [q], [], D(2025, 1, 1))
    assert list(r.total) == [0.5, 0.5] and "out-of-quota" in r.warnings[0]


def test_coarse_lines_are_reported_not_covered():
    only_chapter = flows(("US", "JP", "87", 10.0, 0.02), ("US", "KR", "8703", 10.0, 0.025))
    lines = Lines.from_flows(only_chapter, PARTIES)
    assert list(lines.coarse_lines(AUTOS)) == [0]
    assert rates(only_chapter, [AUTOS], [], D(2025, 5, 1)) == [0.02, 0.275]
    # beside a finer line the chapter row is the rest of the chapter: rightly not covered
    split = flows(("US", "JP", "87", 10.0, 0.02), ("US", "JP", "8703", 10.0, 0.025))
    assert list(Lines.from_flows(split, PARTIES).coarse_lines(AUTOS)) == []
    assert rates(split, [AUTOS], [], D(2025, 5, 1)) == [0.02, 0.275]


def test_breakdown_says_why():
    b = explain_line(BASIC, 0, APRIL, RULES, D(2025, 4, 9))
    assert b.total == pytest.approx(0.275)
    status = {layer.measure: (layer.status, layer.contribution) for layer in b.layers}
    assert status["autos"] == ("applied", 0.25)
    assert status["steel"][0] == "not covered"
    assert status["base"] == ("excluded", 0.0) and status["jp24"] == ("excluded", 0.0)
    paused = explain_line(BASIC, 2, APRIL, RULES, D(2025, 4, 10))
    assert {x.measure: x.status for x in paused.layers}["jp24"] == "paused"
    assert paused.total == pytest.approx(0.10)
    assert "IEEPA 10 %" in "\n".join(paused.lines())


# -- the vectorised engine equals the plain reference -----------------------------------------

CODES = ["01", "0201", "020130", "72", "7208", "8703", "870323", "8708", "84", "8471", "30"]
AUTHS = [a for a in Authority if a is not Authority.TRQ]


@st.composite
def random_case(draw):
    n = draw(st.integers(1, 25))
    rows, seen = [], set()
    for _ in range(n):
        key = (
            draw(st.sampled_from(PARTIES)),
            draw(st.sampled_from(PARTIES)),
            draw(st.sampled_from(CODES)),
        )
        if key in seen:
            continue
        seen.add(key)
        rows.append((*key, draw(st.floats(0, 1e6)), draw(st.sampled_from([0.0, 0.025, 0.2]))))
    days = [D(2025, 1, 1), D(2025, 4, 1), D(2025, 7, 1)]
    measures = []
    for k in range(draw(st.integers(0, 7))):
        auth = draw(st.sampled_from(AUTHS))
        quota = None
        if draw(st.integers(0, 5)) == 0:
            quota = Quota(draw(st.floats(0, 1e6)), draw(st.sampled_from(["USD", "t"])), 0.0)
        measures.append(
            Measure(
                id=f"m{k}",
                title=f"m{k}",
                authority=auth,
                imposing=draw(st.sampled_from(PARTIES)),
                targets=draw(st.sampled_from([["*"], ["JP"], ["US", "KR"]])),
                rate=draw(st.sampled_from([0.0, 0.1, 0.15, 0.25])),
                scope=Scope(
                    draw(st.lists(st.sampled_from(CODES), max_size=2)),
                    draw(st.lists(st.sampled_from(CODES), max_size=1)),
                ),
                programme=draw(st.sampled_from(["", "autos", "steel"])),
                mode=draw(st.sampled_from([MeasureMode.ADDITIVE, MeasureMode.ALL_IN])),
                all_in_of=draw(st.lists(st.sampled_from(AUTHS), max_size=2)),
                effective=draw(st.sampled_from([None, *days])),
                suspensions=draw(
                    st.lists(
                        st.builds(
                            Suspension,
                            st.sampled_from(days),
                            st.sampled_from([None, *days]),
                            st.sampled_from([None, 0.05]),
                        ),
                        max_size=1,
                    )
                ),
                quota=quota,
            )
        )
    selectors = [a.value for a in AUTHS] + ["s232:autos", "#m0", "#m1"]
    rules = [
        StackingRule(
            f"r{k}",
            draw(st.lists(st.sampled_from(selectors), min_size=1, max_size=2)),
            draw(st.lists(st.sampled_from(selectors), min_size=1, max_size=2)),
        )
        for k in range(draw(st.integers(0, 3)))
    ]
    return flows(*rows), measures, rules, draw(st.sampled_from(days))


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(random_case())
def test_vectorised_engine_equals_per_line_reference(case):
    f, measures, rules, day = case
    lines = Lines.from_flows(f, PARTIES)
    got = compute_rates(lines, measures, rules, day).total
    for row in range(len(f)):
        ref = explain_line(f, row, measures, rules, day)
        assert got[row] == pytest.approx(ref.total, abs=1e-12), (row, ref.lines())


# -- the default scenario's 2025 path, by hand from the shipped data ---------------------------


def _hand_rate(product: str, mfn: float, day: D) -> float:
    """The April 2025 stack written out for a line imported from Japan (see the facts file)."""
    steel = product.startswith(("72", "73", "76")) and day >= D(2025, 3, 12)
    autos = product.startswith(("8703", "870421", "870431")) and day >= D(2025, 4, 3)
    parts = product.startswith(("8706", "8707", "8708")) and day >= D(2025, 5, 3)
    if autos or parts:
        return mfn + 0.25
    if steel:
        # no double counting: the 2025 duty replaces what 2024's collected rate already held
        # of the 2018 one (the facts file: about 7.0 points on aluminium, chapter 72's 0.87 %
        # on steel, taken out of chapter 73 too), never more than the base rate itself
        held = 0.07 if product.startswith("76") else 0.0087
        return mfn - min(held, mfn) + 0.25
    if product.startswith("30") or day < D(2025, 4, 5):
        return mfn
    paused = D(2025, 4, 10) <= day <= D(2025, 7, 9)
    if day >= D(2025, 4, 9) and not paused:
        return mfn + 0.24
    return mfn + 0.10


@pytest.fixture(scope="module")
def default():
    return read_scenario(default_scenario_path()).scenario


def test_default_scenario_timeline_matches_hand_computation(default):
    s = default
    f = s.trade_flows
    lines = Lines.from_flows(f, [p.id for p in s.parties])
    tl = timeline(
        lines, s.measures, s.stacking_rules, "US", D(2025, 1, 1), D(2025, 12, 31), by="partner"
    )
    assert tl.keys == ("JP",)
    expected_dates = [
        D(2025, 1, 1),
        D(2025, 3, 12),
        D(2025, 4, 3),
        D(2025, 4, 5),
        D(2025, 4, 9),
        D(2025, 4, 10),
        D(2025, 5, 3),
        D(2025, 7, 10),
    ]
    assert list(tl.dates) == expected_dates
    rows = [k for k in range(len(f)) if f.importer[k] == "US" and f.exporter[k] == "JP"]
    total = sum(f.value[k] for k in rows)
    for i, day in enumerate(tl.dates):
        hand = sum(f.value[k] * _hand_rate(f.product[k], f.mfn_rate[k], day) for k in rows) / total
        assert tl.rates[i, 0] == pytest.approx(hand, rel=1e-12), day
    # the pause: 24 % on 9 April, back to 10 % on 10 April
    laptop = next(k for k in rows if f.product[k] == "84")
    car = f.product.index("8703")
    steel = f.product.index("72")
    by_day = {
        d: compute_rates(lines, s.measures, s.stacking_rules, d).total
        for d in (D(2025, 4, 5), D(2025, 4, 9), D(2025, 4, 10))
    }
    assert [by_day[d][laptop] - f.mfn_rate[laptop] for d in by_day] == pytest.approx(
        [0.1, 0.24, 0.1]
    )
    for d in by_day:  # 232 untouched by the pause
        assert by_day[d][car] == pytest.approx(0.275)
        assert by_day[d][steel] == pytest.approx(0.25)  # 0.87 % of 2024 was 232 already


def test_timeline_by_chapter_steps_only_where_rates_change(default):
    s = default
    lines = Lines.from_flows(s.trade_flows, [p.id for p in s.parties])
    tl = timeline(
        lines, s.measures, s.stacking_rules, "US", D(2025, 4, 1), D(2025, 8, 1), by="chapter"
    )
    assert "87" in tl.keys and "72" in tl.keys
    ch72 = tl.keys.index("72")
    assert np.all(np.diff(tl.rates[:, ch72]) == 0)  # steel: 25 % all along
    assert tl.at(D(2025, 4, 9))["84"] > tl.at(D(2025, 4, 10))["84"]
