"""Property: the document's pickles (the content keys' bytes and the shared frozen copy's
source), of which an edit makes again only those it may have changed, are always what pickling
the whole scenario afresh gives, through random edits, undos and redos."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_command_properties import OPS

from factories import small_scenario
from negotiator_gui.app.document import PARTS, Document
from negotiator_gui.core import edits
from negotiator_gui.core.commands import CommandError


def _fresh(doc: Document) -> dict[str, bytes]:
    return Document(copy.deepcopy(doc.scenario))._pickled()


@pytest.mark.slow
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_kept_pickles_are_always_the_scenarios(data):
    doc = Document(small_scenario())
    doc.frozen()
    for _ in range(data.draw(st.integers(1, 25), label="steps")):
        action = data.draw(st.sampled_from(["edit"] * 4 + ["undo", "redo"]), label="action")
        if action == "undo":
            doc.stack.undo()
        elif action == "redo":
            doc.stack.redo()
        else:
            op = data.draw(st.sampled_from(OPS), label="op")
            try:
                cmd = op(data.draw, doc.scenario)
            except CommandError:
                continue
            if cmd is None:
                continue
            doc.push(cmd)
        if data.draw(st.booleans(), label="read now"):  # or let several edits pass unread
            assert doc._pickled() == _fresh(doc)
            assert doc.frozen() == doc.scenario
    assert doc._pickled() == _fresh(doc)
    assert doc.frozen() == doc.scenario


def test_a_weight_edit_pickles_the_preferences_alone():
    doc = Document(small_scenario())
    before = dict(doc._pickled())
    s = doc.scenario
    party = s.preferences[0].party
    issue = next(iter(s.preferences[0].issues))
    doc.push(edits.set_weight(s, party, issue, 33.0))
    assert set(doc._pickles) == {"", *PARTS} - {"preferences"}  # the others were kept
    after = doc._pickled()
    assert after["preferences"] != before["preferences"]
    assert {k for k in after if after[k] != before[k]} == {"preferences"}
    assert after == _fresh(doc)
