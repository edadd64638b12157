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


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="frontier, ZOPA, bargaining solutions and counter-packages")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.add_argument(
        "--top",
        type=int,
        default=10,
        metavar="N",
        help="frontier points and counter-packages to list (default 10; frontier: 0 = all)",
    )
    p.add_argument(
        "--epsilon",
        type=float,
        default=1.0,
        metavar="POINTS",
        help="how close in utility an equal-value counter-package must be (default 1 point)",
    )
    p.set_defaults(run=run)


def analysis_document(s, top: int = 10, epsilon: float = 1.0) -> dict[str, Any]:
    """The JSON of ``negotiator analyze`` (documented in the README)."""
    import numpy as np

    from negotiator_gui.core import bargaining as bg
    from negotiator_gui.core.offers import completed, history, latest_offers

    space = bg.build_space(s)
    front = bg.frontier(space)
    zopa = bg.zopa_size(space)
    sols = bg.solutions(front)
    counts = front.tie_counts()

    def utilities(u) -> dict[str, float]:
        return {p: round(float(x) / bg.SCALE, 9) for p, x in zip(space.parties, u, strict=True)}

    def point(i: int) -> dict[str, Any]:
        pkgs = front.packages(i)
        return {
            "utilities": utilities(front.points[i]),
            "in_zopa": bool(np.all(front.points[i] >= space.reservation)),
            "packages": [space.choices(p) for p in pkgs],
            "ties": int(counts[i]),
        }

    n = len(front)
    shown = (
        range(n)
        if top <= 0 or top >= n
        else sorted(set(np.linspace(0, n - 1, top).round().astype(int).tolist()))
    )
    offers = {o.id: o for o in s.offers}
    sq = next((p for p in s.packages if p.id in ("status_quo", "no_deal")), None)
    counters = []
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
            counters.append(
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
    return {
        "scenario": s.id,
        "parties": list(space.parties),
        "reservation": utilities(space.reservation),
        "space_size": str(space.size) if space.size > 2**53 else space.size,
        "zopa": {
            "packages": zopa.packages,
            "fraction": zopa.fraction,
            "exact": zopa.exact,
            "margin": zopa.margin,
            "samples": zopa.samples,
        },
        "frontier": {"size": n, "shown": [point(i) for i in shown]},
        "solutions": {
            name: None
            if sol is None
            else {
                "value": sol.value,
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
        "warnings": list(space.warnings),
    }


def _fmt_u(u: dict[str, float]) -> str:
    return "  ".join(f"{p} {v:6.2f}" for p, v in u.items())


def run(args: argparse.Namespace) -> int:
    from negotiator_gui.cli import BadInput, _load
    from negotiator_gui.core.bargaining import AnalysisError

    s = _load(args.file).scenario
    if args.epsilon < 0:
        raise BadInput("--epsilon must be zero or more")
    try:
        doc = analysis_document(s, args.top, args.epsilon)
    except AnalysisError as exc:
        raise BadInput(f"{args.file}: {exc}") from None
    if args.json:
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    z = doc["zopa"]
    print(f"{s.title}")
    print(
        f"Packages: {int(doc['space_size']):,}    Reservation values: {_fmt_u(doc['reservation'])}"
    )
    if z["exact"]:
        print(f"ZOPA: {z['packages']:,} packages ({z['fraction']:.1%})")
    else:
        print(
            f"ZOPA: about {z['packages']:,} packages ({z['fraction']:.1%} ± {z['margin']:.1%}, "
            f"from {z['samples']:,} samples)"
        )
    shown = doc["frontier"]["shown"]
    print(f"Pareto frontier: {doc['frontier']['size']} points (showing {len(shown)})")
    for pt in doc["frontier"]["shown"]:
        mark = "ZOPA" if pt["in_zopa"] else "    "
        ties = f"  ({pt['ties']} packages)" if pt["ties"] > 1 else ""
        print(f"  {mark}  {_fmt_u(pt['utilities'])}{ties}")
    for name, sol in doc["solutions"].items():
        if sol is None:
            print(f"{name}: none (the ZOPA is empty)")
            continue
        for pt in sol["points"]:
            print(f"{name.replace('_', '–')}: {_fmt_u(pt['utilities'])}")
            for pkg in pt["packages"][:1]:
                print("    " + ", ".join(f"{k}={v}" for k, v in pkg.items()))
    for h in doc["offers"]:
        conc = "" if h["concession"] is None else f"  concession {h['concession']:+.1f}/round"
        print(f"Round {h['round']} offer by {h['party']}: {_fmt_u(h['utilities'])}{conc}")
    for c in doc["counter_packages"]:
        print(
            f"Worth the same to {c['by']} (±{c['epsilon']:g}) as its offer {c['offer']}, "
            f"best for {c['for']}:"
        )
        for k, item in enumerate(c["counters"], 1):
            print(f"  {k}. {_fmt_u(item['utilities'])}")
        if not c["counters"]:
            print("  none")
    for w in doc["warnings"]:
        print(f"warning: {w}")
    return 0
