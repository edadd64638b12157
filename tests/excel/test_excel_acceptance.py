"""The workbook's acceptance column under uncertainty: read back with openpyxl, each package's
share equals an independent brute-force count over the same seeded samples; the sheet states
the sample count and the seed; with zero-width ranges the sheet is exactly as without ranges."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from beliefs_brute import brute_acceptance
from factories import small_scenario
from negotiator_gui.core.beliefs import ranges as ranges_mod
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.excel import write_workbook

NOW = dt.datetime(2025, 4, 20, 9, 30)
SPEC = {"US": {"weights": {"autos": (20, 80), "reciprocal": (10, 45)}, "reservation": (30, 55)}}


def _with(monkeypatch, spec) -> None:
    monkeypatch.setattr(
        ranges_mod,
        "scenario_ranges",
        lambda scenario, space: ranges_mod.ranges_from_mapping(space, spec, scenario),
    )


def _sheet(path):
    ws = openpyxl.load_workbook(path)[L.PACKAGES]
    for row in ws.iter_rows(min_row=1, max_row=12):
        values = [c.value for c in row]
        if "Package" in values:
            header = row[0].row
            cols = {v: c.column for v, c in zip(values, row, strict=True) if v}
            return ws, header, cols
    raise AssertionError("no header row")


def _texts(ws) -> list[str]:
    return [str(c) for r in ws.iter_rows(values_only=True) for c in r if c is not None]


def test_acceptance_column_equals_brute_force(tmp_path, monkeypatch):
    _with(monkeypatch, SPEC)
    s = small_scenario()
    path = tmp_path / "book.xlsx"
    write_workbook(path, s, packages="all", now=NOW)
    ws, header, cols = _sheet(path)
    column = cols["Accepted by United States"]
    by_label = {i.id: ({o.label: o.id for o in i.options}, cols[i.title]) for i in s.issues}
    seen, shares = 0, []
    for r in range(header + 1, ws.max_row + 1):
        if ws.cell(r, 1).value is None or ws.cell(r, column).value is None:
            continue
        choices = {iid: labels[ws.cell(r, c).value] for iid, (labels, c) in by_label.items()}
        share = ws.cell(r, column).value
        assert isinstance(share, (int, float))  # a value, not a formula
        assert share == pytest.approx(
            brute_acceptance(s, SPEC, 1000, 2025, choices)[1], abs=1.5e-3
        ), choices
        assert ws.cell(r, column).number_format.startswith("0.0%")
        seen += 1
        shares.append(share)
    assert seen >= 27  # every package of the tiny space (and the named rows)
    assert any(0 < x < 1 for x in shares)  # the ranges matter: not all 0 or 1
    note = next(t for t in _texts(ws) if t.startswith("Acceptance:"))
    assert "1,000 samples" in note and "seed 2025" in note


def test_zero_width_ranges_leave_the_sheet_as_it_was(tmp_path, monkeypatch):
    s = small_scenario()
    plain = tmp_path / "plain.xlsx"
    write_workbook(plain, s, packages="all", now=NOW)
    _with(monkeypatch, {"US": {"weights": {"autos": (50, 50)}, "reservation": (45, 45)}})
    zero = tmp_path / "zero.xlsx"
    write_workbook(zero, s, packages="all", now=NOW)
    a, b = _sheet(plain)[0], _sheet(zero)[0]
    assert list(a.iter_rows(values_only=True)) == list(b.iter_rows(values_only=True))
    assert not any(t.startswith("Acceptance:") for t in _texts(b))
