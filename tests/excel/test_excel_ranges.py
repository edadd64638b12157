"""The workbook's Ranges sheet: written for the parties whose inputs the workbook holds, read
back by the weights import (matched by ids), left out of a redacted copy unless the other side's
ranges are kept, and a workbook without it keeps the scenario's ranges."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from negotiator_gui.core.model import Confidence
from negotiator_gui.core.preference_ranges import ranges_spec
from negotiator_gui.io.excel import WorkbookError, read_weights, write_workbook
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.excel import ranges as R

NOW = dt.datetime(2025, 4, 20, 9, 30)


@pytest.fixture(scope="module")
def book(tmp_path_factory, april) -> Path:
    path = tmp_path_factory.mktemp("ranges") / "april.xlsx"
    write_workbook(path, april, now=NOW)
    return path


def _rows(wb) -> tuple[dict[str, int], list]:
    ws = wb[L.RANGES]
    header = next(r for r in ws.iter_rows(max_row=10) if r[0].value == R.H_PARTY)
    cols = {c.value: c.column for c in header if c.value}
    return cols, list(ws.iter_rows(min_row=header[0].row + 1))


def _row(wb, party: str, kind: str, issue: str | None = None, option: str | None = None):
    cols, rows = _rows(wb)
    for row in rows:
        key = tuple(row[cols[h] - 1].value for h in (R.H_PARTY, R.H_KIND, R.H_ISSUE, R.H_OPTION))
        if key == (party, kind, issue, option):
            return {h: row[cols[h] - 1] for h in R.HEADS}
    raise KeyError((party, kind, issue, option))


def _edit(src: Path, dst: Path, fn) -> Path:
    wb = openpyxl.load_workbook(src)
    fn(wb)
    wb.save(dst)
    return dst


def test_the_sheet_holds_every_number_with_its_range(book, april):
    wb = openpyxl.load_workbook(book)
    us = april.preferences_of("US")
    autos = _row(wb, "US", R.WEIGHT, "autos")
    assert autos[R.H_ESTIMATE].value == us.issues["autos"].weight
    assert (autos[R.H_LOW].value, autos[R.H_HIGH].value) == us.issues["autos"].weight_range
    res = _row(wb, "US", R.RESERVATION)
    assert (res[R.H_LOW].value, res[R.H_HIGH].value) == us.reservation.range
    assert _row(wb, "US", R.CONFIDENCE)[R.H_ESTIMATE].value == "medium"
    score = _row(wb, "JP", R.SCORE, "rice", "plus_25")
    assert score[R.H_ESTIMATE].value == april.preferences_of("JP").issues["rice"].scores["plus_25"]
    assert score[R.H_LOW].value is None and score[R.H_HIGH].value is None
    _, rows = _rows(wb)
    n_numbers = sum(
        1 + len(ip.scores) for p in april.preferences for ip in p.issues.values()
    ) + sum(1 for p in april.preferences if p.reservation.value is not None)
    assert len(rows) == n_numbers + len(april.preferences)  # plus a confidence row each


def test_an_unchanged_workbook_keeps_every_range(book, april):
    result = read_weights(book, april)
    assert result.changes == []
    assert result.scenario.preferences == april.preferences
    assert ranges_spec(result.scenario) == ranges_spec(april)


def test_ranges_typed_on_the_sheet_come_back(book, april, tmp_path):
    def edit(wb):
        r = _row(wb, "JP", R.WEIGHT, "autos")
        r[R.H_LOW].value, r[R.H_HIGH].value = 25, 35
        r = _row(wb, "JP", R.SCORE, "rice", "plus_25")
        r[R.H_LOW].value, r[R.H_HIGH].value = "70,5", 80  # text with a decimal comma
        r = _row(wb, "US", R.WEIGHT, "lng")
        r[R.H_LOW].value = r[R.H_HIGH].value = None  # cleared
        _row(wb, "US", R.CONFIDENCE)[R.H_ESTIMATE].value = "high"
        r = _row(wb, "US", R.RESERVATION)
        r[R.H_LOW].value, r[R.H_HIGH].value = 45, 52

    result = read_weights(_edit(book, tmp_path / "e.xlsx", edit), april)
    got = {(c.party, c.what, c.issue, c.option): (c.old, c.new) for c in result.changes}
    assert got == {
        ("JP", "weight range", "autos", ""): (None, (25, 35)),
        ("JP", "score range", "rice", "plus_25"): (None, (70.5, 80)),
        ("US", "weight range", "lng", ""): ((5, 16), None),
        ("US", "confidence", "", ""): (Confidence.MEDIUM, Confidence.HIGH),
        ("US", "reservation range", "", ""): ((40, 56), (45, 52)),
    }
    s = result.scenario
    jp, us = s.preferences_of("JP"), s.preferences_of("US")
    assert jp.issues["autos"].weight_range == (25, 35)
    assert jp.issues["rice"].score_ranges == {"plus_25": (70.5, 80)}
    assert us.issues["lng"].weight_range is None
    assert us.confidence is Confidence.HIGH and us.reservation.range == (45, 52)
    # the scenario passed in is untouched
    assert april.preferences_of("US").confidence is Confidence.MEDIUM
    assert april.preferences_of("US").reservation.range == (40, 56)
    text = "\n".join(c.text(april) for c in result.changes)
    assert "weight range of" in text and "25–35" in text


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda r: setattr(r[R.H_HIGH], "value", None), "both Low and High"),
        (lambda r: setattr(r[R.H_HIGH], "value", 150), "from 0 to 100"),
        (lambda r: setattr(r[R.H_LOW], "value", "1,234"), "not a number"),
        (lambda r: setattr(r[R.H_KIND], "value", "wieght"), "unknown kind"),
        (lambda r: setattr(r[R.H_ISSUE], "value", "nope"), "does not have"),
    ],
)
def test_bad_rows_are_refused_naming_the_cell_or_row(book, april, tmp_path, edit, words):
    def fn(wb):
        edit(_row(wb, "US", R.WEIGHT, "autos"))

    with pytest.raises(WorkbookError, match=words):
        read_weights(_edit(book, tmp_path / "bad.xlsx", fn), april)


def test_a_range_that_misses_its_number_is_refused_whole(book, april, tmp_path):
    def fn(wb):
        r = _row(wb, "US", R.WEIGHT, "autos")  # weight 20
        r[R.H_LOW].value, r[R.H_HIGH].value = 30, 40

    with pytest.raises(WorkbookError, match="weight_range"):
        read_weights(_edit(book, tmp_path / "miss.xlsx", fn), april)


def test_a_bad_confidence_level_is_refused(book, april, tmp_path):
    def fn(wb):
        _row(wb, "US", R.CONFIDENCE)[R.H_ESTIMATE].value = "sure"

    with pytest.raises(WorkbookError, match="confidence level"):
        read_weights(_edit(book, tmp_path / "conf.xlsx", fn), april)


def test_a_workbook_without_the_sheet_keeps_the_ranges_a_changed_number_still_fits(
    book, april, tmp_path
):
    def fn(wb):
        del wb[L.RANGES]
        sheet, coord = wb.defined_names[L.weight_name("US", "autos")].attr_text.split("!")
        wb[sheet][coord.replace("$", "")].value = 29  # inside 14–30: kept
        sheet, coord = wb.defined_names[L.weight_name("US", "lng")].attr_text.split("!")
        wb[sheet][coord.replace("$", "")].value = 1  # outside 5–16: dropped

    result = read_weights(_edit(book, tmp_path / "old.xlsx", fn), april)
    us = result.scenario.preferences_of("US")
    assert us.issues["autos"].weight_range == (14, 30)
    assert us.issues["lng"].weight_range is None
    assert us.reservation.range == (40, 56) and us.confidence is Confidence.MEDIUM
    assert any("lng" in n and "dropped" in n for n in result.notes)


def test_a_redacted_workbook_has_no_ranges_unless_kept(april, tmp_path):
    plain = tmp_path / "redacted.xlsx"
    write_workbook(plain, april, now=NOW, redacted=True)
    wb = openpyxl.load_workbook(plain)
    assert L.RANGES not in wb.sheetnames
    about = {r[0]: r[1] for r in wb[L.ABOUT].iter_rows(values_only=True) if r and r[0]}
    assert "ranges" not in about[L.ABOUT_REDACTED]
    # importing it leaves the scenario's ranges alone
    result = read_weights(plain, april)
    assert result.changes == []
    assert ranges_spec(result.scenario) == ranges_spec(april)

    kept = tmp_path / "kept.xlsx"
    write_workbook(kept, april, now=NOW, redacted=True, keep_ranges=True)
    wb = openpyxl.load_workbook(kept)
    assert L.RANGES in wb.sheetnames
    parties = {r[R.H_PARTY].value for r in (_row(wb, "US", R.WEIGHT, "autos"),)}
    assert parties == {"US"}
    _, rows = _rows(wb)
    assert {row[0].value for row in rows} == {"US"}  # our side's numbers are not there at all
    about = {r[0]: r[1] for r in wb[L.ABOUT].iter_rows(values_only=True) if r and r[0]}
    assert "ranges on the other parties' preferences are kept" in about[L.ABOUT_REDACTED]


def test_the_redacted_file_drops_the_ranges_unless_kept(april, tmp_path):
    from negotiator_gui.app.usecases.scenario_files import export_scenario
    from negotiator_gui.io.scenario_file import read_scenario

    original = copy.deepcopy(april)
    export_scenario(tmp_path / "r.scenario.json", april, redacted=True)
    assert ranges_spec(read_scenario(tmp_path / "r.scenario.json").scenario) == {}
    export_scenario(tmp_path / "k.scenario.json", april, redacted=True, keep_ranges=True)
    kept = read_scenario(tmp_path / "k.scenario.json").scenario
    assert ranges_spec(kept) == {"US": ranges_spec(april)["US"]}
    assert april == original


def test_cli_export_keeps_the_ranges_only_with_keep_ranges(april, tmp_path, capsys):
    from negotiator_gui.cli import main
    from negotiator_gui.io.scenario_file import read_scenario, write_scenario

    src = tmp_path / "april.scenario.json"
    write_scenario(april, src)
    plain, kept = tmp_path / "plain.scenario.json", tmp_path / "kept.scenario.json"
    assert main(["export", str(src), "--scenario", str(plain), "--redact"]) == 0
    assert "so are the ranges on the other parties' preferences" in capsys.readouterr().out
    assert ranges_spec(read_scenario(plain).scenario) == {}
    args = ["export", str(src), "--scenario", str(kept), "--redact", "--keep-ranges"]
    assert main(args) == 0
    assert "ranges on the other parties' preferences are kept" in capsys.readouterr().out
    assert set(ranges_spec(read_scenario(kept).scenario)) == {"US"}
    assert main(["export", str(src), "--scenario", str(tmp_path / "x.json"), "--keep-ranges"]) == 2
    assert "--keep-ranges only applies to a redacted copy" in capsys.readouterr().err
