"""Tariff-line edits for the tariff editor: an operator on many lines' MFN rates as one command.

``edits.set_flow`` finds its row by a linear search of the flow table, which is fine for one cell
but quadratic for an operator on thousands of selected lines of a 100,000-line table. The command
here carries each row's position as a hint (checked against the key, so a stale hint after an
insert or removal falls back to the search) and is still a ``Compound`` of ``SetFlowCell``, so
undo, redo and change events are exactly those of single-cell edits.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from negotiator_gui.core.commands import Command, CommandError, Compound, SetFlowCell
from negotiator_gui.core.edits import checked
from negotiator_gui.core.i18n import N_, number, tr
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.package_effects import apply_operator

#: Operators offered on a selection of lines, in menu order, with the names users read. Every
#: value is entered in percent: a rate, a cut, or the Swiss coefficient (16 means a = 0.16).
OPERATOR_LABELS: dict[str, str] = {
    "new_rate": N_("New rate"),
    "max_rate": N_("Maximum rate"),
    "linear_cut": N_("Linear cut"),
    "swiss": N_("Swiss formula"),
    "add_on": N_("Add-on"),
    "all_in_floor": N_("Floor"),
}


class SetFlowCellAt(SetFlowCell):
    """``SetFlowCell`` with the row's position as a hint: O(1) when the hint still holds."""

    def __init__(
        self, key: tuple[str, str, str], column: str, value: float, at: int, name: str = ""
    ) -> None:
        super().__init__(key, column, value, name)
        self.at = at

    def apply(self, scenario: Scenario) -> Command:
        flows = scenario.trade_flows
        if not (0 <= self.at < len(flows) and flows.key(self.at) == self.key):
            return super().apply(scenario)  # the table moved under the hint: search by key
        col = getattr(flows, self.column)
        old = col[self.at]
        col[self.at] = self.value
        return SetFlowCellAt(self.key, self.column, old, self.at, self.name)


def operator_name(op: str, value_pct: float, n: int) -> str:
    """A command name users read in the Edit menu: "Linear cut 50 % on 12 lines"."""
    label = tr(OPERATOR_LABELS[op])
    shown = number(value_pct, len(f"{value_pct:g}".partition(".")[2]))
    what = f"a = {shown}" if op == "swiss" else f"{shown} %"
    if n == 1:
        return tr("{op} {value} on 1 line").format(op=label, value=what)
    return tr("{op} {value} on {n} lines").format(op=label, value=what, n=number(n))


def apply_operator_to_lines(
    s: Scenario, rows: Sequence[int] | np.ndarray, op: str, value_pct: float
) -> Command:
    """Change the MFN rate (the flow table's ``mfn_rate``) of the lines at ``rows`` with a
    tariff-change operator, as one checked, undoable step.

    Lines the operator leaves as they are (a cap above the rate) are not part of the command; if
    none change, or the result is out of range (a negative value), ``CommandError`` says why.
    """
    if op not in OPERATOR_LABELS:
        raise CommandError(tr("unknown operator {op!r}").format(op=op))
    rows = np.unique(np.asarray(rows, dtype=np.int64))
    flows = s.trade_flows
    if len(rows) == 0:
        raise CommandError(tr("select one or more product lines first"))
    if rows[0] < 0 or rows[-1] >= len(flows):
        raise CommandError(tr("a selected line is no longer in the flow table"))
    mfn = np.asarray(flows.mfn_rate, dtype=np.float64)[rows]
    new = apply_operator(mfn, op, value_pct / 100.0)
    if not np.all(np.isfinite(new)):
        raise CommandError(tr("the operator gives no finite rate for some lines"))
    new = np.round(new, 10)  # no float dust like 0.30000000000000004 in saved files
    changed = np.flatnonzero(np.abs(new - mfn) > 1e-12)
    if len(changed) == 0:
        raise CommandError(tr("the operator changes none of the selected lines"))
    name = operator_name(op, value_pct, len(rows))
    cmds: list[Command] = [
        SetFlowCellAt(flows.key(int(rows[k])), "mfn_rate", float(new[k]), int(rows[k]), name)
        for k in changed
    ]
    return checked(s, Compound(name, cmds))
