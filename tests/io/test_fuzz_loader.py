"""Fuzzing the loader: whatever the input, it either loads or raises ``ScenarioFileError``.

And whatever loads can be saved and loaded again unchanged: the reader never accepts something
the writer cannot write.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import small_document
from negotiator_gui.io.scenario_file import (
    Loaded,
    ScenarioFileError,
    load_document,
    parse_scenario_bytes,
    parse_scenario_text,
)
from negotiator_gui.io.scenario_writer import dumps_scenario

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

interesting = st.sampled_from(
    [
        "",
        "*",
        "US",
        "JP",
        "autos",
        "keep",
        "us-232-autos",
        "#us-mfn",
        "s232:autos",
        "2025-04-09",
        "2025-02-30",
        "8703",
        "87a3",
        "#1f77b4",
        "demand",
        "on_table",
        "add_measure",
        "日本",
        "\ud800",
        10**400,
        2**53 + 1,
        -1,
        0,
        1e308,
        1e-320,
    ]
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(),  # NaN and the infinities included
    st.text(max_size=12),
    interesting,
)
json_values = st.recursive(
    scalars,
    lambda kids: (
        st.lists(kids, max_size=5)
        | st.dictionaries(
            st.text(max_size=8) | interesting.filter(lambda x: isinstance(x, str)), kids
        )
    ),
    max_leaves=25,
)


def outcome(load, *args) -> Loaded | None:
    """Load; only ScenarioFileError may be raised. What loads must save and load back equal."""
    try:
        loaded = load(*args)
    except ScenarioFileError as err:
        assert err.problems, "an error without problems"
        assert all(p.path.startswith("$") for p in err.problems)
        str(err)  # the report can be made
        return None
    assert isinstance(loaded, Loaded)
    text = dumps_scenario(loaded.scenario)
    again = parse_scenario_text(text)
    assert again.scenario == loaded.scenario
    assert dumps_scenario(again.scenario) == text
    return loaded


# -- (a) arbitrary bytes --------------------------------------------------------------------

json_ish_bytes = st.lists(
    st.sampled_from(
        [
            b"{",
            b"}",
            b"[",
            b"]",
            b",",
            b":",
            b'"',
            b"\\",
            b"\\u",
            b"d800",
            b"NaN",
            b"-",
            b"1e999",
            b"0",
            b"true",
            b"null",
            b" ",
            b"\n",
            b"\xef\xbb\xbf",
            b"\xff",
            b"\xe6\x97",
            b'"format"',
            b'"negotiator-scenario"',
            b'"version"',
            b"2",
        ]
    ),
    max_size=40,
).map(b"".join)


@FUZZ
@given(st.binary(max_size=2000) | json_ish_bytes)
def test_arbitrary_bytes(data):
    outcome(parse_scenario_bytes, data)


@FUZZ
@given(st.binary(max_size=300))
def test_bytes_after_a_valid_header(tail):
    data = b'{"format": "negotiator-scenario", "version": 2, ' + tail
    outcome(parse_scenario_bytes, data)


@FUZZ
@given(st.integers(0, 4000), st.binary(max_size=20))
def test_a_valid_file_cut_or_corrupted_anywhere(cut, junk):
    data = json.dumps(small_document(), ensure_ascii=False).encode("utf-8")
    cut %= len(data)
    outcome(parse_scenario_bytes, data[:cut])
    outcome(parse_scenario_bytes, data[:cut] + junk + data[cut + len(junk) :])


# -- (b) arbitrary JSON values --------------------------------------------------------------


@pytest.mark.slow
@FUZZ
@given(json_values)
def test_arbitrary_json_values(value):
    outcome(load_document, value)
    outcome(parse_scenario_text, json.dumps(value))


@pytest.mark.slow
@FUZZ
@given(st.dictionaries(st.text(max_size=12) | st.sampled_from(list(small_document())), json_values))
def test_arbitrary_fields_under_a_valid_header(fields):
    doc = {**fields, "format": "negotiator-scenario", "version": 2}
    outcome(load_document, doc)
    outcome(parse_scenario_text, json.dumps(doc))
    doc["version"] = 1
    outcome(load_document, doc)


# -- (c) mutations of a valid document ------------------------------------------------------


def places(node: Any, path: tuple = ()) -> list[tuple]:
    """Every path into a JSON value (the root excluded)."""
    out = []
    if isinstance(node, dict):
        items = node.items()
    elif isinstance(node, list):
        items = enumerate(node)
    else:
        return out
    for key, child in items:
        out.append((*path, key))
        out.extend(places(child, (*path, key)))
    return out


def parent_of(doc: Any, path: tuple) -> Any:
    node = doc
    for key in path[:-1]:
        node = node[key]
    return node


@st.composite
def mutated_documents(draw) -> dict:
    doc = small_document()
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(places(doc)))
        parent = parent_of(doc, path)
        action = draw(st.sampled_from(["replace", "replace", "delete", "copy"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "copy":  # another part of the document, e.g. a duplicate entity
            other = draw(st.sampled_from(places(doc)))
            parent[path[-1]] = copy.deepcopy(parent_of(doc, other)[other[-1]])
        else:
            parent[path[-1]] = draw(json_values)
    return doc


@pytest.mark.slow
@FUZZ
@given(mutated_documents())
def test_mutated_documents(doc):
    outcome(load_document, doc)
    outcome(parse_scenario_text, json.dumps(doc, ensure_ascii=False))


@pytest.mark.slow
@FUZZ
@given(mutated_documents(), st.integers(1, 1))
def test_mutated_version_1_documents(doc, version):
    doc["version"] = version
    outcome(load_document, doc)


def test_the_unmutated_document_loads():
    assert outcome(load_document, small_document()) is not None
