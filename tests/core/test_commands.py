"""Commands, the stack and the named edits: behaviour users rely on (undo restores exactly)."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from negotiator_gui.core import edits
from negotiator_gui.core.commands import (
    Change,
    CommandError,
    Insert,
    Remove,
    SetField,
    describe_path,
)
from negotiator_gui.core.model import (
    Card,
    CardKind,
    CardStatus,
    Issue,
    IssuePreference,
    Measure,
    Option,
    Package,
    Party,
    Preferences,
    Reservation,
    Scenario,
    TariffEffect,
    TradeFlows,
)
from negotiator_gui.core.stack import CommandStack, StackEvent
from negotiator_gui.core.validation import validate


def tiny() -> Scenario:
    return Scenario(
        id="tiny",
        title="Tiny",
        as_of=dt.date(2025, 4, 16),
        perspective="JP",
        parties=[Party("US", "United States", "#0072B2"), Party("JP", "Japan", "#D55E00")],
        issues=[
            Issue("autos", "Autos", [Option("a25", "25 %"), Option("a15", "15 %")]),
            Issue("rice", "Rice", [Option("r0", "No change"), Option("r75", "+75 %")]),
        ],
        preferences=[
            Preferences(
                "JP",
                {
                    "autos": IssuePreference(70, {"a25": 0, "a15": 100}),
                    "rice": IssuePreference(30, {"r0": 100, "r75": 0}),
                },
                Reservation(40),
            ),
            Preferences(
                "US",
                {
                    "autos": IssuePreference(40, {"a25": 100, "a15": 0}),
                    "rice": IssuePreference(60, {"r0": 0, "r75": 100}),
                },
                Reservation(package="sq"),
            ),
        ],
        cards=[
            Card("jp1", "JP", CardKind.DEMAND, "Cut the auto tariff", issue="autos", option="a15"),
            Card("jp2", "JP", CardKind.RED_LINE, "No rice deal", order=1),
            Card("us1", "US", CardKind.DEMAND, "Rice access", issue="rice", option="r75"),
        ],
        measures=[Measure("s232", "232 autos", "s232", "US", ["JP"], 0.25)],
        packages=[Package("sq", "Status quo", {"autos": "a25", "rice": "r0"})],
        trade_flows=TradeFlows(
            importer=["US", "US"],
            exporter=["JP", "JP"],
            product=["87", "84"],
            value=[52.1e9, 35.2e9],
            mfn_rate=[0.0242, 0.0065],
        ),
    )


def test_set_field_returns_exact_inverse():
    s = tiny()
    before = copy.deepcopy(s)
    inverse = SetField(("cards", "jp1"), "title", "Autos first").apply(s)
    assert s.card("jp1").title == "Autos first"
    redo = inverse.apply(s)
    assert s == before
    redo.apply(s)
    assert s.card("jp1").title == "Autos first"


def test_insert_remove_keep_position():
    s = tiny()
    before = copy.deepcopy(s)
    inv = Remove(("issues",), "autos").apply(s)
    assert [i.id for i in s.issues] == ["rice"]
    inv.apply(s)
    assert s == before
    inv = Insert(("issues", "rice", "options"), Option("r50", "+50 %"), 1).apply(s)
    assert [o.id for o in s.issue("rice").options] == ["r0", "r50", "r75"]
    inv.apply(s)
    assert s == before


def test_stack_undo_redo_clean_and_events():
    s = tiny()
    stack = CommandStack(s)
    events: list[StackEvent] = []
    stack.subscribe(events.append)
    assert stack.is_clean() and not stack.can_undo()
    stack.push(edits.move_card(s, "jp1", CardStatus.ON_TABLE))
    assert s.card("jp1").status is CardStatus.ON_TABLE
    assert not stack.is_clean()
    assert stack.undo_name() == "Move 'Cut the auto tariff' to On the table"
    assert events[-1].reason == "do"
    assert Change("card", ("jp1",), "changed", "status") in events[-1].changes
    stack.undo()
    assert s.card("jp1").status is CardStatus.HELD_BACK and stack.is_clean()
    stack.redo()
    stack.set_clean()
    assert stack.is_clean()
    stack.undo()
    assert not stack.is_clean()
    # a new command after undo drops the redo branch; the saved state is unreachable now
    stack.push(edits.set_field(s, "card", "jp2", "title", "No rice deal, ever"))
    assert not stack.can_redo() and not stack.is_clean()
    assert [e.reason for e in events] == ["do", "undo", "redo", "clean", "undo", "do"]


def test_typing_merges_into_one_undo_step():
    s = tiny()
    stack = CommandStack(s)
    for text in ("C", "Ca", "Car", "Cars"):
        stack.push(edits.set_field(s, "card", "jp1", "title", text, mergeable=True))
    assert len(stack) == 1 and s.card("jp1").title == "Cars"
    stack.close_merge()  # focus left the cell
    stack.push(edits.set_field(s, "card", "jp1", "title", "Cars!", mergeable=True))
    assert len(stack) == 2
    stack.undo()
    assert s.card("jp1").title == "Cars"
    stack.undo()
    assert s.card("jp1").title == "Cut the auto tariff"


def test_no_merge_across_a_save():
    s = tiny()
    stack = CommandStack(s)
    stack.push(edits.set_field(s, "card", "jp1", "title", "A", mergeable=True))
    stack.set_clean()
    stack.push(edits.set_field(s, "card", "jp1", "title", "AB", mergeable=True))
    assert len(stack) == 2
    stack.undo()
    assert stack.is_clean() and s.card("jp1").title == "A"


def test_invalid_edits_are_refused_and_leave_no_trace():
    s = tiny()
    before = copy.deepcopy(s)
    with pytest.raises(CommandError, match="negative"):
        edits.set_field(s, "measure", "s232", "rate", -0.1)
    with pytest.raises(CommandError, match="0–100"):
        edits.set_score(s, "JP", "autos", "a15", 140)
    with pytest.raises(CommandError, match="duplicate"):
        edits.add_card(s, Card("jp1", "JP", CardKind.DEMAND, "again"))
    with pytest.raises(CommandError, match="unknown option"):
        edits.set_field(s, "card", "us1", "option", "nope")
    with pytest.raises(CommandError, match="wrong type"):
        edits.set_field(s, "measure", "s232", "rate", "a lot")
    with pytest.raises(CommandError, match="used by"):
        edits.remove_party(s, "US")
    assert s == before


def test_measure_used_by_an_effect_cannot_be_removed():
    s = tiny()
    s.issue("autos").options[1].effects.append(TariffEffect("set_rate", "s232", 0.15))
    with pytest.raises(CommandError, match="option '15 %'"):
        edits.remove_measure(s, "s232")


def test_remove_issue_cascades_and_undo_restores_everything():
    s = tiny()
    before = copy.deepcopy(s)
    stack = CommandStack(s)
    with pytest.raises(CommandError, match="no-deal package"):
        edits.remove_option(s, "autos", "a25")
    stack.push(edits.remove_issue(s, "rice"))
    assert "rice" not in s.preferences_of("JP").issues
    assert "rice" not in s.package("sq").choices
    assert s.card("us1").issue == "" and s.card("us1").option == ""
    assert not validate(s).has_errors()
    stack.undo()
    assert s == before
    assert list(s.preferences_of("JP").issues) == ["autos", "rice"]


def test_remove_card_drops_links_to_it():
    s = tiny()
    stack = CommandStack(s)
    stack.push(edits.link_cards(s, "us1", "jp2"))
    assert s.card("jp2").links == ["us1"] and s.card("us1").links == ["jp2"]
    stack.push(edits.remove_card(s, "us1"))
    assert s.card("jp2").links == []
    stack.undo()
    assert s.card("jp2").links == ["us1"]


def test_move_card_renumbers_both_lanes():
    s = tiny()
    stack = CommandStack(s)
    stack.push(edits.move_card(s, "jp2", CardStatus.HELD_BACK, 0))
    assert [c.id for c in edits.lane(s, "JP", CardStatus.HELD_BACK)] == ["jp2", "jp1"]
    stack.push(edits.move_card(s, "jp2", CardStatus.ON_TABLE))
    assert [(c.id, c.order) for c in edits.lane(s, "JP", CardStatus.HELD_BACK)] == [("jp1", 0)]
    assert [(c.id, c.order) for c in edits.lane(s, "JP", CardStatus.ON_TABLE)] == [("jp2", 0)]


def test_rebalance_weights_keeps_100_and_locked_weights():
    w = edits.rebalanced_weights({"a": 50, "b": 30, "c": 20}, "a", 70, locked={"c"})
    assert w == {"a": 70, "b": 10, "c": 20}
    w = edits.rebalanced_weights({"a": 50, "b": 30, "c": 20}, "a", 95, locked={"c"})
    assert w["a"] == 80 and w["b"] == 0 and sum(w.values()) == pytest.approx(100)
    w = edits.rebalanced_weights({"a": 50, "b": 30, "c": 20}, "b", 0)
    assert w["a"] == pytest.approx(71.428571, rel=1e-6) and sum(w.values()) == pytest.approx(100)
    s = tiny()
    stack = CommandStack(s)
    stack.push(edits.rebalance_weight(s, "JP", "autos", 80))
    prefs = s.preferences_of("JP")
    assert prefs.issues["autos"].weight == 80 and prefs.issues["rice"].weight == 20
    assert stack.undo_name() == "Set Japan's weight of 'Autos' to 80"


def test_flow_edits_are_undoable():
    s = tiny()
    before = copy.deepcopy(s)
    stack = CommandStack(s)
    stack.push(edits.set_flow(s, ("US", "JP", "87"), "value", 40e9))
    stack.push(edits.add_flow(s, ("US", "JP", "30", 7.5e9, 0.0)))
    stack.push(edits.remove_flow(s, ("US", "JP", "84")))
    assert s.trade_flows.product == ["87", "30"] and s.trade_flows.value[0] == 40e9
    with pytest.raises(CommandError, match="duplicate flow"):
        edits.add_flow(s, ("US", "JP", "30", 1.0, 0.0))
    with pytest.raises(CommandError, match="negative"):
        edits.set_flow(s, ("US", "JP", "87"), "value", -1.0)
    stack.undo_all()
    assert s == before


def test_change_events_name_the_entity():
    assert describe_path(("issues", "rice", "options", "r0"), "label") == Change(
        "option", ("rice", "r0"), "changed", "label"
    )
    assert describe_path(("preferences", "JP", "issues", "rice", "scores"), "r0") == Change(
        "preferences", ("JP", "rice"), "changed", "scores"
    )
    assert describe_path(("issues", "rice", "options", "r0", "effects"), action="added") == Change(
        "option", ("rice", "r0"), "changed", "effects"
    )
    assert describe_path((), "title") == Change("scenario", (), "changed", "title")


def test_refused_duplicate_flow_leaves_the_original_row():
    s = tiny()
    before = copy.deepcopy(s)
    with pytest.raises(CommandError, match="duplicate flow"):
        edits.add_flow(s, ("US", "JP", "87", 1.0, 0.5))
    assert s == before
