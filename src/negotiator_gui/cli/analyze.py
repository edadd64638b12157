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


def _fmt_u(u: dict[str, float]) -> str:
    return "  ".join(f"{p} {v:6.2f}" for p, v in u.items())


def run(args: argparse.Namespace) -> int:
    from negotiator_gui.core.bargaining import AnalysisError

    s = load(args.file).scenario
    if args.epsilon < 0:
        raise BadInput("--epsilon must be zero or more")
    if args.top < 0:
        raise BadInput("--top must be zero (every frontier point) or more")
    progress = Progress()
    try:
        doc = analysis_report.analysis_document(s, args.top, args.epsilon, progress)
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
    return EXIT_OK


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
