"""The common layouts are recognised by their column names; an explicit mapping overrides them;
a table that cannot be used says why."""

from __future__ import annotations

import pytest

from negotiator_gui.io.tables import TableError, read_table

COMTRADE = [
    "typeCode",
    "freqCode",
    "refYear",
    "reporterCode",
    "reporterISO",
    "reporterDesc",
    "flowCode",
    "flowDesc",
    "partnerCode",
    "partnerISO",
    "partnerDesc",
    "partner2Code",
    "cmdCode",
    "cmdDesc",
    "qty",
    "primaryValue",
]


def comtrade_row(partner_iso, code, value, flow="M", reporter_iso="USA", year="2024"):
    return [
        "C",
        "A",
        year,
        "842",
        reporter_iso,
        reporter_iso,
        flow,
        "Import" if flow == "M" else "Export",
        "392",
        partner_iso,
        partner_iso,
        "0",
        code,
        "goods",
        "10",
        value,
    ]


def check_counts(r) -> None:
    """Every row read is accounted for exactly once."""
    assert r.rows_read == (
        r.rows_blank
        + r.rows_rejected
        + r.rows_unmatched
        + sum(r.skipped.values())
        + r.rows_accepted
    ), r.text()
    assert r.rows_accepted == len(r.flows) + r.merged


def test_comtrade(tables, scenario):
    path = tables.csv(
        "comtrade.csv",
        [
            COMTRADE,
            comtrade_row("JPN", "870323", "1000.5"),
            comtrade_row("JPN", "020110", "20"),
            comtrade_row("CHN", "870323", "7"),
            comtrade_row("W00", "870323", "1027.5"),  # the World total
        ],
    )
    r = read_table(path, scenario=scenario)
    assert r.layout == "UN Comtrade"
    assert r.columns["importer"] == "reporterISO"
    assert r.columns["exporter"] == "partnerISO"
    assert r.columns["product"] == "cmdCode"
    assert r.columns["value"] == "primaryValue"
    assert r.columns["year"] == "refYear"
    assert (r.currency, r.scale, r.year) == ("USD", 1.0, 2024)
    f = r.flows
    assert list(zip(f.importer, f.exporter, f.product, f.value, strict=True)) == [
        ("US", "JP", "870323", 1000.5),
        ("US", "JP", "020110", 20.0),
        ("US", "CN", "870323", 7.0),
    ]
    assert f.mfn_rate == [0.0, 0.0, 0.0] and not r.rates_known
    assert r.skipped == {"'W00' in 'partnerISO' is a total, not one economy": 1}
    assert r.totals[("US", "JP")] == (1020.5, 2)
    check_counts(r)
    text = r.text()
    assert "UN Comtrade" in text and "in USD (UN Comtrade reports US dollars)" in text


def test_comtrade_exports_swap_reporter_and_partner(tables, scenario):
    """On an export row the reporter is the exporter. Imports are preferred (tariffs apply to
    them); a table of exports only is read as exports."""
    rows = [
        COMTRADE,
        comtrade_row("JPN", "870323", "5", flow="M"),
        comtrade_row("JPN", "100630", "3", flow="X"),
        comtrade_row("JPN", "100630", "1", flow="RX"),
    ]
    r = read_table(tables.csv("both.csv", rows), scenario=scenario)
    assert r.flow == "M"
    assert list(zip(r.flows.importer, r.flows.exporter, strict=True)) == [("US", "JP")]
    assert r.skipped == {
        "flow X (not the flow imported; see --flow)": 1,
        "flow 'RX' (only imports and exports are read)": 1,
    }
    check_counts(r)
    r = read_table(tables.csv("both.csv", rows), scenario=scenario, flow="X")
    assert list(zip(r.flows.importer, r.flows.exporter, r.flows.product, strict=True)) == [
        ("JP", "US", "100630")
    ]
    r = read_table(tables.csv("x.csv", [rows[0], rows[2]]), scenario=scenario)
    assert r.flow == "X" and r.flows.importer == ["JP"] and r.flows.exporter == ["US"]
    r = read_table(tables.csv("both.csv", rows), scenario=scenario, flow="both")
    assert len(r.flows) == 2 and any("mirror" in n for n in r.notes)
    check_counts(r)


def test_several_years_need_a_choice(tables, scenario):
    rows = [
        COMTRADE,
        comtrade_row("JPN", "870323", "5", year="2023"),
        comtrade_row("JPN", "870323", "6", year="2024"),
        comtrade_row("JPN", "870324", "7", year="2024"),
    ]
    path = tables.csv("years.csv", rows)
    with pytest.raises(TableError, match=r"several years: 2023 \(1 rows\), 2024 \(2 rows\)"):
        read_table(path, scenario=scenario)
    r = read_table(path, scenario=scenario, year=2023)
    assert r.year == 2023 and r.flows.value == [5.0]
    assert r.skipped == {"year 2024 (not the year imported; see --year)": 2}
    check_counts(r)


WITS = [
    "Nomenclature",
    "ReporterISO3",
    "ProductCode",
    "ReporterName",
    "PartnerISO3",
    "PartnerName",
    "Year",
    "TradeFlowName",
    "TradeValue in 1000 USD",
    "NetWeight in KGM",
    "SimpleAverage",
]


def test_wits_values_in_thousands_and_rates_in_percent(tables, scenario):
    path = tables.csv(
        "wits.csv",
        [
            WITS,
            [
                "H5",
                "JPN",
                "100630",
                "Japan",
                "USA",
                "United States",
                "2024",
                "Gross Imp.",
                "300.5",
                "1",
                "341",
            ],
            [
                "H5",
                "JPN",
                "020130",
                "Japan",
                "USA",
                "United States",
                "2024",
                "Gross Imp.",
                "1200",
                "1",
                "38.5",
            ],
        ],
    )
    r = read_table(path, scenario=scenario)
    assert r.layout == "WITS/TRAINS"
    assert r.scale == 1000 and "TradeValue in 1000 USD" in r.scale_why
    assert r.rates == "percent"
    assert r.flows.importer == ["JP", "JP"] and r.flows.exporter == ["US", "US"]
    assert r.flows.value == [300_500.0, 1_200_000.0]
    assert r.flows.mfn_rate == [3.41, 0.385]
    assert "x 1,000" in r.text() and "percent" in r.text()
    check_counts(r)


def test_wits_short_value_header_still_in_thousands(tables, scenario):
    """Some tools shorten WITS's header to "TradeValue"; the layout still says thousands."""
    path = tables.csv(
        "wits.csv",
        [
            ["ReporterISO3", "PartnerISO3", "ProductCode", "TradeValue", "SimpleAverage"],
            ["JPN", "USA", "100630", "2", "5"],
        ],
    )
    r = read_table(path, scenario=scenario)
    assert r.scale == 1000 and "WITS/TRAINS reports trade values in thousands" in r.scale_why
    assert r.flows.value == [2000.0] and r.flows.mfn_rate == [0.05]


def test_wits_duty_types(tables, scenario):
    head = [
        "Reporter Name",
        "Partner Name",
        "Product",
        "Tariff Year",
        "DutyType",
        "Simple Average",
        "Imports Value in 1000 USD",
    ]
    rows = [
        head,
        ["Japan", "United States", "100630", "2024", "MFN", "10", "1"],
        ["Japan", "United States", "100630", "2024", "AHS", "0", "1"],
    ]
    r = read_table(tables.csv("t.csv", rows), scenario=scenario)
    assert r.flows.mfn_rate == [0.1] and r.flows.value == [1000.0]
    assert r.skipped == {"duty type AHS (see --duty-type)": 1}
    r = read_table(tables.csv("t.csv", rows), scenario=scenario, duty_type="ahs")
    assert r.flows.mfn_rate == [0.0]
    with pytest.raises(TableError, match="several duty types"):
        read_table(
            tables.csv("t2.csv", [head, rows[2], [*rows[2][:4], "BND", "5", "1"]]),
            scenario=scenario,
        )


DATAWEB_TITLE = [
    ["U.S. Imports for Consumption: Customs Value and Calculated Duties"],
    ["Annual Data, In 1,000 Dollars"],
    [],
]
DATAWEB_HEAD = [
    "Country",
    "HTS Number",
    "Description",
    "Year",
    "Customs Value",
    "Calculated Duties",
]


def test_dataweb_csv_with_title_rows(tables, scenario):
    path = tables.csv(
        "dataweb.csv",
        [
            *DATAWEB_TITLE,
            DATAWEB_HEAD,
            ["Japan", "8703.23.01", "Cars", "2024", "1,000", "25"],
            ["Japan", "0201.10", "Beef", "2024", "200", "0"],
            ["China", "8703.23.01", "Cars", "2024", "50", "1.25"],
        ],
    )
    r = read_table(path, scenario=scenario)
    assert r.layout == "USITC DataWeb / US Census"
    assert r.header_row == 4
    assert r.fixed == {"importer": "US"}
    assert "tables are US imports" in r.columns_how["importer"]
    assert r.scale == 1000 and "title" in r.scale_why
    assert r.rates == "duties"
    f = r.flows
    assert f.product == ["87032301", "020110", "87032301"]
    assert f.exporter == ["JP", "JP", "CN"]
    assert f.value == [1_000_000.0, 200_000.0, 50_000.0]
    assert f.mfn_rate == [0.025, 0.0, 0.025]
    check_counts(r)


def test_dataweb_exports_title_makes_the_country_the_importer(tables, scenario):
    path = tables.csv(
        "exports.csv",
        [
            ["U.S. Domestic Exports: FAS Value"],
            ["Country", "HTS Number", "Customs Value"],
            ["Japan", "1006", "10"],
        ],
    )
    r = read_table(path, scenario=scenario)
    assert (r.flows.importer, r.flows.exporter) == (["JP"], ["US"])


def test_dataweb_xlsx_on_second_sheet_with_year_columns(tables, scenario):
    """DataWeb workbooks put the query first and the data, one column per year, after it."""
    path = tables.xlsx(
        "dataweb.xlsx",
        [
            ["U.S. Imports for Consumption: Customs Value"],
            ["In Actual Dollars"],
            [],
            ["Country", "HTS Number", "Description", 2023, 2024],
            ["Japan", 201.0, "Beef", 10, 20],
            ["Japan", 8703230190, "Cars", 10, 30],
            ["Japan", "1006", "Rice", 5, None],  # no trade in 2024
        ],
        sheet="Customs Value",
        before=[("Query Parameters", [["Trade flow", "Imports for consumption"]])],
    )
    r = read_table(path, scenario=scenario)
    assert r.sheet == "Customs Value" and r.sheet_why == "the first sheet with a header"
    assert r.columns["value"] == "2024" and r.year == 2024
    assert r.flows.product == ["0201", "8703230190"]
    assert r.flows.value == [20.0, 30.0]
    assert r.skipped == {"the value is empty (no trade recorded)": 1}
    check_counts(r)
    r = read_table(path, scenario=scenario, year=2023)
    assert r.columns["value"] == "2023" and r.flows.value == [10.0, 10.0, 5.0]
    r = read_table(path, scenario=scenario, sheet="Customs Value")
    assert r.sheet_why == "given with --sheet"


def test_plain_layout(tables, scenario):
    path = tables.csv(
        "plain.csv",
        [
            ["importer", "exporter", "product", "value", "mfn_rate", "year"],
            ["US", "JP", "8703", "55900000000", "0.025", "2024"],
            ["JP", "US", "1006", "300000000", "3.41", "2024"],
        ],
    )
    r = read_table(path, scenario=scenario)
    assert r.layout == "Negotiator" and r.rates == "fraction"
    assert r.flows.mfn_rate == [0.025, 3.41]
    assert r.currency == "USD" and "assumed" in r.currency_why
    check_counts(r)


def test_explicit_mapping_overrides_detection(tables, scenario):
    path = tables.csv(
        "plain.csv",
        [
            ["importer", "exporter", "product", "value", "Other value", "mfn_rate"],
            ["US", "JP", "8703", "1", "2", "0.025"],
        ],
    )
    r = read_table(path, {"value": "OTHER VALUE", "mfn_rate": None}, scenario=scenario)
    assert r.columns["value"] == "Other value"
    assert r.columns_how["value"] == "given with --map"
    assert r.flows.value == [2.0] and "mfn_rate" not in r.columns and not r.rates_known


def test_explicit_mapping_for_an_unknown_layout(tables, scenario):
    path = tables.csv(
        "custom.csv",
        [
            ["Our report of 2024"],
            ["Land", "Ware", "Betrag"],
            ["Japan", "870323", "12"],
        ],
    )
    with pytest.raises(TableError, match="no header row found"):
        read_table(path, scenario=scenario)
    r = read_table(
        path,
        {"exporter": "Land", "product": "Ware", "value": "Betrag"},
        scenario=scenario,
        importer="USA",
    )
    assert r.header_row == 2
    assert (r.flows.importer, r.flows.exporter, r.flows.value) == (["US"], ["JP"], [12.0])
    assert "given with --importer" in r.text()


def test_missing_required_column_lists_the_columns(tables, scenario):
    path = tables.csv("t.csv", [["exporter", "product", "value"], ["JP", "8703", "1"]])
    with pytest.raises(TableError) as exc:
        read_table(path, scenario=scenario)
    msg = str(exc.value)
    assert "no column for importer" in msg and "--importer ID" in msg
    assert "'exporter', 'product', 'value'" in msg
    r = read_table(path, scenario=scenario, importer="US")
    assert r.flows.importer == ["US"]


def test_mapped_column_not_found(tables, scenario):
    path = tables.csv(
        "t.csv", [["importer", "exporter", "product", "value"], ["US", "JP", "87", "1"]]
    )
    with pytest.raises(TableError, match=r"no column named 'Customs Value' \(for value\)"):
        read_table(path, {"value": "Customs Value"}, scenario=scenario)
    with pytest.raises(TableError, match="unknown field"):
        read_table(path, {"price": "value"}, scenario=scenario)


def test_import_charges_are_not_a_value(tables, scenario):
    path = tables.csv(
        "t.csv", [["Country", "HTS Number", "General Import Charges"], ["Japan", "8703", "1"]]
    )
    with pytest.raises(TableError, match="freight and insurance"):
        read_table(path, scenario=scenario)


def test_japanese_headers_and_units(tables, scenario):
    path = tables.csv(
        "jp.csv",
        [
            ["輸入国", "輸出国", "品目コード", "金額(千円)", "税率(%)"],
            ["日本", "米国", "0201", "100", "38.5"],
        ],
    )
    r = read_table(path, scenario=scenario)
    assert (r.flows.importer, r.flows.exporter) == (["JP"], ["US"])
    assert r.currency == "JPY" and r.scale == 1000 and r.rates == "percent"
    assert r.flows.value == [100_000.0] and r.flows.mfn_rate == [0.385]


def test_dataweb_needs_a_us_party(tables):
    """The teaching scenario has no United States: DataWeb's implied importer cannot be used."""
    from negotiator_gui.io.scenario_file import read_scenario
    from negotiator_gui.paths import scenario_path

    teaching = read_scenario(scenario_path("teaching-3-issues.scenario.json")).scenario
    path = tables.csv("dw.csv", [DATAWEB_HEAD, ["Ourland", "8703", "", "2024", "1", "0"]])
    with pytest.raises(TableError, match="holds US trade, but the scenario has no such party"):
        read_table(path, scenario=teaching)
    r = read_table(path, scenario=teaching, importer="THEIR")
    assert (r.flows.importer, r.flows.exporter) == (["THEIR"], ["OUR"])
