"""What a package does to the tariffs: apply its chosen options' effects to the scenario's measures.

Effects are applied issue by issue in the scenario's order, each option's effects in their order,
to copies of the measures (the scenario is never changed). An effect with a ``scope`` changes the
measure only on those lines: the measure is split into the part outside the scope (unchanged) and
a part inside it that takes the new rate. The tariff-change operators are the WITS rules plus an
add-on and an all-in floor; ``ustr_reciprocal`` is the April 2025 formula.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from negotiator_gui.core.model import (
    Authority,
    Commitment,
    EffectOp,
    Measure,
    MeasureMode,
    Scenario,
    Scope,
    TariffEffect,
)

SWISS_DEFAULT = 0.16  # the usual a = 16, with rates as fractions


# -- operators on rates (scalars or arrays) ------------------------------------------------------


def new_rate(t0, x: float):
    """t1 = x."""
    return np.zeros_like(np.asarray(t0, dtype=float)) + x


def max_rate(t0, x: float):
    """t1 = min(t0, x): a ceiling."""
    return np.minimum(t0, x)


def linear_cut(t0, c: float):
    """t1 = (1 − c)·t0."""
    return (1.0 - c) * np.asarray(t0, dtype=float)


def swiss(t0, a: float = SWISS_DEFAULT):
    """t1 = a·t0 / (a + t0): cuts high rates more (rates as fractions, so a = 0.16 is 16 %)."""
    t0 = np.asarray(t0, dtype=float)
    return a * t0 / (a + t0)


def add_on(t0, x: float):
    """t1 = max(0, t0 + x)."""
    return np.maximum(0.0, np.asarray(t0, dtype=float) + x)


def all_in_floor(t0, x: float):
    """t1 = max(t0, x): the line pays at least x in all."""
    return np.maximum(t0, x)


OPERATORS = {
    "new_rate": new_rate,
    "max_rate": max_rate,
    "linear_cut": linear_cut,
    "swiss": swiss,
    "add_on": add_on,
    "all_in_floor": all_in_floor,
}


def apply_operator(rates: np.ndarray, op: str, value: float, mask: np.ndarray | None = None):
    """Apply a tariff-change operator to the selected lines (all lines without a mask)."""
    if op not in OPERATORS:
        raise ValueError(f"unknown operator {op!r}; one of {', '.join(OPERATORS)}")
    out = np.array(rates, dtype=float, copy=True)
    sel = slice(None) if mask is None else mask
    out[sel] = OPERATORS[op](out[sel], value)
    return out


def ustr_reciprocal(
    exports: float, imports: float, elasticity: float = 4.0, passthrough: float = 0.25
) -> tuple[float, float]:
    """The USTR April-2025 formula for a partner: (Δτ, published rate).

    ``exports`` are US exports to the partner and ``imports`` US imports from it. Δτ =
    (m − x) / (ε·φ·m), the tariff that would close the deficit; the published rate is
    max(10 %, Δτ / 2). With ε = 4 and φ = 0.25, Δτ is simply the deficit over imports.
    """
    if imports <= 0:
        return 0.0, 0.10
    dtau = (imports - exports) / (elasticity * passthrough * imports)
    return dtau, max(0.10, dtau / 2)


# -- package effects on measures -----------------------------------------------------------------


@dataclass
class PackageTariffs:
    """The measures under a package, the commitments it carries, and what could not be applied."""

    measures: list[Measure]
    commitments: list[tuple[str, str, Commitment]] = field(default_factory=list)  # issue, option
    notes: list[str] = field(default_factory=list)


def _intersect(scope: Scope, narrow: Scope) -> Scope:
    """The lines in both ``scope`` and ``narrow`` (prefix sets)."""
    if not scope.include:
        include = list(narrow.include)
    elif not narrow.include:
        include = list(scope.include)
    else:
        include = []
        for a in scope.include:
            for b in narrow.include:
                if b.startswith(a):
                    include.append(b)
                elif a.startswith(b):
                    include.append(a)
    return Scope(sorted(set(include)), sorted(set(scope.exclude) | set(narrow.exclude)))


def _new_rate(op: EffectOp, rate: float, value: float) -> float:
    if op is EffectOp.SET_RATE:
        return value
    if op is EffectOp.CAP_RATE:
        return min(rate, value)
    if op is EffectOp.CUT:
        return (1 - value) * rate
    if op is EffectOp.SWISS:
        return value * rate / (value + rate) if value + rate > 0 else 0.0
    if op is EffectOp.ADD_ON:
        return max(0.0, rate + value)
    if op is EffectOp.FLOOR:
        return value
    raise ValueError(op)


def _changed(m: Measure, eff: TariffEffect) -> Measure:
    out = copy.deepcopy(m)
    out.rate = _new_rate(eff.op, m.rate, float(eff.value or 0.0))
    if eff.op is EffectOp.FLOOR:
        out.mode = MeasureMode.ALL_IN
        out.all_in_of = list(m.all_in_of) or [Authority.MFN]
    if eff.op in (EffectOp.SET_RATE, EffectOp.FLOOR):
        out.suspensions = []  # a negotiated rate replaces the pause
    return out


def apply_effect(measures: list[Measure], eff: TariffEffect, origin: str) -> str | None:
    """Apply one effect in place to a list of measure copies; returns a note if it could not."""
    if eff.op is EffectOp.ADD_MEASURE:
        if eff.new_measure is None:
            return f"{origin}: add_measure without a measure"
        if any(m.id == eff.new_measure.id for m in measures):
            return f"{origin}: measure {eff.new_measure.id!r} is already there"
        measures.append(copy.deepcopy(eff.new_measure))
        return None
    idx = next((k for k, m in enumerate(measures) if m.id == eff.measure), None)
    if idx is None:
        return f"{origin}: measure {eff.measure!r} is not in force in this package (skipped)"
    m = measures[idx]
    if eff.op is EffectOp.REMOVE_MEASURE:
        if eff.scope is None:
            del measures[idx]
        else:
            kept = copy.deepcopy(m)
            kept.scope = Scope(
                list(m.scope.include), sorted(set(m.scope.exclude) | set(eff.scope.include))
            )
            measures[idx] = kept
        return None
    if eff.scope is None:
        measures[idx] = _changed(m, eff)
        return None
    inside = _changed(m, eff)
    inside.id = f"{m.id}@{origin}"
    inside.scope = _intersect(m.scope, eff.scope)
    outside = copy.deepcopy(m)
    outside.scope = Scope(
        list(m.scope.include), sorted(set(m.scope.exclude) | set(eff.scope.include))
    )
    measures[idx] = outside
    if inside.scope.include or not m.scope.include:
        measures.insert(idx + 1, inside)
    return None


def package_tariffs(scenario: Scenario, choices: Mapping[str, str]) -> PackageTariffs:
    """The scenario's measures with the chosen options' effects applied (issues in order)."""
    measures = copy.deepcopy(scenario.measures)
    out = PackageTariffs(measures)
    for issue in scenario.issues:
        option_id = choices.get(issue.id)
        if option_id is None:
            continue
        option = next((o for o in issue.options if o.id == option_id), None)
        if option is None:
            out.notes.append(f"{issue.id}: unknown option {option_id!r} (skipped)")
            continue
        for eff in option.effects:
            note = apply_effect(measures, eff, f"{issue.id}={option_id}")
            if note:
                out.notes.append(note)
        out.commitments.extend((issue.id, option_id, c) for c in option.commitments)
    return out
