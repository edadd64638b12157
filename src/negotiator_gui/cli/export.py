"""``negotiator export``: the options-matrix workbook, and (redacted) copies of a scenario.

``--xlsx`` writes the workbook (``io/excel``); ``--scenario`` writes the scenario file again,
which with ``--redact`` is the copy to share beyond the team. Both outputs of one ``--redact``
run come from the same redacted scenario, so they agree (the workbook shows its content hash).
"""

from __future__ import annotations

import argparse
import sys

from negotiator_gui.cli.common import (
    EXIT_INTERNAL,
    EXIT_OK,
    BadInput,
    cannot_write,
    load,
    parse_package,
)


def _packages(text: str) -> str | int:
    if text in ("frontier", "all"):
        return text
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(
            f"{text!r}: say frontier, all, or how many frontier packages to list (a number)"
        )
    return n


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="write the options-matrix workbook (.xlsx) and/or a (redacted) scenario file",
        description=(
            "Write the options-matrix workbook: live weights and utilities, candidate packages "
            "with trade indicators, issue grid, tariffs, impact by sector, boards and a chart. "
            "With --redact, our side's weights, scores, reservation value and red lines are "
            "left out of every output."
        ),
    )
    p.add_argument("file", metavar="FILE", help="the scenario file")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="write the workbook here")
    p.add_argument(
        "--scenario", metavar="OUT.scenario.json", help="write the scenario (redacted) here"
    )
    p.add_argument(
        "--packages",
        type=_packages,
        default="frontier",
        metavar="frontier|all|N",
        help="candidates to list: every frontier point (default), every package of a small "
        "space, or N frontier points; the bargaining solutions, offers and stored packages are "
        "always listed",
    )
    p.add_argument(
        "--package",
        action="append",
        default=[],
        metavar="ISSUE=OPTION|PACKAGE",
        help="add a package of your own (repeat ISSUE=OPTION; open issues take the status quo)",
    )
    p.add_argument(
        "--redact",
        action="store_true",
        help="leave out our side's weights, scores, reservation value and red-line cards "
        "(and the ranges on the other side's preferences, unless --keep-ranges)",
    )
    p.add_argument(
        "--keep-ranges",
        action="store_true",
        help="with --redact: keep the ranges the team put on the other side's preferences",
    )
    p.add_argument("--revision", metavar="LABEL", help="the revision label to show on About")
    p.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default=None,
        help="the paper the workbook's sheets print on (default: the locale's, A4 unless a "
        "US-Letter region)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from negotiator_gui.app.usecases.output import OutputCheckError
    from negotiator_gui.app.usecases.scenario_files import export_scenario
    from negotiator_gui.core.bargaining import AnalysisError
    from negotiator_gui.core.model import Package
    from negotiator_gui.core.redact import redaction_note

    if not args.xlsx and not args.scenario:
        raise BadInput("say what to write: --xlsx OUT.xlsx and/or --scenario OUT.scenario.json")
    if args.keep_ranges and not args.redact:
        raise BadInput("--keep-ranges only applies to a redacted copy: add --redact")
    if args.scenario and not args.redact:
        print("note: --scenario without --redact writes the full scenario, our numbers included")
    s = load(args.file).scenario
    extra = []
    if args.package:
        choices, label = parse_package(s, args.package)
        extra.append(Package("chosen", label or "Chosen package", choices))
    if args.xlsx:
        from negotiator_gui.app.usecases.workbook_export import export_workbook

        try:
            result = export_workbook(
                args.xlsx,
                s,
                packages=args.packages,
                extra=extra,
                redacted=args.redact,
                keep_ranges=args.keep_ranges,
                revision=args.revision,
                paper=args.paper,
            )
        except AnalysisError as exc:
            raise BadInput(f"{args.file}: {exc}") from None
        except OSError as exc:
            raise cannot_write(args.xlsx, exc) from None
        except OutputCheckError as exc:  # our fault, not the input's: exit 1, said plainly
            print(f"{args.xlsx}: not written: {exc}", file=sys.stderr)
            return EXIT_INTERNAL
        print(
            f"{args.xlsx}: written ({result.packages:,} packages"
            + (", redacted" if args.redact else "")
            + f"; scenario hash {result.content_hash[:12]})"
        )
    if args.scenario:
        try:
            export_scenario(args.scenario, s, redacted=args.redact, keep_ranges=args.keep_ranges)
        except OSError as exc:
            raise cannot_write(args.scenario, exc) from None
        print(f"{args.scenario}: written" + (" (redacted)" if args.redact else ""))
    if args.redact:
        print(f"redacted: {redaction_note(s, keep_ranges=args.keep_ranges)}")
    return EXIT_OK
