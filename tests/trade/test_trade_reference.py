"""The vectorised ``simulate`` against a plain Python reference: one row, one market at a time,
written straight from models.md §2 (with the modelling choices documented in trade.py)."""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiator_gui.core.trade import ElasticityArrays, Market, TradeModel, simulate

INF = 99.0


def reference(rows: list[dict], model: TradeModel, diversion: bool) -> list[dict]:
    """rows: dicts with imp, exp, prod, m, t0, t1, eta, eps, sigma."""
    out = []
    for r in rows:
        m, t0, t1, eta, eps = r["m"], r["t0"], r["t1"], r["eta"], r["eps"]
        dt = t1 - t0
        infinite = eps >= INF
        if m == 0:
            tc, pw = 0.0, 0.0
        elif model == TradeModel.LINEAR:
            if infinite:
                tc = -eta * m * dt / (1 + t0)
                pw = 0.0
            else:
                tc = -eta * m * dt / ((1 + t0) * (1 + eta / eps))
            tc = max(tc, -m)  # documented floor: imports cannot go negative
            if not infinite:
                pw = (tc / m) / eps
        else:
            ratio = (1 + t1) / (1 + t0)
            if infinite:
                tc = m * ratio ** (-eta) - m
                pw = 0.0
            else:
                tc = m * ratio ** (-eta * eps / (eta + eps)) - m
                pw = ratio ** (-eta / (eta + eps)) - 1
        out.append({"tc": tc, "pw": pw, "a": m + tc, "dt": dt})

    m1 = [o["a"] for o in out]
    if diversion:
        markets: dict[tuple[int, str], list[int]] = defaultdict(list)
        for i, r in enumerate(rows):
            markets[(r["imp"], r["prod"])].append(i)
        for members in markets.values():
            total = sum(out[i]["a"] for i in members)
            weights = {
                i: out[i]["a"] * ((1 + rows[i]["t1"]) / (1 + rows[i]["t0"])) ** (-rows[i]["sigma"])
                for i in members
            }
            wsum = sum(weights.values())
            for i in members:
                m1[i] = weights[i] / wsum * total if wsum > 0 else 0.0
    for i, (r, o) in enumerate(zip(rows, out, strict=True)):
        o["m1"] = m1[i]
        o["td"] = m1[i] - o["a"]
        o["rev0"] = r["t0"] * r["m"]
        o["rev1"] = r["t1"] * (1 + o["pw"]) * m1[i]
        o["welfare"] = 0.5 * abs(o["dt"]) * abs(o["tc"]) * (1 if o["dt"] < 0 else -1)
    return out


@st.composite
def markets(draw: st.DrawFn) -> list[dict]:
    importers = draw(st.integers(1, 3))
    exporters = draw(st.integers(1, 4))
    products = draw(
        st.lists(
            st.sampled_from(["0201", "8703", "8471", "2711", "9018", "87"]),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    keys = [
        (i, e, p)
        for i in range(importers)
        for e in range(importers, importers + exporters)
        for p in products
    ]
    chosen = draw(st.lists(st.sampled_from(keys), min_size=1, max_size=16, unique=True))
    per_market = {}
    for imp, _, prod in chosen:
        if (imp, prod) not in per_market:
            per_market[(imp, prod)] = (
                draw(st.floats(0.0, 15.0)),
                draw(st.one_of(st.floats(0.2, 60.0), st.just(99.0), st.just(150.0))),
                draw(st.floats(0.0, 8.0)),
            )
    rows = []
    for imp, exp, prod in chosen:
        eta, eps, sigma = per_market[(imp, prod)]
        rows.append(
            {
                "imp": imp,
                "exp": exp,
                "prod": prod,
                "m": draw(st.one_of(st.just(0.0), st.floats(1.0, 1e9))),
                "t0": draw(st.floats(0.0, 1.5)),
                "t1": draw(st.floats(0.0, 1.5)),
                "eta": eta,
                "eps": eps,
                "sigma": sigma,
            }
        )
    return rows


def close(a: float, b: float, scale: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9 * scale)


@settings(max_examples=150, deadline=None)
@given(
    rows=markets(),
    model=st.sampled_from([TradeModel.LINEAR, TradeModel.EXACT]),
    diversion=st.booleans(),
)
def test_simulate_matches_reference(rows: list[dict], model: TradeModel, diversion: bool) -> None:
    n = len(rows)
    col = {k: [r[k] for r in rows] for k in rows[0]}
    market = Market(
        np.array(col["imp"]), np.array(col["exp"]), np.array(col["prod"]), np.array(col["m"])
    )
    el = ElasticityArrays.from_values(
        n, np.array(col["eta"]), np.array(col["eps"]), np.array(col["sigma"])
    )
    got = simulate(market, np.array(col["t0"]), np.array(col["t1"]), el, model, diversion)
    want = reference(rows, model, diversion)
    scale = max(1.0, max(col["m"])) * 10
    for i, w in enumerate(want):
        assert close(got.creation[i], w["tc"], scale), ("creation", i)
        assert close(got.price_change[i], w["pw"], 1.0), ("price", i)
        assert close(got.m1[i], w["m1"], scale), ("m1", i)
        assert close(got.diversion[i], w["td"], scale), ("diversion", i)
        assert close(got.revenue0[i], w["rev0"], scale), ("revenue0", i)
        assert close(got.revenue1[i], w["rev1"], scale), ("revenue1", i)
        assert close(got.welfare[i], w["welfare"], scale), ("welfare", i)
