"""A corpus of bad scenario files: each is refused with ``ScenarioFileError`` naming every problem
by its JSON path, in words an official can act on, and never with any other exception.

The readable bad files are committed under ``fixtures/bad/``; each is ``fixtures/minimal.scenario
.json`` with a few deliberate mistakes. Files that are huge, binary or odd are made in the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from negotiator_gui.core.problems import MAX_PROBLEMS
from negotiator_gui.io.scenario_file import (
    ScenarioFileError,
    load_document,
    parse_scenario_bytes,
    parse_scenario_text,
    read_scenario,
)

FIXTURES = Path(__file__).parent / "fixtures"
BAD = FIXTURES / "bad"
MINIMAL = FIXTURES / "minimal.scenario.json"

#: file name -> every error expected, as (JSON path, a phrase of the message). The reported
#: errors must be exactly these: all of them (not only the first), and nothing that merely
#: follows from one of them.
CORPUS: dict[str, list[tuple[str, str]]] = {
    "truncated": [("$", "ends too early (truncated?)")],
    "malformed": [("$", "line 6, column 3: Expecting ',' delimiter")],
    "top-level-list": [("$", "expected a JSON object at the top")],
    "wrong-format": [("$.format", "is not a Negotiator scenario file")],
    "missing-version": [("$.version", "is missing")],
    "version-99": [("$.version", "made by a newer version of Negotiator")],
    "wrong-types": [
        ("$.as_of", "expected a date like 2025-04-09, got the number 20250409"),
        ("$.parties[0].name", "expected text, got the number 42"),
        ("$.issues[0].options", "expected a list, got an object"),
        ("$.cards[0].links", "expected a list, got the text 'c-us-1'"),
        ("$.measures[0].rate", "expected a number, got the text '0.25'"),
        ("$.elasticities[0].value", "expected a number, got true/false"),
        ("$.offers[0].round", "expected a whole number, got the text 'one'"),
        ("$.trade_flows.rows[1][3]", "expected a number, got the text '1000000000'"),
    ],
    "non-finite": [
        ("$.measures[0].rate", "NaN (not a finite number)"),
        ("$.measures[1].suspensions[0].rate", "Infinity (not a finite number)"),
        ("$.measures[2].quota.in_quota_rate", "-Infinity (not a finite number)"),
        ("$.trade_flows.rows[0][3]", "NaN is not allowed; numbers must be finite"),
        ("$.trade_flows.rows[1][4]", "Infinity is not allowed; numbers must be finite"),
        ("$.trade_flows.rows[2][3]", "-Infinity is not allowed; numbers must be finite"),
    ],
    "huge-number": [
        ("$.measures[1].rate", "too large"),
        ("$.trade_flows.rows[1][3]", "not finite"),
    ],
    "negative-rate": [("$.measures[0].rate", "rate -0.25 is negative")],
    "absurd-rate": [
        ("$.measures[1].rate", "rate 24 is 2400 %, above the 1000 % limit"),
        ("$.trade_flows.rows[1][4]", "mfn_rate 25 is above the 1000 % limit"),
    ],
    "negative-flow": [("$.trade_flows.rows[1][3]", "negative")],
    "duplicate-ids": [
        ("$.parties[3].id", "duplicate party id 'CN'"),
        ("$.issues[1].id", "duplicate issue id 'autos'"),
        ("$.issues[0].options[2].id", "duplicate option id 'cut'"),
        ("$.cards[2].id", "duplicate card id 'c-us-1'"),
        ("$.measures[3].id", "duplicate measure id 'm-jp'"),
    ],
    "dangling-references": [
        ("$.cards[1].issue", "unknown issue 'tariffs'"),
        ("$.cards[0].option", "unknown option 'halve'"),
        ("$.preferences[1].party", "unknown party 'KR'"),
        ("$.packages[0].choices.rice", "unknown issue 'rice'"),
        ("$.issues[0].options[1].effects[0].measure", "unknown measure 'm-autoz'"),
        ("$.stacking_rules[0].excludes[0]", "unknown measure 'm-jpn'"),
        ("$.trade_flows.rows[2][0]", "unknown party 'KR'"),
    ],
    "unknown-enums": [
        ("$.cards[0].status", "the text 'maybe' is not one of 'held_back', 'on_table'"),
        ("$.measures[0].authority", "the text 's999' is not one of 'mfn', 's232'"),
        ("$.issues[0].options[1].effects[0].op", "the text 'halve' is not one of"),
    ],
    "unknown-fields": [
        ("$.measures[0].rat", "unknown field"),
        ("$.measures[0].rate", "is missing"),
        ("$.parties[1].color", "unknown field"),
    ],
    "bad-ids-and-codes": [
        ("$.as_of", "'2025-13-01' is not a real date"),
        ("$.measures[0].id", "'m autos' is not a valid id"),
        ("$.measures[0].scope.include[0]", "'87a3' is not a valid HS prefix"),
        ("$.parties[0].colour", "colour must look like #1f77b4, not 'blue'"),
    ],
    "bad-values": [
        ("$.issues[0].options[1].effects[0].value", "a cut is a fraction from 0 to 1"),
        ("$.preferences[0].issues.autos.weight", "weight must be zero or more"),
        ("$.preferences[0].issues.autos.scores.keep", "score must be 0–100, not 150"),
        ("$.elasticities[0].value", "an elasticity is a positive number"),
        ("$.measures[1].suspensions[0].end", "before it starts"),
        ("$.offers[0].round", "round must be 1 or more, not 0"),
    ],
    "v1-bad-rate": [("$.measures[0].rate_pct", "(version 1 file) expected a percentage number")],
}


def refused(load, *args) -> ScenarioFileError:
    """The error a loader raises; any other exception fails the test with its traceback."""
    with pytest.raises(ScenarioFileError) as err:
        load(*args)
    return err.value


def assert_problems(err: ScenarioFileError, expected: list[tuple[str, str]]) -> None:
    errors = [p for p in err.problems if p.severity == "error"]
    got = {p.path: p.message for p in errors}
    assert sorted(got) == sorted(path for path, _ in expected), err.report()
    assert len(errors) == len(expected), err.report()  # one problem per place
    for path, phrase in expected:
        assert phrase in got[path], f"{path}: {got[path]!r} lacks {phrase!r}"
    report = str(err)
    for path, _ in expected:
        assert f": {path}: " in report


def test_the_corpus_base_file_is_valid():
    loaded = read_scenario(MINIMAL)
    assert loaded.warnings == []
    assert loaded.scenario.party("JP").text == {"ja": {"name": "日本"}}


def test_the_corpus_has_a_table_entry_for_every_file():
    assert sorted(p.name.removesuffix(".scenario.json") for p in BAD.iterdir()) == sorted(CORPUS)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_bad_file_is_refused_with_every_problem_named(name):
    path = BAD / f"{name}.scenario.json"
    err = refused(read_scenario, path)
    assert err.source == str(path)
    assert_problems(err, CORPUS[name])
    assert str(err).startswith(f"{path}: cannot be used (")


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_bad_content_is_refused_the_same_way_from_bytes_and_text(name):
    data = (BAD / f"{name}.scenario.json").read_bytes()
    assert_problems(refused(parse_scenario_bytes, data), CORPUS[name])
    assert_problems(refused(parse_scenario_text, data.decode("utf-8")), CORPUS[name])


# -- files made here: binary, huge or odd ---------------------------------------------------


def minimal_text() -> str:
    return MINIMAL.read_text(encoding="utf-8")


def minimal_doc() -> dict:
    return json.loads(minimal_text())


def test_non_utf8_bytes(tmp_path):
    data = minimal_text().encode("utf-8").replace("日本".encode(), "日本".encode("shift_jis"))
    path = tmp_path / "sjis.scenario.json"
    path.write_bytes(data)
    err = refused(read_scenario, path)
    assert_problems(err, [("$", "is not UTF-8 text: byte 0x93")])
    assert "(line 10)" in err.problems[0].message


def test_utf8_bom(tmp_path):
    path = tmp_path / "bom.scenario.json"
    path.write_bytes(b"\xef\xbb\xbf" + minimal_text().encode("utf-8"))
    assert_problems(refused(read_scenario, path), [("$", "byte-order mark (BOM)")])


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.scenario.json"
    with path.open("wb") as f:
        f.truncate(200 * 2**20)  # sparse: 200 MB long, nothing written
    err = refused(read_scenario, path)
    assert_problems(err, [("$", "file is 200 MB; scenario files are limited to 100 MB")])


def test_bytes_over_the_size_limit(monkeypatch):
    from negotiator_gui.io import scenario_file

    monkeypatch.setattr(scenario_file, "MAX_FILE_BYTES", 1000)
    err = refused(parse_scenario_bytes, b" " * 1001)
    assert_problems(err, [("$", "is larger than")])


def test_a_file_that_grows_past_its_size_is_still_capped(tmp_path, monkeypatch):
    """The limit holds for what is read, not only for what stat() said (pipes, devices)."""
    from negotiator_gui.io import scenario_file

    path = tmp_path / "big.scenario.json"
    path.write_bytes(b"{" + b" " * 5000 + b"}")
    monkeypatch.setattr(scenario_file, "MAX_FILE_BYTES", 100)
    real_stat = Path.stat

    def small_stat(self, *args, **kwargs):
        st = real_stat(self, *args, **kwargs)

        class Fake:
            st_size = 10
            st_mode = st.st_mode

        return Fake()

    monkeypatch.setattr(Path, "stat", small_stat)
    assert_problems(refused(read_scenario, path), [("$", "larger than")])


@pytest.mark.parametrize("junk", ["[" * 100_000, '{"a":' * 100_000, "[" * 50_000 + "]" * 50_000])
def test_deeply_nested_junk(junk):
    assert_problems(refused(parse_scenario_text, junk), [("$", "nested too deeply")])
    assert_problems(refused(parse_scenario_bytes, junk.encode()), [("$", "nested too deeply")])


def test_deep_nesting_inside_a_valid_document():
    text = minimal_text().replace('"id": "minimal",', '"notes": ' + "[" * 100_000 + ",", 1)
    assert_problems(refused(parse_scenario_text, text), [("$", "nested too deeply")])


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"], ids=["empty", "blank"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.scenario.json"
    path.write_bytes(content)
    assert_problems(refused(read_scenario, path), [("$", "is empty")])


def test_a_directory_instead_of_a_file(tmp_path):
    path = tmp_path / "folder.scenario.json"
    path.mkdir()
    assert_problems(refused(read_scenario, path), [("$", "is a folder, not a scenario file")])


def test_a_missing_file(tmp_path):
    assert_problems(
        refused(read_scenario, tmp_path / "nowhere.scenario.json"), [("$", "no such file")]
    )


def test_a_path_with_a_nul_character():
    assert_problems(refused(read_scenario, "bad\x00name.scenario.json"), [("$", "cannot be read")])


def test_a_number_too_long_to_convert():
    text = minimal_text().replace('"rate": 0.25,', '"rate": ' + "9" * 5000 + ",")
    assert_problems(refused(parse_scenario_text, text), [("$", "a number is far too long")])


@pytest.mark.parametrize("digits", [400, 310])
def test_a_whole_number_too_large_for_a_float(digits):
    big = "9" * digits
    text = minimal_text().replace('"rate": 0.25,', f'"rate": {big},')
    text = text.replace(
        '["US", "CN", "8703", 1000000000, 0.025]', f'["US", "CN", "8703", {big}, 0]'
    )
    err = refused(parse_scenario_text, text)
    assert_problems(
        err,
        [
            ("$.measures[0].rate", "too large"),
            ("$.trade_flows.rows[1][3]", "too large"),
        ],
    )


def test_big_whole_numbers_that_fit_a_float_are_read():
    text = minimal_text().replace(
        '["US", "CN", "8703", 1000000000, 0.025]', f'["US", "CN", "8703", {10**20}, 0.025]'
    )
    assert parse_scenario_text(text).scenario.trade_flows.value[1] == 1e20


def test_unpaired_surrogate_escapes_are_refused():
    text = minimal_text().replace('"title": "Minimal US–Japan scenario"', r'"title": "bad \ud800"')
    text = text.replace('"name": "日本"', r'"name": "\udc00\ud800"')
    err = refused(parse_scenario_text, text)
    assert_problems(
        err,
        [("$.title", "invalid character"), ("$.parties[1].text.ja.name", "invalid character")],
    )


def test_a_paired_surrogate_escape_is_an_ordinary_character():
    text = minimal_text().replace('"Minimal US–Japan scenario"', r'"\ud83c\uddef\ud83c\uddf5"')
    assert parse_scenario_text(text).scenario.title == "🇯🇵"


def test_text_over_the_length_limit():
    doc = minimal_doc()
    doc["cards"][0]["notes"] = "x" * 100_001
    assert_problems(refused(load_document, doc), [("$.cards[0].notes", "the limit is 100,000")])


def test_null_for_a_required_date():
    doc = minimal_doc()
    doc["as_of"] = None
    doc["measures"][1]["suspensions"][0]["start"] = None
    assert_problems(
        refused(load_document, doc),
        [
            ("$.as_of", "expected a date like 2025-04-09, got null"),
            ("$.measures[1].suspensions[0].start", "got null"),
        ],
    )


def test_an_id_with_a_trailing_line_break():
    doc = minimal_doc()
    doc["parties"][0]["id"] = "US\n"
    assert_problems(refused(load_document, doc), [("$.parties[0].id", "is not a valid id")])


def test_non_ascii_digits_are_not_hs_codes_or_dates():
    doc = minimal_doc()
    doc["trade_flows"]["rows"][0][2] = "８７０３"  # full-width digits
    doc["as_of"] = "２０２５-04-09"
    assert_problems(
        refused(load_document, doc),
        [
            ("$.trade_flows.rows[0][2]", "HS code must be 2–10 digits"),
            ("$.as_of", "expected a date like 2025-04-09"),
        ],
    )


def test_several_kinds_of_problem_in_one_file_are_all_reported():
    """A reading error elsewhere does not hide a dangling reference."""
    doc = minimal_doc()
    doc["measures"][0]["rat"] = doc["measures"][0].pop("rate")
    doc["cards"][1]["party"] = "KR"
    doc["offers"][0]["party"] = "EU"
    doc["trade_flows"]["rows"][0][3] = "lots"
    doc["parties"][2]["role"] = "observer"
    assert_problems(
        refused(load_document, doc),
        [
            ("$.measures[0].rat", "unknown field"),
            ("$.measures[0].rate", "is missing"),
            ("$.cards[1].party", "unknown party 'KR'"),
            ("$.offers[0].party", "unknown party 'EU'"),
            ("$.trade_flows.rows[0][3]", "expected a number"),
            ("$.parties[2].role", "is not one of 'negotiator', 'third'"),
        ],
    )


def test_a_lost_party_does_not_make_every_reference_to_it_an_error():
    doc = minimal_doc()
    doc["parties"][0]["id"] = "U S"  # the party cannot be read, so "US" is unknown below
    assert_problems(refused(load_document, doc), [("$.parties[0].id", "is not a valid id")])


def test_a_lost_issue_does_not_make_every_reference_to_it_an_error():
    doc = minimal_doc()
    doc["issues"][0] = "autos"
    assert_problems(refused(load_document, doc), [("$.issues[0]", "expected an object")])


def test_ids_in_map_keys_are_checked_and_quoted_in_paths():
    doc = minimal_doc()
    doc["packages"][0]["choices"] = {"autos": "cut", "no such issue": "x", "rice-2": "y"}
    assert_problems(
        refused(load_document, doc),
        [
            ("$.packages[0].choices['no such issue']", "is not a valid id"),
            ("$.packages[0].choices['rice-2']", "unknown issue 'rice-2'"),
        ],
    )


def test_a_version_1_file_with_junk_in_place_of_lists():
    doc = minimal_doc()
    doc["version"] = 1
    doc["measures"] = 5
    doc["preferences"] = "none"
    assert_problems(
        refused(load_document, doc),
        [
            ("$.measures", "expected a list, got the number 5"),
            ("$.preferences", "expected a list, got the text 'none'"),
        ],
    )


@pytest.mark.parametrize(
    "version, phrase",
    [("2", "not the text '2'"), (2.5, "not the number 2.5"), (True, "true/false"), (0, "0")],
)
def test_bad_versions(version, phrase):
    doc = minimal_doc()
    doc["version"] = version
    err = refused(load_document, doc)
    assert_problems(err, [("$.version", phrase)])
    assert "whole number 1 or more" in err.problems[0].message


# -- the cap on reported problems -----------------------------------------------------------


def test_a_thousand_bad_rows_are_capped():
    doc = minimal_doc()
    doc["trade_flows"]["rows"] = [["US", "JP", f"{k:06d}", "lots", 0.1] for k in range(1000)]
    err = refused(load_document, doc)
    assert len(err.problems) <= MAX_PROBLEMS
    assert err.problems[0].path == "$.trade_flows.rows[0][3]"
    assert err.problems[-1].path == f"$.trade_flows.rows[{MAX_PROBLEMS - 1}][3]"
    assert "more problems not shown" in str(err)
    assert "cannot be used (more than 100 problems)" in str(err)


def test_a_thousand_bad_entities_are_capped():
    doc = minimal_doc()
    doc["cards"] = [{"id": f"c{k}", "party": "JP", "kind": "maybe"} for k in range(1000)]
    err = refused(load_document, doc)
    assert len(err.problems) <= MAX_PROBLEMS
    assert "more problems not shown" in str(err)


def test_a_thousand_meaning_errors_are_capped():
    doc = minimal_doc()
    doc["cards"] = [
        {"id": f"c{k}", "party": "KR", "kind": "demand", "title": "t"} for k in range(1000)
    ]
    err = refused(load_document, doc)
    assert len(err.problems) <= MAX_PROBLEMS
    assert err.dropped >= 900
    assert f"... and {err.dropped} more problems not shown" in str(err)


def test_a_thousand_bad_flow_values_are_summarised():
    doc = minimal_doc()
    doc["trade_flows"]["rows"] = [["US", "JP", f"{k:06d}", -1, 0.1] for k in range(1000)]
    err = refused(load_document, doc)
    assert len(err.problems) == 11
    assert err.problems[-1].path == "$.trade_flows.rows"
    assert "990 more rows with a bad value" in err.problems[-1].message


def test_exactly_the_cap_is_not_called_more():
    """100 problems found by a full pass are all shown, with no claim of more."""
    doc = minimal_doc()
    doc["cards"] = [
        {"id": f"c{k}", "party": "KR", "kind": "demand", "title": "t"} for k in range(100)
    ]
    err = refused(load_document, doc)
    assert len(err.problems) == 100
    assert "not shown" not in str(err)
