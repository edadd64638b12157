"""Meaning checks on a whole scenario: unique ids, references that resolve, numbers in range.

Type checks belong to the file reader; these checks apply to any scenario, however it was made
(read from a file, built by an import, edited by commands), and report JSON paths in the file
layout so a user can find the place.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any

import numpy as np

from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.core.model import (
    VALUE_OPS,
    Authority,
    EffectOp,
    Measure,
    Range,
    Role,
    Scenario,
    Scope,
    TradeFlows,
)
from negotiator_gui.core.preference_ranges import range_problem
from negotiator_gui.core.problems import Problems, key_path
from negotiator_gui.core.text import REPLACEMENT, SURROGATE, code_point, has_unsafe, unsafe_chars

# \Z, not $: "$" also matches before a final line break, which would let "US\n" pass as an id.
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}\Z")
HS_RE = re.compile(r"^[0-9]{2,10}\Z")
COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}\Z")

#: Rates above this (1000 %) are taken to be a typing or unit mistake.
MAX_RATE = 10.0
#: Weights are entered as 100 points; a sum further off than this is reported.
WEIGHT_TOLERANCE = 0.01
#: Longest text in one field (a long note is fine; a megabyte of junk is not). The file reader
#: refuses longer text, so a scenario that passes these checks can be saved and opened again.
MAX_TEXT = 100_000
#: Texts with characters exports replace (``core.text``) that are named one by one; the rest
#: are counted in one line, so a file full of them cannot crowd out the errors.
MAX_REPLACED_TEXTS = 10


def validate(
    scenario: Scenario,
    problems: Problems | None = None,
    *,
    flows: bool = True,
    texts: bool = True,
) -> Problems:
    """Check a scenario; returns the problems found (errors and warnings).

    ``flows=False`` skips the trade-flow table (the only part whose cost grows with data size),
    for checking an edit that does not touch it; ``texts=False`` skips the scan of every text
    for one the file reader would refuse, for checking an edit whose new values were scanned
    alone (``texts_suspect``): the scan was most of the time of checking an edit."""
    pr = problems if problems is not None else Problems()
    if not ID_RE.match(scenario.id):
        pr.error("$.id", tr("{id!r} is not a valid id").format(id=scenario.id[:40]))
    if texts and texts_suspect(scenario):  # a quick scan first: paths are only built to report
        _check_texts(scenario, "$", pr)
    party_ids = _unique(pr, "$.parties", (p.id for p in scenario.parties), N_("party"))
    _check_parties(scenario, pr)
    if scenario.perspective not in party_ids:
        pr.error(
            "$.perspective",
            tr("unknown party {party!r}").format(party=scenario.perspective),
        )
    elif scenario.party(scenario.perspective).role is not Role.NEGOTIATOR:
        pr.error(
            "$.perspective",
            tr("party {perspective!r} does not negotiate").format(perspective=scenario.perspective),
        )

    measure_ids = _unique(pr, "$.measures", (m.id for m in scenario.measures), N_("measure"))
    added = {
        e.new_measure.id
        for i in scenario.issues
        for o in i.options
        for e in o.effects
        if e.new_measure is not None
    }
    for k, m in enumerate(scenario.measures):
        _check_measure(m, f"$.measures[{k}]", party_ids, pr)

    _unique(pr, "$.issues", (i.id for i in scenario.issues), N_("issue"))
    _check_issues(scenario, party_ids, measure_ids | added, pr)
    _check_preferences(scenario, party_ids, pr)
    _check_cards(scenario, party_ids, pr)
    _check_rules(scenario, measure_ids | added, pr)
    if flows:
        _check_flows(scenario, party_ids, pr)
    _check_elasticities(scenario, party_ids, pr)
    pkg_ids = _unique(pr, "$.packages", (p.id for p in scenario.packages), N_("package"))
    for k, pkg in enumerate(scenario.packages):
        _check_choices(scenario, pkg.choices, f"$.packages[{k}].choices", pr)
    _check_choices(scenario, scenario.working_package, "$.working_package", pr)
    _unique(pr, "$.offers", (o.id for o in scenario.offers), N_("offer"))
    for k, off in enumerate(scenario.offers):
        path = f"$.offers[{k}]"
        if off.party not in party_ids:
            pr.error(f"{path}.party", tr("unknown party {party!r}").format(party=off.party))
        if off.round < 1:
            pr.error(
                f"{path}.round", tr("round must be 1 or more, not {round}").format(round=off.round)
            )
        _check_choices(scenario, off.choices, f"{path}.choices", pr)
    for k, prefs in enumerate(scenario.preferences):
        res = prefs.reservation
        if res.package and res.package not in pkg_ids:
            pr.error(
                f"$.preferences[{k}].reservation.package",
                tr("unknown package {package!r}").format(package=res.package),
            )
    return pr


def _unique(pr: Problems, path: str, ids: Iterable[str], what: str) -> set[str]:
    """Ids that are valid and unique; reports the others (``what`` is marked for translation)."""
    what = tr(what)
    seen: set[str] = set()
    for k, i in enumerate(ids):
        if not ID_RE.match(i):
            pr.error(
                f"{path}[{k}].id",
                tr("{id!r} is not a valid {what} id").format(id=i[:40], what=what),
            )
        elif i in seen:
            pr.error(f"{path}[{k}].id", tr("duplicate {what} id {id!r}").format(what=what, id=i))
        seen.add(i)
    return seen


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def _bad_text(value: str) -> bool:
    return len(value) > MAX_TEXT or has_unsafe(value)


def texts_suspect(root: Any) -> bool:
    """Whether ``_check_texts`` would report anything in ``root`` (a scenario, or any value or
    list of values that can go in one), without building a path for every value: the path
    strings (a regex per dict key) were most of the time of checking an edit."""
    stack = [root]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if _bad_text(value):
                return True
        elif isinstance(value, list | tuple):
            stack.extend(value)
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, TradeFlows):
            stack.extend((value.unit, value.source))
        elif isinstance(value, Enum) or value is None or isinstance(value, int | float):
            continue
        elif is_dataclass(value) and not isinstance(value, type):
            stack.extend(getattr(value, name) for name in _field_names(type(value)))
    return False


def _check_texts(value: Any, path: str, pr: Problems) -> None:
    """Text the file reader would refuse (an error): too long, or holding an unpaired surrogate
    (which cannot be encoded as UTF-8). Text holding a character that no workbook or PDF can
    hold (a control character, U+FFFE, U+FFFF) is a warning: the file keeps it, and exports
    show U+FFFD in its place (``core.text.safe_text``). The flow table's columns are ids and
    codes, checked elsewhere."""
    replaced: list[str] = []
    _walk_texts(value, path, pr, replaced)
    if len(replaced) > MAX_REPLACED_TEXTS:
        pr.warning(
            path,
            tr("{n} more texts hold characters that exports show as {mark} ({code})").format(
                n=len(replaced) - MAX_REPLACED_TEXTS, mark=REPLACEMENT, code=code_point(REPLACEMENT)
            ),
        )


def _walk_texts(value: Any, path: str, pr: Problems, replaced: list[str]) -> None:
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            pr.error(
                path,
                tr("text is {length:,} characters long; the limit is {limit:,}").format(
                    length=len(value), limit=MAX_TEXT
                ),
            )
        elif has_unsafe(value):
            _report_unsafe(value, path, pr, replaced)
    elif isinstance(value, list):
        for k, v in enumerate(value):
            _walk_texts(v, f"{path}[{k}]", pr, replaced)
    elif isinstance(value, dict):
        for k, v in value.items():
            _walk_texts(v, key_path(path, k), pr, replaced)
    elif isinstance(value, TradeFlows):
        _walk_texts(value.unit, f"{path}.unit", pr, replaced)
        _walk_texts(value.source, f"{path}.source", pr, replaced)
    elif is_dataclass(value) and not isinstance(value, Enum):
        for name in _field_names(type(value)):
            _walk_texts(getattr(value, name), f"{path}.{name}", pr, replaced)


def _report_unsafe(value: str, path: str, pr: Problems, replaced: list[str]) -> None:
    """Name the first character of ``value`` that exports replace, where it stands, and how
    many more there are."""
    found = unsafe_chars(value)
    surrogates = [(pos, ch) for pos, ch in found if SURROGATE.match(ch)]
    if surrogates:
        pos, ch = surrogates[0]
        pr.error(
            path,
            tr(
                "text holds an invalid character (an unpaired surrogate), {char} at position "
                "{pos}: no file can hold it"
            ).format(char=code_point(ch), pos=pos),
        )
        return
    replaced.append(path)
    if len(replaced) > MAX_REPLACED_TEXTS:
        return
    pos, ch = found[0]
    where = tr("{char} at position {pos}").format(char=code_point(ch), pos=pos)
    if len(found) > 1:
        where = tr("{first} and {n} more such characters").format(first=where, n=len(found) - 1)
    pr.warning(
        path,
        tr(
            "text holds a character no workbook or PDF can hold ({where}); exports show "
            "{mark} ({code}) instead"
        ).format(where=where, mark=REPLACEMENT, code=code_point(REPLACEMENT)),
    )


def _check_parties(s: Scenario, pr: Problems) -> None:
    if len(s.negotiators()) < 2:
        pr.error("$.parties", tr("a negotiation needs at least two parties with role 'negotiator'"))
    for k, p in enumerate(s.parties):
        if not COLOUR_RE.match(p.colour):
            pr.error(
                f"$.parties[{k}].colour",
                tr("colour must look like #1f77b4, not {colour!r}").format(colour=p.colour),
            )


def _check_rate(value: float | None, path: str, pr: Problems, lo: float = 0.0) -> None:
    if value is None:
        return
    if not math.isfinite(value):
        pr.error(path, tr("must be a finite number"))
    elif value < lo:
        pr.error(
            path,
            tr("rate {value:g} is negative").format(value=value)
            if lo == 0
            else tr("{value:g} is below {low:g}").format(value=value, low=lo),
        )
    elif value > MAX_RATE:
        pr.error(
            path,
            tr(
                "rate {value:g} is {percent:g} %, above the {limit:g} % limit "
                "(rates are fractions: 0.25 means 25 %)"
            ).format(value=value, percent=value * 100, limit=MAX_RATE * 100),
        )


def _check_scope(scope: Scope | None, path: str, pr: Problems) -> None:
    if scope is None:
        return
    for key, codes in (("include", scope.include), ("exclude", scope.exclude)):
        for k, c in enumerate(codes):
            if not HS_RE.match(c):
                pr.error(
                    f"{path}.{key}[{k}]",
                    tr("HS prefix must be 2–10 digits, not {code!r}").format(code=c),
                )


def _check_measure(m: Measure, path: str, party_ids: set[str], pr: Problems) -> None:
    if m.imposing not in party_ids:
        pr.error(f"{path}.imposing", tr("unknown party {party!r}").format(party=m.imposing))
    if not m.targets:
        pr.error(f"{path}.targets", tr("name at least one target party, or '*' for every partner"))
    for k, t in enumerate(m.targets):
        if t != "*" and t not in party_ids:
            pr.error(f"{path}.targets[{k}]", tr("unknown party {party!r}").format(party=t))
    _check_rate(m.rate, f"{path}.rate", pr)
    if m.in_base_rate:
        _check_rate(m.in_base_rate, f"{path}.in_base_rate", pr)
    _check_scope(m.scope, f"{path}.scope", pr)
    if m.effective and m.end and m.end < m.effective:
        pr.error(
            f"{path}.end",
            tr("ends ({end}) before it takes effect ({effective})").format(
                end=m.end, effective=m.effective
            ),
        )
    if m.announced and m.effective and m.effective < m.announced and not m.retroactive_from:
        pr.warning(f"{path}.effective", tr("takes effect before it was announced"))
    for k, sus in enumerate(m.suspensions):
        if sus.end and sus.end < sus.start:
            pr.error(
                f"{path}.suspensions[{k}].end",
                tr("ends ({end}) before it starts").format(end=sus.end),
            )
        _check_rate(sus.rate, f"{path}.suspensions[{k}].rate", pr)
    if m.quota is not None:
        if not (math.isfinite(m.quota.volume) and m.quota.volume >= 0):
            pr.error(f"{path}.quota.volume", tr("quota volume must be zero or more"))
        _check_rate(m.quota.in_quota_rate, f"{path}.quota.in_quota_rate", pr)
    if m.mode == "all_in" and not m.all_in_of:
        pr.warning(f"{path}.all_in_of", tr("an all-in floor usually includes 'mfn'"))


def _check_issues(s: Scenario, party_ids: set[str], measure_ids: set[str], pr: Problems) -> None:
    for k, issue in enumerate(s.issues):
        ipath = f"$.issues[{k}]"
        if not issue.options:
            pr.error(f"{ipath}.options", tr("an issue needs at least one option"))
        _unique(pr, f"{ipath}.options", (o.id for o in issue.options), N_("option"))
        for j, opt in enumerate(issue.options):
            opath = f"{ipath}.options[{j}]"
            for e_k, eff in enumerate(opt.effects):
                _check_effect(eff, f"{opath}.effects[{e_k}]", party_ids, measure_ids, pr)
            for c_k, com in enumerate(opt.commitments):
                cpath = f"{opath}.commitments[{c_k}]"
                if com.party not in party_ids:
                    pr.error(
                        f"{cpath}.party", tr("unknown party {party!r}").format(party=com.party)
                    )
                for name in ("amount", "usd_per_year"):
                    v = getattr(com, name)
                    if v is not None and not math.isfinite(v):
                        pr.error(f"{cpath}.{name}", tr("must be a finite number"))
                if com.product and not HS_RE.match(com.product):
                    pr.error(
                        f"{cpath}.product",
                        tr("HS prefix must be 2–10 digits: {product!r}").format(
                            product=com.product
                        ),
                    )


def _check_effect(eff, path: str, party_ids: set[str], measure_ids: set[str], pr: Problems) -> None:
    if eff.op is EffectOp.ADD_MEASURE:
        if eff.new_measure is None:
            pr.error(f"{path}.new_measure", tr("add_measure needs the measure to add"))
        else:
            if not ID_RE.match(eff.new_measure.id):
                pr.error(
                    f"{path}.new_measure.id",
                    tr("{id!r} is not a valid id").format(id=eff.new_measure.id[:40]),
                )
            _check_measure(eff.new_measure, f"{path}.new_measure", party_ids, pr)
        return
    if eff.measure not in measure_ids:
        pr.error(f"{path}.measure", tr("unknown measure {measure!r}").format(measure=eff.measure))
    if eff.op in VALUE_OPS:
        if eff.value is None:
            pr.error(f"{path}.value", tr("{op} needs a value").format(op=eff.op.value))
        elif eff.op is EffectOp.CUT:
            if not 0 <= eff.value <= 1:
                pr.error(
                    f"{path}.value",
                    tr("a cut is a fraction from 0 to 1, not {value:g}").format(value=eff.value),
                )
        elif eff.op is EffectOp.SWISS:
            if not (math.isfinite(eff.value) and eff.value > 0):
                pr.error(
                    f"{path}.value",
                    tr("the Swiss coefficient must be positive: {value:g}").format(value=eff.value),
                )
        elif eff.op is EffectOp.ADD_ON:
            _check_rate(eff.value, f"{path}.value", pr, lo=-MAX_RATE)
        else:
            _check_rate(eff.value, f"{path}.value", pr)
    _check_scope(eff.scope, f"{path}.scope", pr)


def _check_range(rng: Range | None, point: float, path: str, pr: Problems) -> None:
    """A preference range must be two finite numbers on 0–100 around its point estimate."""
    if rng is None:
        return
    why = range_problem(rng, point)
    if why is not None:
        lo, hi = rng if isinstance(rng, tuple) and len(rng) == 2 else (math.nan, math.nan)
        pr.error(path, tr(why).format(lo=lo, hi=hi, point=point))


def _check_preferences(s: Scenario, party_ids: set[str], pr: Problems) -> None:
    seen: set[str] = set()
    issues = _first_by_id(s.issues)
    for k, prefs in enumerate(s.preferences):
        path = f"$.preferences[{k}]"
        if prefs.party not in party_ids:
            pr.error(f"{path}.party", tr("unknown party {party!r}").format(party=prefs.party))
        elif prefs.party in seen:
            pr.error(
                f"{path}.party",
                tr("a second set of preferences for {party!r}").format(party=prefs.party),
            )
        seen.add(prefs.party)
        total = 0.0
        for issue_id, ip in prefs.issues.items():
            ipath = key_path(f"{path}.issues", issue_id)
            if issue_id not in issues:
                pr.error(ipath, tr("unknown issue {issue!r}").format(issue=issue_id))
                continue
            if not (math.isfinite(ip.weight) and ip.weight >= 0):
                pr.error(
                    f"{ipath}.weight",
                    tr("weight must be zero or more, not {weight!r}").format(weight=ip.weight),
                )
            else:
                total += ip.weight
            options = {o.id for o in issues[issue_id].options}
            for opt_id, score in ip.scores.items():
                spath = key_path(f"{ipath}.scores", opt_id)
                if opt_id not in options:
                    pr.error(spath, tr("unknown option {option!r}").format(option=opt_id))
                elif not (math.isfinite(score) and 0 <= score <= 100):
                    pr.error(spath, tr("score must be 0–100, not {score!r}").format(score=score))
            _check_range(ip.weight_range, ip.weight, f"{ipath}.weight_range", pr)
            for opt_id, rng in ip.score_ranges.items():
                rpath = key_path(f"{ipath}.score_ranges", opt_id)
                if opt_id not in options:
                    pr.error(rpath, tr("unknown option {option!r}").format(option=opt_id))
                elif opt_id not in ip.scores:
                    pr.error(rpath, tr("a range needs a score for the option"))
                else:
                    _check_range(rng, ip.scores[opt_id], rpath, pr)
        if prefs.issues and abs(total - 100) > WEIGHT_TOLERANCE:
            pr.warning(
                f"{path}.issues",
                tr("weights add up to {total:g}, not 100; they are scaled").format(total=total),
            )
        res = prefs.reservation
        if res.value is not None and res.package:
            pr.error(f"{path}.reservation", tr("give a value or a package, not both"))
        if res.value is not None and not (math.isfinite(res.value) and 0 <= res.value <= 100):
            pr.error(
                f"{path}.reservation.value",
                tr("must be 0–100, not {value!r}").format(value=res.value),
            )
        if res.range is not None:
            if res.value is None:
                pr.error(f"{path}.reservation.range", tr("a range needs a reservation value"))
            else:
                _check_range(res.range, res.value, f"{path}.reservation.range", pr)
    for p in s.negotiators():
        if p.id not in seen:
            pr.warning("$.preferences", tr("no preferences for party {id!r}").format(id=p.id))


def _check_cards(s: Scenario, party_ids: set[str], pr: Problems) -> None:
    card_ids = _unique(pr, "$.cards", (c.id for c in s.cards), N_("card"))
    issues = _first_by_id(s.issues)
    boards = {c.id: c.party for c in reversed(s.cards)}  # the first of duplicate ids counts
    for k, card in enumerate(s.cards):
        path = f"$.cards[{k}]"
        if card.party not in party_ids:
            pr.error(f"{path}.party", tr("unknown party {party!r}").format(party=card.party))
        if card.option and not card.issue:
            pr.error(f"{path}.option", tr("an option needs its issue"))
        if card.issue:
            if card.issue not in issues:
                pr.error(f"{path}.issue", tr("unknown issue {issue!r}").format(issue=card.issue))
            elif card.option and card.option not in {o.id for o in issues[card.issue].options}:
                pr.error(
                    f"{path}.option",
                    tr("unknown option {option!r} of {issue!r}").format(
                        option=card.option, issue=card.issue
                    ),
                )
        for j, link in enumerate(card.links):
            if link not in card_ids:
                pr.error(f"{path}.links[{j}]", tr("unknown card {link!r}").format(link=link))
            elif boards[link] == card.party:
                pr.error(
                    f"{path}.links[{j}]", tr("card {link!r} is on the same board").format(link=link)
                )
        for name in ("value_to_us", "cost_to_them"):
            v = getattr(card, name)
            if v is not None and not math.isfinite(v):
                pr.error(f"{path}.{name}", tr("must be a finite number"))


def _check_rules(s: Scenario, measure_ids: set[str], pr: Problems) -> None:
    _unique(pr, "$.stacking_rules", (r.id for r in s.stacking_rules), N_("rule"))
    authorities = {a.value for a in Authority}
    for k, rule in enumerate(s.stacking_rules):
        for key in ("when", "excludes"):
            sels = getattr(rule, key)
            if not sels:
                pr.error(f"$.stacking_rules[{k}].{key}", tr("name at least one selector"))
            for j, sel in enumerate(sels):
                p = f"$.stacking_rules[{k}].{key}[{j}]"
                if sel.startswith("#"):
                    if sel[1:] not in measure_ids:
                        pr.error(p, tr("unknown measure {measure!r}").format(measure=sel[1:]))
                elif sel.split(":", 1)[0] not in authorities:
                    pr.error(
                        p,
                        tr("unknown authority {authority!r} in selector {selector!r}").format(
                            authority=sel.split(":", 1)[0], selector=sel
                        ),
                    )


def _check_flows(s: Scenario, party_ids: set[str], pr: Problems) -> None:
    f = s.trade_flows
    n = len(f.product)
    if not all(len(getattr(f, c)) == n for c in f.COLUMNS):
        pr.error("$.trade_flows.rows", tr("the flow table's columns have different lengths"))
        return
    for col in ("importer", "exporter"):
        unknown = set(getattr(f, col)) - party_ids
        if unknown:
            k = getattr(f, col).index(sorted(unknown)[0])
            idx = f.COLUMNS.index(col)
            names = ", ".join(repr(u) for u in sorted(unknown)[:5])
            pr.error(
                f"$.trade_flows.rows[{k}][{idx}]", tr("unknown party {names}").format(names=names)
            )
    digits = _hs_digits(f.product) if n else None
    if n and digits is None:
        for k, code in enumerate(f.product):
            if not HS_RE.match(code):
                pr.error(
                    f"$.trade_flows.rows[{k}][2]",
                    tr("HS code must be 2–10 digits: {code!r}").format(code=code),
                )
                if pr.full:
                    return
    if not _keys_unique(f, digits):
        seen: set[tuple[str, str, str]] = set()
        for k, key in enumerate(zip(f.importer, f.exporter, f.product, strict=True)):
            if key in seen:
                pr.error(
                    f"$.trade_flows.rows[{k}]", tr("duplicate flow {key}").format(key="/".join(key))
                )
            seen.add(key)
    for col, idx, hi in (("value", 3, math.inf), ("mfn_rate", 4, MAX_RATE)):
        arr = np.asarray(getattr(f, col), dtype=float)
        bad = np.flatnonzero(~(np.isfinite(arr) & (arr >= 0) & (arr <= hi)))
        for k in bad[:10]:
            v = arr[k]
            if v < 0:
                why = tr("{column} {value:g} is negative")
            elif v > hi:
                why = tr("{column} {value:g} is above the 1000 % limit")
            else:
                why = tr("{column} {value:g} is not finite")
            pr.error(
                f"$.trade_flows.rows[{k}][{idx}]",
                why.format(column=col, value=v),
            )
        if len(bad) > 10:
            pr.error(
                "$.trade_flows.rows",
                tr("{n} more rows with a bad {column}").format(n=len(bad) - 10, column=col),
            )


#: ``_hs_digits`` reads up to this many characters of a code: one more than an HS code may have,
#: so that a longer one shows as too long.
_HS_WIDTH = 11


def _hs_digits(codes: list[str]) -> np.ndarray | None:
    """Every code as a row of its characters' code points (0 after its end), or None unless
    all are HS codes (2–10 ASCII digits). Vectorised: per-code checks were most of the cost
    of checking a 300,000-row table."""
    joined = "".join(codes)
    if not (joined.isascii() and joined.isdigit()):  # no NUL either, which numpy would drop
        return None
    chars = np.array(codes, dtype=f"U{_HS_WIDTH}").view(np.uint32).reshape(len(codes), _HS_WIDTH)
    lengths = np.count_nonzero(chars, axis=1)
    if lengths.min() < 2 or lengths.max() > 10:
        return None
    return chars


def _keys_unique(f: TradeFlows, digits: np.ndarray | None) -> bool:
    """No two rows share (importer, exporter, product)? With the codes' characters at hand,
    each key is packed into one integer (the parties numbered, each code read as a number in
    base 11 with 0 for "no more digits", so "01" and "010" differ) and the sorted integers
    compared, which is several times quicker than a set of 300,000 tuples."""
    n = len(f.product)
    if len(set(f.product)) == n:  # each code once (a table of one importer and exporter)
        return True
    numbers = {p: i for i, p in enumerate(set(f.importer) | set(f.exporter))}
    parties = len(numbers)
    if digits is None or parties * parties * 11**10 >= 2**63:
        return len(set(zip(f.importer, f.exporter, f.product, strict=True))) == n
    code = digits[:, :10].astype(np.int64) - (ord("0") - 1)
    np.maximum(code, 0, out=code)
    key = code @ (11 ** np.arange(10, dtype=np.int64))
    importer = np.fromiter(map(numbers.__getitem__, f.importer), np.int64, n)
    exporter = np.fromiter(map(numbers.__getitem__, f.exporter), np.int64, n)
    key += (importer * parties + exporter) * 11**10
    key.sort()
    return not bool(np.any(key[1:] == key[:-1]))


def _check_elasticities(s: Scenario, party_ids: set[str], pr: Problems) -> None:
    _unique(pr, "$.elasticities", (e.id for e in s.elasticities), N_("elasticity"))
    for k, e in enumerate(s.elasticities):
        path = f"$.elasticities[{k}]"
        if not (math.isfinite(e.value) and e.value > 0):
            pr.error(
                f"{path}.value",
                tr("an elasticity is a positive number, not {value!r}").format(value=e.value),
            )
        if e.importer and e.importer not in party_ids:
            pr.error(f"{path}.importer", tr("unknown party {party!r}").format(party=e.importer))
        if e.product and not HS_RE.match(e.product):
            pr.error(
                f"{path}.product",
                tr("HS prefix must be 2–10 digits: {product!r}").format(product=e.product),
            )
        for end in ("low", "high"):
            v = getattr(e, end)
            if v is not None and not (math.isfinite(v) and v > 0):
                pr.error(
                    f"{path}.{end}",
                    tr("a range end is a positive number, not {value!r}").format(value=v),
                )
        lo, hi = e.low, e.high
        if lo is not None and hi is not None and lo > hi:
            pr.error(
                f"{path}.low",
                tr("the range's low end {low:g} is above its high end {high:g}").format(
                    low=lo, high=hi
                ),
            )
        elif math.isfinite(e.value) and (
            (lo is not None and math.isfinite(lo) and e.value < lo)
            or (hi is not None and math.isfinite(hi) and e.value > hi)
        ):
            pr.error(
                f"{path}.value",
                tr("the value {value:g} lies outside its range {low}–{high}").format(
                    value=e.value,
                    low="…" if lo is None else f"{lo:g}",
                    high="…" if hi is None else f"{hi:g}",
                ),
            )


def _check_choices(s: Scenario, choices: dict[str, str], path: str, pr: Problems) -> None:
    issues = _first_by_id(s.issues)
    for issue_id, opt_id in choices.items():
        if issue_id not in issues:
            pr.error(key_path(path, issue_id), tr("unknown issue {issue!r}").format(issue=issue_id))
        elif opt_id not in {o.id for o in issues[issue_id].options}:
            pr.error(
                key_path(path, issue_id),
                tr("unknown option {option!r} of issue {issue!r}").format(
                    option=opt_id, issue=issue_id
                ),
            )


def _first_by_id(items: list) -> dict:
    """Entities by id; of duplicate ids (reported elsewhere) the first counts, as in lookups."""
    out: dict = {}
    for item in items:
        out.setdefault(item.id, item)
    return out
