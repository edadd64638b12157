"""``negotiator export`` and ``negotiator import-weights`` end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from factories import small_scenario
from negotiator_gui.cli import main
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.scenario_file import read_scenario, write_scenario
from negotiator_gui.io.scenario_writer import content_hash
from negotiator_gui.paths import scenario_path


@pytest.fixture
def april_file(tmp_path: Path, april) -> Path:
    p = tmp_path / "april.scenario.json"
    write_scenario(april, p)
    return p


def _rows(path: Path, sheet: str) -> list[tuple]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [(*r, None, None) for r in wb[sheet].iter_rows(values_only=True)]
    finally:
        wb.close()


def _about(path: Path) -> dict:
    return {r[0]: r[1] for r in _rows(path, L.ABOUT) if r[0]}


def _package_labels(path: Path) -> list[str]:
    rows = _rows(path, L.PACKAGES)
    k = next(i for i, r in enumerate(rows) if r[0] == "Package")
    return [r[0] for r in rows[k + 1 :] if r[0] and r[1] is not None]


def test_export_workbook(april_file: Path, tmp_path: Path, capsys):
    out = tmp_path / "matrix.xlsx"
    assert main(["export", str(april_file), "--xlsx", str(out), "--revision", "r5"]) == 0
    msg = capsys.readouterr().out
    assert f"{out}: written (168 packages" in msg
    about = _about(out)
    assert about["Revision"] == "r5" and about[L.ABOUT_HASH][:12] in msg


def test_export_package_choices(april_file: Path, tmp_path: Path, capsys):
    out = tmp_path / "few.xlsx"
    args = ["export", str(april_file), "--xlsx", str(out), "--packages", "3"]
    assert main([*args, "--package", "autos=allin_15", "--package", "rice=plus_25"]) == 0
    labels = _package_labels(out)
    assert "autos=allin_15 + rice=plus_25" in labels
    assert sum(x.startswith("Frontier point") for x in labels) <= 3
    capsys.readouterr()
    small = tmp_path / "teaching.scenario.json"
    write_scenario(read_scenario(scenario_path("teaching-3-issues.scenario.json")).scenario, small)
    assert main(["export", str(small), "--xlsx", str(out), "--packages", "all"]) == 0
    assert "27 packages" in capsys.readouterr().out


@pytest.mark.parametrize(
    "extra, message",
    [
        ([], "say what to write"),
        (["--xlsx", "X.xlsx", "--packages", "all"], "more than the 100,000"),
        (["--xlsx", "X.xlsx", "--package", "autos=nope"], "unknown option 'nope'"),
        (["--xlsx", "/nonexistent-dir/x.xlsx"], "cannot be written"),
    ],
)
def test_export_bad_input(april_file: Path, tmp_path: Path, capsys, extra, message):
    extra = [str(tmp_path / x) if x == "X.xlsx" else x for x in extra]
    assert main(["export", str(april_file), *extra]) == 2
    assert message in capsys.readouterr().err


def test_export_bad_packages_argument(april_file: Path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["export", str(april_file), "--xlsx", "x.xlsx", "--packages", "many"])
    assert exc.value.code == 2
    assert "say frontier, all, or how many" in capsys.readouterr().err


def test_export_redacted_workbook_and_scenario(april_file: Path, tmp_path: Path, capsys):
    book, scen = tmp_path / "red.xlsx", tmp_path / "red.scenario.json"
    args = ["export", str(april_file), "--xlsx", str(book), "--scenario", str(scen), "--redact"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "(redacted)" in out and "redacted: JP's weights" in out
    shared = read_scenario(scen).scenario
    assert [p.party for p in shared.preferences] == ["US"]
    # the workbook and the file are the same redacted scenario
    assert _about(book)[L.ABOUT_HASH] == content_hash(shared)
    assert main(["export", str(april_file), "--scenario", str(tmp_path / "full.json")]) == 0
    assert "our numbers included" in capsys.readouterr().out


def test_import_weights_end_to_end(april_file: Path, tmp_path: Path, capsys):
    book = tmp_path / "m.xlsx"
    assert main(["export", str(april_file), "--xlsx", str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    sheet, coord = wb.defined_names[L.weight_name("US", "lng")].attr_text.split("!")
    wb[sheet][coord.replace("$", "")].value = 14
    wb.save(book)
    capsys.readouterr()
    before = april_file.read_bytes()
    assert main(["import-weights", str(book), str(april_file), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 change:" in out and "US weight of 'LNG" in out and "10 → 14" in out
    assert april_file.read_bytes() == before
    # no terminal to ask on: it needs --yes
    assert main(["import-weights", str(book), str(april_file)]) == 2
    assert "Add --yes" in capsys.readouterr().err
    assert april_file.read_bytes() == before
    assert main(["import-weights", str(book), str(april_file), "--yes"]) == 0
    assert "1 change(s) written" in capsys.readouterr().out
    assert read_scenario(april_file).scenario.preferences_of("US").issues["lng"].weight == 14
    # now the workbook matches the file, apart from the content hash
    assert main(["import-weights", str(book), str(april_file), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "No changes." in out and "has changed since the export" in out


def test_import_weights_refuses_foreign_workbooks(april_file: Path, tmp_path: Path, capsys):
    other = tmp_path / "small.json"
    write_scenario(small_scenario(), other)
    book = tmp_path / "small.xlsx"
    assert main(["export", str(other), "--xlsx", str(book)]) == 0
    capsys.readouterr()
    assert main(["import-weights", str(book), str(april_file), "--yes"]) == 2
    err = capsys.readouterr().err
    assert "exported from scenario 'small-us-jp'" in err and "not changed" in err


def test_help_lists_the_commands_and_imports_no_qt():
    code = (
        "import sys; from negotiator_gui.cli import _parser; h = _parser().format_help(); "
        "assert 'export' in h and 'import-weights' in h, h; "
        "import negotiator_gui.io.excel, negotiator_gui.io.excel.weights; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
