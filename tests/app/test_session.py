"""The session (no Qt): the package every panel shares, recent files, events."""

from __future__ import annotations

import pytest

from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Event, MemorySettings, Session, Value
from negotiator_gui.core import edits


@pytest.fixture(scope="module")
def shipped() -> Document:
    return Document.default()


def fresh() -> Session:
    return Session(Document.default())


def test_event_calls_listeners_in_order_and_forgets_disconnected_ones():
    event, seen = Event(), []
    first = event.connect(lambda x: seen.append(("a", x)))
    event.connect(lambda x: seen.append(("b", x)))
    event.emit(1)
    event.disconnect(first)
    event.disconnect(first)  # twice: ignored
    event.emit(2)
    assert seen == [("a", 1), ("b", 1), ("b", 2)]


def test_value_emits_only_on_a_change():
    value, seen = Value({"a": "x"}), []
    value.changed.connect(seen.append)
    assert not value.set({"a": "x"})
    assert value.set({"a": "y"})
    assert seen == [{"a": "y"}]


def test_the_opening_package_is_our_latest_offer_else_first_options():
    session = fresh()
    s = session.document.scenario
    latest = max(o.round for o in s.offers if o.party == s.perspective)
    mine = [o for o in s.offers if o.party == s.perspective and o.round == latest][-1]
    expected = {i.id: i.options[0].id for i in s.issues if i.options}
    expected.update({k: v for k, v in mine.choices.items() if k in expected})
    assert session.package.value == expected


def test_choose_keeps_valid_options_and_ignores_unknown_issues():
    session = fresh()
    s = session.document.scenario
    rice = s.issue("rice")
    before = dict(session.package.value)
    assert session.choose({"rice": rice.options[-1].id, "no-such-issue": "x"})
    assert session.package.value == {**before, "rice": rice.options[-1].id}
    assert not session.choose({"rice": "no-such-option"})  # invalid: the current one stays
    assert session.package.value["rice"] == rice.options[-1].id


def test_removing_an_issue_drops_it_from_the_package_and_undo_brings_a_default_back():
    session = fresh()
    doc = session.document
    seen = []
    session.package.changed.connect(seen.append)
    doc.push(edits.remove_issue(doc.scenario, "rice"))
    assert "rice" not in session.package.value and seen
    doc.stack.undo()
    assert session.package.value["rice"] == doc.scenario.issue("rice").options[0].id


def test_a_new_document_resets_package_day_and_results_and_is_announced(tmp_path):
    session = fresh()
    seen = []
    session.document_changed.connect(seen.append)
    other = Document.default()
    other.scenario.as_of = other.scenario.as_of.replace(day=1)
    other.path = tmp_path / "a.scenario.json"
    session.choose({"rice": other.scenario.issue("rice").options[-1].id})
    session.set_document(other)
    assert seen == [other]
    assert session.day.value == other.scenario.as_of
    assert session.recent.paths() == [str(other.path)]
    assert session.settings.value("last/scenario") == str(other.path)


def test_recent_files_are_newest_first_without_duplicates_and_capped():
    settings = MemorySettings()
    session = Session(Document.default(), settings)
    for k in range(10):
        session.recent.remember(f"/f{k}")
    session.recent.remember("/f5")
    paths = session.recent.paths()
    assert paths[0] == "/f5" and len(paths) == 8 and len(set(paths)) == 8
    assert paths[1:4] == ["/f9", "/f8", "/f7"]


def test_the_last_scenario_is_a_file_or_a_library_place():
    session = fresh()
    doc = Document.default()
    doc.library_scenario = 7
    session.set_document(doc)
    assert session.last_library_scenario() == 7
    session.settings.setValue("last/scenario", "/some/file.scenario.json")
    assert session.last_library_scenario() is None
    session.settings.setValue("last/scenario", "library:x")  # hand-edited: ignored
    assert session.last_library_scenario() is None
