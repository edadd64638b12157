"""The headline figures of the default scenario against figures from outside the code: the
official 2024 balance, the magnitude the literature supports, and the no-deal path."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from negotiator_gui.core import impact
from negotiator_gui.core.trade import compare_models, simulate
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import default_scenario_path

#: US Census, trade in goods with Japan, 2024 (the project's facts file us-japan-2025.md):
#: US exports to Japan about US$ 79.7 bn, a US deficit of about US$ 68.5 bn.
OFFICIAL_BALANCE = 68.5e9
OFFICIAL_US_EXPORTS = 79.7e9


@pytest.fixture(scope="module")
def s():
    return read_scenario(default_scenario_path()).scenario


def test_the_base_balance_is_the_official_one_with_its_coverage(s) -> None:
    a = impact.analyse(s)
    (b,) = a.balances
    assert (b.party, b.partner) == ("JP", "US")
    assert b.balance("base") == pytest.approx(OFFICIAL_BALANCE, rel=0.01)
    assert b.imports["base"] == pytest.approx(OFFICIAL_US_EXPORTS, rel=0.01)
    text, warning = impact.coverage_text(s, "JP", "US")
    assert "all other goods" in text and warning is None


def test_a_partial_direction_is_warned_about(s) -> None:
    import copy

    partial = copy.deepcopy(s)
    f = partial.trade_flows
    k = f.product.index("00")
    for col in f.COLUMNS:
        del getattr(f, col)[k]
    _, warning = impact.coverage_text(partial, "JP", "US")
    assert warning is not None and "overstated" in warning
    assert any("overstated" in w for w in impact.analyse(partial).warnings)


def test_the_status_quo_cuts_japans_exports_by_a_plausible_amount(s) -> None:
    # 16 April 2025: 10 % baseline, 25 % on cars, steel and aluminium, all on every supplier.
    # With a macro elasticity of 1 a 10-point tariff cuts a duty-free line by 1 − 1/1.1 = 9.1 %,
    # a car (MFN 2.5 % + 25) by 1 − 1.025/1.275 = 19.6 %; the total must sit between those,
    # of the size of Japan's observed −11 % (May–June 2025; docs/tariff-engine.md).
    a = impact.analyse(s, model="exact")
    lines = a.lines
    to_us = (lines.importer == lines.party_index("US")) & (
        lines.exporter == lines.party_index("JP")
    )
    imp = a.status_quo.impact
    change = imp.m1[to_us].sum() / imp.m0[to_us].sum() - 1
    assert -0.196 < change < -0.091 + 0.005
    car = int(np.flatnonzero(to_us & (lines.product == "8703"))[0])
    assert imp.m1[car] / imp.m0[car] == pytest.approx(1.025 / 1.275)


def test_linear_and_exact_agree_on_most_lines(s) -> None:
    a = impact.analyse(s)
    traded = a.market.value > 0
    exact = simulate(a.market, a.base_rates, a.status_quo.rates, a.elasticities, "exact",
                     common=impact.Prepared.of(s).common(s.measures))  # fmt: skip
    apart = compare_models(a.status_quo.impact, exact) > 0.10
    assert np.count_nonzero(apart & traded) < 0.25 * np.count_nonzero(traded)
    # the few lines with large changes (cars, steel, aluminium) are still named
    assert any("differ by more than 10 %" in w for w in a.warnings)


def test_the_nash_package_beats_no_deal_over_the_default_window(s) -> None:
    prep = impact.Prepared.of(s)
    window = impact.Window.default(s)
    assert (window.start, window.end) == (dt.date(2025, 4, 16), dt.date(2026, 4, 15))
    no_deal = impact.indicators(prep, {}, window)
    nash = impact.indicators(prep, s.package("nash").choices, window)
    assert nash.exports_change > no_deal.exports_change
    assert nash.window == window and "2026" in window.describe()


def test_the_window_weights_each_tariff_by_its_days(s) -> None:
    # No deal over 16 Apr – 15 Apr: parts pay 25 % from 3 May, the 24 % applies from 10 Jul
    # (the pause ends 9 Jul): 17, 68 and 280 of the window's 365 days
    prep = impact.Prepared.of(s)
    window = impact.Window.default(s)
    steps = impact.path_steps(window, s.measures)
    assert [(d, n) for d, _, n in steps] == [
        (dt.date(2025, 4, 16), 17),
        (dt.date(2025, 5, 3), 68),
        (dt.date(2025, 7, 10), 280),
    ]
    days = {d: impact.indicators(prep, {}, impact.Window.single(d)) for d, _, _ in steps}
    averaged = impact.indicators(prep, {}, window)
    by_hand = sum(days[d].exports_change * n for d, _, n in steps) / 365
    assert averaged.exports_change == pytest.approx(by_hand, rel=1e-12)


def test_the_impact_table_has_one_unit_and_no_negative_zero(capsys) -> None:
    from negotiator_gui.cli import main

    assert main(["impact", str(default_scenario_path())]) == 0
    out = capsys.readouterr().out
    import re

    assert not re.search(r"[-−]0\.0+(?![0-9])", out), "a figure shown as minus zero"
    assert not re.search(r"\d\.\dm\b", out)  # no millions mixed into the bn table
    assert "Japan→United States US$ 148.2 bn" in out
