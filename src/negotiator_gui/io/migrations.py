"""Forward migrations of scenario documents, one registered step per format version.

A step takes a document of version N (as parsed JSON) and returns one of version N + 1. Steps work
on plain dicts so they never depend on today's model classes, which will keep changing.

Version history
- 1: the development layout before 0.1: rates in percent (``rate_pct``), preferences as separate
  ``weights`` / ``scores`` maps with a bare ``reservation_value``, flows as a list of objects.
- 2: rates as fractions, preferences grouped per issue, flows as a column table.
"""

from __future__ import annotations

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
