"""``negotiator impact`` and ``negotiator rates``: the tariff engine and trade model, headless."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("impact", help="tariffs and trade effects of the status quo and a package")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=run_impact)
    r = sub.add_parser("rates", help="trade-weighted tariff rates over time")
    r.add_argument("file", metavar="FILE")
    r.set_defaults(run=run_rates)


def run_impact(args: argparse.Namespace) -> int:
    from negotiator_gui.cli import BadInput

    raise BadInput("impact is not available yet")


def run_rates(args: argparse.Namespace) -> int:
    from negotiator_gui.cli import BadInput

    raise BadInput("rates is not available yet")
