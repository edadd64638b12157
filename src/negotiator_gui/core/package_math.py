"""Small pure helpers the preferences editor and the package builder share (no Qt).

Edits of one field of an option's tariff effect or commitment are not in ``edits`` yet; they are
built here from the same primitives and checked the same way (``edits.checked``), so a value out
of range is refused with the validator's message and never reaches the history. The rest are the
numbers the package builder shows: each party's utility against its reservation, and fresh ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from negotiator_gui.core.bargaining import SCALE, Space
from negotiator_gui.core.commands import Command, CommandError, Compound, SetField
from negotiator_gui.core.edits import checked, field_label
from negotiator_gui.core.i18n import local, tr
from negotiator_gui.core.model import (
    VALUE_OPS,
    Commitment,
    CommitmentKind,
    EffectOp,
    Scenario,
    TariffEffect,
)

EFFECT_FIELDS = ("op", "measure", "value", "note")
COMMITMENT_FIELDS = ("kind", "party", "label", "amount", "unit", "usd_per_year", "product", "note")


def _item_cmd(
    s: Scenario, issue_id: str, option_id: str, what: str, index: int, values: Mapping[str, Any]
) -> Command:
    try:
        opt = next(o for o in s.issue(issue_id).options if o.id == option_id)
    except (KeyError, StopIteration):
        raise CommandError(
            tr("no option {option!r} in issue {issue!r}").format(option=option_id, issue=issue_id)
        ) from None
    items = getattr(opt, what)
    if not 0 <= index < len(items):
        message = (
            tr("option '{label}' has no tariff effect {n}")
            if what == "effects"
            else tr("option '{label}' has no commitment {n}")
        )
        raise CommandError(message.format(label=local(opt, "label"), n=index + 1))
    path = ("issues", issue_id, "options", option_id, what, index)
    parts: list[Command] = [SetField(path, f, v) for f, v in values.items()]
    cmd = parts[0] if len(parts) == 1 else Compound("", parts)
    label = local(opt, "label")
    label = label if len(label) <= 40 else label[:37] + "…"
    names = [field_label(f) for f in values]
    field = (
        names[0]
        if len(names) == 1
        else tr("{a} and {b}").format(a=tr(", ").join(names[:-1]), b=names[-1])
    )
    cmd.name = tr("Change {field} of '{label}'").format(field=field, label=label)
    return checked(s, cmd)


def set_effect_field(
    s: Scenario, issue_id: str, option_id: str, index: int, field: str, value: Any
) -> Command:
    """Change one field of an option's tariff effect (operator, measure, value or note).

    An operator that needs a value gets a neutral one in the same step when the effect had none
    (a removal turned into a cut keeps the rate: 0 % cut), so the change is not refused."""
    if field not in EFFECT_FIELDS:
        raise CommandError(
            tr("a tariff effect's {field!r} cannot be edited here").format(field=field)
        )
    values: dict[str, Any] = {field: value}
    if field == "op":
        try:
            opt = next(o for o in s.issue(issue_id).options if o.id == option_id)
            effect = opt.effects[index]
        except (KeyError, StopIteration, IndexError):
            effect = None  # _item_cmd says what is missing
        if effect is not None and value in VALUE_OPS and effect.value is None:
            values["value"] = 1.0 if value == EffectOp.SWISS else 0.0
    return _item_cmd(s, issue_id, option_id, "effects", index, values)


def set_commitment_field(
    s: Scenario, issue_id: str, option_id: str, index: int, field: str, value: Any
) -> Command:
    """Change one field of an option's commitment."""
    if field not in COMMITMENT_FIELDS:
        raise CommandError(tr("a commitment's {field!r} cannot be edited here").format(field=field))
    return _item_cmd(s, issue_id, option_id, "commitments", index, {field: value})


def new_id(prefix: str, taken: Iterable[str]) -> str:
    """``prefix`` or ``prefix_2``, ``prefix_3``… whichever is not taken yet."""
    used = set(taken)
    if prefix not in used:
        return prefix
    k = 2
    while f"{prefix}_{k}" in used:
        k += 1
    return f"{prefix}_{k}"


def next_round(s: Scenario) -> int:
    """The round a new offer most likely belongs to: one after the latest recorded."""
    return 1 + max((o.round for o in s.offers), default=0)


@dataclass(frozen=True)
class Standing:
    """One party's utility of a package against its reservation value (BATNA), in points."""

    party: str
    utility: float
    reservation: float

    @property
    def gain(self) -> float:
        return self.utility - self.reservation


def standings(space: Space, choices: Mapping[str, str]) -> list[Standing]:
    """Each party's utility of a complete package (exact fixed-point sums, shown in points)."""
    package = space.index_of(choices)
    u = space.utility(package)
    return [
        Standing(p, int(u[j]) / SCALE, int(space.reservation[j]) / SCALE)
        for j, p in enumerate(space.parties)
    ]


def default_effect(s: Scenario) -> TariffEffect:
    """A new effect a user then edits: a 50 % cut of the first measure the scenario has."""
    if not s.measures:
        raise CommandError(tr("the scenario has no tariff measures for an effect to change"))
    return TariffEffect(EffectOp.CUT, measure=s.measures[0].id, value=0.5)


def default_commitment(s: Scenario) -> Commitment:
    """A new commitment a user then edits, made by our side (the perspective) by default."""
    return Commitment(CommitmentKind.OTHER, s.perspective, tr("New commitment"))
