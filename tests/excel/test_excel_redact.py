"""Redacted copies: our side's weights, scores, reservation value and red lines appear nowhere
in a redacted workbook or scenario file (cells, comments, defined names, document properties,
charts: every part of the file is searched), while the full copy does hold them."""

from __future__ import annotations

import copy
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from factories import small_scenario
from negotiator_gui.core.model import Card, CardKind, CardStatus
from negotiator_gui.core.redact import redact
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.excel import write_workbook
from negotiator_gui.io.scenario_file import check_scenario, read_scenario, write_scenario
from negotiator_gui.io.scenario_writer import content_hash, dumps_scenario

NOW = dt.datetime(2025, 4, 20, 9, 30)

#: Our side's numbers, chosen so that none can occur in the file by accident.
SECRET_WEIGHTS = {"autos": 47.123457, "reciprocal": 31.654329, "rice": 21.222214}
SECRET_SCORES = {
    "autos": {"keep": 3.141593, "cut-half": 71.828183, "floor-15": 96.661127},
    "reciprocal": {"keep": 1.414214, "set-10": 88.732051, "snapback": 22.360679},
    "rice": {"none": 93.384146, "quota-up": 16.180339, "standards": 57.721566},
}
SECRET_RESERVATION = 44.444137
SECRET_TEXTS = ["REDLINE-ALPHA never cut rice", "BATNA-OMEGA wait it out", "RATIONALE-SIGMA"]
SECRET_VALUE_TO_US = 13.579246


def secret_scenario():
    """The small scenario with our side's (JP's) numbers made unmistakable."""
    s = small_scenario()
    me = s.perspective
    prefs = s.preferences_of(me)
    for issue, w in SECRET_WEIGHTS.items():
        prefs.issues[issue].weight = w
        prefs.issues[issue].scores = dict(SECRET_SCORES[issue])
        prefs.issues[issue].rationale = SECRET_TEXTS[2]
    prefs.reservation.package = ""
    prefs.reservation.value = SECRET_RESERVATION
    prefs.rationale = SECRET_TEXTS[2]
    s.party(me).batna = SECRET_TEXTS[1]
    s.cards.append(
        Card(
            "jp-r-secret",
            me,
            CardKind.RED_LINE,
            SECRET_TEXTS[0],
            CardStatus.HELD_BACK,
            issue="rice",
            option="quota-up",
            value_to_us=SECRET_VALUE_TO_US,
            notes=SECRET_TEXTS[0],
        )
    )
    s.card("us-d-rice").links.append("jp-r-secret")
    s.card("jp-d-autos").value_to_us = SECRET_VALUE_TO_US
    assert not check_scenario(s).has_errors()
    return s


def needles() -> list[str]:
    out = [repr(v) for v in SECRET_WEIGHTS.values()]
    out += [repr(v) for scores in SECRET_SCORES.values() for v in scores.values()]
    out += [repr(SECRET_RESERVATION), repr(SECRET_VALUE_TO_US), *SECRET_TEXTS]
    return out


def xlsx_text(path: Path) -> dict[str, str]:
    """Every part of a workbook (it is a zip of XML files), decoded."""
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8", "replace") for n in z.namelist()}


def found(parts: dict[str, str]) -> dict[str, list[str]]:
    return {n: [p for p, text in parts.items() if n in text] for n in needles()}


def test_redact_removes_our_private_numbers_only():
    s = secret_scenario()
    before = dumps_scenario(s)
    r = redact(s)
    assert dumps_scenario(s) == before, "the original is not changed"
    me = s.perspective
    assert [p.party for p in r.preferences] == [p.party for p in s.preferences if p.party != me]
    assert not any(c.party == me and c.kind is CardKind.RED_LINE for c in r.cards)
    assert all("jp-r-secret" not in c.links for c in r.cards)
    assert all(c.value_to_us is None for c in r.cards if c.party == me)
    assert all(c.cost_to_them is None for c in r.cards if c.party != me)
    assert r.party(me).batna == "" and r.party("US").batna == s.party("US").batna
    # everything else is kept
    assert r.offers == s.offers and r.packages == s.packages and r.measures == s.measures
    assert r.preferences_of("US") == s.preferences_of("US")
    assert len(r.trade_flows) == len(s.trade_flows) and r.trade_flows is not s.trade_flows
    problems = check_scenario(r)
    assert not problems.has_errors()
    assert any("no preferences" in str(p) for p in problems.warnings)


def test_redacted_scenario_file_holds_no_secret(tmp_path):
    s = secret_scenario()
    full, red = tmp_path / "full.scenario.json", tmp_path / "red.scenario.json"
    write_scenario(s, full)
    write_scenario(redact(s), red)
    assert all(hits for hits in found({"file": full.read_text("utf-8")}).values())
    text = red.read_text("utf-8")
    assert not any(found({"file": text}).values()), found({"file": text})
    loaded = read_scenario(red)
    assert loaded.scenario.id == s.id
    assert any("no preferences" in str(w) for w in loaded.warnings)


def test_redacted_workbook_holds_no_secret(tmp_path):
    s = secret_scenario()
    full, red = tmp_path / "full.xlsx", tmp_path / "red.xlsx"
    write_workbook(full, s, now=NOW)
    result = write_workbook(red, s, redacted=True, now=NOW)
    # the search works: the full workbook holds our weights, scores, reservation and red line
    hits = found(xlsx_text(full))
    for weight in SECRET_WEIGHTS.values():
        assert hits[repr(weight)], weight
    assert hits[repr(SECRET_RESERVATION)] and hits[SECRET_TEXTS[0]]
    assert any(hits[repr(v)] for v in SECRET_SCORES["autos"].values())
    # … and the redacted one holds none of them, in any part (cells, comments, names, props)
    parts = xlsx_text(red)
    assert any(n.startswith("xl/comments") for n in parts), "comments are searched too"
    assert "docProps/custom.xml" in parts and "xl/workbook.xml" in parts
    leaks = {k: v for k, v in found(parts).items() if v}
    assert not leaks, leaks
    # what the redacted copy says about itself
    wb = openpyxl.load_workbook(red)
    about = {r[0]: r[1] for r in wb[L.ABOUT].iter_rows(values_only=True) if r and r[0]}
    assert about[L.ABOUT_REDACTED].startswith("yes")
    assert about[L.ABOUT_HASH] == content_hash(redact(s)) == result.content_hash
    assert {p.name: p.value for p in wb.custom_doc_props.props}["Redacted"] is True
    assert not any(name.endswith("_JP") or "_JP_" in name for name in wb.defined_names)
    heads = [c.value for row in wb[L.OPTIONS].iter_rows(max_row=8) for c in row if c.value]
    assert "US weight" in heads and "JP weight" not in heads and "JP score" not in heads
    pk = [c.value for row in wb[L.PACKAGES].iter_rows(max_row=10) for c in row if c.value]
    assert "US utility" in pk and "JP utility" not in pk and "In ZOPA" not in pk
    assert wb[L.PACKAGES].HeaderFooter.oddHeader.right.text == "REDACTED COPY"
    boards = [r[4] for r in wb[L.BOARDS].iter_rows(values_only=True) if r and r[0]]
    assert SECRET_TEXTS[0] not in boards and "No rice tariff cut" not in boards  # our red lines
    assert "More US rice" in boards and "LNG purchases" in boards


def test_redacted_workbook_of_a_scenario_with_our_package_reservation(tmp_path):
    """Our reservation given as a package (the factory's JP) is dropped with the rest."""
    s = small_scenario()
    red = tmp_path / "red.xlsx"
    write_workbook(red, copy.deepcopy(s), redacted=True, now=NOW)
    wb = openpyxl.load_workbook(red)
    assert L.reservation_name("JP") not in wb.defined_names
    assert L.reservation_name("US") in wb.defined_names


@pytest.mark.parametrize("packages", ["frontier", "all", 3])
def test_redacted_workbook_for_every_package_choice(tmp_path, packages):
    s = secret_scenario()
    red = tmp_path / "red.xlsx"
    write_workbook(red, s, packages=packages, redacted=True, now=NOW)
    assert not any(found(xlsx_text(red)).values())
