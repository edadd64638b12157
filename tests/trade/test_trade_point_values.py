"""The quick point values of the trade-impact chart against a direct computation.

``simulate_field`` (one per-row quantity, computed in place) must equal the same quantity of a
whole ``simulate`` bit for bit; ``sector_points`` (which uses it, and a memo of each flow
table's chapter groups) must equal the sums of a whole ``Prepared.run`` per chapter; and the
memo must never hand back groups of another flow table or importer.
"""

from __future__ import annotations

import gc
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiator_gui.app.document import Document
from negotiator_gui.core import chart_series as cs
from negotiator_gui.core.edits import set_field
from negotiator_gui.core.impact import Prepared, analyse
from negotiator_gui.core.model import TradeFlows
from negotiator_gui.core.package_effects import package_tariffs
from negotiator_gui.core.tariffs import Lines
from negotiator_gui.core.trade import (
    ROW_FIELDS,
    ElasticityArrays,
    Market,
    TradeModel,
    hs_chapter,
    simulate,
    simulate_field,
)

PACKAGE = {"autos": "allin_15", "reciprocal": "allin_15"}


def whole(impact, field: str) -> np.ndarray:
    """``field`` of a whole ``simulate`` result, as the chart computed it before."""
    if field == "change":
        return impact.m1 - impact.m0
    if field == "revenue_change":
        return impact.revenue1 - impact.revenue0
    return getattr(impact, field)


@st.composite
def runs(draw):
    """A market with several importers and exporters per product, zero-value rows, rate
    cuts and rises (some to the −100 % edge's neighbourhood), finite or infinite supply."""
    seed = draw(st.integers(0, 2**31))
    rng = np.random.default_rng(seed)
    n = draw(st.integers(0, 60))
    market = Market(
        importer=rng.integers(0, 3, n),
        exporter=rng.integers(3, 6, n),
        product=rng.choice(["0101", "0102", "8703", "8708", "72"], n),
        value=np.where(rng.random(n) < 0.15, 0.0, rng.lognormal(5, 2, n)),
    )
    t0 = rng.choice([0.0, 0.025, 0.1, 0.27], n)
    t1 = np.maximum(t0 + rng.choice([0.0, 0.1, 0.25, 1.5, -0.02, -0.3], n), -0.9)
    eps = [2.0, 99.0] if draw(st.booleans()) else [99.0]
    el = ElasticityArrays.from_values(
        n,
        rng.choice([0.0, 0.5, 1.26, 6.0, 12.0], n),
        rng.choice(eps, n),
        rng.choice([0.0, 1.5, 4.0], n),
    )
    model = draw(st.sampled_from(list(TradeModel)))
    return market, t0, t1, el, model, draw(st.booleans())


@settings(max_examples=120, deadline=None)
@given(runs(), st.sampled_from(ROW_FIELDS))
def test_one_field_equals_the_whole_run_exactly(case, field: str) -> None:
    market, t0, t1, el, model, diversion = case
    want = whole(simulate(market, t0, t1, el, model, diversion), field)
    got = simulate_field(market, t0, t1, el, field, model, diversion)
    np.testing.assert_array_equal(got, want)  # the same operations: not merely close
    assert got is not market.value and got is not t0 and got is not t1  # inputs untouched


def test_one_field_leaves_its_inputs_alone() -> None:
    n = 9
    market = Market(np.zeros(n, int), np.arange(n) % 3 + 1, ["8703"] * n, np.arange(n) + 1.0)
    t0, t1 = np.full(n, 0.025), np.full(n, 0.275)
    el = ElasticityArrays.from_values(n, 2.0)
    copies = [a.copy() for a in (market.value, t0, t1, el.eta, el.sigma)]
    for field in ROW_FIELDS:
        simulate_field(market, t0, t1, el, field)
    for before, after in zip(copies, (market.value, t0, t1, el.eta, el.sigma), strict=True):
        np.testing.assert_array_equal(before, after)


def test_unknown_field_is_refused() -> None:
    market = Market([0], [1], ["01"], [1.0])
    with pytest.raises(ValueError, match="unknown field"):
        simulate_field(market, [0.0], [0.1], ElasticityArrays.from_values(1, 1.0), "creation")


def direct(s, choices, importer: str, field: str, model: TradeModel) -> dict[str, dict]:
    """Per-chapter sums from whole runs, grouped the plain way (string keys, no memo)."""
    prep = Prepared.of(s, s.as_of, model)
    mine = prep.lines.importer == prep.lines.party_index(importer)
    chapters = hs_chapter(prep.lines.product)[mine]
    names, kid = np.unique(chapters, return_inverse=True)
    runs = {"status_quo": s.measures}
    if choices:
        runs["package"] = package_tariffs(s, choices).measures
    out = {}
    for name, measures in runs.items():
        values = whole(prep.run(name, measures).impact, field)[mine]
        sums = np.bincount(kid, values, len(names))
        out[name] = dict(zip(names.tolist(), sums.tolist(), strict=True))
    return out


def check_points(points: cs.SectorImpact, want: dict[str, dict]) -> None:
    """The chart's sectors are the largest, and their values the direct sums exactly."""
    assert points.status_quo.tolist() == [want["status_quo"][k] for k in points.sectors]
    if "package" in want:
        assert points.package.tolist() == [want["package"].get(k, 0.0) for k in points.sectors]
        size = {
            k: max(abs(v), abs(want["package"].get(k, 0.0))) for k, v in want["status_quo"].items()
        }
    else:
        assert points.package is None
        size = {k: abs(v) for k, v in want["status_quo"].items()}
    assert points.sectors == sorted(sorted(size), key=lambda k: -size[k])[: len(points.sectors)]


@pytest.mark.parametrize("field", cs.IMPACT_FIELDS)
@pytest.mark.parametrize("model", list(TradeModel))
@pytest.mark.parametrize("choices", [None, PACKAGE])
@pytest.mark.parametrize("importer", ["US", "JP"])
def test_sector_points_equal_the_direct_sums(field, model, choices, importer) -> None:
    s = Document.default().scenario
    lines = Lines.from_flows(s.trade_flows, [p.id for p in s.parties])
    prepared = Prepared.of(s, s.as_of, lines=lines)
    points = cs.sector_points(s, choices, importer, field, model, lines=lines, prepared=prepared)
    check_points(points, direct(s, choices, importer, field, model))
    again = cs.sector_points(s, choices, importer, field, model, lines=lines, prepared=prepared)
    assert (
        again.sectors == points.sectors and again.status_quo.tolist() == points.status_quo.tolist()
    )


def test_sector_points_agree_with_the_analysis() -> None:
    s = Document.default().scenario
    points = cs.sector_points(s, PACKAGE, "US", "change", top=50)
    a = analyse(s, s.as_of, PACKAGE)
    rows = cs.sector_rows(a, a.package.impact, "US", "change")
    for k, v in zip(points.sectors, points.package, strict=True):
        assert v == pytest.approx(rows[k], rel=1e-12, abs=1e-6)


def test_a_rate_edit_is_never_answered_from_the_memo() -> None:
    """The same flow table and prepared market are reused across edits (as the chart does):
    the groups come from the memo, the values must still follow every edit."""
    doc = Document.default()
    s0 = doc.scenario
    lines = Lines.from_flows(s0.trade_flows, [p.id for p in s0.parties])
    prepared = Prepared.of(s0, s0.as_of, lines=lines)
    seen = []
    for rate in (0.25, 0.4, 0.1, 0.4):
        doc.push(set_field(doc.scenario, "measure", "s232_autos", "rate", rate))
        s = doc.scenario
        points = cs.sector_points(s, PACKAGE, "US", lines=lines, prepared=prepared)
        check_points(points, direct(s, PACKAGE, "US", "change", TradeModel.LINEAR))
        seen.append(dict(zip(points.sectors, points.status_quo.tolist(), strict=True)))
    assert seen[0]["87"] != seen[1]["87"] != seen[2]["87"]
    assert seen[1] == seen[3]  # a value set back gives the same figures


def test_chapter_groups_belong_to_their_table_and_importer() -> None:
    s = Document.default().scenario
    parties = [p.id for p in s.parties]
    lines = Lines.from_flows(s.trade_flows, parties)
    us, jp = cs.chapters_of(lines, "US"), cs.chapters_of(lines, "JP")
    assert cs.chapters_of(lines, "US") is us  # remembered
    assert us.names != jp.names or not np.array_equal(us.rows, jp.rows)
    for importer, groups in (("US", us), ("JP", jp)):
        mine = np.flatnonzero(lines.importer == lines.party_index(importer))
        np.testing.assert_array_equal(groups.rows, mine)
        names = np.array(groups.names)[groups.kid]
        np.testing.assert_array_equal(names, hs_chapter(lines.product[mine]))
        assert len(set(groups.names)) == len(groups.names)
    with pytest.raises(ValueError):
        groups.kid[0] = 1  # shared between jobs: read-only

    # another flow table (every US line moved to chapter 99) is another Lines: fresh groups
    f = s.trade_flows
    moved = [("99" + p[2:]) if i == "US" else p for p, i in zip(f.product, f.importer, strict=True)]
    other = Lines.from_flows(replace(f, product=moved), parties)
    assert cs.chapters_of(other, "US").names == ("99",)
    assert cs.chapters_of(lines, "US") is us


def test_single_importer_groups_every_row() -> None:
    f = TradeFlows(
        year=2024,
        unit="USD",
        importer=["US"] * 4,
        exporter=["JP", "JP", "EU", "EU"],
        product=["8703", "7208", "8703", "0101"],
        value=[1.0, 2.0, 3.0, 4.0],
        mfn_rate=[0.025, 0.0, 0.025, 0.0],
    )
    lines = Lines.from_flows(f, ["US", "JP", "EU"])
    groups = cs.chapters_of(lines, "US")
    assert groups.rows is None
    assert groups.names == ("01", "72", "87")
    assert groups.kid.tolist() == [2, 1, 2, 0]


def test_groups_go_with_their_table() -> None:
    s = Document.default().scenario
    lines = Lines.from_flows(s.trade_flows, [p.id for p in s.parties])
    cs.chapters_of(lines, "US")
    before = len(cs._chapters_memo)
    del lines
    gc.collect()
    assert len(cs._chapters_memo) == before - 1


def test_a_prepared_market_is_only_borrowed() -> None:
    """``sector_points`` takes the market and elasticities of ``prepared`` and the scenario's
    own measures, day and model: a prepared object of an older revision gives the new figures."""
    doc = Document.default()
    prepared = Prepared.of(doc.scenario)
    doc.push(set_field(doc.scenario, "measure", "s232_autos", "rate", 0.5))
    s = doc.scenario
    got = cs.sector_points(s, None, "US", "welfare", TradeModel.EXACT, prepared=prepared)
    check_points(got, direct(s, None, "US", "welfare", TradeModel.EXACT))
    assert replace(prepared).model is TradeModel.LINEAR  # the prepared object is not changed
