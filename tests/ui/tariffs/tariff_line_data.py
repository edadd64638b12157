"""Synthetic product lines for the tariff editor's big-table tests."""

from __future__ import annotations

import random

from negotiator_gui.core.model import TradeFlows


def synthetic_flows(scenario, lines: int, seed: int = 2025) -> TradeFlows:
    """``lines`` US import lines at HS-10 from the scenario's partners, with MFN rates."""
    rng = random.Random(seed)
    exporters = [p.id for p in scenario.parties if p.id != "US"]
    codes = rng.sample(range(10**9, 10**10), lines)
    return TradeFlows(
        year=2024,
        unit="USD",
        source="synthetic test data",
        importer=["US"] * lines,
        exporter=[exporters[i % len(exporters)] for i in range(lines)],
        product=[str(c) for c in codes],
        value=[round(rng.lognormvariate(13, 2)) for _ in range(lines)],
        mfn_rate=[rng.choice([0, 0.025, 0.05, 0.1, 0.27]) for _ in range(lines)],
    )
