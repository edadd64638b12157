"""The workbook as a spreadsheet user sees it: LibreOffice (headless) opens the exported files,
recalculates every formula and saves them; the recalculated utilities, ZOPA flags and weighted
values must equal the application's numbers to 1e-9, also after an official changed weights
and scores, and the saved file must still import. Skipped where LibreOffice is not installed
(CI installs the Debian package ``libreoffice-calc-nogui``)."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile

import openpyxl
import pytest

from factories import small_scenario
from negotiator_gui.core import bargaining as bg
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.excel import matrix_for, read_weights, write_workbook

pytestmark = [
    pytest.mark.skipif(
        not (shutil.which("soffice") or shutil.which("libreoffice")),
        reason="LibreOffice (soffice) is not installed",
    ),
    pytest.mark.slow,
    pytest.mark.office,
]

NOW = dt.datetime(2025, 4, 20, 9, 30)
HOSTILE = ["=1+1", "+SUM(1,2)", "-3", "@A1", "#N/A"]
#: The official's edits: weights moved between issues (JP's still add up to 100), a score and
#: a reservation value.
EDITS = {
    ("JP", "weight", "autos", ""): (30, 25),
    ("JP", "weight", "currency", ""): (8, 13),
    ("US", "score", "rice", "plus_25"): (35, 42.5),
    ("US", "reservation", "", ""): (48, 50),
}


def _edit(wb) -> None:
    def named(name):
        sheet, coord = wb.defined_names[name].attr_text.split("!")
        return wb[sheet][coord.replace("$", "")]

    named(L.weight_name("JP", "autos")).value = 25
    named(L.weight_name("JP", "currency")).value = 13
    named(L.reservation_name("US")).value = 50
    ws = wb[L.OPTIONS]
    heads = {c.value: c.column for c in ws[5] if c.value}
    for row in ws.iter_rows(min_row=6):
        if (row[1].value, row[2].value) == ("rice", "plus_25"):
            ws.cell(row[0].row, heads[L.h_score("US")]).value = 42.5


def _hostile():
    s = small_scenario()
    s.issues[0].options[0].label = HOSTILE[0]
    s.issues[1].options[0].label = HOSTILE[1]
    s.issues[2].options[0].label = HOSTILE[2]
    s.packages[1].name = HOSTILE[3]
    s.parties[1].name = HOSTILE[4]
    return s


@pytest.fixture(scope="module")
def office(tmp_path_factory, april, libreoffice):
    """Every workbook these tests need, recalculated by one LibreOffice run."""
    src = tmp_path_factory.mktemp("books")
    files = {
        "april": src / "april.xlsx",
        "edited": src / "edited.xlsx",
        "hostile": src / "hostile.xlsx",
        "redacted": src / "redacted.xlsx",
    }
    write_workbook(files["april"], april, now=NOW)
    wb = openpyxl.load_workbook(files["april"])
    _edit(wb)
    wb.save(files["edited"])
    write_workbook(files["hostile"], _hostile(), packages="all", now=NOW)
    write_workbook(files["redacted"], april, redacted=True, now=NOW)
    out = libreoffice(list(files.values()), src / "lo", tmp_path_factory.mktemp("profile"))
    return dict(zip(files, out, strict=True))


def _packages(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb[L.PACKAGES]
    rows = list(ws.iter_rows(values_only=True))
    k = next(i for i, r in enumerate(rows) if r[0] == "Package")
    heads = {v: j for j, v in enumerate(rows[k]) if v}
    return heads, [r for r in rows[k + 1 :] if r[0] and r[1] is not None], wb


def _choices(s, heads, row) -> dict[str, str]:
    ids = {(i.id, o.label): o.id for i in s.issues for o in i.options}
    return {i.id: ids[(i.id, row[heads[i.title]])] for i in s.issues}


def test_every_utility_flag_and_indicator_as_recalculated(office, april):
    heads, rows, wb = _packages(office["april"])
    m = matrix_for(april)
    by_label = {r.label: r for r in m.packages}
    assert len(rows) == len(m.packages)
    for row in rows:
        r = by_label[row[0]]
        for p in ("JP", "US"):
            assert row[heads[f"{p} utility"]] == pytest.approx(r.utilities[p], abs=1e-9)
        assert row[heads["In ZOPA"]] == ("yes" if r.in_zopa else "no")
        ind = r.indicators
        for head, value in (
            ("JP exports to US: change", ind.exports_change),
            ("Tariff revenue US collects on them", ind.revenue),
            ("JP balance with US", ind.balance),
            ("of which commitments", ind.commitments),
        ):
            assert row[heads[head]] == pytest.approx(value, rel=1e-9, abs=1e-9)
    ws = wb[L.OPTIONS]
    k = next(r[0].row for r in ws.iter_rows(max_row=10) if r[0].value == L.H_LABEL)
    cols = {c.value: c.column - 1 for c in ws[k] if c.value}
    opts = {(o.issue, o.option): o for o in m.options}
    checked = 0
    for row in ws.iter_rows(min_row=k + 1, values_only=True):
        o = opts.get((row[cols[L.H_ISSUE]], row[cols[L.H_OPTION]]))
        if o is None:
            continue
        for p in ("JP", "US"):
            assert row[cols[L.h_weighted(p)]] == pytest.approx(o.weighted[p], abs=1e-9)
        checked += 1
    assert checked == len(m.options)
    with zipfile.ZipFile(office["april"]) as z:
        assert any(n.startswith("xl/charts/") for n in z.namelist()), "the chart survives"


def test_changed_weights_recalculate_as_the_app_computes(office, april):
    changed = read_weights(office["edited"], april)
    got = {(c.party, c.what, c.issue, c.option): (c.old, c.new) for c in changed.changes}
    assert got == EDITS, "LibreOffice's saved file still imports, with exactly the edits"
    s = changed.scenario
    space = bg.build_space(s)
    heads, rows, _ = _packages(office["edited"])
    before = {row[0]: row for row in _packages(office["april"])[1]}
    moved = 0
    for row in rows:
        pkg = space.index_of(_choices(s, heads, row))
        u = space.utility(pkg)
        for j, p in enumerate(space.parties):
            assert row[heads[f"{p} utility"]] == pytest.approx(u[j] / bg.SCALE, abs=1e-9)
            moved += row[heads[f"{p} utility"]] != before[row[0]][heads[f"{p} utility"]]
        zopa = bool((u >= space.reservation).all())
        assert row[heads["In ZOPA"]] == ("yes" if zopa else "no")
    assert moved > len(rows) // 2, "the edits moved most utilities"


def test_text_stays_text_and_every_package_computes(office):
    s = _hostile()
    space = bg.build_space(s)
    heads, rows, _ = _packages(office["hostile"])
    assert len(rows) == space.size
    for row in rows:
        u = space.utility(space.index_of(_choices(s, heads, row)))
        for j, p in enumerate(space.parties):
            assert row[heads[f"{p} utility"]] == pytest.approx(u[j] / bg.SCALE, abs=1e-9)
    raw = openpyxl.load_workbook(office["hostile"])
    seen = set()
    for ws in raw.worksheets:
        for line in ws.iter_rows():
            for c in line:
                if isinstance(c.value, str) and any(h in c.value for h in HOSTILE):
                    if c.data_type == "f":
                        assert not any(h == c.value for h in HOSTILE), c.value
                        continue
                    seen.update(h for h in HOSTILE if h in c.value)
    assert seen == set(HOSTILE)


def test_redacted_workbook_recalculates(office, april):
    from negotiator_gui.core.redact import redact

    r = redact(april)
    m = matrix_for(r)
    heads, rows, _ = _packages(office["redacted"])
    assert "JP utility" not in heads and len(rows) == len(m.packages)
    by_label = {x.label: x for x in m.packages}
    for row in rows:
        assert row[heads["US utility"]] == pytest.approx(by_label[row[0]].utilities["US"], abs=1e-9)
