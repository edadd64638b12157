"""Property: any sequence of valid edits, with undos and redos mixed in, can be undone to the exact
original scenario and redone to the exact final one; refused edits leave no trace; every state on
the way is valid. Runs on the factory scenario and on every shipped scenario."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from factories import small_scenario
from negotiator_gui.core import edits
from negotiator_gui.core.commands import Command, CommandError
from negotiator_gui.core.model import (
    Authority,
    Card,
    CardKind,
    CardStatus,
    Issue,
    Measure,
    Option,
    Package,
    Party,
    Priority,
    Role,
    Scenario,
)
from negotiator_gui.core.stack import CommandStack
from negotiator_gui.core.validation import validate
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.io.scenario_writer import dumps_scenario
from negotiator_gui.paths import shipped_scenarios

Draw = Callable[[st.SearchStrategy], object]
TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12
)
NEW_ID = st.from_regex(r"\Ax[a-z0-9]{1,6}\Z")


def _pick(draw: Draw, items: list):
    return draw(st.sampled_from(items)) if items else None


# Each operation draws its arguments from the current scenario and returns a command, or raises
# CommandError when the drawn edit is not allowed (the test then checks nothing changed).
def op_card_title(draw: Draw, s: Scenario) -> Command | None:
    card = _pick(draw, s.cards)
    return card and edits.set_field(s, "card", card.id, "title", draw(TEXT), mergeable=True)


def op_move_card(draw: Draw, s: Scenario) -> Command | None:
    card = _pick(draw, s.cards)
    status = draw(st.sampled_from(list(CardStatus)))
    return card and edits.move_card(s, card.id, status, draw(st.integers(0, 5)))


def op_add_card(draw: Draw, s: Scenario) -> Command | None:
    party = _pick(draw, s.parties)
    issue = _pick(draw, s.issues)
    option = _pick(draw, issue.options) if issue and draw(st.booleans()) else None
    card = Card(
        id=draw(NEW_ID),
        party=party.id,
        kind=draw(st.sampled_from(list(CardKind))),
        title=draw(TEXT),
        priority=draw(st.sampled_from(list(Priority))),
        issue=issue.id if issue else "",
        option=option.id if option else "",
        value_to_us=draw(st.none() | st.floats(-100, 100)),
        tags=draw(st.lists(TEXT, max_size=2)),
    )
    return edits.add_card(s, card, draw(st.none() | st.integers(0, len(s.cards))))


def op_remove_card(draw: Draw, s: Scenario) -> Command | None:
    card = _pick(draw, s.cards)
    return card and edits.remove_card(s, card.id)


def op_link(draw: Draw, s: Scenario) -> Command | None:
    a, b = _pick(draw, s.cards), _pick(draw, s.cards)
    if a is None or b is None:
        return None
    if b.id in a.links:
        return edits.unlink_cards(s, a.id, b.id)
    return edits.link_cards(s, a.id, b.id)


def op_weight(draw: Draw, s: Scenario) -> Command | None:
    party, issue = _pick(draw, s.negotiators()), _pick(draw, s.issues)
    if not issue:
        return None
    if draw(st.booleans()):
        locked = draw(st.sets(st.sampled_from([i.id for i in s.issues]), max_size=2))
        return edits.rebalance_weight(s, party.id, issue.id, draw(st.floats(-10, 120)), locked)
    return edits.set_weight(s, party.id, issue.id, draw(st.floats(-5, 100)))


def op_score(draw: Draw, s: Scenario) -> Command | None:
    party, issue = _pick(draw, s.negotiators()), _pick(draw, s.issues)
    if not issue:
        return None
    option = _pick(draw, issue.options)
    return edits.set_score(s, party.id, issue.id, option.id, draw(st.floats(-10, 110)))


def op_reservation(draw: Draw, s: Scenario) -> Command | None:
    party = _pick(draw, s.negotiators())
    if s.packages and draw(st.booleans()):
        return edits.set_reservation(s, party.id, package=_pick(draw, s.packages).id)
    return edits.set_reservation(s, party.id, value=draw(st.floats(-5, 105)))


def op_add_issue(draw: Draw, s: Scenario) -> Command | None:
    n = draw(st.integers(1, 3))
    issue = Issue(draw(NEW_ID), draw(TEXT), [Option(f"o{k}", draw(TEXT)) for k in range(n)])
    return edits.add_issue(s, issue, draw(st.none() | st.integers(0, len(s.issues))))


def op_remove_issue(draw: Draw, s: Scenario) -> Command | None:
    issue = _pick(draw, s.issues)
    return issue and edits.remove_issue(s, issue.id)


def op_move_issue(draw: Draw, s: Scenario) -> Command | None:
    issue = _pick(draw, s.issues)
    return issue and edits.move_issue(s, issue.id, draw(st.integers(0, len(s.issues) - 1)))


def op_option(draw: Draw, s: Scenario) -> Command | None:
    issue = _pick(draw, s.issues)
    if not issue:
        return None
    option = _pick(draw, issue.options)
    which = draw(st.sampled_from(["add", "remove", "move", "label"]))
    if which == "add":
        return edits.add_option(s, issue.id, Option(draw(NEW_ID), draw(TEXT)))
    if which == "remove":
        return edits.remove_option(s, issue.id, option.id)
    if which == "move":
        return edits.move_option(
            s, issue.id, option.id, draw(st.integers(0, len(issue.options) - 1))
        )
    return edits.set_option_field(s, issue.id, option.id, "label", draw(TEXT), mergeable=True)


def op_measure(draw: Draw, s: Scenario) -> Command | None:
    which = draw(st.sampled_from(["add", "remove", "rate"]))
    if which == "add" or not s.measures:
        m = Measure(
            id=draw(NEW_ID),
            title=draw(TEXT),
            authority=draw(st.sampled_from(list(Authority))),
            imposing=_pick(draw, s.parties).id,
            targets=["*"],
            rate=draw(st.floats(0, 1)),
        )
        return edits.add_measure(s, m)
    m = _pick(draw, s.measures)
    if which == "remove":
        return edits.remove_measure(s, m.id)
    return edits.set_field(s, "measure", m.id, "rate", draw(st.floats(-0.5, 12)))


def op_flow(draw: Draw, s: Scenario) -> Command | None:
    f = s.trade_flows
    which = draw(st.sampled_from(["set", "add", "remove"]))
    if which == "add" or not len(f):
        imp, exp = _pick(draw, s.parties), _pick(draw, s.parties)
        row = (
            imp.id,
            exp.id,
            draw(st.from_regex(r"\A[0-9]{2,6}\Z")),
            draw(st.floats(0, 1e10)),
            0.05,
        )
        return edits.add_flow(s, row)
    k = draw(st.integers(0, len(f) - 1))
    if which == "remove":
        return edits.remove_flow(s, f.key(k))
    column = draw(st.sampled_from(["value", "mfn_rate"]))
    return edits.set_flow(s, f.key(k), column, draw(st.floats(-1, 1e9)), mergeable=True)


def op_package(draw: Draw, s: Scenario) -> Command | None:
    which = draw(st.sampled_from(["add", "remove", "choose"]))
    if which == "add" or not s.packages:
        choices = {i.id: _pick(draw, i.options).id for i in s.issues if draw(st.booleans())}
        return edits.add_package(s, Package(draw(NEW_ID), draw(TEXT), choices))
    pkg = _pick(draw, s.packages)
    if which == "remove":
        return edits.remove_package(s, pkg.id)
    issue = _pick(draw, s.issues)
    if not issue:
        return None
    option = _pick(draw, issue.options) if draw(st.booleans()) else None
    return edits.set_choice(s, pkg.id, issue.id, option.id if option else None)


def op_named_package(draw: Draw, s: Scenario) -> Command | None:
    """Keep, rename, annotate or delete a named package (names may repeat: then refused)."""
    which = draw(st.sampled_from(["save", "rename", "note", "delete"]))
    if which == "save" or not s.packages:
        choices = {i.id: _pick(draw, i.options).id for i in s.issues if i.options}
        name = draw(st.sampled_from(["", " ", *(p.name for p in s.packages)]) | TEXT)
        return edits.save_package(s, name, choices, draw(TEXT))
    pkg = _pick(draw, s.packages)
    if which == "rename":
        return edits.rename_package(
            s, pkg.id, draw(TEXT | st.sampled_from([p.name for p in s.packages]))
        )
    if which == "note":
        return edits.set_package_note(s, pkg.id, draw(TEXT))
    return edits.remove_package(s, pkg.id)


def op_choose_working(draw: Draw, s: Scenario) -> Command | None:
    """Choose a package under discussion (from a named one, or drawn), or move a card onto the
    table together with its option (one compound step)."""
    drawn = {i.id: _pick(draw, i.options).id for i in s.issues if i.options and draw(st.booleans())}
    if s.packages and draw(st.booleans()):
        pkg = _pick(draw, s.packages)
        return edits.choose_package(s, {**s.working_package, **pkg.choices}, pkg.name)
    if s.cards and draw(st.booleans()):
        card = _pick(draw, s.cards)
        move = edits.move_card(s, card.id, CardStatus.ON_TABLE, 0)
        return edits.with_package(s, move, {**s.working_package, **drawn})
    return edits.choose_package(s, drawn, draw(st.sampled_from(["", "Nash"])))


def op_party(draw: Draw, s: Scenario) -> Command | None:
    if draw(st.booleans()):
        party = Party(draw(NEW_ID), draw(TEXT), "#123456", role=draw(st.sampled_from(list(Role))))
        return edits.add_party(s, party)
    return edits.remove_party(s, _pick(draw, s.parties).id)


def op_title(draw: Draw, s: Scenario) -> Command | None:
    return edits.set_scenario_field(s, "title", draw(TEXT), mergeable=True)


OPS = [
    op_card_title,
    op_move_card,
    op_add_card,
    op_remove_card,
    op_link,
    op_weight,
    op_score,
    op_reservation,
    op_add_issue,
    op_remove_issue,
    op_move_issue,
    op_option,
    op_measure,
    op_flow,
    op_package,
    op_named_package,
    op_choose_working,
    op_party,
    op_title,
]


def run_random_session(data: st.DataObject, s: Scenario) -> None:
    original = copy.deepcopy(s)
    original_text = dumps_scenario(s)
    stack = CommandStack(s)
    snapshots = [copy.deepcopy(s)]  # snapshots[i]: the scenario after the first i entries
    for _ in range(data.draw(st.integers(1, 30), label="steps")):
        action = data.draw(st.sampled_from(["edit"] * 6 + ["undo", "redo"]), label="action")
        if action == "undo":
            if stack.undo():
                assert s == snapshots[stack.index]
            continue
        if action == "redo":
            if stack.redo():
                assert s == snapshots[stack.index]
            continue
        op = data.draw(st.sampled_from(OPS), label="op")
        before = copy.deepcopy(s)
        try:
            cmd = op(data.draw, s)
        except CommandError:
            event(f"refused {op.__name__}")
            assert s == before, f"{op.__name__} changed the scenario although it was refused"
            continue
        if cmd is None:
            continue
        assert s == before, "building a command must not change the scenario"
        event(f"applied {op.__name__}")
        index = stack.index
        stack.push(cmd)
        assert not validate(s).has_errors(), [str(p) for p in validate(s).errors]
        del snapshots[index + 1 :]  # the redo branch is gone
        if stack.index == index:  # merged into the top entry, whose result is now this state
            snapshots[index] = copy.deepcopy(s)
        else:
            snapshots.append(copy.deepcopy(s))
        assert len(snapshots) == stack.index + 1
    stack.redo_all()
    final = copy.deepcopy(s)
    stack.undo_all()
    assert s == original
    assert dumps_scenario(s) == original_text
    stack.redo_all()
    assert s == final


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edit_sessions_undo_exactly(data):
    run_random_session(data, small_scenario())


_SHIPPED = {p.name: read_scenario(p).scenario for p in shipped_scenarios()}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(_SHIPPED))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edit_sessions_on_shipped_scenarios(name, data):
    run_random_session(data, copy.deepcopy(_SHIPPED[name]))
