"""Scenario files round-trip exactly: what is saved is what is loaded, byte-stable and atomic."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from factories import small_scenario
from negotiator_gui.core.model import Scope, TradeFlows
from negotiator_gui.core.validation import MAX_TEXT, validate
from negotiator_gui.io import scenario_file
from negotiator_gui.io.scenario_file import (
    ScenarioFileError,
    load_document,
    parse_scenario_bytes,
    parse_scenario_text,
    read_scenario,
    write_scenario,
)
from negotiator_gui.io.scenario_writer import VERSION, dumps_scenario, scenario_to_document
from scenario_strategies import scenarios

FIXTURES = Path(__file__).parent / "fixtures"


def roundtrip(s):
    text = dumps_scenario(s)
    loaded = parse_scenario_text(text)
    return text, loaded


# -- the factory scenario -------------------------------------------------------------------


def test_factory_scenario_is_valid_and_complete():
    s = small_scenario()
    problems = validate(s)
    assert problems.items == []
    assert len(s.negotiators()) == 2 and len(s.parties) == 3
    assert len(s.issues) == 3 and all(len(i.options) == 3 for i in s.issues)
    for p in s.preferences:
        assert sum(ip.weight for ip in p.issues.values()) == pytest.approx(100)
    assert {c.party for c in s.cards} == {"US", "JP"}
    assert any(c.links for c in s.cards)
    assert any(m.suspensions for m in s.measures) and any(m.quota for m in s.measures)
    ops = {e.op.value for i in s.issues for o in i.options for e in o.effects}
    assert ops == {
        "set_rate",
        "cap_rate",
        "cut",
        "swiss",
        "add_on",
        "floor",
        "add_measure",
        "remove_measure",
    }
    assert s.stacking_rules and len(s.trade_flows) and s.elasticities and s.packages and s.offers


def test_factory_is_deterministic_and_fresh():
    a, b = small_scenario(), small_scenario()
    assert a == b
    a.cards[0].title = "changed"
    a.trade_flows.value[0] = 1.0
    assert small_scenario() == b


# -- dumps / parse --------------------------------------------------------------------------


def test_dumps_then_parse_is_equal():
    s = small_scenario()
    _, loaded = roundtrip(s)
    assert loaded.scenario == s
    assert loaded.warnings == []
    assert loaded.migrated_from is None


def test_dumps_is_byte_identical_and_canonical():
    text = dumps_scenario(small_scenario())
    assert dumps_scenario(small_scenario()) == text
    assert dumps_scenario(parse_scenario_text(text).scenario) == text
    assert text.endswith("}\n") and "\r" not in text
    doc = json.loads(text)
    assert doc["format"] == "negotiator-scenario" and doc["version"] == VERSION
    assert doc == scenario_to_document(small_scenario())
    # one flow per line, for diffs
    assert '\n      ["US", "JP", "8703", 55900000000, 0.025],\n' in text


def test_map_order_in_the_file_does_not_matter():
    """Maps are written in issue/option order whatever order they were read in."""
    s = small_scenario()
    text = dumps_scenario(s)
    doc = json.loads(text)
    prefs = doc["preferences"][0]
    prefs["issues"] = dict(reversed(list(prefs["issues"].items())))
    doc["packages"][1]["choices"] = dict(reversed(list(doc["packages"][1]["choices"].items())))
    loaded = load_document(doc)
    assert loaded.scenario == s
    assert dumps_scenario(loaded.scenario) == text


def test_load_save_load_is_lossless(tmp_path):
    first = tmp_path / "a.scenario.json"
    second = tmp_path / "b.scenario.json"
    write_scenario(small_scenario(), first)
    loaded = read_scenario(first)
    write_scenario(loaded.scenario, second)
    again = read_scenario(second)
    assert again.scenario == loaded.scenario == small_scenario()
    assert first.read_bytes() == second.read_bytes()


def test_japanese_text_survives(tmp_path):
    s = small_scenario()
    s.title = "日米交渉シミュレーション — 2025年4月 🇯🇵"
    s.cards[0].notes = "「自動車」は最優先。"
    path = tmp_path / "ja.scenario.json"
    write_scenario(s, path)
    data = path.read_bytes()
    assert "日米交渉シミュレーション".encode() in data  # stored as UTF-8, not \\u escapes
    assert b"\\u" not in data
    loaded = read_scenario(path).scenario
    assert loaded.title == s.title
    assert loaded.cards[0].notes == "「自動車」は最優先。"
    assert loaded.party("JP").text == {"ja": {"name": "日本"}}
    assert loaded.package("pkg-july").name == "七月の合意案"


# -- edge values the writer must keep -------------------------------------------------------


def test_empty_required_text_round_trips():
    s = small_scenario()
    s.title = ""
    s.parties[2].name = ""
    s.cards[0].title = ""
    s.measures[0].quota = s.measures[4].quota
    s.measures[4].quota.unit = ""
    _, loaded = roundtrip(s)
    assert loaded.scenario == s


def test_set_but_empty_effect_scope_round_trips():
    s = small_scenario()
    s.issues[0].options[1].effects[0].scope = Scope()
    text, loaded = roundtrip(s)
    assert loaded.scenario == s
    assert dumps_scenario(loaded.scenario) == text


def test_flow_table_without_rows_keeps_its_year_and_unit():
    s = small_scenario()
    s.trade_flows = TradeFlows(year=2019, unit="JPY")
    _, loaded = roundtrip(s)
    assert loaded.scenario.trade_flows == TradeFlows(year=2019, unit="JPY")
    s.trade_flows = TradeFlows()
    text, loaded = roundtrip(s)
    assert "trade_flows" not in json.loads(text)
    assert loaded.scenario == s


def test_text_that_looks_like_the_writers_placeholder_is_kept():
    s = small_scenario()
    s.notes = "\x00rows\x00"
    s.description = '"rows": "\\u0000rows\\u0000"'
    _, loaded = roundtrip(s)
    assert loaded.scenario == s


@pytest.mark.parametrize(
    "value",
    [0.1 + 0.2, 1e-300, 5e-324, 1.7976931348623157e308, 2.0**53 + 2, 123456789.123456789, -0.0],
)
def test_floats_round_trip_exactly(value):
    s = small_scenario()
    s.cards[0].value_to_us = value
    s.trade_flows.value[0] = abs(value)
    _, loaded = roundtrip(s)
    assert loaded.scenario.cards[0].value_to_us == value
    assert loaded.scenario.trade_flows.value[0] == abs(value)


# -- what validation guarantees the writer --------------------------------------------------


def _non_finite_setters():
    def quota(s, v):
        s.measures[4].quota.volume = v

    def usd(s, v):
        s.issues[0].options[1].commitments[0].usd_per_year = v

    def amount(s, v):
        s.issues[0].options[1].commitments[0].amount = v

    def swiss(s, v):
        s.issues[0].options[2].effects[1].value = v

    def add_on(s, v):
        s.issues[1].options[2].effects[0].value = v

    def rate(s, v):
        s.measures[0].rate = v

    def suspension(s, v):
        s.measures[1].suspensions[0].rate = v

    def card(s, v):
        s.cards[0].cost_to_them = v

    def weight(s, v):
        s.preferences[0].issues["autos"].weight = v

    def score(s, v):
        s.preferences[0].issues["autos"].scores["keep"] = v

    def reservation(s, v):
        s.preferences[0].reservation.value = v

    def elasticity(s, v):
        s.elasticities[0].value = v

    def flow(s, v):
        s.trade_flows.value[2] = v

    def mfn(s, v):
        s.trade_flows.mfn_rate[2] = v

    fns = [quota, usd, amount, swiss, add_on, rate, suspension, card, weight, score]
    fns += [reservation, elasticity, flow, mfn]
    return fns


@pytest.mark.parametrize("setter", _non_finite_setters(), ids=lambda f: f.__name__)
@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan], ids=["inf", "-inf", "nan"])
def test_validation_refuses_every_non_finite_number(setter, value):
    """A scenario that validates can always be written: JSON has no NaN or Infinity."""
    s = small_scenario()
    setter(s, value)
    assert validate(s).errors, "a non-finite number passed validation"


@pytest.mark.parametrize(
    "change, path",
    [
        (lambda s: setattr(s.cards[0], "notes", "x" * (MAX_TEXT + 1)), "$.cards[0].notes"),
        (lambda s: setattr(s, "title", "bad \ud800 text"), "$.title"),
        (lambda s: setattr(s.parties[0], "id", "U S"), "$.parties[0].id"),
        (lambda s: setattr(s.parties[0], "id", "US\n"), "$.parties[0].id"),
        (lambda s: setattr(s, "id", "no spaces please"), "$.id"),
        (lambda s: setattr(s.issues[0].options[0], "id", "a/b"), "$.issues[0].options[0].id"),
    ],
    ids=["long-text", "surrogate", "space-in-id", "newline-in-id", "scenario-id", "option-id"],
)
def test_validation_refuses_what_the_reader_would_refuse(change, path):
    """Whatever passes validation can be saved and opened again."""
    s = small_scenario()
    change(s)
    assert path in {p.path for p in validate(s).errors}


# -- atomic writing -------------------------------------------------------------------------


def test_write_is_atomic_when_the_rename_fails(tmp_path, monkeypatch):
    path = tmp_path / "deal.scenario.json"
    write_scenario(small_scenario(), path)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(scenario_file.os, "replace", broken_replace)
    changed = small_scenario()
    changed.title = "A new title that must not half-replace the old file"
    with pytest.raises(OSError):
        write_scenario(changed, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["deal.scenario.json"]  # no temp file left
    assert read_scenario(path).scenario == small_scenario()


def test_write_is_atomic_when_writing_fails_midway(tmp_path, monkeypatch):
    path = tmp_path / "deal.scenario.json"
    write_scenario(small_scenario(), path)
    before = path.read_bytes()

    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(scenario_file.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        write_scenario(small_scenario(), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deal.scenario.json"]


def test_write_creates_a_new_file_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "new.scenario.json"
    write_scenario(small_scenario(), path)
    assert [p.name for p in tmp_path.iterdir()] == ["new.scenario.json"]
    assert path.read_text(encoding="utf-8") == dumps_scenario(small_scenario())


def test_write_accepts_a_string_path(tmp_path):
    path = os.path.join(tmp_path, "str.scenario.json")
    write_scenario(small_scenario(), path)
    assert read_scenario(path).scenario == small_scenario()


# -- versions -------------------------------------------------------------------------------


def test_version_1_file_migrates():
    loaded = read_scenario(FIXTURES / "v1" / "teaching-v1.scenario.json")
    assert loaded.migrated_from == 1
    s = loaded.scenario
    assert [m.rate for m in s.measures] == [pytest.approx(0.25), pytest.approx(0.24), 3.41]
    f = s.trade_flows
    assert f.year == 2023 and f.unit == "USD" and len(f) == 4
    assert f.row(0) == ("US", "JP", "8703", 55900000000, pytest.approx(0.025))
    assert f.mfn_rate[2] == pytest.approx(3.41)
    assert f.mfn_rate[3] == 0  # no mfn_rate_pct: duty-free
    us = s.preferences_of("US")
    assert {k: v.weight for k, v in us.issues.items()} == {"autos": 60, "rice": 40}
    assert us.issues["autos"].scores == {"keep": 100, "cut": 20}
    assert us.reservation.value == 35 and us.basis == "estimate"
    jp = s.preferences_of("JP")
    assert jp.issues["rice"].weight == 20 and jp.issues["rice"].scores == {}
    assert s.party("JP").text == {"ja": {"name": "日本"}}


def test_a_migrated_file_saves_as_the_current_version(tmp_path):
    old = read_scenario(FIXTURES / "v1" / "teaching-v1.scenario.json").scenario
    path = tmp_path / "teaching.scenario.json"
    write_scenario(old, path)
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == VERSION
    again = read_scenario(path)
    assert again.migrated_from is None
    assert again.scenario == old


def test_version_3_is_from_a_newer_negotiator():
    doc = scenario_to_document(small_scenario())
    doc["version"] = VERSION + 1
    with pytest.raises(ScenarioFileError) as err:
        parse_scenario_bytes(json.dumps(doc).encode())
    [problem] = err.value.problems
    assert problem.path == "$.version"
    assert "made by a newer version of Negotiator" in problem.message
    assert "Update Negotiator" in str(err.value)


# -- property: any valid scenario round-trips -----------------------------------------------


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_generated_scenarios_round_trip(s):
    assert validate(s).errors == []
    text = dumps_scenario(s)
    loaded = parse_scenario_text(text)
    assert loaded.scenario == s
    assert dumps_scenario(loaded.scenario) == text
    assert parse_scenario_bytes(text.encode("utf-8")).scenario == s


def test_written_file_is_shareable_and_keeps_mode(tmp_path):
    import os
    import stat

    from negotiator_gui.io.scenario_file import write_scenario

    p = tmp_path / "new.scenario.json"
    write_scenario(small_scenario(), p)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(p.stat().st_mode) == 0o666 & ~umask
    p.chmod(0o640)
    write_scenario(small_scenario(), p)
    assert stat.S_IMODE(p.stat().st_mode) == 0o640
