"""Rows with the same (importer, exporter, product): found and merged with numpy grouping by
(importer, exporter) pair, and flows whose code lies under another's (counted twice?).
"""

from __future__ import annotations

from operator import itemgetter
from typing import NamedTuple

import numpy as np

from negotiator_gui.core.model import TradeFlows


class Merged(NamedTuple):
    """Flows with one row per (importer, exporter, product) key, in order of first sight."""

    imp: list[str]
    exp: list[str]
    prod: list[str]
    val: list[float]
    rates: list[float]


def merge_rows(
    imp: list[str],
    exp: list[str],
    prod: list[str],
    val: list[float],
    rate: list[float] | None,
    duty: list[float] | None,
) -> Merged:
    """Merge rows with the same key: values add up; rates are averaged, weighted by value (so
    duties / value stays exact), or plainly when the values add up to zero."""
    order: dict[tuple[str, str, str], int] = {}
    m_val: list[float] = []
    m_w: list[float] = []  # value x rate, or duties
    m_r: list[float] = []  # plain sum of rates, for all-zero values
    m_n: list[int] = []
    wsrc = duty if duty is not None else rate
    for j, k in enumerate(zip(imp, exp, prod, strict=True)):
        v = val[j]
        w = (wsrc[j] if duty is not None else v * wsrc[j]) if wsrc is not None else 0.0
        pos = order.get(k)
        if pos is None:
            order[k] = len(m_val)
            m_val.append(v)
            m_w.append(w)
            m_r.append(rate[j] if rate is not None else 0.0)
            m_n.append(1)
        else:
            m_val[pos] += v
            m_w[pos] += w
            m_r[pos] += rate[j] if rate is not None else 0.0
            m_n[pos] += 1
    keys = list(order)
    if wsrc is not None:
        rates_out = [
            round(w / v, 10) if v > 0 else (s / c if duty is None else 0.0)
            for w, v, s, c in zip(m_w, m_val, m_r, m_n, strict=True)
        ]
    else:
        rates_out = [0.0] * len(keys)
    return Merged(
        [k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys], m_val, rates_out
    )


def nested_codes(flows: TradeFlows) -> dict[tuple[str, str, str], str]:
    """Flows whose product code lies under another flow's code for the same importer and
    exporter (870323 under 8703), mapped to that code. If the shorter code is the heading's
    total, summing over the table counts that trade twice; if it holds only the rest of the
    heading (as chapter 87 does in the shipped US–Japan scenario), nothing is wrong. A table
    does not say which, so the report and the merge point it out and leave it to the user."""
    lengths = sorted({len(p) for p in flows.product})
    if len(lengths) < 2:
        return {}
    keys = set(zip(flows.importer, flows.exporter, flows.product, strict=True))
    out: dict[tuple[str, str, str], str] = {}
    for i, e, p in keys:
        for n in lengths:
            if n >= len(p):
                break
            if (i, e, p[:n]) in keys:
                out[(i, e, p)] = p[:n]
                break
    return out


def nested_note(nested: dict[tuple[str, str, str], str], where: str = "the table") -> str:
    (i, e, p), parent = min(nested.items())
    has = "flow has" if len(nested) == 1 else "flows have"
    return (
        f"{len(nested):,} {has} a product code under another code of {where} for the same "
        f"importer and exporter (e.g. {i} <- {e}: {p} under {parent}): unless the shorter "
        "code holds only the rest of its heading, totals count that trade twice"
    )


class Pairs:
    """The (importer, exporter) pair of every row as a small integer, for numpy to group by:
    parties become integers through a dict look-up mapped over the column (C speed), where a
    Python loop over a million rows would cost a tenth of the whole import."""

    def __init__(self, imp: list[str], exp: list[str]) -> None:
        self.imps, self.exps = sorted(set(imp)), sorted(set(exp))
        n = len(imp)
        ii = np.fromiter(map({p: k for k, p in enumerate(self.imps)}.__getitem__, imp), np.intp, n)
        ee = np.fromiter(map({p: k for k, p in enumerate(self.exps)}.__getitem__, exp), np.intp, n)
        self.code = ii * max(len(self.exps), 1) + ee
        self.size = len(self.imps) * len(self.exps)

    def has_duplicates(self, prod: list[str]) -> bool:
        """Whether a (pair, product) key occurs twice: within each pair, a set of product
        strings (cheap) instead of a set of a million key tuples (three times dearer)."""
        n = len(prod)
        if len(set(prod)) == n:
            return False
        if self.size == 1:
            return True
        order = np.argsort(self.code, kind="stable")
        bounds = np.cumsum(np.bincount(self.code, minlength=self.size)).tolist()
        ordered = itemgetter(*order.tolist())(prod) if n > 1 else tuple(prod)
        start = 0
        for end in bounds:
            if end - start > 1 and len(set(ordered[start:end])) < end - start:
                return True
            start = end
        return False

    def totals(self, val: list[float]) -> dict[tuple[str, str], tuple[float, int]]:
        """Value and flow count by (importer, exporter)."""
        if not val:
            return {}
        sums = np.bincount(self.code, weights=np.asarray(val, dtype=float), minlength=self.size)
        counts = np.bincount(self.code, minlength=self.size)
        e = max(len(self.exps), 1)
        return {
            (self.imps[k // e], self.exps[k % e]): (float(sums[k]), int(counts[k]))
            for k in np.flatnonzero(counts).tolist()
        }
