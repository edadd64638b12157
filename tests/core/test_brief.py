"""The minister's brief as data: its numbers are the core's own (utilities, BATNAs, indicators,
timeline), on the shipped scenario and on a small one, and nothing missing breaks it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest

from factories import small_scenario
from negotiator_gui.core import bargaining as bg
from negotiator_gui.core import chart_series as cs
from negotiator_gui.core import impact, package_math
from negotiator_gui.core.brief import build_brief, money
from negotiator_gui.core.model import CardStatus, Priority, Reservation, TradeFlows
from negotiator_gui.core.offers import partial_utility
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import default_scenario_path

TODAY = dt.date(2025, 4, 20)


@pytest.fixture(scope="module")
def default():
    return read_scenario(default_scenario_path()).scenario


def first_options(s) -> dict[str, str]:
    return {i.id: i.options[0].id for i in s.issues}


def check_numbers(s, package, brief) -> None:
    """Utilities, BATNAs, indicators and timeline series equal what the core computes."""
    space = bg.build_space(s, [p.id for p in s.negotiators()])
    expected = {st.party: st for st in package_math.standings(space, package)}
    assert [st.party for st in brief.standings] == list(space.parties)
    for st in brief.standings:
        assert st.utility == pytest.approx(expected[st.party].utility, abs=1e-9)
        assert st.batna == pytest.approx(expected[st.party].reservation, abs=1e-9)
        assert st.margin == pytest.approx(expected[st.party].gain, abs=1e-9)
    prep = impact.Prepared.of(s)
    sq, pkg = impact.indicators(prep, {}), impact.indicators(prep, package)
    by_key = {ind.key: ind for ind in brief.indicators}
    for key, attr in (
        ("exports_change", "exports_change"),
        ("revenue", "revenue"),
        ("balance", "balance"),
        ("commitments", "commitments"),
    ):
        assert by_key[key].status_quo == pytest.approx(getattr(sq, attr))
        assert by_key[key].package == pytest.approx(getattr(pkg, attr))
        assert by_key[key].change == pytest.approx(getattr(pkg, attr) - getattr(sq, attr))
    tl = brief.timeline
    pair = cs.timelines(s, package, tl.importer)
    for series in tl.status_quo:
        j = pair.status_quo.keys.index(series.key)
        assert series.dates == pair.status_quo.dates
        np.testing.assert_allclose(series.rates, pair.status_quo.rates[:, j] * 100)
    for series in tl.package:
        j = pair.package.keys.index(series.key)
        np.testing.assert_allclose(series.rates, pair.package.rates[:, j] * 100)


def test_default_scenario_with_a_stored_package(default):
    s = default
    package = dict(s.package("nash").choices)
    brief = build_brief(s, package, today=TODAY)
    assert brief.title == s.title and brief.as_of == s.as_of and brief.prepared == TODAY
    assert brief.package_name == s.package("nash").name
    assert brief.complete and brief.has_package
    check_numbers(s, package, brief)
    # the package in words: every issue, its chosen option's label
    assert [c.issue for c in brief.choices] == [i.id for i in s.issues]
    for c in brief.choices:
        issue = s.issue(c.issue)
        assert c.issue_title == issue.title
        assert c.option_label == next(o.label for o in issue.options if o.id == package[issue.id])
    # the Nash point is in the ZOPA: both margins positive
    assert all(st.margin > 0 for st in brief.standings)
    # the US's tariffs are the ones that move in 2025, with the package's path beside them
    assert brief.timeline.importer == "US"
    assert brief.timeline.status_quo and brief.timeline.package
    assert brief.timeline.max_rate() > 20
    # the only note: what the auto-parts measure's legal scope covers beyond the flow table,
    # named with its rate from the data
    assert brief.notes == [
        "Section 232 auto parts (25 %): Section 232 auto parts outside chapter 87 are not modelled"
    ]
    # beside the indicators: the window they average over and the trade they cover
    assert brief.window_text.startswith("average of") and "365 days" in brief.window_text
    assert brief.coverage.startswith("Base-year (2024) goods trade in the flow table")


def test_default_boards_list_the_heaviest_live_cards_ours_first(default):
    s = default
    brief = build_brief(s, first_options(s), today=TODAY)
    assert [b.party for b in brief.boards] == ["JP", "US"]  # the perspective first
    for board in brief.boards:
        live = [
            c
            for c in s.cards
            if c.party == board.party
            and c.status not in (CardStatus.REJECTED, CardStatus.WITHDRAWN)
        ]
        assert board.total == len(live)
        assert 0 < len(board.items) <= 5
        ranks = [{"high": 0, "medium": 1, "low": 2}[i.priority.value] for i in board.items]
        assert ranks == sorted(ranks)
        assert board.items[0].priority is Priority.HIGH
        ids = {c.id for c in live}
        assert all(item.card in ids for item in board.items)
        assert all(item.title == s.card(item.card).title for item in board.items)


def test_small_scenario_any_package(default):
    s = small_scenario()
    package = {"autos": "floor-15", "reciprocal": "set-10", "rice": "quota-up"}
    brief = build_brief(s, package, today=TODAY)
    check_numbers(s, package, brief)
    # JP's BATNA is a package: its utility, not a number typed in
    jp = next(st for st in brief.standings if st.party == "JP")
    space = bg.build_space(s, ["US", "JP"])
    assert jp.batna == pytest.approx(int(space.reservation[1]) / bg.SCALE)
    assert jp.batna_text == "WTO dispute and patience"
    # Japanese card titles come through as written
    titles = [i.title for b in brief.boards for i in b.items]
    assert "自動車関税を15 %に" in titles
    # rejected and withdrawn cards are left out
    assert "Withdrawn idea" not in titles and "No rice tariff cut" not in titles


def test_stored_package_with_a_japanese_name_is_recognised():
    s = small_scenario()
    pkg = s.package("pkg-july")
    assert len(pkg.choices) == len(s.issues)
    assert build_brief(s, dict(pkg.choices)).package_name == "七月の合意案"
    assert build_brief(s, {**pkg.choices, "rice": "none"}).package_name == ""


def test_no_package_chosen_yet():
    s = small_scenario()
    for package in (None, {}):
        brief = build_brief(s, package, today=TODAY)
        assert not brief.has_package and not brief.complete and brief.package_name == ""
        assert all(c.option is None for c in brief.choices)
        assert all(st.utility is None and st.margin is None for st in brief.standings)
        assert {st.party: st.batna for st in brief.standings}["US"] == 45.0
        assert brief.indicators and all(i.package is None for i in brief.indicators)
        assert all(i.change is None for i in brief.indicators)
        assert brief.timeline is not None and brief.timeline.package == []
        assert any("No package" in n for n in brief.notes)


def test_partial_package_counts_only_settled_issues():
    s = small_scenario()
    package = {"autos": "cut-half", "unknown-issue": "x", "rice": "no-such-option"}
    brief = build_brief(s, package)
    assert not brief.complete and brief.has_package
    space = bg.build_space(s, ["US", "JP"])
    expected = partial_utility(space, {"autos": "cut-half"})
    assert {st.party: st.utility for st in brief.standings} == pytest.approx(expected)
    assert [c.option for c in brief.choices] == ["cut-half", None, None]
    assert any("open" in n for n in brief.notes)
    assert any("unknown-issue" in n and "rice" in n for n in brief.notes)


def test_party_without_a_batna():
    s = small_scenario()
    s.preferences_of("US").reservation = Reservation()
    brief = build_brief(s, first_options(s))
    us = next(st for st in brief.standings if st.party == "US")
    assert us.batna is None and us.margin is None and us.utility is not None
    assert any("No BATNA" in n and "United States" in n for n in brief.notes)


def test_party_without_preferences():
    s = small_scenario()
    s.preferences = [p for p in s.preferences if p.party != "JP"]
    brief = build_brief(s, first_options(s))
    assert all(st.utility is None for st in brief.standings)
    assert any("Utilities cannot be computed" in n for n in brief.notes)


def test_no_trade_data():
    s = small_scenario()
    s.trade_flows = TradeFlows()
    brief = build_brief(s, first_options(s))
    assert brief.indicators == [] and brief.timeline is None and brief.trade_year is None
    assert any("No trade data" in n for n in brief.notes)
    assert [st.utility is not None for st in brief.standings] == [True, True]


def test_no_issues_and_no_cards():
    s = dataclasses.replace(small_scenario(), issues=[], cards=[], packages=[], offers=[])
    brief = build_brief(s, {"autos": "keep"})
    assert brief.choices == [] and not brief.complete
    assert all(st.utility is None for st in brief.standings)
    assert all(b.items == [] and b.total == 0 for b in brief.boards)


def test_money_format():
    assert money(-55_381_163_681.7, "USD", True) == "−US$ 55.4 bn"
    assert money(14_846_257_474, "USD") == "US$ 14.8 bn"
    assert money(2_500_000, "EUR", True) == "+EUR 2.5 m"
    assert money(0.0, "USD", True) == "US$ 0.0 m"
    assert money(-20_000, "USD", True) == "US$ 0.0 m"  # rounds to nothing: no "−0.0"
    assert money(-999_000_000, "USD") == "−US$ 1.0 bn"  # not "−US$ 999 m" beside bn
