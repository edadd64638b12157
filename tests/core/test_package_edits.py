"""Named packages and the package under discussion as undoable edits (no Qt)."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import small_scenario
from negotiator_gui.core import edits
from negotiator_gui.core.commands import ChangeKind, CommandError
from negotiator_gui.core.model import CardStatus, Scenario
from negotiator_gui.core.stack import CommandStack
from negotiator_gui.core.validation import validate


def test_a_package_name_must_be_given_and_new():
    s = small_scenario()
    for name in ("", "   "):
        with pytest.raises(CommandError, match="needs a name"):
            edits.save_package(s, name, {"autos": "keep"})
    with pytest.raises(CommandError, match="already a package named 'autos only'"):
        edits.save_package(s, " autos only ", {"autos": "keep"})  # case and spaces do not count
    with pytest.raises(CommandError, match="already a package named 'No deal'"):
        edits.rename_package(s, "pkg-partial", "No deal")
    assert len(s.packages) == 3  # nothing was added


def test_save_rename_note_delete_are_named_steps_that_undo():
    s = small_scenario()
    original = copy.deepcopy(s)
    stack = CommandStack(s)
    stack.push(edits.save_package(s, "  Option A ", {"autos": "keep", "rice": "none"}, "first"))
    added = s.packages[-1]
    assert (added.id, added.name, added.choices, added.note) == (
        "pkg-4",
        "Option A",
        {"autos": "keep", "rice": "none"},
        "first",
    )
    stack.push(edits.rename_package(s, added.id, "Minister's fallback"))
    stack.push(edits.set_package_note(s, added.id, "Only if autos fail"))
    stack.push(edits.remove_package(s, "pkg-partial"))
    assert stack.names() == [
        "Save package 'Option A'",
        "Rename package 'Option A' to 'Minister's fallback'",
        "Change note of package 'Minister's fallback'",
        "Remove package 'Autos only'",
    ]
    assert [p.id for p in s.packages] == ["pkg-status-quo", "pkg-july", "pkg-4"]
    assert s.package("pkg-4").note == "Only if autos fail"
    stack.undo_all()
    assert s == original
    with pytest.raises(CommandError, match="nothing changed"):
        edits.rename_package(s, "pkg-partial", "Autos only")


def test_choosing_a_package_is_one_named_step_of_its_own_kind():
    s = small_scenario()
    stack = CommandStack(s)
    seen = []
    stack.subscribe(seen.append)
    nash = {"autos": "cut-half", "reciprocal": "set-10", "rice": "none"}
    stack.push(edits.choose_package(s, nash, "Nash"))
    assert s.working_package == nash
    assert seen[-1].name == "Choose package “Nash”"
    assert [c.kind for c in seen[-1].changes] == [ChangeKind.WORKING_PACKAGE]
    stack.push(edits.choose_package(s, {**nash, "rice": "quota-up"}))
    assert seen[-1].name == "Choose 'Larger US share of the quota' for 'Rice market access'"
    with pytest.raises(CommandError, match="nothing changed"):
        edits.choose_package(s, s.working_package)
    stack.undo()
    assert s.working_package == nash
    stack.undo()
    assert s.working_package == {}


def test_an_unknown_option_in_the_working_package_is_refused():
    s = small_scenario()
    with pytest.raises(CommandError, match="unknown option 'nope'"):
        edits.choose_package(s, {"autos": "nope"})
    assert s.working_package == {}


def test_removing_an_issue_or_option_clears_it_from_the_working_package_and_undo_restores():
    s = small_scenario()
    stack = CommandStack(s)
    chosen = {"autos": "cut-half", "reciprocal": "set-10", "rice": "standards"}
    stack.push(edits.choose_package(s, chosen))
    stack.push(edits.remove_issue(s, "rice"))
    assert s.working_package == {"autos": "cut-half", "reciprocal": "set-10"}
    stack.push(edits.remove_option(s, "reciprocal", "set-10"))
    assert s.working_package == {"autos": "cut-half"}
    assert not validate(s).has_errors()
    stack.undo()
    stack.undo()
    assert s.working_package == chosen


def test_a_card_move_with_its_option_is_one_step():
    s = small_scenario()
    stack = CommandStack(s)
    move = edits.move_card(s, "jp-c-lng", CardStatus.ON_TABLE, 0)
    stack.push(edits.with_package(s, move, {"reciprocal": "set-10"}))
    assert len(stack) == 1 and stack.names() == [move.name]
    assert s.card("jp-c-lng").status is CardStatus.ON_TABLE
    assert s.working_package == {"reciprocal": "set-10"}
    stack.undo()
    assert s.card("jp-c-lng").status is CardStatus.HELD_BACK and s.working_package == {}
    stack.redo()
    assert s.working_package == {"reciprocal": "set-10"}
    # the package already says so: the move alone
    again = edits.move_card(s, "jp-c-lng", CardStatus.HELD_BACK, 0)
    assert edits.with_package(s, again, {"reciprocal": "set-10"}) is again


# -- random sequences of package edits, undone and redone ---------------------------------------

NAMES = st.sampled_from(["Option A", "option a", "Minister's fallback", "", "七月", "No deal"])


def _package_edit(draw, s: Scenario):
    which = draw(st.sampled_from(["save", "rename", "note", "delete", "choose", "named", "move"]))
    drawn = {i.id: draw(st.sampled_from([o.id for o in i.options])) for i in s.issues}
    pkg = draw(st.sampled_from(s.packages)) if s.packages else None
    if which == "save" or pkg is None:
        return edits.save_package(s, draw(NAMES), drawn, draw(NAMES))
    if which == "rename":
        return edits.rename_package(s, pkg.id, draw(NAMES))
    if which == "note":
        return edits.set_package_note(s, pkg.id, draw(NAMES))
    if which == "delete":
        return edits.remove_package(s, pkg.id)
    if which == "named":
        return edits.choose_package(s, {**s.working_package, **pkg.choices}, pkg.name)
    if which == "move":
        card = draw(st.sampled_from(s.cards))
        move = edits.move_card(s, card.id, CardStatus.ON_TABLE, 0)
        return edits.with_package(s, move, drawn)
    return edits.choose_package(s, drawn)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_package_edits_undo_and_redo_exactly(data):
    s = small_scenario()
    original = copy.deepcopy(s)
    stack = CommandStack(s)
    states = [copy.deepcopy(s)]  # states[i]: after the first i entries
    for _ in range(data.draw(st.integers(1, 25), label="steps")):
        action = data.draw(st.sampled_from(["edit"] * 4 + ["undo", "redo"]), label="action")
        if action == "undo":
            if stack.undo():
                assert s == states[stack.index]
            continue
        if action == "redo":
            if stack.redo():
                assert s == states[stack.index]
            continue
        before = copy.deepcopy(s)
        try:
            cmd = _package_edit(data.draw, s)
        except CommandError:
            assert s == before
            continue
        stack.push(cmd)
        assert not validate(s).has_errors()
        names = [p.name.strip().casefold() for p in s.packages]
        assert len(names) == len(set(names)) or before.packages == s.packages
        del states[stack.index :]  # the redo branch is gone
        states.append(copy.deepcopy(s))
    stack.redo_all()
    final = copy.deepcopy(s)
    assert final == states[-1]
    stack.undo_all()
    assert s == original
    stack.redo_all()
    assert s == final
