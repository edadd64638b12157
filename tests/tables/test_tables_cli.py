"""``negotiator import-trade`` end to end on scenario files: the report, the confirmation, and
that a file is changed only by an accepted import."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from negotiator_gui.cli import main
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import scenario_path

COMTRADE_HEAD = ["refYear", "reporterISO", "flowCode", "partnerISO", "cmdCode", "primaryValue"]


@pytest.fixture
def comtrade(tables) -> Path:
    return tables.csv(
        "comtrade.csv",
        [
            COMTRADE_HEAD,
            ["2024", "USA", "M", "JPN", "870323", "1000"],
            ["2024", "USA", "M", "JPN", "8708", "12000000000"],  # in the scenario already
            ["2024", "USA", "M", "CHN", "020110", "abc"],  # row 4: rejected
            ["2024", "USA", "M", "DEU", "870323", "5"],  # not a party of the scenario
        ],
    )


class Terminal(io.StringIO):
    """A stdin that is a terminal, with the user's answer typed in."""

    def isatty(self) -> bool:
        return True


def test_needs_yes_without_a_terminal(comtrade, scenario_file, capsys):
    before = scenario_file.read_bytes()
    assert main(["import-trade", str(comtrade), "--into", str(scenario_file)]) == 2
    out, err = capsys.readouterr()
    assert "UN Comtrade" in out and "row 4, column 'primaryValue'" in out
    assert "Add --yes to import" in err and "2 rejected or unmatched rows" in err
    assert scenario_file.read_bytes() == before


def test_yes_imports_the_accepted_rows(comtrade, scenario_file, capsys):
    assert main(["import-trade", str(comtrade), "--into", str(scenario_file), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "merge: 1 flows updated, 1 added, 6 existing flows kept as they are" in out
    assert "imported 2 rows as 2 flows; 2 rows left out" in out
    f = read_scenario(scenario_file).scenario.trade_flows
    assert len(f) == 8
    assert f.row(f.index_of("US", "JP", "870323")) == ("US", "JP", "870323", 1000.0, 0.0)
    i = f.index_of("US", "JP", "8708")
    assert (f.value[i], f.mfn_rate[i]) == (12e9, 0.025)  # no rate column: the rate is kept
    assert "comtrade.csv (UN Comtrade), imported" in f.source


def test_prompt_on_a_terminal(comtrade, scenario_file, capsys, monkeypatch):
    before = scenario_file.read_bytes()
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert main(["import-trade", str(comtrade), "--into", str(scenario_file)]) == 0
    out = capsys.readouterr().out
    assert (
        f"Import 2 rows into {scenario_file} (2 rejected or unmatched rows will be left out)? "
        "[y/N]" in out
    )
    assert f"{scenario_file}: not changed" in out
    assert scenario_file.read_bytes() == before
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert main(["import-trade", str(comtrade), "--into", str(scenario_file)]) == 0
    assert scenario_file.read_bytes() != before


def test_dry_run_changes_nothing(comtrade, scenario_file, capsys):
    before = scenario_file.read_bytes()
    args = ["import-trade", str(comtrade), "--into", str(scenario_file), "--dry-run", "--yes"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"dry run: {scenario_file} not changed" in out
    assert scenario_file.read_bytes() == before


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([["a", "b"], ["1", "2"]], "no header row found"),
        ([["exporter", "product", "value"], ["JP", "8703", "1"]], "no column for importer"),
        ([["importer", "exporter", "product", "value"]], "no data rows below the header"),
        ([["importer", "exporter", "product", "value"], ["US", "JP", "x", "1"]], "Nothing to"),
    ],
)
def test_unusable_tables_leave_the_file_alone(tables, scenario_file, capsys, rows, message):
    before = scenario_file.read_bytes()
    path = tables.csv("bad.csv", rows)
    assert main(["import-trade", str(path), "--into", str(scenario_file), "--yes"]) == 2
    err = capsys.readouterr().err
    assert message in err and f"{scenario_file}: not changed" in err
    assert scenario_file.read_bytes() == before


def test_wrong_extension_and_missing_scenario(tmp_path, tables, scenario_file, capsys):
    before = scenario_file.read_bytes()
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0")
    assert main(["import-trade", str(xls), "--into", str(scenario_file), "--yes"]) == 2
    assert ".xls workbooks cannot be read" in capsys.readouterr().err
    assert scenario_file.read_bytes() == before
    path = tables.csv("t.csv", [["importer", "exporter", "product", "value"]])
    assert main(["import-trade", str(path), "--into", str(tmp_path / "none.json"), "--yes"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_unit_mismatch_needs_replace(tables, scenario_file, capsys):
    path = tables.csv(
        "yen.csv",
        [["importer", "exporter", "product", "value (JPY)"], ["JP", "US", "1006", "150"]],
    )
    before = scenario_file.read_bytes()
    assert main(["import-trade", str(path), "--into", str(scenario_file), "--yes"]) == 2
    assert "'USD' and the table in 'JPY'" in capsys.readouterr().err
    assert scenario_file.read_bytes() == before
    args = ["import-trade", str(path), "--into", str(scenario_file), "--yes", "--replace"]
    assert main(args) == 0
    assert "replace: 1 added, 7 existing flows removed" in capsys.readouterr().out
    f = read_scenario(scenario_file).scenario.trade_flows
    assert (f.unit, len(f), f.value) == ("JPY", 1, [150.0])


def test_options_reach_the_reader(tables, scenario_file, capsys):
    path = tables.csv(
        "dw.csv",
        [["Land", "Code", "Wert"], ["Japan", "8703.23", "1.5"], ["Deutschland", "8703.23", "2"]],
    )
    args = [
        "import-trade", str(path), "--into", str(scenario_file), "--yes",
        "--map", "exporter=Land", "--map", "product=Code", "--map", "value=Wert",
        "--importer", "USA", "--party", "Deutschland=CN", "--scale", "1000",
        "--currency", "USD", "--year", "2024",
    ]  # fmt: skip
    assert main(args) == 0, capsys.readouterr().err
    f = read_scenario(scenario_file).scenario.trade_flows
    assert f.row(f.index_of("US", "CN", "870323")) == ("US", "CN", "870323", 2000.0, 0.0)
    assert f.row(f.index_of("US", "JP", "870323")) == ("US", "JP", "870323", 1500.0, 0.0)
    assert main(["import-trade", str(path), "--into", str(scenario_file), "--map", "value"]) == 2
    assert "write it as --map NAME=VALUE" in capsys.readouterr().err


def test_shipped_teaching_scenario(tmp_path, tables, capsys):
    target = tmp_path / "teaching.scenario.json"
    shutil.copy(scenario_path("teaching-3-issues.scenario.json"), target)
    path = tables.xlsx(
        "flows.xlsx",
        [
            ["Importer", "Exporter", "HS code", "Value", "MFN rate"],
            ["Theirland", "Ourland", 8703, 21e9, 0.025],
            ["OUR", "THEIR", 1001.0, 9e8, 0.3],
            ["OUR", "Elsewhere", 1001.0, 1e8, 0.3],
        ],
    )
    assert main(["import-trade", str(path), "--into", str(target), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "'Elsewhere' (column 'Exporter'): 1 row" in out
    f = read_scenario(target).scenario.trade_flows
    assert f.value[f.index_of("THEIR", "OUR", "8703")] == 21e9
    assert f.value[f.index_of("OUR", "THEIR", "1001")] == 9e8


def test_help_lists_the_options(capsys):
    with pytest.raises(SystemExit):
        main(["import-trade", "--help"])
    out = capsys.readouterr().out
    for option in ("--map", "--importer", "--party", "--others", "--sheet", "--encoding",
                   "--scale", "--currency", "--year", "--replace", "--merge", "--yes",
                   "--dry-run"):  # fmt: skip
        assert option in out
