"""``negotiator merge BASE MINE THEIRS -o OUT``: a three-way merge of scenario files.

Exit status: 0 merged (and written), 3 conflicts left (nothing written; they are listed, and
``--take mine|theirs`` or ``--pick N=mine`` settle them), 2 bad input."""

from __future__ import annotations

import argparse
import json
import sys

from negotiator_gui.cli.common import EXIT_OK, BadInput, cannot_write, load

EXIT_CONFLICTS = 3


def add_parser(sub: argparse._SubParsersAction) -> None:
    m = sub.add_parser(
        "merge",
        help="merge two edited copies of a scenario with the version both started from",
    )
    m.add_argument("base", metavar="BASE", help="the version both copies started from")
    m.add_argument("mine", metavar="MINE", help="your copy")
    m.add_argument("theirs", metavar="THEIRS", help="your colleague's copy")
    m.add_argument("-o", "--output", metavar="OUT", required=True, help="the merged file")
    m.add_argument("--json", action="store_true", help="print the outcome as JSON")
    m.add_argument(
        "--take",
        choices=("mine", "theirs"),
        help="settle every conflict not picked otherwise with this side",
    )
    m.add_argument(
        "--pick",
        action="append",
        default=[],
        metavar="N=SIDE",
        help="settle conflict N (as numbered in the listing) with mine or theirs; repeatable",
    )
    m.set_defaults(run=cmd_merge)


def _picks(specs: list[str]) -> dict[int, str]:
    out: dict[int, str] = {}
    for spec in specs:
        n, _, side = spec.partition("=")
        if not n.strip().isdigit() or side.strip() not in ("mine", "theirs"):
            raise BadInput(f"--pick {spec}: write it as N=mine or N=theirs, e.g. --pick 2=theirs")
        out[int(n)] = side.strip()
    return out


def cmd_merge(args: argparse.Namespace) -> int:
    from negotiator_gui.app.usecases.merge import merge
    from negotiator_gui.app.usecases.scenario_files import save_scenario
    from negotiator_gui.core.validation import validate

    base, mine, theirs = (load(p).scenario for p in (args.base, args.mine, args.theirs))
    m = merge(base, mine, theirs)
    picks = _picks(args.pick)
    numbers = {c.number for c in m.conflicts}
    for n in picks:
        if n not in numbers:
            raise BadInput(f"--pick {n}: there is no conflict {n} (there are {len(numbers)})")
    left = [c for c in m.conflicts if c.number not in picks and args.take is None]
    written = False
    problems: list[str] = []
    if not left:
        merged = m.result(picks, args.take)
        # edits that each were fine may not fit together (a card on an option the other
        # side removed): such a result is not written
        problems = [str(p) for p in validate(merged).errors]
        if not problems:
            try:
                save_scenario(merged, args.output)
            except OSError as exc:
                raise cannot_write(args.output, exc) from None
            written = True
    if args.json:
        out = {
            "merged": written,
            "output": args.output if written else None,
            "conflicts": [c.to_json() for c in m.conflicts],
            "unsettled": [c.number for c in left],
            "problems": problems,
        }
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for c in m.conflicts:
            mark = " " if c.number not in picks and args.take is None else "*"
            print(f"{mark}{c.number}. {c.text()}")
        if written:
            print(f"{args.output}: written ({len(m.conflicts)} conflicts settled)")
        elif problems:
            print(f"{args.output}: not written: the merged scenario is not valid")
        else:
            print(
                f"{args.output}: not written: {len(left)} conflicts left. Settle them with "
                "--take mine|theirs or --pick N=mine|theirs."
            )
    for p in problems:
        print(f"{args.output}: {p}", file=sys.stderr)
    return EXIT_OK if written else EXIT_CONFLICTS
