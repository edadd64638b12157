"""What ``impact_warnings`` tells the reader, and which lines it names."""

from __future__ import annotations

import numpy as np

from negotiator_gui.core.trade import (
    ElasticityArrays,
    Market,
    TradeModel,
    WarningKind,
    impact_warnings,
    simulate,
)

PARTIES = ["US", "JP"]


def run(value: list[float], t0: list[float], t1: list[float], eta: float, **kw):
    n = len(value)
    market = Market(
        importer=np.zeros(n, dtype=np.int64),
        exporter=np.ones(n, dtype=np.int64),
        product=np.array([f"87{i:02d}" for i in range(n)]),
        value=np.array(value),
    )
    el = ElasticityArrays.from_values(n, eta)
    a0, a1 = np.array(t0), np.array(t1)
    lin = simulate(market, a0, a1, el, TradeModel.LINEAR)
    ex = simulate(market, a0, a1, el, TradeModel.EXACT)
    found = impact_warnings(market, a0, a1, el, lin, ex, **kw)
    return {w.kind: w for w in found}


def test_zero_base_trade_with_a_big_change() -> None:
    w = run([0.0, 0.0, 0.0, 10.0], [0.0] * 4, [0.05, 0.04, -0.0, 0.0], 1.0, party_ids=PARTIES)
    assert set(w) == {WarningKind.ZERO_BASE}
    assert w[WarningKind.ZERO_BASE].rows.tolist() == [0]  # 4 points is below the threshold
    assert "1 line(s)" in str(w[WarningKind.ZERO_BASE])
    assert "JP→US HS 8700" in str(w[WarningKind.ZERO_BASE])


def test_linear_and_exact_more_than_ten_percent_apart() -> None:
    # η = 1.52, +25 points: linear 32 % above exact; +1 point: about 1 % apart
    w = run([100.0, 100.0], [0.0, 0.0], [0.25, 0.01], 1.52, party_ids=PARTIES)
    assert set(w) == {WarningKind.MODELS_DIFFER}
    assert w[WarningKind.MODELS_DIFFER].rows.tolist() == [0]
    assert "10 %" in str(w[WarningKind.MODELS_DIFFER])
    assert "section XVII" in str(w[WarningKind.MODELS_DIFFER])


def test_linear_floor_is_reported() -> None:
    w = run([100.0, 100.0], [0.0, 0.0], [0.25, 0.0], 10.6)
    assert w[WarningKind.LINEAR_FLOOR].rows.tolist() == [0]
    assert WarningKind.MODELS_DIFFER in w


def test_long_lists_are_capped_and_biggest_lines_come_first() -> None:
    values = [10.0, 80.0, 30.0, 70.0, 20.0, 60.0, 50.0, 40.0]
    w = run(values, [0.0] * 8, [0.3] * 8, 1.5, max_named=3)[WarningKind.MODELS_DIFFER]
    assert w.rows.tolist() == [1, 3, 5, 6, 7, 2, 4, 0]
    text = str(w)
    assert "#1→#0 HS 8701, #1→#0 HS 8703, #1→#0 HS 8705 and 5 more" in text
    assert "8700" not in text


def test_no_warnings_for_a_small_covered_change() -> None:
    assert run([100.0, 50.0], [0.1, 0.1], [0.09, 0.1], 2.0) == {}
