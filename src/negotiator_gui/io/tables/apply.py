"""Applying an import to a scenario: replace the flow table, or merge into it (updating the flows
the table has and adding the others), and the counts shown before the user confirms.
"""

from __future__ import annotations

from dataclasses import dataclass

from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import Scenario, TradeFlows
from negotiator_gui.io.tables.errors import TableError


@dataclass(frozen=True)
class ApplyCounts:
    updated: int
    added: int
    kept: int
    removed: int

    def __str__(self) -> str:
        parts = []
        if self.updated:
            parts.append(f"{self.updated:,} flows updated")
        if self.added:
            parts.append(f"{self.added:,} added")
        if self.kept:
            parts.append(f"{self.kept:,} existing flows kept as they are")
        if self.removed:
            parts.append(f"{self.removed:,} existing flows removed")
        return ", ".join(parts) or "no change"


def apply_import(
    scenario: Scenario, flows: TradeFlows, mode: str = "merge", *, rates_known: bool = True
) -> TradeFlows:
    """The scenario's flow table after the import, as a new ``TradeFlows`` (the scenario is not
    changed, so a refused or failed import leaves nothing behind).

    "replace" makes the imported table the flow table (its year, unit and source too). "merge"
    updates the flows whose (importer, exporter, product) key the import has and adds the others;
    the unit and year must match the scenario's (merging US dollars into yen, or 2023 into 2024,
    would mix numbers that do not add up). Without ``rates_known`` (a table without tariffs),
    merged flows keep their rate. Raises ``TableError`` for a mismatch."""
    old = scenario.trade_flows
    if mode == "replace":
        return TradeFlows(
            year=flows.year,
            unit=flows.unit,
            source=flows.source,
            importer=list(flows.importer),
            exporter=list(flows.exporter),
            product=list(flows.product),
            value=list(flows.value),
            mfn_rate=list(flows.mfn_rate),
        )
    if mode != "merge":
        raise ValueError(f"mode must be 'merge' or 'replace', not {mode!r}")
    if len(old) and old.unit.casefold() != flows.unit.casefold():
        raise TableError(
            tr(
                "the scenario's trade flows are in {old} and the table in {new}: use --replace "
                "to replace the flow table, or --currency/--scale to state the table's unit"
            ).format(old=repr(old.unit), new=repr(flows.unit))
        )
    if len(old) and old.year != flows.year:
        raise TableError(
            tr(
                "the scenario's trade flows are for {old} and the table for {new}: use --replace "
                "to replace the flow table, or --year to pick the year"
            ).format(old=old.year, new=flows.year)
        )
    out = TradeFlows(
        year=flows.year if not len(old) else old.year,
        unit=flows.unit if not len(old) else old.unit,
        source=_joined_source(old.source, flows.source),
        importer=list(old.importer),
        exporter=list(old.exporter),
        product=list(old.product),
        value=list(old.value),
        mfn_rate=list(old.mfn_rate),
    )
    index = {k: i for i, k in enumerate(zip(old.importer, old.exporter, old.product, strict=True))}
    for k, v, rate in zip(
        zip(flows.importer, flows.exporter, flows.product, strict=True),
        flows.value,
        flows.mfn_rate,
        strict=True,
    ):
        i = index.get(k)
        if i is None:
            out.importer.append(k[0])
            out.exporter.append(k[1])
            out.product.append(k[2])
            out.value.append(v)
            out.mfn_rate.append(rate)
        else:
            out.value[i] = v
            if rates_known:
                out.mfn_rate[i] = rate
    return out


def apply_counts(scenario: Scenario, flows: TradeFlows, mode: str) -> ApplyCounts:
    """How many flows an import updates, adds, keeps and removes (for the confirmation)."""
    old = scenario.trade_flows
    old_keys = set(zip(old.importer, old.exporter, old.product, strict=True))
    new_keys = set(zip(flows.importer, flows.exporter, flows.product, strict=True))
    both = len(old_keys & new_keys)
    if mode == "replace":
        return ApplyCounts(0, len(new_keys), 0, len(old_keys))
    return ApplyCounts(both, len(new_keys) - both, len(old_keys) - both, 0)


def _joined_source(old: str, new: str) -> str:
    if not old:
        return new
    if new in old:
        return old
    return f"{old}; {new}"
