"""``app.usecases.trade_import``: a table read and applied the way both the CLI and the window do
it. The numbers are checked against the table's own cells (read back here with ``csv``), and a
refused import leaves the scenario exactly as it was."""

from __future__ import annotations

import copy
import csv
from pathlib import Path

import pytest

from negotiator_gui.app.usecases.trade_import import (
    InvalidAfterImport,
    NothingToImport,
    TableError,
    apply_table,
    read_trade_table,
    reading_view,
    table_columns,
)

HEADER = ["importer", "exporter", "product", "value", "mfn_rate"]
ROWS = [
    ["US", "JP", "870323", "1234.5", "0.025"],
    ["US", "JP", "8708", "7000000", "0.1"],  # the scenario has this flow: updated by a merge
    ["JP", "US", "020130", "500.25", "0.385"],
    ["JP", "CN", "1006", "99", "3.41"],
]


def write_table(folder: Path, rows=ROWS, *, delimiter: str = ";", title: bool = True) -> Path:
    """A semicolon-separated table with a title line above the header (as exports often have:
    ``csv.Sniffer`` takes such files for comma-separated)."""
    path = folder / "flows.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        if title:
            fh.write("Trade flows, 2024, in USD\n")
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(HEADER)
        w.writerows(rows)
    return path


def cells(path: Path) -> dict[tuple[str, str, str], tuple[float, float]]:
    """The table's rows, read independently of the import: key -> (value, rate)."""
    with path.open(newline="", encoding="utf-8") as fh:
        lines = fh.read().splitlines()[1:]  # the title line
    rows = list(csv.DictReader(lines, delimiter=";"))
    return {
        (r["importer"], r["exporter"], r["product"]): (float(r["value"]), float(r["mfn_rate"]))
        for r in rows
    }


def as_dict(flows) -> dict[tuple[str, str, str], tuple[float, float]]:
    return {
        (imp, exp, prod): (value, rate)
        for imp, exp, prod, value, rate in (flows.row(i) for i in range(len(flows)))
    }


def test_replace_gives_exactly_the_tables_cells(scenario, tmp_path):
    path = write_table(tmp_path)
    before = copy.deepcopy(scenario)
    report = read_trade_table(path, reading_view(scenario))
    assert report.rows_accepted == len(ROWS) and report.delimiter == ";"
    result = apply_table(scenario, report, "replace", path.name)
    assert as_dict(result.flows) == cells(path)
    assert result.scenario.trade_flows is result.flows
    assert scenario == before  # the scenario given is never changed


def test_merge_updates_adds_and_keeps(scenario, tmp_path):
    path = write_table(tmp_path)
    old = as_dict(scenario.trade_flows)
    expected = {**old, **cells(path)}  # the table wins for its keys, the rest is kept
    result = apply_table(scenario, read_trade_table(path, scenario), "merge")
    assert as_dict(result.flows) == expected
    counts = result.counts()
    updated = len(old.keys() & cells(path).keys())
    assert (counts.updated, counts.added) == (updated, len(ROWS) - updated)
    assert counts.kept == len(old) - updated and counts.removed == 0


def test_columns_are_split_and_decoded_as_the_import_reads_them(tmp_path):
    path = write_table(tmp_path)
    assert table_columns(path, None) == HEADER
    # a Shift_JIS table whose headers no layout knows: the import cannot read it as it stands,
    # but its columns are offered, decoded as the import decodes the file
    jp = tmp_path / "jp.csv"
    jp.write_bytes("輸入国,輸出国,品目,金額\nUS,JP,8703,5\n".encode("cp932"))
    assert table_columns(jp, None) == ["輸入国", "輸出国", "品目", "金額"]


def test_a_merge_of_another_year_leaves_the_scenario_unchanged(scenario, tmp_path):
    before = copy.deepcopy(scenario)
    path = tmp_path / "y.csv"
    path.write_text("importer,exporter,product,value,year\nUS,JP,870323,5,2019\n", "utf-8")
    report = read_trade_table(path, scenario)
    with pytest.raises(TableError, match="2019"):
        apply_table(scenario, report, "merge")
    assert scenario == before


def test_nothing_accepted_is_refused(scenario, tmp_path):
    before = copy.deepcopy(scenario)
    path = write_table(tmp_path, [["US", "JP", "8703", "not a number", "0.1"]])
    report = read_trade_table(path, scenario)
    with pytest.raises(NothingToImport, match=r"flows\.csv"):
        apply_table(scenario, report, "replace", path.name)
    assert scenario == before


def test_an_import_that_would_make_the_scenario_invalid_is_refused(scenario, tmp_path):
    broken = copy.deepcopy(scenario)
    broken.issues[1].id = broken.issues[0].id  # stands for any rule the result would break
    before = copy.deepcopy(broken)
    report = read_trade_table(write_table(tmp_path), broken)
    with pytest.raises(InvalidAfterImport) as caught:
        apply_table(broken, report, "merge")
    assert any("duplicate issue id" in str(p) for p in caught.value.problems)
    assert "not be valid after the import" in str(caught.value)
    assert broken == before


def test_cancel_stops_before_reading(scenario, tmp_path):
    class Stop(Exception):
        pass

    def cancel() -> None:
        raise Stop

    with pytest.raises(Stop):
        read_trade_table(write_table(tmp_path), scenario, cancel=cancel)
