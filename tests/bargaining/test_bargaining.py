"""Package analysis: the merged frontier, the solutions and the counter-packages equal brute force
exactly on random domains; invariances; hand-checked results on the teaching scenario."""

from __future__ import annotations

import copy
import itertools
import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factories import small_scenario
from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.bargaining import (
    SCALE,
    AnalysisError,
    Space,
    build_space,
    counter_packages,
    enumerate_utilities,
    frontier,
    improvements,
    non_dominated,
    solutions,
    zopa_size,
)
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import scenario_path


@st.composite
def spaces(draw, parties: int | None = None, max_issues: int = 4, max_options: int = 4):
    p = parties or draw(st.integers(2, 3))
    n_issues = draw(st.integers(1, max_issues))
    # small integer contributions make ties (equal vectors) common, which is what we test
    value = st.integers(0, 6).map(lambda v: v * SCALE)
    contrib = tuple(
        np.array(
            draw(
                st.lists(st.lists(value, min_size=p, max_size=p), min_size=1, max_size=max_options)
            ),
            dtype=np.int64,
        )
        for _ in range(n_issues)
    )
    reservation = (
        np.array(draw(st.lists(st.integers(0, 10), min_size=p, max_size=p)), dtype=np.int64) * SCALE
    )
    return Space(
        parties=tuple(f"P{j}" for j in range(p)),
        issues=tuple(f"i{k}" for k in range(n_issues)),
        options=tuple(tuple(f"o{m}" for m in range(len(c))) for c in contrib),
        contrib=contrib,
        reservation=reservation,
    )


def brute(space: Space):
    """Every package with its utility vector (Python ints)."""
    packages = list(itertools.product(*[range(len(o)) for o in space.options]))
    utils = [tuple(int(x) for x in space.utility(pkg)) for pkg in packages]
    return packages, utils


def brute_frontier(space: Space) -> dict[tuple[int, ...], set[tuple[int, ...]]]:
    packages, utils = brute(space)
    vectors = set(utils)
    nd = {
        v
        for v in vectors
        if not any(all(a >= b for a, b in zip(w, v, strict=True)) and w != v for w in vectors)
    }
    return {v: {pkg for pkg, u in zip(packages, utils, strict=True) if u == v} for v in nd}


@settings(max_examples=300, deadline=None)
@given(spaces())
def test_merged_frontier_equals_enumeration_with_ties(space):
    front = frontier(space)
    expected = brute_frontier(space)
    got = {tuple(int(x) for x in p): i for i, p in enumerate(front.points)}
    assert set(got) == set(expected)
    counts = front.tie_counts()
    for vector, i in got.items():
        assert counts[i] == len(expected[vector])
        listed = set(front.packages(i, limit=10**6))
        assert listed == expected[vector]


@settings(max_examples=200, deadline=None)
@given(spaces())
def test_solutions_equal_enumeration(space):
    got = solutions(frontier(space))
    _packages, utils = brute(space)
    d = [int(x) for x in space.reservation]
    zopa = sorted({u for u in utils if all(a >= b for a, b in zip(u, d, strict=True))})
    if not zopa:
        assert all(v is None for v in got.values())
        return
    gains = {u: [a - b for a, b in zip(u, d, strict=True)] for u in zopa}
    ideal = [max(u[j] for u in zopa) for j in range(len(d))]

    def ks(u):
        return min(
            Fraction(g, i - dj) if i > dj else Fraction(1)
            for g, i, dj in zip(gains[u], ideal, d, strict=True)
        )

    measures = {
        "nash": lambda u: math.prod(gains[u]),
        "kalai_smorodinsky": ks,
        "egalitarian": lambda u: min(gains[u]),
        "utilitarian": sum,
    }
    front = frontier(space)
    for name, f in measures.items():
        best = max(f(u) for u in zopa)
        winners = {u for u in zopa if f(u) == best}
        # the solution's points are exactly the non-dominated winners
        nd_winners = {
            u
            for u in winners
            if not any(all(a >= b for a, b in zip(w, u, strict=True)) and w != u for w in zopa)
        }
        sol = got[name]
        chosen = {tuple(int(x) for x in front.points[i]) for i in sol.points}
        assert chosen == nd_winners, name


@settings(max_examples=100, deadline=None)
@given(spaces(parties=2), st.integers(1, 4), st.integers(-5, 5))
def test_nash_and_ks_unchanged_by_affine_rescaling(space, a, b):
    """U' = a·U + b for party 0 (b added through the first issue's options and the reservation)."""
    contrib = [c.copy() for c in space.contrib]
    for c in contrib:
        c[:, 0] *= a
    contrib[0][:, 0] += b * SCALE
    res = space.reservation.copy()
    res[0] = a * res[0] + b * SCALE
    scaled = Space(space.parties, space.issues, space.options, tuple(contrib), res)
    f1, f2 = frontier(space), frontier(scaled)
    s1, s2 = solutions(f1), solutions(f2)
    for name in ("nash", "kalai_smorodinsky"):
        if s1[name] is None:
            assert s2[name] is None
            continue
        pk1 = {p for i in s1[name].points for p in f1.packages(i, 10**6)}
        pk2 = {p for i in s2[name].points for p in f2.packages(i, 10**6)}
        assert pk1 == pk2, name


@settings(max_examples=150, deadline=None)
@given(spaces(parties=2, max_issues=5), st.data())
def test_counter_packages_equal_enumeration(space, data):
    packages, utils = brute(space)
    x = data.draw(st.sampled_from(packages))
    eps = data.draw(st.sampled_from([0.0, 1.0, 2.5]))
    top = data.draw(st.integers(1, 6))
    got, complete = counter_packages(space, x, party=0, epsilon=eps, top=top)
    assert complete
    ux = space.utility(x)
    band = [
        (u[1], pkg)
        for pkg, u in zip(packages, utils, strict=True)
        if abs(u[0] - ux[0]) <= eps * SCALE and pkg != tuple(x)
    ]
    expected = sorted((v for v, _ in band), reverse=True)[:top]
    assert [round(c.utilities[1] * SCALE) for c in got] == expected
    for c in got:
        assert abs(space.utility(c.package)[0] - ux[0]) <= eps * SCALE


def test_non_dominated_general_equals_two_party_version():
    rng = np.random.default_rng(1)
    u = rng.integers(0, 20, size=(500, 2)).astype(np.int64)
    a, pa = bg._nd_2d(u)
    b, pb = bg._nd_general(u)
    assert {tuple(r) for r in a} == {tuple(r) for r in b}
    assert ((pa >= 0) == (pb >= 0)).all()
    with pytest.raises(ValueError):
        non_dominated(np.zeros(3))


def test_teaching_scenario_by_hand():
    s = read_scenario(scenario_path("teaching-3-issues.scenario.json")).scenario
    space = build_space(s)
    assert space.size == 27 and space.parties == ("OUR", "THEIR")
    z = zopa_size(space)
    assert z.exact and z.packages == 11
    front = frontier(space)
    sol = solutions(front)
    nash = sol["nash"]
    assert nash.utilities == ((75.0, 63.0),)
    (pkg,) = front.packages(nash.points[0])
    assert space.choices(pkg) == s.package("logroll").choices
    # "split the difference" (63/53) is beaten by the logroll: a post-settlement improvement
    split = space.index_of(s.package("split_the_difference").choices)
    assert nash.points[0] in improvements(front, split)
    assert bg.distance_to(front, split, nash.utilities[0]) == pytest.approx(math.hypot(12, 10))


def test_weights_are_scaled_and_reservation_from_package():
    s = small_scenario()
    prefs = s.preferences_of("JP")
    for ip in prefs.issues.values():
        ip.weight *= 3  # 300 points: scaled back to 1
    space = build_space(s)
    reference = build_space(small_scenario())
    for a, b in zip(space.contrib, reference.contrib, strict=True):
        assert np.abs(a - b).max() <= 1
    # a reservation given as a package is that package's utility
    s3 = small_scenario()
    pkg = s3.packages[0]
    full = {i.id: pkg.choices.get(i.id, i.options[0].id) for i in s3.issues}
    pkg.choices = full
    s3.preferences_of("US").reservation.value = None
    s3.preferences_of("US").reservation.package = pkg.id
    sp3 = build_space(s3)
    j = sp3.parties.index("US")
    assert sp3.reservation[j] == sp3.utility(sp3.index_of(full))[j]


def test_zopa_sampling_for_large_spaces(monkeypatch):
    s = read_scenario(scenario_path("us-japan-2025-04.scenario.json")).scenario
    space = build_space(s)
    exact = zopa_size(space)
    monkeypatch.setattr(bg, "EXACT_COUNT_LIMIT", 1000)
    est = zopa_size(space, samples=100_000)
    assert not est.exact and est.samples == 100_000
    assert abs(est.fraction - exact.fraction) <= 2 * est.margin


def test_errors_are_clear():
    s = small_scenario()
    s.preferences = [p for p in s.preferences if p.party != "US"]
    with pytest.raises(AnalysisError, match="no preferences"):
        build_space(s)
    s2 = small_scenario()
    s2.issues = []
    with pytest.raises(AnalysisError, match="no issues"):
        build_space(s2)
    space = build_space(small_scenario())
    with pytest.raises(AnalysisError, match="leaves issue"):
        space.index_of({})


def test_large_frontier_is_fast_and_exact_in_size():
    """20 issues × 6 options (3.7·10¹⁵ packages) answered by merging; sizes are printed by the
    benchmark, here we only check it completes and is non-dominated."""
    rng = np.random.default_rng(3)
    contrib = tuple(rng.integers(0, 5 * SCALE, size=(6, 2)).astype(np.int64) for _ in range(20))
    space = Space(
        ("A", "B"),
        tuple(f"i{k}" for k in range(20)),
        tuple(tuple(f"o{m}" for m in range(6)) for _ in range(20)),
        contrib,
        np.zeros(2, dtype=np.int64),
    )
    front = frontier(space)
    pts = front.points
    assert space.size == 6**20 and len(pts) > 10
    assert (np.diff(pts[:, 0]) < 0).all() and (np.diff(pts[:, 1]) > 0).all()
    pkg = front.packages(0, 1)[0]
    assert tuple(space.utility(pkg)) == tuple(pts[0])


def test_enumeration_matches_utility():
    space = build_space(copy.deepcopy(small_scenario()))
    digits, u = next(enumerate_utilities(space))
    for row in range(0, len(digits), max(1, len(digits) // 7)):
        assert tuple(u[row]) == tuple(space.utility(digits[row]))
