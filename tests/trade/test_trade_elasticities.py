"""Presets and the resolution rule: which elasticity each row gets, and where it came from."""

from __future__ import annotations

import numpy as np
import pytest

from negotiator_gui.core.elasticities import FALLBACK, PRESETS, candidate_sources, resolve
from negotiator_gui.core.model import Elasticity, ElasticityKind
from negotiator_gui.core.trade import (
    INFINITE_SUPPLY,
    ElasticityArrays,
    Market,
    Origin,
    WarningKind,
    impact_warnings,
    simulate,
)

ETA = ElasticityKind.IMPORT_DEMAND
EPS = ElasticityKind.EXPORT_SUPPLY
SIGMA = ElasticityKind.SUBSTITUTION
PARTIES = ["US", "JP", "KR"]


def market(*rows: tuple[str, str, str]) -> Market:
    """Rows of (importer id, exporter id, product), each worth 100."""
    idx = {p: i for i, p in enumerate(PARTIES)}
    return Market(
        importer=np.array([idx[r[0]] for r in rows]),
        exporter=np.array([idx[r[1]] for r in rows]),
        product=np.array([r[2] for r in rows]),
        value=np.full(len(rows), 100.0),
    )


def eta_of(el: ElasticityArrays, row: int) -> tuple[float, str, str]:
    src = el.sources[el.eta_source[row]]
    return el.eta[row], src.id, src.origin


def sigma_of(el: ElasticityArrays, row: int) -> tuple[float, str, str]:
    src = el.sources[el.sigma_source[row]]
    return el.sigma[row], src.id, src.origin


def test_longest_prefix_wins() -> None:
    m = market(("US", "JP", "870323"), ("US", "JP", "8704"), ("US", "JP", "0101"))
    el = resolve(
        [
            Elasticity("e87", ETA, 1.0, product="87"),
            Elasticity("e8703", ETA, 2.0, product="8703"),
            Elasticity("all", ETA, 3.0),
        ],
        m,
        PARTIES,
    )
    assert eta_of(el, 0) == (2.0, "e8703", Origin.SCENARIO)
    assert eta_of(el, 1) == (1.0, "e87", Origin.SCENARIO)
    assert eta_of(el, 2) == (3.0, "all", Origin.SCENARIO)


def test_importer_specific_beats_general_at_equal_prefix_but_not_a_longer_prefix() -> None:
    m = market(("US", "JP", "870323"), ("JP", "US", "870323"), ("US", "JP", "8704"))
    el = resolve(
        [
            Elasticity("us87", ETA, 5.0, product="87", importer="US"),
            Elasticity("gen87", ETA, 1.0, product="87"),  # later, but less specific
            Elasticity("gen8703", ETA, 2.0, product="8703"),
        ],
        m,
        PARTIES,
    )
    assert eta_of(el, 0)[:2] == (2.0, "gen8703")  # longer prefix first, whatever the importer
    assert eta_of(el, 1)[:2] == (2.0, "gen8703")
    assert eta_of(el, 2)[:2] == (5.0, "us87")  # same prefix: importer-specific wins
    # a US-only entry does not reach Japan's imports: those get the preset value
    m2 = market(("JP", "US", "8704"))
    got = resolve([Elasticity("us87", ETA, 5.0, "87", "US")], m2, PARTIES)
    assert eta_of(got, 0) == (1.0, "feenstra-2018:eta:*", Origin.PRESET)


def test_ties_go_to_the_later_entry() -> None:
    m = market(("US", "JP", "8703"))
    el = resolve(
        [Elasticity("first", ETA, 1.0, product="87"), Elasticity("second", ETA, 2.0, "87")],
        m,
        PARTIES,
    )
    assert eta_of(el, 0)[:2] == (2.0, "second")
    # presets: the later preset in the list wins a tie (both cover every product)
    later = resolve([], m, PARTIES, presets=("fontagne-2022", "simonovska-waugh-2014"))
    assert sigma_of(later, 0) == (4.0, "simonovska-waugh-2014:sigma:*", Origin.PRESET)
    earlier = resolve([], m, PARTIES, presets=("simonovska-waugh-2014", "fontagne-2022"))
    assert sigma_of(earlier, 0)[0] == 5.0


def test_scenario_beats_preset_beats_fallback() -> None:
    m = market(("US", "JP", "8703"), ("US", "JP", "3901"), ("US", "JP", "2901"))
    none = resolve([], m, PARTIES)  # default presets: Feenstra et al. η + Caliendo–Parro σ
    assert [eta_of(none, i) for i in range(3)] == [(1.0, "feenstra-2018:eta:*", Origin.PRESET)] * 3
    assert sigma_of(none, 0) == (1.01, "caliendo-parro-2015:sigma:87", Origin.PRESET)
    assert sigma_of(none, 1) == (1.5, "smart:sigma:*", Origin.PRESET)  # plastics: no CP value
    assert sigma_of(none, 2)[0] == 4.75  # chemicals 28–38
    assert none.eps_x.tolist() == [INFINITE_SUPPLY] * 3
    assert {none.sources[i].origin for i in none.eps_source} == {Origin.PRESET}

    # a general scenario value is an override: it masks the more specific preset value
    own = resolve([Elasticity("mine", ETA, 3.0)], m, PARTIES)
    assert [eta_of(own, i)[:2] for i in range(3)] == [(3.0, "mine")] * 3
    # ... and a scenario σ beats SMART's
    own_sigma = resolve([Elasticity("s", SIGMA, 3.0, product="39")], m, PARTIES)
    assert own_sigma.sigma.tolist() == [1.01, 3.0, 4.75]
    no_smart = resolve([], m, PARTIES, presets=("feenstra-2018", "caliendo-parro-2015"))
    assert sigma_of(no_smart, 1) == (4.0, "fallback:sigma:*", Origin.FALLBACK)

    bare = resolve([], m, PARTIES, presets=())
    for kind_src in (bare.eta_source, bare.eps_source, bare.sigma_source):
        assert {bare.sources[i].origin for i in kind_src} == {Origin.FALLBACK}
    assert (bare.eta.tolist(), bare.eps_x.tolist(), bare.sigma.tolist()) == (
        [1.0] * 3,
        [99.0] * 3,
        [4.0] * 3,
    )


def test_provenance_per_row_and_kind() -> None:
    m = market(("US", "JP", "8703"), ("US", "KR", "8703"), ("JP", "US", "0201"))
    el = resolve([Elasticity("jp_beef", ETA, 2.5, "0201", "JP", source="analyst")], m, PARTIES)
    for row, (value, sid, origin) in enumerate(
        [
            (1.0, "feenstra-2018:eta:*", Origin.PRESET),
            (1.0, "feenstra-2018:eta:*", Origin.PRESET),
            (2.5, "jp_beef", Origin.SCENARIO),
        ]
    ):
        src = el.sources[el.eta_source[row]]
        assert (el.eta[row], src.id, src.origin) == (value, sid, origin)
        assert src.kind == ETA
        assert el.sources[el.sigma_source[row]].kind == SIGMA
        assert el.sources[el.eps_source[row]].kind == EPS
    assert el.sources[el.sigma_source[0]].label == "Caliendo–Parro 2015 autos σ"
    assert "Caliendo" in el.sources[el.sigma_source[0]].source_text
    assert "Feenstra" in el.sources[el.eta_source[0]].source_text
    # a scenario entry without a name is labelled by what it covers, never by its id
    assert "jp_beef" not in el.sources[el.eta_source[2]].display
    assert el.sources[el.eta_source[2]].source_text == "analyst"
    # rows of one market share their sources (the exporters compete with the same elasticities)
    assert el.eta_source[0] == el.eta_source[1]


def test_unknown_importer_matches_nothing_and_unknown_preset_is_an_error() -> None:
    m = market(("US", "JP", "8703"))
    el = resolve([Elasticity("x", ETA, 9.0, importer="CN")], m, PARTIES)
    assert eta_of(el, 0)[1] == "feenstra-2018:eta:*"
    with pytest.raises(KeyError, match="unknown preset"):
        resolve([], m, PARTIES, presets=("nope",))
    with pytest.raises(ValueError, match="positive"):
        resolve([Elasticity("bad", ETA, 0.0)], m, PARTIES)


def test_presets_carry_provenance_and_the_published_values() -> None:
    assert set(PRESETS) == {
        "feenstra-2018",
        "smart",
        "caliendo-parro-2015",
        "fontagne-2022",
        "simonovska-waugh-2014",
    }
    for preset in [*PRESETS.values(), FALLBACK]:
        assert preset.provenance and preset.title
        for e in preset.entries:
            assert e.provenance and e.label and e.prefixes and e.value > 0
    smart = {e.kind: e.value for e in PRESETS["smart"].entries}
    assert smart == {SIGMA: 1.5, EPS: 99.0}  # SMART's η (Kee–Nicita–Olarreaga) is not shipped
    # sector trade elasticities are micro σ, never import-demand η (models.md §2)
    for name in ("caliendo-parro-2015", "fontagne-2022", "simonovska-waugh-2014"):
        assert {e.kind for e in PRESETS[name].entries} == {SIGMA}
    assert {(e.kind, e.value) for e in PRESETS["feenstra-2018"].entries} == {(ETA, 1.0)}
    for preset in [*PRESETS.values(), FALLBACK]:
        for e in preset.entries:
            if e.low is not None:
                assert e.low < e.value < e.high
    cp = {p: e.value for e in PRESETS["caliendo-parro-2015"].entries for p in e.prefixes}
    assert (cp["87"], cp["84"], cp["85"], cp["90"]) == (1.01, 1.52, 10.60, 8.98)
    assert all(cp[f"{c:02d}"] == 4.75 for c in range(28, 39))
    assert all(cp[f"{c:02d}"] == 8.11 for c in range(1, 25))
    assert {e.value for e in PRESETS["fontagne-2022"].entries} == {5.0}
    assert {e.value for e in PRESETS["simonovska-waugh-2014"].entries} == {4.0}
    fb = {e.kind: e.value for e in FALLBACK.entries}
    assert fb == {ETA: 1.0, EPS: 99.0, SIGMA: 4.0}
    ids = [s.id for s in candidate_sources([], list(PRESETS))]
    assert len(ids) == len(set(ids))


def test_resolution_is_vectorised_over_products_and_handles_many_rows() -> None:
    rng = np.random.default_rng(0)
    n = 20_000
    codes = np.array([f"{c:06d}" for c in rng.integers(10_000, 980_000, 2_000)])
    m = Market(
        importer=rng.integers(0, 2, n),
        exporter=rng.integers(2, 3, n),
        product=rng.choice(codes, n),
        value=np.ones(n),
    )
    el = resolve([Elasticity("us", SIGMA, 3.0, "8703", "US")], m, PARTIES)
    np.testing.assert_array_equal(el.eta, np.ones(n))
    chapter = m.product.astype("<U2")
    expect = np.full(n, 1.5)
    expect[chapter == "87"] = 1.01
    expect[chapter == "84"] = 1.52
    expect[np.isin(chapter, [f"{c:02d}" for c in range(28, 39)])] = 4.75
    expect[np.isin(chapter, [f"{c:02d}" for c in range(1, 25)])] = 8.11
    expect[chapter == "85"] = 10.60
    expect[np.isin(chapter, ["90", "91"])] = 8.98
    expect[(m.importer == 0) & (m.product.astype("<U4") == "8703")] = 3.0
    np.testing.assert_array_equal(el.sigma, expect)


def test_rows_on_the_fallback_are_reported_missing() -> None:
    m = market(("US", "JP", "8703"), ("US", "JP", "3901"), ("US", "JP", "9999"))
    el = resolve([], m, PARTIES, presets=("smart", "caliendo-parro-2015"))
    t0 = np.zeros(3)
    t1 = np.full(3, 0.01)
    lin = simulate(m, t0, t1, el)
    warnings = impact_warnings(m, t0, t1, el, lin, lin, party_ids=PARTIES)
    missing = [w for w in warnings if w.kind == WarningKind.MISSING_ELASTICITY]
    assert len(missing) == 1
    assert sorted(missing[0].rows.tolist()) == [0, 1, 2]  # no η preset: every row falls back
    assert "η on 3" in str(missing[0])
    assert "JP→US HS 3901" in str(missing[0])
    covered = resolve([Elasticity("all", ETA, 2.0)], m, PARTIES)
    lin = simulate(m, t0, t1, covered)
    kinds = {w.kind for w in impact_warnings(m, t0, t1, covered, lin, lin)}
    assert WarningKind.MISSING_ELASTICITY not in kinds
