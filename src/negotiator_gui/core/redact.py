"""A copy of a scenario that can be shared beyond the negotiating team.

What a counterpart must never learn is how much we value each issue and where we walk away: our
side's (the perspective party's) weights, option scores and reservation value, and our red lines.
``redact`` returns a copy without them. The workbook and the exported scenario file are both
made *from the redacted copy*, so nothing computed from the secret numbers (our utilities, the
frontier, the ZOPA, the Nash package) can leak through a derived value either.

The model has no way to say "weight unknown" (a weight is a number), so our side's preferences
are dropped entirely; the scenario still validates (a negotiator without preferences is only a
warning) and analyses that need them say so. Also dropped, because they are our valuations too:
the ``value_to_us`` estimates on our board's cards, the ``cost_to_them`` estimates on the other
boards (what a card costs us), our party's BATNA text and the package under discussion (the
builder's working package: where our side stands now). Free text elsewhere (notes,
descriptions) is the user's to keep clean; the documentation says so.

The ranges a team put on the other side's preferences (``core.preference_ranges``) say how well
we think we know them, which is our assessment too: they are dropped unless the user asks to
keep them (``keep_ranges``, "keep the other side's ranges" in the export dialog, ``--keep-ranges``
on the command line). Our own ranges go with our preferences either way.
"""

from __future__ import annotations

import copy
import dataclasses

from negotiator_gui.core.model import CardKind, Scenario, TradeFlows
from negotiator_gui.core.preference_ranges import has_ranges, without_ranges

#: What a redacted copy leaves out, in words (shown in the workbook and by the CLI).
REDACTED = (
    "{party}'s weights, option scores and reservation value, its red-line cards, its valuations "
    "of board cards, its BATNA text and the package under discussion are left out"
)
#: Added to ``REDACTED`` when the other parties' ranges are left out too, or kept.
RANGES_LEFT_OUT = "; so are the ranges on the other parties' preferences"
RANGES_KEPT = "; the ranges on the other parties' preferences are kept"


def redact(s: Scenario, *, keep_ranges: bool = False) -> Scenario:
    """A deep copy of ``s`` without the perspective party's private numbers (see the module doc);
    the other parties' preference ranges stay only with ``keep_ranges``.

    The original is not changed. The flow table is copied column by column rather than deep
    copied, which keeps this cheap on a 100,000-line table."""
    flows = s.trade_flows
    memo = {
        id(flows): TradeFlows(
            flows.year,
            flows.unit,
            flows.source,
            list(flows.importer),
            list(flows.exporter),
            list(flows.product),
            list(flows.value),
            list(flows.mfn_rate),
        )
    }
    out = copy.deepcopy(s, memo)
    me = out.perspective
    out.preferences = [p for p in out.preferences if p.party != me]
    if not keep_ranges:
        for prefs in out.preferences:
            without_ranges(prefs)
    gone = {c.id for c in out.cards if c.party == me and c.kind is CardKind.RED_LINE}
    cards = []
    for c in out.cards:
        if c.id in gone:
            continue
        c.links = [link for link in c.links if link not in gone]
        if c.party == me:
            c.value_to_us = None
        else:
            c.cost_to_them = None
        cards.append(c)
    out.cards = cards
    out.parties = [dataclasses.replace(p, batna="") if p.id == me else p for p in out.parties]
    out.working_package = {}  # where our side stands now is ours to say
    return out


def redaction_note(s: Scenario, *, keep_ranges: bool = False) -> str:
    """The sentence saying what a redacted copy of ``s`` leaves out; it mentions the other
    parties' ranges when ``s`` has any (kept with ``keep_ranges``, else left out)."""
    note = REDACTED.format(party=s.perspective)
    if any(has_ranges(p) for p in s.preferences if p.party != s.perspective):
        note += RANGES_KEPT if keep_ranges else RANGES_LEFT_OUT
    return note
