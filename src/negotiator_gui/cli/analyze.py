"""``negotiator analyze``: the package space of a scenario, headless.

Prints (or, with ``--json``, writes the document described in the README): the size of the
package space and of the ZOPA, the Pareto frontier, the Nash, Kalai–Smorodinsky, max-min and
utilitarian packages, and the equal-value counter-packages to each side's latest offer. The
document itself is made by ``app.usecases.analysis_report`` (the self-test checks it too); this
module reads the arguments, shows progress and prints.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from negotiator_gui.app.usecases import analysis_report
from negotiator_gui.app.usecases.analysis_report import DEFAULT_COUNTERS
from negotiator_gui.cli.common import EXIT_OK, BadInput, load


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
    p.add_argument(
        "--uncertainty",
        type=int,
        default=0,
        metavar="N",
        help="also analyse N samples of the ranges on the preferences (planning under "
        "uncertainty: acceptance, robust solutions, best package at an acceptance, thresholds)",
    )
    p.add_argument(
        "--seed", type=int, default=2025, metavar="S", help="seed of the samples (default 2025)"
    )
    p.add_argument(
        "--acceptance",
        type=float,
        default=0.8,
        metavar="P",
        help="acceptance the best package for us must reach, 0–1 (default 0.8)",
    )
    p.set_defaults(run=run)


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


class Names:
    """What the text report calls things: parties, issues, options and solutions by their
    names, offers by their round (the JSON document keeps the ids, for programs)."""

    def __init__(self, s) -> None:
        from negotiator_gui.core.bargaining import SOLUTION_NAMES
        from negotiator_gui.core.i18n import local, tr
        from negotiator_gui.core.labels import party_name

        self.parties = {p.id: party_name(s, p.id) for p in s.parties}
        self.issues = {i.id: local(i, "title") or i.id for i in s.issues}
        self.options = {
            (i.id, o.id): local(o, "label") or o.id for i in s.issues for o in i.options
        }
        self.rounds = {o.id: o.round for o in s.offers}
        self.solutions = {k: tr(v) for k, v in SOLUTION_NAMES.items()}

    def party(self, pid: str) -> str:
        return self.parties.get(pid, pid)

    def utilities(self, u: dict[str, float]) -> str:
        return "  ".join(f"{self.party(p)} {v:6.2f}" for p, v in u.items())

    def package(self, choices: dict[str, str]) -> str:
        """A package as "issue: option" pairs, in the scenario's order of issues."""
        return "; ".join(
            f"{self.issues.get(i, i)}: {self.options.get((i, o), o)}" for i, o in choices.items()
        )

    def solution(self, key: str) -> str:
        return self.solutions.get(key, key.replace("_", " "))

    def offer(self, offer_id: str) -> str:
        r = self.rounds.get(offer_id)
        return f"its round {r} offer" if r is not None else f"its offer {offer_id}"


def run(args: argparse.Namespace) -> int:
    from negotiator_gui.core.bargaining import AnalysisError

    s = load(args.file).scenario
    if args.epsilon < 0:
        raise BadInput("--epsilon must be zero or more")
    if args.top < 0:
        raise BadInput("--top must be zero (every frontier point) or more")
    if args.uncertainty < 0:
        raise BadInput("--uncertainty must be zero (none) or a number of samples")
    if not 0 <= args.acceptance <= 1:
        raise BadInput("--acceptance must be between 0 and 1")
    progress = Progress()
    try:
        doc = analysis_report.analysis_document(s, args.top, args.epsilon, progress)
        if args.uncertainty:
            doc["uncertainty"] = uncertainty_document(
                s, args.uncertainty, args.seed, args.acceptance, progress
            )
    except AnalysisError as exc:
        raise BadInput(f"{args.file}: {exc}") from None
    finally:
        progress.done()
    # the whole output is made first and written at once: Ctrl+C never leaves half of it
    if args.json:
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    else:
        text = "\n".join(text_lines(s.title, doc, Names(s))) + "\n"
    sys.stdout.write(text)
    sys.stdout.flush()
    return EXIT_OK


def uncertainty_document(s, n: int, seed: int, acceptance: float, progress: Progress) -> dict:
    """The ``uncertainty`` part of the document: the figures over ``n`` samples of the ranges
    the scenario carries (``core.beliefs.scenario_ranges``), for our side (the perspective)."""
    from negotiator_gui.core import bargaining as bg
    from negotiator_gui.core import beliefs
    from negotiator_gui.core.labels import party_name
    from negotiator_gui.core.utility_cloud import chart_parties

    space = bg.build_space(s)
    us_id = chart_parties(s)[0] if len(space.parties) == 2 else space.parties[0]
    us = space.parties.index(us_id) if us_id in space.parties else 0
    ranges = beliefs.scenario_ranges(s, space)
    titles = {i.id: i.title for i in s.issues}

    def names(party: int, issue: int) -> tuple[str, str]:
        return party_name(s, space.parties[party]), titles.get(space.issues[issue], "")

    summary = beliefs.summarise(
        ranges,
        n,
        seed,
        us,
        acceptance,
        progress=lambda stage, done, total: progress(
            f"analyze: uncertainty, {stage} {done:,} of {total:,} (Ctrl+C stops)"
        ),
    )
    doc = summary.to_dict(names)
    doc["uncertain"] = ranges.uncertain
    return doc


def uncertainty_lines(u: dict[str, Any], names: Names) -> list[str]:
    """The plain-text part of ``analyze --uncertainty``."""
    out = [
        f"Under uncertainty: {u['samples']:,} samples, seed {u['seed']} ({u['sampling']})"
        + ("" if u["uncertain"] else "; every range has zero width: the point estimates")
    ]
    for key, r in u["robust"].items():
        name = names.solution(key)
        if r["package"] is None:
            out.append(f"  {name}: none (no sample has a ZOPA)")
            continue
        acc = "  ".join(f"{names.party(p)} {v:.0%}" for p, v in r["acceptance"].items())
        out.append(
            f"  {name}: the answer in {r['stability']:.0%} of samples; "
            f"accepted by {acc}; expected utility points: {names.utilities(r['expected'])}"
        )
        out.append("    " + names.package(r["package"]))
    e = u["expected_nash"]
    if e is not None:
        out.append(
            f"  highest expected Nash product ({e['expected_product']:.4g}): the Nash answer in "
            f"{e['stability']:.0%} of samples"
        )
        out.append("    " + names.package(e["package"]))
    b = u["best_for_us"]
    us = names.party(u["us"])
    if b is None:
        out.append("  best for us at an acceptance: the space is too large to search exactly")
    elif b["package"] is None:
        out.append(f"  best for {us}: no package is accepted in {b['required_acceptance']:.0%}")
    else:
        out.append(
            f"  best for {us} accepted in at least {b['required_acceptance']:.0%}: "
            f"expected {b['expected_utility']:.1f} utility points, accepted in "
            f"{b['acceptance']:.1%}"
        )
        out.append("    " + names.package(b["package"]))
    out += [f"  {t['text']}" for t in u["thresholds"]]
    return out


def text_lines(title: str, doc: dict[str, Any], names: Names) -> list[str]:
    """The plain-text report of ``analyze`` from its JSON document, naming what the document
    gives by id (``names``)."""
    z = doc["zopa"]
    f = doc["frontier"]
    u = names.utilities
    out = [
        title,
        "Utilities are points on each side's 0–100 scale (its weights and option scores in "
        "the scenario).",
        f"Packages: {int(doc['space_size']):,}    Walk-away values (BATNA): "
        f"{u(doc['reservation'])}",
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
        out.append(f"  {mark}  {u(pt['utilities'])}{ties}")
    for key, sol in doc["solutions"].items():
        name = names.solution(key)
        if sol is None:
            out.append(f"{name}: none (the ZOPA is empty)")
            continue
        for pt in sol["points"]:
            out.append(f"{name}: {u(pt['utilities'])}")
            for pkg in pt["packages"][:1]:
                out.append("    " + names.package(pkg))
    for h in doc["offers"]:
        conc = "" if h["concession"] is None else f"  concession {h['concession']:+.1f}/round"
        out.append(
            f"Round {h['round']} offer by {names.party(h['party'])}: {u(h['utilities'])}{conc}"
        )
    for c in doc["counter_packages"]:
        partial = "" if c["complete_search"] else " (search stopped at its limit: best found)"
        eps = c["epsilon"]
        unit = "point" if eps == 1 else "points"
        out.append(
            f"Worth the same to {names.party(c['by'])} (±{eps:g} {unit}) as "
            f"{names.offer(c['offer'])}, best for {names.party(c['for'])}{partial}:"
        )
        for k, item in enumerate(c["counters"], 1):
            out.append(f"  {k}. {u(item['utilities'])}")
        if not c["counters"]:
            out.append("  none")
    if "uncertainty" in doc:
        out += uncertainty_lines(doc["uncertainty"], names)
    out += [f"warning: {w}" for w in doc["warnings"]]
    return out
