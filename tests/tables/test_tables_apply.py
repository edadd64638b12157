"""Applying an import: replace or merge, as a pure function of the scenario and the flows."""

from __future__ import annotations

import copy

import pytest

from negotiator_gui.core.model import TradeFlows
from negotiator_gui.io.tables import TableError, apply_counts, apply_import, nested_codes


def flows(rows, year=2024, unit="USD", source="t.csv (Negotiator), imported") -> TradeFlows:
    f = TradeFlows(year=year, unit=unit, source=source)
    for imp, exp, prod, value, rate in rows:
        f.importer.append(imp)
        f.exporter.append(exp)
        f.product.append(prod)
        f.value.append(value)
        f.mfn_rate.append(rate)
    return f


NEW = flows([("US", "JP", "8703", 1.0, 0.1), ("US", "JP", "9999", 2.0, 0.2)])


def test_merge_updates_matching_keys_and_adds_the_rest(scenario):
    before = copy.deepcopy(scenario)
    out = apply_import(scenario, NEW, "merge")
    assert scenario == before  # pure
    old = scenario.trade_flows
    assert len(out) == len(old) + 1
    i = out.index_of("US", "JP", "8703")
    assert (out.value[i], out.mfn_rate[i]) == (1.0, 0.1)
    assert out.row(len(out) - 1) == ("US", "JP", "9999", 2.0, 0.2)
    j = out.index_of("JP", "US", "1006")
    assert out.row(j) == old.row(old.index_of("JP", "US", "1006"))
    assert out.source == "UN Comtrade (illustrative); t.csv (Negotiator), imported"
    assert str(apply_counts(scenario, NEW, "merge")) == (
        "1 flows updated, 1 added, 6 existing flows kept as they are"
    )


def test_merge_without_rates_keeps_existing_rates(scenario):
    out = apply_import(scenario, NEW, "merge", rates_known=False)
    i = out.index_of("US", "JP", "8703")
    assert (out.value[i], out.mfn_rate[i]) == (1.0, 0.025)
    assert out.mfn_rate[-1] == 0.2


def test_replace(scenario):
    out = apply_import(scenario, flows([("US", "JP", "8703", 1.0, 0.1)], 2023, "JPY"), "replace")
    assert (out.year, out.unit, len(out)) == (2023, "JPY", 1)
    assert apply_counts(scenario, NEW, "replace").removed == 7


def test_merge_refuses_another_unit_or_year(scenario):
    with pytest.raises(TableError, match=r"'USD' and the table in 'JPY'.*--replace"):
        apply_import(scenario, flows([], unit="JPY"), "merge")
    with pytest.raises(TableError, match="for 2024 and the table for 2023"):
        apply_import(scenario, flows([], year=2023), "merge")
    scenario.trade_flows = TradeFlows(year=2020, unit="EUR")
    out = apply_import(scenario, flows([("US", "JP", "87", 1.0, 0.0)], 2023, "JPY"), "merge")
    assert (out.year, out.unit) == (2023, "JPY")  # an empty table takes the import's
    with pytest.raises(ValueError):
        apply_import(scenario, NEW, "upsert")


def test_nested_codes():
    f = flows(
        [
            ("US", "JP", "87", 1, 0),
            ("US", "JP", "8703", 1, 0),
            ("US", "CN", "870323", 1, 0),
            ("US", "JP", "870323", 1, 0),
        ]
    )
    assert nested_codes(f) == {("US", "JP", "8703"): "87", ("US", "JP", "870323"): "87"}
