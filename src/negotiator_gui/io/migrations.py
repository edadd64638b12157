"""Forward migrations of scenario documents, one registered step per format version.

A step takes a document of version N (as parsed JSON) and returns one of version N + 1. Steps work
on plain dicts so they never depend on today's model classes, which will keep changing.

Version history
- 1: the development layout before 0.1: rates in percent (``rate_pct``), preferences as separate
  ``weights`` / ``scores`` maps with a bare ``reservation_value``, flows as a list of objects.
- 2: rates as fractions, preferences grouped per issue, flows as a column table.
- 3: measures may say what their base rate already holds (``in_base_rate``) and what their
  legal scope covers beyond the flow table (``uncovered``); elasticities may carry a ``name`` and
  a range (``low``, ``high``); a measure's rate is no longer repeated in its title.
- 4: parties, issues, options, measures and cards may carry their texts in other content
  languages (``text``: ``{"ja": {"name": "日本"}}``); a party's ``name_local`` becomes its
  Japanese name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Document = dict[str, Any]
Step = Callable[[Document], Document]

#: from-version -> step producing from-version + 1
STEPS: dict[int, Step] = {}


def step(from_version: int) -> Callable[[Step], Step]:
    def register(fn: Step) -> Step:
        if from_version in STEPS:
            raise ValueError(f"two migration steps from version {from_version}")
        STEPS[from_version] = fn
        return fn

    return register


class MigrationError(Exception):
    """A document of an old version whose content the migration could not understand."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def migrate(doc: Document, from_version: int, to_version: int) -> Document:
    """Apply every step from ``from_version`` up to ``to_version``."""
    for v in range(from_version, to_version):
        if v not in STEPS:
            raise MigrationError("$.version", f"no migration from version {v} to {v + 1}")
        doc = STEPS[v](doc)
        doc["version"] = v + 1
    return doc


def _pct(value: Any, path: str) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return value / 100
        except OverflowError:  # a whole number too large for a float
            raise MigrationError(path, "the percentage is too large") from None
    raise MigrationError(path, "expected a percentage number")


def _list(value: Any) -> list[Any]:
    """The items of a list; anything else is left for the version-2 reader to report."""
    return value if isinstance(value, list) else []


@step(1)
def _v1_to_v2(doc: Document) -> Document:
    out = dict(doc)
    measures = []
    for k, m in enumerate(_list(doc.get("measures"))):
        m = dict(m) if isinstance(m, dict) else m
        if isinstance(m, dict) and "rate_pct" in m:
            m["rate"] = _pct(m.pop("rate_pct"), f"$.measures[{k}].rate_pct")
        measures.append(m)
    if isinstance(doc.get("measures"), list):
        out["measures"] = measures

    prefs = []
    for k, p in enumerate(_list(doc.get("preferences"))):
        if not isinstance(p, dict):
            prefs.append(p)
            continue
        p = dict(p)
        weights = p.pop("weights", {}) or {}
        scores = p.pop("scores", {}) or {}
        if not isinstance(weights, dict) or not isinstance(scores, dict):
            raise MigrationError(f"$.preferences[{k}]", "weights and scores must be objects")
        issues = {}
        for issue_id in list(weights) + [i for i in scores if i not in weights]:
            entry: dict[str, Any] = {"weight": weights.get(issue_id, 0)}
            if issue_id in scores:
                entry["scores"] = scores[issue_id]
            issues[issue_id] = entry
        p["issues"] = issues
        if "reservation_value" in p:
            p["reservation"] = {"value": p.pop("reservation_value")}
        prefs.append(p)
    if isinstance(doc.get("preferences"), list):
        out["preferences"] = prefs

    flows = doc.get("trade_flows")
    if isinstance(flows, list):
        rows = []
        for k, f in enumerate(flows):
            if not isinstance(f, dict):
                raise MigrationError(f"$.trade_flows[{k}]", "expected an object")
            rows.append(
                [
                    f.get("importer"),
                    f.get("exporter"),
                    f.get("product"),
                    f.get("value"),
                    _pct(f.get("mfn_rate_pct", 0), f"$.trade_flows[{k}].mfn_rate_pct"),
                ]
            )
        out["trade_flows"] = {
            "year": doc.get("base_year", 2024),
            "unit": "USD",
            "columns": ["importer", "exporter", "product", "value", "mfn_rate"],
            "rows": rows,
        }
    out.pop("base_year", None)  # version 2 keeps the year with the flows
    return out


#: A rate written into a title, e.g. "Section 232 automobiles (25%)" or "(15% all-in)".
_RATE_IN_TITLE = re.compile(r"\s*\((\d+(?:\.\d+)?)\s*%(\s*all-in)?\)\s*$")


def _title_without_rate(m: Any) -> Any:
    """A measure whose title ends with its own rate in brackets, without it: version 3 shows the
    rate from the measure's data, so a title that kept "25%" after the rate was set to 50% can
    no longer say something false. A bracketed rate that is not the measure's is kept (it says
    something else, e.g. an in-quota rate)."""
    if not isinstance(m, dict) or not isinstance(m.get("title"), str):
        return m
    rate = m.get("rate")
    hit = _RATE_IN_TITLE.search(m["title"])
    if hit is None or not isinstance(rate, int | float) or isinstance(rate, bool):
        return m
    if abs(float(hit.group(1)) / 100 - rate) > 1e-9:
        return m
    out = dict(m)
    out["title"] = m["title"][: hit.start()].rstrip() or m["title"]
    return out


@step(2)
def _v2_to_v3(doc: Document) -> Document:
    """Version 3 adds optional fields (a measure's ``in_base_rate`` and ``uncovered``, an
    elasticity's ``name``, ``low`` and ``high``) and takes measure rates out of titles."""
    out = dict(doc)
    if isinstance(doc.get("measures"), list):
        out["measures"] = [_title_without_rate(m) for m in doc["measures"]]
    issues = []
    for issue in _list(doc.get("issues")):
        if not isinstance(issue, dict):
            issues.append(issue)
            continue
        issue = dict(issue)
        options = []
        for option in _list(issue.get("options")):
            if isinstance(option, dict) and isinstance(option.get("effects"), list):
                option = dict(option)
                option["effects"] = [
                    {**e, "new_measure": _title_without_rate(e["new_measure"])}
                    if isinstance(e, dict) and isinstance(e.get("new_measure"), dict)
                    else e
                    for e in option["effects"]
                ]
            options.append(option)
        if isinstance(issue.get("options"), list):
            issue["options"] = options
        issues.append(issue)
    if isinstance(doc.get("issues"), list):
        out["issues"] = issues
    return out


#: Kana or CJK ideographs: a ``name_local`` in Japanese script (and not, say, Hangul).
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


def _party_v4(party: Any) -> Any:
    """A version-3 party with its ``name_local`` moved: a name in Japanese script becomes the
    party's Japanese name (``text.ja.name``), which is what every version-3 file shipped; any
    other local name is kept, at the end of the party's notes, so nothing is lost."""
    if not isinstance(party, dict) or "name_local" not in party:
        return party
    out = dict(party)
    local = out.pop("name_local")
    if not isinstance(local, str) or not local.strip():
        return out
    if _JAPANESE.search(local) and not _HANGUL.search(local):
        text = dict(out["text"]) if isinstance(out.get("text"), dict) else {}
        text["ja"] = {**(text.get("ja") or {}), "name": local}
        out["text"] = text
    else:
        notes = out.get("notes") if isinstance(out.get("notes"), str) else ""
        out["notes"] = (notes + "\n" if notes else "") + f"Local name: {local}"
    return out


@step(3)
def _v3_to_v4(doc: Document) -> Document:
    """Version 4 lets entities carry texts in other languages (all optional); the only change
    to existing content is a party's ``name_local``, which becomes its Japanese name."""
    out = dict(doc)
    if isinstance(doc.get("parties"), list):
        out["parties"] = [_party_v4(p) for p in doc["parties"]]
    return out
