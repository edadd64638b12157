"""Three-way merge of scenarios: two colleagues' copies brought together against the version
both started from.

A scenario is seen as a set of entities (cards, issues, options, a party's weight for one
issue, measures, flow rows…), each matched by id (flow rows by importer, exporter and
product), each a map of fields (a dict field such as a package's choices or an entity's
Japanese ``text`` is split into one field per key, so two people choosing for different issues
do not collide). The order of each list is one more value. Per value: unchanged on a side takes
the other side's; the same change on both sides is taken once; different changes are a
``Conflict``, worded for a user, resolved by a choice of "mine" or "theirs". An entity removed on
one side and changed (it or anything inside it) on the other is one conflict for the whole
entity. Nothing is dropped silently: every changed value is in the result or in a conflict.

Lives in the store layer (pure Python, no Qt) because it words its conflicts with the history
diff's helpers (``store.diff``); the core does not import the store.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from negotiator_gui.core.i18n import N_, local, tr
from negotiator_gui.core.model import Scenario, TradeFlows
from negotiator_gui.store.diff import KIND_WORDS, EntityChange, field_words, plain, show

MINE, THEIRS = "mine", "theirs"


class _Missing:
    """An absent value (a field of an entity that does not exist, a dict key not set)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

Ident = tuple[str, ...]
EntityKey = tuple[str, Ident]  # (kind, ids)
FieldPath = tuple[str, ...]  # ("title",), ("text", "ja", "title"), ("choices", "rice")
OrderKey = tuple[str, Ident]  # (collection kind, parent ids)

#: Top-level lists matched by id: scenario attribute -> entity kind.
_COLLECTIONS = {
    "parties": "party",
    "issues": "issue",
    "preferences": "preferences",
    "cards": "card",
    "measures": "measure",
    "stacking_rules": "stacking_rule",
    "elasticities": "elasticity",
    "packages": "package",
    "offers": "offer",
}
#: What a child kind lives in: kind -> (parent kind, attribute of the parent holding it).
_CHILDREN = {"option": ("issue", "options"), "pref_issue": ("preferences", "issues")}
#: Fields that are not values of the entity itself (collections, children, the flow table).
_SCENARIO_SKIP = frozenset({*_COLLECTIONS, "trade_flows"})
_SKIP = {"issue": frozenset({"options"}), "preferences": frozenset({"issues"})}

_KIND_EXTRA = {"pref_issue": N_("Weight and scores")}


@dataclass
class Flat:
    """A scenario as entities of fields, plus the order of every list."""

    values: dict[EntityKey, dict[FieldPath, Any]] = field(default_factory=dict)
    objects: dict[EntityKey, Any] = field(default_factory=dict)
    orders: dict[OrderKey, tuple[Ident, ...]] = field(default_factory=dict)


def _flat_fields(obj: Any, skip: Iterable[str] = ()) -> dict[FieldPath, Any]:
    out: dict[FieldPath, Any] = {}
    skipped = set(skip)
    for f in fields(obj):
        if f.name in skipped:
            continue
        _flat_value((f.name,), getattr(obj, f.name), out)
    return out


def _flat_value(path: FieldPath, value: Any, out: dict[FieldPath, Any]) -> None:
    """A dict is split key by key (recursively); anything else is one value."""
    if isinstance(value, dict):
        for k, v in value.items():
            _flat_value((*path, str(k)), v, out)
    else:
        out[path] = value


def flatten(s: Scenario, *, flows: bool = True) -> Flat:
    """The entities of ``s``. ``flows=False`` leaves the flow rows out (a merge that takes a
    whole table from one side need not look at 100,000 rows)."""
    flat = Flat()

    def put(kind: str, ident: Ident, obj: Any, skip: Iterable[str] = ()) -> None:
        key = (kind, ident)
        flat.values[key] = _flat_fields(obj, skip)
        flat.objects[key] = obj

    put("scenario", (), s, _SCENARIO_SKIP)
    for attr, kind in _COLLECTIONS.items():
        items = getattr(s, attr)
        idents = []
        for item in items:
            ident = (item.party,) if kind == "preferences" else (item.id,)
            idents.append(ident)
            put(kind, ident, item, _SKIP.get(kind, ()))
            if kind == "issue":
                opts = []
                for o in item.options:
                    put("option", (item.id, o.id), o)
                    opts.append((item.id, o.id))
                flat.orders[("option", ident)] = tuple(opts)
            elif kind == "preferences":
                prefs = []
                for issue_id, ip in item.issues.items():
                    put("pref_issue", (item.party, issue_id), ip)
                    prefs.append((item.party, issue_id))
                flat.orders[("pref_issue", ident)] = tuple(prefs)
        flat.orders[(kind, ())] = tuple(idents)
    t = s.trade_flows
    put("trade_flows", (), t, TradeFlows.COLUMNS)
    if flows:
        rows = []
        for i in range(len(t)):
            ident = t.key(i)
            rows.append(ident)
            flat.values[("flow", ident)] = {("value",): t.value[i], ("mfn_rate",): t.mfn_rate[i]}
        flat.orders[("flow", ())] = tuple(rows)
    return flat


# -- conflicts -------------------------------------------------------------------------------

FIELD, ENTITY, ORDER = "field", "entity", "order"


@dataclass(frozen=True)
class Conflict:
    """Two different changes of one value (or of one entity, or of one list's order).

    ``base``/``mine``/``theirs`` are the values as a user reads them; ``words`` names what
    conflicts. ``plain_*`` are JSON-ready for ``--json``."""

    number: int  # from 1, what a user picks by
    what: str  # field | entity | order
    kind: str
    ident: Ident
    path: FieldPath
    words: str
    base: str
    mine: str
    theirs: str
    plain_base: Any = None
    plain_mine: Any = None
    plain_theirs: Any = None

    def text(self) -> str:
        return tr("{what}: mine {mine}, theirs {theirs} (was {base})").format(
            what=self.words, mine=self.mine, theirs=self.theirs, base=self.base
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "type": self.what,
            "kind": self.kind,
            "key": list(self.ident),
            "field": ".".join(self.path),
            "text": self.text(),
            "words": self.words,
            "base": self.plain_base,
            "mine": self.plain_mine,
            "theirs": self.plain_theirs,
        }


def _plain(v: Any) -> Any:
    return None if v is MISSING else plain(v)


def _show(v: Any, path: FieldPath) -> str:
    if v is MISSING:
        return tr("(not there)")
    return show(v, ".".join(path))


def _label(obj: Any) -> str:
    for name in ("title", "name", "label"):
        v = getattr(obj, name, None)
        if isinstance(v, str) and v:
            return local(obj, name)
    return ""


def entity_name(kind: str, ident: Ident, obj: Any | None) -> str:
    """An entity as the history names it: “Card “Rice access” (rice-1)”."""
    if kind == "pref_issue":
        return tr("{kind} of {party} for issue {issue}").format(
            kind=tr(_KIND_EXTRA[kind]), party=ident[0], issue=ident[1]
        )
    label = _label(obj) if obj is not None and kind != "scenario" else ""
    return EntityChange(kind, ident, label, "changed").name()


def _order_name(kind: str, parent: Ident) -> str:
    if kind == "option":
        return tr("Order of the options of issue {issue}").format(issue=parent[0])
    if kind == "pref_issue":
        return tr("Order of the issues in the preferences of {party}").format(party=parent[0])
    words = tr(KIND_WORDS.get(kind, kind))
    return tr("Order of the list: {kind}").format(kind=words)


# -- the merge -------------------------------------------------------------------------------


@dataclass
class _Pending:
    """A conflict before it is numbered, with what each choice sets."""

    what: str
    kind: str
    ident: Ident
    path: FieldPath
    words: str
    base: Any
    mine: Any
    theirs: Any
    members: tuple[EntityKey, ...] = ()  # for an entity conflict: it and its children


@dataclass
class Merge:
    """The outcome of ``merge``: values settled without a question, and the conflicts."""

    base: Scenario
    mine: Scenario
    theirs: Scenario
    conflicts: list[Conflict]
    _flats: tuple[Flat, Flat, Flat]
    _settled: dict[EntityKey, dict[FieldPath, Any]]  # entities present whatever the choices
    _field_conflicts: dict[int, tuple[EntityKey, FieldPath]]
    _entity_conflicts: dict[int, tuple[EntityKey, ...]]
    _order_conflicts: dict[int, OrderKey]
    _flows_from: str | None  # "mine"/"theirs": the whole flow table comes from that side

    @property
    def clean(self) -> bool:
        return not self.conflicts

    def result(
        self, choices: Mapping[int, str] | None = None, default: str | None = None
    ) -> Scenario:
        """The merged scenario with each conflict (by number) taken from ``mine`` or
        ``theirs``; ``default`` for the conflicts not in ``choices`` (None: all must be
        chosen)."""
        return _build(self, dict(choices or {}), default)


def _children_of(flat: Flat, key: EntityKey) -> list[EntityKey]:
    kind, ident = key
    return [
        k
        for k in flat.values
        if k[0] in _CHILDREN and _CHILDREN[k[0]][0] == kind and k[1][: len(ident)] == ident
    ]


def _subtree(flat: Flat, key: EntityKey) -> dict[EntityKey, dict[FieldPath, Any]]:
    out = {}
    if key in flat.values:
        out[key] = flat.values[key]
    for child in _children_of(flat, key):
        out[child] = flat.values[child]
    return out


def _union(*keys: Iterable[Any]) -> list[Any]:
    seen: dict[Any, None] = {}
    for ks in keys:
        for k in ks:
            seen.setdefault(k, None)
    return list(seen)


def _merge3(b: Any, o: Any, t: Any) -> tuple[bool, Any]:
    """(settled, value): a value both changed differently is not settled."""
    if _same(o, t):
        return True, o
    if _same(o, b):
        return True, t
    if _same(t, b):
        return True, o
    return False, None


def _same(a: Any, b: Any) -> bool:
    if a is MISSING or b is MISSING:
        return a is b
    return type(a) is type(b) and a == b


def merge(base: Scenario, mine: Scenario, theirs: Scenario) -> Merge:
    """Merge ``mine`` and ``theirs``, both edited from ``base``."""
    tb, to, tt = base.trade_flows, mine.trade_flows, theirs.trade_flows
    flows_from: str | None = None
    if to == tt or tt == tb:
        flows_from = MINE
    elif to == tb:
        flows_from = THEIRS
    with_flows = flows_from is None
    fb, fo, ft = (flatten(s, flows=with_flows) for s in (base, mine, theirs))
    pending: list[_Pending] = []
    settled: dict[EntityKey, dict[FieldPath, Any]] = {}
    in_entity_conflict: set[EntityKey] = set()
    removed_parents: set[EntityKey] = set()
    field_conflicts: list[tuple[EntityKey, FieldPath]] = []

    keys = _union(fb.values, fo.values, ft.values)  # in the base's order, then additions
    for key in keys:
        if key in in_entity_conflict:
            continue
        kind, ident = key
        if kind in _CHILDREN:
            parent = (_CHILDREN[kind][0], ident[:-1])
            if parent in removed_parents:
                continue
        vb, vo, vt = fb.values.get(key), fo.values.get(key), ft.values.get(key)
        if vo is None or vt is None:
            if vo is None and vt is None:
                continue  # removed on both sides
            here = vo if vo is not None else vt
            if vb is None:
                settled[key] = dict(here)  # added on one side
                continue
            # removed on one side: fine unless the other side changed it (or inside it)
            keeper, keeper_name = (fo, MINE) if vo is not None else (ft, THEIRS)
            if not _changed_inside(keeper, fb, key):
                removed_parents.add(key)
                continue
            members = tuple(_union(_subtree(fb, key), _subtree(fo, key), _subtree(ft, key)))
            in_entity_conflict.update(members)
            obj = _object(fb, key)
            name = entity_name(kind, ident, obj)
            if keeper_name == THEIRS:
                words = tr("{name}: you removed it, your colleague changed it").format(name=name)
            else:
                words = tr("{name}: your colleague removed it, you changed it").format(name=name)
            pending.append(
                _Pending(
                    ENTITY,
                    kind,
                    ident,
                    (),
                    words,
                    obj,
                    _object(fo, key),
                    _object(ft, key),
                    members,
                )
            )
            continue
        vb = vb or {}
        out: dict[FieldPath, Any] = {}
        for path in _union(vo, vt, vb):
            b, o, t = vb.get(path, MISSING), vo.get(path, MISSING), vt.get(path, MISSING)
            ok, value = _merge3(b, o, t)
            if ok:
                if value is not MISSING:
                    out[path] = value
                continue
            obj = fb.objects.get(key, fo.objects[key])  # named as both knew it
            field_conflicts.append((key, path))
            words = tr("{name}: {field}").format(
                name=entity_name(kind, ident, obj), field=field_words(".".join(path))
            )
            pending.append(_Pending(FIELD, kind, ident, path, words, b, o, t))
        settled[key] = out

    order_conflicts: list[OrderKey] = []
    for okey in _union(fo.orders, ft.orders, fb.orders):
        if _order_choice(fb.orders.get(okey, ()), fo.orders.get(okey, ()), ft.orders.get(okey, ())):
            continue
        order_conflicts.append(okey)
        kind, parent = okey
        pending.append(
            _Pending(
                ORDER,
                kind,
                parent,
                (),
                _order_name(kind, parent),
                fb.orders.get(okey, ()),
                fo.orders.get(okey, ()),
                ft.orders.get(okey, ()),
            )
        )

    conflicts: list[Conflict] = []
    fc_map: dict[int, tuple[EntityKey, FieldPath]] = {}
    ec_map: dict[int, tuple[EntityKey, ...]] = {}
    oc_map: dict[int, OrderKey] = {}
    fi = iter(field_conflicts)
    oi = iter(order_conflicts)
    for n, p in enumerate(pending, start=1):
        if p.what == FIELD:
            fc_map[n] = next(fi)
            shown = (_show(p.base, p.path), _show(p.mine, p.path), _show(p.theirs, p.path))
            plains = (_plain(p.base), _plain(p.mine), _plain(p.theirs))
        elif p.what == ENTITY:
            ec_map[n] = p.members
            shown = tuple(_entity_shown(v) for v in (p.base, p.mine, p.theirs))
            plains = tuple(_plain(v) for v in (p.base, p.mine, p.theirs))
        else:
            oc_map[n] = next(oi)
            shown = tuple(_order_shown(v) for v in (p.base, p.mine, p.theirs))
            plains = tuple([list(x) for x in v] for v in (p.base, p.mine, p.theirs))
        conflicts.append(Conflict(n, p.what, p.kind, p.ident, p.path, p.words, *shown, *plains))
    return Merge(
        base,
        mine,
        theirs,
        conflicts,
        (fb, fo, ft),
        settled,
        fc_map,
        ec_map,
        oc_map,
        flows_from,
    )


def _object(flat: Flat, key: EntityKey) -> Any:
    """An entity as a record (a flow row, which has none, as its values); MISSING if absent."""
    if key in flat.objects:
        return flat.objects[key]
    values = flat.values.get(key)
    return MISSING if values is None else {".".join(p): v for p, v in values.items()}


def _changed_inside(side: Flat, base: Flat, key: EntityKey) -> bool:
    """Whether ``side`` changed the entity or added or changed anything inside it (equal
    values of different types, 1 and 1.0, are a change too). A part it removed is not: that
    agrees with the other side removing the whole."""
    for k, vals in _subtree(side, key).items():
        was = base.values.get(k)
        if was is None or set(vals) != set(was):
            return True
        if any(not _same(v, was[p]) for p, v in vals.items()):
            return True
    return False


def _entity_shown(v: Any) -> str:
    if v is MISSING:
        return tr("removed")
    label = _label(v)
    return f"“{label}”" if label else tr("kept")


def _order_shown(v: tuple[Ident, ...]) -> str:
    ids = ["/".join(x) for x in v]
    if len(ids) > 8:
        ids = [*ids[:8], "…"]
    return ", ".join(ids) if ids else tr("(none)")


def _common(seq: Iterable[Ident], *others: Iterable[Ident]) -> list[Ident]:
    sets = [set(o) for o in others]
    return [x for x in seq if all(x in s for s in sets)]


def _order_choice(b: tuple, o: tuple, t: tuple) -> str | None:
    """Whose order a list takes (its relative order of the items all three have), or None
    when both sides reordered them differently."""
    cb, co, ct = _common(b, o, t), _common(o, b, t), _common(t, b, o)
    if co == ct or ct == cb:
        return MINE
    if co == cb:
        return THEIRS
    return None


def _merged_order(
    chosen: tuple[Ident, ...], other: tuple[Ident, ...], present: set[Ident]
) -> list[Ident]:
    """The chosen side's order, less what is gone, with the other side's additions put
    before the item that follows them there (at the end if none does)."""
    out = [x for x in chosen if x in present]
    placed = set(out)
    for i, x in enumerate(other):
        if x in placed or x not in present:
            continue
        after = next((y for y in other[i + 1 :] if y in placed), None)
        if after is None:
            out.append(x)
        else:
            out.insert(out.index(after), x)
        placed.add(x)
    for x in sorted(present - placed):  # only in the base (kept by a choice): at the end
        out.append(x)
    return out


# -- building the result ---------------------------------------------------------------------


def _pick(choice: str, mine: Any, theirs: Any) -> Any:
    return mine if choice == MINE else theirs


def _build(m: Merge, choices: dict[int, str], default: str | None) -> Scenario:
    def choice(n: int) -> str:
        c = choices.get(n, default)
        if c not in (MINE, THEIRS):
            raise ValueError(tr("conflict {n} has no choice").format(n=n))
        return c

    fb, fo, ft = m._flats
    values = {k: dict(v) for k, v in m._settled.items()}
    for n, (key, path) in m._field_conflicts.items():
        side = _pick(choice(n), fo, ft)
        v = side.values.get(key, {}).get(path, MISSING)
        if v is not MISSING:
            values.setdefault(key, {})[path] = v
    for n, members in m._entity_conflicts.items():
        side = _pick(choice(n), fo, ft)
        for key in members:
            if key in side.values:
                values[key] = dict(side.values[key])
            else:
                values.pop(key, None)
    # a child whose parent is gone goes with it
    for key in list(values):
        if key[0] in _CHILDREN and (_CHILDREN[key[0]][0], key[1][:-1]) not in values:
            del values[key]

    order_conflict_of = {okey: n for n, okey in m._order_conflicts.items()}
    orders: dict[OrderKey, tuple[Ident, ...]] = {}
    for okey in _union(fo.orders, ft.orders, fb.orders):
        kind, parent = okey
        b, o, t = (f.orders.get(okey, ()) for f in (fb, fo, ft))
        n = order_conflict_of.get(okey)
        who = _order_choice(b, o, t) if n is None else choice(n)
        present = {k[1] for k in values if k[0] == kind and k[1][: len(parent)] == parent}
        chosen, other = (o, t) if who == MINE else (t, o)
        orders[okey] = tuple(_merged_order(chosen, other, present))

    if (
        m._flows_from != THEIRS
        and _equal_flat(values, fo)
        and all(orders[k] == v for k, v in fo.orders.items())
    ):
        return copy.deepcopy(m.mine)

    def ordered(kind: str, parent: Ident) -> tuple[Ident, ...]:
        return orders.get((kind, parent), ())

    def obj_of(key: EntityKey) -> Any:
        for f in (fo, ft, fb):
            if key in f.objects:
                return f.objects[key]
        raise KeyError(key)

    def build(key: EntityKey, skip: Iterable[str] = ()) -> Any:
        template = obj_of(key)
        vals = values[key]
        for f in (fo, ft):
            if f.values.get(key) == vals and _same_types(f.values.get(key, {}), vals):
                obj = copy.copy(f.objects[key])
                break
        else:
            obj = copy.copy(template)
            _set_fields(obj, vals, [fo.values.get(key, {}), ft.values.get(key, {})], skip)
        return copy.deepcopy(obj) if not skip else _deep_except(obj, skip)

    result = build(("scenario", ()), _SCENARIO_SKIP)
    for attr, kind in _COLLECTIONS.items():
        items = []
        for ident in ordered(kind, ()):
            key = (kind, ident)
            item = build(key, _SKIP.get(kind, ()))
            if kind == "issue":
                item.options = [build(("option", x)) for x in ordered("option", ident)]
            elif kind == "preferences":
                item.issues = {
                    x[-1]: build(("pref_issue", x)) for x in ordered("pref_issue", ident)
                }
            items.append(item)
        setattr(result, attr, items)
    flows = copy.deepcopy(obj_of(("trade_flows", ())))
    flows_meta = build(("trade_flows", ()), TradeFlows.COLUMNS)
    if m._flows_from is not None:
        flows = copy.deepcopy(_pick(m._flows_from, m.mine, m.theirs).trade_flows)
        for name in ("year", "unit", "source"):
            setattr(flows, name, getattr(flows_meta, name))
    else:
        for name in ("year", "unit", "source"):
            setattr(flows, name, getattr(flows_meta, name))
        rows = ordered("flow", ())
        flows.importer = [r[0] for r in rows]
        flows.exporter = [r[1] for r in rows]
        flows.product = [r[2] for r in rows]
        flows.value = [values[("flow", r)][("value",)] for r in rows]
        flows.mfn_rate = [values[("flow", r)][("mfn_rate",)] for r in rows]
    result.trade_flows = flows
    return result


def _same_types(a: Mapping[FieldPath, Any], b: Mapping[FieldPath, Any]) -> bool:
    return all(type(a[p]) is type(b[p]) for p in a if p in b)


def _equal_flat(values: dict[EntityKey, dict[FieldPath, Any]], f: Flat) -> bool:
    if set(values) != set(f.values):
        return False
    return all(values[k] == f.values[k] and _same_types(values[k], f.values[k]) for k in values)


def _deep_except(obj: Any, skip: Iterable[str]) -> Any:
    """A deep copy of a record except the fields the merge fills itself."""
    saved = {name: getattr(obj, name) for name in skip}
    for name in saved:
        setattr(obj, name, None)
    out = copy.deepcopy(obj)
    for name, value in saved.items():
        setattr(obj, name, value)
    return out


def _set_fields(
    obj: Any,
    vals: Mapping[FieldPath, Any],
    orders: list[Mapping[FieldPath, Any]],
    skip: Iterable[str],
) -> None:
    """Set ``obj``'s fields from flat values; dict fields are rebuilt in the key order of the
    first side that has each key."""
    skipped = set(skip)
    for f in fields(obj):
        if f.name in skipped:
            continue
        current = getattr(obj, f.name)
        if isinstance(current, dict):
            paths = [p for p in _union(*orders, vals) if p[0] == f.name and p in vals]
            d: dict[str, Any] = {}
            for p in paths:
                target = d
                for step in p[1:-1]:
                    target = target.setdefault(step, {})
                target[p[-1]] = copy.deepcopy(vals[p])
            setattr(obj, f.name, d)
        elif (f.name,) in vals:
            setattr(obj, f.name, copy.deepcopy(vals[(f.name,)]))


def changed_values(before: Scenario, after: Scenario) -> Iterator[tuple[EntityKey, FieldPath]]:
    """Every (entity, field) whose value differs between two scenarios (for tests and the
    "nothing lost" check)."""
    fa, fb = flatten(before), flatten(after)
    for key in _union(fa.values, fb.values):
        va, vb = fa.values.get(key, {}), fb.values.get(key, {})
        for path in _union(va, vb):
            if not _same(va.get(path, MISSING), vb.get(path, MISSING)):
                yield key, path


__all__: list[str] = [
    "MINE",
    "THEIRS",
    "Conflict",
    "Merge",
    "changed_values",
    "entity_name",
    "flatten",
    "merge",
]
