"""The tariff stack on 1,000,000 (importer, exporter, line) rows and 50 measures, against a bare
numpy kernel doing the same arithmetic on the same arrays (coverage masks computed in advance,
which is the most favourable case for the kernel). Aim: at most 2×, well under 100 ms. Also a
single-measure edit on the default scenario (aim: at most 10 ms)."""

from __future__ import annotations

import copy
import datetime as dt
import random
import time

import numpy as np

from bench_trade import bare_kernel as trade_kernel
from benchkit import best_of, report
from negotiator_gui.core.model import (
    Authority,
    Measure,
    MeasureMode,
    Scope,
    StackingRule,
    Suspension,
    TradeFlows,
)
from negotiator_gui.core.tariffs import Lines, compute_rates, matches, rate_on
from negotiator_gui.core.trade import ElasticityArrays, Market, simulate
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import default_scenario_path

DAY = dt.date(2025, 8, 1)
EXPORTERS = ["JP", "KR", "CN", "DE", "MX", "CA", "VN", "IN", "TW", "GB"]


def synthetic(products: int = 100_000) -> tuple[Lines, list[Measure], list[StackingRule]]:
    rng = random.Random(7)
    codes = sorted(
        {f"{rng.randrange(1, 98):02d}{rng.randrange(10**8):08d}" for _ in range(products)}
    )
    n = len(codes) * len(EXPORTERS)
    flows = TradeFlows(
        importer=["US"] * n,
        exporter=[e for e in EXPORTERS for _ in codes],
        product=codes * len(EXPORTERS),
        value=[rng.lognormvariate(12, 2) for _ in range(n)],
        mfn_rate=[rng.choice([0.0, 0.025, 0.05, 0.1]) for _ in range(n)],
    )
    lines = Lines.from_flows(flows, ["US", *EXPORTERS])
    measures = [
        Measure(
            "steel", "232 steel", Authority.S232, "US", ["*"], 0.5, Scope(["72", "73"]), "steel"
        ),
        Measure(
            "alu", "232 aluminium", Authority.S232, "US", ["*"], 0.5, Scope(["76"]), "aluminium"
        ),
        Measure(
            "autos",
            "232 autos",
            Authority.S232,
            "US",
            ["*"],
            0.25,
            Scope(["8703", "870421"]),
            "autos",
        ),
        Measure(
            "parts", "232 parts", Authority.S232, "US", ["*"], 0.25, Scope(["8708"]), "auto_parts"
        ),
        Measure(
            "base", "baseline", Authority.IEEPA_BASELINE, "US", ["*"], 0.10, Scope([], ["30", "98"])
        ),
    ]
    for k, e in enumerate(EXPORTERS):
        measures.append(
            Measure(
                f"c-{e}",
                f"country {e}",
                Authority.IEEPA_COUNTRY,
                "US",
                [e],
                0.1 + 0.02 * k,
                Scope([], ["30"]),
                suspensions=[Suspension(dt.date(2025, 4, 10), dt.date(2025, 7, 9))],
            )
        )
    for k in range(35 - 1):
        ch = f"{rng.randrange(1, 98):02d}"
        e = rng.choice(EXPORTERS)
        mode = MeasureMode.ALL_IN if k % 5 == 0 else MeasureMode.ADDITIVE
        measures.append(
            Measure(
                f"x{k}",
                f"extra {k}",
                Authority.S301,
                "US",
                [e],
                0.15,
                Scope([ch, f"{rng.randrange(1, 98):02d}{rng.randrange(100):02d}"]),
                mode=mode,
                all_in_of=[Authority.MFN],
            )
        )
    measures.append(
        Measure(
            "floor",
            "JP deal",
            Authority.IEEPA_COUNTRY,
            "US",
            ["JP"],
            0.15,
            mode=MeasureMode.ALL_IN,
            all_in_of=[Authority.MFN],
        )
    )
    rules = [
        StackingRule("r1", ["s232"], ["ieepa_baseline", "ieepa_country"]),
        StackingRule("r2", ["s232:autos", "s232:auto_parts"], ["s232:steel", "s232:aluminium"]),
        StackingRule("r3", ["ieepa_country"], ["ieepa_baseline"]),
    ]
    assert len(measures) == 50
    return lines, measures, rules


def bare_kernel(lines: Lines, masks: list[tuple[Measure, float, np.ndarray]], rules):
    """The same arithmetic with dense masks prepared in advance: rule firing, exclusion,
    additive layers, then all-in floors."""
    n = len(lines)
    excluded = {id(m): np.zeros(n, bool) for m, _, _ in masks}
    for rule in rules:
        fire = np.zeros(n, bool)
        for m, _, mask in masks:
            if any(matches(s, m) for s in rule.when):
                fire |= mask
        for m, _, _ in masks:
            if any(matches(s, m) for s in rule.excludes):
                excluded[id(m)] |= fire
    total = lines.mfn.copy()
    for m, rate, mask in masks:
        if m.mode is MeasureMode.ADDITIVE:
            total += rate * (mask & ~excluded[id(m)])
    for m, rate, mask in masks:
        if m.mode is MeasureMode.ALL_IN:
            total += np.maximum(0.0, rate - lines.mfn) * (mask & ~excluded[id(m)])
    return total


def dense_masks(lines: Lines, measures: list[Measure]):
    out = []
    for m in measures:
        rate = rate_on(m, DAY)
        if rate is None:
            continue
        mask_sorted = np.zeros(len(lines), bool)
        for a, b in lines.ranges(m):
            mask_sorted[a:b] = True
        mask = np.empty_like(mask_sorted)
        mask[lines.perm] = mask_sorted
        out.append((m, rate, mask))
    return out


def main() -> bool:
    t = time.perf_counter()
    lines, measures, rules = synthetic()
    print(
        f"synthetic: {len(lines):,} rows, {len(measures)} measures "
        f"(prepared in {time.perf_counter() - t:.1f} s, once per flow table)"
    )
    masks = dense_masks(lines, measures)
    ours = compute_rates(lines, measures, rules, DAY).total
    ref = bare_kernel(lines, masks, rules)
    assert np.allclose(ours, ref), "engine and kernel disagree"
    engine_t = best_of(lambda: compute_rates(lines, measures, rules, DAY), 5)
    kernel_t = best_of(lambda: bare_kernel(lines, masks, rules), 5)
    ok = report("rates, 1M rows × 50 measures", engine_t, kernel_t, "bare numpy kernel", 2.0)
    print(f"{'':<44} absolute: {engine_t * 1e3:.1f} ms (aim: well under 100 ms)")

    # full recompute: rates, then the trade model (linear, with diversion) on the same rows
    market = Market(lines.importer, lines.exporter, lines.product, lines.value)
    eta = np.where(np.char.startswith(lines.product, "87"), 1.01, 4.0)
    el = ElasticityArrays.from_values(len(lines), eta, 99.0, 1.5)
    mid, nm = market.market_id, market.n_markets

    def full():
        r = compute_rates(lines, measures, rules, DAY)
        return simulate(market, lines.mfn, r.total, el)

    def full_kernel():
        t1 = bare_kernel(lines, masks, rules)
        return trade_kernel(lines.value, lines.mfn, t1, el.eta, el.sigma, mid, nm)

    full_t = best_of(full, 5)
    ok &= report(
        "rates + impact, 1M rows", full_t, best_of(full_kernel, 5), "bare numpy kernels", 2.0
    )
    print(f"{'':<44} absolute: {full_t * 1e3:.1f} ms")

    s = read_scenario(default_scenario_path()).scenario
    small = Lines.from_flows(s.trade_flows, [p.id for p in s.parties])
    compute_rates(small, s.measures, s.stacking_rules, s.as_of)
    edited = copy.deepcopy(s.measures)

    def edit_and_recompute():
        edited[2].rate = 0.15 if edited[2].rate != 0.15 else 0.25
        compute_rates(small, edited, s.stacking_rules, s.as_of)

    edit = best_of(edit_and_recompute, 20)
    ok &= edit <= 0.010
    print(
        f"{'single-measure edit, default scenario':<44} {edit * 1e3:6.2f} ms  (aim ≤ 10 ms: "
        f"{'ok' if edit <= 0.010 else 'MISSED'})"
    )
    return ok


if __name__ == "__main__":
    main()
