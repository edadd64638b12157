"""``negotiator import-trade``: bring trade flows from CSV/XLSX tables into a scenario file."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-trade", help="import trade flows from a CSV or XLSX table")
    p.add_argument("table", metavar="TABLE")
    p.add_argument("--into", required=True, metavar="FILE", help="the scenario file to update")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from negotiator_gui.cli import BadInput

    raise BadInput("import-trade is not available yet")
