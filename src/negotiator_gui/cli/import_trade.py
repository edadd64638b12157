"""``negotiator import-trade``: bring trade flows from CSV/XLSX tables into a scenario file.

The command reads the table, prints the report (columns used and why, units assumed, rejected
rows, unmatched partners, merged rows, totals) and only then asks whether to import. Without a
terminal to ask on, it needs ``--yes``: a batch job must say so rather than import by default.
The scenario file is written atomically, after the new scenario has been checked, so a refused,
failed or interrupted import leaves it exactly as it was. The reading and applying are
``app.usecases.trade_import``'s, which File → Import → Trade data uses too.
"""

from __future__ import annotations

import argparse

from negotiator_gui.cli.common import EXIT_OK, BadInput, ask_before_writing, cannot_write, load


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-trade",
        help="import trade flows from a CSV or XLSX table",
        description=(
            "Import trade flows (importer, exporter, product, value, tariff) from a CSV or XLSX "
            "table: UN Comtrade, WITS/TRAINS and USITC DataWeb / US Census exports are "
            "recognised by their column names; other tables need --map. Prints what it would "
            "import and asks before changing FILE."
        ),
    )
    p.add_argument("table", metavar="TABLE", help="a .csv, .tsv, .txt or .xlsx file")
    p.add_argument("--into", required=True, metavar="FILE", help="the scenario file to update")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="read FIELD from the column named COLUMN (fields: importer, exporter, product, "
        "value, mfn_rate, duties, flow, year, duty_type, quantity); FIELD= (empty) ignores a "
        "recognised column",
    )
    p.add_argument("--importer", metavar="ID", help="the importer of every row (e.g. US)")
    p.add_argument("--exporter", metavar="ID", help="the exporter of every row")
    p.add_argument(
        "--party",
        action="append",
        default=[],
        metavar="NAME=ID",
        help="a name or code in the table that means party ID (e.g. --party Germany=EU)",
    )
    p.add_argument("--others", metavar="ID", help="the party for every name not otherwise matched")
    p.add_argument(
        "--sheet", metavar="NAME", help="the workbook sheet (default: the first with a header)"
    )
    p.add_argument("--encoding", metavar="E", help="the CSV file's encoding (e.g. cp932, cp1252)")
    p.add_argument(
        "--scale",
        type=float,
        metavar="X",
        help="multiply values by X (1000 for a table in thousands)",
    )
    p.add_argument("--currency", metavar="C", help="the currency of the values (e.g. USD)")
    p.add_argument("--year", type=int, metavar="Y", help="the year to import")
    p.add_argument("--rates", choices=("percent", "fraction"), help="how tariffs are written")
    p.add_argument("--flow", choices=("M", "X", "both"), help="imports (M), exports (X) or both")
    p.add_argument("--duty-type", metavar="T", help="the WITS duty type to import (default MFN)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--replace", action="store_true", help="replace the scenario's flow table")
    mode.add_argument(
        "--merge",
        action="store_true",
        help="update flows with the same importer, exporter and product, add the others "
        "(the default)",
    )
    p.add_argument("--yes", "-y", action="store_true", help="import without asking")
    p.add_argument("--dry-run", action="store_true", help="print the report; change nothing")
    p.set_defaults(run=run)


def _pairs(items: list[str], option: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise BadInput(f"{option} {item!r}: write it as {option} NAME=VALUE")
        out[key.strip()] = value.strip()
    return out


def run(args: argparse.Namespace) -> int:
    from negotiator_gui.app.usecases.scenario_files import save_scenario
    from negotiator_gui.app.usecases.trade_import import (
        InvalidAfterImport,
        NothingToImport,
        TableError,
        apply_table,
        read_trade_table,
        text_encoding,
    )

    mapping = _pairs(args.map, "--map")
    aliases = _pairs(args.party, "--party")
    unchanged = f"{args.into}: not changed"
    if args.encoding is not None:
        try:
            text_encoding(args.encoding)  # a codec that is not a text encoding: say so first
        except TableError as exc:
            raise BadInput(f"{exc}\n{unchanged}") from None
    scenario = load(args.into).scenario
    try:
        report = read_trade_table(
            args.table,
            scenario,
            mapping,
            sheet=args.sheet,
            encoding=args.encoding,
            importer=args.importer,
            exporter=args.exporter,
            aliases=aliases,
            others=args.others,
            scale=args.scale,
            currency=args.currency,
            year=args.year,
            rates=args.rates,
            flow=args.flow,
            duty_type=args.duty_type,
        )
    except TableError as exc:
        raise BadInput(f"{exc}\n{unchanged}") from None
    print(report.text())

    mode = "replace" if args.replace else "merge"
    try:
        result = apply_table(scenario, report, mode, args.table)
    except NothingToImport:
        raise BadInput(
            f"Nothing to import: no row of {args.table} was accepted. {unchanged}"
        ) from None
    except InvalidAfterImport as exc:
        listed = "\n".join(f"{args.into}: {p}" for p in exc.problems[:20])
        raise BadInput(
            f"the scenario would not be valid after the import:\n{listed}\n{unchanged}"
        ) from None
    except TableError as exc:
        raise BadInput(f"{exc}\n{unchanged}") from None
    counts = result.counts()
    print(f"{mode}: {counts} (the table then has {len(result.flows):,} flows)")
    if counts.kept:
        note = result.nested_note("the merged flow table")
        if note:
            print(f"note: {note}")

    if args.dry_run:
        print(f"dry run: {args.into} not changed")
        return EXIT_OK
    left_out = report.rows_left_out
    note = f" ({left_out:,} rejected or unmatched rows will be left out)" if left_out else ""
    question = f"Import {report.rows_accepted:,} rows into {args.into}{note}? [y/N]"
    if not ask_before_writing(args.into, question, args.yes, f"import{note}"):
        return EXIT_OK
    try:
        save_scenario(result.scenario, args.into)
    except OSError as exc:
        raise cannot_write(args.into, exc) from None
    skipped = f"; {left_out:,} rows left out" if left_out else ""
    print(
        f"{args.into}: imported {report.rows_accepted:,} rows as {len(report.flows):,} "
        f"flows{skipped}"
    )
    return EXIT_OK
