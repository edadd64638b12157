"""The tariff stack: what rate each (importer, exporter, product line) pays on a date, and why.

Measures are legal layers (MFN, Section 232, IEEPA baseline and country rates, 301, quotas …) with
HS-prefix scopes, dates, suspension windows and all-in floors; stacking rules are data of the
scenario. The engine is vectorised: lines are sorted once by (importer, exporter, product) so
that every HS prefix of a measure's scope is a contiguous run of rows found by binary search, and
each measure then touches only the rows it covers. ``explain_line`` is the same logic written
plainly for one line: it gives the breakdown users see ("why does this line pay 27.5 %") and is
the reference the vectorised code is tested against.

Semantics (documented for users in docs/tariff-engine.md):
- A measure is *in force* on a date from ``retroactive_from`` (or else ``effective``; no date means
  always) up to and including ``end``. Inside a suspension window it is paused (``rate`` None) or
  applied at the window's rate.
- It *covers* a line when the line's importer is the imposing party, its exporter is a target (or
  any partner but the importer for ``*``), and its product code starts with an ``include`` prefix
  (none given: every product) and with no ``exclude`` prefix. A scope prefix finer than a line's
  code (``8703`` against a chapter-level line ``87``) does not cover it: such lines are reported
  (``coarse_lines``) so the user can split them.
- A stacking rule fires on a line where any measure matching ``when`` is in force and covers it;
  measures matching ``excludes`` then do not apply there. Rules are judged on coverage, not on
  each other's outcome, so their order never matters (and a 0 % measure still excludes).
- MFN measures replace the line's base MFN rate (the flow table's ``mfn_rate``); other additive
  measures add their rate; all-in measures (``mode`` all_in) add ``max(0, rate − the rates of the
  authorities in all_in_of)`` after all additive layers (the "15 % including MFN" deals).
- A measure with ``in_base_rate`` replaces that much of the line's base rate while it applies
  (the base year's duties already held an earlier layer of it: no double counting); the part
  taken out is at most the base rate.
- A tariff-rate quota (``quota``) in the flow table's currency is shared by the lines the measure
  covers: the in-quota share pays ``in_quota_rate``, the rest the measure's rate (a value-weighted
  average). A quota in physical units cannot be compared with values: the out-of-quota (marginal)
  rate applies and a warning says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from negotiator_gui.core.i18n import N_, local, number, tr
from negotiator_gui.core.model import Authority, Measure, MeasureMode, StackingRule, TradeFlows

#: The name each legal layer is shown under (translated when shown: ``authority_name``).
AUTHORITY_NAMES: dict[str, str] = {
    Authority.MFN.value: N_("MFN"),
    Authority.S232.value: N_("Section 232"),
    Authority.IEEPA_BASELINE.value: N_("IEEPA baseline"),
    Authority.IEEPA_COUNTRY.value: N_("IEEPA reciprocal (by country)"),
    Authority.S301.value: N_("Section 301"),
    Authority.S122.value: N_("Section 122"),
    Authority.TRQ.value: N_("Tariff-rate quota"),
    Authority.RETALIATION.value: N_("Retaliation"),
    Authority.OTHER.value: N_("Other"),
}
#: How a measure's rate combines, as shown.
MODE_NAMES: dict[str, str] = {
    MeasureMode.ADDITIVE.value: N_("additive"),
    MeasureMode.ALL_IN.value: N_("all-in"),
}
#: A layer's status in the breakdown (``Layer.status`` keeps the key), as shown.
STATUS_NAMES: dict[str, str] = {
    "applied": N_("applied"),
    "excluded": N_("excluded"),
    "paused": N_("paused"),
    "not in force": N_("not in force"),
    "not covered": N_("not covered"),
}


def authority_name(authority: str) -> str:
    """The legal layer's name in the user's language (an unknown value as it is)."""
    key = str(getattr(authority, "value", authority))
    return tr(AUTHORITY_NAMES[key]) if key in AUTHORITY_NAMES else key


def mode_name(mode: str) -> str:
    """A measure mode's name in the user's language."""
    key = str(getattr(mode, "value", mode))
    return tr(MODE_NAMES[key]) if key in MODE_NAMES else key


def status_name(status: str) -> str:
    """A breakdown layer's status in the user's language."""
    return tr(STATUS_NAMES[status]) if status in STATUS_NAMES else status


def percent(rate: float, digits: int = 4) -> str:
    """A share as a percentage with up to ``digits`` significant digits, in the user's locale
    (0.275 → "27.5 %")."""
    text = f"{rate * 100:.{digits}g}"
    if "e" in text:
        return f"{text} %"
    decimals = len(text.split(".")[1]) if "." in text else 0
    return number(rate * 100, decimals) + " %"


ONE_DAY = dt.timedelta(days=1)


# -- dates -------------------------------------------------------------------------------------


def in_force_from(m: Measure) -> dt.date | None:
    """The first day a measure counts: its retroactive date if any, else its effective date."""
    if m.retroactive_from and (m.effective is None or m.retroactive_from < m.effective):
        return m.retroactive_from
    return m.effective


def rate_on(m: Measure, day: dt.date) -> float | None:
    """The measure's rate on ``day``, or None when it is not in force or is paused."""
    start = in_force_from(m)
    if (start is not None and day < start) or (m.end is not None and day > m.end):
        return None
    for sus in m.suspensions:
        if sus.start <= day and (sus.end is None or day <= sus.end):
            return sus.rate
    return m.rate


def change_dates(measures: Iterable[Measure]) -> list[dt.date]:
    """Every date on which some measure's rate can change (starts, day after ends, windows)."""
    dates: set[dt.date] = set()
    for m in measures:
        start = in_force_from(m)
        if start:
            dates.add(start)
        if m.end:
            dates.add(m.end + ONE_DAY)
        for sus in m.suspensions:
            dates.add(sus.start)
            if sus.end:
                dates.add(sus.end + ONE_DAY)
    return sorted(dates)


# -- selectors ---------------------------------------------------------------------------------


def matches(selector: str, m: Measure) -> bool:
    """A stacking-rule selector: ``#id``, ``authority`` or ``authority:programme``."""
    if selector.startswith("#"):
        return m.id == selector[1:]
    authority, _, programme = selector.partition(":")
    if authority != m.authority:
        return False
    return not programme or programme == m.programme


def _prefix_upper(prefix: str) -> str:
    """The smallest string above every string starting with ``prefix`` (same length)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _scope_covers(product: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    if include and not any(product.startswith(p) for p in include):
        return False
    return not any(product.startswith(p) for p in exclude)


# -- prepared lines ----------------------------------------------------------------------------


@dataclass(eq=False)
class Lines:
    """A flow table prepared for the engine: numpy columns, sorted order and block index.

    Preparation is done once per flow table (it sorts); every rate computation after it only
    touches the rows each measure covers. Arrays are in the flow table's row order; ``perm``
    maps sorted position to row.
    """

    parties: tuple[str, ...]
    importer: np.ndarray
    exporter: np.ndarray
    product: np.ndarray
    value: np.ndarray
    mfn: np.ndarray
    unit: str = "USD"
    perm: np.ndarray = field(init=False)
    #: Row of each sorted position's inverse: ``x_sorted[inv_perm]`` is ``x`` in row order. A
    #: gather is several times quicker than the scatter ``out[perm] = x_sorted`` on a large
    #: table, and every rate computation ends with one.
    inv_perm: np.ndarray = field(init=False)
    _sorted_product: np.ndarray = field(init=False)
    _blocks: dict[tuple[int, int], tuple[int, int]] = field(init=False)
    _range_cache: dict[tuple, list[tuple[int, int]]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.perm = np.lexsort((self.product, self.exporter, self.importer))
        self.inv_perm = np.empty_like(self.perm)
        self.inv_perm[self.perm] = np.arange(len(self.perm), dtype=self.perm.dtype)
        self._sorted_product = self.product[self.perm]
        imp, exp = self.importer[self.perm], self.exporter[self.perm]
        key = imp * (len(self.parties) + 1) + exp
        starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else np.zeros(0, int)
        ends = np.r_[starts[1:], len(key)] if len(key) else np.zeros(0, int)
        self._blocks = {
            (int(imp[a]), int(exp[a])): (int(a), int(b)) for a, b in zip(starts, ends, strict=True)
        }
        self._range_cache = {}

    @classmethod
    def from_flows(cls, flows: TradeFlows, parties: Sequence[str]) -> Lines:
        index = {p: i for i, p in enumerate(parties)}
        width = max((len(p) for p in flows.product), default=2)
        return cls(
            parties=tuple(parties),
            importer=np.fromiter((index[x] for x in flows.importer), np.int64, len(flows)),
            exporter=np.fromiter((index[x] for x in flows.exporter), np.int64, len(flows)),
            product=np.array(flows.product, dtype=f"<U{width}"),
            value=np.asarray(flows.value, dtype=np.float64),
            mfn=np.asarray(flows.mfn_rate, dtype=np.float64),
            unit=flows.unit,
        )

    def __len__(self) -> int:
        return len(self.product)

    def party_index(self, party: str) -> int:
        return self.parties.index(party)

    def ranges(self, m: Measure) -> list[tuple[int, int]]:
        """Sorted-order row ranges a measure covers (cached by imposing, targets and scope)."""
        key = (m.imposing, tuple(m.targets), tuple(m.scope.include), tuple(m.scope.exclude))
        got = self._range_cache.get(key)
        if got is None:
            got = self._compute_ranges(m)
            if len(self._range_cache) > 4096:
                self._range_cache.clear()
            self._range_cache[key] = got
        return got

    def _compute_ranges(self, m: Measure) -> list[tuple[int, int]]:
        if m.imposing not in self.parties:
            return []
        imp = self.parties.index(m.imposing)
        if "*" in m.targets:
            exporters = [e for (i, e) in self._blocks if i == imp and e != imp]
        else:
            exporters = [self.parties.index(t) for t in m.targets if t in self.parties]
        out: list[tuple[int, int]] = []
        for exp in sorted(exporters):
            block = self._blocks.get((imp, exp))
            if block is None:
                continue
            a, b = block
            codes = self._sorted_product[a:b]
            runs = [(a, b)] if not m.scope.include else self._prefix_runs(codes, a, m.scope.include)
            for p in m.scope.exclude:
                lo = a + int(np.searchsorted(codes, p, "left"))
                hi = a + int(np.searchsorted(codes, _prefix_upper(p), "left"))
                runs = _subtract(runs, lo, hi)
            out.extend(runs)
        return out

    @staticmethod
    def _prefix_runs(codes: np.ndarray, offset: int, prefixes: Sequence[str]):
        runs = []
        for p in prefixes:
            lo = int(np.searchsorted(codes, p, "left"))
            hi = int(np.searchsorted(codes, _prefix_upper(p), "left"))
            if hi > lo:
                runs.append((offset + lo, offset + hi))
        return _union(runs)

    def coarse_lines(self, m: Measure) -> np.ndarray:
        """Rows whose code is a strict prefix of one of ``m``'s include prefixes (so not covered),
        for a partner with no finer line under that prefix. Where finer lines exist (``8703``
        beside ``87``), the coarse row is the rest of the heading and is rightly not covered."""
        if not m.scope.include or m.imposing not in self.parties:
            return np.array([], dtype=np.int64)
        imp = self.parties.index(m.imposing)
        if "*" in m.targets:
            pairs = [(i, e) for (i, e) in self._blocks if i == imp and e != imp]
        else:
            pairs = [(imp, self.parties.index(t)) for t in m.targets if t in self.parties]
        out: list[int] = []
        for pair in pairs:
            if pair not in self._blocks:
                continue
            a, b = self._blocks[pair]
            codes = self._sorted_product[a:b]
            for p in m.scope.include:
                for k in range(2, len(p)):
                    head = p[:k]
                    lo = int(np.searchsorted(codes, head, "left"))
                    hi = int(np.searchsorted(codes, _prefix_upper(head), "left"))
                    exact = [h for h in range(lo, hi) if codes[h] == head]
                    if exact and hi - lo == len(exact):  # no finer line: the row is the heading
                        out.extend(int(self.perm[a + h]) for h in exact)
        return np.array(sorted(set(out)), dtype=np.int64)


def _union(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(runs):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _subtract(runs: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    if hi <= lo:
        return runs
    out = []
    for a, b in runs:
        if b <= lo or a >= hi:
            out.append((a, b))
            continue
        if a < lo:
            out.append((a, lo))
        if b > hi:
            out.append((hi, b))
    return out


# -- rates -------------------------------------------------------------------------------------


@dataclass
class Rates:
    """Effective rates on one date, in the flow table's row order."""

    date: dt.date
    total: np.ndarray
    mfn: np.ndarray
    warnings: list[str] = field(default_factory=list)


def _quota_rate(lines: Lines, m: Measure, rate: float, runs: list[tuple[int, int]], value_s):
    """The value-weighted rate of a quota measure over the lines it covers (see module doc)."""
    if m.quota is None:
        return rate, None
    if m.quota.unit.strip().upper() != lines.unit.strip().upper():
        return rate, (
            f"quota of {m.id!r} is in {m.quota.unit}, the flows in {lines.unit}: the "
            "out-of-quota rate is used"
        )
    covered = sum(float(value_s[a:b].sum()) for a, b in runs)
    share_in = 1.0 if covered <= 0 else min(1.0, m.quota.volume / covered)
    return share_in * m.quota.in_quota_rate + (1 - share_in) * rate, None


def compute_rates(
    lines: Lines,
    measures: Sequence[Measure],
    rules: Sequence[StackingRule],
    day: dt.date,
) -> Rates:
    """Effective rate of every line on ``day`` (vectorised; see the module doc for semantics)."""
    n = len(lines)
    active = [(m, r) for m in measures if (r := rate_on(m, day)) is not None]
    runs = {id(m): lines.ranges(m) for m, _ in active}
    warnings: list[str] = []

    # Where does each rule fire? (judged on coverage: order-independent)
    excluded: dict[int, np.ndarray] = {}
    for rule in rules:
        firing = [m for m, _ in active if any(matches(s, m) for s in rule.when)]
        victims = [m for m, _ in active if any(matches(s, m) for s in rule.excludes)]
        if not firing or not victims:
            continue
        fire = np.zeros(n, dtype=bool)
        for m in firing:
            for a, b in runs[id(m)]:
                fire[a:b] = True
        for m in victims:
            if id(m) in excluded:
                excluded[id(m)] |= fire
            else:
                excluded[id(m)] = fire.copy()

    value_s: np.ndarray | None = None  # only quotas need the values (sorted), taken once
    mfn_s = lines.mfn[lines.perm]  # a fancy index is already a copy, changed below
    ordered = sorted(active, key=lambda mr: _phase(mr[0]))
    tracked = {a for m, _ in active if m.mode is MeasureMode.ALL_IN for a in m.all_in_of}
    by_auth: dict[str, np.ndarray] = {}
    total = None
    for m, rate in ordered:
        phase = _phase(m)
        if phase > 0 and total is None:
            total = mfn_s.copy()
            by_auth = {a: (mfn_s if a == Authority.MFN else np.zeros(n)) for a in tracked}
        ex = excluded.get(id(m))
        if m.quota is not None and value_s is None:
            value_s = lines.value[lines.perm]
        rate, warn = _quota_rate(lines, m, rate, runs[id(m)], value_s)
        if warn:
            warnings.append(warn)
        for a, b in runs[id(m)]:
            keep = 1.0 if ex is None else ~ex[a:b]
            if phase == 0:  # MFN: replace the base rate
                mfn_s[a:b] = np.where(keep, rate, mfn_s[a:b])
            elif phase == 1:  # additive layer
                add = rate * keep
                total[a:b] += add
                if m.authority in by_auth:
                    by_auth[m.authority][a:b] += add
            else:  # all-in floor, after every additive layer
                base = sum((by_auth[x][a:b] for x in m.all_in_of), np.zeros(b - a))
                total[a:b] += np.maximum(0.0, rate - base) * keep
            if phase and m.in_base_rate > 0:  # replaces its earlier layer in the base rate
                total[a:b] -= np.minimum(m.in_base_rate, mfn_s[a:b]) * keep
    # back to row order by a gather (``inv_perm``); without any additive layer the total is
    # the MFN rate, and the two gathers give two separate arrays as before
    out_mfn = mfn_s[lines.inv_perm]
    out_total = total[lines.inv_perm] if total is not None else mfn_s[lines.inv_perm]
    return Rates(day, out_total, out_mfn, warnings)


def _phase(m: Measure) -> int:
    if m.authority is Authority.MFN and m.mode is MeasureMode.ADDITIVE:
        return 0
    return 2 if m.mode is MeasureMode.ALL_IN else 1


# -- the plain reference, and the breakdown users see --------------------------------------------


@dataclass(frozen=True)
class Layer:
    """One measure's part in a line's rate."""

    measure: str
    title: str
    authority: str
    status: str  # applied, excluded, paused, not in force, not covered
    rate: float | None  # the measure's rate on the date (None: paused / not in force)
    contribution: float  # what it adds to the line's total
    note: str = ""


@dataclass(frozen=True)
class Breakdown:
    importer: str
    exporter: str
    product: str
    date: dt.date
    base_mfn: float
    total: float
    layers: tuple[Layer, ...]

    def lines(self) -> list[str]:
        out = [
            f"{self.importer} ← {self.exporter}, {self.product}, on {self.date}: "
            f"{self.total * 100:.4g} %"
        ]
        out.append(f"  base MFN (flow table): {self.base_mfn * 100:.4g} %")
        for layer in self.layers:
            rate = "—" if layer.rate is None else f"{layer.rate * 100:.4g} %"
            out.append(
                f"  {layer.title} [{layer.authority}] {rate}: {layer.status}"
                f" → {layer.contribution * 100:+.4g} %" + (f" ({layer.note})" if layer.note else "")
            )
        return out


def explain_line(
    flows: TradeFlows,
    row: int,
    measures: Sequence[Measure],
    rules: Sequence[StackingRule],
    day: dt.date,
) -> Breakdown:
    """The rate of one line with each measure's part, written plainly (the engine's reference)."""
    imp, exp, product = flows.importer[row], flows.exporter[row], flows.product[row]
    base_mfn = float(flows.mfn_rate[row])

    def covers(m: Measure, i: str, e: str, p: str) -> bool:
        if i != m.imposing:
            return False
        if "*" in m.targets:
            if e == i:
                return False
        elif e not in m.targets:
            return False
        return _scope_covers(p, m.scope.include, m.scope.exclude)

    active = {m.id: rate_on(m, day) for m in measures}
    here = [m for m in measures if active[m.id] is not None and covers(m, imp, exp, product)]
    excluded_by: dict[str, str] = {}
    for rule in rules:
        if any(any(matches(s, m) for s in rule.when) for m in here):
            for m in here:
                if any(matches(s, m) for s in rule.excludes):
                    excluded_by.setdefault(m.id, rule.id)

    def quota_rate(m: Measure, rate: float) -> tuple[float, str]:
        if m.quota is None:
            return rate, ""
        if m.quota.unit.strip().upper() != flows.unit.strip().upper():
            return rate, tr("quota in other units: out-of-quota rate")
        covered = sum(
            float(flows.value[k])
            for k in range(len(flows))
            if covers(m, flows.importer[k], flows.exporter[k], flows.product[k])
        )
        share_in = 1.0 if covered <= 0 else min(1.0, m.quota.volume / covered)
        share = number(share_in * 100, 0) + " %"
        return share_in * m.quota.in_quota_rate + (1 - share_in) * rate, tr(
            "{share} in quota"
        ).format(share=share)

    mfn = base_mfn
    layers: list[Layer] = []
    parts: dict[str, float] = {Authority.MFN.value: 0.0}
    total_extra = 0.0
    for phase in (0, 1, 2):
        for m in measures:
            if _phase(m) != phase:
                continue
            rate = active[m.id]
            if rate is None:
                status = "paused" if _paused(m, day) else "not in force"
                layers.append(Layer(m.id, local(m, "title"), m.authority, status, None, 0.0))
                continue
            if m not in here:
                layers.append(Layer(m.id, local(m, "title"), m.authority, "not covered", rate, 0.0))
                continue
            if m.id in excluded_by:
                note = tr("rule {rule}").format(rule=excluded_by[m.id])
                layers.append(
                    Layer(m.id, local(m, "title"), m.authority, "excluded", rate, 0.0, note)
                )
                continue
            rate, note = quota_rate(m, rate)
            if phase == 0:
                mfn = rate
                layers.append(
                    Layer(
                        m.id, local(m, "title"), m.authority, "applied", rate, 0.0, tr("sets MFN")
                    )
                )
                continue
            if phase == 1:
                add = rate
                parts[m.authority] = parts.get(m.authority, 0.0) + rate
            else:
                base = sum(mfn if a == Authority.MFN else parts.get(a, 0.0) for a in m.all_in_of)
                add = max(0.0, rate - base)
                note = note or tr("all-in {rate} including {layers}").format(
                    rate=percent(rate), layers=" + ".join(authority_name(a) for a in m.all_in_of)
                )
            if m.in_base_rate > 0:
                held = min(m.in_base_rate, mfn)
                add -= held
                note = ", ".join(
                    x
                    for x in (
                        note,
                        tr("replaces {rate} already in the base rate").format(rate=percent(held)),
                    )
                    if x
                )
            total_extra += add
            layers.append(Layer(m.id, local(m, "title"), m.authority, "applied", rate, add, note))
    return Breakdown(imp, exp, product, day, mfn, mfn + total_extra, tuple(layers))


def _paused(m: Measure, day: dt.date) -> bool:
    start = in_force_from(m)
    if (start is not None and day < start) or (m.end is not None and day > m.end):
        return False
    return any(s.start <= day and (s.end is None or day <= s.end) for s in m.suspensions)


# -- trade-weighted rates and the timeline -------------------------------------------------------


def weighted_by(
    keys: np.ndarray, weights: np.ndarray, rates: np.ndarray, n_keys: int
) -> np.ndarray:
    """Σ M·t / Σ M per key (NaN for a key with no trade)."""
    num = np.bincount(keys, weights=weights * rates, minlength=n_keys)
    den = np.bincount(keys, weights=weights, minlength=n_keys)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


@dataclass(frozen=True)
class Timeline:
    """Trade-weighted rates as steps: ``rates[i, k]`` holds for key ``k`` from ``dates[i]`` until
    the day before ``dates[i + 1]`` (the last step runs to ``end``)."""

    importer: str
    by: str
    keys: tuple[str, ...]
    dates: tuple[dt.date, ...]
    rates: np.ndarray  # (len(dates), len(keys))
    end: dt.date

    def at(self, day: dt.date) -> dict[str, float]:
        i = max(k for k, d in enumerate(self.dates) if d <= day) if day >= self.dates[0] else 0
        return {k: float(self.rates[i, j]) for j, k in enumerate(self.keys)}


def line_keys(lines: Lines, by: str) -> tuple[np.ndarray, tuple[str, ...]]:
    """Group key of every line: ``partner`` (exporter), ``chapter`` (HS 2) or ``total``."""
    if by == "partner":
        used = np.unique(lines.exporter)
        remap = np.full(len(lines.parties), -1)
        remap[used] = np.arange(len(used))
        return remap[lines.exporter], tuple(lines.parties[i] for i in used)
    if by == "chapter":
        chapters = np.array([p[:2] for p in lines.product]) if len(lines) else np.array([], "<U2")
        names, inverse = np.unique(chapters, return_inverse=True)
        return inverse.astype(np.int64), tuple(str(x) for x in names)
    if by == "total":
        return np.zeros(len(lines), dtype=np.int64), ("total",)
    raise ValueError(f"unknown grouping {by!r}: partner, chapter or total")


def timeline(
    lines: Lines,
    measures: Sequence[Measure],
    rules: Sequence[StackingRule],
    importer: str,
    start: dt.date,
    end: dt.date,
    by: str = "partner",
    exporters: Sequence[str] | None = None,
    *,
    switch: tuple[dt.date, Sequence[Measure]] | None = None,
) -> Timeline:
    """Trade-weighted rates of ``importer``'s imports from ``start`` to ``end``, at every date
    where some rate changes (base-year import values as weights).

    ``switch=(day, measures)`` follows a package's path: ``measures`` (the package's tariffs)
    apply from ``day`` on, the scenario's before it."""
    mask = lines.importer == lines.party_index(importer)
    if exporters is not None:
        mask &= np.isin(lines.exporter, [lines.party_index(e) for e in exporters])
    keys, names = line_keys(lines, by)
    keys = np.where(mask, keys, len(names))  # other lines go to a discarded bucket
    candidates = set(change_dates(measures))
    if switch is not None:
        candidates |= set(change_dates(switch[1])) | {switch[0]}
    dates = [start, *sorted(d for d in candidates if start < d <= end)]
    steps: list[dt.date] = []
    rows: list[np.ndarray] = []
    for day in dates:
        in_force = switch[1] if switch is not None and day >= switch[0] else measures
        r = compute_rates(lines, in_force, rules, day)
        w = weighted_by(keys, lines.value, r.total, len(names) + 1)[: len(names)]
        if rows and np.array_equal(w, rows[-1], equal_nan=True):
            continue
        steps.append(day)
        rows.append(w)
    present = [j for j in range(len(names)) if np.bincount(keys, minlength=len(names) + 1)[j] > 0]
    table = np.array(rows)[:, present] if rows else np.zeros((0, len(present)))
    return Timeline(importer, by, tuple(names[j] for j in present), tuple(steps), table, end)
