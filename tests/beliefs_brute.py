"""An independent count of acceptance under uncertainty, for the tests of what the window, the
workbook and the brief show: the Latin hypercube redrawn with the seed, each sample's weights
normalised and the scores weighted in plain Python floats (not the app's fixed point)."""

from __future__ import annotations

from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.beliefs.sampling import latin_hypercube


def brute_acceptance(s, spec, n: int, seed: int, choices: dict[str, str]) -> list[float]:
    """Per party, the share of samples in which the package's utility reaches the walk-away
    value: the Latin hypercube redrawn, weights normalised and scores weighted in plain
    Python (floats, not the app's fixed point: equality at a tie is not at stake here)."""
    parties = [s.perspective] + [p.id for p in s.negotiators() if p.id != s.perspective]
    space = bg.build_space(s, parties)
    n_issues = len(space.issues)
    sizes = [len(o) for o in space.options]
    per_party = n_issues + sum(sizes) + 1
    u = latin_hypercube(n, per_party * len(parties), seed)
    out = []
    for j, pid in enumerate(parties):
        prefs = s.preferences_of(pid)
        col = u[:, j * per_party : (j + 1) * per_party]
        entry = spec.get(pid, {})
        hits = 0
        for k in range(n):
            weights = []
            for i, issue in enumerate(space.issues):
                w = prefs.issues[issue].weight
                if issue in entry.get("weights", {}):
                    lo, hi = entry["weights"][issue]
                    w = lo + col[k, i] * (hi - lo)
                weights.append(w)
            total = sum(weights)
            util = sum(
                weights[i] / total * (prefs.issues[issue].scores[choices[issue]] or 0)
                for i, issue in enumerate(space.issues)
            )
            res = float(space.reservation[j]) / bg.SCALE
            if "reservation" in entry:
                lo, hi = entry["reservation"]
                res = lo + col[k, -1] * (hi - lo)
            hits += util >= res - 1e-6
        out.append(hits / n)
    return out
