"""The domain model as a scenario document: stable key order, defaults left out, one flow per line.

Determinism is what makes scenario files diff well in version control: keys come out in the
model's field order, maps in the order of the issues and options they refer to, lists in the
user's order, and numbers that are whole are written without a decimal point.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import MISSING, fields
from enum import Enum
from typing import Any

import numpy as np

from negotiator_gui.core.model import (
    Card,
    Measure,
    Preferences,
    Scenario,
    TradeFlows,
)
from negotiator_gui.core.text import without_surrogates
from negotiator_gui.io.origin import Origin

FORMAT = "negotiator-scenario"
VERSION = 4

_ROWS_TOKEN = "\x00rows\x00"
_INDENT = 2


def _plain(value: Any) -> Any:
    """Enums to their text, dates to ISO text, whole floats to ints; containers recursively."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, list | tuple):  # a tuple is a range (low, high)
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return _record(value)
    return value


def _record(obj: Any, skip: tuple[str, ...] = (), **overrides: Any) -> dict[str, Any]:
    """A dataclass as an ordered dict, leaving out empty fields and fields at their default.

    A required field (one without a default) is written even when it is empty text, because the
    reader needs it; an optional field that is set (default None, value not None) is written even
    when its value is empty, such as an effect's empty ``Scope()``, so that it reads back the same.
    """
    out: dict[str, Any] = {}
    for f in fields(obj):
        if f.name in skip:
            continue
        v = overrides[f.name] if f.name in overrides else getattr(obj, f.name)
        required = f.default is MISSING and f.default_factory is MISSING
        if v is None or (v == "" and not required):
            continue
        if v == f.default and (type(obj), f.name) not in _ALWAYS:
            continue
        pv = _texts(v) if f.name == "text" else _plain(v)
        if (pv == [] or pv == {}) and f.default is not None:
            continue
        out[f.name] = pv
    return out


def _texts(texts: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """An entity's texts in other languages in a fixed order (languages, then fields, sorted),
    leaving out empty ones, so the same texts always give the same bytes."""
    out = {}
    for lang in sorted(texts):
        fields = {f: texts[lang][f] for f in sorted(texts[lang]) if texts[lang][f]}
        if fields:
            out[lang] = fields
    return out


# Fields whose default is written anyway, because a reader of the file should see them.
_ALWAYS = {(Card, "status"), (Measure, "authority"), (Preferences, "basis")}


def _ordered(mapping: dict[str, Any], order: list[str]) -> dict[str, Any]:
    """A map's keys in the order given (issue or option order), unknown keys after, sorted."""
    rank = {k: i for i, k in enumerate(order)}
    return {k: mapping[k] for k in sorted(mapping, key=lambda k: (rank.get(k, len(rank)), k))}


def _preferences(p: Preferences, s: Scenario) -> dict[str, Any]:
    out = _record(p, skip=("issues", "reservation"))
    issue_order = [i.id for i in s.issues]
    options = {i.id: [o.id for o in i.options] for i in s.issues}
    issues: dict[str, Any] = {}
    for issue_id, ip in _ordered(p.issues, issue_order).items():
        entry = {"weight": _plain(ip.weight)}
        if ip.scores:
            entry["scores"] = _plain(_ordered(ip.scores, options.get(issue_id, [])))
        if ip.rationale:
            entry["rationale"] = ip.rationale
        if ip.weight_range is not None:
            entry["weight_range"] = _plain(ip.weight_range)
        if ip.score_ranges:
            entry["score_ranges"] = _plain(_ordered(ip.score_ranges, options.get(issue_id, [])))
        issues[issue_id] = entry
    if issues:
        out["issues"] = issues
    res = _record(p.reservation)
    if res:
        out["reservation"] = res
    return out


def _flows_header(f: TradeFlows) -> dict[str, Any]:
    return {
        "year": f.year,
        "unit": f.unit,
        **({"source": f.source} if f.source else {}),
        "columns": list(TradeFlows.COLUMNS),
        "rows": _ROWS_TOKEN,
    }


def scenario_to_document(s: Scenario) -> dict[str, Any]:
    """The scenario as a JSON-ready dict (the flow rows as a list of lists)."""
    doc = _document(s)
    if "trade_flows" in doc:
        doc["trade_flows"]["rows"] = _flow_rows(s.trade_flows)
    return doc


def _document(s: Scenario) -> dict[str, Any]:
    issue_order = [i.id for i in s.issues]
    flows = s.trade_flows
    special = {
        "preferences": [_preferences(p, s) for p in s.preferences],
        "trade_flows": _flows_header(flows) if flows != TradeFlows() else None,
        "packages": [_record(p, choices=_ordered(p.choices, issue_order)) for p in s.packages],
        "offers": [_record(o, choices=_ordered(o.choices, issue_order)) for o in s.offers],
        # optional (written only when chosen), so files without it read as before: no new version
        "working_package": _ordered(s.working_package, issue_order),
    }
    base = _record(s, skip=tuple(special))
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for f in fields(Scenario):
        if f.name in special:
            if special[f.name]:
                doc[f.name] = special[f.name]
        elif f.name in base:
            doc[f.name] = base[f.name]
    return doc


def _flow_rows(f: TradeFlows) -> list[list[Any]]:
    return [
        list(r) for r in zip(f.importer, f.exporter, f.product, f.value, f.mfn_rate, strict=True)
    ]


#: Text that ``json.dumps(..., ensure_ascii=False)`` writes as it is, between quotes.
_PLAIN_TEXT = re.compile(r'[^"\\\x00-\x1f\ud800-\udfff]*\Z')


def _plain_rows(f: TradeFlows, inner: str) -> str | None:
    """The rows' lines, each row formatted by one C call, or None unless every cell comes out
    exactly as ``json.dumps`` writes it: texts that need no escape, whole numbers and finite
    floats (``repr`` is what the encoder writes for both). Twice as quick as encoding and then
    breaking the lines, on the largest part of a big scenario's save."""
    columns: list[list[Any]] = [f.importer, f.exporter, f.product, f.value, f.mfn_rate]
    if len(set(map(len, columns))) != 1:
        return None
    for col in columns[:3]:
        if set(map(type, col)) != {str}:
            return None
    names = set(f.importer) | set(f.exporter)
    codes = "".join(f.product)
    if not (codes.isascii() and codes.isdigit()) or not all(map(_PLAIN_TEXT.match, names)):
        return None
    marks = []
    for k in (3, 4):
        numbers = _numbers_text(columns[k])
        if numbers is False:
            return None
        if numbers is not None:
            columns[k] = numbers
        marks.append("%r" if numbers is None else "%s")
    row = '["%s", "%s", "%s", ' + ", ".join(marks) + "]"
    return (",\n" + inner).join(map(row.__mod__, zip(*columns, strict=True)))


def _numbers_text(col: list[Any]) -> list[str] | bool | None:
    """A number column's cells as text when a few values repeat (rates): each written once;
    None to write each cell with ``repr``; False if a cell is not a whole number or a finite
    float (``json.dumps`` would write it otherwise). Values that compare equal but are written
    differently (1 and 1.0, 0.0 and -0.0) are never cached together."""
    types = set(map(type, col))
    if not types <= {int, float}:
        return False
    signed_zero = False
    if float in types:
        try:
            values = np.asarray(col, dtype=float)
        except OverflowError:
            return False
        if not np.isfinite(values).all():
            return False
        signed_zero = bool(np.signbit(values[values == 0]).any())
    if len(types) > 1 or signed_zero or 4 * len(set(col[:1000])) > min(len(col), 1000):
        return None  # (a sample first: a set of 300,000 distinct values costs as much as it saves)
    distinct = set(col)
    if 4 * len(distinct) > len(col):
        return None
    text = {v: repr(v) for v in distinct}
    return list(map(text.__getitem__, col))


def _rows_text(f: TradeFlows, indent: str) -> str:
    """One row per line. The bulk goes through the C encoder in one call; the row separators are
    then turned into line breaks, which is safe because ids and HS codes cannot hold brackets."""
    if not len(f):
        return "[]"
    inner = indent + " " * _INDENT
    plain = _plain_rows(f, inner)
    if plain is not None:
        return "".join(("[\n", inner, plain, "\n", indent, "]"))  # one copy of the large text
    rows = list(
        zip(f.importer, f.exporter, f.product, f.value, f.mfn_rate, strict=True)
    )  # tuples encode as arrays
    text_cols = set(f.importer) | set(f.exporter)
    if "]" in "".join(text_cols) or not "".join(f.product).isdigit():
        body = (",\n" + inner).join(json.dumps(r, ensure_ascii=False) for r in rows)
    else:
        body = json.dumps(rows, ensure_ascii=False)[1:-1].replace("], [", "],\n" + inner + "[")
    return "[\n" + inner + body + "\n" + indent + "]"


_SCALAR = r'(?:"(?:[^"\\\n]|\\.)*"|-?[0-9][0-9.eE+\-]*|true|false|null)'
_SCALAR_LIST = re.compile(r"\[\n\s+(" + _SCALAR + r"(?:,\n\s+" + _SCALAR + r")*)\n\s*\]")


def _compact(match: re.Match[str]) -> str:
    """A short list of scalars on one line (``"targets": ["JP"]``) reads better than five."""
    items = [x.strip() for x in match.group(1).split(",\n")]
    one_line = "[" + ", ".join(items) + "]"
    return one_line if len(one_line) <= 72 else match.group(0)


_STR = r'"(?:[^"\\\n]|\\.)*"'
_TEXTS_BLOCK = re.compile(
    r'"text": \{\n\s+(' + _STR + r"): \{\n((?:\s+" + _STR + r": " + _STR + r",?\n)+)\s+\}\n\s+\}"
)


def _compact_texts(match: re.Match[str]) -> str:
    """An entity's texts in one language on one line when short (``"text": {"ja": {"name":
    "日本"}}``): five lines for a name would swamp the file and its diffs."""
    pairs = ", ".join(x.strip().rstrip(",") for x in match.group(2).strip().split("\n"))
    one_line = '"text": {' + match.group(1) + ": {" + pairs + "}}"
    return one_line if len(one_line) <= 100 else match.group(0)


def dumps_scenario(s: Scenario, origin: Origin | None = None) -> str:
    """The file text: UTF-8-ready JSON, two-space indent, a newline at the end.

    Control characters in texts are written as JSON escapes (``\\u0007``) and read back as
    they were. An unpaired surrogate cannot be encoded as UTF-8 (and the reader refuses its
    escape), so it is written as U+FFFD: ``validate`` reports it as an error, but writing never
    fails on it, and what is written reads back. ``origin`` (the library revision the file is
    saved from) is written after the version; the content hash never includes it."""
    doc = _document(s)
    if origin is not None:
        head = {"format": doc.pop("format"), "version": doc.pop("version")}
        doc = {**head, "origin": origin.to_json(), **doc}
    text = without_surrogates(json.dumps(doc, ensure_ascii=False, indent=_INDENT, allow_nan=False))
    text = _SCALAR_LIST.sub(_compact, text)
    text = _TEXTS_BLOCK.sub(_compact_texts, text)
    if "trade_flows" in doc:
        indent = " " * (2 * _INDENT)
        # Only the flow table has a "rows" key at this depth, and no JSON text holds a raw line
        # break, so the needle cannot match inside a user's text (which may hold the token).
        needle = f'\n{indent}"rows": {json.dumps(_ROWS_TOKEN)}'
        rows = without_surrogates(_rows_text(s.trade_flows, indent))
        head, tail = text.split(needle)  # exactly once; joined in one copy of the large text
        return "".join((head, f'\n{indent}"rows": ', rows, tail, "\n"))
    return text + "\n"


def content_hash(s: Scenario) -> str:
    """SHA-256 of the canonical file text: the same scenario always has the same hash, so a
    revision, a file and a workbook can be matched to each other."""
    import hashlib

    return hashlib.sha256(dumps_scenario(s).encode("utf-8")).hexdigest()
