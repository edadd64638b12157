"""What the workbook says beside its figures: the window the indicators average over and the
trade they cover (with a visible warning when one direction is under-covered), measures named
with their rate from the data, the walk-away values told apart from the status quo package,
and no cell that a spreadsheet would show as "-0.0"."""

from __future__ import annotations

import copy
import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from negotiator_gui.core import edits
from negotiator_gui.core.impact import Window, coverage_text
from negotiator_gui.core.labels import WHY_THEY_DIFFER
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.excel import read_weights, write_workbook

NOW = dt.datetime(2025, 4, 20, 9, 30)


@pytest.fixture(scope="module")
def book(tmp_path_factory, april) -> Path:
    path = tmp_path_factory.mktemp("figures") / "april.xlsx"
    write_workbook(path, april, now=NOW)
    return path


def _texts(ws) -> list[str]:
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def _about(wb) -> dict[str, object]:
    return {r[0]: r[1] for r in wb[L.ABOUT].iter_rows(values_only=True) if r and r[0]}


def test_the_window_and_the_coverage_stand_beside_the_indicators(book, april):
    wb = openpyxl.load_workbook(book)
    window = Window.default(april).describe()
    assert window.startswith("average of 2025-04-16 – 2026-04-15 (365 days")
    coverage, warning = coverage_text(april, "JP", "US")
    assert warning is None  # the shipped table holds US→JP 'all other goods'
    packages = _texts(wb[L.PACKAGES])
    assert any(window in t and "Indicators are the trade model's" in t for t in packages)
    assert coverage in packages
    about = _about(wb)
    assert window in about["Trade model"]
    assert about["Trade covered"] == coverage and "Coverage warning" not in about
    assert "Section 232 auto parts (25 %): " in about["Not modelled"]
    impact = _texts(wb[L.IMPACT])
    assert any(window in t for t in impact[:3])
    assert "No deal (tariffs as scheduled)" in impact


def test_an_under_covered_direction_is_warned_about_in_red(tmp_path, april):
    s = copy.deepcopy(april)
    # drop US→JP 'all other goods': the table then lists a small part of that direction
    edits.remove_flow(s, ("JP", "US", "00")).apply(s)
    _, warning = coverage_text(s, "JP", "US")
    assert warning and "overstated" in warning
    path = tmp_path / "partial.xlsx"
    write_workbook(path, s, now=NOW)
    wb = openpyxl.load_workbook(path)
    about = _about(wb)
    assert about["Coverage warning"] == warning
    cells = [c for row in wb[L.PACKAGES].iter_rows(max_row=8) for c in row if c.value == warning]
    assert cells and all(c.font.bold and c.font.color.rgb.endswith("C00000") for c in cells)


def test_a_rate_edit_shows_in_the_measures_label(tmp_path, april):
    s = copy.deepcopy(april)
    edits.set_field(s, "measure", "s232_autos", "rate", 0.5).apply(s)
    path = tmp_path / "fifty.xlsx"
    write_workbook(path, s, now=NOW)
    wb = openpyxl.load_workbook(path)
    rows = [r for r in wb[L.TARIFFS].iter_rows(values_only=True) if r and r[1] == "s232_autos"]
    assert len(rows) == 1
    assert rows[0][0] == "Section 232 automobiles (50 %)" and rows[0][5] == 0.5
    for ws in wb.worksheets:
        assert not any("automobiles (25" in t for t in _texts(ws)), ws.title


def test_walk_away_values_and_the_status_quo_package_are_named_apart(book, april):
    wb = openpyxl.load_workbook(book)
    options = wb[L.OPTIONS]
    label = next(c for row in options.iter_rows() for c in row if c.value == L.ROW_RESERVATION)
    assert label.value == "Walk-away value (BATNA)"
    assert label.comment is not None and label.comment.text == WHY_THEY_DIFFER
    assert not any("no deal" in t.lower() for t in _texts(options))
    ws = wb[L.PACKAGES]
    header = next(r for r in ws.iter_rows(max_row=12) if r[0].value == "Package")
    rows = {r[0]: r[1] for r in ws.iter_rows(min_row=header[0].row + 1, values_only=True)}
    assert rows[april.package("status_quo").name].startswith("Status quo package")
    assert not any(v == "No deal" for v in rows.values())
    about = _about(wb)
    assert about["Walk-away value (BATNA) JP"] == 57 and about["Walk-away value (BATNA) US"] == 48


def test_a_workbook_with_the_old_reservation_label_still_imports(book, april, tmp_path):
    wb = openpyxl.load_workbook(book)
    label = next(
        c for row in wb[L.OPTIONS].iter_rows() for c in row if c.value == L.ROW_RESERVATION
    )
    label.value = "Reservation value (no deal)"  # as written before the label was renamed
    sheet, coord = wb.defined_names[L.reservation_name("US")].attr_text.split("!")
    wb[sheet][coord.replace("$", "")].value = 50
    wb.save(tmp_path / "old.xlsx")
    result = read_weights(tmp_path / "old.xlsx", april)
    changes = {(c.party, c.what): (c.old, c.new) for c in result.changes}
    assert changes == {("US", "reservation"): (48, 50)}


# -- no "-0.0" ------------------------------------------------------------------------------


def _sections(fmt: str) -> list[str]:
    """A number format's sections (split at ``;`` outside quotes)."""
    out, part, quoted = [], "", False
    for ch in fmt:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            out.append(part)
            part = ""
        else:
            part += ch
    return [*out, part]


def shows_negative_zero(value: float, fmt: str) -> bool:
    """Would a spreadsheet show ``value`` as "-0", "-0.0", "-0.00%"…? Excel's rules for
    formats without conditions: a negative number takes the second section (or the first,
    with a minus sign), rounded to the places its placeholders show, scaled down by 1,000 per
    comma after the last placeholder and up by 100 for a percent sign."""
    if not isinstance(value, int | float) or isinstance(value, bool) or value > 0:
        return False
    if value == 0:
        return str(value).startswith("-")  # a stored negative zero
    sections = _sections(fmt)
    assert not any(re.search(r"\[[<>=]", s) for s in sections), f"conditions in {fmt!r}"
    section = sections[1] if len(sections) > 1 else sections[0]
    plain = re.sub(r'"[^"]*"|\\.|_.|\[[^\]]*\]', "", section)
    if not re.search(r"[0#?]", plain):
        return False  # a literal, like the dash for zero
    decimals = len(re.search(r"\.([0#?]*)", plain).group(1)) if "." in plain else 0
    commas = re.search(r"[0#?](,*)[^0#?]*$", plain).group(1)
    shown = abs(value) / 1000 ** len(commas) * (100 if "%" in plain else 1)
    # spreadsheets round a displayed half away from zero (-0.5 in "0" shows "-1"), unlike
    # Python's round(), which rounds it to the even 0
    step = Decimal(1).scaleb(-decimals)
    return Decimal(repr(shown)).quantize(step, rounding=ROUND_HALF_UP) == 0


def _numeric_cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, int | float) and not isinstance(c.value, bool):
                    yield ws.title, c


def test_the_checker_finds_negative_zeros():
    assert shows_negative_zero(-1e6, L.MONEY_BN)  # -0.001 bn shows "-0.00"
    assert not shows_negative_zero(-6e6, L.MONEY_BN)  # "-0.01"
    assert shows_negative_zero(-0.0004, "0.0%_)") and not shows_negative_zero(0.0, "0.0%_)")
    assert shows_negative_zero(-0.3, "#,##0_)") and not shows_negative_zero(-0.6, "#,##0_)")


def test_no_cell_of_the_april_workbook_shows_minus_zero(book):
    wb = openpyxl.load_workbook(book)
    bad = [
        (sheet, c.coordinate, c.value, c.number_format)
        for sheet, c in _numeric_cells(wb)
        if shows_negative_zero(c.value, c.number_format)
    ]
    assert bad == []


STYLES = ("money", "money_m", "money_m_bold", "pct", "pct_bold", "pct2", "num", "int", "points")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(STYLES),
            st.one_of(
                st.floats(min_value=-1e7, max_value=1e7, allow_nan=False),
                st.floats(min_value=-1e-2, max_value=1e-2, allow_nan=False),
                st.just(-0.0),
            ),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_written_numbers_never_show_minus_zero(tmp_path_factory, cells):
    """Any value in any numeric style: no "-0.0" shown; a value the format shows as non-zero
    is written as it is (to the 15 digits openpyxl writes)."""
    path = tmp_path_factory.mktemp("zeros") / "zeros.xlsx"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Zeros")
    sheet = L.Sheet(ws, L.Styles(ws))
    for style, value in cells:
        sheet.add((value, style))
    sheet.flush()
    wb.save(path)
    back = openpyxl.load_workbook(path)["Zeros"]
    for (style, value), row in zip(cells, back.iter_rows(), strict=True):
        cell = row[0]
        assert not shows_negative_zero(cell.value, cell.number_format), (style, value)
        if not shows_negative_zero(value, cell.number_format) and value != 0:
            assert cell.value == pytest.approx(value, rel=1e-15)  # as openpyxl writes floats
