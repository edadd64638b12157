"""The flow table's fast paths against the ordinary paths they stand in for: reading the rows
as one flat list (``io.flow_rows``), formatting them row by row (``scenario_writer``), and the
packed-key duplicate check of ``validate``. Each must give exactly what the ordinary path gives,
the same scenario or the same report of problems, for any table, odd cells included."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import small_scenario
from negotiator_gui.core.model import TradeFlows
from negotiator_gui.core.validation import _hs_digits, _keys_unique, validate
from negotiator_gui.io import scenario_writer
from negotiator_gui.io.flow_rows import read_flow_rows, split_flow_rows
from negotiator_gui.io.scenario_file import (
    ScenarioFileError,
    _parse_json,
    load_document,
    parse_scenario_text,
)
from negotiator_gui.io.scenario_writer import dumps_scenario

PARTIES = [p.id for p in small_scenario().parties]
#: Cells the fast paths must hand over to the ordinary ones (or treat exactly like them).
ODD_NAMES = ["XX", 'q"uote', "back\\slash", "日本", "bell\x07", "],\n      [", ", null, ", ""]
ODD_CODES = ["01", "1", "0101", "12a", "１２", "", "12345678901", "1" * 10, " 12"]
ODD_NUMBERS = [
    0,
    0.0,
    -0.0,
    1,
    1.0,
    -1.5,
    2**53,
    2**53 + 1,
    10**30,
    1e308,
    5e-324,
    math.nan,
    math.inf,
    True,
    10.5,
]

names = st.one_of(st.sampled_from(PARTIES), st.sampled_from(ODD_NAMES))
codes = st.one_of(st.text("0123", min_size=2, max_size=4), st.sampled_from(ODD_CODES))
numbers = st.one_of(
    st.floats(min_value=0, max_value=1e15),
    st.sampled_from([0, 0.025, 0.1, 0.27]),
    st.integers(0, 10**6),
    st.sampled_from(ODD_NUMBERS),
)


@st.composite
def tables(draw, odd: bool = True) -> TradeFlows:
    """A flow table; with ``odd`` any cell may be one the reader or validation refuses."""
    rows = draw(
        st.lists(
            st.tuples(
                names if odd else st.sampled_from(PARTIES),
                names if odd else st.sampled_from(PARTIES),
                codes if odd else st.text("0123", min_size=2, max_size=4),
                numbers if odd else st.floats(min_value=0, max_value=1e15),
                numbers if odd else st.sampled_from([0.0, 0.025, 0.1]),
            ),
            max_size=12,
            unique_by=None if odd else (lambda r: r[:3]),
        )
    )
    f = TradeFlows(year=2024, unit="USD")
    for imp, exp, prod, value, rate in rows:
        f.importer.append(imp)
        f.exporter.append(exp)
        f.product.append(prod)
        f.value.append(value)
        f.mfn_rate.append(rate)
    return f


def _with(table: TradeFlows):
    s = small_scenario()
    s.trade_flows = table
    return s


def _ordinary(text: str):
    """What the reader gives without its fast path: the whole text through ``json.loads``."""
    try:
        return load_document(_parse_json(text, "doc"), "doc")
    except ScenarioFileError as exc:
        return exc


def _fast(text: str):
    try:
        return parse_scenario_text(text, "doc")
    except ScenarioFileError as exc:
        return exc


def _same(a, b) -> None:
    assert type(a) is type(b)
    if isinstance(a, ScenarioFileError):
        assert a.report() == b.report()
    else:
        assert a.scenario == b.scenario
        assert a.warnings == b.warnings


def _ordinary_text(s) -> str:
    """The writer's text without its row-by-row formatting (every row through the encoder)."""
    original = scenario_writer._plain_rows
    scenario_writer._plain_rows = lambda f, inner: None
    try:
        return dumps_scenario(s)
    finally:
        scenario_writer._plain_rows = original


_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(tables())
def test_the_writer_formats_rows_exactly_like_the_encoder(table):
    s = _with(table)
    assert dumps_scenario(s) == _ordinary_text(s)


@pytest.mark.parametrize(
    "column",
    [
        [1, 1.0] * 4,  # equal, written differently
        [0.0, -0.0] * 4,
        [-0.0] + [0.0] * 7,
        [0.1] * 7 + [True],
        [0.25] * 7 + [math.nan],
        [2] * 7 + [10**30],
        [0.5] * 8,
        [3] * 8,
    ],
)
def test_repeated_numbers_are_written_like_the_encoder_writes_them(column):
    f = TradeFlows()
    for k, v in enumerate(column):
        f.importer.append("US")
        f.exporter.append("JP")
        f.product.append(f"{k:02d}")
        f.value.append(v)
        f.mfn_rate.append(v)
    s = _with(f)
    assert dumps_scenario(s) == _ordinary_text(s)
    rows = json.loads(dumps_scenario(s))["trade_flows"]["rows"] if math.nan not in column else []
    for row, v in zip(rows, column, strict=False):
        assert json.dumps(row[3]) == json.dumps(v)  # 1 stays 1, 1.0 stays 1.0, -0.0 stays


@_SETTINGS
@given(tables())
def test_the_reader_gives_what_the_ordinary_reader_gives(table):
    text = dumps_scenario(_with(table))
    _same(_fast(text), _ordinary(text))


@_SETTINGS
@given(tables(odd=False))
def test_a_table_in_the_writers_layout_takes_the_fast_path(table):
    text = dumps_scenario(_with(table))
    split = split_flow_rows(text)
    if not len(table):
        assert split is None  # no rows: nothing to gain
        return
    assert split is not None
    head, token, rows = split
    assert json.loads(head)["trade_flows"]["rows"] == token
    columns = read_flow_rows(rows)
    assert columns is not None
    # against the rows as json.loads reads them, transposed by hand
    parsed = json.loads(rows)
    assert [list(c) for c in columns] == [[r[k] for r in parsed] for k in range(5)]
    # and the whole scenario is the one written
    loaded = parse_scenario_text(text).scenario
    assert loaded == _with(table)


@_SETTINGS
@given(tables(), st.data())
def test_an_edited_row_is_read_like_the_ordinary_reader_reads_it(table, data):
    """Hand edits of the rows in the writer's layout: a cell replaced by anything JSON, a row
    cut short or made longer, a row doubled."""
    text = dumps_scenario(_with(table))
    lines = text.split("\n")
    rows = [k for k, line in enumerate(lines) if line.startswith("      [")]
    if not rows:
        return
    k = data.draw(st.sampled_from(rows))
    cells = json.loads(lines[k].strip().rstrip(","))
    edit = data.draw(st.sampled_from(["cell", "short", "long", "double", "null"]))
    if edit == "cell":
        j = data.draw(st.integers(0, 4))
        cells[j] = data.draw(
            st.one_of(st.none(), st.booleans(), st.just([1]), st.just({}), names, numbers)
        )
    elif edit == "short":
        cells = cells[:4]
    elif edit == "long":
        cells = [*cells, 1]
    elif edit == "null":
        cells = [*cells[:4], None, *cells[4:]]
    comma = "," if lines[k].endswith(",") else ""
    lines[k] = "      " + json.dumps(cells, ensure_ascii=False) + comma
    if edit == "double":
        lines.insert(k, lines[k].rstrip(",") + ",")
    edited = "\n".join(lines)
    _same(_fast(edited), _ordinary(edited))


@pytest.mark.parametrize(
    "rows",
    [
        '[\n      ["US", "JP", "01", NaN, 0]\n    ]',
        '[\n      ["US", "JP", "01", 1, 0],\n      ["US", "JP", "01", 1, 0]\n    ]',
        '[\n      ["US", "JP", "01", 1, 0, null,\n      "US", "JP", "02", 1, 0]\n    ]',
        '[\n      ["US", "JP", "01", 1, 0, "US"],\n      ["JP", "02", 1, 0]\n    ]',
        '[\n      ["US", "JP", "01", 1],\n      [0]\n    ]',
        '[\n      ["US", "JP", "01", 1, 0],\n      ["US", "JP", "0\\u0031", 1, -0.0]\n    ]',
        '[\n      ["US", "JP", "01", 1e400, 0]\n    ]',
        '[\n      ["US", "JP", "01", 9007199254740993, 0]\n    ]',
    ],
)
def test_rows_the_fast_path_must_not_take_are_read_as_before(rows):
    """NaN, duplicates, nulls that look like the fast path's own, rows of 6 and 4 cells that add
    up to two rows of 5, huge numbers: refused or read exactly like the ordinary reader."""
    text = dumps_scenario(_with(TradeFlows()))
    table = '  "trade_flows": {\n    "year": 2024,\n    "unit": "USD",\n'
    table += '    "columns": ["importer", "exporter", "product", "value", "mfn_rate"],\n'
    table += '    "rows": ' + rows + "\n  },\n"
    text = text.replace('  "elasticities"', table + '  "elasticities"', 1)
    assert '"trade_flows"' in text
    _same(_fast(text), _ordinary(text))


def test_duplicates_are_still_refused_with_their_place():
    f = TradeFlows()
    for imp, exp, prod in [
        ("US", "JP", "01"),
        ("US", "JP", "1" + "0"),
        ("US", "JP", "010"),
        ("JP", "US", "01"),
        ("US", "JP", "01"),
    ]:
        f.importer.append(imp)
        f.exporter.append(exp)
        f.product.append(prod)
        f.value.append(1.0)
        f.mfn_rate.append(0.0)
    text = dumps_scenario(_with(f))
    with pytest.raises(ScenarioFileError) as err:
        parse_scenario_text(text, "doc")
    assert [(p.path, p.message) for p in err.value.problems] == [
        ("$.trade_flows.rows[4]", "duplicate flow US/JP/01")
    ]


def test_codes_that_differ_only_by_zeros_are_different_keys():
    f = TradeFlows()
    for prod in ["01", "010", "0100", "10", "100", "0010", "00", "000"]:
        f.importer.append("US")
        f.exporter.append("JP")
        f.product.append(prod)
    assert _keys_unique(f, _hs_digits(f.product))
    f.importer.append("US")
    f.exporter.append("JP")
    f.product.append("010")
    assert not _keys_unique(f, _hs_digits(f.product))


@settings(max_examples=500, deadline=None)
@given(tables())
def test_the_packed_key_check_agrees_with_a_set_of_keys(table):
    keys = list(zip(table.importer, table.exporter, table.product, strict=True))
    hashable = all(isinstance(k, str) for key in keys for k in key)
    if not hashable or not keys:
        return
    digits = _hs_digits(table.product)
    assert (digits is not None) == all(
        c.isascii() and c.isdigit() and 2 <= len(c) <= 10 for c in table.product
    )
    assert _keys_unique(table, digits) == (len(set(keys)) == len(keys))


@_SETTINGS
@given(tables())
def test_validation_reports_what_a_row_by_row_check_reports(table):
    """Duplicates and bad codes, against a plain loop written here."""
    s = _with(table)
    found = {p.path for p in validate(s).errors if p.path.startswith("$.trade_flows.rows[")}
    seen: set = set()
    for k, key in enumerate(zip(table.importer, table.exporter, table.product, strict=True)):
        if key in seen:
            assert f"$.trade_flows.rows[{k}]" in found
        seen.add(key)
        code = key[2]
        if not (code.isascii() and code.isdigit() and 2 <= len(code) <= 10):
            assert f"$.trade_flows.rows[{k}][2]" in found
