"""``CommandStack.top``/``applied``: an edit's place in the history, applied or not, through
undo, redo, a new edit after an undo and the history's limit (what a merge record follows)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factories import small_scenario
from negotiator_gui.core import edits
from negotiator_gui.core.stack import CommandStack


def retitle(stack: CommandStack, text: str) -> None:
    s = stack.scenario
    stack.push(edits.set_field(s, "card", s.cards[0].id, "title", text))


def test_applied_follows_undo_and_redo():
    stack = CommandStack(small_scenario())
    assert stack.top() is None and not stack.applied(None)
    retitle(stack, "one")
    token = stack.top()
    assert stack.applied(token)
    retitle(stack, "two")
    assert stack.applied(token) and stack.top() is not token
    stack.undo()
    stack.undo()
    assert not stack.applied(token)
    stack.redo()
    assert stack.applied(token) and stack.top() is token


def test_a_new_edit_after_the_undo_forgets_it():
    stack = CommandStack(small_scenario())
    retitle(stack, "one")
    token = stack.top()
    stack.undo()
    retitle(stack, "other")
    assert not stack.applied(token)
    stack.undo()
    stack.redo()
    assert not stack.applied(token)


def test_the_history_limit_forgets_it():
    stack = CommandStack(small_scenario(), limit=2)
    retitle(stack, "one")
    token = stack.top()
    retitle(stack, "two")
    assert stack.applied(token)
    retitle(stack, "three")  # "one" falls off the history
    assert not stack.applied(token)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["edit", "undo", "redo"]), max_size=20))
def test_applied_means_the_edit_is_in_effect(steps):
    """Against a model of the history: the first edit counts as applied exactly when the
    scenario's history still has it among the edits in effect."""
    stack = CommandStack(small_scenario())
    retitle(stack, "first")
    token = stack.top()
    history, index = ["first"], 1  # the model: edits recorded, and how many are in effect
    for k, step in enumerate(steps):
        if step == "edit":
            retitle(stack, f"edit {k}")
            del history[index:]
            history.append(f"edit {k}")
            index += 1
        elif step == "undo" and stack.undo():
            index -= 1
        elif step == "redo" and stack.redo():
            index += 1
        assert stack.applied(token) == (index >= 1 and history[0] == "first")
