"""Export of the options-matrix workbook (issue: "a 10,000-package matrix").

A scenario of 4 issues × 10 options has exactly 10,000 packages; ``--packages all`` lists every
one, with a utility formula per party, flags and four trade indicators. We time
``write_workbook`` on the prepared matrix (styles, formulas, widths, conditional formats,
names, chart, every sheet) against the least any writer must do: a raw openpyxl write-only save
of the same cells (values and formula texts read back from our file), without styling. Aim: at
most 1.5×.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

import openpyxl

from benchkit import best_of, report
from negotiator_gui.core.model import (
    Authority,
    EffectOp,
    Issue,
    IssuePreference,
    Measure,
    Option,
    Party,
    Preferences,
    Reservation,
    Scenario,
    TariffEffect,
    TradeFlows,
)
from negotiator_gui.io.excel import matrix_for, write_workbook

ISSUES, OPTIONS = 4, 10


def scenario(seed: int = 2025) -> Scenario:
    rng = random.Random(seed)
    issues = []
    for i in range(ISSUES):
        options = []
        for k in range(OPTIONS):
            effects = []
            if i == 0 and k:  # the first issue cuts the tariff: indicators differ by package
                effects = [TariffEffect(EffectOp.CUT, "us-tariff", value=k / OPTIONS)]
            options.append(Option(f"o{k}", f"Option {k} of issue {i + 1}", effects=effects))
        issues.append(Issue(f"issue{i}", f"Issue {i + 1}", options))
    prefs = []
    for party in ("US", "JP"):
        weights = [rng.randint(10, 40) for _ in range(ISSUES)]
        prefs.append(
            Preferences(
                party,
                {
                    f"issue{i}": IssuePreference(
                        float(weights[i]),
                        {f"o{k}": float(rng.randint(0, 100)) for k in range(OPTIONS)},
                    )
                    for i in range(ISSUES)
                },
                Reservation(value=40.0),
            )
        )
    flows = TradeFlows(year=2024, unit="USD")
    for n, code in enumerate(("8703", "8708", "84", "85", "90", "1006")):
        for imp, exp in (("US", "JP"), ("JP", "US")):
            flows.importer.append(imp)
            flows.exporter.append(exp)
            flows.product.append(code)
            flows.value.append(1e9 * (n + 1))
            flows.mfn_rate.append(0.025)
    return Scenario(
        id="bench-excel",
        title="Bench: 10,000 packages",
        as_of=dt.date(2025, 4, 16),
        perspective="JP",
        parties=[Party("US", "United States"), Party("JP", "Japan")],
        issues=issues,
        preferences=prefs,
        measures=[Measure("us-tariff", "US tariff", Authority.IEEPA_COUNTRY, "US", ["JP"], 0.24)],
        trade_flows=flows,
    )


def raw_write(sheets: dict[str, list[tuple]], path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)


def main() -> bool:
    s = scenario()
    m = matrix_for(s, "all")
    assert len(m.packages) == OPTIONS**ISSUES
    with tempfile.TemporaryDirectory() as tmp:
        ours_path, raw_path = Path(tmp) / "ours.xlsx", Path(tmp) / "raw.xlsx"
        write_workbook(ours_path, s, matrix=m)
        wb = openpyxl.load_workbook(ours_path, read_only=True)
        sheets = {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb}
        wb.close()
        cells = sum(sum(v is not None for v in r) for rows in sheets.values() for r in rows)
        ours = best_of(lambda: write_workbook(ours_path, s, matrix=m), 3)
        raw = best_of(lambda: raw_write(sheets, raw_path), 3)
    print(f"  {len(m.packages):,} packages, {cells:,} cells")
    return report("export 10,000-package workbook", ours, raw, "raw openpyxl write", 1.5)


if __name__ == "__main__":
    main()
