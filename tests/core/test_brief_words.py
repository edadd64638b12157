"""The brief in words, without Qt: what the PDF's tables, verdict, chart axis and legend say,
from a brief with known figures (checked by hand, not against the PDF)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from negotiator_gui.core import brief as cb
from negotiator_gui.core.brief import (
    Board,
    BoardItem,
    Brief,
    Choice,
    Indicator,
    Series,
    Standing,
    Timeline,
)
from negotiator_gui.core.model import CardKind, CardStatus, Priority

D = dt.date


def series(name: str, *rates: float) -> Series:
    days = tuple(D(2025, 1 + 3 * k, 1) for k in range(len(rates)))
    return Series(name, name, "", days, rates, D(2025, 12, 31))


def timeline(package: bool) -> Timeline:
    return Timeline(
        "US",
        "United States",
        "Tariffs",
        D(2025, 1, 1),
        D(2025, 12, 31),
        D(2025, 4, 16),
        [series("Japan", 2.5, 27.5), series("Korea", 2.5, 12.0)],
        [series("Japan", 2.5, 15.0)] if package else [],
        [(D(2025, 4, 3), "autos 25 %"), (D(2025, 8, 7), "Japan 15 %")],
    )


def brief(**changes) -> Brief:
    b = Brief(
        title="Talks",
        scenario_id="t-1",
        as_of=D(2025, 4, 16),
        prepared=D(2025, 5, 2),
        perspective="US",
        perspective_name="United States",
        package_name="",
        choices=[
            Choice("autos", "Car tariffs", "cut", "Cut to 15 %"),
            Choice("rice", "Rice access", None, "open"),
        ],
        complete=False,
        standings=[
            Standing("US", "United States", "", 62.0, 55.0),
            Standing("JP", "Japan", "", 48.25, 50.0),
        ],
        indicators=[
            Indicator("exports_change", "Exports", 0.0, 1.5e9, True),
            Indicator("revenue", "Revenue", 2.0e8, 1.2e8, False),
        ],
        unit="USD",
        trade_year=2024,
        boards=[],
        timeline=timeline(True),
    )
    return dataclasses.replace(b, **changes)


def test_dates_and_points():
    assert cb.day_text(D(2025, 4, 16)) == "16 Apr 2025"
    assert cb.short_day(D(2025, 12, 1)) == "1 Dec"
    assert cb.points(48.25) == "48.2" and cb.points(None) == "—"
    assert cb.points(-1.75, signed=True) == "−1.8" and cb.points(7.0, signed=True) == "+7.0"
    assert cb.meta_line(brief()) == (
        "Situation as of 16 Apr 2025   ·   Our side: United States   ·   Prepared 2 May 2025"
    )


def test_the_package_table_lists_open_issues_and_counts_those_left_out():
    b = brief()
    rows, more = cb.package_rows(b)
    assert [(r.issue, r.settled, r.open) for r in rows] == [
        ("Car tariffs", "Cut to 15 %", False),
        ("Rice access", "open", True),
    ]
    assert more == 0
    rows, more = cb.package_rows(b, most=1)
    assert len(rows) == 1 and more == 1
    assert cb.package_title(b) == "custom package"
    assert cb.package_title(dataclasses.replace(b, package_name="Nash")) == "Nash"
    nothing = [Choice("rice", "Rice access", None, "open")]
    assert cb.package_title(dataclasses.replace(b, choices=nothing)) == ""


def test_the_zopa_verdict_names_who_is_below_its_batna():
    text, inside = cb.zopa_verdict(brief())
    assert not inside and "for Japan: outside the ZOPA" in text  # 48.25 < 50
    fine = [Standing("US", "United States", "", 62.0, 55.0), Standing("JP", "Japan", "", 51, 50)]
    text, inside = cb.zopa_verdict(brief(standings=fine))
    assert inside and "in the ZOPA" in text
    no_batna = [Standing("US", "United States", "", 62.0, None)]
    assert cb.zopa_verdict(brief(standings=no_batna)) is None
    assert cb.zopa_verdict(brief(choices=[])) is None


def test_the_indicators_share_one_unit():
    b = brief()
    # the largest figure is 1.5 bn: the whole table in billions with one decimal
    assert cb.indicator_rows(b) == [
        ("Exports", "US$ 0.0 bn", "+US$ 1.5 bn", "+US$ 1.5 bn"),
        ("Revenue", "US$ 0.2 bn", "US$ 0.1 bn", "−US$ 0.1 bn"),
    ]
    no_package = [Indicator("revenue", "Revenue", 2.0e8, None, False)]
    assert cb.indicator_rows(brief(indicators=no_package)) == [("Revenue", "US$ 200 m", "—", "—")]
    assert cb.indicator_aside(b) == "trade model, US$ a year, against base-year 2024 flows"
    assert cb.indicator_aside(brief(trade_year=None)) == ""
    assert cb.indicator_context(b) == ""
    got = cb.indicator_context(brief(window_text="Apr 2025 – Mar 2026", coverage="All trade."))
    assert got == "Evaluated over: Apr 2025 – Mar 2026. All trade."


@pytest.mark.parametrize(
    ("top", "step"), [(0.0, 5.0), (4.0, 1.0), (10.0, 2.5), (27.5, 10.0), (130.0, 50.0)]
)
def test_grid_steps_are_round(top, step):
    assert cb.nice_step(top) == step
    assert 3 <= top / step + 1 <= 6 or top == 0


def test_the_chart_axis_legend_and_events():
    with_package, no_deal = timeline(True), timeline(False)
    assert cb.rate_axis(with_package) == (30.0, 10.0)  # highest 27.5 %: up to 30 by tens
    assert cb.rate_axis(dataclasses.replace(no_deal, status_quo=[series("Japan", 0.0)])) == (
        10.0,
        5.0,
    )
    assert cb.legend(with_package) == [
        ("Japan: no deal", 0, True),
        ("Japan: with the package", 0, False),
        ("Korea: no deal", 1, True),
        ("Korea: with the package", 1, False),
    ]
    assert cb.legend(no_deal) == [("Japan", 0, False), ("Korea", 1, False)]
    assert cb.events_text(no_deal) == "(1) 3 Apr: autos 25 %   (2) 7 Aug: Japan 15 %"
    assert cb.timeline_aside(with_package) == (
        "dashed: no deal; solid: with the package from 16 Apr"
    )
    assert cb.timeline_aside(no_deal) == ""
    assert cb.rate_text(27.5) == "27.5 %" and cb.axis_text(2.5) == "2.5 %"
    assert cb.axis_text(10.0) == "10 %"


def test_a_card_and_its_board_in_words():
    item = BoardItem(
        "c1",
        CardKind.DEMAND,
        "Demand",
        "Lower car tariffs",
        CardStatus.ON_TABLE,
        "on the table",
        Priority.HIGH,
        "high",
        "Car tariffs → Cut to 15 %",
        None,
        None,
    )
    assert cb.card_detail(item) == "Demand · high · on the table — Car tariffs → Cut to 15 %"
    assert cb.card_detail(dataclasses.replace(item, issue_text="")) == (
        "Demand · high · on the table"
    )
    board = Board("JP", "Japan", "", [item], total=7)
    assert cb.board_count(board, 1) == "top 1 of 7 live cards"
    assert cb.footer_text(brief(), "1.2.3") == "Talks · scenario t-1 · Negotiator 1.2.3"
