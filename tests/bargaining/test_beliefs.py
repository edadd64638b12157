"""Planning under uncertainty (core.beliefs) against independent computations: zero-width
ranges give the deterministic analysis exactly; acceptance falls as the reservation value
rises; figures equal plain-Python loops over the same draws and match independent draws within
sampling error; the constrained optimum equals brute force; thresholds are where the
deterministic Nash package really changes."""

from __future__ import annotations

import copy
import itertools
import math
import random
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factories import small_scenario
from negotiator_gui.core import bargaining as bg
from negotiator_gui.core import beliefs as bl
from negotiator_gui.core.bargaining import SCALE, AnalysisError, Space
from negotiator_gui.core.beliefs.sampling import latin_hypercube
from negotiator_gui.core.beliefs.thresholds import BISECT, GRID
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import scenario_path


@st.composite
def spaces(draw, max_issues: int = 3, max_options: int = 4, parties: int = 2):
    """Small spaces as an official enters them: weights (points) × scores (0–100)."""
    n_issues = draw(st.integers(1, max_issues))
    sizes = [draw(st.integers(1, max_options)) for _ in range(n_issues)]
    contrib = []
    weights = [[draw(st.integers(0, 30)) for _ in range(parties)] for _ in range(n_issues)]
    totals = [sum(w[j] for w in weights) or 1 for j in range(parties)]
    for i, k in enumerate(sizes):
        block = np.zeros((k, parties), dtype=np.int64)
        for o in range(k):
            for j in range(parties):
                score = draw(st.sampled_from([0, 10, 25, 50, 75, 100]))
                block[o, j] = round(weights[i][j] / totals[j] * score * SCALE)
        contrib.append(block)
    res = [draw(st.integers(0, 60)) * SCALE for _ in range(parties)]
    return Space(
        tuple(f"P{j}" for j in range(parties)),
        tuple(f"i{k}" for k in range(n_issues)),
        tuple(tuple(f"o{m}" for m in range(k)) for k in sizes),
        tuple(contrib),
        np.array(res, dtype=np.int64),
    )


def all_packages(space: Space) -> np.ndarray:
    return np.array(
        list(itertools.product(*[range(len(o)) for o in space.options])), dtype=np.int64
    ).reshape(-1, len(space.issues))


def utility(contrib, package, party) -> int:
    return sum(int(contrib[i][o, party]) for i, o in enumerate(package))


# -- zero width is the deterministic analysis ----------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    st.integers(2, 3).flatmap(lambda p: spaces(parties=p)),
    st.integers(1, 40),
    st.integers(0, 2**31),
)
def test_zero_width_reproduces_the_deterministic_analysis(space, n, seed):
    P = len(space.parties)
    ranges = bl.point_estimates(space)
    assert not ranges.uncertain
    samples = bl.draw(ranges, n, seed)
    tab = bl.tabulate(samples)
    pkgs = all_packages(space)
    figs = bl.evaluate(tab, pkgs)
    for r, pkg in enumerate(pkgs):
        u = [utility(space.contrib, pkg, j) for j in range(P)]
        for j in range(P):
            assert figs.accept[r, j] == (1.0 if u[j] >= space.reservation[j] else 0.0)
            assert figs.expected[r, j] == u[j] / SCALE
        assert figs.accept_all[r] == float(all(u[j] >= space.reservation[j] for j in range(P)))
    front = bg.frontier(space)
    points = {tuple(int(x) for x in p) for p in front.points}
    det = bg.solutions(front)
    whole, is_whole = bl.candidate_packages(front)
    assert is_whole and len(whole) == space.size
    for cand in (bl.frontier_candidates(front), whole):
        on = bl.evaluate(tab, cand, np.ones(len(cand), bool)).on_frontier
        for r, pkg in enumerate(cand):
            u = tuple(utility(space.contrib, pkg, j) for j in range(P))
            assert on[r] == (1.0 if u in points else 0.0)
        robust, _, _ = bl.robust_solutions(tab, cand)
        for name, sol in det.items():
            rs = robust[name]
            if sol is None:
                assert rs.candidate == -1 and rs.no_zopa == 1.0
                continue
            assert rs.stability == 1.0 and rs.no_zopa == 0.0
            u = space.utility(rs.package)
            assert any(np.array_equal(u, front.points[p]) for p in sol.points)


@settings(max_examples=100, deadline=None)
@given(spaces(), st.floats(0.01, 1.0), st.integers(0, 1))
def test_zero_width_best_for_us_is_the_deterministic_best_in_the_others_acceptance(
    space, required, us
):
    best = bl.best_for_us(bl.draw(bl.point_estimates(space), 5, 1), us, required)
    other = 1 - us
    ok = [
        utility(space.contrib, p, us)
        for p in all_packages(space)
        if utility(space.contrib, p, other) >= space.reservation[other]
    ]
    if not ok:
        assert best.packages == ()
    else:
        assert best.expected == max(ok) / SCALE
        assert best.ties == ok.count(max(ok))
        assert best.acceptance == 1.0


def test_zero_width_ranges_from_the_scenario_keep_the_space_exactly():
    s = read_scenario(scenario_path("teaching-3-issues.scenario.json")).scenario
    space = bg.build_space(s)
    spec = {
        p: {"reservation": (float(r) / SCALE,) * 2}
        for p, r in zip(space.parties, space.reservation, strict=True)
    }
    samples = bl.draw(bl.ranges_from_mapping(space, spec, s), 10, 3)
    for c, sc in zip(samples.contrib, space.contrib, strict=True):
        assert np.array_equal(c, np.broadcast_to(sc, c.shape))
    assert np.array_equal(samples.reservation, np.broadcast_to(space.reservation, (10, 2)))


# -- monotone in the reservation value ------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(spaces(), st.floats(0, 30), st.floats(0, 30), st.floats(0, 20), st.integers(0, 99))
def test_acceptance_never_rises_with_the_reservation_value(space, low, width, shift, seed):
    pkgs = all_packages(space)
    figures = []
    for delta in (0.0, shift):
        spec = {
            "P1": {
                "weights": {space.issues[0]: (0, 40)},
                "reservation": (low + delta, low + width + delta),
            }
        }
        tab = bl.tabulate(bl.draw(bl.ranges_from_mapping(space, spec), 64, seed))
        figures.append(bl.evaluate(tab, pkgs).accept[:, 1])
    assert np.all(figures[1] <= figures[0])


# -- against brute force --------------------------------------------------------------------


def brute_draws(space: Space, spec: dict, n: int, seed: int):
    """The samples again, in plain Python from the same Latin hypercube: per sample, each
    party's contributions by build_space's formula and its reservation (fixed-point)."""
    base = bl.point_estimates(space)
    per_party = len(space.issues) + sum(len(o) for o in space.options) + 1
    u = latin_hypercube(n, per_party * len(space.parties), seed)
    out = []
    for s in range(n):
        contrib = [np.zeros((len(o), 2), dtype=np.int64) for o in space.options]
        res = []
        for j, party in enumerate(space.parties):
            pr = base.parties[j]
            entry = spec.get(party, {})
            col = list(u[s, j * per_party : (j + 1) * per_party])
            weights = []
            for i, issue in enumerate(space.issues):
                lo, hi = entry.get("weights", {}).get(issue, (pr.weights[i, 1],) * 2)
                weights.append(lo + col[i] * (hi - lo))
            at = len(space.issues)
            total = sum(weights)
            for i, issue in enumerate(space.issues):
                for k, option in enumerate(space.options[i]):
                    point = pr.scores[i][k, 1]
                    lo, hi = entry.get("scores", {}).get(issue, {}).get(option, (point, point))
                    score = lo + col[at] * (hi - lo)
                    at += 1
                    if j == 1:  # P0 has no ranges: the space's own numbers
                        contrib[i][k, j] = round(weights[i] / total * score * SCALE)
                    else:
                        contrib[i][k, j] = space.contrib[i][k, j]
            if "reservation" in entry:
                lo, hi = entry["reservation"]
                res.append(round((lo + col[-1] * (hi - lo)) * SCALE))
            else:
                res.append(int(space.reservation[j]))
        out.append((contrib, res))
    return out


SMALL = Space(
    ("P0", "P1"),
    ("a", "b", "c"),
    (("x", "y", "z"), ("x", "y"), ("x", "y", "z")),
    (
        np.array([[0, 40], [20, 25], [40, 0]], dtype=np.int64) * SCALE,
        np.array([[0, 30], [30, 0]], dtype=np.int64) * SCALE,
        np.array([[0, 30], [15, 20], [30, 0]], dtype=np.int64) * SCALE,
    ),
    np.array([30, 35], dtype=np.int64) * SCALE,
)
SPEC = {
    "P1": {
        "weights": {"a": (20, 60), "b": (10, 40), "c": (20, 40)},
        "scores": {"a": {"y": (30, 90)}, "c": {"y": (40, 80)}},
        "reservation": (25, 45),
    }
}


def test_figures_equal_plain_python_over_the_same_draws():
    n, seed = 300, 11
    ranges = bl.ranges_from_mapping(SMALL, SPEC)
    samples = bl.draw(ranges, n, seed)
    draws = brute_draws(SMALL, SPEC, n, seed)
    for (contrib, res), s in zip(draws, range(n), strict=True):
        for i in range(3):
            assert np.array_equal(contrib[i], samples.contrib[i][s])
        assert res == [int(x) for x in samples.reservation[s]]
    pkgs = all_packages(SMALL)
    front = bg.frontier(SMALL)
    cand = bl.frontier_candidates(front)
    tab = bl.tabulate(samples)
    figs = bl.evaluate(tab, pkgs)
    for r, pkg in enumerate(pkgs):
        acc = [0, 0]
        total = [0, 0]
        for contrib, res in draws:
            for j in range(2):
                u = utility(contrib, pkg, j)
                acc[j] += u >= res[j]
                total[j] += u
        assert list(figs.accept[r]) == [a / n for a in acc]
        assert figs.expected[r] == pytest.approx([t / n / SCALE for t in total], abs=1e-9)
    # per sample: the Nash package among the candidates, by plain loops
    robust, _, answers = bl.robust_solutions(tab, cand)
    for s, (contrib, res) in enumerate(draws):
        best, arg = None, -1
        for k, pkg in enumerate(cand):
            u = [utility(contrib, pkg, j) for j in range(2)]
            g = [u[j] - res[j] for j in range(2)]
            key = (g[0] * g[1], sum(u), -k)  # of exact ties: the largest sum, then the first
            if min(g) >= 0 and (best is None or key > best):
                best, arg = key, k
        assert answers["nash"][s] == arg
        # Kalai–Smorodinsky and max-min gain, the same way
        gains = {
            k: [utility(contrib, pkg, j) - res[j] for j in range(2)] for k, pkg in enumerate(cand)
        }
        zopa = {k: g for k, g in gains.items() if min(g) >= 0}
        totals = {k: sum(utility(contrib, cand[k], j) for j in range(2)) for k in zopa}
        if not zopa:
            assert answers["kalai_smorodinsky"][s] == -1 and answers["egalitarian"][s] == -1
            continue
        span = [max(g[j] for g in zopa.values()) for j in range(2)]

        def ks(g, span=span):
            return min(Fraction(g[j], span[j]) if span[j] > 0 else Fraction(1) for j in range(2))

        for name, value in (("kalai_smorodinsky", ks), ("egalitarian", min)):
            arg = max(zopa, key=lambda k, value=value: (value(zopa[k]), totals[k], -k))
            assert answers[name][s] == arg
    modal = max(set(answers["nash"].tolist()), key=answers["nash"].tolist().count)
    assert robust["nash"].candidate == modal
    # per sample, the exact frontier of the whole space, by pairwise dominance
    on = bl.evaluate(tab, pkgs, np.ones(len(pkgs), bool)).on_frontier
    for r, pkg in enumerate(pkgs):
        hits = 0
        for contrib, _ in draws:
            mine = [utility(contrib, pkg, j) for j in range(2)]
            dominated = False
            for other in pkgs:
                theirs = [utility(contrib, other, j) for j in range(2)]
                if all(t >= m for t, m in zip(theirs, mine, strict=True)) and theirs != mine:
                    dominated = True
                    break
            hits += not dominated
        assert on[r] == hits / n


def test_acceptance_matches_independent_draws_within_sampling_error():
    """Independent uniform draws (Python's random, not the Latin hypercube) estimate the same
    probabilities: within 4.5 standard errors of the two estimates."""
    n = 4000
    tab = bl.tabulate(bl.draw(bl.ranges_from_mapping(SMALL, SPEC), n, 5))
    pkgs = all_packages(SMALL)
    figs = bl.evaluate(tab, pkgs)
    rng = random.Random(99)
    m = 4000
    hits = [0] * len(pkgs)
    spec = SPEC["P1"]
    for _ in range(m):
        w = {k: rng.uniform(*v) for k, v in spec["weights"].items()}
        total = sum(w.values())
        scores = {
            issue: [
                rng.uniform(*spec["scores"].get(issue, {}).get(o, (v, v)))
                for o, v in zip(
                    SMALL.options[i],
                    SMALL.contrib[i][:, 1] / SCALE / (SMALL.contrib[i][:, 1].max() / SCALE / 100),
                    strict=True,
                )
            ]
            for i, issue in enumerate(SMALL.issues)
        }
        res = rng.uniform(*spec["reservation"])
        for r, pkg in enumerate(pkgs):
            u = sum(
                w[issue] / total * scores[issue][pkg[i]] for i, issue in enumerate(SMALL.issues)
            )
            hits[r] += u >= res
    for r in range(len(pkgs)):
        p, q = figs.accept[r, 1], hits[r] / m
        se = math.sqrt(max(p * (1 - p), q * (1 - q), 1e-4) * (1 / n + 1 / m))
        assert abs(p - q) <= 4.5 * se + 1e-9


@settings(max_examples=80, deadline=None)
@given(spaces(), st.floats(0.0, 1.0), st.integers(0, 1), st.integers(0, 50))
def test_best_for_us_equals_brute_force(space, required, us, seed):
    spec = {
        space.parties[1 - us]: {
            "weights": {issue: (0, 30) for issue in space.issues},
            "reservation": (10, 50),
        },
        space.parties[us]: {"weights": {space.issues[0]: (0, 50)}},
    }
    samples = bl.draw(bl.ranges_from_mapping(space, spec), 40, seed)
    best = bl.best_for_us(samples, us, required)
    other = 1 - us
    n = samples.n
    need = math.ceil(round(required * n, 9))
    top, winners = None, []
    for pkg in all_packages(space):
        count = 0
        mine = 0
        for s in range(n):
            contrib = [c[s] for c in samples.contrib]
            count += utility(contrib, pkg, other) >= samples.reservation[s, other]
            mine += utility(contrib, pkg, us)
        if count >= need:
            if top is None or mine > top:
                top, winners = mine, [tuple(int(x) for x in pkg)]
            elif mine == top:
                winners.append(tuple(int(x) for x in pkg))
    if top is None:
        assert best.packages == ()
        return
    assert best.expected == top / n / SCALE
    assert best.ties == len(winners)
    assert set(best.packages) <= set(winners)


# -- thresholds -----------------------------------------------------------------------------


def nash_has(scenario, party: str, issue: str, weight: float, package) -> bool:
    """Whether ``package`` is a Nash package of the scenario with one weight changed (the
    deterministic analysis, built from a modified scenario)."""
    s = copy.deepcopy(scenario)
    s.preferences_of(party).issues[issue].weight = weight
    space = bg.build_space(s)
    front = bg.frontier(space)
    sol = bg.solutions(front)["nash"]
    if sol is None:
        return False
    u = space.utility(package)
    return any(np.array_equal(u, front.points[p]) for p in sol.points)


@pytest.mark.parametrize("which", ["teaching", "small"])
def test_thresholds_are_where_the_deterministic_nash_package_changes(which):
    if which == "teaching":
        s = read_scenario(scenario_path("teaching-3-issues.scenario.json")).scenario
    else:
        s = small_scenario()
    space = bg.build_space(s)
    other = next(p for p in space.parties if p != s.perspective)
    spec = {
        other: {
            "weights": {
                k: (w.weight * 0.2, w.weight * 2.5)
                for k, w in s.preferences_of(other).issues.items()
                if k in space.issues
            }
        }
    }
    ranges = bl.ranges_from_mapping(space, spec, s)
    base, ths = bl.thresholds(ranges)
    assert base is not None and ths
    assert nash_has(
        s, other, space.issues[0], ranges.parties[space.parties.index(other)].weights[0, 1], base
    )
    changed = 0
    for t in ths:
        issue = space.issues[t.issue]
        step = (t.high - t.low) / GRID / 2**BISECT * 4
        for edge, inward in ((t.below, +1), (t.above, -1)):
            if edge is None:
                end = t.low if inward > 0 else t.high
                for x in np.linspace(t.point, end, 5):
                    assert nash_has(s, other, issue, float(x), base)
                continue
            changed += 1
            assert not nash_has(s, other, issue, edge, base)
            assert nash_has(s, other, issue, edge + inward * step, base)
        words = bl.threshold_sentence(t, other, issue)
        assert issue in words
    assert [t.stable_share for t in ths] == sorted(t.stable_share for t in ths)
    assert changed >= 1  # the ranges are wide enough that the advice depends on something


# -- ranges ----------------------------------------------------------------------------------


def test_bad_ranges_are_reported_not_ignored():
    with pytest.raises(AnalysisError):
        bl.ranges_from_mapping(SMALL, {"nobody": {}})
    with pytest.raises(AnalysisError):
        bl.ranges_from_mapping(SMALL, {"P1": {"weights": {"nope": (0, 1)}}})
    with pytest.raises(AnalysisError):
        bl.ranges_from_mapping(SMALL, {"P1": {"weights": {"a": (5, 1)}}})
    with pytest.raises(AnalysisError):
        bl.ranges_from_mapping(SMALL, {"P1": {"scores": {"a": {"q": (0, 1)}}}})


def test_samples_stay_in_their_ranges_and_fill_them():
    ranges = bl.ranges_from_mapping(SMALL, SPEC)
    n = 200
    samples = bl.draw(ranges, n, 4)
    res = samples.reservation[:, 1] / SCALE
    assert res.min() >= 25 and res.max() <= 45
    # Latin hypercube: exactly one sample in each of n equal strata
    strata = np.floor((res - 25) / 20 * n).astype(int)
    assert sorted(strata.tolist()) == list(range(n))
    again = bl.draw(ranges, n, 4)
    assert np.array_equal(again.reservation, samples.reservation)
    assert not np.array_equal(bl.draw(ranges, n, 5).reservation, samples.reservation)


def test_every_long_step_can_be_cancelled_and_reports_progress():
    ranges = bl.ranges_from_mapping(SMALL, SPEC)
    samples = bl.draw(ranges, 50, 1)
    tab = bl.tabulate(samples)
    pkgs = all_packages(SMALL)
    stop = lambda: True  # noqa: E731
    for run in (
        lambda: bl.evaluate(tab, pkgs, cancelled=stop),
        lambda: bl.robust_solutions(tab, pkgs, cancelled=stop),
        lambda: bl.best_for_us(samples, 0, 0.5, cancelled=stop),
        lambda: bl.thresholds(ranges, cancelled=stop),
        lambda: bl.summarise(ranges, 50, 1, cancelled=stop),
    ):
        with pytest.raises(bg.Cancelled):
            run()
    seen: list[tuple[str, int, int]] = []
    bl.summarise(
        ranges, 50, 1, progress=lambda stage, done, total: seen.append((stage, done, total))
    )
    stages = [s for s, _, _ in seen]
    assert {"packages", "solutions", "best", "thresholds"} <= set(stages)
    for stage in set(stages):
        last = [(d, t) for s, d, t in seen if s == stage][-1]
        assert last[0] == last[1]  # each stage ends at done == total
