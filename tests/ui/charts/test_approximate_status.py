"""The utility chart says when its frontier is an approximation, and how close it is."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from negotiator_gui.core import bargaining as bg
from negotiator_gui.ui.charts import utility as charts_utility

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bargaining"))
from big_spaces import space  # the generated spaces of the analysis limits


class _Panel:
    """Just what ``_status_text`` reads."""

    def __init__(self, analysis) -> None:
        self.analysis = analysis


def test_an_exact_frontier_says_nothing_more() -> None:
    a = charts_utility.analyse(space(4, 4))
    text = charts_utility.UtilitySpacePanel._status_text(_Panel(a))
    assert a.front.exact and "approximate" not in text


def test_an_approximate_frontier_says_so_with_its_bound(monkeypatch) -> None:
    monkeypatch.setattr(bg, "MERGE_WORK_LIMIT", 0)  # no budget: the merge thins at every issue
    monkeypatch.setattr(bg, "MIN_POINTS", 3)
    a = charts_utility.analyse(space(8, 6))
    assert not a.front.exact and a.front.error_points > 0
    text = charts_utility.UtilitySpacePanel._status_text(_Panel(a))
    assert "approximate, within" in text
    assert "approximate" in a.front.note()


def test_solutions_on_one_point_are_named_together() -> None:
    """A symmetric space: Nash, Kalai–Smorodinsky and max-min meet at the middle; the marker's
    tooltip names them together instead of one marker hiding the others."""
    from negotiator_gui.core.utility_cloud import coinciding

    # two issues, each option worth to one party what the other loses: a symmetric space
    contrib = tuple(
        np.array([[0, 100], [50, 50], [100, 0]], dtype=np.int64) * 5 * 10**8 for _ in range(2)
    )
    sym = bg.Space(
        ("A", "B"),
        ("i1", "i2"),
        (("x", "y", "z"), ("x", "y", "z")),
        contrib,
        np.zeros(2, dtype=np.int64),
    )
    a = charts_utility.analyse(sym)
    middle = {name for name, sol in a.solutions.items() if sol and (50.0, 50.0) in sol.utilities}
    assert {"nash", "kalai_smorodinsky", "egalitarian"} <= middle
    groups = coinciding(a.solutions)
    assert any({"nash", "kalai_smorodinsky", "egalitarian"} <= set(g) for g in groups)
    assert charts_utility.solution_label(a.solutions, "nash").startswith("Nash = Kalai–Smorodinsky")
    assert charts_utility.solution_label(a.solutions, "egalitarian").count(" = ") >= 2
