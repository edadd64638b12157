"""``negotiator import-genius``: a GENIUS domain and its profiles into a scenario file.

Lets officials start from the published ANAC/GENIUS negotiation cases. The mapping rules live in
``negotiator_gui.io.genius_xml`` (through ``app.usecases.genius_import``, which the window's
File → Import uses too); this module only handles arguments, the output file and the
summary. Nothing heavy is imported until the command runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from negotiator_gui.cli.common import EXIT_OK, BadInput, cannot_write


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-04-09") from None


def _bins(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-genius",
        help="import a GENIUS/ANAC negotiation domain and its profiles as a scenario",
        description="Read a GENIUS XML domain and one additive utility-space profile per party "
        "into a new scenario file.",
    )
    p.add_argument("domain", metavar="DOMAIN.xml")
    p.add_argument("profiles", nargs="+", metavar="PROFILE.xml", help="one per party, in order")
    p.add_argument("-o", "--output", required=True, metavar="OUT.scenario.json")
    p.add_argument(
        "--names",
        nargs="+",
        metavar="NAME",
        help="the parties' names, one per profile (default A B …)",
    )
    p.add_argument("--title", help="the scenario's title (default: the domain file's name)")
    p.add_argument("--as-of", type=_date, metavar="DATE", help="default: today")
    p.add_argument(
        "--bins",
        type=_bins,
        metavar="N",
        help="turn real-valued issues, and integer issues with more than 20 values, into N "
        "evenly spaced options (2–20)",
    )
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from negotiator_gui.app.usecases.genius_import import GeniusError, import_genius
    from negotiator_gui.app.usecases.scenario_files import save_scenario

    out = Path(args.output)
    if len(args.profiles) < 2:
        raise BadInput("import-genius: give at least two profiles, one per party")
    if out.is_dir():
        raise BadInput(f"{out}: is a folder; give the scenario file to write")
    for given in (args.domain, *args.profiles):
        if out.exists() and Path(given).exists() and out.resolve() == Path(given).resolve():
            raise BadInput(f"{out}: is one of the GENIUS files being read; write elsewhere")
    if out.exists() and not args.force:
        raise BadInput(f"{out}: already exists; add --force to replace it")
    try:
        result = import_genius(
            args.domain,
            args.profiles,
            names=args.names,
            title=args.title,
            as_of=args.as_of,
            bins=args.bins,
        )
    except GeniusError as exc:
        raise BadInput(str(exc)) from None
    try:
        save_scenario(result.scenario, out)
    except OSError as exc:
        raise cannot_write(out, exc) from None
    print(summary(result, str(out)))
    return EXIT_OK


def summary(result, out: str) -> str:
    """A few lines to check the import at a glance: issues, options, and each party's weights,
    reservation and discount factor."""
    s = result.scenario
    n_options = sum(len(i.options) for i in s.issues)
    lines = [
        f"{out}: written",
        f"  {len(s.issues)} issues, {n_options} options: "
        + ", ".join(f"{i.title} ({len(i.options)})" for i in s.issues),
    ]
    for party, info in zip(s.parties, result.profiles, strict=True):
        prefs = s.preferences_of(party.id)
        weights = ", ".join(
            f"{i.title} {prefs.issues[i.id].weight:g}" for i in s.issues if i.id in prefs.issues
        )
        res = prefs.reservation.value
        discount = "none" if info.discount is None else f"{info.discount:g}"
        lines.append(
            f"  {party.name} ({info.file}): weights {weights}; "
            f"reservation {'none' if res is None else f'{res:g}'}; "
            f"GENIUS discount factor {discount}"
        )
    return "\n".join(lines)
