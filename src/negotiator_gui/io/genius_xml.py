"""GENIUS XML import: a negotiation domain and additive utility-space profiles into a scenario.

GENIUS (and the ANAC competitions and NegMAS test domains built on it) describe a negotiation in
one *domain* file (the issues and their values) and one *profile* per party (an additive utility
space: a weight per issue, an evaluation per value, a reservation value and a discount factor).
Officials who trained on those published cases can bring them in as a starting scenario.

How the numbers are mapped (the README repeats this for users):

* **Weights** are scaled to add up to 100 points (GENIUS scales them to add up to 1), then
  rounded to hundredths of a point by the largest-remainder method: each weight is rounded down,
  and the hundredths still missing go to the weights that lost most in rounding (the earlier
  issue first on a tie), so the rounded points add up to exactly 100.00.
* **Scores** are 100 × GENIUS's own evaluation of the value, at GENIUS's precision (15
  significant digits, which only drops the float noise of the multiplication: 0.575 × 100 is
  57.5, not 57.49999999999999). Rounding them, or the reservation value, to hundredths shifts
  the ZOPA by many packages in a large domain, so only the weights are rounded. For a
  discrete issue GENIUS divides an item's evaluation by the issue's largest one (so the best
  value scores 100 and an evaluation of 0 stays 0; if every evaluation is 0, all score 0). For an
  integer or real issue GENIUS computes a linear (or constant, or triangular) function of the
  value and clamps it to 0–1; it is not rescaled, so the best value scores 100 only if GENIUS
  gives it utility 1.
* **Reservation value** r (0–1) becomes 100 × r, at the same precision. **Discount factor**
  has no place in the model (Negotiator does not discount over time), so it is kept as a note
  in the party's notes and the preferences rationale, e.g. "GENIUS discount factor 0.9".
* **Integer issues** with up to ``MAX_OPTIONS`` values become one option per value; larger
  integer ranges and **real** ranges need ``bins``: that many evenly spaced values from the lower
  to the upper bound (integers rounded, duplicates dropped).

Hostile XML is refused before it can do harm: parsing uses expat directly, a DOCTYPE with an
internal subset (where entities are declared: "billion laughs", XXE) or an external DTD stops the
parse at once, before any entity is declared or expanded, and files are size- and depth-limited.
The standard library suffices for this, so there is no ``defusedxml`` dependency.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from negotiator_gui.core.model import (
    Basis,
    Issue,
    IssuePreference,
    Option,
    Party,
    Preferences,
    Provenance,
    Reservation,
    Scenario,
)
from negotiator_gui.core.validation import validate

#: GENIUS files are small (the largest ANAC domains are well under a megabyte); anything larger
#: than this is refused before parsing.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Elements in one file, and how deeply they nest: far above any real GENIUS file, low enough that
#: a hostile file cannot exhaust memory with millions of tiny elements.
MAX_ELEMENTS = 200_000
MAX_DEPTH = 64
#: Integer issues with at most this many values become one option per value; ``bins`` is capped
#: at the same number so that imported issues stay readable on a board.
MAX_OPTIONS = 20
#: Largest bound of an integer or real issue (integers up to this are exact as floats).
MAX_BOUND = 1e15
#: Longest issue name or value label accepted (a GENIUS name is a word or two).
MAX_NAME = 1000

_COLOURS = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
_NUMBER = re.compile(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*\Z")
_ID_BAD = re.compile(r"[^A-Za-z0-9_.\-]+")


class GeniusError(Exception):
    """A GENIUS file that cannot be imported: which file, where (when known) and what."""

    def __init__(
        self, source: str, message: str, line: int | None = None, column: int | None = None
    ) -> None:
        self.source = source
        self.message = message
        self.line = line
        self.column = column
        where = ""
        if line is not None:
            where = f"line {line}, column {column}: " if column is not None else f"line {line}: "
        super().__init__(f"{source}: {where}{message}")


# -- safe XML -----------------------------------------------------------------------------------


@dataclass(slots=True, eq=False)
class _Node:
    """An element: GENIUS keeps everything in attributes, so text content is not kept."""

    tag: str
    attrs: dict[str, str]
    line: int
    children: list[_Node] = field(default_factory=list)

    def kids(self, tag: str) -> list[_Node]:
        return [c for c in self.children if c.tag == tag]

    def first(self, tag: str) -> _Node | None:
        return next((c for c in self.children if c.tag == tag), None)


def _read_bytes(path: str | os.PathLike[str], source: str) -> bytes:
    limit = f"GENIUS files are limited to {MAX_FILE_BYTES // 2**20} MB"
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise GeniusError(source, f"is {size / 2**20:,.0f} MB; {limit}")
        with p.open("rb") as fh:
            # One byte past the limit at most: a device or a pipe has no size to check.
            data = fh.read(MAX_FILE_BYTES + 1)
    except GeniusError:
        raise
    except IsADirectoryError:
        raise GeniusError(source, "is a folder, not a GENIUS XML file") from None
    except FileNotFoundError:
        raise GeniusError(source, "no such file") from None
    except OSError as exc:
        raise GeniusError(source, f"cannot be read: {exc.strerror or exc}") from None
    except ValueError as exc:  # e.g. a NUL character in the path
        raise GeniusError(source, f"cannot be read: {exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise GeniusError(source, f"is larger than {MAX_FILE_BYTES // 2**20} MB; {limit}")
    return data


def parse_xml(data: bytes, source: str = "<bytes>") -> _Node:
    """Parse with expat, refusing DTDs and entities; raises ``GeniusError``.

    Expat reports a DOCTYPE before it reads the declarations inside it, so refusing there means
    no entity is ever declared, let alone expanded: a billion-laughs file costs nothing, and an
    external entity (XXE) is never opened. Parameter-entity parsing is off as well, and the
    handlers for entity declarations and external references refuse too, in case a future expat
    reports them differently.
    """
    if not data.strip():
        raise GeniusError(source, "is empty: a GENIUS file holds one XML document")
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    roots: list[_Node] = []
    stack: list[_Node] = []
    count = 0

    def refuse(message: str) -> GeniusError:
        return GeniusError(source, message, parser.CurrentLineNumber)

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal count
        count += 1
        if count > MAX_ELEMENTS:
            raise refuse(f"has more than {MAX_ELEMENTS:,} XML elements; not a GENIUS file")
        if len(stack) >= MAX_DEPTH:
            raise refuse(f"nests XML elements more than {MAX_DEPTH} deep; not a GENIUS file")
        node = _Node(tag, attrs, parser.CurrentLineNumber)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)

    def end(tag: str) -> None:
        stack.pop()

    def doctype(name: str, system_id: str | None, public_id: str | None, internal: int) -> None:
        if system_id or public_id:
            raise refuse("refuses an external DTD (a safety measure); remove the DOCTYPE")
        if internal:
            raise refuse(
                "refuses XML entity and DTD declarations (a safety measure); remove the DOCTYPE"
            )

    def entity(*_args: object) -> None:
        raise refuse("refuses XML entity declarations (a safety measure); remove the DOCTYPE")

    def external(*_args: object) -> int:
        raise refuse("refuses external XML entities (a safety measure); remove the DOCTYPE")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = external
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        what = expat.ErrorString(exc.code)
        raise GeniusError(
            source, f"not well-formed XML ({what})", exc.lineno, exc.offset + 1
        ) from None
    except (ValueError, LookupError) as exc:  # e.g. an encoding Python has no codec for
        raise GeniusError(source, f"cannot be decoded: {exc}") from None
    return roots[0]


def _load(path: str | os.PathLike[str]) -> tuple[str, _Node]:
    source = str(path)
    return source, parse_xml(_read_bytes(path, source), source)


# -- reading values -----------------------------------------------------------------------------


def _number(node: _Node, attr: str, source: str, what: str) -> float:
    text = node.attrs.get(attr)
    if text is None:
        raise GeniusError(source, f"{what} has no '{attr}' attribute", node.line)
    if not _NUMBER.match(text):
        raise GeniusError(source, f"{what}: {attr}={text[:40]!r} is not a number", node.line)
    value = float(text)
    if not math.isfinite(value):
        raise GeniusError(source, f"{what}: {attr}={text[:40]!r} is out of range", node.line)
    return value


def _whole(node: _Node, attr: str, source: str, what: str) -> int:
    value = _number(node, attr, source, what)
    if value != int(value):
        raise GeniusError(
            source, f"{what}: {attr}={node.attrs[attr][:40]!r} is not a whole number", node.line
        )
    return int(value)


def _name(node: _Node, attr: str, source: str, what: str) -> str:
    text = node.attrs.get(attr)
    if text is None:
        raise GeniusError(source, f"{what} has no '{attr}' attribute", node.line)
    if len(text) > MAX_NAME:
        raise GeniusError(
            source, f"{what}: {attr} is {len(text):,} characters long (limit {MAX_NAME})", node.line
        )
    return text


def _fmt(x: float) -> str:
    """A number as a person would write it: no trailing .0, no float noise."""
    return f"{x:.10g}"


def _utility_space(root: _Node, source: str, what: str) -> _Node:
    if root.tag == "utility_space":
        return root
    if root.tag == "negotiation_template":
        space = root.first("utility_space")
        if space is not None:
            return space
        raise GeniusError(source, f"has no <utility_space> element; not a GENIUS {what}", root.line)
    raise GeniusError(
        source,
        f"is not a GENIUS {what}: its root element is <{root.tag[:40]}>, "
        "expected <negotiation_template> or <utility_space>",
        root.line,
    )


def _objective(space: _Node, source: str) -> _Node:
    """The root objective holding the issues (NegMAS also accepts issues right in the space)."""
    objective = space.first("objective") or space
    for nested in objective.kids("objective"):
        raise GeniusError(
            source,
            f"objective {nested.attrs.get('name', '')[:40]!r} is nested in another; nested "
            "objectives (a GENIUS objective tree) are not supported: flatten the issues into "
            "the root objective",
            nested.line,
        )
    return objective


# -- the domain ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _DomainIssue:
    name: str
    kind: str  # discrete | integer | real
    labels: list[str]
    numbers: list[float]  # the value of each option, for integer and real issues
    descriptions: list[str]
    description: str
    lower: float = 0.0
    upper: float = 0.0


def _kind(node: _Node) -> str:
    # GENIUS reads "type" (the domain also allows "vtype", the profile "etype"); none = discrete.
    for attr in ("type", "vtype", "etype"):
        if attr in node.attrs:
            return node.attrs[attr].strip().lower()
    return "discrete"


def _bounds(node: _Node, source: str, what: str, whole: bool) -> tuple[float, float]:
    """Bounds from the issue's attributes (GENIUS integer issues) or a <range> child (real)."""
    holder = node if "lowerbound" in node.attrs else (node.first("range") or node)
    read = _whole if whole else _number
    lower = read(holder, "lowerbound", source, what)
    upper = read(holder, "upperbound", source, what)
    if max(abs(lower), abs(upper)) > MAX_BOUND:
        raise GeniusError(
            source, f"{what}: bounds beyond ±{MAX_BOUND:.0e} are not supported", holder.line
        )
    if upper < lower:
        raise GeniusError(
            source,
            f"{what}: upper bound {_fmt(upper)} is below lower bound {_fmt(lower)}",
            holder.line,
        )
    return lower, upper


def _spread(lower: float, upper: float, n: int) -> list[float]:
    if n == 1 or upper == lower:
        return [lower]
    return [lower + (upper - lower) * k / (n - 1) for k in range(n)]


def _read_domain(source: str, root: _Node, bins: int | None) -> list[_DomainIssue]:
    objective = _objective(_utility_space(root, source, "domain"), source)
    issues: list[_DomainIssue] = []
    seen: set[str] = set()
    for node in objective.kids("issue"):
        name = _name(node, "name", source, "an issue")
        what = f"issue {name[:60]!r}"
        if name in seen:
            raise GeniusError(source, f"two issues are named {name[:60]!r}", node.line)
        seen.add(name)
        kind = _kind(node)
        description = node.attrs.get("description", "")[:MAX_NAME]
        if kind == "discrete":
            labels, descriptions = [], []
            seen_labels: set[str] = set()  # repeats found in linear time, even for huge issues
            for item in node.kids("item"):
                label = _name(item, "value", source, f"{what}: an item")
                if label in seen_labels:
                    raise GeniusError(
                        source, f"{what}: value {label[:60]!r} is listed twice", item.line
                    )
                labels.append(label)
                descriptions.append(item.attrs.get("description", "")[:MAX_NAME])
                seen_labels.add(label)
            if not labels:
                raise GeniusError(source, f"{what} has no values (<item> elements)", node.line)
            issues.append(_DomainIssue(name, kind, labels, [], descriptions, description))
        elif kind == "integer":
            lower, upper = _bounds(node, source, what, whole=True)
            count = int(upper - lower) + 1
            if count <= MAX_OPTIONS:
                numbers = [float(v) for v in range(int(lower), int(upper) + 1)]
            elif bins is None:
                raise GeniusError(
                    source,
                    f"{what} has {count:,} whole-number values ({_fmt(lower)} to {_fmt(upper)}); "
                    f"up to {MAX_OPTIONS} become options, for more give --bins N to pick N evenly "
                    "spaced values",
                    node.line,
                )
            else:
                numbers = sorted({float(math.floor(x + 0.5)) for x in _spread(lower, upper, bins)})
            labels = [str(int(v)) for v in numbers]
            issues.append(
                _DomainIssue(
                    name, kind, labels, numbers, [""] * len(labels), description, lower, upper
                )
            )
        elif kind == "real":
            lower, upper = _bounds(node, source, what, whole=False)
            if bins is None:
                raise GeniusError(
                    source,
                    f"{what} is a real-valued range ({_fmt(lower)} to {_fmt(upper)}); give "
                    "--bins N to turn it into N evenly spaced options",
                    node.line,
                )
            numbers = _spread(lower, upper, bins)
            labels = list(dict.fromkeys(_fmt(v) for v in numbers))
            numbers = [float(v) for v in labels]
            issues.append(
                _DomainIssue(
                    name, kind, labels, numbers, [""] * len(labels), description, lower, upper
                )
            )
        else:
            raise GeniusError(
                source,
                f"{what} has type {kind[:40]!r}; GENIUS issues are discrete, integer or real",
                node.line,
            )
    if not issues:
        raise GeniusError(
            source, "has no issues (<issue> elements); is it a GENIUS domain?", objective.line
        )
    return issues


# -- a profile ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Profile:
    source: str
    weights: list[float]  # GENIUS weights, in domain issue order
    utilities: list[list[float]]  # GENIUS evaluation 0..1 of each option, per issue
    notes: list[str]  # how each issue's scores were computed
    reservation: float | None
    discount: float | None


def _items(node: _Node) -> list[_Node]:
    """Items with evaluations: in the issue, or (some writers) inside an <evaluator> child."""
    items = node.kids("item")
    for ev in node.kids("evaluator"):
        items.extend(ev.kids("item"))
    return items


def _discrete_utilities(
    source: str, node: _Node, issue: _DomainIssue, domain: str, what: str
) -> tuple[list[float], str]:
    evaluations: dict[str, float] = {}
    numeric = issue.kind == "integer"
    known_labels = set(issue.labels)
    for item in _items(node):
        label = _name(item, "value", source, f"{what}: an item")
        in_range = False  # an integer of the issue's range that --bins left out
        if numeric and _NUMBER.match(label) and float(label).is_integer():
            label = str(int(float(label)))  # "3", "3.0" and " 3" name the same integer
            in_range = issue.lower <= int(label) <= issue.upper
        if label not in known_labels and not in_range:
            known = ", ".join(repr(v[:40]) for v in issue.labels[:10])
            more = ", …" if len(issue.labels) > 10 else ""
            raise GeniusError(
                source,
                f"{what}: value {label[:60]!r} is not a value of this issue in {domain} "
                f"(its values: {known}{more})",
                item.line,
            )
        if label in evaluations:
            raise GeniusError(source, f"{what}: value {label[:60]!r} is evaluated twice", item.line)
        value = _number(item, "evaluation", source, f"{what}: value {label[:60]!r}")
        if value < 0:
            raise GeniusError(
                source,
                f"{what}: value {label[:60]!r} has evaluation {_fmt(value)}; "
                "GENIUS evaluations are zero or more",
                item.line,
            )
        evaluations[label] = value
    for label in issue.labels:
        if label not in evaluations:
            raise GeniusError(
                source, f"{what}: value {label[:60]!r} (from {domain}) has no evaluation", node.line
            )
    best = max(evaluations.values())
    if best < 1e-5:  # GENIUS's own threshold: an issue evaluated all 0 adds nothing
        return [0.0] * len(issue.labels), "every evaluation is 0, so every score is 0"
    # GENIUS divides by the best evaluation of all the issue's values, even those --bins left out.
    utilities = [evaluations[label] / best for label in issue.labels]
    return utilities, f"score = 100 × evaluation ÷ {_fmt(best)} (the best evaluation)"


def _param(
    ev: _Node, names: tuple[str, ...], default: float | None, source: str, what: str
) -> float:
    for name in names:
        if name in ev.attrs:
            return _number(ev, name, source, what)
    if default is None:
        raise GeniusError(source, f"{what} has no '{names[0]}' attribute", ev.line)
    return default


def _numeric_utilities(
    source: str, node: _Node, issue: _DomainIssue, what: str
) -> tuple[list[float], str]:
    ev = node.first("evaluator")
    if ev is None:
        raise GeniusError(source, f"{what} has no <evaluator> and no evaluated items", node.line)
    ftype = ev.attrs.get("ftype", "linear").strip().lower()
    ewhat = f"{what}: the evaluator"

    def clamp(u: float) -> float:
        return 0.0 if math.isnan(u) else min(1.0, max(0.0, u))

    if ftype == "linear" and issue.kind == "integer":
        # GENIUS's integer evaluator: offset + slope × (value − the profile's lower bound).
        lower = (
            _whole(node, "lowerbound", source, what) if "lowerbound" in node.attrs else issue.lower
        )
        slope = _param(ev, ("slope", "parameter1"), None, source, ewhat)
        offset = _param(ev, ("offset", "parameter0"), 0.0, source, ewhat)
        sign = "−" if slope < 0 else "+"
        rule = f"{_fmt(offset)} {sign} {_fmt(abs(slope))} × (value − {_fmt(lower)})"
        utilities = [clamp(offset + slope * (x - lower)) for x in issue.numbers]
    elif ftype == "linear":
        # GENIUS's real evaluator: parameter0 + parameter1 × value.
        slope = _param(ev, ("parameter1", "slope"), None, source, ewhat)
        offset = _param(ev, ("parameter0", "offset"), 0.0, source, ewhat)
        rule = f"{_fmt(offset)} {'−' if slope < 0 else '+'} {_fmt(abs(slope))} × value"
        utilities = [clamp(offset + slope * x) for x in issue.numbers]
    elif ftype == "constant":
        c = _param(ev, ("parameter0",), None, source, ewhat)
        rule = f"the constant {_fmt(c)}"
        utilities = [clamp(c)] * len(issue.numbers)
    elif ftype == "triangular":
        lo = _param(ev, ("parameter0",), None, source, ewhat)
        hi = _param(ev, ("parameter1",), None, source, ewhat)
        top = _param(ev, ("parameter2",), None, source, ewhat)
        rule = f"a triangle rising from {_fmt(lo)} to 1 at {_fmt(top)} and falling to {_fmt(hi)}"

        def tri(x: float) -> float:  # GENIUS's evalTriangular, in its order of tests
            if x < lo:
                return 0.0
            if x < top:
                return (x - lo) / (top - lo)
            if x < hi:
                return 1 - (x - top) / (hi - top)
            return 0.0

        utilities = [clamp(tri(x)) for x in issue.numbers]
    else:
        raise GeniusError(
            source,
            f"{ewhat} has ftype {ftype[:40]!r}; supported: linear, constant, triangular",
            ev.line,
        )
    return utilities, f"score = 100 × ({rule}), kept within 0–100"


def _weights(
    source: str, objective: _Node, by_name: dict[str, _Node], issues: list[_DomainIssue]
) -> list[float]:
    """GENIUS keeps weights in <weight index=".."> elements next to the issues, matched by the
    issue's index; some writers put a ``weight`` attribute (or a <weight> child) on the issue."""
    by_index: dict[int, tuple[float, _Node]] = {}
    for w in objective.kids("weight"):
        index = _whole(w, "index", source, "a <weight>")
        if index in by_index:
            raise GeniusError(source, f"two weights have index {index}", w.line)
        by_index[index] = (_number(w, "value", source, f"the weight with index {index}"), w)
    weights = []
    for issue in issues:
        node = by_name[issue.name]
        what = f"issue {issue.name[:60]!r}"
        weight: float | None = None
        if by_index and "index" in node.attrs:
            found = by_index.get(_whole(node, "index", source, what))
            if found is not None:
                weight = found[0]
        if weight is None and "weight" in node.attrs:
            weight = _number(node, "weight", source, what)
        child = node.first("weight")
        if weight is None and child is not None:
            weight = _number(child, "value", source, f"{what}: its <weight>")
        if weight is None:
            index = node.attrs.get("index", "")[:20]
            raise GeniusError(
                source,
                f"{what} has no weight (no <weight index={index!r}> element and no weight "
                "attribute)",
                node.line,
            )
        if weight < 0:
            raise GeniusError(source, f"{what} has a negative weight ({_fmt(weight)})", node.line)
        weights.append(weight)
    total = sum(weights)
    if not (math.isfinite(total) and total > 0):
        raise GeniusError(
            source,
            f"the issue weights add up to {_fmt(total)}; they must add up to more than 0",
            objective.line,
        )
    return weights


def _read_profile(source: str, root: _Node, issues: list[_DomainIssue], domain: str) -> _Profile:
    space = _utility_space(root, source, "profile")
    objective = _objective(space, source)
    nonlinear = [n for n in objective.children if n.tag in ("utility_function", "utility", "ufun")]
    if nonlinear or space.attrs.get("type", "").strip().lower() in ("nonlinear", "constraint"):
        raise GeniusError(
            source,
            "is a non-linear utility space; only additive profiles (weights and evaluations) "
            "can be imported",
            space.line,
        )
    by_name: dict[str, _Node] = {}
    for node in objective.kids("issue"):
        name = _name(node, "name", source, "an issue")
        if name in by_name:
            raise GeniusError(source, f"two issues are named {name[:60]!r}", node.line)
        by_name[name] = node
    evaluated = any(
        i.attrs.get("evaluation") is not None for n in by_name.values() for i in _items(n)
    )
    if (
        not evaluated
        and not objective.kids("weight")
        and not any(n.first("evaluator") for n in by_name.values())
    ):
        raise GeniusError(
            source,
            "has no weights and no evaluations: is it a domain file? Give the domain first, "
            "then one profile per party",
            space.line,
        )
    names = {i.name for i in issues}
    for name, node in by_name.items():
        if name not in names:
            raise GeniusError(
                source, f"issue {name[:60]!r} is not an issue of the domain {domain}", node.line
            )
    for issue in issues:
        if issue.name not in by_name:
            raise GeniusError(
                source,
                f"has no issue {issue.name[:60]!r} (an issue of the domain {domain})",
                objective.line,
            )
    utilities, notes = [], []
    for issue in issues:
        node = by_name[issue.name]
        what = f"issue {issue.name[:60]!r}"
        if issue.kind == "real" and _items(node):
            raise GeniusError(source, f"{what} is real-valued; items cannot evaluate it", node.line)
        if issue.kind == "discrete" or (issue.kind == "integer" and _items(node)):
            u, note = _discrete_utilities(source, node, issue, domain, what)
        else:
            u, note = _numeric_utilities(source, node, issue, what)
        utilities.append(u)
        notes.append(note)
    weights = _weights(source, objective, by_name, issues)
    reservation = discount = None
    for tag in ("reservation", "discount_factor"):
        node = space.first(tag) or objective.first(tag)
        if node is None:
            continue
        value = _number(node, "value", source, f"<{tag}>")
        if not 0 <= value <= 1:
            raise GeniusError(
                source, f"<{tag}> value {_fmt(value)} is not between 0 and 1", node.line
            )
        if tag == "reservation":
            reservation = value
        else:
            discount = value
    return _Profile(source, weights, utilities, notes, reservation, discount)


# -- the scenario -------------------------------------------------------------------------------


def slugify(text: str, fallback: str) -> str:
    """An id from a name: ASCII letters, digits and ``_.-``, starting with a letter or digit."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").strip()
    if re.match(r"-\d", text):
        text = "minus" + text
    slug = _ID_BAD.sub("-", text).lstrip("_.-")[:64].rstrip("-")
    return slug or fallback


class _Ids:
    """Unique ids from slugs: the second "x" becomes "x-2", the third "x-3" and so on.

    Remembers the next number to try per slug, so that many names with the same slug (names in
    a script with no ASCII letters all become the fallback) cost linear, not quadratic, time."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.next: dict[str, int] = {}

    def __call__(self, slug: str) -> str:
        out, n = slug, self.next.get(slug, 2)
        while out in self.taken:
            out = f"{slug[: 64 - len(str(n)) - 1]}-{n}"
            n += 1
        self.next[slug] = n
        self.taken.add(out)
        return out


def points(weights: list[float]) -> list[float]:
    """Weights as points adding up to exactly 100.00: hundredths by the largest remainder."""
    total = sum(weights)
    exact = [w / total * 10_000 for w in weights]
    units = [math.floor(x) for x in exact]
    missing = max(0, min(len(units), 10_000 - sum(units)))
    order = sorted(range(len(units)), key=lambda i: (-(exact[i] - units[i]), i))
    for i in order[:missing]:
        units[i] += 1
    return [u / 100 for u in units]


def percent(x: float) -> float:
    """100 × a GENIUS number (an evaluation or a reservation value, 0–1) as a score or
    reservation on 0–100, to 15 significant digits: GENIUS's own precision kept, the float
    noise of the product dropped."""
    return float(f"{100 * x:.15g}")


def _discount_note(prof: _Profile) -> str:
    if prof.discount is None:
        return "The profile gives no GENIUS discount factor."
    return (
        f"GENIUS discount factor {_fmt(prof.discount)} (kept as a note: Negotiator does not "
        "discount over time)."
    )


def _default_names(n: int) -> list[str]:
    return [chr(ord("A") + k) if k < 26 else f"Party {k + 1}" for k in range(n)]


@dataclass(slots=True)
class ProfileSummary:
    """What the scenario cannot hold, for the command's report."""

    party: str
    file: str
    reservation: float | None
    discount: float | None


@dataclass(slots=True)
class GeniusImport:
    scenario: Scenario
    profiles: list[ProfileSummary]


def import_genius(
    domain_path: str | os.PathLike[str],
    profile_paths: list[str | os.PathLike[str]] | tuple[str | os.PathLike[str], ...],
    *,
    names: list[str] | None = None,
    title: str | None = None,
    as_of: dt.date | None = None,
    bins: int | None = None,
) -> GeniusImport:
    """Read a domain and one profile per party; see ``read_genius``."""
    profile_paths = list(profile_paths)
    if len(profile_paths) < 2:
        raise GeniusError("genius import", "give at least two profiles, one per party")
    if bins is not None and not 2 <= bins <= MAX_OPTIONS:
        raise GeniusError("genius import", f"bins must be 2 to {MAX_OPTIONS}, not {bins}")
    if names is None:
        names = _default_names(len(profile_paths))
    if len(names) != len(profile_paths):
        raise GeniusError(
            "genius import",
            f"{len(names)} party names for {len(profile_paths)} profiles; "
            "give one name per profile",
        )
    for name in names:
        if not name.strip() or len(name) > 200:
            raise GeniusError("genius import", f"party name {name[:40]!r} must be 1–200 characters")
    domain_source, domain_root = _load(domain_path)
    issues = _read_domain(domain_source, domain_root, bins)
    domain_file = Path(domain_path).name
    profiles = []
    for path in profile_paths:
        source, root = _load(path)
        profiles.append(_read_profile(source, root, issues, domain_file))

    today = dt.date.today()
    if not (title and title.strip()):
        title = domain_file[:-4] if domain_file.lower().endswith(".xml") else domain_file
    party_id = _Ids()
    parties, preferences, summaries = [], [], []
    for k, (name, prof) in enumerate(zip(names, profiles, strict=True)):
        pid = party_id(slugify(name, "party"))
        file = Path(prof.source).name
        parties.append(
            Party(
                id=pid,
                name=name.strip(),
                colour=_COLOURS[k % len(_COLOURS)],
                notes=f"Preferences from the GENIUS profile {file}. {_discount_note(prof)}",
            )
        )
        summaries.append(ProfileSummary(pid, file, prof.reservation, prof.discount))
    issue_id = _Ids()
    model_issues = []
    for issue in issues:
        option_id = _Ids()
        model_issues.append(
            Issue(
                id=issue_id(slugify(issue.name, "issue")),
                title=issue.name,
                description=issue.description,
                options=[
                    Option(
                        id=option_id(slugify(label, "option")),
                        label=label,
                        description=desc,
                    )
                    for label, desc in zip(issue.labels, issue.descriptions, strict=True)
                ],
                tags=["genius"],
            )
        )
    for party, prof in zip(parties, profiles, strict=True):
        file = Path(prof.source).name
        total = sum(prof.weights)
        scaled = (
            "" if abs(total - 1) < 1e-9 else f" (they added up to {_fmt(total)}, so were scaled)"
        )
        by_issue = {}
        for mi, weight, pts, utils, note in zip(
            model_issues,
            prof.weights,
            points(prof.weights),
            prof.utilities,
            prof.notes,
            strict=True,
        ):
            by_issue[mi.id] = IssuePreference(
                weight=pts,
                scores={o.id: percent(u) for o, u in zip(mi.options, utils, strict=True)},
                rationale=f"GENIUS weight {_fmt(weight)}; {note}.",
            )
        preferences.append(
            Preferences(
                party=party.id,
                issues=by_issue,
                reservation=Reservation(
                    value=None if prof.reservation is None else percent(prof.reservation),
                    rationale=f"GENIUS reservation value {_fmt(prof.reservation)} × 100."
                    if prof.reservation is not None
                    else f"{file} gives no reservation value (GENIUS would use 0); none is set.",
                ),
                basis=Basis.ESTIMATE,
                rationale=f"Numbers from the GENIUS profile {file}: weights are the GENIUS weights "
                f"as points adding up to 100{scaled}, scores are 100 × GENIUS evaluations. "
                + _discount_note(prof),
            )
        )
    sources = [domain_file, *(Path(p.source).name for p in profiles)]
    scenario = Scenario(
        id=slugify(title, "genius"),
        title=title,
        as_of=as_of or today,
        perspective=parties[0].id,
        description=f"Imported from the GENIUS domain {domain_file} and the profiles "
        + ", ".join(sources[1:])
        + ".",
        provenance=Provenance(
            sources=sources,
            created=today,
            notes="negotiator import-genius: weights are GENIUS weights as points adding up to "
            "100 (hundredths, largest remainder), scores are 100 × GENIUS evaluations "
            "(discrete: evaluation ÷ the issue's best), reservation values × 100; discount "
            "factors are kept in the parties' notes.",
        ),
        parties=parties,
        issues=model_issues,
        preferences=preferences,
    )
    problems = validate(scenario)
    if problems.has_errors():  # a bug of ours, or an input we failed to check: say so clearly
        first = problems.errors[0]
        raise GeniusError(domain_source, f"the imported scenario is not valid: {first}")
    return GeniusImport(scenario, summaries)


def read_genius(
    domain_path: str | os.PathLike[str],
    profile_paths: list[str | os.PathLike[str]] | tuple[str | os.PathLike[str], ...],
    *,
    names: list[str] | None = None,
    title: str | None = None,
    as_of: dt.date | None = None,
    bins: int | None = None,
) -> Scenario:
    """A scenario from a GENIUS domain file and one additive profile per party.

    Parties are named ``names`` (default A, B, …) in profile order; the first is the
    perspective. Issues and options keep the GENIUS names as titles and labels, with ids made
    from them. Raises ``GeniusError`` (file, line, what) for any input that cannot be imported,
    including profiles that do not match the domain.
    """
    return import_genius(
        domain_path, profile_paths, names=names, title=title, as_of=as_of, bins=bins
    ).scenario
