"""The utility-space chart's data: the package cloud, the frontier and the solutions of a space.

Pure numpy (no Qt), so the analysis is a derived result any panel or test can compute
(``app.derived.CLOUD``), shared with the package builder's frontier instead of computed again.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from negotiator_gui.core import bargaining
from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import Scenario

#: Spaces up to this size are drawn whole; larger ones as a fixed-seed sample.
CLOUD_EXACT_LIMIT = 200_000
CLOUD_SAMPLE = 50_000
CLOUD_SEED = 2025


def chart_parties(scenario: Scenario) -> tuple[str, str]:
    """(our side, the other negotiator): x is the scenario's perspective."""
    ids = [p.id for p in scenario.negotiators()]
    us = scenario.perspective if scenario.perspective in ids else (ids[0] if ids else "")
    others = [p for p in ids if p != us]
    if not us or not others:
        raise bargaining.AnalysisError(tr("the chart needs two negotiating parties"))
    return us, others[0]


def same_space(a: bargaining.Space | None, b: bargaining.Space | None) -> bool:
    """Whether two spaces give the same chart (same packages, utilities and BATNAs)."""
    if a is None or b is None:
        return False
    return (
        a.parties == b.parties
        and a.issues == b.issues
        and a.options == b.options
        and np.array_equal(a.reservation, b.reservation)
        and all(np.array_equal(x, y) for x, y in zip(a.contrib, b.contrib, strict=True))
    )


def space_key(space: bargaining.Space) -> tuple:
    """Equal for spaces that give the same chart (see ``same_space``), hashable: analyses are
    cached by it, so a weight toggled back or an undo redraws without a job."""
    return (
        space.parties,
        space.issues,
        space.options,
        space.reservation.tobytes(),
        tuple((c.shape, c.tobytes()) for c in space.contrib),
    )


@dataclass(eq=False)
class Analysis:
    """What the worker computes for one space."""

    space: bargaining.Space
    cloud_xy: np.ndarray  # (n, 2) points
    cloud_digits: np.ndarray  # (n, issues) option indices
    sampled: bool
    front: bargaining.Frontier
    front_xy: np.ndarray  # (m, 2) points
    solutions: dict[str, bargaining.Solution | None]


@functools.lru_cache(maxsize=4)
def _sample_digits(shape: tuple[int, ...]) -> tuple[np.ndarray, tuple[np.ndarray, ...]]:
    """The sampled packages of a space with ``shape`` options per issue: (samples × issues)
    option indices, and each issue's column on its own (contiguous, for quick gathers). They
    depend on the shape alone (a fixed seed), so a weight or score edit, which changes only
    the utilities, samples nothing again: drawing them was half of a new analysis (~10 ms).
    Read-only: shared by every analysis of that shape."""
    rng = np.random.default_rng(CLOUD_SEED)
    columns = tuple(rng.integers(0, n, CLOUD_SAMPLE) for n in shape)
    digits = np.stack(columns, axis=1)
    for a in (digits, *columns):
        a.flags.writeable = False
    return digits, columns


def analyse(
    space: bargaining.Space,
    front: bargaining.Frontier | None = None,
    solutions: dict[str, bargaining.Solution | None] | None = None,
) -> Analysis:
    """The cloud (whole, or a fixed-seed sample of a large space), frontier and solutions
    (``front`` and ``solutions`` when they are known already: the session shares them)."""
    if space.size <= CLOUD_EXACT_LIMIT:
        digits, utils = [], []
        for d, u in bargaining.enumerate_utilities(space):
            digits.append(d)
            utils.append(u)
        cloud_digits = np.concatenate(digits)
        cloud_u = np.concatenate(utils)
        sampled = False
    else:
        cloud_digits, columns = _sample_digits(tuple(len(o) for o in space.options))
        # party by party, each issue's 1-D contributions gathered (a 2-D row gather per issue
        # was three times slower)
        cloud_u = np.empty((CLOUD_SAMPLE, len(space.parties)), dtype=np.int64)
        for p in range(len(space.parties)):
            total = np.zeros(CLOUD_SAMPLE, dtype=np.int64)
            for contrib, column in zip(space.contrib, columns, strict=True):
                total += np.take(np.ascontiguousarray(contrib[:, p]), column)
            cloud_u[:, p] = total
        sampled = True
    if front is None:
        front = bargaining.frontier(space)
    if solutions is None:
        solutions = bargaining.solutions(front)
    return Analysis(
        space,
        bargaining.to_points(cloud_u),
        cloud_digits,
        sampled,
        front,
        bargaining.to_points(front.points),
        solutions,
    )


def coinciding(
    solutions: dict[str, bargaining.Solution | None],
) -> list[tuple[str, ...]]:
    """The bargaining solutions that fall on the same frontier points, in groups of two or
    more (names in the order given): the chart says "Nash = Kalai–Smorodinsky" instead of
    letting one marker hide another."""
    groups: dict[tuple[int, ...], list[str]] = {}
    for name, sol in solutions.items():
        if sol is not None:
            groups.setdefault(tuple(sorted(sol.points)), []).append(name)
    return [tuple(names) for names in groups.values() if len(names) > 1]
