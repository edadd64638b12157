"""``negotiator analyze``: the package space of a scenario, headless.

Prints (or, with ``--json``, writes the document described in the README): the size of the
package space and of the ZOPA, the Pareto frontier, the Nash, Kalai–Smorodinsky, max-min and
utilitarian packages, and the equal-value counter-packages to each side's latest offer.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

#: Option choices the document lists in all (frontier points × packages × issues): with
#: thousands of issues even one package per point is a large document.
LIST_CELL_LIMIT = 1_000_000
#: Counter-packages listed per offer when ``--top 0`` asks for every frontier point.
DEFAULT_COUNTERS = 10
#: JSON numbers above this lose whole-number precision in most readers: written as text.
JSON_INT_LIMIT = 2**53


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="frontier, ZOPA, bargaining solutions and counter-packages")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.add_argument(
        "--top",
        type=int,
        default=10,
        metavar="N",
        help="frontier points and counter-packages to list (default 10; 0: every frontier "
        f"point, and {DEFAULT_COUNTERS} counter-packages)",
    )
    p.add_argument(
        "--epsilon",
        type=float,
        default=1.0,
        metavar="POINTS",
        help="how close in utility an equal-value counter-package must be (default 1 point)",
    )
    p.set_defaults(run=run)


def json_int(n: int) -> int | str:
    """A whole number for the JSON document: text when a JSON reader could not hold it exactly
    (the README's rule for ``space_size``)."""
    return str(n) if abs(n) > JSON_INT_LIMIT else int(n)


class Progress:
    """A progress line on stderr for a long run: only on a terminal, and only once the run has
    taken a second (a quick run prints nothing); ``done`` clears it."""

    def __init__(self, stream=None, delay: float = 1.0) -> None:
        import time

        self.stream = stream if stream is not None else sys.stderr
        self.clock = time.monotonic
        self.start = self.clock()
        self.delay = delay
        self.shown = False
        try:
            self.tty = self.stream.isatty()
        except (AttributeError, ValueError):
            self.tty = False

    def __call__(self, text: str) -> None:
        if not self.tty or self.clock() - self.start < self.delay:
            return
        self.stream.write("\r\x1b[K" + text)
        self.stream.flush()
        self.shown = True

    def merge(self, done: int, total: int) -> None:
        self(f"analyze: frontier, issue {done:,} of {total:,} (Ctrl+C stops)")

    def done(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _spread(n: int, k: int) -> list[int]:
    """``k`` indices spread evenly over ``range(n)`` (all of them when k ≥ n)."""
    if k >= n:
        return list(range(n))
    import numpy as np

    return sorted(set(np.linspace(0, n - 1, k).round().astype(int).tolist()))


def analysis_document(
    s, top: int = 10, epsilon: float = 1.0, progress: Progress | None = None
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


def _fmt_u(u: dict[str, float]) -> str:
    return "  ".join(f"{p} {v:6.2f}" for p, v in u.items())


def run(args: argparse.Namespace) -> int:
    from negotiator_gui.cli import BadInput, _load
    from negotiator_gui.core.bargaining import AnalysisError

    s = _load(args.file).scenario
    if args.epsilon < 0:
        raise BadInput("--epsilon must be zero or more")
    if args.top < 0:
        raise BadInput("--top must be zero (every frontier point) or more")
    progress = Progress()
    try:
        doc = analysis_document(s, args.top, args.epsilon, progress)
    except AnalysisError as exc:
        raise BadInput(f"{args.file}: {exc}") from None
    finally:
        progress.done()
    # the whole output is made first and written at once: Ctrl+C never leaves half of it
    if args.json:
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    else:
        text = "\n".join(text_lines(s.title, doc)) + "\n"
    sys.stdout.write(text)
    sys.stdout.flush()
    return 0


def text_lines(title: str, doc: dict[str, Any]) -> list[str]:
    """The plain-text report of ``analyze`` from its JSON document."""
    z = doc["zopa"]
    f = doc["frontier"]
    out = [
        title,
        f"Packages: {int(doc['space_size']):,}    Reservation values: {_fmt_u(doc['reservation'])}",
    ]
    if z["exact"]:
        out.append(f"ZOPA: {int(z['packages']):,} packages ({z['fraction']:.1%})")
    else:
        out.append(
            f"ZOPA: about {int(z['packages']):,} packages ({z['fraction']:.1%} "
            f"± {z['margin']:.1%}, from {z['samples']:,} samples)"
        )
    shown = f["shown"]
    how = "" if f["exact"] else f"approximate: every package within {f['error_bound']:.3g} points; "
    out.append(f"Pareto frontier: {f['size']:,} points ({how}showing {len(shown):,})")
    at_least = "" if f["exact"] else "at least "
    for pt in shown:
        mark = "ZOPA" if pt["in_zopa"] else "    "
        n = int(pt["ties"])
        ties = f"  ({at_least}{n:,} packages)" if n > 1 else ""
        out.append(f"  {mark}  {_fmt_u(pt['utilities'])}{ties}")
    for name, sol in doc["solutions"].items():
        if sol is None:
            out.append(f"{name}: none (the ZOPA is empty)")
            continue
        for pt in sol["points"]:
            out.append(f"{name.replace('_', '–')}: {_fmt_u(pt['utilities'])}")
            for pkg in pt["packages"][:1]:
                out.append("    " + ", ".join(f"{k}={v}" for k, v in pkg.items()))
    for h in doc["offers"]:
        conc = "" if h["concession"] is None else f"  concession {h['concession']:+.1f}/round"
        out.append(f"Round {h['round']} offer by {h['party']}: {_fmt_u(h['utilities'])}{conc}")
    for c in doc["counter_packages"]:
        partial = "" if c["complete_search"] else " (search stopped at its limit: best found)"
        out.append(
            f"Worth the same to {c['by']} (±{c['epsilon']:g}) as its offer {c['offer']}, "
            f"best for {c['for']}{partial}:"
        )
        for k, item in enumerate(c["counters"], 1):
            out.append(f"  {k}. {_fmt_u(item['utilities'])}")
        if not c["counters"]:
            out.append("  none")
    out += [f"warning: {w}" for w in doc["warnings"]]
    return out
