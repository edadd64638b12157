"""The package under discussion in outputs: the workbook's Packages sheet lists it by that name,
a redacted copy (file or workbook) leaves it out, and a revision diff words it issue by issue."""

from __future__ import annotations

import datetime as dt

import openpyxl

from factories import small_scenario
from negotiator_gui.core.redact import redact
from negotiator_gui.io.excel import write_workbook
from negotiator_gui.store.diff import diff_scenarios

NOW = dt.datetime(2025, 4, 20, 9, 30)
WORKING = {"autos": "cut-half", "reciprocal": "snapback", "rice": "standards"}


def _rows_named(path, name: str) -> list[list]:
    book = openpyxl.load_workbook(path)
    return [
        [c.value for c in row]
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        if any(c.value == name for c in row)
    ]


def test_the_workbook_lists_the_package_under_discussion_with_its_options(tmp_path):
    s = small_scenario()
    s.working_package = dict(WORKING)
    path = tmp_path / "full.xlsx"
    write_workbook(path, s, now=NOW)
    rows = _rows_named(path, "Package under discussion")
    assert rows, "no row for the package under discussion"
    labels = {"Cut by half", "Snap-back surcharge", "Mutual recognition of standards"}
    assert any(labels <= set(row) for row in rows), rows


def test_a_scenario_without_one_has_no_such_row(tmp_path):
    path = tmp_path / "none.xlsx"
    write_workbook(path, small_scenario(), now=NOW)
    assert _rows_named(path, "Package under discussion") == []


def test_redaction_drops_the_package_under_discussion(tmp_path):
    s = small_scenario()
    s.working_package = dict(WORKING)
    assert redact(s).working_package == {}
    assert s.working_package == WORKING  # the original keeps it
    path = tmp_path / "redacted.xlsx"
    write_workbook(path, s, redacted=True, now=NOW)
    assert _rows_named(path, "Package under discussion") == []


def test_a_diff_words_the_package_under_discussion_by_issue_and_option():
    a, b = small_scenario(), small_scenario()
    a.working_package = {"autos": "keep", "rice": "none"}
    b.working_package = {"autos": "cut-half", "rice": "none", "reciprocal": "set-10"}
    diff = diff_scenarios(a, b)
    lines = [line for line in diff.lines() if line.startswith("Package under discussion")]
    assert len(lines) == 1, diff.lines()
    line = lines[0]
    assert "Section 232 on autos changed from “Keep 25 %” to “Cut by half”" in line, line
    assert "Reciprocal (IEEPA) tariff" in line and "Down to the 10 % baseline" in line
    assert "Rice market access" not in line  # unchanged
    assert not diff_scenarios(b, b)
