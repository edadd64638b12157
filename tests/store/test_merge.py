"""Three-way merge of scenarios (``store.merge``): hand-made cases checked against values written
out here, and properties over random edit sessions on two copies of one base."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factories import small_scenario
from negotiator_gui.core import edits
from negotiator_gui.core.commands import Command, CommandError
from negotiator_gui.core.model import CardStatus, Scenario
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.io.scenario_writer import dumps_scenario
from negotiator_gui.paths import shipped_scenarios
from negotiator_gui.store.merge import _CHILDREN, MINE, THEIRS, flatten, merge

_SHIPPED = {p.name: read_scenario(p).scenario for p in shipped_scenarios()}


def _ops():
    """The random edits of the undo property test (one list of edit generators for both)."""
    path = Path(__file__).parents[1] / "core" / "test_command_properties.py"
    spec = importlib.util.spec_from_file_location("_merge_command_ops", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.OPS


OPS = _ops()


# -- the shipped scenarios and hand-made cases ----------------------------------------------------


@pytest.mark.parametrize("name", sorted(_SHIPPED))
def test_self_merge_of_shipped_scenarios_is_byte_identical(name):
    s = _SHIPPED[name]
    text = dumps_scenario(s)
    m = merge(copy.deepcopy(s), copy.deepcopy(s), copy.deepcopy(s))
    assert m.conflicts == []
    assert dumps_scenario(m.result()) == text


def _default() -> Scenario:
    return copy.deepcopy(_SHIPPED["us-japan-2025-04.scenario.json"])


def test_edits_in_different_places_merge_without_a_question():
    base = _default()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    c0, c1 = base.cards[0], base.cards[1]
    measure = base.measures[0]
    party = base.parties[0].id
    issue = next(iter(base.preferences_of(party).issues))
    edits.set_field(mine, "card", c0.id, "title", "Autos first").apply(mine)
    edits.set_field(mine, "measure", measure.id, "rate", 0.125).apply(mine)
    edits.move_card(theirs, c1.id, CardStatus.ACCEPTED, 0).apply(theirs)
    edits.set_weight(theirs, party, issue, 7.0).apply(theirs)
    m = merge(base, mine, theirs)
    assert m.conflicts == []
    r = m.result()
    assert r.card(c0.id).title == "Autos first"
    assert r.measure(measure.id).rate == 0.125
    assert r.card(c1.id).status is CardStatus.ACCEPTED
    assert r.preferences_of(party).issues[issue].weight == 7.0
    # everything else as in the base
    assert r.card(c1.id).title == base.card(c1.id).title
    assert r.issues == base.issues


def test_the_same_field_changed_on_both_sides_is_exactly_one_conflict():
    base = _default()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    card = base.cards[0]
    edits.set_field(mine, "card", card.id, "title", "Mine").apply(mine)
    edits.set_field(theirs, "card", card.id, "title", "Theirs").apply(theirs)
    edits.set_field(theirs, "card", base.cards[1].id, "title", "Only theirs").apply(theirs)
    m = merge(base, mine, theirs)
    assert [(c.kind, c.ident, c.path) for c in m.conflicts] == [("card", (card.id,), ("title",))]
    c = m.conflicts[0]
    assert "“Mine”" in c.text() and "“Theirs”" in c.text() and f"“{card.title}”" in c.text()
    assert m.result(default=MINE).card(card.id).title == "Mine"
    assert m.result(default=THEIRS).card(card.id).title == "Theirs"
    assert m.result({1: THEIRS}).card(card.id).title == "Theirs"
    assert m.result(default=MINE).card(base.cards[1].id).title == "Only theirs"
    with pytest.raises(ValueError):
        m.result()


def test_removed_on_one_side_and_edited_on_the_other_is_a_conflict_for_the_whole_entity():
    base = small_scenario()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    issue = base.issues[0]
    option = issue.options[0]
    edits.remove_issue(mine, issue.id).apply(mine)
    edits.set_option_field(theirs, issue.id, option.id, "label", "Renamed").apply(theirs)
    m = merge(base, mine, theirs)
    entity = [c for c in m.conflicts if c.what == "entity"]
    assert [(c.kind, c.ident) for c in entity] == [("issue", (issue.id,))]
    n = entity[0].number
    others = {c.number: MINE for c in m.conflicts if c.number != n}
    gone = m.result({**others, n: MINE})
    assert issue.id not in [i.id for i in gone.issues]
    kept = m.result({**others, n: THEIRS})
    assert kept.issue(issue.id).options[0].label == "Renamed"


def test_both_sides_reordering_a_list_differently_is_an_order_conflict():
    base = small_scenario()
    assume_two = len(base.issues) >= 2
    assert assume_two
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    first, last = base.issues[0].id, base.issues[-1].id
    edits.move_issue(mine, first, len(base.issues) - 1).apply(mine)
    edits.move_issue(theirs, last, 0).apply(theirs)
    m = merge(base, mine, theirs)
    assert [(c.what, c.kind) for c in m.conflicts] == [("order", "issue")]
    assert [i.id for i in m.result(default=MINE).issues] == [i.id for i in mine.issues]
    assert [i.id for i in m.result(default=THEIRS).issues] == [i.id for i in theirs.issues]


def test_additions_on_both_sides_are_both_kept():
    base = small_scenario()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    a, b = copy.deepcopy(base.cards[0]), copy.deepcopy(base.cards[0])
    a.id, b.id = "new-mine", "new-theirs"
    edits.add_card(mine, a).apply(mine)
    edits.add_card(theirs, b).apply(theirs)
    m = merge(base, mine, theirs)
    assert m.conflicts == []
    ids = [c.id for c in m.result().cards]
    assert ids == [c.id for c in base.cards] + ["new-mine", "new-theirs"]


# -- properties ---------------------------------------------------------------------------------


def _session(data: st.DataObject, s: Scenario, label: str) -> list[Command]:
    """Apply up to 8 random valid edits to ``s``; the commands applied."""
    done = []
    for _ in range(data.draw(st.integers(0, 8), label=f"{label} steps")):
        op = data.draw(st.sampled_from(OPS), label=f"{label} op")
        try:
            cmd = op(data.draw, s)
            if cmd is None:
                continue
            cmd.apply(s)
        except CommandError:
            continue
        done.append(cmd)
    return done


def _base(data: st.DataObject) -> Scenario:
    name = data.draw(st.sampled_from(["small", *sorted(_SHIPPED)]), label="base")
    return small_scenario() if name == "small" else copy.deepcopy(_SHIPPED[name])


def _parent(kind: str, ident: tuple) -> tuple | None:
    if kind in _CHILDREN:
        return (_CHILDREN[kind][0], ident[:-1])
    return None


def _touched(base: Scenario, side: Scenario) -> set:
    """Entities a side changed (a changed child touches its parent too, a changed card its
    lanes), and lists it reordered (relative order of the items it kept)."""
    fb, fs = flatten(base), flatten(side)
    out = set()
    for key in {*fb.values, *fs.values}:
        if fb.values.get(key) != fs.values.get(key) or (
            key in fb.values
            and key in fs.values
            and any(type(v) is not type(fb.values[key].get(p)) for p, v in fs.values[key].items())
        ):
            out.add(key)
            parent = _parent(*key)
            if parent:
                out.add(parent)
            if key[0] == "card":
                # a move renumbers the cards of the lanes it leaves and enters: an edit of
                # those lanes, not only of the card moved
                for obj in (fb.objects.get(key), fs.objects.get(key)):
                    if obj is not None:
                        out.add(("lane", obj.party, obj.status))
    for okey, order in fs.orders.items():
        kept = [x for x in fb.orders.get(okey, ()) if x in order]
        if [x for x in order if x in kept] != kept:
            out.add(("order", okey))
    return out


def _same_content(a: Scenario, b: Scenario) -> None:
    """Equal values everywhere, and the same items in every list (the order of items added
    on both sides may differ)."""
    fa, fb = flatten(a), flatten(b)
    assert fa.values == fb.values
    assert {k: sorted(v) for k, v in fa.orders.items() if v} == {
        k: sorted(v) for k, v in fb.orders.items() if v
    }


def _both_applied(base: Scenario, mine: Scenario, theirs: Scenario):
    """What applying both sessions gives when they touched different entities, worked out
    per entity: the side that changed it has its way (absent: removed or never added)."""
    fb, fo, ft = flatten(base), flatten(mine), flatten(theirs)
    values = {}
    for key in {*fb.values, *fo.values, *ft.values}:
        was = fb.values.get(key)
        now = fo.values.get(key) if fo.values.get(key) != was else ft.values.get(key)
        if now is not None:
            values[key] = now
    orders = {}
    for okey in {*fb.orders, *fo.orders, *ft.orders}:
        b, o, t = (f.orders.get(okey, ()) for f in (fb, fo, ft))
        kept = [x for x in b if x in o and x in t]
        relative = [x for x in o if x in kept]
        if relative == kept:
            relative = [x for x in t if x in kept]
        orders[okey] = (relative, {k[1] for k in values if k[0] == okey[0]})
    return values, orders


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_disjoint_edits_merge_to_both_sessions_applied(data):
    base = _base(data)
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    _session(data, mine, "mine")
    _session(data, theirs, "theirs")
    touched_mine, touched_theirs = _touched(base, mine), _touched(base, theirs)
    assume(not (touched_mine & touched_theirs))
    m = merge(base, mine, theirs)
    assert m.conflicts == []
    merged = flatten(m.result())
    # each side's additions sit where that side put them, among its own items, in every
    # list the other side did not reorder
    for side, other_touched in ((mine, touched_theirs), (theirs, touched_mine)):
        for okey, order in flatten(side).orders.items():
            if ("order", okey) in other_touched:
                continue
            got = merged.orders.get(okey, ())
            assert [x for x in got if x in set(order)] == [x for x in order if x in set(got)]
    values, orders = _both_applied(base, mine, theirs)
    assert merged.values == values
    for okey, (relative, members) in orders.items():
        got = merged.orders.get(okey, ())
        parent_ok = okey[1] == () or any(k[1] == okey[1] for k in values)
        if not parent_ok:
            continue  # the list's owner is gone
        assert set(got) == {x for x in members if x[: len(okey[1])] == okey[1]}
        assert [x for x in got if x in relative] == relative


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_merging_with_itself_or_with_the_base_changes_nothing(data):
    base = _base(data)
    edited = copy.deepcopy(base)
    _session(data, edited, "edited")
    text = dumps_scenario(edited)
    for mine, theirs in ((edited, edited), (edited, base), (base, edited)):
        m = merge(base, copy.deepcopy(mine), copy.deepcopy(theirs))
        assert m.conflicts == []
        assert dumps_scenario(m.result()) == text
    assert dumps_scenario(merge(edited, edited, edited).result()) == text


def _covered(m, key, path) -> bool:
    kind, ident = key
    for c in m.conflicts:
        if c.what == "field" and (c.kind, c.ident, c.path) == (kind, ident, path):
            return True
        if c.what == "entity" and (
            (c.kind, c.ident) == key or (_parent(kind, ident) == (c.kind, c.ident))
        ):
            return True
    return False


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_symmetric_and_no_edit_lost_silently(data):
    base = _base(data)
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    _session(data, mine, "mine")
    _session(data, theirs, "theirs")
    m = merge(base, mine, theirs)
    w = merge(base, theirs, mine)
    assert sorted((c.what, c.kind, c.ident, c.path) for c in m.conflicts) == sorted(
        (c.what, c.kind, c.ident, c.path) for c in w.conflicts
    )
    _same_content(m.result(default=MINE), w.result(default=THEIRS))
    _same_content(m.result(default=THEIRS), w.result(default=MINE))
    fb = flatten(base)
    for side, default in ((mine, THEIRS), (theirs, MINE)):
        # with every conflict settled against this side, its edits are still all there
        # unless a conflict names them
        fr, fs = flatten(m.result(default=default)), flatten(side)
        for key in {*fb.values, *fs.values}:
            before, after = fb.values.get(key), fs.values.get(key)
            if before == after:
                continue
            paths = {*(before or {}), *(after or {})} or {()}
            for path in paths:
                was = (before or {}).get(path, "<absent>")
                now = (after or {}).get(path, "<absent>")
                if was == now and (before is None) == (after is None):
                    continue
                got = fr.values.get(key)
                got = (
                    (got or {}).get(path, "<absent>")
                    if got is not None or now != "<absent>"
                    else "<absent>"
                )
                assert got == now or _covered(m, key, path), (key, path, was, now, got)


def test_removing_a_part_of_what_the_other_side_removed_is_no_conflict():
    base = small_scenario()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    issue = next(i for i in base.issues if len(i.options) >= 2)
    edits.remove_issue(mine, issue.id).apply(mine)
    edits.remove_option(theirs, issue.id, issue.options[-1].id).apply(theirs)
    m = merge(base, mine, theirs)
    # removing the option may clear references elsewhere on their side (packages, cards):
    # only those can conflict, never the issue itself
    assert not [c for c in m.conflicts if c.kind in ("issue", "option")]
    assert issue.id not in [i.id for i in m.result(default=MINE).issues]


def test_an_addition_in_the_middle_keeps_its_place_among_the_other_sides_additions():
    base = small_scenario()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    a, b = copy.deepcopy(base.measures[0]), copy.deepcopy(base.measures[0])
    a.id, b.id = "m-mine", "m-theirs"
    edits.add_measure(mine, a, 0).apply(mine)
    edits.add_measure(theirs, b, 1).apply(theirs)
    m = merge(base, mine, theirs)
    assert m.conflicts == []
    old = [x.id for x in base.measures]
    assert [x.id for x in m.result().measures] == ["m-mine", old[0], "m-theirs", *old[1:]]


def test_the_common_version_is_found_in_the_library_history(lib):
    from negotiator_gui.app.usecases.merge import find_ancestor

    v1 = small_scenario()
    first = lib.create(v1, message="v1")
    v2 = copy.deepcopy(v1)
    edits.set_field(v2, "card", v2.cards[0].id, "title", "Second").apply(v2)
    second = lib.save(first.scenario_id, v2, first.id, "v2")
    # the colleague took revision 1 and edited another card
    theirs = copy.deepcopy(v1)
    edits.set_field(theirs, "card", v1.cards[1].id, "title", "Theirs").apply(theirs)
    found = find_ancestor(lib, second.id, theirs)
    assert found is not None and found.revision_id == first.id and found.number == 1
    m = merge(found.scenario, v2, theirs)
    assert m.conflicts == []
    r = m.result()
    assert (r.cards[0].title, r.cards[1].title) == ("Second", "Theirs")
    # a copy not from the library: nothing to search
    assert find_ancestor(lib, None, theirs) is None


def test_a_flow_row_removed_on_one_side_and_changed_on_the_other_is_a_conflict():
    base = small_scenario()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    key = base.trade_flows.key(0)
    edits.remove_flow(mine, key).apply(mine)
    edits.set_flow(theirs, key, "value", 123.0).apply(theirs)
    m = merge(base, mine, theirs)
    assert [(c.what, c.kind, c.ident) for c in m.conflicts] == [("entity", "flow", key)]
    assert key not in {
        m.result(default=MINE).trade_flows.key(i) for i in range(len(mine.trade_flows))
    }
    kept = m.result(default=THEIRS).trade_flows
    assert kept.value[kept.index_of(*key)] == 123.0
