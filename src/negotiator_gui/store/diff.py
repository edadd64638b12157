"""What changed between two versions of a scenario, entity by entity and field by field, in words.

Used by the History dialog, by a save conflict ("what would overwriting change?") and by
``negotiator db diff``. It compares two ``Scenario`` objects, so it works the same on revisions,
files and unsaved documents. The diff is empty exactly when the scenarios are equal, and every
entity that differs (added, removed, edited or moved) is named, by kind, id and label.

Trade-flow rows are compared by their key (importer, exporter, product); beyond ``flow_limit``
changed rows, the rest are counted, not listed, so a diff of two 300,000-row tables stays
readable.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import MISSING, dataclass, fields, is_dataclass
from enum import Enum
from typing import Any

from negotiator_gui.core.i18n import N_, language, local, tr
from negotiator_gui.core.model import Scenario, TradeFlows, label

ADDED, REMOVED, CHANGED, MOVED = "added", "removed", "changed", "moved"

KIND_WORDS = {
    "scenario": N_("Scenario"),
    "party": N_("Party"),
    "issue": N_("Issue"),
    "option": N_("Option"),
    "preferences": N_("Preferences"),
    "card": N_("Card"),
    "measure": N_("Measure"),
    "stacking_rule": N_("Stacking rule"),
    "elasticity": N_("Elasticity"),
    "package": N_("Package"),
    "offer": N_("Offer"),
    "trade_flows": N_("Trade-flow table"),
    "flow": N_("Trade flow"),
    "working_package": N_("Package under discussion"),
}

#: How many entities changed in each way, for ``Diff.summary``.
_ACTION_COUNTS = {
    ADDED: N_("{n} added"),
    REMOVED: N_("{n} removed"),
    CHANGED: N_("{n} changed"),
    MOVED: N_("{n} moved"),
}
#: An entity that was added, removed… as a whole, for ``EntityChange.text``.
_ACTION_TEXTS = {
    ADDED: N_("{name} added"),
    REMOVED: N_("{name} removed"),
    CHANGED: N_("{name} changed"),
    MOVED: N_("{name} moved"),
}

_RATE_FIELDS = {"rate", "mfn_rate", "in_quota_rate"}
#: Every field of the model in words (the English is the field name with spaces unless it
#: reads better otherwise); translated when shown.
_FIELD_WORDS = {
    "all_in_of": N_("all-in of"),
    "amount": N_("amount"),
    "announced": N_("announced"),
    "as_of": N_("as-of date"),
    "author": N_("author"),
    "authority": N_("authority"),
    "basis": N_("basis"),
    "batna": N_("batna"),
    "cards": N_("cards"),
    "choices": N_("choices"),
    "colour": N_("colour"),
    "commitments": N_("commitments"),
    "cost_to_them": N_("cost to them"),
    "created": N_("created"),
    "date": N_("date"),
    "description": N_("description"),
    "effective": N_("effective"),
    "effects": N_("effects"),
    "elasticities": N_("elasticities"),
    "end": N_("end"),
    "exclude": N_("exclude"),
    "excludes": N_("excludes"),
    "exporter": N_("exporter"),
    "id": N_("id"),
    "importer": N_("importer"),
    "imposing": N_("imposing"),
    "in_quota_rate": N_("in-quota rate"),
    "include": N_("include"),
    "issue": N_("issue"),
    "issues": N_("issues"),
    "kind": N_("kind"),
    "label": N_("label"),
    "legal_ref": N_("legal reference"),
    "links": N_("links"),
    "measure": N_("measure"),
    "measures": N_("measures"),
    "mfn_rate": N_("MFN rate"),
    "mode": N_("mode"),
    "name": N_("name"),
    "text": N_("text in other languages"),
    "new_measure": N_("new measure"),
    "note": N_("note"),
    "notes": N_("notes"),
    "offers": N_("offers"),
    "op": N_("op"),
    "option": N_("option"),
    "options": N_("options"),
    "order": N_("order"),
    "owner": N_("owner"),
    "package": N_("package"),
    "packages": N_("packages"),
    "parties": N_("parties"),
    "party": N_("party"),
    "perspective": N_("perspective"),
    "preferences": N_("preferences"),
    "priority": N_("priority"),
    "product": N_("product"),
    "programme": N_("programme"),
    "provenance": N_("provenance"),
    "quota": N_("quota"),
    "rate": N_("rate"),
    "rationale": N_("rationale"),
    "reservation": N_("reservation"),
    "retroactive_from": N_("retroactive from"),
    "role": N_("role"),
    "round": N_("round"),
    "rows": N_("rows"),
    "scope": N_("scope"),
    "scores": N_("scores"),
    "source": N_("source"),
    "sources": N_("sources"),
    "stacking_rules": N_("stacking rules"),
    "start": N_("start"),
    "status": N_("status"),
    "suspensions": N_("suspensions"),
    "tags": N_("tags"),
    "targets": N_("targets"),
    "title": N_("title"),
    "trade_flows": N_("trade flows"),
    "unit": N_("unit"),
    "usd_per_year": N_("US$ per year"),
    "value": N_("value"),
    "value_to_us": N_("value to us"),
    "volume": N_("volume"),
    "weight": N_("weight"),
    "when": N_("when"),
    "year": N_("year"),
}


def plain(value: Any) -> Any:
    """A JSON-ready copy: enums to text, dates to ISO text, dataclasses to dicts."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    return value


def field_words(path: str) -> str:
    """``scope.include`` → "scope include"; ``mfn_rate`` → "MFN rate"."""
    parts = [
        tr(_FIELD_WORDS[p]) if p in _FIELD_WORDS else p.replace("_", " ") for p in path.split(".")
    ]
    words = parts[0]
    for part in parts[1:]:
        words = tr("{record} {field}").format(record=words, field=part)
    return words


def _none() -> str:
    return tr("(none)")


def _empty() -> str:
    return tr("(empty)")


def show(value: Any, field_name: str = "") -> str:
    """A value as a user reads it: text in quotes, rates in per cent, big numbers grouped."""
    if value is None:
        return _none()
    if isinstance(value, Enum):
        if language() != "en":
            return label(value)
        return str(value.value).replace("_", " ")
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, (int, float)):
        leaf = field_name.rsplit(".", 1)[-1]
        if leaf in _RATE_FIELDS:
            return f"{value * 100:.6g} %"
        if isinstance(value, float) and not value.is_integer():
            return f"{value:,.6g}" if abs(value) >= 1e6 else repr(value)
        return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))
    if isinstance(value, str):
        if value == "":
            return _empty()
        text = value if len(value) <= 60 else value[:57] + "…"
        return f"“{text}”"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(show(v) for v in value) + "]" if value else _none()
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {show(v)}" for k, v in value.items()) + "}"
    if is_dataclass(value):
        return brief(value)
    return str(value)


#: Fields a one-line description leaves out at their default value (they say nothing then).
_QUIET_DEFAULTS = frozenset({"in_base_rate", "uncovered", "low", "high", "name"})


def brief(obj: Any) -> str:
    """A one-line description of a nested record (an effect, a suspension, a quota…)."""
    parts = []
    for f in fields(obj):
        v = getattr(obj, f.name)
        if v is None or v == "" or v == [] or v == {}:
            continue
        if f.default is not MISSING and v == f.default and f.name in _QUIET_DEFAULTS:
            continue  # a field newer files added, at its default: nothing to say
        shown = show(v, f.name)
        if shown != _empty():
            parts.append(tr("{field} {value}").format(field=field_words(f.name), value=shown))
    return "(" + ", ".join(parts) + ")" if parts else _empty()


@dataclass(frozen=True)
class FieldChange:
    """One field of an entity that changed. ``before``/``after`` are plain (JSON-ready) values,
    None where the field or item did not exist; ``words`` says it for a user."""

    field: str  # a path of model field names: "status", "scope.include", "effects[2].value"
    before: Any
    after: Any
    words: str

    def text(self) -> str:
        return self.words


def _change(path: str, name: str, a: Any, b: Any, note: str = "") -> FieldChange:
    """A field change, worded from the model values (so enums and rates read naturally)."""
    if note:
        words = tr("{name}: {note}").format(name=name, note=note)
    else:
        if isinstance(a, str) and isinstance(b, str) and max(len(a), len(b)) > _SHORT:
            before, after = _excerpts(a, b)
        else:
            before, after = show(a, path), show(b, path)
        words = tr("{name} changed from {before} to {after}").format(
            name=name, before=before, after=after
        )
    return FieldChange(path, plain(a), plain(b), words)


_SHORT = 60


def _excerpts(a: str, b: str) -> tuple[str, str]:
    """Two long texts shown around where they differ, so an edit at the end of a paragraph is
    not shown as two identical truncated openings."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    start = a.rfind(" ", 0, p - 12) + 1 if p > 24 else 0  # from a word a little before

    def cut(x: str) -> str:
        end = len(x) - max(0, s - 15)
        piece = x[start:end]
        if len(piece) > _SHORT:
            piece = piece[: _SHORT - 1] + "…"
        elif end < len(x):
            piece += "…"
        if not piece:
            return _empty()
        return f"“{'…' if start else ''}{piece}”"

    return cut(a), cut(b)


def _singular(name: str) -> str:
    return name[:-1] if name.endswith("s") else name


def _item_words(name: str, index: int) -> str:
    """``effects`` and index 2 → "effect 3" (users count from one)."""
    return tr("{item} {number}").format(item=_singular(name), number=index + 1)


@dataclass(frozen=True)
class EntityChange:
    kind: str  # a key of KIND_WORDS
    key: tuple[str, ...]  # ids: ("autos", "cut-half") for an option; a flow's key
    label: str  # the entity's title, name or label ("" if it has none)
    action: str  # added | removed | changed | moved
    fields: tuple[FieldChange, ...] = ()

    def name(self) -> str:
        kind = tr(KIND_WORDS[self.kind]) if self.kind in KIND_WORDS else self.kind
        if self.kind == "flow":
            return tr("{kind} {importer} ← {exporter} {product}").format(
                kind=kind, importer=self.key[0], exporter=self.key[1], product=self.key[2]
            )
        if self.kind == "option":
            if self.label:
                return tr("{kind} “{label}” ({id}) of issue {issue}").format(
                    kind=kind, label=self.label, id=self.key[1], issue=self.key[0]
                )
            return tr("{kind} of issue {issue}").format(kind=kind, issue=self.key[0])
        if self.kind in ("scenario", "trade_flows", "working_package"):
            return kind
        if self.kind == "preferences":
            return tr("{kind} of {party}").format(kind=kind, party=self.key[0])
        ident = "/".join(self.key)
        if self.label:
            return tr("{kind} “{label}” ({id})").format(kind=kind, label=self.label, id=ident)
        return tr("{kind} {id}").format(kind=kind, id=ident)

    def _whole(self) -> str:
        template = _ACTION_TEXTS.get(self.action)
        name = self.name()
        return tr(template).format(name=name) if template else f"{name} {self.action}"

    def text(self) -> str:
        if self.action in (ADDED, REMOVED):
            return self._whole()
        details = "; ".join(f.text() for f in self.fields)
        if details:
            return tr("{name}: {details}").format(name=self.name(), details=details)
        return self._whole()

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "key": list(self.key),
            "label": self.label,
            "action": self.action,
            "fields": [
                {"field": f.field, "before": f.before, "after": f.after, "text": f.words}
                for f in self.fields
            ],
            "text": self.text(),
        }


@dataclass(frozen=True)
class Diff:
    changes: tuple[EntityChange, ...] = ()
    flows_not_listed: int = 0  # changed flow rows beyond the limit, counted only

    def __bool__(self) -> bool:
        return bool(self.changes) or self.flows_not_listed > 0

    def __len__(self) -> int:
        return len(self.changes)

    def counts(self) -> dict[str, int]:
        c = Counter(ch.action for ch in self.changes)
        if self.flows_not_listed:
            c[CHANGED] += self.flows_not_listed
        return {a: c[a] for a in (ADDED, REMOVED, CHANGED, MOVED) if c[a]}

    def summary(self) -> str:
        if not self:
            return tr("no changes")
        return ", ".join(tr(_ACTION_COUNTS[a]).format(n=n) for a, n in self.counts().items())

    def lines(self) -> list[str]:
        out = [c.text() for c in self.changes]
        if self.flows_not_listed:
            out.append(
                tr("… and {n} more trade-flow rows changed").format(n=f"{self.flows_not_listed:,}")
            )
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "changes": [c.to_json() for c in self.changes],
            "flows_not_listed": self.flows_not_listed,
        }


# -- field-level comparison ------------------------------------------------------------------


def _field_changes(a: Any, b: Any, path: str, name: str, out: list[FieldChange]) -> None:
    """Append the differences between two values of one field, recursing into records, lists
    of records and maps. ``path`` is technical (model names); ``name`` is in words."""
    if a == b:
        return
    if is_dataclass(a) and is_dataclass(b) and type(a) is type(b):
        for f in fields(a):
            words = field_words(f.name)
            sub_name = tr("{record} {field}").format(record=name, field=words) if name else words
            _field_changes(
                getattr(a, f.name), getattr(b, f.name), _join(path, f.name), sub_name, out
            )
        return
    if isinstance(a, list) and isinstance(b, list):
        if any(is_dataclass(x) for x in (*a, *b)):
            for i in range(max(len(a), len(b))):
                sub, sub_name = f"{path}[{i}]", _item_words(name, i)
                if i >= len(a):
                    note = tr("added {what}").format(what=brief(b[i]))
                    out.append(_change(sub, sub_name, None, b[i], note))
                elif i >= len(b):
                    note = tr("removed {what}").format(what=brief(a[i]))
                    out.append(_change(sub, sub_name, a[i], None, note))
                else:
                    _field_changes(a[i], b[i], sub, sub_name, out)
            return
        out.append(_change(path, name, a, b, _list_note(a, b)))
        return
    if isinstance(a, dict) and isinstance(b, dict):
        for k in [*a, *(k for k in b if k not in a)]:
            sub = _join(path, str(k))
            sub_name = tr("{name} of {key}").format(name=_singular(name), key=k)
            if k not in b:
                note = tr("removed (was {what})").format(what=show(a[k], sub))
                out.append(_change(sub, sub_name, a[k], None, note))
            elif k not in a:
                note = tr("added {what}").format(what=show(b[k], sub))
                out.append(_change(sub, sub_name, None, b[k], note))
            else:
                _field_changes(a[k], b[k], sub, sub_name, out)
        return
    out.append(_change(path, name, a, b))


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _list_note(a: list, b: list) -> str:
    ca, cb = Counter(map(_hashable, a)), Counter(map(_hashable, b))
    added = list((cb - ca).elements())
    removed = list((ca - cb).elements())
    parts = []
    if added:
        parts.append(tr("added {what}").format(what=", ".join(show(x) for x in added)))
    if removed:
        parts.append(tr("removed {what}").format(what=", ".join(show(x) for x in removed)))
    if not parts:
        parts.append(
            tr("order changed from {before} to {after}").format(before=show(a), after=show(b))
        )
    return "; ".join(parts)


def _hashable(x: Any) -> Any:
    try:
        hash(x)
    except TypeError:
        return json.dumps(plain(x), sort_keys=True, ensure_ascii=False)
    return x


def _record_changes(a: Any, b: Any, skip: Iterable[str] = ()) -> list[FieldChange]:
    out: list[FieldChange] = []
    skipped = set(skip)
    for f in fields(a):
        if f.name not in skipped:
            _field_changes(getattr(a, f.name), getattr(b, f.name), f.name, field_words(f.name), out)
    return out


# -- entity collections ----------------------------------------------------------------------


def _label(obj: Any) -> str:
    for name in ("title", "name", "label"):
        v = getattr(obj, name, None)
        if isinstance(v, str) and v:
            return local(obj, name)  # as the user reads it, in their language
    return ""


def _keyed(items: Sequence[Any], key_of) -> dict[tuple, Any]:
    """Items by key; a repeated key (an invalid scenario) gets its occurrence number appended,
    so nothing is silently dropped."""
    out: dict[tuple, Any] = {}
    seen: Counter = Counter()
    for item in items:
        k = key_of(item)
        if seen[k]:
            k = (*k, f"#{seen[k] + 1}")
        seen[key_of(item)] += 1
        out[k] = item
    return out


def _moved(order_a: list[tuple], order_b: list[tuple]) -> dict[tuple, tuple[int, int]]:
    """Keys present in both whose relative order changed, with their positions (from 1).

    The longest common subsequence of the two orders stays put; everything else moved. So
    moving one card to the top names that card, not every card it jumped over."""
    in_both = set(order_a) & set(order_b)
    ca = [k for k in order_a if k in in_both]
    cb = [k for k in order_b if k in in_both]
    if ca == cb:
        return {}
    sm = difflib.SequenceMatcher(None, ca, cb, autojunk=False)
    stay = {ca[blk.a + i] for blk in sm.get_matching_blocks() for i in range(blk.size)}
    pos_a = {k: i + 1 for i, k in enumerate(order_a)}
    pos_b = {k: i + 1 for i, k in enumerate(order_b)}
    return {k: (pos_a[k], pos_b[k]) for k in ca if k not in stay}


def _collection(
    kind: str,
    a: Sequence[Any],
    b: Sequence[Any],
    key_of,
    out: list[EntityChange],
    *,
    skip: Iterable[str] = (),
    changes_of=None,
    label_of=_label,
) -> None:
    ka, kb = _keyed(a, key_of), _keyed(b, key_of)
    moved = _moved(list(ka), list(kb))
    changes_of = changes_of or (lambda x, y: _record_changes(x, y, skip))
    for k, item in ka.items():
        if k not in kb:
            out.append(EntityChange(kind, _text_key(k), label_of(item), REMOVED))
    for k, item in kb.items():
        if k not in ka:
            out.append(EntityChange(kind, _text_key(k), label_of(item), ADDED))
            continue
        fc = changes_of(ka[k], item)
        if k in moved:
            (pa, pb) = moved[k]
            words = tr("moved from position {before} to {after}").format(before=pa, after=pb)
            fc = [*fc, FieldChange("position", pa, pb, words)]
        if fc:
            action = CHANGED if len(fc) > 1 or k not in moved else MOVED
            out.append(EntityChange(kind, _text_key(k), label_of(item), action, tuple(fc)))


def _text_key(k: tuple) -> tuple[str, ...]:
    return tuple(str(x) for x in k)


def _preference_changes(a: Any, b: Any) -> list[FieldChange]:
    """Preferences read better as "weight of autos" than as ``issues.autos.weight``."""
    out = _record_changes(a, b, skip=("issues",))
    for issue_id in [*a.issues, *(i for i in b.issues if i not in a.issues)]:
        x, y = a.issues.get(issue_id), b.issues.get(issue_id)
        if x == y:
            continue
        if x is None or y is None:
            note = tr("added {what}").format(what=brief(y)) if x is None else tr("removed")
            name = tr("issue {id}").format(id=issue_id)
            out.append(_change(f"issues.{issue_id}", name, x, y, note))
            continue
        # in this order: weight, scores, weight range, score ranges, rationale; a dict field
        # (per option) lists one change per option that differs
        for name, words in (
            ("weight", tr("weight of {issue}")),
            ("scores", tr("score of {issue}/{option}")),
            ("weight_range", tr("weight range of {issue}")),
            ("score_ranges", tr("score range of {issue}/{option}")),
            ("rationale", tr("rationale of {issue}")),
        ):
            before, after = getattr(x, name), getattr(y, name)
            if before == after:
                continue
            path = f"issues.{issue_id}.{name}"
            if not isinstance(before, dict):
                out.append(_change(path, words.format(issue=issue_id), before, after))
                continue
            for opt in [*before, *(o for o in after if o not in before)]:
                if before.get(opt) != after.get(opt):
                    what = words.format(issue=issue_id, option=opt)
                    out.append(_change(f"{path}.{opt}", what, before.get(opt), after.get(opt)))
    return out


def _flows(a: TradeFlows, b: TradeFlows, out: list[EntityChange], limit: int) -> int:
    """Row changes of the flow table, by key; returns how many were not listed (over limit)."""
    table = _record_changes(a, b, skip=TradeFlows.COLUMNS)
    if a.importer == b.importer and a.exporter == b.exporter and a.product == b.product:
        # Same keys in the same order (the usual case: values edited): compare by position.
        rows = (
            (i, (a.value[i], a.mfn_rate[i]), (b.value[i], b.mfn_rate[i]))
            for i in range(len(a))
            if a.value[i] != b.value[i] or a.mfn_rate[i] != b.mfn_rate[i]
        )
        changed = [(a.key(i), x, y) for i, x, y in rows]
        added: list[tuple] = []
        removed: list[tuple] = []
        reordered = False
    else:
        ra = _keyed_rows(a)
        rb = _keyed_rows(b)
        removed = [k for k in ra if k not in rb]
        added = [k for k in rb if k not in ra]
        changed = [(k, ra[k], rb[k]) for k in ra if k in rb and ra[k] != rb[k]]
        common_a = [k for k in ra if k in rb]
        common_b = [k for k in rb if k in ra]
        reordered = common_a != common_b
        if reordered:
            note = tr("put in a different order")
            table.append(_change("rows", field_words("rows"), None, None, note))
    if table:
        out.append(EntityChange("trade_flows", (), "", CHANGED, tuple(table)))
    listed = 0
    for k in removed:
        if listed < limit:
            out.append(EntityChange("flow", _text_key(k), "", REMOVED))
        listed += 1
    for k in added:
        if listed < limit:
            out.append(EntityChange("flow", _text_key(k), "", ADDED))
        listed += 1
    for k, (va, ra_), (vb, rb_) in changed:
        if listed < limit:
            fc = []
            if va != vb:
                fc.append(_change("value", field_words("value"), va, vb))
            if ra_ != rb_:
                fc.append(_change("mfn_rate", field_words("mfn_rate"), ra_, rb_))
            out.append(EntityChange("flow", _text_key(k), "", CHANGED, tuple(fc)))
        listed += 1
    return max(0, listed - limit)


def _keyed_rows(f: TradeFlows) -> dict[tuple, tuple[float, float]]:
    out: dict[tuple, tuple[float, float]] = {}
    seen: Counter = Counter()
    for i in range(len(f)):
        k = f.key(i)
        if seen[k]:
            k = (*k, f"#{seen[k] + 1}")
        seen[f.key(i)] += 1
        out[k] = (f.value[i], f.mfn_rate[i])
    return out


def _by_id(x: Any) -> tuple:
    return (x.id,)


def diff_scenarios(a: Scenario, b: Scenario, *, flow_limit: int = 1000) -> Diff:
    """Everything that changed from ``a`` to ``b`` (empty exactly when ``a == b``)."""
    out: list[EntityChange] = []
    top = _record_changes(
        a,
        b,
        skip=(
            "parties",
            "issues",
            "preferences",
            "cards",
            "measures",
            "stacking_rules",
            "trade_flows",
            "elasticities",
            "packages",
            "offers",
            "working_package",
        ),
    )
    if top:
        out.append(EntityChange("scenario", (), b.title, CHANGED, tuple(top)))
    _collection("party", a.parties, b.parties, _by_id, out)
    _collection("issue", a.issues, b.issues, _by_id, out, skip=("options",))
    issues_b = {i.id: i for i in b.issues}
    for issue in a.issues:
        other = issues_b.get(issue.id)
        if other is not None:
            _collection(
                "option",
                issue.options,
                other.options,
                lambda o, iid=issue.id: (iid, o.id),
                out,
            )
    _collection(
        "preferences",
        a.preferences,
        b.preferences,
        lambda p: (p.party,),
        out,
        changes_of=_preference_changes,
        label_of=lambda p: "",
    )
    _collection("card", a.cards, b.cards, _by_id, out)
    _collection("measure", a.measures, b.measures, _by_id, out)
    _collection("stacking_rule", a.stacking_rules, b.stacking_rules, _by_id, out)
    not_listed = _flows(a.trade_flows, b.trade_flows, out, flow_limit)
    _collection("elasticity", a.elasticities, b.elasticities, _by_id, out)
    _collection("package", a.packages, b.packages, _by_id, out)
    _collection("offer", a.offers, b.offers, _by_id, out)
    working = _working_package_changes(a, b)
    if working:
        out.append(EntityChange("working_package", (), "", CHANGED, working))
    return Diff(tuple(out), not_listed)


def _working_package_changes(a: Scenario, b: Scenario) -> tuple[FieldChange, ...]:
    """The package under discussion, issue by issue, in the words of the newer scenario:
    "Rice changed from “Status quo” to “Quota 70,000 t”" (ids where an issue or option is
    gone)."""
    wa, wb = a.working_package, b.working_package
    if wa == wb:
        return ()
    titles = {i.id: local(i, "title") for i in (*a.issues, *b.issues)}
    options = {(i.id, o.id): local(o, "label") for i in (*a.issues, *b.issues) for o in i.options}
    out = []
    for issue in [*wa, *(k for k in wb if k not in wa)]:
        before, after = wa.get(issue), wb.get(issue)
        if before == after:
            continue
        name = titles.get(issue, issue)
        shown_a = options.get((issue, before), before) if before is not None else None
        shown_b = options.get((issue, after), after) if after is not None else None
        out.append(_change(f"working_package.{issue}", name, shown_a, shown_b))
    return tuple(out)


def diff_texts(a: str, b: str) -> Diff:
    """The diff of two scenario documents, each read (and checked) like a file."""
    from negotiator_gui.io.scenario_file import parse_scenario_text

    return diff_scenarios(parse_scenario_text(a).scenario, parse_scenario_text(b).scenario)


__all__ = [
    "ADDED",
    "CHANGED",
    "MOVED",
    "REMOVED",
    "Diff",
    "EntityChange",
    "FieldChange",
    "diff_scenarios",
    "diff_texts",
]
