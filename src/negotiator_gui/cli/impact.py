"""``negotiator impact`` and ``negotiator rates``: the tariff engine and trade model, headless.

Both read a scenario file, optionally apply a package (``--package ISSUE=OPTION`` or the id of a
package stored in the scenario) and print a table, or JSON (``--json``, documented in the README).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

import numpy as np

from negotiator_gui.cli.common import BadInput, load, parse_package


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-04-09") from None


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--package",
        action="append",
        default=[],
        metavar="ISSUE=OPTION|PACKAGE",
        help="choose an option of an issue (repeatable), or name a package of the scenario",
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("impact", help="tariffs and trade effects of the status quo and a package")
    _add_common(p)
    when = p.add_mutually_exclusive_group()
    when.add_argument(
        "--date", type=_date, help="evaluate on this one date instead of over a window"
    )
    when.add_argument(
        "--horizon",
        type=int,
        metavar="MONTHS",
        help="evaluate over this many months from the as-of date, each tariff weighted by the "
        "days it is in force (default: 12)",
    )
    p.add_argument(
        "--package-from",
        type=_date,
        help="the day a --package takes effect in the window (default: the as-of date)",
    )
    p.add_argument(
        "--model",
        choices=("linear", "exact", "smart"),
        default="linear",
        help="linear or exact: the two-elasticity model (macro η, micro σ); smart: WITS SMART "
        "as published (one η on each line's own rate, SMART's diversion formula)",
    )
    p.add_argument("--by", choices=("sector", "section", "partner", "line"), default="sector")
    p.add_argument(
        "--groups",
        metavar="CSV",
        help="user-defined sectors: a CSV of prefix,group rows (longest HS prefix wins)",
    )
    p.add_argument("--importer", help="default: the party imposing most measures")
    p.set_defaults(run=run_impact)

    r = sub.add_parser("rates", help="trade-weighted tariff rates over time (a timeline)")
    _add_common(r)
    r.add_argument("--partner", help="the exporting partner (default: every partner)")
    r.add_argument("--importer", help="default: the party imposing most measures")
    r.add_argument("--from", dest="start", type=_date, help="default: 1 January of the as-of year")
    r.add_argument("--to", dest="end", type=_date, help="default: 31 December of the as-of year")
    r.add_argument("--by", choices=("partner", "chapter", "total"), default="partner")
    r.add_argument(
        "--explain", metavar="PRODUCT", help="show why this line pays its rate on --to (or --date)"
    )
    r.add_argument("--date", type=_date, help="the date for --explain (default: --to)")
    r.add_argument(
        "--package-from",
        type=_date,
        help="the day a --package takes effect (default: the scenario's as-of date)",
    )
    r.set_defaults(run=run_rates)


def _load(path: str):
    return load(path).scenario


def default_importer(scenario) -> str:
    """The party that imposes most measures (the US in the shipped scenarios)."""
    from collections import Counter

    counts = Counter(m.imposing for m in scenario.measures)
    if counts:
        return counts.most_common(1)[0][0]
    return scenario.negotiators()[0].id


def _check_party(scenario, party: str | None, flag: str) -> None:
    ids = [p.id for p in scenario.parties]
    if party is not None and party not in ids:
        raise BadInput(f"{flag} {party}: unknown party (parties: {', '.join(ids)})")


def _pct(x: float) -> str:
    return "—" if x != x else f"{x * 100:6.2f} %"


def run_rates(args: argparse.Namespace) -> int:
    from negotiator_gui.core.package_effects import package_tariffs
    from negotiator_gui.core.tariffs import Lines, explain_line, timeline

    s = _load(args.file)
    _check_party(s, args.partner, "--partner")
    _check_party(s, args.importer, "--importer")
    choices, label = parse_package(s, args.package)
    importer = args.importer or default_importer(s)
    start = args.start or dt.date(s.as_of.year, 1, 1)
    end = args.end or dt.date(s.as_of.year, 12, 31)
    if end < start:
        raise BadInput(f"--to {end} is before --from {start}")
    pt = package_tariffs(s, choices)
    lines = Lines.from_flows(s.trade_flows, [p.id for p in s.parties])
    if args.explain:
        f = s.trade_flows
        partner = args.partner or next((p.id for p in s.negotiators() if p.id != importer), "")
        try:
            row = f.index_of(importer, partner, args.explain)
        except KeyError:
            raise BadInput(
                f"--explain {args.explain}: no flow {importer} ← {partner} with that product code"
            ) from None
        b = explain_line(f, row, pt.measures, s.stacking_rules, args.date or end)
        if args.json:
            json.dump(_breakdown_json(b), sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            print("\n".join(b.lines()))
        return 0
    exporters = [args.partner] if args.partner else None
    switch = (args.package_from or s.as_of, pt.measures) if choices else None
    tl = timeline(
        lines, s.measures, s.stacking_rules, importer, start, end, args.by, exporters, switch=switch
    )
    if args.json:
        out = {
            "scenario": s.id,
            "importer": importer,
            "package": choices,
            "package_from": switch[0].isoformat() if switch else None,
            "by": args.by,
            "from": start.isoformat(),
            "to": end.isoformat(),
            "keys": list(tl.keys),
            "steps": [
                {
                    "from": d.isoformat(),
                    "rates": {k: _num(tl.rates[i, j]) for j, k in enumerate(tl.keys)},
                }
                for i, d in enumerate(tl.dates)
            ],
            "notes": pt.notes + rate_notes(s, pt.measures, start, end),
            "as_of": s.as_of.isoformat(),
            "projection_from": (s.as_of + dt.timedelta(days=1)).isoformat()
            if end > s.as_of
            else None,
        }
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    title = f"Trade-weighted tariff on {importer}'s imports, by {args.by}"
    print(title + (f" — package: {label}" if label else ""))
    print(f"{'from':<12}" + "".join(f"{k:>10}" for k in tl.keys))
    for i, d in enumerate(tl.dates):
        print(
            f"{d.isoformat():<12}"
            + "".join(f"{_pct(tl.rates[i, j]):>10}" for j in range(len(tl.keys)))
        )
    for note in pt.notes + rate_notes(s, pt.measures, start, end):
        print(f"note: {note}")
    return 0


def rate_notes(s, measures, start: dt.date, end: dt.date) -> list[str]:
    """What a reader of rates over ``start``–``end`` must know: which dates are a projection
    (after the scenario's as-of date, the measures as scheduled then) and what the measures'
    legal scopes cover that the flow table does not."""
    from negotiator_gui.core.i18n import tr
    from negotiator_gui.core.labels import coverage_gaps

    notes = []
    if end > s.as_of:
        notes.append(
            tr(
                "rates after {as_of} are a projection: the measures as known and scheduled on "
                "that date, nothing announced later"
            ).format(as_of=s.as_of.isoformat())
        )
    return notes + coverage_gaps(s, measures)


def _num(x: float) -> float | None:
    return None if x != x else round(float(x), 10)


def _breakdown_json(b) -> dict[str, Any]:
    return {
        "importer": b.importer,
        "exporter": b.exporter,
        "product": b.product,
        "date": b.date.isoformat(),
        "base_mfn": b.base_mfn,
        "total": b.total,
        "layers": [
            {
                "measure": x.measure,
                "title": x.title,
                "authority": str(x.authority),
                "status": x.status,
                "rate": x.rate,
                "contribution": x.contribution,
                "note": x.note,
            }
            for x in b.layers
        ],
    }


FIELDS = (
    "m0",
    "m1",
    "change",
    "creation",
    "diversion",
    "revenue0",
    "revenue1",
    "revenue_change",
    "welfare",
    "rate0",
    "rate1",
)


_EMPTY_TOTAL = {"importer": "*", "exporter": "*", "group": "total", **dict.fromkeys(FIELDS, 0.0)}


def read_groups(path: str) -> dict[str, str]:
    """A user-defined sector table: CSV rows ``prefix,group`` (a header row is allowed)."""
    import csv

    groups: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            for n, row in enumerate(csv.reader(fh), 1):
                if not row or not "".join(row).strip():
                    continue
                if len(row) < 2:
                    raise BadInput(f"{path}: line {n}: write it as prefix,group")
                prefix, name = row[0].strip().replace(".", ""), row[1].strip()
                if n == 1 and not any(ch.isdigit() for ch in prefix):
                    continue  # a header
                if not (prefix.isdigit() and 2 <= len(prefix) <= 10) or not name:
                    raise BadInput(
                        f"{path}: line {n}: {row[0]!r} is not an HS prefix of 2–10 "
                        "digits with a group name"
                    )
                groups[prefix] = name
    except OSError as exc:
        raise BadInput(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise BadInput(f"{path}: is not UTF-8 text") from None
    if not groups:
        raise BadInput(f"{path}: no groups found")
    return groups


def impact_document(a, by: str, groups: dict[str, str] | None = None) -> dict[str, Any]:
    """The JSON of ``negotiator impact --json`` (documented in the README)."""

    def block(result) -> dict[str, Any]:
        def clean(row):
            return {
                k: (_num(v) if isinstance(v, float) else v) for k, v in row.items() if k != "rows"
            }

        return {
            "model": str(result.impact.model),
            "total": clean(next(iter(a.group(result.impact, "total")), _EMPTY_TOTAL)),
            "rows": [clean(r) for r in a.group(result.impact, by, groups)],
        }

    used = {}
    for kind, idx in (
        ("eta", a.elasticities.eta_source),
        ("eps_x", a.elasticities.eps_source),
        ("sigma", a.elasticities.sigma_source),
    ):
        counts = np.bincount(idx, minlength=len(a.elasticities.sources))
        for k in np.flatnonzero(counts):
            src = a.elasticities.sources[k]
            used[src.id, kind] = {
                "id": src.id,
                "kind": str(src.kind),
                "value": src.value,
                "product": src.product,
                "importer": src.importer,
                "name": src.display,
                "low": src.low,
                "high": src.high,
                "source": src.source_text,
                "origin": str(src.origin),
                "rows": int(counts[k]),
            }
    results = {"status_quo": block(a.status_quo)}
    if a.package is not None:
        results["package"] = block(a.package)
    return {
        "scenario": a.scenario_id,
        "date": a.date.isoformat(),
        "window": a.window.as_json() if a.window is not None else None,
        "window_text": a.window.describe() if a.window is not None else "",
        "model": str(a.model),
        "by": by,
        "unit": a.lines.unit,
        "baseline": "base-year flows at their MFN rates",
        "package": a.choices or None,
        "results": results,
        "balance": [
            {
                "party": b.party,
                "partner": b.partner,
                "exports": b.exports,
                "imports": b.imports,
                "balance": {k: b.exports[k] - b.imports[k] for k in b.exports},
                "commitments": b.commitments,
            }
            for b in a.balances
        ],
        "coverage": coverage_document(a),
        "elasticities": list(used.values()),
        "warnings": a.warnings,
    }


def coverage_document(a) -> list[dict[str, Any]]:
    """Per balance: both directions' totals in the flow table and what they cover."""
    from negotiator_gui.core.impact import coverage, coverage_text

    out = []
    for b in a.balances:
        exports, imports = coverage(a.scenario, b.party, b.partner)
        text, warning = coverage_text(a.scenario, b.party, b.partner)
        out.append(
            {
                "party": b.party,
                "partner": b.partner,
                "directions": [
                    {
                        "importer": c.importer,
                        "exporter": c.exporter,
                        "total": c.total,
                        "listed_lines": c.listed,
                        "all_other_goods": c.other,
                        "rows": c.lines,
                    }
                    for c in (exports, imports)
                ],
                "text": text,
                "warning": warning,
            }
        )
    return out


def _money(x: float) -> str:
    """Billions with two decimals, one format for the whole table; never "-0.00"."""
    v = round(x / 1e9, 2)
    return f"{(0.0 if v == 0 else v):9.2f}"


def _print_block(title: str, rows: list[dict[str, Any]], unit: str) -> None:
    from negotiator_gui.core.labels import chapter_names

    print(title)
    head = f"  {'flow':<9}{'group':<28}{'rate before':>12}{'rate after':>11}"
    head += f"{'imports':>10}{'change':>10}{'%':>8}{'revenue Δ':>10}{'welfare':>9}"
    print(head + f"   ({unit} bn)")
    for r in rows:
        pct = round(r["change"] / r["m0"] * 100, 1) if r["m0"] else 0.0
        pct = pct or 0.0  # never "-0.0"
        (group,) = chapter_names([r["group"]])
        print(
            f"  {r['importer'] + '←' + r['exporter']:<9}{group[:27]:<28}"
            f"{_pct(r['rate0']):>12}{_pct(r['rate1']):>11}{_money(r['m0']):>10}"
            f"{_money(r['change']):>10}{pct:7.1f}%{_money(r['revenue_change']):>10}"
            f"{_money(r['welfare']):>9}"
        )


def run_impact(args: argparse.Namespace) -> int:
    from negotiator_gui.core.impact import Window, analyse, coverage_text

    s = _load(args.file)
    choices, label = parse_package(s, args.package)
    if args.horizon is not None and args.horizon < 1:
        raise BadInput(f"--horizon {args.horizon}: give a number of months, 1 or more")
    if args.date is not None:
        window = Window.single(args.date)
    else:
        window = Window.months_after(s.as_of, args.horizon or 12, args.package_from)
    a = analyse(s, None, choices, args.model, window=window)
    groups = read_groups(args.groups) if args.groups else None
    by = "groups" if groups else args.by
    if args.json:
        json.dump(impact_document(a, by, groups), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    unit = a.lines.unit
    print(
        f"{s.title} — {window.describe()}, {a.model} model, from base-year flows at their "
        "base rates; money per year"
    )
    _print_block("Status quo (tariffs in force)", a.group(a.status_quo.impact, by, groups), unit)
    if a.package is not None:
        _print_block(f"Package: {label}", a.group(a.package.impact, by, groups), unit)
    for b in a.balances:
        stages = " → ".join(
            f"{k.replace('_', ' ')} {_money(b.balance(k)).strip()}" for k in b.exports
        )
        print(f"Balance of {b.party} with {b.partner} ({unit} bn): {stages}")
        if b.commitments:
            print(f"  of which package commitments: {_money(b.commitments).strip()}")
        print(f"  coverage: {coverage_text(s, b.party, b.partner)[0]}")
    for w in a.warnings:
        print(f"warning: {w}")
    return 0
