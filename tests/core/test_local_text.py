"""Texts in another content language: ``i18n.local`` picks them, and setting one is an edit
that undo takes back exactly."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import small_scenario
from languages import plain_core_text
from negotiator_gui.core import edits, i18n
from negotiator_gui.core.commands import CommandError
from negotiator_gui.core.i18n import local
from negotiator_gui.core.model import Party
from negotiator_gui.core.stack import CommandStack


@pytest.fixture
def ja():
    i18n.set_language("ja")
    yield
    plain_core_text()


def test_local_falls_back_to_english_field_by_field(ja) -> None:
    p = Party(id="JP", name="Japan", batna="Wait", text={"ja": {"name": "日本"}})
    assert local(p, "name") == "日本"
    assert local(p, "batna") == "Wait"  # no Japanese BATNA: the English one
    assert local(p, "name", "en") == "Japan"
    assert local(Party(id="US", name="United States"), "name") == "United States"


def test_local_is_english_without_a_language() -> None:
    p = Party(id="JP", name="Japan", text={"ja": {"name": "日本"}})
    assert i18n.language() == "en"
    assert local(p, "name") == "Japan"
    assert local(p, "name", "ja") == "日本"


def test_set_field_with_a_language_sets_only_that_text_and_undo_restores_it() -> None:
    s = small_scenario()
    issue = s.issues[0]
    before = copy.deepcopy(s)
    stack = CommandStack(s)
    stack.push(edits.set_field(s, "issue", issue.id, "title", "  自動車関税 ", lang="ja"))
    assert issue.text == {"ja": {"title": "自動車関税"}}
    assert issue.title == before.issues[0].title  # the English title is untouched
    assert stack.undo_name() == f"Change title in Japanese of '{issue.title}'"
    stack.push(edits.set_field(s, "issue", issue.id, "title", "", lang="ja"))
    assert issue.text == {}  # an empty text is removed: English shows again
    stack.undo_all()
    assert s == before


def test_set_scenario_field_with_a_language() -> None:
    s = small_scenario()
    title = s.title
    stack = CommandStack(s)
    stack.push(edits.set_scenario_field(s, "title", "日米関税交渉", lang="ja"))
    assert (s.title, s.text) == (title, {"ja": {"title": "日米関税交渉"}})
    assert local(s, "title", "ja") == "日米関税交渉"
    stack.undo()
    assert s.text == {}


def test_set_option_field_with_a_language() -> None:
    s = small_scenario()
    issue, opt = s.issues[0], s.issues[0].options[1]
    stack = CommandStack(s)
    stack.push(edits.set_option_field(s, issue.id, opt.id, "label", "撤廃", lang="ja"))
    assert opt.text == {"ja": {"label": "撤廃"}}
    stack.undo()
    assert opt.text == {}


@pytest.mark.parametrize(
    ("kind", "field", "lang"),
    [("issue", "title", "fr"), ("issue", "tags", "ja"), ("package", "name", "ja")],
)
def test_a_text_that_cannot_be_translated_is_refused(kind, field, lang) -> None:
    s = small_scenario()
    ident = {"issue": s.issues[0].id, "package": s.packages[0].id}[kind]
    with pytest.raises(CommandError):
        edits.set_field(s, kind, ident, field, "x", lang=lang)


_TARGETS = st.sampled_from(
    [("party", 0, "name"), ("party", 1, "batna"), ("issue", 0, "title"),
     ("issue", 1, "description"), ("card", 0, "title"), ("card", 1, "notes"),
     ("measure", 0, "title")]
)  # fmt: skip
_LISTS = {"party": "parties", "issue": "issues", "card": "cards", "measure": "measures"}
_VALUES = st.sampled_from(["", "日本", "自動車関税", "  余白  ", "x"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_TARGETS, _VALUES), min_size=1, max_size=8), st.data())
def test_any_sequence_of_text_edits_undoes_and_redoes_exactly(steps, data) -> None:
    s = small_scenario()
    collections = {"party": s.parties, "issue": s.issues, "card": s.cards, "measure": s.measures}
    original = copy.deepcopy(s)
    stack = CommandStack(s)
    expected = []  # the scenario after each step, built independently of the commands
    model = copy.deepcopy(s)
    for (kind, k, field), value in steps:
        ident = collections[kind][k % len(collections[kind])].id
        stack.push(edits.set_field(s, kind, ident, field, value, lang="ja"))
        target = next(e for e in getattr(model, _LISTS[kind]) if e.id == ident)
        if value.strip():
            target.text.setdefault("ja", {})[field] = value.strip()
        else:
            target.text.get("ja", {}).pop(field, None)
            if not target.text.get("ja", True):
                del target.text["ja"]
        assert s == model
        expected.append(copy.deepcopy(model))
    undo_to = data.draw(st.integers(0, len(steps)))
    for _ in range(undo_to):
        stack.undo()
    assert s == (expected[len(steps) - undo_to - 1] if undo_to < len(steps) else original)
    stack.redo_all()
    assert s == expected[-1]
    stack.undo_all()
    assert s == original
