"""``read_weights``: the round trip of weights, scores and reservation values through a
workbook, and the refusals (not ours, another scenario, restructured, bad values)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from factories import small_scenario
from negotiator_gui.core import bargaining as bg
from negotiator_gui.io.excel import WorkbookError, read_weights, write_workbook
from negotiator_gui.io.excel import layout as L

NOW = dt.datetime(2025, 4, 20, 9, 30)


@pytest.fixture(scope="module")
def book(tmp_path_factory, april) -> Path:
    path = tmp_path_factory.mktemp("import") / "april.xlsx"
    write_workbook(path, april, now=NOW)
    return path


def _cell(wb, name: str):
    sheet, coord = wb.defined_names[name].attr_text.split("!")
    return wb[sheet][coord.replace("$", "")]


def _score_cell(wb, party: str, issue: str, option: str):
    ws = wb[L.OPTIONS]
    header = next(r for r in ws.iter_rows(max_row=10) if r[0].value == L.H_LABEL)
    cols = {c.value: c.column for c in header if c.value}
    for row in ws.iter_rows(min_row=header[0].row + 1):
        if (row[cols[L.H_ISSUE] - 1].value, row[cols[L.H_OPTION] - 1].value) == (issue, option):
            return row[cols[L.h_score(party)] - 1]
    raise KeyError((issue, option))


def _edit(src: Path, dst: Path, fn) -> Path:
    wb = openpyxl.load_workbook(src)
    fn(wb)
    wb.save(dst)
    return dst


def test_unchanged_workbook_reads_back_as_no_change(book, april):
    result = read_weights(book, april)
    assert result.changes == [] and result.hash_matches
    assert result.parties == ("JP", "US") and result.missing == ()
    assert result.scenario.preferences == april.preferences
    assert "No changes." in result.report(str(book), "april.json", april)


def test_changed_weights_scores_and_reservation_come_back(book, april, tmp_path, evaluate):
    def edit(wb):
        _cell(wb, L.weight_name("JP", "autos")).value = 25
        _cell(wb, L.weight_name("JP", "currency")).value = 13
        _score_cell(wb, "US", "rice", "plus_25").value = 42.5
        _cell(wb, L.reservation_name("US")).value = 50

    edited = _edit(book, tmp_path / "edited.xlsx", edit)
    result = read_weights(edited, april)
    got = {(c.party, c.what, c.issue, c.option): (c.old, c.new) for c in result.changes}
    assert got == {
        ("JP", "weight", "autos", ""): (30, 25),
        ("JP", "weight", "currency", ""): (8, 13),
        ("US", "score", "rice", "plus_25"): (35, 42.5),
        ("US", "reservation", "", ""): (48, 50),
    }
    s = result.scenario
    assert s.preferences_of("JP").issues["autos"].weight == 25
    assert s.preferences_of("US").issues["rice"].scores["plus_25"] == 42.5
    assert s.preferences_of("US").reservation.value == 50
    assert s.preferences_of("JP").issues["autos"].rationale == (
        april.preferences_of("JP").issues["autos"].rationale
    )
    assert april.preferences_of("JP").issues["autos"].weight == 30, "the input is not changed"
    report = result.report(str(edited), "april.json", april)
    assert "4 changes" in report and "JP weight of" in report and "[Options!" in report
    # the workbook's own formulas, recomputed with the edits, give the app's new utilities
    wb = openpyxl.load_workbook(edited)
    ev = evaluate(wb)
    space = bg.build_space(s)
    ws = wb[L.PACKAGES]
    header = next(r for r in ws.iter_rows(max_row=10) if r[0].value == "Package")
    cols = {c.value: c.column for c in header if c.value}
    labels = {(i.id, o.label): o.id for i in april.issues for o in i.options}
    for r in range(header[0].row + 1, header[0].row + 11):
        choices = {i.id: labels[(i.id, ws.cell(r, cols[i.title]).value)] for i in april.issues}
        u = space.utility(space.index_of(choices)) / bg.SCALE
        for j, p in enumerate(space.parties):
            got_u = ev.cell(L.PACKAGES, ws.cell(r, cols[f"{p} utility"]).coordinate)
            assert got_u == pytest.approx(u[j], abs=1e-9)


def test_weights_that_no_longer_add_up_are_noted(book, april, tmp_path):
    edited = _edit(
        book,
        tmp_path / "105.xlsx",
        lambda wb: setattr(_cell(wb, L.weight_name("JP", "autos")), "value", 35),
    )
    result = read_weights(edited, april)
    assert any("add up to 105" in n for n in result.notes)


def test_changed_scenario_is_reported(book, april):
    s = dataclasses.replace(april, title="Renamed since the export")
    result = read_weights(book, s)
    assert not result.hash_matches and result.changes == []
    assert "has changed since the export" in result.report("b", "f", s)


def test_not_ours(tmp_path, april):
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "hello"
    wb.save(plain)
    with pytest.raises(WorkbookError, match="not an options-matrix workbook"):
        read_weights(plain, april)
    text = tmp_path / "text.xlsx"
    text.write_text("not a zip")
    with pytest.raises(WorkbookError, match="not an Excel workbook"):
        read_weights(text, april)
    with pytest.raises(WorkbookError, match="no such file"):
        read_weights(tmp_path / "missing.xlsx", april)


def test_another_scenarios_workbook(tmp_path, april):
    other = tmp_path / "small.xlsx"
    write_workbook(other, small_scenario(), now=NOW)
    with pytest.raises(WorkbookError, match="exported from scenario 'small-us-jp'"):
        read_weights(other, april)


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda wb: setattr(wb[L.OPTIONS]["F5"], "value", "JP points"), "'JP score' header"),
        (
            lambda wb: setattr(wb[L.OPTIONS]["B7"], "value", "wheat"),
            "'sq_25' of 'wheat', which is unknown",
        ),
        (lambda wb: setattr(wb[L.OPTIONS]["B7"], "value", "bananas"), "'bananas'"),
        (lambda wb: wb[L.OPTIONS].delete_cols(2), "'Issue id'"),
        (lambda wb: wb.defined_names.pop(L.weight_name("US", "lng")), "Weight_US_lng is missing"),
        (
            lambda wb: setattr(
                wb.defined_names[L.weight_name("US", "lng")], "attr_text", "Options!$A$1"
            ),
            "points at Options!\\$A\\$1",
        ),
        (lambda wb: setattr(wb[L.OPTIONS], "title", "Sheet9"), "no sheet named 'Options'"),
    ],
)
def test_restructured_workbook_is_refused(book, april, tmp_path, edit, message):
    edited = _edit(book, tmp_path / "r.xlsx", edit)
    with pytest.raises(WorkbookError, match=message) as err:
        read_weights(edited, april)
    assert "restructured" in str(err.value) or "no sheet" in str(err.value)


@pytest.mark.parametrize(
    "value, message",
    [
        (150, "must be from 0 to 100, not 150"),
        ("lots", "is not a number: 'lots'"),
        (None, "is empty \\(it was 100\\); type 0"),
        ("=50+5", "formula with no saved result"),
    ],
)
def test_bad_values_name_their_cell(book, april, tmp_path, value, message):
    def edit(wb):
        _score_cell(wb, "JP", "autos", "zero").value = value

    edited = _edit(book, tmp_path / "bad.xlsx", edit)
    with pytest.raises(WorkbookError, match=message) as err:
        read_weights(edited, april)
    assert "Options!F11" in str(err.value)


def test_negative_weight_and_empty_weight(book, april, tmp_path):
    neg = _edit(
        book, tmp_path / "n.xlsx", lambda wb: setattr(_cell(wb, "Weight_US_lng"), "value", -1)
    )
    with pytest.raises(WorkbookError, match=r"weight of .* must be 0 or more"):
        read_weights(neg, april)
    empty = _edit(
        book, tmp_path / "e.xlsx", lambda wb: setattr(_cell(wb, "Weight_US_lng"), "value", None)
    )
    with pytest.raises(WorkbookError, match="type 0 to give the issue no weight"):
        read_weights(empty, april)


def test_redacted_workbook_imports_the_other_side_only(tmp_path, april):
    red = tmp_path / "red.xlsx"
    write_workbook(red, april, redacted=True, now=NOW)
    edited = _edit(
        red,
        tmp_path / "red2.xlsx",
        lambda wb: setattr(_cell(wb, L.weight_name("US", "lng")), "value", 12),
    )
    result = read_weights(edited, april)
    assert result.parties == ("US",) and result.missing == ("JP",)
    assert [(c.party, c.issue, c.new) for c in result.changes] == [("US", "lng", 12)]
    assert result.scenario.preferences_of("JP") == april.preferences_of("JP")
    assert "no columns for JP" in result.report("b", "f", april)
