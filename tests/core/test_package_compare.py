"""Packages side by side (core.package_compare): options, utilities, gains over the BATNA and
the ZOPA checked against sums worked out by hand on a two-issue scenario built here; the same
package across two revisions, matched by ids, with what one lacks said in words."""

from __future__ import annotations

import copy
import datetime as dt

from factories import small_scenario
from negotiator_gui.core import impact
from negotiator_gui.core import package_compare as pc
from negotiator_gui.core.model import (
    Issue,
    IssuePreference,
    Offer,
    Option,
    Package,
    Party,
    Preferences,
    Reservation,
    Scenario,
)


def two_issues() -> Scenario:
    """Side "us" weighs x 60 and y 40 (reservation 40); "them" x 25 and y 75 (reservation 30).
    x1: us 100, them 0; x2: us 0, them 100. y1: us 0, them 100; y2: 50, 50; y3: 100, 0."""
    return Scenario(
        id="t",
        title="Two issues",
        as_of=dt.date(2025, 4, 1),
        perspective="us",
        parties=[Party("us", "Us"), Party("them", "Them")],
        issues=[
            Issue("x", "Issue X", [Option("x1", "x one"), Option("x2", "x two")]),
            Issue("y", "Issue Y", [Option(o, o.upper()) for o in ("y1", "y2", "y3")]),
        ],
        preferences=[
            Preferences(
                "us",
                {
                    "x": IssuePreference(60, {"x1": 100, "x2": 0}),
                    "y": IssuePreference(40, {"y1": 0, "y2": 50, "y3": 100}),
                },
                Reservation(40.0),
            ),
            Preferences(
                "them",
                {
                    "x": IssuePreference(25, {"x1": 0, "x2": 100}),
                    "y": IssuePreference(75, {"y1": 100, "y2": 50, "y3": 0}),
                },
                Reservation(30.0),
            ),
        ],
        packages=[Package("p1", "First", {"x": "x1", "y": "y2"})],
        offers=[Offer("o1", 1, "them", {"x": "x2", "y": "y1"})],
    )


P1 = {"x": "x1", "y": "y2"}  # us 0.6·100 + 0.4·50 = 80; them 0.75·50 = 37.5
P2 = {"x": "x2", "y": "y1"}  # us 0; them 0.25·100 + 0.75·100 = 100
P3 = {"x": "x1", "y": "y1"}  # us 60; them 75


def test_two_packages_side_by_side_by_hand():
    c = pc.compare(two_issues(), [("P1", P1), ("P2", P2)], indicators=False)
    assert c.names == ("P1", "P2")
    assert c.row("issue", "x").texts == ("x one", "x two")
    assert c.row("issue", "y").texts == ("Y2", "Y1")
    assert c.row("utility", "us").texts == ("80.0", "0.0")
    assert c.row("utility", "them").texts == ("37.5", "100.0")
    # gains over the reservations 40 and 30
    assert c.row("gain", "us").texts == ("+40.0", "−40.0")
    assert c.row("gain", "them").texts == ("+7.5", "+70.0")
    assert c.row("zopa").texts == ("yes", "no")
    assert all(r.differs for r in c.rows)
    assert c.row("utility", "us").unit == "points, 0–100"
    assert c.row("utility", "us").label == "Utility for Us"
    # our side first, as the builder and the chart order them
    assert [r.key for r in c.rows if r.key[0] == "utility"] == [
        ("utility", "us"),
        ("utility", "them"),
    ]


def test_only_the_rows_that_differ_are_marked():
    c = pc.compare(two_issues(), [("P1", P1), ("P3", P3)], indicators=False)
    assert not c.row("issue", "x").differs  # both x one
    assert c.row("issue", "y").differs
    assert c.row("utility", "us").texts == ("80.0", "60.0")
    assert c.row("utility", "them").texts == ("37.5", "75.0")
    assert not c.row("zopa").differs  # 80 ≥ 40, 37.5 ≥ 30; 60 ≥ 40, 75 ≥ 30
    same = pc.compare(two_issues(), [("a", P1), ("b", dict(P1))], indicators=False)
    assert not any(r.differs for r in same.rows)


def test_an_open_issue_has_no_utilities_and_says_so():
    c = pc.compare(two_issues(), [("P1", P1), ("half", {"x": "x1"})], indicators=False)
    assert c.row("issue", "y").texts == ("Y2", "left open")
    assert c.row("utility", "us").texts == ("80.0", "—")
    assert any("half" in note for note in c.notes)


def test_sources_list_current_suggestions_offers_and_named_packages():
    s = two_issues()
    out = pc.sources(s, P3, {"nash": P1, "kalai_smorodinsky": None})
    assert [x.key for x in out] == ["current", "solution:nash", "offer:o1", "package:p1"]
    assert out[1].name == "Nash bargaining solution"
    assert out[2].name == "Offer of Them, round 1" and out[2].choices == {"x": "x2", "y": "y1"}
    assert out[3].name == "First"


def test_the_same_package_across_two_revisions():
    a = two_issues()
    b = copy.deepcopy(a)
    b.issues[0].options[0].label = "x one (revised)"
    b.preferences[0].issues["x"].weight = 20  # us: x 20, y 80
    b.preferences[0].issues["y"].weight = 80
    c = pc.compare_across(a, b, P1, ("old", "new"), indicators=False)
    assert c.names == ("old", "new")
    assert c.row("issue", "x").texts == ("x one", "x one (revised)") and c.row("issue", "x").differs
    assert not c.row("issue", "y").differs
    assert c.row("utility", "us").texts == ("80.0", "60.0")  # 0.2·100 + 0.8·50
    assert not c.row("utility", "them").differs  # 37.5 in both
    assert c.notes == ()


def test_options_one_scenario_lacks_are_named():
    a = two_issues()
    b = copy.deepcopy(a)
    b.issues[1].options.pop()  # no y3 in b
    b.issues.append(Issue("z", "Issue Z", [Option("z1", "z one")]))
    a.issues.pop(0)  # no x in a
    c = pc.compare_across(a, b, {"x": "x1", "y": "y3"}, ("A", "B"), indicators=False)
    assert "A has no issue 'x'" in c.notes
    assert "B has no option 'y3' in 'Issue Y'" in c.notes
    assert c.row("issue", "x").texts == ("not in this scenario", "x one")
    assert c.row("issue", "y").texts == ("Y3", "left open")
    assert c.row("issue", "z").texts == ("not in this scenario", "left open")
    assert c.row("utility", "us").texts[1] == "—"


def _bn(value: float, signed: bool = True) -> str:
    v = round(value / 1e9, 1)
    sign = "−" if v < 0 else ("+" if signed and v > 0 else "")
    return f"{sign}US$ {abs(v):.1f} bn"


def test_indicators_follow_each_package():
    """With trade flows, the builder's indicators are rows, each column its own package's run
    of the trade model, in one unit per row."""
    s = small_scenario()
    issue = s.issues[0]
    first = {i.id: i.options[0].id for i in s.issues}
    second = {**first, issue.id: issue.options[-1].id}
    c = pc.compare(s, [("one", first), ("two", second)])
    prep = impact.Prepared.of(s)
    ind = [impact.indicators(prep, p) for p in (first, second)]
    assert c.row("exports").texts == tuple(_bn(i.exports_change) for i in ind)
    assert c.row("revenue").texts == tuple(_bn(i.revenue, False) for i in ind)
    assert c.row("balance").texts == tuple(_bn(i.balance) for i in ind)
    assert c.row("exports").differs  # the first issue's options change the tariffs
    assert c.row("exports").label == "Change in Japan's exports to United States"
