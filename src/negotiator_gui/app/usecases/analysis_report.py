"""The package-space report of a scenario as a JSON-ready document: what ``negotiator analyze``
prints (the document described in the README) and what the self-test checks.

The size of the package space and of the ZOPA, the Pareto frontier, the Nash,
Kalai–Smorodinsky, max-min and utilitarian packages, and the equal-value counter-packages to each
side's latest offer. No Qt, and nothing heavy imported until a document is made (the CLI's
parser imports this module to stay fast).
"""

from __future__ import annotations

from typing import Any, Protocol

#: Option choices the document lists in all (frontier points × packages × issues): with
#: thousands of issues even one package per point is a large document.
LIST_CELL_LIMIT = 1_000_000
#: Counter-packages listed per offer when ``--top 0`` asks for every frontier point.
DEFAULT_COUNTERS = 10
#: JSON numbers above this lose whole-number precision in most readers: written as text.
JSON_INT_LIMIT = 2**53


def json_int(n: int) -> int | str:
    """A whole number for the JSON document: text when a JSON reader could not hold it exactly
    (the README's rule for ``space_size``)."""
    return str(n) if abs(n) > JSON_INT_LIMIT else int(n)


class AnalysisProgress(Protocol):
    """What ``analysis_document`` reports progress to: a line of text, and the frontier's merge
    of ``done`` of ``total`` issues (raising stops the analysis)."""

    def __call__(self, text: str) -> None: ...

    def merge(self, done: int, total: int) -> None: ...


def _spread(n: int, k: int) -> list[int]:
    """``k`` indices spread evenly over ``range(n)`` (all of them when k ≥ n)."""
    if k >= n:
        return list(range(n))
    import numpy as np

    return sorted(set(np.linspace(0, n - 1, k).round().astype(int).tolist()))


def analysis_document(
    s, top: int = 10, epsilon: float = 1.0, progress: AnalysisProgress | None = None
) -> dict[str, Any]:
    """The JSON of ``negotiator analyze`` (documented in the README and in
    docs/limits-analysis.md for the fields of a large space)."""
    import numpy as np

    from negotiator_gui.core import bargaining as bg
    from negotiator_gui.core.offers import history

    space = bg.build_space(s)
    front = bg.frontier(space, progress=progress.merge if progress else None)
    if progress:
        progress("analyze: ZOPA, solutions and counter-packages")
    zopa = bg.zopa_size(space)
    sols = bg.solutions(front)
    counts = front.tie_counts()
    warnings = list(space.warnings)
    if not front.exact:
        warnings.append(front.note())

    n = len(front)
    n_issues = len(space.issues)
    shown = _spread(n, n if top <= 0 else top)
    if len(shown) * n_issues > LIST_CELL_LIMIT:
        fewer = max(1, LIST_CELL_LIMIT // n_issues)
        warnings.append(
            f"frontier.shown lists {fewer:,} of the {len(shown):,} points asked for: the listing "
            f"is limited to {LIST_CELL_LIMIT:,} option choices ({n_issues:,} per package); "
            "ask for fewer with --top"
        )
        shown = [shown[i] for i in _spread(len(shown), fewer)]
    listed = len(shown) + sum(len(sol.points) for sol in sols.values() if sol is not None)
    per_point = max(1, min(bg.TIE_LIST_LIMIT, LIST_CELL_LIMIT // max(1, listed * n_issues)))

    def utilities(u) -> dict[str, float]:
        return {p: round(float(x) / bg.SCALE, 9) for p, x in zip(space.parties, u, strict=True)}

    def point(i: int) -> dict[str, Any]:
        pkgs = front.packages(i, per_point)
        return {
            "utilities": utilities(front.points[i]),
            "in_zopa": bool(np.all(front.points[i] >= space.reservation)),
            "packages": [space.choices(p) for p in pkgs],
            "ties": json_int(int(counts[i])),
        }

    counters = _counters(s, space, epsilon, top if top > 0 else DEFAULT_COUNTERS, utilities)
    return {
        "scenario": s.id,
        "parties": list(space.parties),
        "reservation": utilities(space.reservation),
        "space_size": json_int(space.size),
        "zopa": {
            "packages": json_int(zopa.packages),
            "fraction": zopa.fraction,
            "exact": zopa.exact,
            "margin": zopa.margin,
            "samples": zopa.samples,
        },
        "frontier": {
            "size": n,
            "exact": front.exact,
            "error_bound": round(front.error_points, 9),
            "shown": [point(i) for i in shown],
        },
        "solutions": {
            name: None
            if sol is None
            else {
                "value": sol.value,
                "exact": front.exact,
                "points": [point(i) for i in sol.points],
            }
            for name, sol in sols.items()
        },
        "offers": [
            {
                "offer": h.offer,
                "round": h.round,
                "party": h.party,
                "date": h.date,
                "utilities": h.utilities,
                "complete": h.complete,
                "concession": h.concession,
            }
            for h in history(s, space)
        ],
        "counter_packages": counters,
        "warnings": warnings,
    }


def _counters(s, space, epsilon: float, top: int, utilities) -> list[dict[str, Any]]:
    """Equal-value counter-packages to each side's latest offer, for each other party."""
    from negotiator_gui.core import bargaining as bg
    from negotiator_gui.core.offers import completed, latest_offers

    offers = {o.id: o for o in s.offers}
    sq = next((p for p in s.packages if p.id in ("status_quo", "no_deal")), None)
    out = []
    for party, offer_id in sorted(latest_offers(s).items()):
        if party not in space.parties:
            continue
        off = offers[offer_id]
        full = completed(space, off.choices, sq.choices if sq else {})
        pkg = space.index_of(full)
        j = space.parties.index(party)
        for k, other in enumerate(space.parties):
            if k == j:
                continue
            found, complete = bg.counter_packages(space, pkg, j, k, epsilon, top)
            out.append(
                {
                    "offer": offer_id,
                    "by": party,
                    "for": other,
                    "epsilon": epsilon,
                    "offer_utilities": utilities(space.utility(pkg)),
                    "complete_search": complete,
                    "filled_issues": sorted(set(space.issues) - set(off.choices)),
                    "counters": [
                        {
                            "choices": space.choices(c.package),
                            "utilities": dict(zip(space.parties, c.utilities, strict=True)),
                        }
                        for c in found
                    ],
                }
            )
    return out
