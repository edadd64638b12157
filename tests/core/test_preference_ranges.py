"""Ranges on preferences: the analysis spec (``ranges_spec``), the confidence bands, the text a
user types, validation with JSON paths, the undoable edits (hypothesis undo/redo) and redaction
with and without the other side's ranges."""

from __future__ import annotations

import copy
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import small_scenario
from negotiator_gui.core import edits
from negotiator_gui.core.commands import CommandError
from negotiator_gui.core.model import (
    Confidence,
    Issue,
    IssuePreference,
    Option,
    Party,
    Preferences,
    Reservation,
    Scenario,
)
from negotiator_gui.core.preference_ranges import (
    CONFIDENCE_WIDTH,
    format_range,
    parse_range,
    ranges_spec,
)
from negotiator_gui.core.redact import redact, redaction_note
from negotiator_gui.core.stack import CommandStack
from negotiator_gui.core.validation import validate


def _hand_built() -> Scenario:
    """Two issues, three parties: A has explicit ranges, B only a confidence level, C none."""
    import datetime as dt

    issues = [
        Issue("x", "X", [Option("x0", "x0"), Option("x1", "x1")]),
        Issue("y", "Y", [Option("y0", "y0"), Option("y1", "y1")]),
    ]
    a = Preferences(
        "A",
        {
            "x": IssuePreference(60, {"x0": 0, "x1": 100}, weight_range=(50, 70)),
            "y": IssuePreference(40, {"y0": 20, "y1": 80}, score_ranges={"y1": (70, 95)}),
        },
        Reservation(value=30, range=(25, 40)),
    )
    b = Preferences(
        "B",
        {
            "x": IssuePreference(97, {"x0": 98, "x1": 3}),
            "y": IssuePreference(3, {"y0": 50}),
        },
        Reservation(value=10),
        confidence=Confidence.MEDIUM,
    )
    c = Preferences("C", {"x": IssuePreference(100, {"x0": 50, "x1": 50})}, Reservation(value=5))
    return Scenario(
        id="hand",
        title="Hand-built",
        as_of=dt.date(2025, 1, 1),
        perspective="A",
        parties=[Party("A", "A"), Party("B", "B"), Party("C", "C")],
        issues=issues,
        preferences=[a, b, c],
    )


def test_ranges_spec_lists_only_the_numbers_with_a_range():
    spec = ranges_spec(_hand_built())
    # A: its own ranges only; the other weights and scores are point estimates (absent)
    assert spec["A"] == {
        "weights": {"x": (50.0, 70.0)},
        "scores": {"y": {"y1": (70.0, 95.0)}},
        "reservation": (25.0, 40.0),
    }
    # B: medium confidence is ±10 points, clipped to 0–100, on every number it has
    assert spec["B"] == {
        "weights": {"x": (87.0, 100.0), "y": (0.0, 13.0)},
        "scores": {"x": {"x0": (88.0, 100.0), "x1": (0.0, 13.0)}, "y": {"y0": (40.0, 60.0)}},
        "reservation": (0.0, 20.0),
    }
    assert "C" not in spec  # no range at all


def test_an_explicit_range_wins_over_the_confidence_band():
    s = _hand_built()
    s.preferences_of("A").confidence = Confidence.LOW
    spec = ranges_spec(s)["A"]
    assert spec["weights"] == {"x": (50.0, 70.0), "y": (20.0, 60.0)}  # y: 40 ± 20
    assert spec["scores"]["y"] == {"y0": (0.0, 40.0), "y1": (70.0, 95.0)}
    assert spec["scores"]["x"] == {"x0": (0.0, 20.0), "x1": (80.0, 100.0)}
    assert spec["reservation"] == (25.0, 40.0)


def test_confidence_widths_are_the_documented_ones():
    assert {c.value: w for c, w in CONFIDENCE_WIDTH.items()} == {
        "high": 5.0,
        "medium": 10.0,
        "low": 20.0,
    }


@pytest.mark.parametrize(
    ("text", "point", "expected"),
    [
        ("30–50", 40, (30.0, 50.0)),
        ("30-50", 40, (30.0, 50.0)),
        (" 30 〜 50 ", 40, (30.0, 50.0)),
        ("３０～５０", 40, (30.0, 50.0)),  # full-width, as a Japanese IME types it
        ("12.5–17,5", 15, (12.5, 17.5)),
        ("±10", 95, (85.0, 100.0)),
        ("+-5", 3, (0.0, 8.0)),
        ("+/-2.5", 50, (47.5, 52.5)),
        ("", 50, None),
        ("   ", 50, None),
    ],
)
def test_parse_range(text, point, expected):
    assert parse_range(text, point) == expected


@pytest.mark.parametrize("text", ["30", "abc", "30–", "–50", "±", "1,234–2"])
def test_parse_range_refuses_anything_else(text):
    with pytest.raises(ValueError, match="low–high"):
        parse_range(text, 40)


def test_format_range():
    assert format_range((14.0, 30.0)) == "14–30"
    assert format_range((12.5, 17.5)) == "12.5–17.5"
    assert format_range(None) == ""


def _errors(s: Scenario) -> dict[str, str]:
    return {p.path: p.message for p in validate(s).errors}


@pytest.mark.parametrize(
    ("where", "value", "path", "words"),
    [
        ("weight", (70, 80), "$.preferences[0].issues.x.weight_range", "contain the estimate"),
        ("weight", (55, 50), "$.preferences[0].issues.x.weight_range", "above its high"),
        ("weight", (50, 120), "$.preferences[0].issues.x.weight_range", "within 0–100"),
        ("weight", (-1, 70), "$.preferences[0].issues.x.weight_range", "within 0–100"),
        ("weight", (math.nan, 70), "$.preferences[0].issues.x.weight_range", "finite"),
        ("weight", (50, math.inf), "$.preferences[0].issues.x.weight_range", "finite"),
        ("score", (0, 50), "$.preferences[0].issues.y.score_ranges.y1", "contain the estimate"),
        ("reservation", (31, 40), "$.preferences[0].reservation.range", "contain the estimate"),
    ],
)
def test_validation_refuses_bad_ranges_with_their_path(where, value, path, words):
    s = _hand_built()
    a = s.preferences_of("A")
    if where == "weight":
        a.issues["x"].weight_range = value
    elif where == "score":
        a.issues["y"].score_ranges["y1"] = value
    else:
        a.reservation.range = value
    errors = _errors(s)
    assert path in errors and words in errors[path], errors


def test_validation_refuses_ranges_without_their_number():
    s = _hand_built()
    a = s.preferences_of("A")
    a.issues["x"].score_ranges["nope"] = (0, 10)
    del a.issues["y"].scores["y1"]  # its range stays behind
    a.reservation = Reservation(package="", range=(1, 2))
    errors = _errors(s)
    assert "unknown option" in errors["$.preferences[0].issues.x.score_ranges.nope"]
    assert "needs a score" in errors["$.preferences[0].issues.y.score_ranges.y1"]
    assert "needs a reservation value" in errors["$.preferences[0].reservation.range"]


def test_the_hand_built_scenario_is_valid():
    assert _errors(_hand_built()) == {}


# -- edits ----------------------------------------------------------------------------------------


def test_range_edits_apply_and_undo():
    s = small_scenario()
    before = copy.deepcopy(s)
    stack = CommandStack(s)
    stack.push(edits.set_weight_range(s, "US", "autos", (40, 60)))
    stack.push(edits.set_score_range(s, "US", "autos", "cut-half", (20, 45)))
    stack.push(edits.set_reservation_range(s, "US", (40, 50)))
    stack.push(edits.set_confidence(s, "US", Confidence.HIGH))
    us = s.preferences_of("US")
    assert us.issues["autos"].weight_range == (40.0, 60.0)
    assert us.issues["autos"].score_ranges == {"cut-half": (20.0, 45.0)}
    assert us.reservation.range == (40.0, 50.0)
    assert us.confidence is Confidence.HIGH
    stack.push(edits.set_score_range(s, "US", "autos", "cut-half", None))
    assert us.issues["autos"].score_ranges == {}
    stack.undo_all()
    assert s == before


def test_range_edits_are_refused_when_invalid():
    s = small_scenario()
    before = copy.deepcopy(s)
    with pytest.raises(CommandError, match="contain the estimate"):
        edits.set_weight_range(s, "US", "autos", (60, 70))  # weight 50
    with pytest.raises(CommandError, match="two numbers"):
        edits.set_weight_range(s, "US", "autos", ("a", 70))
    with pytest.raises(CommandError, match="needs a reservation value"):
        edits.set_reservation_range(s, "JP", (1, 2))  # JP's reservation is a package
    with pytest.raises(CommandError):
        edits.set_score_range(s, "US", "autos", "no-such-option", (0, 1))
    with pytest.raises(CommandError, match="no range to clear"):
        edits.set_score_range(s, "US", "autos", "keep", None)
    assert s == before


def test_moving_an_estimate_widens_its_range_just_enough_and_undoes_whole():
    s = small_scenario()
    us = s.preferences_of("US")  # autos 50, reciprocal 30, rice 20; reservation 45
    stack = CommandStack(s)
    stack.push(edits.set_weight_range(s, "US", "autos", (40, 60)))
    stack.push(edits.set_weight_range(s, "US", "rice", (15, 25)))
    stack.push(edits.set_score_range(s, "US", "autos", "cut-half", (20, 40)))
    stack.push(edits.set_reservation_range(s, "US", (40, 50)))
    before = copy.deepcopy(s)
    stack.push(edits.set_weight(s, "US", "autos", 70))
    assert us.issues["autos"].weight_range == (40, 70)
    stack.undo()
    assert s == before
    # a slider move rescales the other weights: rice 20 -> 10 stretches its range down
    stack.push(edits.rebalance_weight(s, "US", "autos", 75))
    assert us.issues["rice"].weight == pytest.approx(10)
    assert us.issues["rice"].weight_range == pytest.approx((10, 25))
    assert us.issues["autos"].weight_range == (40, 75)
    stack.push(edits.set_score(s, "US", "autos", "cut-half", 10))
    assert us.issues["autos"].score_ranges["cut-half"] == (10, 40)
    stack.push(edits.set_reservation(s, "US", 55))
    assert us.reservation.range == (40, 55)
    stack.push(edits.set_reservation(s, "US", package="pkg-status-quo"))
    assert us.reservation.range is None  # no value for it to hold
    for _ in range(4):
        stack.undo()
    assert s == before


def test_removing_an_option_removes_its_score_range():
    s = small_scenario()
    stack = CommandStack(s)
    stack.push(edits.set_score_range(s, "US", "autos", "cut-half", (20, 40)))
    before = copy.deepcopy(s)
    stack.push(edits.remove_option(s, "autos", "cut-half"))
    assert s.preferences_of("US").issues["autos"].score_ranges == {}
    stack.undo()
    assert s == before


def test_edit_names_say_what_changed():
    s = small_scenario()
    assert "40–60" in edits.set_weight_range(s, "US", "autos", (40, 60)).name
    assert "none" in edits.set_reservation_range(s, "US", None).name


@st.composite
def _range_around(draw, point: float):
    lo = draw(st.floats(0, point, allow_nan=False))
    hi = draw(st.floats(point, 100, allow_nan=False))
    return (lo, hi)


def _range_op(data: st.DataObject, s: Scenario):
    prefs = data.draw(st.sampled_from(s.preferences), label="party")
    kind = data.draw(
        st.sampled_from(
            ["weight", "score", "reservation", "confidence", "bad", "move", "rebalance", "rescore"]
        )
    )
    issue_id = data.draw(st.sampled_from(sorted(prefs.issues)), label="issue")
    ip = prefs.issues[issue_id]
    clear = data.draw(st.booleans(), label="clear")
    if kind == "weight":
        rng = None if clear else data.draw(_range_around(ip.weight))
        return edits.set_weight_range(s, prefs.party, issue_id, rng)
    if kind == "score":
        option_id = data.draw(st.sampled_from(sorted(ip.scores)), label="option")
        rng = None if clear else data.draw(_range_around(ip.scores[option_id]))
        return edits.set_score_range(s, prefs.party, issue_id, option_id, rng)
    if kind == "reservation":
        value = prefs.reservation.value
        rng = None if clear or value is None else data.draw(_range_around(value))
        return edits.set_reservation_range(s, prefs.party, rng)
    if kind == "confidence":
        level = None if clear else data.draw(st.sampled_from(list(Confidence)))
        return edits.set_confidence(s, prefs.party, level)
    point = data.draw(st.floats(0, 100, allow_nan=False), label="point")
    if kind == "move":
        return edits.set_weight(s, prefs.party, issue_id, point)
    if kind == "rebalance":
        return edits.rebalance_weight(s, prefs.party, issue_id, point)
    if kind == "rescore":
        option_id = data.draw(st.sampled_from(sorted(ip.scores)), label="option")
        return edits.set_score(s, prefs.party, issue_id, option_id, point)
    # a range that cannot hold the weight: always refused
    return edits.set_weight_range(s, prefs.party, issue_id, (ip.weight + 1, ip.weight + 2))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_range_edits_undo_and_redo_exactly(data):
    s = small_scenario()
    original = copy.deepcopy(s)
    stack = CommandStack(s)
    snapshots = [copy.deepcopy(s)]
    for _ in range(data.draw(st.integers(1, 20), label="steps")):
        action = data.draw(st.sampled_from(["edit"] * 4 + ["undo", "redo"]), label="action")
        if action == "undo":
            if stack.undo():
                assert s == snapshots[stack.index]
            continue
        if action == "redo":
            if stack.redo():
                assert s == snapshots[stack.index]
            continue
        before = copy.deepcopy(s)
        try:
            cmd = _range_op(data, s)
        except CommandError:
            assert s == before
            continue
        index = stack.index
        stack.push(cmd)
        assert not validate(s).has_errors()
        del snapshots[index + 1 :]
        if stack.index == index:
            snapshots[index] = copy.deepcopy(s)
        else:
            snapshots.append(copy.deepcopy(s))
    stack.redo_all()
    final = copy.deepcopy(s)
    stack.undo_all()
    assert s == original
    stack.redo_all()
    assert s == final


# -- redaction ------------------------------------------------------------------------------------


def test_redaction_drops_the_other_sides_ranges_unless_asked_to_keep_them():
    s = _hand_built()  # perspective A: B and C are the other sides
    s.preferences_of("B").issues["x"].weight_range = (90, 100)
    s.preferences_of("B").reservation.range = (5, 15)
    dropped = redact(s)
    assert [p.party for p in dropped.preferences] == ["B", "C"]  # ours gone entirely
    assert ranges_spec(dropped) == {}
    b = dropped.preferences_of("B")
    assert b.confidence is None and b.reservation.range is None
    assert b.issues["x"].weight == 97 and b.reservation.value == 10  # points stay
    kept = redact(s, keep_ranges=True)
    assert set(ranges_spec(kept)) == {"B"}
    assert ranges_spec(kept)["B"] == ranges_spec(s)["B"]
    # the original is untouched
    assert s.preferences_of("B").confidence is Confidence.MEDIUM


def test_redaction_note_mentions_the_ranges_only_when_there_are_some():
    s = _hand_built()
    assert "ranges" in redaction_note(s) and "left out" in redaction_note(s)
    assert "are kept" in redaction_note(s, keep_ranges=True)
    for p in s.preferences:
        if p.party != "A":
            p.confidence = None
    assert "ranges" not in redaction_note(s)
