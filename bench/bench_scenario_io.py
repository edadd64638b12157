"""Load and save of a 100,000-tariff-line scenario, against plain json.loads / json.dumps of the
same document, each timed in turn with its reference. Aims: load at most 2.5× (issue 21: 3× was
crossed by noise), save at most 3× (issue 2)."""

from __future__ import annotations

import json
import random

from benchkit import paired, report
from negotiator_gui.core.model import TradeFlows
from negotiator_gui.io.scenario_file import parse_scenario_text, read_scenario
from negotiator_gui.io.scenario_writer import dumps_scenario, scenario_to_document
from negotiator_gui.paths import default_scenario_path

LINES = 100_000


def big_scenario(lines: int = LINES):
    """The default scenario with its flow table replaced by ``lines`` HS-10 lines."""
    s = read_scenario(default_scenario_path()).scenario
    rng = random.Random(2025)
    exporters = [p.id for p in s.parties if p.id != "US"]
    codes = rng.sample(range(10**9, 10**10), lines)
    s.trade_flows = TradeFlows(
        year=2024,
        unit="USD",
        source="synthetic benchmark data",
        importer=["US"] * lines,
        exporter=[exporters[i % len(exporters)] for i in range(lines)],
        product=[str(c) for c in codes],
        value=[round(rng.lognormvariate(13, 2)) for _ in range(lines)],
        mfn_rate=[round(rng.choice([0, 0.025, 0.05, 0.1, 0.27]), 6) for _ in range(lines)],
    )
    return s


def main() -> bool:
    s = big_scenario()
    text = dumps_scenario(s)
    doc = scenario_to_document(s)
    print(f"scenario: {LINES:,} trade lines, {len(text) / 2**20:.1f} MB of JSON")
    ok = report(
        "load (parse + check + build model)",
        *paired(lambda _: parse_scenario_text(text), lambda _: json.loads(text)),
        "json.loads",
        2.5,
    )
    ok &= report(
        "save (model to canonical text)",
        *paired(lambda _: dumps_scenario(s), lambda _: json.dumps(doc, ensure_ascii=False)),
        "json.dumps",
        3.0,
    )
    return ok


if __name__ == "__main__":
    main()
