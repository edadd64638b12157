"""Cells: product codes stay text, bad cells are reported by row and column, duplicates merge,
units scale, parties match or are reported."""

from __future__ import annotations

import math

import pytest

from negotiator_gui.core.validation import HS_RE
from negotiator_gui.io.tables import RowProblem, TableError, iso2_of, read_table

HEAD = ["importer", "exporter", "product", "value", "mfn_rate"]


def test_csv_keeps_leading_zeros_and_drops_dots(tables, scenario):
    path = tables.csv(
        "t.csv",
        [
            HEAD,
            ["JP", "US", "0201", "1", "0.385"],
            ["JP", "US", "020130", "1", "0.385"],
            ["JP", "US", "0201.30.00", "1", "0.385"],
            ["JP", "US", " 1006 30 ", "1", "0"],
            ["JP", "US", '="0202"', "1", "0"],  # Excel's way of keeping text
            ["JP", "US", "'1001", "1", "0"],
        ],
    )
    r = read_table(path, scenario=scenario)
    assert r.flows.product == ["0201", "020130", "02013000", "100630", "0202", "1001"]
    assert r.padded_codes == 0


def test_csv_code_with_lost_zero_is_restored_and_reported(tables, scenario):
    path = tables.csv(
        "t.csv", [HEAD, ["JP", "US", "201", "1", "0"], ["JP", "US", "10121", "1", "0"]]
    )
    r = read_table(path, scenario=scenario)
    assert r.flows.product == ["0201", "010121"]
    assert r.padded_codes == 2 and "lost a leading zero" in r.text()


def test_xlsx_numeric_codes_are_restored(tables, scenario):
    path = tables.xlsx(
        "t.xlsx",
        [
            HEAD,
            ["JP", "US", 201.0, 1, 0],  # 0201
            ["JP", "US", 201, 1, 0],  # the same, merged
            ["US", "JP", 870323, 1, 0],
            ["US", "JP", 8703.2, 1, 0],  # 8703.20
            ["US", "JP", 201.1, 1, 0],  # 0201.10
            ["US", "JP", 8703230190, 1, 0],
            ["US", "JP", "0202", 1, 0],  # text cells stay as they are
        ],
    )
    r = read_table(path, scenario=scenario)
    assert r.flows.product == ["0201", "870323", "870320", "020110", "8703230190", "0202"]
    assert r.merged == 1 and r.padded_codes == 4
    assert all(HS_RE.match(p) for p in r.flows.product)


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("abc", "'abc' is not a number"),
        ("nan", "'nan' is not a finite number"),
        ("inf", "'inf' is not a finite number"),
        ("-5", "'-5' is negative"),
        ("1,5", "'1,5' is not a number"),
        ("12 apples", "'12 apples' is not a number"),
    ],
)
def test_bad_values_are_reported_by_row_and_column(tables, scenario, cell, message):
    rows = [
        ["Trade data, 2024"],
        [],
        ["ReporterISO3", "PartnerISO3", "ProductCode", "TradeValue", "SimpleAverage"],
        ["USA", "JPN", "870323", "1", "2.5"],
        ["USA", "JPN", "870324", "2", "2.5"],
        ["USA", "JPN", "870331", "3", "2.5"],
        ["USA", "JPN", "870332", cell, "2.5"],  # row 7 of the file
        ["USA", "JPN", "870333", "4", "2.5"],
    ]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert r.problems == [RowProblem(7, "TradeValue", message)]
    assert r.rows_rejected == 1 and r.rows_accepted == 4
    assert "870332" not in r.flows.product
    text = r.text()
    assert f"row 7, column 'TradeValue': {message}" in text
    assert "NOT imported" in text and "only the 4 accepted rows" in text


def test_every_problem_of_a_row_is_listed_in_column_order(tables, scenario):
    rows = [HEAD, ["JP", "US", "02x1", "-1", "abc"], ["JP", "US", "", "5", "0"]]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert r.problems == [
        RowProblem(2, "product", "'02x1' is not an HS code (2–10 digits)"),
        RowProblem(2, "value", "'-1' is negative"),
        RowProblem(2, "mfn_rate", "'abc' is not a number"),
        RowProblem(3, "product", "empty cell"),
    ]
    assert r.rows_rejected == 2 and len(r.flows) == 0


def test_xlsx_problems_use_sheet_row_numbers(tables, scenario):
    path = tables.xlsx(
        "t.xlsx",
        [
            ["title"],
            HEAD,
            ["US", "JP", "8703", float("nan"), 0],
            ["US", "JP", "8708", True, 0],
            ["US", "JP", "8704", "#N/A", 0],
            ["US", "JP", "8705", 5, 0],
        ],
    )
    r = read_table(path, scenario=scenario)
    assert [(p.row, p.column) for p in r.problems] == [(4, "value"), (5, "value")]
    assert "True is not a number" in r.problems[0].message
    assert "'#N/A' is not a number" in r.problems[1].message
    # openpyxl writes NaN as a cell Excel cannot show; it reads back as empty or text
    assert r.flows.product == ["8705"]


def test_thousands_separators_and_percent_cells(tables, scenario):
    rows = [HEAD, ["US", "JP", "8703", "1,234,567.5", "2.5%"], ["US", "JP", "8708", "10", "25 %"]]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert r.flows.value == [1_234_567.5, 10.0]
    assert r.flows.mfn_rate == [0.025, 0.25]


def test_rate_above_the_limit_suggests_percent(tables, scenario):
    rows = [HEAD, ["US", "JP", "8703", "1", "25"], ["US", "JP", "8708", "1", "27.5"]]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert r.rows_rejected == 2
    assert "2500 %, above the 1000 % limit; is the column in percent?" in r.problems[0].message
    r = read_table(tables.csv("t.csv", rows), scenario=scenario, rates="percent")
    assert r.flows.mfn_rate == [0.25, 0.275]


def test_rates_mostly_above_100_percent_are_questioned(tables, scenario):
    rows = [HEAD, ["US", "JP", "8703", "1", "2.5"], ["US", "JP", "8708", "1", "5"]]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert any("most rates are above 100 %" in n for n in r.notes)


def test_duplicates_are_summed_with_value_weighted_rates(tables, scenario):
    rows = [
        HEAD,
        ["US", "JP", "8703", "100", "0.1"],
        ["US", "CN", "8703", "7", "0.2"],
        ["US", "JP", "8703", "300", "0.3"],
        ["US", "JP", "8703", "0", "0.9"],
    ]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert r.merged == 2
    assert r.flows.product == ["8703", "8703"] and r.flows.exporter == ["JP", "CN"]
    assert r.flows.value == [400.0, 7.0]
    assert r.flows.mfn_rate == [pytest.approx(0.25), 0.2]
    assert "2 rows repeated the importer, exporter and product" in r.text()


def test_duplicates_of_zero_value_average_their_rates(tables, scenario):
    rows = [HEAD, ["US", "JP", "8703", "0", "0.1"], ["US", "JP", "8703", "0", "0.3"]]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert r.flows.value == [0.0] and r.flows.mfn_rate == [pytest.approx(0.2)]


def test_duplicates_with_duties_keep_duties_over_value_exact(tables, scenario):
    rows = [
        ["Country", "HTS Number", "Customs Value", "Calculated Duties"],
        ["Japan", "8703", "100", "10"],
        ["Japan", "8703", "300", "2"],
    ]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert r.flows.value == [400.0] and r.flows.mfn_rate == [0.03]


def test_duties_on_zero_value_are_a_problem(tables, scenario):
    rows = [
        ["Country", "HTS Number", "Customs Value", "Calculated Duties"],
        ["Japan", "8703", "0", "5"],
    ]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert r.problems[0].column == "Calculated Duties"
    assert "on a value of 0" in r.problems[0].message


def test_scale_and_currency_override(tables, scenario):
    rows = [HEAD, ["US", "JP", "8703", "1.5", "0"]]
    path = tables.csv("t.csv", rows)
    r = read_table(path, scenario=scenario, scale=1e6, currency="JPY")
    assert r.flows.value == [1_500_000.0] and r.flows.unit == "JPY"
    assert r.scale_why == "given with --scale" and r.currency_why == "given with --currency"
    assert "x 1e+06 (given with --scale), in JPY (given with --currency)" in r.text()
    with pytest.raises(TableError, match="scale must be a positive number"):
        read_table(path, scenario=scenario, scale=-1)
    with pytest.raises(TableError, match="scale must be a positive number"):
        read_table(path, scenario=scenario, scale=math.nan)


def test_value_header_units(tables, scenario):
    rows = [["importer", "exporter", "product", "Value (US$ million)"], ["US", "JP", "8703", "2"]]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert r.flows.value == [2_000_000.0] and r.currency == "USD"


def test_unknown_partners_are_reported_with_row_counts(tables, scenario):
    rows = [
        ["reporterISO", "partnerISO", "cmdCode", "primaryValue"],
        ["USA", "JPN", "8703", "1"],
        ["USA", "DEU", "8703", "2"],
        ["USA", "DEU", "8708", "3"],
        ["USA", "FRA", "8703", "4"],
        ["USA", "World", "8703", "10"],
    ]
    path = tables.csv("t.csv", rows)
    r = read_table(path, scenario=scenario)
    assert r.unmatched == {("partnerISO", "DEU"): 2, ("partnerISO", "FRA"): 1}
    assert r.rows_unmatched == 3 and r.rows_left_out == 3 and r.flows.exporter == ["JP"]
    text = r.text()
    assert "'DEU' (column 'partnerISO'): 2 rows" in text and "--party NAME=ID" in text
    # --party maps a name; --others takes the rest, and the report names them
    r = read_table(path, scenario=scenario, aliases={"DEU": "CN"}, others="CN")
    assert r.unmatched == {} and r.flows.exporter == ["JP", "CN", "CN"]
    assert r.flows.product == ["8703", "8703", "8708"]
    assert r.flows.value == [1.0, 6.0, 3.0] and r.merged == 1
    assert r.to_others == {"FRA": 1}
    assert "'FRA': 1 row" in r.text()


def test_party_matching(tables, scenario):
    rows = [
        ["importer", "exporter", "product", "value"],
        ["United States", "japan", "8703", "1"],
        ["USA", "日本", "8704", "1"],
        ["840", "392", "8705", "1"],
        ["U.S.", "Japan ", "8706", "1"],
        ["us", "JPN", "8707", "1"],
    ]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert set(r.flows.importer) == {"US"} and set(r.flows.exporter) == {"JP"}
    assert len(r.flows) == 5
    assert iso2_of("Korea, South") == "KR" and iso2_of("Rep. of Korea") == "KR"
    assert iso2_of("0392") == "JP" and iso2_of("Atlantis") is None and iso2_of("²") is None


def test_party_options_are_checked(tables, scenario):
    path = tables.csv("t.csv", [HEAD, ["US", "JP", "8703", "1", "0"]])
    with pytest.raises(TableError, match="--importer Atlantis: not a party"):
        read_table(path, scenario=scenario, importer="Atlantis")
    with pytest.raises(TableError, match="--others XX: not a party"):
        read_table(path, scenario=scenario, others="XX")
    with pytest.raises(TableError, match="--party Germany=DE"):
        read_table(path, scenario=scenario, aliases={"Germany": "DE"})


def test_without_a_scenario_countries_become_iso2(tables):
    rows = [HEAD, ["USA", "Japan", "8703", "1", "0"], ["OUR", "THEIR", "8703", "2", "0"]]
    r = read_table(tables.csv("t.csv", rows))
    assert r.flows.importer == ["US", "OUR"] and r.flows.exporter == ["JP", "THEIR"]


def test_blank_rows_aggregates_and_short_rows(tables, scenario):
    rows = [
        HEAD,
        ["US", "JP", "8703", "1", "0"],
        [],
        ["", "", "", "", ""],
        ["US", "JP", "TOTAL", "99", "0"],
        ["US", "JP", "8708", "2"],  # a short row: the rate cell is missing
        ["US", "JP", "8709", "3", "0"],
    ]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert r.rows_read == 6 and r.rows_blank == 2
    assert r.skipped == {"product 'TOTAL' is a total, not a product line": 1}
    assert r.problems == [RowProblem(6, "mfn_rate", "empty cell")]
    assert r.flows.product == ["8703", "8709"]


def test_many_problems_are_capped(tables, scenario):
    rows = [HEAD] + [["US", "JP", f"{8700 + i % 99:04d}", "x", "0"] for i in range(250)]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert r.rows_rejected == 250 and len(r.problems) == 100 and r.problems_not_listed == 150
    assert "and 150 more problems not listed" in r.text()


def test_a_large_table_streams_in_batches(tables, scenario):
    """More rows than a batch, with a problem near the end: the row number is still right."""
    n = 3000
    rows = [HEAD] + [["US", "JP", f"{i:06d}", str(i), "0.01"] for i in range(n)]
    rows[2500][3] = "bad"
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert r.rows_read == n and r.rows_accepted == n - 1
    assert r.problems == [RowProblem(2501, "value", "'bad' is not a number")]
    assert r.flows.product[:2] == ["000000", "000001"]
    assert r.totals[("US", "JP")][0] == sum(range(n)) - 2499


def test_others_counts_only_rows_it_imports(tables, scenario):
    rows = [
        ["importer", "exporter", "product", "value"],
        ["US", "Germany", "8703", "1"],
        ["US", "Germany", "8704", "bad"],  # rejected: not counted as mapped to --others
        ["US", "France", "8703", "2"],
        ["US", "Rest", "TOTAL", "3"],  # skipped
    ]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario, others="CN")
    assert r.to_others == {"Germany": 1, "France": 1}
    assert r.rows_rejected == 1 and r.flows.value == [3.0] and r.merged == 1
    assert r.rows_left_out == 1 and r.unmatched == {}


def test_negative_zero_and_scaled_rounding(tables, scenario):
    rows = [HEAD, ["US", "JP", "8703", "-0", "-0"], ["US", "JP", "8708", "0.1", "0"]]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario, scale=1000)
    assert r.flows.value == [0.0, 100.0]
    assert str(r.flows.value[0]) == "0.0" and str(r.flows.mfn_rate[0]) == "0.0"


def test_unmatched_names_are_capped_in_the_text(tables, scenario):
    rows = [HEAD] + [["US", f"P{i:03d}", "8703", "1", "0"] for i in range(60)]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert len(r.unmatched) == 60
    assert "... and 20 more names (20 rows)" in r.text()
