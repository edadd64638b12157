"""The analysis within its limits: large spaces end, with honestly labelled approximate results.

Every check counts work, sizes or bytes, never seconds. Small spaces must still give the exact
frontier (equal to brute force, in ``test_bargaining``); here a tiny work budget forces the
approximate path on small spaces so that its promises can be checked against brute force: every
point is a real package, points do not dominate each other, and every package is within the
stated error of some point, for every party at once.
"""

from __future__ import annotations

import itertools
import math

import big_spaces
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiator_gui.core import bargaining as bg
from negotiator_gui.core import pareto
from negotiator_gui.core.bargaining import SCALE, Cancelled, Space


@st.composite
def spaces(draw, parties: int | None = None):
    p = parties or draw(st.integers(2, 4))
    n_issues = draw(st.integers(1, 5))
    value = st.integers(0, 9).map(lambda v: v * SCALE)
    contrib = tuple(
        np.array(
            draw(st.lists(st.lists(value, min_size=p, max_size=p), min_size=1, max_size=4)),
            dtype=np.int64,
        )
        for _ in range(n_issues)
    )
    return Space(
        tuple(f"P{j}" for j in range(p)),
        tuple(f"i{k}" for k in range(n_issues)),
        tuple(tuple(f"o{m}" for m in range(len(c))) for c in contrib),
        contrib,
        np.zeros(p, dtype=np.int64),
    )


def _all_utilities(space: Space) -> np.ndarray:
    return np.concatenate([u for _, u in bg.enumerate_utilities(space)])


def _true_ties(space: Space) -> dict[tuple[int, ...], int]:
    out: dict[tuple[int, ...], int] = {}
    for row in _all_utilities(space):
        key = tuple(int(x) for x in row)
        out[key] = out.get(key, 0) + 1
    return out


@settings(max_examples=150, deadline=None)
@given(spaces(), st.integers(1, 6))
def test_the_approximate_frontier_keeps_its_promises(space, floor):
    """With no budget at all the merge thins at every issue, down to ``floor`` points."""
    old = bg.MIN_POINTS
    bg.MIN_POINTS = floor
    try:
        front = bg.frontier(space, work_limit=0)
    finally:
        bg.MIN_POINTS = old
    pts = front.points
    everything = _all_utilities(space)
    # every point is a real package, with the utilities it claims
    for i in range(len(front)):
        for pkg in front.packages(i, 3):
            assert tuple(space.utility(pkg)) == tuple(pts[i])
        assert tuple(front.first_packages([i])[0]) == front.packages(i, 1)[0]
    # no point dominates another
    for a, b in itertools.permutations(range(len(pts)), 2):
        assert not ((pts[a] >= pts[b]).all() and (pts[a] != pts[b]).any())
    # every package is within the error of some point, in every utility at once
    gap = (everything[:, None, :] - pts[None, :, :]).max(axis=2).min(axis=1)
    assert gap.max() <= front.error
    assert front.exact == (front.thinned == 0) and (front.error == 0) == front.exact
    # tie counts count real packages (all of them when exact)
    truth = _true_ties(space)
    for i, count in enumerate(front.tie_counts()):
        expected = truth[tuple(int(x) for x in pts[i])]
        assert count == expected if front.exact else 1 <= count <= expected


@settings(max_examples=100, deadline=None)
@given(spaces())
def test_within_the_budget_the_frontier_is_exact(space):
    front = bg.frontier(space)
    assert front.exact and front.error == 0 and front.note() == ""
    assert 0 < front.work <= bg.MERGE_WORK_LIMIT


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 6), st.integers(0, 6), st.integers(0, 6)), min_size=1, max_size=60
    ),
    st.sampled_from([None, 1, 2, 7, 512]),
)
def test_the_three_party_sweep_equals_the_pairwise_filter(rows, block):
    u = np.array(rows, dtype=np.int64)
    a, pa = pareto._nd_3d(u, block)
    b, pb = pareto._nd_general(u)
    assert {tuple(r) for r in a} == {tuple(r) for r in b} and len(a) == len(b)
    # each row points at its own vector when kept, -1 when dominated
    for k, row in enumerate(u):
        assert (pa[k] >= 0) == (pb[k] >= 0)
        if pa[k] >= 0:
            assert tuple(a[pa[k]]) == tuple(row)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=80),
    st.integers(1, 20),
)
def test_thinning_keeps_a_close_point_for_every_dropped_one(rows, target):
    kept_all, _ = pareto.non_dominated(np.array(rows, dtype=np.int64))
    keep, delta = pareto.thin(kept_all, target)
    assert 1 <= len(keep) <= max(target, 1) or len(kept_all) <= target
    kept = kept_all[keep]
    for row in kept_all:
        assert ((kept > row - delta) | (kept >= row)).all(axis=1).any()


@pytest.mark.parametrize(
    ("issues", "options", "parties"),
    [(1_500, 3, 2), (200, 20, 2), (40, 10, 3), (12, 6, 4)],
    ids=["1500x3x2", "200x20x2", "40x10x3", "12x6x4"],
)
def test_large_spaces_end_within_the_work_budget(issues, options, parties):
    """The spaces that ran out of memory, recursion or time: the merge stays within its budget
    (plus what the floor of MIN_POINTS may cost) and says how approximate it is."""
    space = bg.build_space(big_spaces.scenario(issues, options, parties))
    limit = 300_000
    front = bg.frontier(space, work_limit=limit)
    unit = pareto.filter_work(1, parties, 0)
    floor_cost = sum(
        pareto.filter_work(bg.MIN_POINTS * len(c), parties, bg.MIN_POINTS * len(c))
        for c in space.contrib
    )
    assert front.work <= limit + floor_cost + unit * bg.FRONTIER_LIMIT
    assert not front.exact and front.error > 0 and "approximate" in front.note()
    assert len(front) <= bg.FRONTIER_LIMIT
    # listing goes through every issue without recursion
    pkg = front.packages(len(front) // 2, 2)[0]
    assert len(pkg) == issues
    assert tuple(space.utility(pkg)) == tuple(front.points[len(front) // 2])
    assert bg.solutions(front)["utilitarian"] is not None


def test_space_size_and_zopa_of_a_huge_space_are_exact_integers():
    space = bg.build_space(big_spaces.scenario(1_500, 3))
    assert space.size == 3**1_500  # far beyond any float
    z = bg.zopa_size(space)
    assert not z.exact
    assert z.samples == max(bg.MIN_SAMPLES, bg.SAMPLE_WORK_LIMIT // 1_500)
    hits = round(z.fraction * z.samples)
    assert z.packages == hits * space.size // z.samples


def test_an_empty_sampled_zopa_has_the_rule_of_three_margin(monkeypatch):
    monkeypatch.setattr(bg, "EXACT_COUNT_LIMIT", 10)
    space = big_spaces.space(6, 3)
    impossible = Space(
        space.parties, space.issues, space.options, space.contrib, space.reservation + 10**6 * SCALE
    )
    z = bg.zopa_size(impossible, samples=20_000)
    assert z.packages == 0 and z.margin == pytest.approx(3 / 20_000)


def test_tie_counts_beyond_int64_are_exact():
    # 70 issues of 2 options equal for both parties: one point, 2**70 packages
    contrib = tuple(np.full((2, 2), SCALE, dtype=np.int64) for _ in range(70))
    space = Space(
        ("A", "B"),
        tuple(f"i{k}" for k in range(70)),
        tuple(("x", "y") for _ in range(70)),
        contrib,
        np.zeros(2, dtype=np.int64),
    )
    front = bg.frontier(space)
    assert len(front) == 1 and front.tie_counts()[0] == 2**70
    # listed in candidate order: the first issue's option changes fastest
    assert front.packages(0, 3) == [(0,) * 70, (1,) + (0,) * 69, (0, 1) + (0,) * 68]


def test_counter_packages_over_many_issues_stop_at_the_node_budget():
    space = bg.build_space(big_spaces.scenario(1_500, 3))
    found, complete = bg.counter_packages(space, (0,) * 1_500, 0, 1, 1.0, 5, node_budget=20_000)
    assert not complete and len(found) <= 5
    for c in found:
        assert abs(space.utility(c.package)[0] - space.utility((0,) * 1_500)[0]) <= SCALE
    assert bg.counter_packages(space, (0,) * 1_500, 0, 1, top=0) == ([], True)


def test_cancelled_stops_each_long_computation():
    space = bg.build_space(big_spaces.scenario(300, 4))
    asked = []

    def after(n: int):
        def cancelled() -> bool:
            asked.append(1)
            return len(asked) > n

        return cancelled

    with pytest.raises(Cancelled):
        bg.frontier(space, cancelled=after(5))
    asked.clear()
    with pytest.raises(Cancelled):
        bg.zopa_size(space, cancelled=after(2))
    asked.clear()
    with pytest.raises(Cancelled):
        bg.counter_packages(space, (0,) * 300, 0, 1, 1.0, 5, 10**6, cancelled=after(0))


def test_progress_is_told_every_issue():
    space = big_spaces.space(7, 3)
    seen: list[tuple[int, int]] = []
    bg.frontier(space, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(k, 7) for k in range(8)]


def test_the_work_is_counted_for_every_party_count():
    assert pareto.filter_work(10, 2, 5) == 10
    assert pareto.filter_work(10, 3, 5) == 30
    assert pareto.filter_work(10, 4, 6) == 10 * (pareto.BLOCK + 6) // 8
    # the cap follows the budget and never falls below the floor ...
    assert bg._cap(10**9, 100, 2, 2) == min(bg.FRONTIER_LIMIT, 10**7)
    assert bg._cap(0, 100, 2, 3) == bg.MIN_POINTS
    m = bg._cap(10**8, 10, 2, 4)
    assert m * (pareto.BLOCK + m) / 8 <= 10**7 < (m + 2) * (pareto.BLOCK + m + 2) / 8
    assert math.isclose(bg.MIN_POINTS, 1_000)
    # ... unless one issue has so many options that its candidates would not fit in memory
    assert bg._cap(10**9, 10**6, 10**6, 2) * 10**6 <= bg.LEVEL_CANDIDATE_LIMIT


def test_an_issue_of_very_many_options_keeps_the_candidates_bounded():
    sizes = []
    real = pareto.non_dominated

    def spy(u):
        sizes.append(len(u))
        return real(u)

    pareto.non_dominated = spy
    try:
        # every option on one trade-off line: each issue alone has 20,000 frontier points
        line = np.arange(20_000, dtype=np.int64) * SCALE
        contrib = tuple(np.c_[line, line[::-1]] for _ in range(3))
        space = Space(
            ("A", "B"),
            ("i", "j", "k"),
            tuple(tuple(f"o{m}" for m in range(20_000)) for _ in range(3)),
            contrib,
            np.zeros(2, dtype=np.int64),
        )
        front = bg.frontier(space)
    finally:
        pareto.non_dominated = real
    assert max(sizes) <= bg.LEVEL_CANDIDATE_LIMIT
    assert len(front) >= 1 and not front.exact


@settings(max_examples=150, deadline=None)
@given(spaces(), st.data())
def test_the_exact_zopa_count_equals_brute_force(space, data):
    p = len(space.parties)
    d = np.array(data.draw(st.lists(st.integers(0, 25), min_size=p, max_size=p))) * SCALE
    space = Space(space.parties, space.issues, space.options, space.contrib, d)
    expected = int((_all_utilities(space) >= d).all(axis=1).sum())
    z = bg.zopa_size(space)
    assert z.exact and z.packages == expected and z.fraction == expected / space.size
