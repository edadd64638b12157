"""The options-matrix workbook as openpyxl reads it: sheets, live formulas that compute the
application's numbers, inputs and names, print set-up, text safety and Japanese text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from factories import small_scenario
from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.labels import measure_label
from negotiator_gui.core.model import Package
from negotiator_gui.core.options_matrix import ALL_PACKAGES_LIMIT, build
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.excel import matrix_for, write_workbook
from negotiator_gui.io.scenario_writer import content_hash

NOW = dt.datetime(2025, 4, 20, 9, 30)


@pytest.fixture(scope="module")
def april_book(tmp_path_factory, april):
    path = tmp_path_factory.mktemp("book") / "april.xlsx"
    result = write_workbook(path, april, revision="rev 7", now=NOW)
    return path, result


def _rows(ws, first: int) -> list[tuple]:
    return [r for r in ws.iter_rows(min_row=first, values_only=True) if r and r[0] is not None]


def _header(ws) -> tuple[int, dict[str, int]]:
    for row in ws.iter_rows(min_row=1, max_row=10):
        values = [c.value for c in row]
        if "Package" in values or L.H_LABEL in values:
            return row[0].row, {v: c.column for v, c in zip(values, row, strict=True) if v}
    raise AssertionError("no header row")


def test_sheets_about_and_properties(april_book, april):
    path, result = april_book
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [
        L.ABOUT,
        L.OPTIONS,
        L.PACKAGES,
        L.CHART,
        L.GRID,
        L.IMPACT,
        L.TARIFFS,
        L.BOARDS,
        L.RANGES,
    ]
    about = {r[0]: r[1] for r in wb[L.ABOUT].iter_rows(values_only=True) if r and r[0]}
    assert about[L.ABOUT_FORMAT] == L.FORMAT_LINE
    assert about[L.ABOUT_SCENARIO_ID] == april.id
    assert about[L.ABOUT_HASH] == content_hash(april) == result.content_hash
    assert about["Revision"] == "rev 7"
    assert about["Exported at"] == NOW
    assert about["As of"].date() == april.as_of
    assert about[L.ABOUT_REDACTED] == "no"
    assert "Elasticities used" in about and "Legend" in about
    props = {p.name: p.value for p in wb.custom_doc_props.props}
    assert (
        props["NegotiatorFormat"] == L.FORMAT_LINE and props["ContentHash"] == result.content_hash
    )
    assert props["Revision"] == "rev 7" and props["Redacted"] is False
    assert wb.properties.title == april.title
    with zipfile.ZipFile(path) as z:
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())


def test_revision_optional(tmp_path, teaching):
    write_workbook(tmp_path / "t.xlsx", teaching, now=NOW)
    wb = openpyxl.load_workbook(tmp_path / "t.xlsx")
    about = {r[0]: r[1] for r in wb[L.ABOUT].iter_rows(values_only=True) if r and r[0]}
    assert about["Revision"].startswith("—") and len(about[L.ABOUT_HASH]) == 64


def test_utilities_are_formulas_that_compute_the_matrix(april_book, april, evaluate):
    path, _ = april_book
    wb = openpyxl.load_workbook(path)
    ev = evaluate(wb)
    m = matrix_for(april)
    ws = wb[L.PACKAGES]
    header, cols = _header(ws)
    by_label = {r.label: r for r in m.packages}
    assert len(by_label) == len(m.packages)
    seen = 0
    last_u = None
    for row in ws.iter_rows(min_row=header + 1):
        label = row[0].value
        if label not in by_label:
            continue
        r = by_label.pop(label)
        seen += 1
        for p in ("JP", "US"):
            c = row[cols[f"{p} utility"] - 1]
            assert c.data_type == "f"
            assert ev.cell(L.PACKAGES, c.coordinate) == pytest.approx(r.utilities[p], abs=1e-9)
        zopa = row[cols["In ZOPA"] - 1]
        assert zopa.data_type == "f"
        assert ev.cell(L.PACKAGES, zopa.coordinate) == ("yes" if r.in_zopa else "no")
        # "yes" on the frontier, else blank
        assert row[cols["On frontier"] - 1].value == ("yes" if r.on_frontier else None)
        ind = r.indicators
        assert row[cols["JP exports to US: change"] - 1].value == pytest.approx(
            ind.exports_change, rel=1e-15
        )
        assert row[cols["JP balance with US"] - 1].value == pytest.approx(ind.balance, rel=1e-15)
        for issue in april.issues:
            opt = next(o for o in issue.options if o.id == r.choices[issue.id])
            assert row[cols[issue.title] - 1].value == opt.label
        # the solutions first, then the ZOPA, then the rest; each by our side's (JP's) utility
        sol = {"nash", "kalai_smorodinsky", "egalitarian", "utilitarian"}
        group = 0 if sol & set(r.kinds) else 1 if r.in_zopa else 2
        if last_u is not None and group == last_u[0]:
            assert r.utilities["JP"] <= last_u[1]
        else:
            assert last_u is None or group > last_u[0]
        last_u = (group, r.utilities["JP"])
    assert not by_label and seen == len(m.packages) == m.frontier_size + 3
    assert sum(r.on_frontier for r in m.packages) >= m.frontier_size


def test_options_inputs_names_and_weighted_values(april_book, april, evaluate):
    path, _ = april_book
    wb = openpyxl.load_workbook(path)
    ev = evaluate(wb)
    ws = wb[L.OPTIONS]
    header, cols = _header(ws)
    m = build(april, with_indicators=False)
    prefs = {p.party: p for p in april.preferences}
    for p in ("JP", "US"):
        for issue in april.issues:
            name = L.weight_name(p, issue.id)
            sheet, coord = wb.defined_names[name].attr_text.split("!")
            cell = wb[sheet][coord.replace("$", "")]
            assert cell.value == prefs[p].issues[issue.id].weight
            assert cell.protection.locked is False and cell.fill.fgColor.rgb.endswith(L.INPUT_FILL)
        total = wb.defined_names[L.total_name(p)].attr_text
        assert ev.ref(L.OPTIONS, L.total_name(p)) == pytest.approx(100.0)
        assert total.startswith(f"{L.OPTIONS}!")
        assert ev.ref(L.OPTIONS, L.reservation_name(p)) == m.reservation[p]
    rows = {(r.issue, r.option): r for r in m.options}
    n = 0
    for row in ws.iter_rows(min_row=header + 1):
        issue, option = row[cols[L.H_ISSUE] - 1].value, row[cols[L.H_OPTION] - 1].value
        if not option:
            continue
        r = rows[(issue, option)]
        for p in ("JP", "US"):
            assert row[cols[L.h_score(p)] - 1].value == r.scores[p]
            w = row[cols[L.h_weighted(p)] - 1]
            assert w.data_type == "f"
            assert ev.cell(L.OPTIONS, w.coordinate) == pytest.approx(r.weighted[p], abs=1e-12)
        n += 1
    assert n == len(m.options)


def test_print_setup_filters_and_formats(april_book):
    path, _ = april_book
    wb = openpyxl.load_workbook(path)
    for name in (L.OPTIONS, L.PACKAGES, L.IMPACT, L.BOARDS, L.TARIFFS, L.GRID):
        ws = wb[name]
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows, name
        assert ws.freeze_panes, name
        assert ws.protection.sheet is False
    pk = wb[L.PACKAGES]
    header, cols = _header(pk)
    assert pk.auto_filter.ref.startswith(f"A{header}:")
    assert pk.print_title_rows.replace("$", "") == f"{header}:{header}"
    ranges = {str(cf.sqref) for cf in pk.conditional_formatting}
    u = openpyxl.utils.get_column_letter(cols["JP utility"])
    assert any(r.startswith(f"{u}{header + 1}:") for r in ranges)
    first = pk.cell(header + 1, cols["JP utility"])
    assert first.number_format == L.POINTS
    assert pk.cell(header + 1, cols["JP balance with US"]).number_format == L.MONEY_BN
    tariffs = wb[L.TARIFFS]
    assert any(
        c.number_format.startswith("0.0%") for row in tariffs.iter_rows() for c in row if c.value
    )


def test_grid_impact_tariffs_and_boards(april_book, april):
    path, _ = april_book
    wb = openpyxl.load_workbook(path)
    m = build(april, with_indicators=False)
    grid = wb[L.GRID]
    header, cols = _header_of(grid, "Issue")
    labels = {(i.id, o.id): o.label for i in april.issues for o in i.options}
    rows = {r[0]: r for r in grid.iter_rows(min_row=header + 1, values_only=True) if r[0]}
    for issue in april.issues:
        cell = m.grid[issue.id]["JP"]
        got = rows[issue.title]
        assert got[cols["JP target"] - 1] == labels[(issue.id, cell.target)]
        assert got[cols["JP resistance"] - 1] == labels[(issue.id, cell.resistance)]
    impact = wb[L.IMPACT]
    header, cols = _header_of(impact, "Package")
    packages = {r[0] for r in impact.iter_rows(min_row=header + 1, values_only=True) if r[0]}
    assert "No deal (tariffs as scheduled)" in packages and "Nash bargaining solution" in packages
    tariffs = [r[0] for r in wb[L.TARIFFS].iter_rows(values_only=True) if r and r[0]]
    assert all(measure_label(m) in tariffs for m in april.measures)
    boards = wb[L.BOARDS]
    header, cols = _header_of(boards, "Board")
    cards = [r for r in boards.iter_rows(min_row=header + 1, values_only=True) if r[0]]
    assert len(cards) == len(april.cards)
    assert [r[0] for r in cards] == sorted((r[0] for r in cards), key=lambda p: p != "JP")


def _header_of(ws, first: str) -> tuple[int, dict[str, int]]:
    for row in ws.iter_rows(min_row=1, max_row=12):
        if row[0].value == first and row[0].font.bold:
            return row[0].row, {c.value: c.column for c in row if c.value}
    raise AssertionError(f"no header starting {first!r}")


PAYLOADS = [
    '=HYPERLINK("http://example.invalid","x")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\tTabbed",
    "\rCarriage",
    "#N/A",
    "=1+1",
]


def _hostile() -> object:
    s = small_scenario()
    s.parties[0].name = PAYLOADS[0]
    s.issues[0].title = PAYLOADS[1]
    s.issues[0].options[0].label = PAYLOADS[2]
    s.issues[1].options[1].label = PAYLOADS[3]
    s.cards[0].title = PAYLOADS[4]
    s.packages[1].name = PAYLOADS[5]
    s.measures[0].title = PAYLOADS[6]
    s.issues[2].title = PAYLOADS[7]
    s.notes = "bell \x07 in a note, and =SUM(A1)"
    return s


def test_user_text_is_never_a_formula(tmp_path, evaluate):
    s = _hostile()
    path = tmp_path / "hostile.xlsx"
    write_workbook(path, s, now=NOW)
    wb = openpyxl.load_workbook(path)
    # XML reads a carriage return back as a line feed: compare with that in mind
    found: dict[str, int] = {p.replace("\r", "\n"): 0 for p in PAYLOADS}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    assert not any(p.strip() in c.value for p in PAYLOADS if len(p) > 4), c.value
                    continue
                if not isinstance(c.value, str):
                    continue
                for p in found:
                    if p in c.value:
                        found[p] += 1
                if L.dangerous(c.value):
                    assert c.data_type == "s", (ws.title, c.coordinate, c.value)
                    assert c.quotePrefix, (ws.title, c.coordinate)
    assert all(found.values()), found
    # and the formulas the writer did write still compute (the hostile names change nothing)
    ev = evaluate(wb)
    m = matrix_for(s)
    ws = wb[L.PACKAGES]
    header, cols = _header(ws)
    utilities = sorted(
        ev.cell(L.PACKAGES, ws.cell(r, cols["JP utility"]).coordinate)
        for r in range(header + 1, header + 1 + len(m.packages))
    )
    assert utilities == pytest.approx(sorted(r.utilities["JP"] for r in m.packages), abs=1e-9)
    with zipfile.ZipFile(path) as z:
        sheet_xml = z.read("xl/worksheets/sheet2.xml").decode()
    assert "<f>-2+3</f>" not in sheet_xml and "<f>1+1</f>" not in sheet_xml


def test_japanese_text_survives(tmp_path):
    s = small_scenario()
    path = tmp_path / "jp.xlsx"
    write_workbook(path, s, now=NOW)
    wb = openpyxl.load_workbook(path)
    texts = {
        c.value
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str)
    }
    assert any("七月の合意案" in x for x in texts) and "自動車関税を15 %に" in texts
    assert "日米関税交渉のテスト用シナリオ 🇯🇵🇺🇸" in texts
    assert "Japan (JP)" in texts


def test_every_package_of_a_small_space(tmp_path, teaching, evaluate):
    path = tmp_path / "all.xlsx"
    result = write_workbook(path, teaching, packages="all", now=NOW)
    space = bg.build_space(teaching)
    assert result.packages == space.size == 27
    wb = openpyxl.load_workbook(path)
    ev = evaluate(wb)
    ws = wb[L.PACKAGES]
    header, cols = _header(ws)
    issues = [i for i in teaching.issues]
    label_to_id = {(i.id, o.label): o.id for i in issues for o in i.options}
    got = set()
    for r in range(header + 1, header + 1 + space.size):
        choices = {i.id: label_to_id[(i.id, ws.cell(r, cols[i.title]).value)] for i in issues}
        u = space.utility(space.index_of(choices))
        for j, p in enumerate(space.parties):
            value = ev.cell(L.PACKAGES, ws.cell(r, cols[f"{p} utility"]).coordinate)
            assert value == pytest.approx(u[j] / bg.SCALE, abs=1e-9)
        got.add(tuple(sorted(choices.items())))
    assert len(got) == space.size


def test_package_counts_and_chosen_package(tmp_path, april):
    m = matrix_for(april, 4, [Package("mine", "My package", {"autos": "allin_15"})])
    assert sum("frontier" in r.kinds for r in m.packages) <= 4
    chosen = next(r for r in m.packages if "chosen" in r.kinds)
    assert chosen.choices["autos"] == "allin_15" and chosen.label == "My package"
    assert chosen.choices["rice"] == "sq"  # open issues from the status quo
    with pytest.raises(ValueError):
        matrix_for(april, "most")
    with pytest.raises(bg.AnalysisError, match="more than"):
        build(april, with_indicators=False, all_packages=True)
    assert bg.build_space(april).size > ALL_PACKAGES_LIMIT
    full = build(april, with_indicators=False, frontier_rows=None)
    assert sum("frontier" in r.kinds for r in full.packages) + 3 >= full.frontier_size


def test_partial_matrix_without_one_sides_preferences(teaching):
    s = teaching
    s2 = dataclasses.replace(s, preferences=[p for p in s.preferences if p.party != s.perspective])
    with pytest.raises(bg.AnalysisError):
        build(s2, with_indicators=False)
    m = build(s2, with_indicators=False, partial=True)
    other = s2.preferences[0].party
    assert m.parties == (other,) and m.unknown == (s.perspective,) and not m.complete
    assert m.zopa is None and m.frontier_size == 0
    assert all(set(r.utilities) == {other} and not r.in_zopa for r in m.packages)
    assert all(set(r.scores) == {other} for r in m.options)
    full = build(s, with_indicators=False)
    space = bg.build_space(s)
    for r in m.packages:
        u = space.utility(space.index_of(r.choices))
        assert r.utilities[other] == u[space.parties.index(other)] / bg.SCALE
    assert full.complete


def test_write_is_atomic_and_refuses_a_matrix_with_redaction(tmp_path, teaching):
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"old")
    with pytest.raises(ValueError):
        write_workbook(path, teaching, redacted=True, matrix=matrix_for(teaching))
    assert path.read_bytes() == b"old"
    write_workbook(path, teaching, now=NOW)
    assert zipfile.is_zipfile(path)
    assert not list(Path(tmp_path).glob(".*.tmp"))


def test_streaming_and_plain_writers_agree(tmp_path, monkeypatch):
    """The fast path (scratch cells through openpyxl's row hook) writes what the plain path
    (a cell object per styled value, for an openpyxl without the hook) writes."""
    s = _hostile()
    fast, plain = tmp_path / "fast.xlsx", tmp_path / "plain.xlsx"
    write_workbook(fast, s, now=NOW)
    monkeypatch.setattr(L, "_STREAMING", False)
    write_workbook(plain, s, now=NOW)
    a, b = openpyxl.load_workbook(fast), openpyxl.load_workbook(plain)
    assert a.sheetnames == b.sheetnames
    n = 0
    for wa, wb_ in zip(a.worksheets, b.worksheets, strict=True):
        for ra, rb in zip(wa.iter_rows(), wb_.iter_rows(), strict=True):
            for ca, cb in zip(ra, rb, strict=True):
                assert (ca.value, ca.data_type, ca.number_format) == (
                    cb.value,
                    cb.data_type,
                    cb.number_format,
                ), (wa.title, ca.coordinate)
                assert (ca.font.b, ca.quotePrefix, ca.alignment.wrap_text) == (
                    cb.font.b,
                    cb.quotePrefix,
                    cb.alignment.wrap_text,
                ), (wa.title, ca.coordinate)
                assert (ca.comment is None) == (cb.comment is None), (wa.title, ca.coordinate)
                n += ca.value is not None
    assert n > 500


def test_scenarios_without_flows_with_three_sides_or_no_preferences(tmp_path, teaching, evaluate):
    from negotiator_gui.core.model import IssuePreference, Party, Preferences, TradeFlows

    bare = dataclasses.replace(
        teaching, trade_flows=TradeFlows(), measures=[], cards=[], packages=[], offers=[]
    )
    write_workbook(tmp_path / "bare.xlsx", bare, now=NOW)
    wb = openpyxl.load_workbook(tmp_path / "bare.xlsx")
    heads = [c.value for row in wb[L.PACKAGES].iter_rows(max_row=6) for c in row if c.value]
    assert "OUR utility" in heads and not any("balance" in str(h) for h in heads)
    assert "no trade flows" in str([c.value for c in wb[L.IMPACT]["A"]])

    extra = Preferences(
        "X", {i.id: IssuePreference(10, {o.id: 50 for o in i.options}) for i in teaching.issues}
    )
    three = dataclasses.replace(
        teaching,
        parties=[*teaching.parties, Party("X", "Another negotiator")],
        preferences=[*teaching.preferences, extra],
    )
    write_workbook(tmp_path / "three.xlsx", three, now=NOW)
    wb = openpyxl.load_workbook(tmp_path / "three.xlsx")
    ev = evaluate(wb)
    ws = wb[L.PACKAGES]
    header, cols = _header(ws)
    m = matrix_for(three)
    assert {"OUR utility", "THEIR utility", "X utility"} <= set(cols)
    row_of = {ws.cell(k, 1).value: k for k in range(header + 1, ws.max_row + 1)}
    for r in m.packages:
        got = ev.cell(L.PACKAGES, ws.cell(row_of[r.label], cols["X utility"]).coordinate)
        # the application rounds each issue's contribution to 1e-9 points (three thirds of 50)
        assert got == pytest.approx(r.utilities["X"], abs=2e-9) and got == pytest.approx(50.0)

    none = dataclasses.replace(teaching, preferences=[])
    result = write_workbook(tmp_path / "none.xlsx", none, now=NOW)
    assert any("not known" in n for n in result.notes)
    openpyxl.load_workbook(tmp_path / "none.xlsx")
