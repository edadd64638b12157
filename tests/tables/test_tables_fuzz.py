"""Whatever is in the cells, reading a table ends in a report or a ``TableError``, never in
another exception; a report accounts for every row, and what it would import is valid."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import small_scenario
from negotiator_gui.core.validation import HS_RE, MAX_RATE
from negotiator_gui.io.tables import FIELDS, ImportReport, TableError, read_table

HEADERS = [
    ["importer", "exporter", "product", "value", "mfn_rate"],
    ["reporterISO", "partnerISO", "flowCode", "refYear", "cmdCode", "primaryValue"],
    ["ReporterISO3", "PartnerISO3", "ProductCode", "TradeValue in 1000 USD", "SimpleAverage",
     "DutyType", "Year"],
    ["Country", "HTS Number", "Customs Value", "Calculated Duties"],
    ["Country", "HTS Number", "2023", "2024"],
]  # fmt: skip

TRICKY = [
    "", " ", "US", "JP", "CN", "USA", "JPN", "World", "DEU", "日本", "M", "X", "RX", "2024",
    "202401", "1e308", "1e309", "-0", "nan", "inf", "0201", "201", "8703.23.01", "TOTAL", "1,234",
    "1.234,5", "12%", "0x10", "\ufeff", "=\"0201\"", "'0201", "MFN", "AHS", "1_000", "٣", "²",
    "\x00", "\n", '"', "9" * 12, "-1",
]  # fmt: skip

cells = st.one_of(
    st.sampled_from(TRICKY),
    st.text(max_size=12),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)
tables = st.tuples(
    st.sampled_from(HEADERS),
    st.lists(st.lists(cells, min_size=0, max_size=8), min_size=0, max_size=12),
    st.lists(st.sampled_from(["", "Title", "In 1,000 Dollars"]), max_size=2),
)
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def check(report: ImportReport) -> None:
    assert report.rows_read == (
        report.rows_blank
        + report.rows_rejected
        + report.rows_unmatched
        + sum(report.skipped.values())
        + report.rows_accepted
    )
    f = report.flows
    n = len(f.product)
    assert all(len(getattr(f, c)) == n for c in f.COLUMNS)
    assert all(HS_RE.match(p) for p in f.product)
    assert all(math.isfinite(v) and v >= 0 for v in f.value)
    assert all(math.isfinite(r) and 0 <= r <= MAX_RATE for r in f.mfn_rate)
    assert len(set(zip(f.importer, f.exporter, f.product, strict=True))) == n
    assert set(f.importer) | set(f.exporter) <= {"US", "JP", "CN"}
    report.text()


def read(path: Path, **kw) -> None:
    try:
        report = read_table(path, scenario=small_scenario(), **kw)
    except TableError as exc:
        assert str(exc)
        return
    check(report)


@pytest.mark.slow
@SETTINGS
@given(table=tables)
def test_csv_cell_garbage(tmp_path: Path, table):
    header, rows, titles = table
    path = tmp_path / "fuzz.csv"
    buf = io.StringIO()
    w = csv.writer(buf)
    for t in titles:
        w.writerow([t])
    w.writerow(header)
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8", errors="surrogatepass")
    read(path)
    read(path, importer="US", year=2024, flow="both", rates="percent")


@SETTINGS
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".csv", ".tsv", ".xlsx"]))
def test_random_bytes(tmp_path: Path, data: bytes, suffix: str):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(b"importer,exporter,product,value\n" + data if suffix != ".xlsx" else data)
    read(path)


xlsx_cells = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([t for t in TRICKY if t.isprintable()]),
)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    header=st.sampled_from(HEADERS),
    rows=st.lists(st.lists(xlsx_cells, max_size=8), max_size=8),
)
def test_xlsx_cell_garbage(tmp_path: Path, header, rows):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    path = tmp_path / "fuzz.xlsx"
    wb.save(path)
    read(path)


def test_fields_are_documented():
    assert set(FIELDS) >= {"importer", "exporter", "product", "value", "mfn_rate"}
