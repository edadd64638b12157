"""The JSON Schema in resources/schema describes the files Negotiator reads and writes."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

from factories import small_document
from negotiator_gui.core import model
from negotiator_gui.core.validation import HS_RE, ID_RE
from negotiator_gui.io.scenario_file import ScenarioFileError, load_document, read_scenario
from negotiator_gui.io.scenario_writer import VERSION, scenario_to_document
from negotiator_gui.io.schema import schema, schema_text
from negotiator_gui.paths import shipped_scenarios
from scenario_strategies import scenarios

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(validator, doc) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(doc)]


def test_the_schema_is_a_valid_draft_2020_12_schema():
    s = schema()
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(s)
    assert jsonschema.validators.validator_for(s) is Draft202012Validator
    assert json.loads(schema_text()) == s
    assert s["properties"]["version"] == {
        "const": VERSION,
        "description": s["properties"]["version"]["description"],
    }


def test_the_schema_enums_match_the_model():
    defs = schema()["$defs"]
    pairs = [
        (defs["party"]["properties"]["role"], model.Role),
        (defs["authority"], model.Authority),
        (defs["measure"]["properties"]["mode"], model.MeasureMode),
        (defs["effect"]["properties"]["op"], model.EffectOp),
        (defs["commitment"]["properties"]["kind"], model.CommitmentKind),
        (defs["card"]["properties"]["kind"], model.CardKind),
        (defs["card"]["properties"]["status"], model.CardStatus),
        (defs["card"]["properties"]["priority"], model.Priority),
        (defs["elasticity"]["properties"]["kind"], model.ElasticityKind),
        (defs["preferences"]["properties"]["basis"], model.Basis),
    ]
    for node, cls in pairs:
        assert node["enum"] == [e.value for e in cls]
    assert defs["trade_flows"]["properties"]["columns"]["const"] == list(model.TradeFlows.COLUMNS)


def test_the_schema_patterns_match_the_reader():
    defs = schema()["$defs"]
    assert defs["id"]["pattern"] == ID_RE.pattern.replace("\\Z", "$")
    assert defs["hs"]["pattern"] == HS_RE.pattern.replace("\\Z", "$")


def test_the_schema_documents_rates():
    defs = schema()["$defs"]
    assert defs["rate"]["minimum"] == 0 and defs["rate"]["maximum"] == 10
    assert "ad valorem fraction: 0.25 is 25%" in defs["rate"]["description"]


def test_every_object_in_the_schema_refuses_unknown_fields():
    """The reader refuses unknown fields everywhere except in maps keyed by id."""

    def walk(node, path):
        if isinstance(node, dict):
            if "properties" in node and "type" in node:  # an object, not an if/then part
                assert node.get("additionalProperties") is False, path
            for k, v in node.items():
                walk(v, f"{path}/{k}")
        elif isinstance(node, list):
            for k, v in enumerate(node):
                walk(v, f"{path}/{k}")

    walk(schema(), "#")


def test_the_factory_scenario_validates(validator):
    assert schema_errors(validator, small_document()) == []


def test_the_corpus_base_file_and_the_v1_fixture_after_migration_validate(validator):
    doc = json.loads((FIXTURES / "minimal.scenario.json").read_text(encoding="utf-8"))
    assert schema_errors(validator, doc) == []
    old = read_scenario(FIXTURES / "v1" / "teaching-v1.scenario.json").scenario
    assert schema_errors(validator, scenario_to_document(old)) == []


@pytest.mark.parametrize(
    "path",
    shipped_scenarios() or [pytest.param(None, marks=pytest.mark.skip("no shipped scenarios yet"))],
    ids=lambda p: p.name if p else "none",
)
def test_shipped_scenarios_validate(validator, path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert schema_errors(validator, doc) == []
    read_scenario(path)  # and Negotiator reads it


#: Corpus files the schema must refuse too (the others are malformed JSON, or their problems are
#: references and duplicates, which a schema cannot see).
SCHEMA_REFUSES = {
    "wrong-format": "$.format",
    "missing-version": "$",
    "version-99": "$.version",
    "wrong-types": "$.measures[0].rate",
    "negative-rate": "$.measures[0].rate",
    "absurd-rate": "$.measures[1].rate",
    "negative-flow": "$.trade_flows.rows[1][3]",
    "unknown-enums": "$.cards[0].status",
    "unknown-fields": "$.measures[0]",
    "bad-ids-and-codes": "$.measures[0].id",
    "bad-values": "$.issues[0].options[1].effects[0].value",
    "top-level-list": "$",
}


@pytest.mark.parametrize("name", sorted(SCHEMA_REFUSES))
def test_corpus_files_fail_schema_validation(validator, name):
    doc = json.loads((FIXTURES / "bad" / f"{name}.scenario.json").read_text(encoding="utf-8"))
    errors = schema_errors(validator, doc)
    assert any(e.startswith(SCHEMA_REFUSES[name] + ":") for e in errors), errors


def test_non_finite_numbers_fail_schema_validation(validator):
    doc = json.loads((FIXTURES / "bad" / "non-finite.scenario.json").read_text(encoding="utf-8"))
    assert schema_errors(validator, doc)  # NaN and Infinity are not numbers a schema allows


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["parties"][0].update(colour="blue"),
        lambda d: d["measures"][0].update(rate=-0.1),
        lambda d: d["measures"][0].update(targets=[]),
        lambda d: d["measures"][1]["suspensions"][0].update(start="2025-02-30"),
        lambda d: d["measures"][1]["suspensions"][0].update(start=None),
        lambda d: d["issues"][0]["options"][1]["effects"][0].update(value=1.5),
        lambda d: d["issues"][0]["options"][1]["effects"][0].pop("measure"),
        lambda d: d["issues"][0].update(options=[]),
        lambda d: d["stacking_rules"][0].update(when=["s999"]),
        lambda d: d["trade_flows"]["rows"][0].append(1),
        lambda d: d["trade_flows"].update(columns=["importer"]),
        lambda d: d["offers"][0].update(round=0),
        lambda d: d["cards"][0].update(order=1.5),
        lambda d: d["preferences"][0]["issues"]["autos"]["scores"].update({"cut-half": 101}),
        lambda d: d.update(extra=1),
    ],
)
def test_the_schema_and_the_reader_agree_on_mistakes(validator, change):
    doc = small_document()
    change(doc)
    assert schema_errors(validator, doc)
    with pytest.raises(ScenarioFileError):
        load_document(copy.deepcopy(doc))


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(provenance=None, trade_flows=None),
        lambda d: d["measures"][0].update(scope=None, announced=None),
        lambda d: d["measures"][1]["suspensions"][0].update(rate=None, end=None),
        lambda d: d["preferences"][0].update(reservation=None),
        lambda d: d["cards"][0].update(order=3.0, issue="", option=""),
        lambda d: d["issues"][0]["options"][1]["effects"][0].update(scope={}),
    ],
)
def test_the_schema_and_the_reader_agree_on_what_is_allowed(validator, change):
    doc = small_document()
    change(doc)
    assert schema_errors(validator, doc) == []
    load_document(copy.deepcopy(doc))


@pytest.mark.slow
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_every_generated_scenario_validates_against_the_schema(s):
    doc = scenario_to_document(s)
    validator = Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert schema_errors(validator, doc) == []
