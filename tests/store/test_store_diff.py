"""The revision diff: words for typical edits, and two properties over random edits: the diff is
empty exactly when the scenarios are equal, and it names every entity that changed (and only
those, apart from neighbours of a move)."""

from __future__ import annotations

import copy
import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import small_scenario
from negotiator_gui.core.model import (
    Card,
    CardKind,
    CardStatus,
    Option,
    Scenario,
    TradeFlows,
)
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import shipped_scenarios
from negotiator_gui.store.diff import diff_scenarios, diff_texts


def _lines(a: Scenario, b: Scenario) -> list[str]:
    return diff_scenarios(a, b).lines()


def test_equal_scenarios_have_no_diff():
    d = diff_scenarios(small_scenario(), small_scenario())
    assert not d and d.lines() == [] and d.summary() == "no changes"


def test_field_changes_in_words():
    a, b = small_scenario(), small_scenario()
    b.cards[1].status = CardStatus.ON_TABLE
    b.measures[1].rate = 0.15
    b.measures[1].targets = ["JP", "KR"]
    b.trade_flows.value[0] = 56_000_000_000
    b.preferences[0].issues["autos"].weight = 45
    b.packages[1].choices["rice"] = "none"
    assert _lines(a, b) == [
        "Preferences of US: weight of autos changed from 50 to 45",
        "Card “LNG purchases” (jp-c-lng): status changed from held back to on table",
        "Measure “Reciprocal tariff on Japan” (us-ieepa-jp): targets: added “KR”; "
        "rate changed from 24 % to 15 %",
        "Trade flow US ← JP 8703: value changed from 55,900,000,000 to 56,000,000,000",
        "Package “七月の合意案” (pkg-july): choice of rice changed from “quota-up” to “none”",
    ]


def test_added_removed_and_moved_entities():
    a, b = small_scenario(), small_scenario()
    b.parties.pop()  # CN
    b.issues[0].options.append(Option(id="new", label="A new option"))
    b.cards.insert(0, b.cards.pop(4))  # us-c-autos to the top
    b.cards.append(Card(id="c9", party="US", kind=CardKind.DEMAND, title="Steel quota"))
    d = diff_scenarios(a, b)
    assert d.lines() == [
        "Party “China” (CN) removed",
        "Option “A new option” (new) of issue autos added",
        "Card “Auto tariff cut” (us-c-autos): moved from position 5 to 1",
        "Card “Steel quota” (c9) added",
    ]
    assert d.counts() == {"added": 2, "removed": 1, "moved": 1}


def test_nested_records_and_long_texts():
    a, b = small_scenario(), small_scenario()
    b.issues[0].options[1].effects[0].value = 0.4
    b.issues[0].options[1].effects.pop()
    b.measures[4].quota.in_quota_rate = 0.05
    b.description = a.description + " Updated after the second round of talks in Tokyo."
    lines = _lines(a, b)
    assert lines[0].startswith("Scenario: description changed from “")
    assert "Updated after" in lines[0]
    assert lines[1] == (
        "Option “Cut by half” (cut-half) of issue autos: effect 1 value changed from 0.5 to 0.4; "
        "effect 2: removed (op cap rate, measure “us-232-autos”, value 0.15, scope (include "
        "[“8708”]), note “parts capped”)"
    )
    assert lines[2] == (
        "Measure “Rice tariff-rate quota” (jp-rice-trq): quota in-quota rate changed from "
        "0 % to 5 %"
    )


def test_flow_table_changes_beyond_the_limit_are_counted():
    a = small_scenario()
    b = copy.deepcopy(a)
    b.trade_flows.value = [v + 1 for v in b.trade_flows.value]
    d = diff_scenarios(a, b, flow_limit=3)
    assert len(d) == 3 and d.flows_not_listed == 4
    assert d.lines()[-1] == "… and 4 more trade-flow rows changed"
    assert d.counts() == {"changed": 7}
    b = copy.deepcopy(a)
    f = b.trade_flows
    for col in TradeFlows.COLUMNS:
        getattr(f, col).reverse()
    assert _lines(a, b) == ["Trade-flow table: rows: put in a different order"]


def test_diff_texts_reads_like_files():
    april, deal = (p.read_text(encoding="utf-8") for p in sorted(shipped_scenarios())[1:])
    d = diff_texts(april, deal)
    assert d and "Measure “Section 232 steel” (s232_steel_50) added" in d.lines()
    assert not any("in base rate 0" in line for line in d.lines())
    assert not diff_texts(april, april)
    js = d.to_json()
    assert js["summary"] == d.summary() and js["changes"][0]["kind"] == "scenario"


# -- properties -------------------------------------------------------------------------------

_COLLECTIONS = (
    "parties",
    "cards",
    "measures",
    "stacking_rules",
    "elasticities",
    "packages",
    "offers",
    "issues",
)
_KIND = {
    "parties": "party",
    "cards": "card",
    "measures": "measure",
    "stacking_rules": "stacking_rule",
    "elasticities": "elasticity",
    "packages": "package",
    "offers": "offer",
    "issues": "issue",
}


def _text_fields(obj) -> list[str]:
    return [
        f.name
        for f in dataclasses.fields(obj)
        if isinstance(getattr(obj, f.name), str) and f.name != "id"
    ]


@st.composite
def edited(draw) -> tuple[Scenario, Scenario]:
    """The small scenario and a copy with zero to four random edits (some of them no-ops)."""
    a = small_scenario()
    b = copy.deepcopy(a)
    copies = 0
    for _ in range(draw(st.integers(0, 4))):
        what = draw(
            st.sampled_from(["text", "remove", "move", "copy", "flow", "option", "weight", "noop"])
        )
        name = draw(st.sampled_from(_COLLECTIONS))
        items = getattr(b, name)
        if what == "flow":
            f = b.trade_flows
            i = draw(st.integers(0, len(f) - 1)) if len(f) else None
            op = draw(st.sampled_from(["value", "remove", "swap"]))
            if i is None:
                continue
            if op == "value":
                f.value[i] = draw(st.sampled_from([0.0, 1.0, f.value[i], 2.5e9]))
            elif op == "remove":
                for col in TradeFlows.COLUMNS:
                    getattr(f, col).pop(i)
            elif len(f) > 1:
                j = (i + 1) % len(f)
                for col in TradeFlows.COLUMNS:
                    c = getattr(f, col)
                    c[i], c[j] = c[j], c[i]
            continue
        if what == "weight":
            prefs = draw(st.sampled_from(b.preferences))
            issue = draw(st.sampled_from(sorted(prefs.issues)))
            prefs.issues[issue].weight = draw(st.sampled_from([0, 10, 50, 55.5]))
            continue
        if what == "option":
            issue = draw(st.sampled_from(b.issues)) if b.issues else None
            if issue is None or not issue.options:
                continue
            k = draw(st.integers(0, len(issue.options) - 1))
            if draw(st.booleans()):
                issue.options[k].label = draw(st.sampled_from(["x", issue.options[k].label]))
            else:
                issue.options.insert(0, issue.options.pop(k))
            continue
        if not items:
            continue
        k = draw(st.integers(0, len(items) - 1))
        if what == "text":
            item = items[k]
            fields = _text_fields(item)
            if fields:
                setattr(item, draw(st.sampled_from(fields)), draw(st.sampled_from(["", "新", "x"])))
        elif what == "remove":
            items.pop(k)
        elif what == "move":
            items.insert(draw(st.integers(0, len(items))), items.pop(k))
        elif what == "copy":
            clone = copy.deepcopy(items[k])
            copies += 1
            if hasattr(clone, "id"):  # unique: a second copy made at the same length is not
                clone.id = f"{clone.id}-copy{copies}"  # a duplicate id (the diff names both)
            items.insert(draw(st.integers(0, len(items))), clone)
    return a, b


def _entities(s: Scenario) -> dict[tuple[str, tuple], object]:
    """Every entity by (kind, key), with its children cut off (they are entities themselves)."""
    out: dict[tuple[str, tuple], object] = {}
    for name in _COLLECTIONS:
        for item in getattr(s, name):
            if name == "issues":
                out["option", ()] = None  # placeholder removed below
                for o in item.options:
                    out["option", (item.id, o.id)] = o
                item = dataclasses.replace(item, options=[])
            out[_KIND[name], (item.id,)] = item
    out.pop(("option", ()), None)
    for p in s.preferences:
        out["preferences", (p.party,)] = p
    f = s.trade_flows
    for i in range(len(f)):
        out["flow", f.key(i)] = (f.value[i], f.mfn_rate[i])
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited())
def test_diff_is_empty_iff_equal_and_names_every_changed_entity(pair):
    a, b = pair
    d = diff_scenarios(a, b)
    assert bool(d) == (a != b)
    named = {(c.kind, c.key) for c in d.changes}
    ea, eb = _entities(a), _entities(b)
    differing = {
        (kind, tuple(str(x) for x in key))
        for (kind, key) in set(ea) | set(eb)
        if ea.get((kind, key)) != eb.get((kind, key))
    }
    # Every entity that was added, removed or edited is named (the options of an issue that
    # was added or removed come with it) …
    whole = {k[1][0] for k in differing if k[0] == "issue" and (k in ea) != (k in eb)}
    assert {k for k in differing if not (k[0] == "option" and k[1][0] in whole)} <= named
    # … and anything else named was only moved (or is the scenario / the flow table itself).
    for c in d.changes:
        if (c.kind, c.key) not in differing and c.kind not in ("scenario", "trade_flows"):
            assert c.action == "moved" or [f.field for f in c.fields] == ["position"]
    # Words for every change, and JSON for every change.
    assert all(line for line in d.lines())
    assert len(d.to_json()["changes"]) == len(d.changes)


@settings(max_examples=30, deadline=None)
@given(edited())
def test_diff_both_ways_mirrors_added_and_removed(pair):
    a, b = pair
    forward = diff_scenarios(a, b).counts()
    back = diff_scenarios(b, a).counts()
    assert forward.get("added", 0) == back.get("removed", 0)
    assert forward.get("removed", 0) == back.get("added", 0)


def test_shipped_scenarios_diff_against_themselves_is_empty():
    for p in shipped_scenarios():
        s = read_scenario(p).scenario
        assert not diff_scenarios(s, copy.deepcopy(s))
