"""The edits a user makes, as named, checked commands ready for ``CommandStack.push``.

Each function looks at the scenario, builds primitive commands (with any cascade: removing an
issue also removes its scores and clears cards that pointed at it) and gives them a name a user
reads in the Edit menu. Every edit is tried on the scenario, checked with ``validate`` and rolled
back before it is returned, so an edit that would break a reference or put a number out of range
raises ``CommandError`` and never reaches the history.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from negotiator_gui.core.commands import (
    WORKING_PACKAGE,
    Command,
    CommandError,
    Compound,
    DeleteKey,
    Insert,
    InsertFlow,
    Move,
    NothingChanged,
    Remove,
    RemoveFlow,
    SetField,
    SetFlowCell,
)
from negotiator_gui.core.i18n import (
    CONTENT_LANGUAGES,
    LANGUAGE_NAMES,
    N_,
    local,
    number,
    plural,
    tr,
)
from negotiator_gui.core.labels import title_without_rate
from negotiator_gui.core.model import (
    TEXT_FIELDS,
    Card,
    CardStatus,
    Commitment,
    Confidence,
    Elasticity,
    Issue,
    IssuePreference,
    Measure,
    Offer,
    Option,
    Package,
    Party,
    Preferences,
    Range,
    Scenario,
    TariffEffect,
    Texts,
    TradeFlows,
    label,
)
from negotiator_gui.core.tariffs import percent
from negotiator_gui.core.validation import texts_suspect, validate

#: Field names as users read them in the names of edits ("Change notes of 'Rice'").
FIELD_LABELS = {
    "title": N_("title"),
    "name": N_("name"),
    "description": N_("description"),
    "notes": N_("notes"),
    "note": N_("note"),
    "as_of": N_("as-of date"),
    "perspective": N_("perspective"),
    "colour": N_("colour"),
    "role": N_("role"),
    "batna": N_("BATNA"),
    "label": N_("label"),
    "kind": N_("kind"),
    "status": N_("status"),
    "priority": N_("priority"),
    "issue": N_("issue"),
    "option": N_("option"),
    "rationale": N_("rationale"),
    "value_to_us": N_("value to us"),
    "cost_to_them": N_("cost to them"),
    "owner": N_("owner"),
    "tags": N_("tags"),
    "links": N_("links"),
    "authority": N_("authority"),
    "imposing": N_("imposing party"),
    "targets": N_("targets"),
    "rate": N_("rate"),
    "scope": N_("scope"),
    "programme": N_("programme"),
    "mode": N_("mode"),
    "all_in_of": N_("all-in floor components"),
    "legal_ref": N_("legal reference"),
    "announced": N_("announced date"),
    "effective": N_("effective date"),
    "end": N_("end date"),
    "retroactive_from": N_("retroactive date"),
    "suspensions": N_("suspensions"),
    "quota": N_("quota"),
    "source": N_("source"),
    "choices": N_("choices"),
    "op": N_("operator"),
    "measure": N_("measure"),
    "value": N_("value"),
    "party": N_("party"),
    "amount": N_("amount"),
    "unit": N_("unit"),
    "usd_per_year": N_("yearly value"),
    "product": N_("product"),
    "when": N_("condition"),
    "excludes": N_("exclusions"),
    "round": N_("round"),
    "date": N_("date"),
}
#: Kinds of entity as users read them in the names of edits ("Edit card 'Rice'").
KIND_LABELS = {
    "party": N_("party"),
    "issue": N_("issue"),
    "card": N_("card"),
    "measure": N_("measure"),
    "package": N_("package"),
    "elasticity": N_("elasticity"),
    "offer": N_("offer"),
    "stacking_rule": N_("stacking rule"),
}


def field_label(field: str) -> str:
    """A field's name as users read it (translated)."""
    label = FIELD_LABELS.get(field)
    return tr(label) if label else field.replace("_", " ")


def _kind_label(kind: str) -> str:
    label = KIND_LABELS.get(kind)
    return tr(label) if label else kind


def _listed(items: Iterable[str]) -> str:
    """Items joined as a list in the user's language ("a, b, c")."""
    return tr(", ").join(items)


def checked(scenario: Scenario, command: Command) -> Command:
    """Try ``command`` on ``scenario``; if it adds any validation error, refuse it.

    The scenario is left exactly as it was either way.
    """
    touches_flows = any(c.kind in ("trade_flows", "party") for c in command.changes())
    # a bad text can only come in with the command's new values: scan those alone
    new_values = command.introduced()
    texts = new_values is None or texts_suspect(new_values)
    before = {
        (p.path, p.message) for p in validate(scenario, flows=touches_flows, texts=texts).errors
    }
    inverse = command.apply(scenario)
    try:
        after = validate(scenario, flows=touches_flows, texts=texts).errors
    except Exception as exc:  # a value of the wrong type trips the checks themselves
        raise CommandError(
            tr("{edit}: a value has the wrong type ({why})").format(edit=command.name, why=exc)
        ) from None
    finally:
        inverse.apply(scenario)
    new = [p for p in after if (p.path, p.message) not in before]
    if new:
        details = "; ".join(f"{p.path}: {p.message}" for p in new[:5])
        raise CommandError(tr("{edit}: {details}").format(edit=command.name, details=details))
    return command


def _named(scenario: Scenario, name: str, commands: list[Command]) -> Command:
    cmd = commands[0] if len(commands) == 1 else Compound(name, commands)
    cmd.name = name
    return checked(scenario, cmd)


def _require(scenario: Scenario, getter: str, ident: str) -> Any:
    try:
        return getattr(scenario, getter)(ident)
    except KeyError as exc:
        raise CommandError(str(exc.args[0])) from None


def _label(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "…"


def _party_name(s: Scenario, party_id: str) -> str:
    """A party's name as users read it (its id if it is not in the scenario)."""
    return next((local(p, "name") for p in s.parties if p.id == party_id), party_id)


def _plain(x: float) -> str:
    """A number as typed (no needless zeros, up to 4 decimals) in the user's locale."""
    text = f"{abs(x):.4f}".rstrip("0")
    return number(x, len(text.split(".")[1]) if "." in text else 0)


# -- the scenario itself ----------------------------------------------------------------------

SCENARIO_FIELDS = ("title", "description", "notes", "as_of", "perspective")


def set_scenario_field(
    s: Scenario, field: str, value: Any, *, mergeable: bool = False, lang: str | None = None
) -> Command:
    """Set a field of the scenario itself (with ``lang``: its text in that language)."""
    if field not in SCENARIO_FIELDS:
        raise CommandError(tr("the scenario's {field!r} cannot be edited here").format(field=field))
    if lang is not None:
        return _set_text(s, s, (), field, value, lang, mergeable=mergeable)
    name = tr("Change scenario {field}").format(field=field_label(field))
    return _named(s, name, [SetField((), field, value, mergeable=mergeable)])


# -- generic field edits on entities ---------------------------------------------------------

_COLLECTIONS = {
    "party": ("parties", "party"),
    "issue": ("issues", "issue"),
    "card": ("cards", "card"),
    "measure": ("measures", "measure"),
    "package": ("packages", "package"),
    "elasticity": ("elasticities", None),
    "offer": ("offers", None),
    "stacking_rule": ("stacking_rules", None),
}
_READ_ONLY = {"id", "party"}  # ids are stable; a card's board is changed by moving it


def set_field(
    s: Scenario,
    kind: str,
    ident: str,
    field: str,
    value: Any,
    *,
    mergeable: bool = False,
    lang: str | None = None,
) -> Command:
    """Set one field of an entity (``kind`` is party, issue, card, measure, package, …).

    With ``lang`` (a content language, e.g. "ja") the field's text in that language is set
    instead of the English one; an empty value removes it, so the English shows again."""
    if kind not in _COLLECTIONS:
        raise CommandError(tr("unknown kind of entity {kind!r}").format(kind=kind))
    collection, _ = _COLLECTIONS[kind]
    items = getattr(s, collection)
    entity = next((x for x in items if x.id == ident), None)
    if entity is None:
        raise CommandError(tr("no {kind} with id {id!r}").format(kind=_kind_label(kind), id=ident))
    if lang is not None:
        path = (collection, ident)
        return _set_text(s, entity, path, field, value, lang, mergeable=mergeable)
    if field in _READ_ONLY or not hasattr(entity, field):
        raise CommandError(
            tr("a {kind}'s {field!r} cannot be edited").format(kind=_kind_label(kind), field=field)
        )
    title = _shown_title(entity, ident)
    if isinstance(entity, Measure):
        title = title_without_rate(title, entity.rate)
    name = tr("Change {field} of '{title}'").format(field=field_label(field), title=_label(title))
    if isinstance(entity, Measure) and field == "rate" and _is_number(value):
        # the new rate from the value set, never the old one from a title or a label
        name = tr("Set rate of {measure} to {rate}").format(
            measure=_label(title), rate=percent(float(value))
        )
    return _named(s, name, [SetField((collection, ident), field, value, mergeable=mergeable)])


def with_text(texts: Texts, lang: str, field: str, value: str) -> Texts:
    """A copy of an entity's ``text`` with one field of one language set (removed if empty)."""
    out = {code: dict(fields) for code, fields in texts.items()}
    fields = out.setdefault(lang, {})
    if value:
        fields[field] = value
    else:
        fields.pop(field, None)
    if not fields:
        del out[lang]
    return out


def _set_text(
    s: Scenario,
    entity: Any,
    path: tuple[str, ...],
    field: str,
    value: Any,
    lang: str,
    *,
    mergeable: bool = False,
) -> Command:
    """Set ``field``'s text in ``lang`` as one undoable step (the whole ``text`` map is
    replaced, so undo gives back exactly the map there was)."""
    if lang not in CONTENT_LANGUAGES:
        raise CommandError(tr("{lang!r} is not a content language").format(lang=lang))
    if field not in TEXT_FIELDS.get(type(entity), ()):
        raise CommandError(
            tr("{field!r} has no text in another language").format(field=field_label(field))
        )
    if not isinstance(value, str):
        raise CommandError(tr("a text is expected"))
    name = tr("Change {field} in {language} of '{title}'").format(
        field=field_label(field),
        language=tr(LANGUAGE_NAMES.get(lang, lang)),
        title=_label(_shown_title(entity, entity.id)),
    )
    new = with_text(entity.text, lang, field, value.strip())
    return _named(s, name, [SetField(path, "text", new, mergeable=mergeable)])


def _shown_title(entity: Any, ident: str) -> str:
    """An entity's title or name as the user reads it, in their language."""
    for field in ("title", "name", "label"):
        if getattr(entity, field, None):
            return local(entity, field)
    return ident


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def update_fields(s: Scenario, kind: str, ident: str, values: Mapping[str, Any]) -> Command:
    """Change several fields of one entity as one step (an edit dialog's OK)."""
    if kind not in _COLLECTIONS:
        raise CommandError(tr("unknown kind of entity {kind!r}").format(kind=kind))
    collection, _ = _COLLECTIONS[kind]
    entity = next((x for x in getattr(s, collection) if x.id == ident), None)
    if entity is None:
        raise CommandError(tr("no {kind} with id {id!r}").format(kind=_kind_label(kind), id=ident))
    cmds: list[Command] = []
    for field, value in values.items():
        if field in _READ_ONLY or not hasattr(entity, field):
            raise CommandError(
                tr("a {kind}'s {field!r} cannot be edited").format(
                    kind=_kind_label(kind), field=field
                )
            )
        if getattr(entity, field) != value:
            cmds.append(SetField((collection, ident), field, value))
    if not cmds:
        raise NothingChanged(tr("nothing changed"))
    title = _shown_title(entity, ident)
    if isinstance(entity, Measure):
        title = title_without_rate(title, entity.rate)
    name = tr("Edit {kind} '{title}'").format(kind=_kind_label(kind), title=_label(title))
    return _named(s, name, cmds)


def set_option_field(
    s: Scenario,
    issue_id: str,
    option_id: str,
    field: str,
    value: Any,
    *,
    mergeable: bool = False,
    lang: str | None = None,
) -> Command:
    """Set one field of an option (with ``lang``: its text in that language, as ``set_field``)."""
    issue = _require(s, "issue", issue_id)
    opt = next((o for o in issue.options if o.id == option_id), None)
    if opt is None or field == "id" or not hasattr(opt, field):
        raise CommandError(
            tr("no editable field {field!r} of option {option!r}").format(
                field=field, option=option_id
            )
        )
    if lang is not None:
        path = ("issues", issue_id, "options", option_id)
        return _set_text(s, opt, path, field, value, lang, mergeable=mergeable)
    name = tr("Change {field} of option '{label}'").format(
        field=field_label(field), label=_label(local(opt, "label"))
    )
    path = ("issues", issue_id, "options", option_id)
    return _named(s, name, [SetField(path, field, value, mergeable=mergeable)])


# -- parties ------------------------------------------------------------------------------------


def add_party(s: Scenario, party: Party, index: int | None = None) -> Command:
    return _named(
        s,
        tr("Add party '{name}'").format(name=local(party, "name")),
        [Insert(("parties",), party, index)],
    )


def remove_party(s: Scenario, party_id: str) -> Command:
    """Removing a party that anything still refers to is refused, naming what refers to it."""
    party = _require(s, "party", party_id)
    users = []
    n = sum(1 for c in s.cards if c.party == party_id)
    users += [plural(n, N_("{n} card"), N_("{n} cards")).format(n=number(n))] if n else []
    n = sum(1 for m in s.measures if m.imposing == party_id or party_id in m.targets)
    users += [plural(n, N_("{n} measure"), N_("{n} measures")).format(n=number(n))] if n else []
    n = sum(1 for x in (*s.trade_flows.importer, *s.trade_flows.exporter) if x == party_id)
    users += (
        [plural(n, N_("{n} trade flow"), N_("{n} trade flows")).format(n=number(n))] if n else []
    )
    n = sum(1 for o in s.offers if o.party == party_id)
    users += [plural(n, N_("{n} offer"), N_("{n} offers")).format(n=number(n))] if n else []
    if s.perspective == party_id:
        users.append(tr("the scenario's perspective"))
    if users:
        raise CommandError(
            tr("party '{name}' is used by {users}; change or remove those first").format(
                name=local(party, "name"), users=_listed(users)
            )
        )
    cmds: list[Command] = []
    if any(p.party == party_id for p in s.preferences):
        cmds.append(Remove(("preferences",), party_id))
    cmds.append(Remove(("parties",), party_id))
    return _named(s, tr("Remove party '{name}'").format(name=local(party, "name")), cmds)


# -- issues and options -------------------------------------------------------------------------


def add_issue(s: Scenario, issue: Issue, index: int | None = None) -> Command:
    name = tr("Add issue '{title}'").format(title=_label(local(issue, "title")))
    return _named(s, name, [Insert(("issues",), issue, index)])


def _clear_option_refs(s: Scenario, issue_id: str, option_id: str | None) -> list[Command]:
    """Commands removing every reference to an issue (or one of its options)."""
    cmds: list[Command] = []

    def hit(opt: str) -> bool:
        return option_id is None or opt == option_id

    for prefs in s.preferences:
        ip = prefs.issues.get(issue_id)
        if ip is None:
            continue
        if option_id is None:
            cmds.append(DeleteKey(("preferences", prefs.party, "issues"), issue_id))
        elif option_id in ip.scores:
            cmds.append(
                DeleteKey(("preferences", prefs.party, "issues", issue_id, "scores"), option_id)
            )
        if option_id is not None and option_id in ip.score_ranges:
            cmds.append(
                DeleteKey(
                    ("preferences", prefs.party, "issues", issue_id, "score_ranges"), option_id
                )
            )
    for coll in ("packages", "offers"):
        for item in getattr(s, coll):
            if issue_id in item.choices and hit(item.choices[issue_id]):
                cmds.append(DeleteKey((coll, item.id, "choices"), issue_id))
    if issue_id in s.working_package and hit(s.working_package[issue_id]):
        cmds.append(DeleteKey((WORKING_PACKAGE,), issue_id))
    for card in s.cards:
        if card.issue == issue_id and (option_id is None or card.option == option_id):
            if card.option:
                cmds.append(SetField(("cards", card.id), "option", ""))
            if option_id is None:
                cmds.append(SetField(("cards", card.id), "issue", ""))
    return cmds


def remove_issue(s: Scenario, issue_id: str) -> Command:
    issue = _require(s, "issue", issue_id)
    cmds = [*_clear_option_refs(s, issue_id, None), Remove(("issues",), issue_id)]
    return _named(s, tr("Remove issue '{title}'").format(title=_label(local(issue, "title"))), cmds)


def move_issue(s: Scenario, issue_id: str, index: int) -> Command:
    issue = _require(s, "issue", issue_id)
    name = tr("Move issue '{title}'").format(title=_label(local(issue, "title")))
    return _named(s, name, [Move(("issues",), issue_id, index)])


def add_option(s: Scenario, issue_id: str, option: Option, index: int | None = None) -> Command:
    _require(s, "issue", issue_id)
    name = tr("Add option '{label}'").format(label=_label(local(option, "label")))
    return _named(s, name, [Insert(("issues", issue_id, "options"), option, index)])


def remove_option(s: Scenario, issue_id: str, option_id: str) -> Command:
    issue = _require(s, "issue", issue_id)
    opt = next((o for o in issue.options if o.id == option_id), None)
    if opt is None:
        raise CommandError(
            tr("no option {option!r} in issue {issue!r}").format(option=option_id, issue=issue_id)
        )
    if len(issue.options) == 1:
        raise CommandError(
            tr("'{title}' needs at least one option; remove the issue instead").format(
                title=local(issue, "title")
            )
        )
    for prefs in s.preferences:
        if prefs.reservation.package:
            pkg = s.package(prefs.reservation.package)
            if pkg.choices.get(issue_id) == option_id:
                raise CommandError(
                    tr(
                        "option '{option}' is part of {party}'s no-deal package '{package}'; "
                        "change that package first"
                    ).format(
                        option=local(opt, "label"),
                        party=_party_name(s, prefs.party),
                        package=pkg.name,
                    )
                )
    cmds = _clear_option_refs(s, issue_id, option_id)
    cmds.append(Remove(("issues", issue_id, "options"), option_id))
    return _named(s, tr("Remove option '{label}'").format(label=_label(local(opt, "label"))), cmds)


def move_option(s: Scenario, issue_id: str, option_id: str, index: int) -> Command:
    _require(s, "issue", issue_id)
    return _named(
        s, tr("Reorder options"), [Move(("issues", issue_id, "options"), option_id, index)]
    )


def add_effect(s: Scenario, issue_id: str, option_id: str, effect: TariffEffect) -> Command:
    path = ("issues", issue_id, "options", option_id, "effects")
    return _named(s, tr("Add tariff effect"), [Insert(path, effect)])


def remove_effect(s: Scenario, issue_id: str, option_id: str, index: int) -> Command:
    path = ("issues", issue_id, "options", option_id, "effects")
    return _named(s, tr("Remove tariff effect"), [Remove(path, index)])


def add_commitment(s: Scenario, issue_id: str, option_id: str, commitment: Commitment) -> Command:
    path = ("issues", issue_id, "options", option_id, "commitments")
    name = tr("Add commitment '{label}'").format(label=_label(commitment.label))
    return _named(s, name, [Insert(path, commitment)])


def remove_commitment(s: Scenario, issue_id: str, option_id: str, index: int) -> Command:
    path = ("issues", issue_id, "options", option_id, "commitments")
    return _named(s, tr("Remove commitment"), [Remove(path, index)])


# -- preferences --------------------------------------------------------------------------------


def _prefs_cmds(s: Scenario, party_id: str) -> tuple[list[Command], Preferences]:
    """Commands creating the party's preferences if it has none yet, and the (future) object."""
    _require(s, "party", party_id)
    try:
        return [], s.preferences_of(party_id)
    except KeyError:
        return [Insert(("preferences",), Preferences(party_id))], Preferences(party_id)


def _stretched(rng: Range | None, point: float | None) -> Range | None:
    """The range widened just enough to hold a new estimate (None if it holds it already, or
    there is no range): moving an estimate keeps its range valid instead of refusing the move,
    and never narrows what the team said was plausible."""
    if rng is None or point is None or not _is_number(point) or rng[0] <= point <= rng[1]:
        return None
    return (min(rng[0], float(point)), max(rng[1], float(point)))


def _weight_cmds(prefs: Preferences, party_id: str, issue_id: str, weight: float) -> list[Command]:
    if issue_id not in prefs.issues:
        return [SetField(("preferences", party_id, "issues"), issue_id, IssuePreference(weight))]
    path = ("preferences", party_id, "issues", issue_id)
    cmds: list[Command] = [SetField(path, "weight", weight)]
    wider = _stretched(prefs.issues[issue_id].weight_range, weight)
    if wider is not None:
        cmds.append(SetField(path, "weight_range", wider))
    return cmds


def set_weight(s: Scenario, party_id: str, issue_id: str, weight: float) -> Command:
    """Set one weight, leaving the others (the sum may then differ from 100; see rebalance)."""
    issue = _require(s, "issue", issue_id)
    cmds, prefs = _prefs_cmds(s, party_id)
    cmds += _weight_cmds(prefs, party_id, issue_id, weight)
    name = tr("Set {party}'s weight of '{title}' to {w}").format(
        party=_party_name(s, party_id), title=_label(local(issue, "title")), w=_plain(weight)
    )
    return _named(s, name, cmds)


def set_weights(
    s: Scenario, party_id: str, weights: Mapping[str, float], name: str = ""
) -> Command:
    """Set several weights as one step."""
    cmds, prefs = _prefs_cmds(s, party_id)
    for issue_id, w in weights.items():
        _require(s, "issue", issue_id)
        cmds += _weight_cmds(prefs, party_id, issue_id, w)
    if not cmds:
        raise CommandError(tr("no weights to set"))
    name = name or tr("Set {party}'s weights").format(party=_party_name(s, party_id))
    return _named(s, name, cmds)


def rebalanced_weights(
    weights: Mapping[str, float], issue_id: str, value: float, locked: Iterable[str] = ()
) -> dict[str, float]:
    """Weights after setting one to ``value`` and scaling the unlocked others so all add to 100.

    As in GENIUS: locked weights keep their value; if the unlocked others cannot absorb the
    change, ``value`` is clamped to what is left.
    """
    locked = set(locked) - {issue_id}
    fixed = sum(weights[k] for k in locked if k in weights)
    free = [k for k in weights if k != issue_id and k not in locked]
    room = max(0.0, 100.0 - fixed)
    value = min(max(0.0, value), room) if free else room
    rest = room - value
    out = dict(weights)
    out[issue_id] = value
    total_free = sum(weights[k] for k in free)
    for k in free:
        out[k] = rest * weights[k] / total_free if total_free > 0 else rest / len(free)
    return out


def rebalance_weight(
    s: Scenario, party_id: str, issue_id: str, value: float, locked: Iterable[str] = ()
) -> Command:
    """Slider edit: set one weight and renormalise the unlocked others to keep 100 points."""
    issue = _require(s, "issue", issue_id)
    try:
        prefs = s.preferences_of(party_id)
        current = {
            i.id: prefs.issues[i.id].weight if i.id in prefs.issues else 0.0 for i in s.issues
        }
    except KeyError:
        current = {i.id: 0.0 for i in s.issues}
    new = rebalanced_weights(current, issue_id, value, locked)
    changed = {k: v for k, v in new.items() if abs(v - current.get(k, 0.0)) > 1e-12}
    if not changed:
        changed = {issue_id: new[issue_id]}
    name = tr("Set {party}'s weight of '{title}' to {w}").format(
        party=_party_name(s, party_id),
        title=_label(local(issue, "title")),
        w=number(new[issue_id], 0),
    )
    return set_weights(s, party_id, changed, name)


def set_score(s: Scenario, party_id: str, issue_id: str, option_id: str, score: float) -> Command:
    issue = _require(s, "issue", issue_id)
    opt = next((o for o in issue.options if o.id == option_id), None)
    if opt is None:
        raise CommandError(
            tr("no option {option!r} in issue {issue!r}").format(option=option_id, issue=issue_id)
        )
    cmds, prefs = _prefs_cmds(s, party_id)
    if issue_id not in prefs.issues:
        cmds.append(SetField(("preferences", party_id, "issues"), issue_id, IssuePreference(0.0)))
    cmds.append(SetField(("preferences", party_id, "issues", issue_id, "scores"), option_id, score))
    ip = prefs.issues.get(issue_id)
    wider = _stretched(ip.score_ranges.get(option_id) if ip else None, score)
    if wider is not None:
        ranges_path = ("preferences", party_id, "issues", issue_id, "score_ranges")
        cmds.append(SetField(ranges_path, option_id, wider))
    name = tr("Set {party}'s score of '{label}' to {v}").format(
        party=_party_name(s, party_id), label=_label(local(opt, "label")), v=_plain(score)
    )
    return _named(s, name, cmds)


def set_reservation(
    s: Scenario, party_id: str, value: float | None = None, package: str = ""
) -> Command:
    cmds, prefs = _prefs_cmds(s, party_id)
    path = ("preferences", party_id, "reservation")
    cmds += [SetField(path, "value", value), SetField(path, "package", package)]
    rng = prefs.reservation.range
    if rng is not None and value is None:  # a package, or none: no value for a range to hold
        cmds.append(SetField(path, "range", None))
    elif (wider := _stretched(rng, value)) is not None:
        cmds.append(SetField(path, "range", wider))
    what = _plain(value) if value is not None else (package or tr("none"))
    name = tr("Set {party}'s reservation value to {v}").format(
        party=_party_name(s, party_id), v=what
    )
    return _named(s, name, cmds)


def _range_text(rng: Range | None) -> str:
    return (
        tr("none") if rng is None else tr("{lo}–{hi}").format(lo=_plain(rng[0]), hi=_plain(rng[1]))
    )


def _as_range(rng: Range | None) -> Range | None:
    """A range as the model keeps it: a tuple of two floats (None clears it)."""
    if rng is None:
        return None
    try:
        lo, hi = rng
    except (TypeError, ValueError):
        raise CommandError(tr("a range is two numbers, low and high")) from None
    if not all(_is_number(x) for x in (lo, hi)):
        raise CommandError(tr("a range is two numbers, low and high"))
    return (float(lo), float(hi))


def set_weight_range(s: Scenario, party_id: str, issue_id: str, rng: Range | None) -> Command:
    """Set (or with None clear) the range around a party's weight of one issue."""
    issue = _require(s, "issue", issue_id)
    rng = _as_range(rng)
    cmds, prefs = _prefs_cmds(s, party_id)
    if issue_id not in prefs.issues:
        raise CommandError(tr("give the issue a weight before its range"))
    cmds.append(SetField(("preferences", party_id, "issues", issue_id), "weight_range", rng))
    name = tr("Set {party}'s weight range of '{title}' to {r}").format(
        party=_party_name(s, party_id), title=_label(local(issue, "title")), r=_range_text(rng)
    )
    return _named(s, name, cmds)


def set_score_range(
    s: Scenario, party_id: str, issue_id: str, option_id: str, rng: Range | None
) -> Command:
    """Set (or with None clear) the range around a party's score of one option."""
    issue = _require(s, "issue", issue_id)
    opt = next((o for o in issue.options if o.id == option_id), None)
    if opt is None:
        raise CommandError(
            tr("no option {option!r} in issue {issue!r}").format(option=option_id, issue=issue_id)
        )
    rng = _as_range(rng)
    cmds, prefs = _prefs_cmds(s, party_id)
    ip = prefs.issues.get(issue_id)
    if ip is None or option_id not in ip.scores:
        raise CommandError(tr("give the option a score before its range"))
    path = ("preferences", party_id, "issues", issue_id, "score_ranges")
    if rng is not None:
        cmds.append(SetField(path, option_id, rng))
    elif option_id in ip.score_ranges:
        cmds.append(DeleteKey(path, option_id))
    else:
        raise CommandError(tr("no range to clear"))
    name = tr("Set {party}'s score range of '{label}' to {r}").format(
        party=_party_name(s, party_id), label=_label(local(opt, "label")), r=_range_text(rng)
    )
    return _named(s, name, cmds)


def set_reservation_range(s: Scenario, party_id: str, rng: Range | None) -> Command:
    """Set (or with None clear) the range around a party's reservation value."""
    rng = _as_range(rng)
    cmds, _ = _prefs_cmds(s, party_id)
    cmds.append(SetField(("preferences", party_id, "reservation"), "range", rng))
    name = tr("Set {party}'s reservation range to {r}").format(
        party=_party_name(s, party_id), r=_range_text(rng)
    )
    return _named(s, name, cmds)


def set_confidence(s: Scenario, party_id: str, level: Confidence | None) -> Command:
    """Set (or with None clear) how sure the team is of a party's preferences: the band every
    number without a range of its own gets (``preference_ranges.CONFIDENCE_WIDTH``)."""
    level = None if level is None else Confidence(level)
    cmds, _ = _prefs_cmds(s, party_id)
    cmds.append(SetField(("preferences", party_id), "confidence", level))
    name = tr("Set {party}'s confidence to {level}").format(
        party=_party_name(s, party_id), level=label(level) if level else tr("none")
    )
    return _named(s, name, cmds)


# -- board cards --------------------------------------------------------------------------------


def add_card(s: Scenario, card: Card, index: int | None = None) -> Command:
    return _named(
        s,
        tr("Add card '{title}'").format(title=_label(local(card, "title"))),
        [Insert(("cards",), card, index)],
    )


def remove_card(s: Scenario, card_id: str) -> Command:
    card = _require(s, "card", card_id)
    cmds: list[Command] = []
    for other in s.cards:
        if card_id in other.links:
            cmds.append(
                SetField(("cards", other.id), "links", [x for x in other.links if x != card_id])
            )
    cmds.append(Remove(("cards",), card_id))
    return _named(s, tr("Remove card '{title}'").format(title=_label(local(card, "title"))), cmds)


def lane(s: Scenario, party_id: str, status: CardStatus) -> list[Card]:
    """The cards of one board lane, in their order."""
    cards = [c for c in s.cards if c.party == party_id and c.status == status]
    return sorted(cards, key=lambda c: c.order)


def move_card(
    s: Scenario, card_id: str, status: CardStatus, position: int | None = None
) -> Command:
    """Move a card to a lane (and position in it); the lane's order numbers are rewritten 0..n."""
    card = _require(s, "card", card_id)
    status = CardStatus(status)
    target = [c for c in lane(s, card.party, status) if c.id != card_id]
    position = len(target) if position is None else max(0, min(position, len(target)))
    target.insert(position, card)
    cmds: list[Command] = []
    if card.status != status:
        cmds.append(SetField(("cards", card_id), "status", status))
        source = [c for c in lane(s, card.party, card.status) if c.id != card_id]
        cmds += [
            SetField(("cards", c.id), "order", i) for i, c in enumerate(source) if c.order != i
        ]
    cmds += [SetField(("cards", c.id), "order", i) for i, c in enumerate(target) if c.order != i]
    if not cmds:
        cmds.append(SetField(("cards", card_id), "order", card.order))
    name = tr("Move '{title}' to {lane}").format(
        title=_label(local(card, "title")), lane=label(status)
    )
    return _named(s, name, cmds)


def link_cards(s: Scenario, card_id: str, other_id: str) -> Command:
    """Link a card to one on another board (a demand answered by a concession), both ways."""
    a, b = _require(s, "card", card_id), _require(s, "card", other_id)
    cmds: list[Command] = []
    if other_id not in a.links:
        cmds.append(SetField(("cards", card_id), "links", [*a.links, other_id]))
    if card_id not in b.links:
        cmds.append(SetField(("cards", other_id), "links", [*b.links, card_id]))
    if not cmds:
        raise CommandError(tr("the cards are already linked"))
    name = tr("Link '{a}' with '{b}'").format(
        a=_label(local(a, "title")), b=_label(local(b, "title"))
    )
    return _named(s, name, cmds)


def unlink_cards(s: Scenario, card_id: str, other_id: str) -> Command:
    a, b = _require(s, "card", card_id), _require(s, "card", other_id)
    cmds: list[Command] = []
    if other_id in a.links:
        cmds.append(SetField(("cards", card_id), "links", [x for x in a.links if x != other_id]))
    if card_id in b.links:
        cmds.append(SetField(("cards", other_id), "links", [x for x in b.links if x != card_id]))
    if not cmds:
        raise CommandError(tr("the cards are not linked"))
    name = tr("Unlink '{a}' from '{b}'").format(
        a=_label(local(a, "title")), b=_label(local(b, "title"))
    )
    return _named(s, name, cmds)


# -- tariff measures ----------------------------------------------------------------------------


def add_measure(s: Scenario, measure: Measure, index: int | None = None) -> Command:
    name = tr("Add measure '{title}'").format(
        title=_label(title_without_rate(local(measure, "title"), measure.rate))
    )
    return _named(s, name, [Insert(("measures",), measure, index)])


def remove_measure(s: Scenario, measure_id: str) -> Command:
    m = _require(s, "measure", measure_id)
    users = [
        tr("option '{option}' of '{issue}'").format(
            option=local(o, "label"), issue=local(i, "title")
        )
        for i in s.issues
        for o in i.options
        if any(e.measure == measure_id for e in o.effects)
    ]
    users += [
        tr("stacking rule '{id}'").format(id=r.id)
        for r in s.stacking_rules
        if f"#{measure_id}" in (*r.when, *r.excludes)
    ]
    if users:
        raise CommandError(
            tr("measure '{title}' is used by {users}; change those first").format(
                title=title_without_rate(local(m, "title"), m.rate), users=_listed(users[:3])
            )
        )
    return _named(
        s,
        tr("Remove measure '{title}'").format(
            title=_label(title_without_rate(local(m, "title"), m.rate))
        ),
        [Remove(("measures",), measure_id)],
    )


# -- trade flows --------------------------------------------------------------------------------


def set_flow(
    s: Scenario, key: tuple[str, str, str], column: str, value: float, *, mergeable: bool = False
) -> Command:
    return checked(s, SetFlowCell(tuple(key), column, value, mergeable=mergeable))  # type: ignore[arg-type]


def add_flow(
    s: Scenario, row: tuple[str, str, str, float, float], index: int | None = None
) -> Command:
    return checked(s, InsertFlow(row, index))


def remove_flow(s: Scenario, key: tuple[str, str, str]) -> Command:
    return checked(s, RemoveFlow(tuple(key)))  # type: ignore[arg-type]


def replace_flows(s: Scenario, flows: TradeFlows, name: str = "") -> Command:
    """Replace the whole table (an import), as one undo step."""
    return _named(
        s,
        name or tr("Replace trade flows ({n} lines)").format(n=number(len(flows))),
        [SetField((), "trade_flows", flows)],
    )


# -- elasticities, packages, offers -------------------------------------------------------------


def add_elasticity(s: Scenario, e: Elasticity) -> Command:
    return _named(s, tr("Add elasticity '{id}'").format(id=e.id), [Insert(("elasticities",), e)])


def remove_elasticity(s: Scenario, elasticity_id: str) -> Command:
    return _named(
        s,
        tr("Remove elasticity '{id}'").format(id=elasticity_id),
        [Remove(("elasticities",), elasticity_id)],
    )


def add_package(s: Scenario, package: Package) -> Command:
    return _named(
        s,
        tr("Add package '{name}'").format(name=_label(package.name)),
        [Insert(("packages",), package)],
    )


def remove_package(s: Scenario, package_id: str) -> Command:
    pkg = _require(s, "package", package_id)
    for prefs in s.preferences:
        if prefs.reservation.package == package_id:
            raise CommandError(
                tr("package '{name}' is {party}'s no-deal package").format(
                    name=pkg.name, party=_party_name(s, prefs.party)
                )
            )
    return _named(
        s,
        tr("Remove package '{name}'").format(name=_label(pkg.name)),
        [Remove(("packages",), package_id)],
    )


def set_choice(s: Scenario, package_id: str, issue_id: str, option_id: str | None) -> Command:
    """Choose an option of an issue in a package (None leaves the issue open)."""
    pkg = _require(s, "package", package_id)
    path = ("packages", package_id, "choices")
    if option_id is None:
        if issue_id not in pkg.choices:
            raise CommandError(
                tr("issue {issue!r} is already open in '{name}'").format(
                    issue=issue_id, name=pkg.name
                )
            )
        cmd: Command = DeleteKey(path, issue_id)
    else:
        cmd = SetField(path, issue_id, option_id)
    return _named(s, tr("Change package '{name}'").format(name=_label(pkg.name)), [cmd])


def add_offer(s: Scenario, offer: Offer) -> Command:
    name = tr("Record {party}'s offer of round {n}").format(
        party=_party_name(s, offer.party), n=offer.round
    )
    return _named(s, name, [Insert(("offers",), offer)])


def remove_offer(s: Scenario, offer_id: str) -> Command:
    return _named(s, tr("Remove offer"), [Remove(("offers",), offer_id)])


# -- named packages and the package under discussion -------------------------------------------


def package_name_problem(s: Scenario, name: str, package_id: str = "") -> str:
    """Why ``name`` cannot name a package (empty, or another package's name), else "".

    Names are what users choose packages by ("Option A", "Minister's fallback"), so two
    packages with one name could not be told apart; case and surrounding spaces do not count."""
    key = name.strip().casefold()
    if not key:
        return tr("A package needs a name.")
    if any(p.name.strip().casefold() == key and p.id != package_id for p in s.packages):
        return tr("There is already a package named '{name}'.").format(name=name.strip())
    return ""


def _package_name_ok(s: Scenario, name: str, package_id: str = "") -> str:
    problem = package_name_problem(s, name, package_id)
    if problem:
        raise CommandError(problem)
    return name.strip()


def new_package_id(s: Scenario) -> str:
    """An id no package has yet (``pkg-1``, ``pkg-2``, …)."""
    taken = {p.id for p in s.packages}
    n = len(s.packages) + 1
    while f"pkg-{n}" in taken:
        n += 1
    return f"pkg-{n}"


def save_package(s: Scenario, name: str, choices: Mapping[str, str], note: str = "") -> Command:
    """Keep ``choices`` as a new named package (the package builder's "New from current")."""
    name = _package_name_ok(s, name)
    package = Package(new_package_id(s), name, dict(choices), note)
    return _named(
        s, tr("Save package '{name}'").format(name=_label(name)), [Insert(("packages",), package)]
    )


def rename_package(s: Scenario, package_id: str, name: str) -> Command:
    pkg = _require(s, "package", package_id)
    name = _package_name_ok(s, name, package_id)
    if name == pkg.name:
        raise NothingChanged(tr("nothing changed"))
    return _named(
        s,
        tr("Rename package '{old}' to '{new}'").format(old=_label(pkg.name), new=_label(name)),
        [SetField(("packages", package_id), "name", name)],
    )


def set_package_note(s: Scenario, package_id: str, note: str) -> Command:
    pkg = _require(s, "package", package_id)
    if note == pkg.note:
        raise NothingChanged(tr("nothing changed"))
    return _named(
        s,
        tr("Change note of package '{name}'").format(name=_label(pkg.name)),
        [SetField(("packages", package_id), "note", note)],
    )


def _choose_command(s: Scenario, choices: Mapping[str, str]) -> Command:
    return SetField((), WORKING_PACKAGE, dict(choices))


def choose_package(s: Scenario, choices: Mapping[str, str], name: str = "") -> Command:
    """Make ``choices`` the package under discussion, as one undoable step. ``name`` is the
    package's name where it has one (a saved package, "Nash"), for the history: "Choose
    package “Nash”"; else a single changed issue is named, "Choose 'Quota' for 'Rice'"."""
    choices = dict(choices)
    if choices == s.working_package:
        raise NothingChanged(tr("nothing changed"))
    if name:
        text = tr("Choose package “{name}”").format(name=_label(name))
    else:
        changed = [k for k in choices if s.working_package.get(k) != choices[k]]
        if len(changed) == 1 and any(i.id == changed[0] for i in s.issues):
            issue = s.issue(changed[0])
            option = next((o for o in issue.options if o.id == choices[changed[0]]), None)
            text = tr("Choose '{option}' for '{issue}'").format(
                option=_label(local(option, "label") if option else choices[changed[0]]),
                issue=_label(local(issue, "title")),
            )
        else:
            text = tr("Choose a package")
    return _named(s, text, [_choose_command(s, choices)])


def with_package(s: Scenario, command: Command, choices: Mapping[str, str]) -> Command:
    """``command`` and the choice of ``choices`` as the package under discussion, as one undo
    step under the command's name (a card put on the table takes its option into the package:
    undoing the move undoes that too). ``command`` alone if the package would not change."""
    if dict(choices) == s.working_package:
        return command
    return _named(s, command.name, [command, _choose_command(s, choices)])
