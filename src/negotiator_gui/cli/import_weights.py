"""``negotiator import-weights``: bring the weights an official changed in a workbook back.

The command prints what it read and what would change, then asks before writing the scenario
file (``--yes`` for batch jobs, which cannot be asked; ``--dry-run`` to only report), like
``import-trade``. The file is written atomically after the new scenario has been checked.
"""

from __future__ import annotations

import argparse

from negotiator_gui.cli.common import EXIT_OK, BadInput, ask_before_writing, cannot_write, load


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-weights",
        help="read weights, scores and reservation values back from an exported workbook",
        description=(
            "Read the weights, scores and reservation values in the Options sheet of a "
            "workbook made by 'negotiator export' back into the scenario file, with a report "
            "of every change. A workbook that is not ours, belongs to another scenario or was "
            "restructured is refused with the reason."
        ),
    )
    p.add_argument("book", metavar="BOOK.xlsx")
    p.add_argument("file", metavar="FILE", help="the scenario file to update")
    p.add_argument("--yes", "-y", action="store_true", help="write without asking")
    p.add_argument("--dry-run", action="store_true", help="print the report; change nothing")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from negotiator_gui.app.usecases.scenario_files import save_scenario
    from negotiator_gui.io.excel import WorkbookError, read_weights

    s = load(args.file).scenario
    try:
        result = read_weights(args.book, s)
    except WorkbookError as exc:
        raise BadInput(f"{exc}\n{args.file}: not changed") from None
    print(result.report(args.book, args.file, s))
    if not result.changes:
        print(f"{args.file}: not changed")
        return EXIT_OK
    if args.dry_run:
        print(f"dry run: {args.file} not changed")
        return EXIT_OK
    question = f"Write {len(result.changes)} change(s) to {args.file}? [y/N]"
    if not ask_before_writing(args.file, question, args.yes, "write the changes"):
        return EXIT_OK
    try:
        save_scenario(result.scenario, args.file)
    except OSError as exc:
        raise cannot_write(args.file, exc) from None
    print(f"{args.file}: {len(result.changes)} change(s) written")
    return EXIT_OK
