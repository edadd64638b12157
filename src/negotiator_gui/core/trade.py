"""Trade impact of a change of tariffs: the single-market partial-equilibrium model of WITS SMART
(models.md §2), on numpy arrays.

The tariff engine produces, for every (importer, exporter, product line) row of the base-year flow
table, the rate in force before (``t0``) and under a package (``t1``); this module turns them
into trade creation, trade diversion, world-price changes, tariff revenue and the welfare
triangle, and offers the sensitivity tools (tornado, Monte-Carlo bands) that models.md asks for
because auto results swing widely with the import-demand elasticity.

Everything works on whole columns at once (no Python loop over rows): a 100,000-line table is the
normal case, and the Monte-Carlo bands run the model hundreds of times. Groups (a market, a
sector, an exporter) are handled with ``np.unique`` ids and ``np.bincount``.

Modelling choices, each documented where it is made:

* ``ε_x ≥ 99`` is infinitely elastic export supply, exactly (SMART's convention: "99, i.e.
  infinite"); world prices do not move. Below 99 the finite-supply formulas apply.
* The exact (constant-elasticity) variant with finite supply solves the market equilibrium in
  closed form, so it is consistent with the linear SMART formula to first order.
* Linear trade creation is floored at ``−M0``: imports cannot become negative. Large increases
  with a high η hit the floor (e.g. +25 points at η = 10.6); ``impact_warnings`` reports them.
* Diversion uses the CES share form on post-creation imports in every model; it agrees with
  SMART's two-exporter formula to first order in the relative price change.
* Monte-Carlo draws are uniform over ``[v·(1 − spread), v·(1 + spread)]`` per elasticity source.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Any

import numpy as np

from negotiator_gui.core.i18n import N_, number, tr
from negotiator_gui.core.model import ElasticityKind, TradeFlows

#: SMART's "infinite" export-supply elasticity. Values at or above it are treated as exactly
#: infinite supply (world prices fixed), not fed into the finite formula: models.md and the WITS
#: documentation both present 99 as a stand-in for infinity, and the finite formula with 99 would
#: shave 1–10 % off every creation figure (η/99 for η = 1…10) for no economic reason.
INFINITE_SUPPLY = 99.0

#: How far apart (relative to the exact figure) linear and exact creation may be before we warn.
MODELS_DIFFER_TOL = 0.10

#: A change of rate of at least this much on a line with no base-year trade is worth a warning:
#: the model can say nothing about trade that does not exist yet.
ZERO_BASE_DT = 0.05

#: Lines named in a warning message; the rest are counted.
MAX_NAMED = 5

#: Elements per Monte-Carlo / tornado batch: big enough to amortise numpy call overhead, small
#: enough to stay in cache-friendly tens of megabytes per temporary.
_BATCH_ELEMS = 1 << 20
#: The grouped Monte-Carlo path is taken when there are at most this many groups per row.
_GROUPED_SHARE = 0.25

SYMBOLS: dict[ElasticityKind, str] = {
    ElasticityKind.IMPORT_DEMAND: "η",
    ElasticityKind.EXPORT_SUPPLY: "ε_x",
    ElasticityKind.SUBSTITUTION: "σ",
}


#: What each kind is called where a reader sees it.
KIND_NAMES: dict[ElasticityKind, str] = {
    ElasticityKind.IMPORT_DEMAND: N_("macro η"),
    ElasticityKind.EXPORT_SUPPLY: N_("export supply ε_x"),
    ElasticityKind.SUBSTITUTION: N_("micro σ"),
}


def describe_cover(products: Sequence[str], importer: str, kind: str) -> str:
    """ "29 Organic chemicals, 39 Plastics: micro σ"; "All products (US): macro η"."""
    from negotiator_gui.core.hs_names import chapter_label

    names = [chapter_label(p) for p in products if p]
    where = ", ".join(names[:3]) + (" …" if len(names) > 3 else "") if names else ""
    where = where or tr("All products")
    if importer:
        where = f"{where} ({importer})"
    return f"{where}: {tr(KIND_NAMES[ElasticityKind(kind)])}"


class Cancelled(Exception):
    """A long sensitivity computation (Monte-Carlo bands, tornado) stopped early because its
    caller's ``cancelled()`` said the result is no longer wanted, typically because the user
    edited the scenario again and the bands of the old values would be thrown away on arrival.

    Raised instead of returning a partial result, so a half-done band can never be mistaken
    for a finished one; the caller catches it and simply shows nothing for the stale run."""


def check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    """Raise ``Cancelled`` if ``cancelled`` is given and says so (a no-op without it)."""
    if cancelled is not None and cancelled():
        raise Cancelled


class TradeModel(StrEnum):
    """Which formula a figure uses (models.md: always say which).

    ``linear`` and ``exact`` are the two functional forms of the two-elasticity model (macro η
    on the rate every supplier pays, micro σ on a supplier's rate relative to it) when the
    caller gives the common rates, and of the one-elasticity SMART creation when it does not.
    ``smart`` reproduces WITS SMART as published: linear creation on each row's own rate change
    and SMART's two-exporter diversion formula, so results can be checked against WITS.
    """

    LINEAR = "linear"  # first-order (SMART-style) formulas
    EXACT = "exact"  # constant elasticity, M1 = M0·((1+t1)/(1+t0))^(−η) with infinite supply
    SMART = "smart"  # WITS SMART: linear creation on the own rate, SMART's diversion formula


class Origin(StrEnum):
    """Where an elasticity came from; "fallback" means nothing matched (counted as missing)."""

    SCENARIO = "scenario"
    PRESET = "preset"
    FALLBACK = "fallback"


# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Market:
    """Rows are (importer, exporter, product line) flows of the base year.

    Arrays are taken as given (no copy when the dtype already fits); do not mutate them after
    building a market, because the market ids are cached.
    """

    importer: np.ndarray  # int64 party index per row
    exporter: np.ndarray  # int64 party index per row
    product: np.ndarray  # HS code per row, numpy str array
    value: np.ndarray  # float64 base-year import value M0, in any currency unit

    def __post_init__(self) -> None:
        importer = np.asarray(self.importer, dtype=np.int64)
        exporter = np.asarray(self.exporter, dtype=np.int64)
        product = np.asarray(self.product)
        if product.dtype.kind != "U":
            product = product.astype(str)
        value = np.asarray(self.value, dtype=np.float64)
        if value.ndim != 1:
            raise ValueError("market column 'value' must be 1-D")
        n = value.shape[0]
        for name, arr in (("importer", importer), ("exporter", exporter), ("product", product)):
            if arr.ndim != 1 or arr.shape[0] != n:
                raise ValueError(f"market column {name!r} must be 1-D with {n} rows")
        if not np.all(np.isfinite(value)) or np.any(value < 0):
            raise ValueError("base-year import values must be finite and not negative")
        if n and (importer.min() < 0 or exporter.min() < 0):
            raise ValueError("party indices must not be negative")
        object.__setattr__(self, "importer", importer)
        object.__setattr__(self, "exporter", exporter)
        object.__setattr__(self, "product", product)
        object.__setattr__(self, "value", value)

    def __len__(self) -> int:
        return int(self.value.shape[0])

    @classmethod
    def from_flows(cls, flows: TradeFlows, party_ids: Sequence[str]) -> Market:
        """A market from a scenario's flow table; party ids become indices into ``party_ids``."""
        index = {p: i for i, p in enumerate(party_ids)}

        def to_index(column: list[str], what: str) -> np.ndarray:
            uniq, inv = np.unique(np.asarray(column, dtype=str), return_inverse=True)
            missing = [u for u in uniq.tolist() if u not in index]
            if missing:
                raise ValueError(f"unknown {what} party id(s): {', '.join(missing)}")
            lookup = np.array([index[u] for u in uniq.tolist()], dtype=np.int64)
            return lookup[inv] if len(uniq) else np.zeros(0, dtype=np.int64)

        return cls(
            importer=to_index(flows.importer, "importer"),
            exporter=to_index(flows.exporter, "exporter"),
            product=np.asarray(flows.product, dtype=str),
            value=np.asarray(flows.value, dtype=np.float64),
        )

    @cached_property
    def _products(self) -> tuple[np.ndarray, np.ndarray]:
        uniq, inv = np.unique(self.product, return_inverse=True)
        return uniq, inv.astype(np.int64, copy=False)

    @cached_property
    def _markets(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        uniq_products, pinv = self._products
        n_prod = max(len(uniq_products), 1)
        key = self.importer * n_prod + pinv
        mkeys, mid = np.unique(key, return_inverse=True)
        return mid.astype(np.int64, copy=False), mkeys // n_prod, mkeys % n_prod

    @property
    def unique_products(self) -> np.ndarray:
        """Sorted distinct product codes (cached)."""
        return self._products[0]

    @property
    def product_index(self) -> np.ndarray:
        """Index of each row's product in ``unique_products``."""
        return self._products[1]

    @property
    def market_id(self) -> np.ndarray:
        """int64 id (0 … n_markets−1) of the (importer, product) market of each row, cached.

        Exporters compete within a market: that is where diversion happens and where elasticities
        are resolved (they depend on importer and product only)."""
        return self._markets[0]

    @property
    def n_markets(self) -> int:
        return int(self._markets[1].shape[0])

    @property
    def market_importer(self) -> np.ndarray:
        """Importer index of each market."""
        return self._markets[1]

    @property
    def market_product(self) -> np.ndarray:
        """Index into ``unique_products`` of each market's product."""
        return self._markets[2]


@dataclass(frozen=True)
class ElasticitySource:
    """One elasticity value with where it came from, as shown in provenance and sensitivity."""

    id: str
    kind: ElasticityKind
    value: float
    product: str = ""  # HS prefix; "" = every product
    importer: str = ""  # party id; "" = every importer
    source_text: str = ""  # authors, year, what the number is
    origin: Origin = Origin.SCENARIO
    label: str = ""  # short name for a chart bar, e.g. "Caliendo–Parro 2015 autos σ"
    low: float | None = None  # the range a sensitivity analysis should cover, if known
    high: float | None = None

    @property
    def display(self) -> str:
        """What a reader sees: the source's label, else what it covers and its kind (never an
        internal id)."""
        return self.label or describe_cover([self.product], self.importer, self.kind)

    @property
    def infinite(self) -> bool:
        """An export-supply elasticity at SMART's "infinite" (scaling it changes nothing)."""
        return self.kind == ElasticityKind.EXPORT_SUPPLY and self.value >= INFINITE_SUPPLY


@dataclass(frozen=True, eq=False)
class ElasticityArrays:
    """Per-row elasticities with, for each row and kind, the index of the source that set it.

    Sensitivity tools vary sources, not rows (one estimate moves every line it covers), so the
    row values must be exactly ``value of sources[index]``; construction checks it.
    """

    eta: np.ndarray  # import-demand elasticity (absolute value) per row
    eps_x: np.ndarray  # export-supply elasticity per row (≥ 99 = infinite)
    sigma: np.ndarray  # substitution elasticity between sources per row
    eta_source: np.ndarray
    eps_source: np.ndarray
    sigma_source: np.ndarray
    sources: tuple[ElasticitySource, ...]

    def __post_init__(self) -> None:
        values = self.source_values()
        kinds = [s.kind for s in self.sources]
        expected = (
            ("eta", "eta_source", ElasticityKind.IMPORT_DEMAND),
            ("eps_x", "eps_source", ElasticityKind.EXPORT_SUPPLY),
            ("sigma", "sigma_source", ElasticityKind.SUBSTITUTION),
        )
        n = None
        for vname, sname, kind in expected:
            v = np.asarray(getattr(self, vname), dtype=np.float64)
            s = np.asarray(getattr(self, sname), dtype=np.int64)
            if v.ndim != 1 or s.shape != v.shape or (n is not None and v.shape[0] != n):
                raise ValueError("elasticity arrays must be 1-D and of one length")
            n = v.shape[0]
            if n and (s.min() < 0 or s.max() >= len(self.sources)):
                raise ValueError(f"{sname} points outside the source list")
            if n and not np.array_equal(values[s], v):
                raise ValueError(f"{vname} must equal the values of its sources")
            used = np.unique(s)
            if any(kinds[i] != kind for i in used.tolist()):
                raise ValueError(f"{sname} points at a source of another kind")
            object.__setattr__(self, vname, v)
            object.__setattr__(self, sname, s)
        bad = [s.id for s in self.sources if not (np.isfinite(s.value) and s.value >= 0)]
        if bad:
            raise ValueError(f"elasticities must be finite and not negative: {', '.join(bad)}")
        bad = [
            s.id for s in self.sources if s.kind == ElasticityKind.EXPORT_SUPPLY and s.value == 0
        ]
        if bad:
            raise ValueError(f"an export-supply elasticity must be positive: {', '.join(bad)}")

    def __len__(self) -> int:
        return int(self.eta.shape[0])

    def source_values(self) -> np.ndarray:
        return np.array([s.value for s in self.sources], dtype=np.float64)

    def origins(self) -> np.ndarray:
        """Origin of each source as a str array (for vectorised "which rows fell back")."""
        return np.array([str(s.origin) for s in self.sources] or [""], dtype=str)

    @classmethod
    def from_values(
        cls,
        n: int,
        eta: float | np.ndarray,
        eps_x: float | np.ndarray = INFINITE_SUPPLY,
        sigma: float | np.ndarray = 1.5,
        origin: Origin = Origin.SCENARIO,
    ) -> ElasticityArrays:
        """Arrays from plain numbers (scalars or per-row arrays), for callers and tests that have
        no scenario. Rows sharing a value share one source, on the reasoning that one number is
        one estimate (so Monte-Carlo draws move them together)."""
        sources: list[ElasticitySource] = []
        out: dict[str, np.ndarray] = {}
        for kind, name, raw in (
            (ElasticityKind.IMPORT_DEMAND, "eta", eta),
            (ElasticityKind.EXPORT_SUPPLY, "eps", eps_x),
            (ElasticityKind.SUBSTITUTION, "sigma", sigma),
        ):
            values = np.broadcast_to(np.asarray(raw, dtype=np.float64), (n,))
            uniq, inv = np.unique(values, return_inverse=True)
            offset = len(sources)
            sym = SYMBOLS[kind]
            sources.extend(
                ElasticitySource(
                    id=f"{name}={v:g}", kind=kind, value=v, origin=origin, label=f"{sym} = {v:g}"
                )
                for v in uniq.tolist()
            )
            out[name] = inv.astype(np.int64) + offset
            out[name + "_v"] = np.array(values, dtype=np.float64)
        return cls(
            eta=out["eta_v"],
            eps_x=out["eps_v"],
            sigma=out["sigma_v"],
            eta_source=out["eta"],
            eps_source=out["eps"],
            sigma_source=out["sigma"],
            sources=tuple(sources),
        )


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------

#: Money fields of an impact (all scale with the currency unit).
_FIELDS = ("m0", "m1", "creation", "diversion", "revenue0", "revenue1", "welfare")


@dataclass(frozen=True, eq=False)
class Impact:
    """Per-row results of one run. Money is in the market's unit, at base-year world prices
    (world price normalised to 1, as in SMART), so ``m1`` is a volume at base prices and revenue
    multiplies it by the new world price."""

    model: TradeModel
    m0: np.ndarray  # imports before
    m1: np.ndarray  # imports after = m0 + creation + diversion
    creation: np.ndarray  # trade creation TC
    diversion: np.ndarray  # trade diversion TD (nets to zero within each market)
    price_change: np.ndarray  # world-price change ΔPw/Pw (0 with infinite supply)
    revenue0: np.ndarray  # TR0 = t0·M0
    revenue1: np.ndarray  # TR1 = t1·Pw1·M1
    welfare: np.ndarray  # ½·|Δt|·|TC|, positive for a cut, negative for an increase
    t0: np.ndarray  # the rates the run used (kept for trade-weighted averages)
    t1: np.ndarray

    def __len__(self) -> int:
        return int(self.m0.shape[0])

    def total(self) -> dict[str, float]:
        """Sums over all rows, plus ``change`` (Σ m1 − m0) and ``revenue_change``."""
        return _totals({f: getattr(self, f) for f in _FIELDS})


def _totals(arrays: Mapping[str, np.ndarray]) -> dict[str, Any]:
    """Sums over the last axis: floats for 1-D arrays, arrays for batches."""

    def s(a: np.ndarray) -> Any:
        r = np.sum(a, axis=-1)
        return float(r) if np.ndim(r) == 0 else r

    out = {f: s(arrays[f]) for f in _FIELDS}
    out["change"] = s(arrays["m1"] - arrays["m0"])
    out["revenue_change"] = out["revenue1"] - out["revenue0"]
    return out


# --------------------------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Prepared:
    """What every run on one (market, t0, t1) shares: computed once, reused by batches."""

    m: np.ndarray
    t0: np.ndarray
    t1: np.ndarray
    dt: np.ndarray
    lr: np.ndarray  # log((1+t1)/(1+t0))
    mdtf: np.ndarray  # −M·Δt/(1+t0): linear creation per unit of η
    mid: np.ndarray
    nm: int
    common: _Common | None = None


@dataclass(frozen=True, eq=False)
class _Common:
    """The two-elasticity split of a run: what every supplier of a market pays, and each row's
    rate relative to it (models.md §2, "Two elasticities, not one").

    ``lr``/``mdtf`` are the common rate's log change and linear creation factor (they drive the
    macro response, with η); ``rel_lr`` is ``log`` of the row's own price change over the
    common one (it drives the micro response, with σ). ``alone`` marks rows whose market has no
    other supplier in the table: their substitution goes to an implicit rest of the world that
    pays the common rate (the small-share approximation); rows with explicit rivals share their
    market's imports out among themselves (CES, as before)."""

    lr: np.ndarray
    mdtf: np.ndarray
    rel_lr: np.ndarray
    alone: np.ndarray
    rel: np.ndarray  # the common rate's relative change Δt_c/(1+t_c0)


def _alone(market: Market) -> np.ndarray:
    """Rows that are the only supplier with base-year trade in their market (or have none)."""
    mid, nm = market.market_id, market.n_markets
    suppliers = np.bincount(mid, (market.value > 0).astype(np.float64), nm)
    return suppliers[mid] <= 1


def _rates(market: Market, t: np.ndarray, name: str) -> np.ndarray:
    arr = np.asarray(t, dtype=np.float64)
    if arr.shape != market.value.shape:
        raise ValueError(f"{name} must have one rate per row ({len(market)}), not {arr.shape}")
    if not np.all(np.isfinite(arr)) or np.any(arr <= -1.0):
        raise ValueError(f"{name} must be finite rates above −100 %")
    return arr


def _prepare(
    market: Market,
    t0: np.ndarray,
    t1: np.ndarray,
    common: tuple[np.ndarray, np.ndarray] | None = None,
) -> _Prepared:
    t0 = _rates(market, t0, "t0")
    t1 = _rates(market, t1, "t1")
    dt = t1 - t0
    rel = dt / (1.0 + t0)
    m = market.value
    shared = None
    if common is not None:
        c0 = _rates(market, common[0], "common t0")
        c1 = _rates(market, common[1], "common t1")
        crel = (c1 - c0) / (1.0 + c0)
        clr = np.log1p(crel)
        shared = _Common(
            lr=clr, mdtf=-(m * crel), rel_lr=np.log1p(rel) - clr, alone=_alone(market), rel=crel
        )
    return _Prepared(
        m=m,
        t0=t0,
        t1=t1,
        dt=dt,
        lr=np.log1p(rel),  # exactly 0 where Δt = 0, precise for small changes
        mdtf=-(m * rel),
        mid=market.market_id,
        nm=market.n_markets,
        common=shared,
    )


def _inv_eps(eps: np.ndarray) -> np.ndarray | None:
    """1/ε_x with infinite supply as 0, or None when every row has infinite supply (the common
    SMART default, which lets the kernel skip the finite-supply arithmetic)."""
    finite = eps < INFINITE_SUPPLY
    if not finite.any():
        return None
    return np.where(finite, 1.0 / np.where(finite, eps, 1.0), 0.0)


def _group_ids(ids: np.ndarray, n_groups: int, shape: tuple[int, ...]) -> tuple[np.ndarray, int]:
    """Flat bincount ids for a (D, n) batch: draw d's group g becomes d·n_groups + g."""
    if len(shape) == 1:
        return ids, n_groups
    d = shape[0]
    flat = (ids[None, :] + (np.arange(d, dtype=np.int64) * n_groups)[:, None]).ravel()
    return flat, d * n_groups


def _divert(
    a: np.ndarray, lr: np.ndarray, sigma: np.ndarray, mid: np.ndarray, nm: int
) -> np.ndarray:
    """Imports after diversion: each market's post-creation total ``Σ a`` shared out in the CES
    form ``M_k' ∝ a_k·(p_k'/p_k)^(−σ)`` with ``p = 1 + t``.

    Why −σ and not the 1−σ of models.md: models.md states the CES form for *value shares at
    tariff-inclusive prices* ``p·M``; our M is at world prices (a volume), and
    ``p'M' ∝ pM·(p'/p)^(1−σ)`` is the same statement as ``M' ∝ M·(p'/p)^(−σ)``. That is the form
    whose two-exporter case linearises to SMART's ``TD_k = M_k·M_K·σ(−ρ)/(M_k+M_K+M_k·σ(−ρ))``;
    exactly, it is that formula with ``σ(−ρ)`` replaced by ``(1+ρ)^(−σ) − 1`` (see the tests).

    Shares are taken after creation and the market's total after creation is kept: creation
    sets the size of the market, diversion only its split, so a change that moves every
    exporter's price alike diverts nothing. (SMART applies its formula to base-year values; the
    difference is of second order, O(TC·ρ).)
    """
    w = a * np.exp(-sigma * lr)
    ids, size = _group_ids(mid, nm, a.shape)
    total = np.bincount(ids, a.ravel(), size)
    weight = np.bincount(ids, w.ravel(), size)
    factor = np.divide(total, weight, out=np.zeros(size), where=weight > 0)
    return w * factor[ids].reshape(a.shape)


def _run(
    p: _Prepared,
    eta: np.ndarray,
    inv_eps: np.ndarray | None,
    sigma: np.ndarray,
    model: TradeModel,
    diversion: bool,
    full: bool = True,
) -> dict[str, np.ndarray]:
    """The model on one run (1-D elasticities) or a batch ((D, n) elasticities)."""
    m = p.m
    pw: np.ndarray | None = None
    c = p.common if model != TradeModel.SMART else None
    # With the two-elasticity split, creation answers the common rate (macro η); without it,
    # each row's own rate (SMART).
    mdtf, lr = (p.mdtf, p.lr) if c is None else (c.mdtf, c.lr)
    if model in (TradeModel.LINEAR, TradeModel.SMART):
        # SMART: TC = −η·M·Δt / ((1+t0)·(1+η/ε_x)); ΔPw/Pw = (TC/M)/ε_x.
        tc = eta * mdtf
        if inv_eps is not None:
            tc /= 1.0 + eta * inv_eps
        np.maximum(tc, -m, out=tc)  # imports cannot fall below zero
        if inv_eps is not None:
            ratio = np.divide(tc, m, out=np.zeros(tc.shape), where=m > 0)
            pw = ratio * inv_eps
    elif model == TradeModel.EXACT:
        # Constant elasticities: demand Q = A·(Pw(1+t))^(−η), supply Q = B·Pw^ε. Equilibrium:
        # Pw ∝ (1+t)^(−η/(η+ε)), Q ∝ (1+t)^(−η·ε/(η+ε)). With ε → ∞ this is models.md's
        # M1 = M0·((1+t1)/(1+t0))^(−η); linearised it is the SMART formula above.
        if inv_eps is None:
            tc = m * np.expm1(-eta * lr)
        else:
            shade = 1.0 + eta * inv_eps
            tc = m * np.expm1(-(eta / shade) * lr)
            pw = np.where(m > 0, np.expm1(-(eta * inv_eps / shade) * lr), 0.0)
    else:
        raise ValueError(f"unknown trade model {model!r}")
    a = m + tc
    if not diversion:
        m1 = a
    elif model == TradeModel.SMART:
        m1 = np.maximum(a + _smart_diversion(p, sigma), 0.0)
    else:
        m1 = _divert(a, p.lr, sigma, p.mid, p.nm)
        if c is not None:
            m1 = np.where(c.alone, _to_rest(a, c.rel_lr, sigma, model), m1)
    revenue1 = p.t1 * m1 if pw is None else p.t1 * (1.0 + pw) * m1
    if not full:
        return {"m1": m1, "revenue1": revenue1}
    shape = tc.shape
    return {
        "m0": np.broadcast_to(m, shape),
        "m1": m1,
        "creation": tc,
        "diversion": m1 - a if diversion else np.zeros(shape),
        "price_change": np.zeros(shape) if pw is None else pw,
        "revenue0": np.broadcast_to(p.t0 * m, shape),
        "revenue1": revenue1,
        # ½·|Δt|·|TC|: a gain when the rate falls, a loss when it rises.
        "welfare": -0.5 * p.dt * np.abs(tc),
    }


def _to_rest(a: np.ndarray, rel_lr: np.ndarray, sigma: np.ndarray, model: TradeModel):
    """Imports of a row that is its market's only supplier in the table, after substitution
    towards the implicit rest of the world (which pays the common rate): the small-share
    approximation ``Δln M_k = −σ·Δln[(1+t_k)/(1+t_common)]`` (models.md §2). Exact: that
    formula; linear: its first order in the relative price change ρ, ``1 − σ·ρ``, floored at
    zero. A row paying the common rate (ρ = 0) is unchanged."""
    if model == TradeModel.EXACT:
        return a * np.exp(-sigma * rel_lr)
    return a * np.maximum(1.0 - sigma * np.expm1(rel_lr), 0.0)


def _smart_diversion(p: _Prepared, sigma: np.ndarray) -> np.ndarray:
    """WITS SMART's trade diversion, on base-year values: for exporter k against the rest K of
    its market, ``TD_k = M_k·M_K·σ·(−ρ) / (M_k + M_K + M_k·σ·(−ρ))`` with
    ``ρ = [(1+t1_k)/(1+t0_k)] / [(1+t1_K)/(1+t0_K)] − 1`` (K's price change weighted by base
    imports).

    The formula is applied to the exporters whose own rate changes; the market's other
    exporters share ``−Σ TD`` in proportion to their base imports, so diversion nets to zero
    (SMART's two-exporter case, ``TD_K = −TD_k``, exactly). When every exporter's rate changes,
    the residual is shared over all of them. A market with one exporter diverts nothing."""
    m, mid, nm = p.m, p.mid, p.nm
    r = np.exp(p.lr)  # (1+t1)/(1+t0)
    total = np.bincount(mid, m, nm)[mid]
    rest = total - m
    rest_price = np.bincount(mid, m * r, nm)[mid] - m * r
    r_rest = np.divide(rest_price, rest, out=np.ones_like(rest), where=rest > 0)
    rho = r / r_rest - 1.0
    x = sigma * -rho
    denom = m + rest + m * x
    td = np.divide(m * rest * x, denom, out=np.zeros(np.shape(x)), where=(rest > 0) & (denom > 0))
    changed = np.broadcast_to(p.dt != 0, np.shape(td))
    td = np.where(changed, td, 0.0)
    ids, size = _group_ids(mid, nm, np.shape(td))
    residual = np.bincount(ids, np.ravel(td), size)
    keep = np.broadcast_to(~changed & (m > 0), np.shape(td)) if td.ndim > 1 else ~changed & (m > 0)
    w_keep = np.bincount(ids, np.ravel(np.where(keep, m, 0.0)), size)
    w_all = np.bincount(ids, np.ravel(np.broadcast_to(m, np.shape(td))), size)
    use_keep = w_keep > 0
    weight = np.where(use_keep[ids].reshape(np.shape(td)), np.where(keep, m, 0.0), m)
    share_den = np.where(use_keep, w_keep, w_all)
    share = np.divide(
        weight,
        share_den[ids].reshape(np.shape(td)),
        out=np.zeros(np.shape(td)),
        where=share_den[ids].reshape(np.shape(td)) > 0,
    )
    return td - share * residual[ids].reshape(np.shape(td))


def _check_el(market: Market, el: ElasticityArrays) -> None:
    if len(el) != len(market):
        raise ValueError(f"elasticities cover {len(el)} rows, the market has {len(market)}")


def simulate(
    market: Market,
    t0: np.ndarray,
    t1: np.ndarray,
    el: ElasticityArrays,
    model: TradeModel = TradeModel.LINEAR,
    diversion: bool = True,
    common: tuple[np.ndarray, np.ndarray] | None = None,
) -> Impact:
    """Trade creation, diversion, world prices, revenue and welfare of moving from ``t0`` to
    ``t1`` (ad valorem fractions per row), per models.md §2.

    ``common``: the rates (before, after) that every supplier of each row's market pays (what a
    supplier named by no country-specific measure pays). Given, the run is the two-elasticity
    model: creation answers the common rate's change with η (macro), and a row's rate relative
    to the common one moves it with σ (micro) against its rivals in the table, or against an
    implicit rest of the world when it has none. Not given (or ``model="smart"``), creation
    answers each row's own rate, as in SMART.

    Rows with no base-year trade get zero effects (no NaN: every division is guarded).
    """
    _check_el(market, el)
    model = TradeModel(model)
    p = _prepare(market, t0, t1, common)
    out = _run(p, el.eta, _inv_eps(el.eps_x), el.sigma, model, diversion)
    return Impact(
        model=model,
        m0=p.m,
        m1=out["m1"],
        creation=out["creation"],
        diversion=out["diversion"],
        price_change=out["price_change"],
        revenue0=out["revenue0"],
        revenue1=out["revenue1"],
        welfare=out["welfare"],
        t0=p.t0,
        t1=p.t1,
    )


#: Per-row quantities ``simulate_field`` gives: ``change`` is ``m1 − m0``, ``revenue_change``
#: is ``revenue1 − revenue0``, the others are ``Impact`` fields.
ROW_FIELDS = ("change", "revenue_change", "welfare", "m1")


def _field_of(out: Mapping[str, np.ndarray], field: str) -> np.ndarray:
    if field == "change":
        return out["m1"] - out["m0"]
    if field == "revenue_change":
        return out["revenue1"] - out["revenue0"]
    return np.asarray(out[field])


def simulate_field(
    market: Market,
    t0: np.ndarray,
    t1: np.ndarray,
    el: ElasticityArrays,
    field: str,
    model: TradeModel = TradeModel.LINEAR,
    diversion: bool = True,
    common: tuple[np.ndarray, np.ndarray] | None = None,
) -> np.ndarray:
    """One per-row quantity of ``simulate`` (one of ``ROW_FIELDS``), equal to it bit for bit.

    Why it exists: on a large table a whole ``simulate`` is dominated by memory, not
    arithmetic. It builds about twenty full-length arrays (every ``Impact`` field and their
    temporaries), and fresh memory costs a page fault per 4 kB on first touch. A chart that
    shows one quantity needs a third of them: this path computes only what the field depends
    on (welfare skips diversion altogether), in place, with the same floating-point
    operations in the same order as ``_prepare`` and ``_run``, so results are identical (the
    tests check it). Finite export supply, which is rare, takes the general kernel.
    """
    if field not in ROW_FIELDS:
        raise ValueError(f"unknown field {field!r}: one of {', '.join(ROW_FIELDS)}")
    _check_el(market, el)
    model = TradeModel(model)
    inv_eps = _inv_eps(el.eps_x)
    if inv_eps is not None or common is not None or model == TradeModel.SMART:
        # finite supply (world prices move), the two-elasticity split or SMART's diversion:
        # the general kernel
        p = _prepare(market, t0, t1, common)
        return _field_of(_run(p, el.eta, inv_eps, el.sigma, model, diversion), field)
    t0 = _rates(market, t0, "t0")
    t1 = _rates(market, t1, "t1")
    m = market.value
    dt = np.subtract(t1, t0)
    rel = np.add(t0, 1.0)
    np.divide(dt, rel, out=rel)  # Δt/(1+t0)
    lr: np.ndarray | None = None
    if model == TradeModel.LINEAR:
        tc = np.multiply(m, rel)
        np.negative(tc, out=tc)  # −M·Δt/(1+t0), as ``_prepare``'s mdtf
        np.multiply(el.eta, tc, out=tc)
        np.maximum(tc, np.negative(m), out=tc)  # imports cannot fall below zero
    else:
        lr = np.log1p(rel, out=rel)
        tc = np.multiply(np.negative(el.eta), lr)
        np.expm1(tc, out=tc)
        np.multiply(m, tc, out=tc)
    if field == "welfare":  # ½·|Δt|·|TC| needs no diversion
        np.multiply(dt, -0.5, out=dt)
        np.abs(tc, out=tc)
        return np.multiply(dt, tc, out=dt)
    a = np.add(m, tc, out=tc)
    if diversion:
        if lr is None:
            lr = np.log1p(rel, out=rel)
        m1 = _divert_inplace(a, lr, el.sigma, market.market_id, market.n_markets)
    else:
        m1 = a
    if field == "change":
        return np.subtract(m1, m, out=m1)
    if field == "revenue_change":
        np.multiply(t1, m1, out=m1)
        return np.subtract(m1, np.multiply(t0, m, out=dt), out=m1)
    return m1


def _divert_inplace(
    a: np.ndarray, lr: np.ndarray, sigma: np.ndarray, mid: np.ndarray, nm: int
) -> np.ndarray:
    """``_divert`` for one run (1-D), with ``lr``'s buffer used for the result: the same
    operations in the same order, so the same numbers."""
    w = np.multiply(sigma, lr, out=lr)
    np.negative(w, out=w)  # −σ·lr (a product's sign is exact)
    np.exp(w, out=w)
    np.multiply(a, w, out=w)
    total = np.bincount(mid, a, nm)
    weight = np.bincount(mid, w, nm)
    factor = np.divide(total, weight, out=np.zeros(nm), where=weight > 0)
    return np.multiply(w, factor[mid], out=w)


def aggregate(impact: Impact, keys: np.ndarray) -> dict[Any, dict[str, float]]:
    """Sums of every money field per key (a sector label, an exporter index, …), with
    ``change``, ``revenue_change``, ``rows`` and the trade-weighted rates ``rate0``/``rate1``.

    Rates are weighted by base-year imports (models.md §1: ``Σ M_h·t_h / Σ M_h``) for both t0
    and t1, so a rate change is not confused with a change of trade. A group with no base-year
    trade gets the simple mean of its rates instead (a weighted mean is undefined there).
    Keys come back as plain Python values, in sorted order.
    """
    keys = np.asarray(keys)
    if keys.shape != impact.m0.shape:
        raise ValueError("one key per row is needed")
    uniq, kid = np.unique(keys, return_inverse=True)
    nk = len(uniq)
    sums = {f: np.bincount(kid, getattr(impact, f), nk) for f in _FIELDS}
    count = np.bincount(kid, minlength=nk).astype(np.float64)
    m0 = sums["m0"]
    rates = {}
    for name, t in (("rate0", impact.t0), ("rate1", impact.t1)):
        weighted = np.bincount(kid, impact.m0 * t, nk)
        plain = np.divide(np.bincount(kid, t, nk), count, out=np.zeros(nk), where=count > 0)
        rates[name] = np.where(m0 > 0, weighted / np.where(m0 > 0, m0, 1.0), plain)
    result: dict[Any, dict[str, float]] = {}
    for i, key in enumerate(uniq.tolist()):
        row = {f: float(sums[f][i]) for f in _FIELDS}
        row["change"] = row["m1"] - row["m0"]
        row["revenue_change"] = row["revenue1"] - row["revenue0"]
        row["rate0"] = float(rates["rate0"][i])
        row["rate1"] = float(rates["rate1"][i])
        row["rows"] = float(count[i])
        result[key] = row
    return result


def compare_models(linear: Impact, exact: Impact) -> np.ndarray:
    """Per row, ``|TC_linear − TC_exact| / |TC_exact|``: the fraction by which the two creation
    figures differ, relative to the exact one (0 where both are 0). Creation, not the total
    change, because diversion is computed the same way in both models."""
    lin = linear.creation
    ex = exact.creation
    diff = np.abs(lin - ex)
    denom = np.abs(ex)
    out = np.divide(diff, denom, out=np.zeros(diff.shape), where=denom > 0)
    out[(denom == 0) & (diff > 0)] = np.inf
    return out


# --------------------------------------------------------------------------------------------
# HS nomenclature
# --------------------------------------------------------------------------------------------

#: The 21 sections of the Harmonized System, plus our labels for US chapters 98/99 and bad codes.
SECTION_NAMES: dict[str, str] = {
    "I": "Live animals; animal products",
    "II": "Vegetable products",
    "III": "Animal, vegetable or microbial fats and oils",
    "IV": "Prepared foodstuffs; beverages, spirits and vinegar; tobacco",
    "V": "Mineral products",
    "VI": "Products of the chemical or allied industries",
    "VII": "Plastics and rubber and articles thereof",
    "VIII": "Raw hides and skins, leather, furskins; saddlery; travel goods",
    "IX": "Wood, cork and articles thereof; basketware",
    "X": "Pulp of wood; paper and paperboard and articles thereof",
    "XI": "Textiles and textile articles",
    "XII": "Footwear, headgear, umbrellas; prepared feathers; artificial flowers",
    "XIII": "Articles of stone, plaster, cement, asbestos, mica; ceramics; glass",
    "XIV": "Pearls, precious stones, precious metals; imitation jewellery; coin",
    "XV": "Base metals and articles of base metal",
    "XVI": "Machinery and mechanical appliances; electrical equipment",
    "XVII": "Vehicles, aircraft, vessels and associated transport equipment",
    "XVIII": "Optical, medical and precision instruments; clocks and watches; musical instruments",
    "XIX": "Arms and ammunition",
    "XX": "Miscellaneous manufactured articles",
    "XXI": "Works of art, collectors' pieces and antiques",
    "special": "Special classification provisions (US chapters 98–99)",
    "other": "All other goods (not split by product)",
    "unknown": "Not a valid HS chapter",
}

#: First chapter of each section (HS 2022); chapter 77 is reserved but sits in section XV.
_SECTION_STARTS = (
    (1, "I"),
    (6, "II"),
    (15, "III"),
    (16, "IV"),
    (25, "V"),
    (28, "VI"),
    (39, "VII"),
    (41, "VIII"),
    (44, "IX"),
    (47, "X"),
    (50, "XI"),
    (64, "XII"),
    (68, "XIII"),
    (71, "XIV"),
    (72, "XV"),
    (84, "XVI"),
    (86, "XVII"),
    (90, "XVIII"),
    (93, "XIX"),
    (94, "XX"),
    (97, "XXI"),
    (98, "special"),
)


def _chapter_to_section() -> dict[str, str]:
    table = {}
    bounds = [*_SECTION_STARTS, (100, "")]
    for (start, label), (stop, _) in itertools.pairwise(bounds):
        for ch in range(start, stop):
            table[f"{ch:02d}"] = label
    table["00"] = "other"  # a flow-table row of all goods not listed by product
    return table


_CHAPTER_SECTION = _chapter_to_section()


def hs_chapter(product: np.ndarray) -> np.ndarray:
    """The HS chapter (first two digits) of each product code, as a '<U2' array."""
    arr = np.asarray(product)
    if arr.dtype.kind != "U":
        arr = arr.astype(str)
    return arr.astype("<U2")


def hs_section(product: np.ndarray) -> np.ndarray:
    """The HS section label ("I" … "XXI") of each product code; US chapters 98/99 give
    "special" and anything else that is not a chapter 01–97 gives "unknown". Names are in
    ``SECTION_NAMES``. Vectorised over the (at most 100) distinct chapters."""
    uniq, inv = np.unique(hs_chapter(product), return_inverse=True)
    labels = np.array([_CHAPTER_SECTION.get(c, "unknown") for c in uniq.tolist()] or [""])
    return labels[inv].astype("<U7") if len(uniq) else np.zeros(0, dtype="<U7")


# --------------------------------------------------------------------------------------------
# Warnings
# --------------------------------------------------------------------------------------------


class WarningKind(StrEnum):
    ZERO_BASE = "zero_base"
    MODELS_DIFFER = "models_differ"
    MISSING_ELASTICITY = "missing_elasticity"
    LINEAR_FLOOR = "linear_floor"


@dataclass(frozen=True, eq=False)
class ImpactWarning:
    """Something a reader of the figures should know, with the rows it concerns."""

    kind: WarningKind
    message: str
    rows: np.ndarray  # row indices, most important first

    def __str__(self) -> str:
        return self.message


def _describe_rows(
    market: Market, rows: np.ndarray, party_ids: Sequence[str] | None, max_named: int
) -> str:
    """ "JP→US 8703, … and 12 more; sections XVII, XVI" for the first rows given."""

    def party(i: int) -> str:
        if party_ids is not None and 0 <= i < len(party_ids):
            return party_ids[i]
        return f"#{i}"

    named = [
        f"{party(int(market.exporter[r]))}→{party(int(market.importer[r]))} HS {market.product[r]}"
        for r in rows[:max_named].tolist()
    ]
    text = ", ".join(named)
    if len(rows) > max_named:
        text = tr("{lines} and {n} more").format(lines=text, n=len(rows) - max_named)
    sections, counts = np.unique(hs_section(market.product[rows]), return_counts=True)
    order = np.argsort(-counts, kind="stable")
    secs = sections[order].tolist()
    sec_text = ", ".join(secs[:max_named]) + (" …" if len(secs) > max_named else "")
    if len(secs) > 1:
        return tr("{lines} (sections {sections})").format(lines=text, sections=sec_text)
    return tr("{lines} (section {sections})").format(lines=text, sections=sec_text)


def impact_warnings(
    market: Market,
    t0: np.ndarray,
    t1: np.ndarray,
    el: ElasticityArrays,
    impact_linear: Impact,
    impact_exact: Impact,
    *,
    party_ids: Sequence[str] | None = None,
    max_named: int = MAX_NAMED,
) -> list[ImpactWarning]:
    """What to tell the reader about a run: lines the model cannot speak for, lines where the
    choice of formula matters, and lines with no elasticity of their own.

    Mixed import bases (flows of different years or units) are the tariff engine's to report.
    Lines are named by size of base trade (largest first), up to ``max_named``.
    """
    _check_el(market, el)
    t0 = _rates(market, t0, "t0")
    t1 = _rates(market, t1, "t1")
    m0 = market.value
    by_size = np.argsort(-m0, kind="stable")
    out: list[ImpactWarning] = []

    def ordered(mask: np.ndarray) -> np.ndarray:
        return by_size[mask[by_size]]

    dt = np.abs(t1 - t0)
    zero = ordered((m0 == 0) & (dt >= ZERO_BASE_DT - 1e-12))
    if zero.size:
        zero = zero[np.argsort(-dt[zero], kind="stable")]
        out.append(
            ImpactWarning(
                WarningKind.ZERO_BASE,
                tr(
                    "No base-year trade on {n} line(s) whose rate changes by {points} points or "
                    "more: the model shows no effect there, though trade may start after a cut. "
                    "{lines}"
                ).format(
                    n=number(zero.size),
                    points=f"{ZERO_BASE_DT * 100:g}",
                    lines=_describe_rows(market, zero, party_ids, max_named),
                ),
                zero,
            )
        )

    floored = ordered((m0 > 0) & (impact_linear.creation <= -m0))
    if floored.size:
        out.append(
            ImpactWarning(
                WarningKind.LINEAR_FLOOR,
                tr(
                    "The linear formula would make imports negative on {n} line(s); they are cut "
                    "at zero. Prefer the exact figures there. {lines}"
                ).format(
                    n=number(floored.size),
                    lines=_describe_rows(market, floored, party_ids, max_named),
                ),
                floored,
            )
        )

    diff = compare_models(impact_linear, impact_exact)
    apart = ordered((m0 > 0) & (diff > MODELS_DIFFER_TOL))
    if apart.size:
        out.append(
            ImpactWarning(
                WarningKind.MODELS_DIFFER,
                tr(
                    "Linear and exact trade creation differ by more than {pct} % on {n} line(s) "
                    "(large changes of rate): say which figure you quote. {lines}"
                ).format(
                    pct=f"{MODELS_DIFFER_TOL * 100:g}",
                    n=number(apart.size),
                    lines=_describe_rows(market, apart, party_ids, max_named),
                ),
                apart,
            )
        )

    origins = el.origins()
    fell = {
        SYMBOLS[kind]: origins[src] == Origin.FALLBACK
        for kind, src in (
            (ElasticityKind.IMPORT_DEMAND, el.eta_source),
            (ElasticityKind.EXPORT_SUPPLY, el.eps_source),
            (ElasticityKind.SUBSTITUTION, el.sigma_source),
        )
    }
    if len(market):
        any_fell = np.logical_or.reduce(list(fell.values())) & (m0 > 0)
        missing = ordered(any_fell)
        if missing.size:
            which = ", ".join(
                tr("{symbol} on {n}").format(
                    symbol=sym, n=number(int(np.count_nonzero(mask & (m0 > 0))))
                )
                for sym, mask in fell.items()
                if np.any(mask & (m0 > 0))
            )
            out.append(
                ImpactWarning(
                    WarningKind.MISSING_ELASTICITY,
                    tr(
                        "No elasticity of the scenario or the presets covers {n} traded line(s) "
                        "({which}); the fallback values were used. {lines}"
                    ).format(
                        n=number(missing.size),
                        which=which,
                        lines=_describe_rows(market, missing, party_ids, max_named),
                    ),
                    missing,
                )
            )
    return out


# --------------------------------------------------------------------------------------------
# Sensitivity
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TornadoBar:
    """One bar: the measure with the group's elasticities scaled by (1 − pct) (``low``) and by
    (1 + pct) (``high``). ``low`` is not necessarily the smaller number: a higher η means fewer
    imports after an increase."""

    label: str
    low: float
    high: float
    base: float

    @property
    def swing(self) -> float:
        return abs(self.high - self.low)


def _scalable(sources: Sequence[ElasticitySource]) -> np.ndarray:
    """Sources a sensitivity run may move: not the infinite export supply, because scaling
    "infinity" is still infinity (and 99·0.8 silently switching to finite supply would be an
    artefact of SMART's encoding, not a sensitivity)."""
    return np.array([not s.infinite for s in sources], dtype=bool)


def default_groups(market: Market, el: ElasticityArrays) -> dict[str, np.ndarray]:
    """One tornado group per elasticity estimate that some traded line uses.

    Sources that are the same estimate (same origin, kind, value and citation — e.g. the
    Caliendo–Parro chemicals value entered for chapters 28 to 38) form one bar; infinite export
    supply is left out (see ``_scalable``)."""
    traded = market.value > 0
    n_sources = len(el.sources)
    in_use = np.zeros(n_sources, dtype=bool)
    for column in (el.eta_source, el.eps_source, el.sigma_source):  # counting, not sorting
        in_use |= np.bincount(column[traded], minlength=n_sources)[:n_sources] > 0
    used = np.flatnonzero(in_use)
    scalable = _scalable(el.sources)
    buckets: dict[tuple[Any, ...], list[int]] = {}
    for i in used.tolist():
        s = el.sources[i]
        if scalable[i]:
            buckets.setdefault((s.origin, s.kind, s.value, s.source_text, s.label), []).append(i)
    groups: dict[str, np.ndarray] = {}
    for idx in buckets.values():
        srcs = [el.sources[i] for i in idx]
        label = srcs[0].display
        if len(idx) > 1 and not srcs[0].label:
            label = describe_cover([s.product for s in srcs], srcs[0].importer, srcs[0].kind)
        while label in groups:
            label += "′"
        groups[label] = np.array(idx, dtype=np.int64)
    return groups


def _group_rows(
    el: ElasticityArrays, group: np.ndarray, factors: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(D, n) η, ε_x, σ with the group scaled by each factor.

    A boolean row mask scales η on those rows (η is the input results swing with); an integer
    array names sources, scaled wherever they are used, in whatever kind they are."""
    group = np.asarray(group)
    d = len(factors)
    if group.dtype == bool:
        if group.shape != el.eta.shape:
            raise ValueError("a row-mask group needs one flag per row")
        eta = np.where(group[None, :], el.eta[None, :] * factors[:, None], el.eta[None, :])
        return eta, np.broadcast_to(el.eps_x, (d, len(el))), np.broadcast_to(el.sigma, (d, len(el)))
    values = _scaled_sources(el, _source_index(el, group), factors)
    return values[:, el.eta_source], values[:, el.eps_source], values[:, el.sigma_source]


def _source_index(el: ElasticityArrays, group: np.ndarray) -> np.ndarray:
    """The sources an integer group scales (those that may be scaled, see ``_scalable``)."""
    idx = np.asarray(group).astype(np.int64)
    if idx.size and (idx.min() < 0 or idx.max() >= len(el.sources)):
        raise ValueError("a group names a source that does not exist")
    return idx[_scalable(el.sources)[idx]]


def _scaled_sources(el: ElasticityArrays, idx: np.ndarray, factors: np.ndarray) -> np.ndarray:
    """(D, sources) source values with the sources ``idx`` (``_source_index``) scaled by each
    factor."""
    values = np.broadcast_to(el.source_values(), (len(factors), len(el.sources))).copy()
    values[:, idx] *= factors[:, None]
    return values


def tornado(
    market: Market,
    t0: np.ndarray,
    t1: np.ndarray,
    el: ElasticityArrays,
    groups: Mapping[str, np.ndarray] | None = None,
    pct: float = 0.2,
    model: TradeModel = TradeModel.LINEAR,
    measure: str = "m1",
    diversion: bool = True,
    cancelled: Callable[[], bool] | None = None,
    fast: bool = True,
    common: tuple[np.ndarray, np.ndarray] | None = None,
) -> list[TornadoBar]:
    """Sensitivity of one total (any key of ``Impact.total()``) to each group of elasticities,
    scaled by ``1 − pct`` and ``1 + pct`` with everything else fixed; bars sorted by swing,
    largest first (ties keep the groups' order).

    ``groups`` maps a label to a boolean row mask (scales η on those rows) or to an int array of
    indices into ``el.sources`` (scales those sources wherever they are used). By default, one
    group per estimate in use (``default_groups``), so "Caliendo–Parro 2015 autos η" is a bar.

    ``cancelled``: asked before the run and between groups; when it returns True, ``Cancelled``
    is raised (the caller no longer wants the bars).

    ``fast`` (the default): the bars of source groups for the change in imports, Σ m1, creation
    or welfare come from grouped sums (``_grouped_totals``): one factor per group of rows with
    the same elasticities and rate change, not the model on every row twice per bar (on
    300,000 lines the tornado took a third of a second, most of the trade impact's bands). They
    equal the row-by-row bars (``fast=False``, kept as the reference the tests check against)
    up to floating-point rounding. A group that scales nothing has both ends at the base.
    """
    check_cancelled(cancelled)
    _check_el(market, el)
    if not 0 <= pct < 1:
        raise ValueError("pct must be in [0, 1)")
    model = TradeModel(model)
    p = _prepare(market, t0, t1, common)
    base_out = _run(p, el.eta, _inv_eps(el.eps_x), el.sigma, model, diversion)
    base_tot = _totals(base_out)
    if measure not in base_tot:
        raise ValueError(f"unknown measure {measure!r}; one of {', '.join(base_tot)}")
    base = float(base_tot[measure])
    if groups is None:
        groups = default_groups(market, el)
    factors = np.array([1.0 - pct, 1.0 + pct])
    ends: dict[str, tuple[float, float]] = {}
    by_sources = {
        label: _source_index(el, group)
        for label, group in groups.items()
        if np.asarray(group).dtype != bool
    }
    for label, idx in by_sources.items():
        if not idx.size:
            ends[label] = (base, base)  # scales nothing
    scaled = [label for label, idx in by_sources.items() if idx.size]
    if fast and scaled:
        check_cancelled(cancelled)
        draws = np.concatenate([_scaled_sources(el, by_sources[k], factors) for k in scaled])
        totals = _grouped_totals(p, el, draws, model, diversion, measure)
        if totals is not None:
            for k, label in enumerate(scaled):
                ends[label] = (float(totals[2 * k]), float(totals[2 * k + 1]))
    bars = []
    for label, group in groups.items():
        if label in ends:
            low, high = ends[label]
            bars.append(TornadoBar(str(label), low, high, base))
            continue
        check_cancelled(cancelled)
        eta, eps, sigma = _group_rows(el, group, factors)
        out = _run(p, eta, _inv_eps(eps), sigma, model, diversion)
        tot = _totals(out)[measure]
        bars.append(TornadoBar(str(label), float(tot[0]), float(tot[1]), base))
    bars.sort(key=lambda b: -b.swing)
    return bars


@dataclass(frozen=True)
class Band:
    p5: float
    p50: float
    p95: float


#: What the Monte-Carlo bands are computed for.
MC_MEASURES = ("change", "revenue1")


@dataclass(frozen=True, eq=False)
class MonteCarloBands:
    """Percentile bands of the change in imports (Σ m1 − m0) and of tariff revenue after."""

    n: int
    spread: float
    seed: int
    model: TradeModel
    distribution: str
    total: dict[str, Band]
    by_key: dict[Any, dict[str, Band]]
    samples: dict[str, np.ndarray]  # per-draw totals, shape (n,), for histograms
    key_samples: dict[str, np.ndarray]  # per-draw sums per key, shape (n, number of keys)
    keys: tuple[Any, ...]  # the keys, in the column order of ``key_samples``


def _bands(x: np.ndarray) -> list[Band]:
    """Bands over axis 0 of (n, k) samples."""
    q = np.percentile(x, [5.0, 50.0, 95.0], axis=0)
    return [Band(float(a), float(b), float(c)) for a, b, c in zip(q[0], q[1], q[2], strict=True)]


def _run_draws(
    p: _Prepared,
    el: ElasticityArrays,
    draws: np.ndarray,
    fixed: np.ndarray,
    model: TradeModel,
    kid: np.ndarray,
    nk: int,
    diversion: bool,
    names: Sequence[str],
    per_key: dict[str, np.ndarray],
    totals: dict[str, np.ndarray],
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """The reference computation: the model row by row for every draw, in vectorised batches
    of (draws × rows); fills ``per_key`` and ``totals`` for ``names``."""
    n, rows = draws.shape[0], len(p.m)
    chunk = max(1, _BATCH_ELEMS // max(rows, 1))
    eps_kind = np.array([s.kind == ElasticityKind.EXPORT_SUPPLY for s in el.sources], dtype=bool)
    eps_drawn = bool(np.any(eps_kind & ~fixed))
    inv_fixed = _inv_eps(el.eps_x)  # finite supply that is not drawn still counts
    for start in range(0, n, chunk):
        check_cancelled(cancelled)  # between batches: a batch is the unit of work
        sub = draws[start : start + chunk]
        eta = sub[:, el.eta_source]
        sigma = sub[:, el.sigma_source]
        inv = _inv_eps(sub[:, el.eps_source]) if eps_drawn else inv_fixed
        out = _run(p, eta, inv, sigma, model, diversion, full=False)
        d = eta.shape[0]
        arrays = {"change": out["m1"] - p.m, "revenue1": out["revenue1"]}
        ids, size = _group_ids(kid, nk, (d, rows))
        for name in names:
            arr = arrays[name]
            per_key[name][start : start + d] = np.bincount(ids, arr.ravel(), size).reshape(d, nk)
            totals[name][start : start + d] = arr.sum(axis=1)


@dataclass(frozen=True, eq=False)
class _CreationGroups:
    """Rows summed by what their trade creation depends on (see ``_creation_groups``)."""

    base: np.ndarray  # Σ m per group
    eta: np.ndarray  # each group's η source
    eps: np.ndarray  # its ε_x source
    rel: np.ndarray  # its relative rate change Δt/(1+t0) (of the common rate, two elasticities)
    key: np.ndarray  # its key
    gid: np.ndarray  # each row's group
    #: Two elasticities: whether the group's rows substitute towards the implicit rest of the
    #: world, with which σ source and log relative price (None: SMART-style creation only)
    alone: np.ndarray | None = None
    sigma: np.ndarray | None = None
    rel_lr: np.ndarray | None = None


def _combine(*columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Ids of the distinct tuples of non-negative integer columns (and each row's id), built
    pairwise so that no product of the columns' ranges can overflow."""
    ids = np.zeros(len(columns[0]), dtype=np.int64)
    first = np.zeros(0, dtype=np.int64)
    for col in columns:
        col = np.asarray(col, dtype=np.int64)
        width = int(col.max()) + 1 if col.size else 1
        first, ids = _factorize(ids * width + col)
    return first, ids


def _creation_groups(
    p: _Prepared,
    el: ElasticityArrays,
    kid: np.ndarray,
    nk: int,
    diversion: bool,
    model: TradeModel = TradeModel.LINEAR,
) -> _CreationGroups | None:
    """Rows grouped by (η source, ε_x source, Δt/(1+t0), key); None when grouped sums do not
    give the change in imports per key (a market split between keys, or hardly fewer groups
    than rows).

    Why grouping is exact: diversion only shares a market's imports out differently, so it
    adds up to zero within each market, and when every market lies within one key (sectors
    and importers are functions of the market) the change per key is the sum of trade creation
    alone. Creation on a row is its base imports ``m`` times a factor that depends only on its
    η and ε_x sources and on its relative rate change ``Δt/(1+t0)``: linear
    ``max(−η·rel/(1+η/ε_x), −1)``, exact ``expm1(−η/(1+η/ε_x)·log1p(rel))``. So rows that
    share (η source, ε_x source, rel, key) are summed once, and each draw (or tornado run)
    costs one factor per group instead of one evaluation per row."""
    rows = len(p.m)
    if rows == 0 or model == TradeModel.SMART:
        return None  # SMART's diversion formula does not net out by market
    if diversion and p.nm and nk > 1:  # with one key no market can be split
        lo = np.full(p.nm, nk, dtype=np.int64)
        hi = np.full(p.nm, -1, dtype=np.int64)
        np.minimum.at(lo, p.mid, kid)
        np.maximum.at(hi, p.mid, kid)
        if np.any(lo != hi):  # a market split between keys: diversion moves value across keys
            return None
    if p.common is not None:
        return _two_elasticity_groups(p, el, kid, nk, diversion)
    rel = p.dt / (1.0 + p.t0)
    rel_values, rel_id = np.unique(rel, return_inverse=True)
    n_eps, n_rel = len(el.sources), len(rel_values)
    code = ((el.eta_source * n_eps + el.eps_source) * n_rel + rel_id.astype(np.int64)) * nk + kid
    groups, gid = _factorize(code)
    if len(groups) > _GROUPED_SHARE * rows:
        return None  # hardly fewer groups than rows: the row-by-row run is as quick
    rest = groups // nk
    pair = rest // n_rel
    return _CreationGroups(
        base=np.bincount(gid, p.m, len(groups)),
        eta=pair // n_eps,
        eps=pair % n_eps,
        rel=rel_values[rest % n_rel],
        key=groups % nk,
        gid=gid,
    )


def _two_elasticity_groups(
    p: _Prepared, el: ElasticityArrays, kid: np.ndarray, nk: int, diversion: bool
) -> _CreationGroups | None:
    """``_creation_groups`` for the two-elasticity model. A row with rivals in the table moves
    its market's total only by creation on the common rate (the CES split among rivals adds
    up to zero within the market); a row alone in its market ends at
    ``m·(1 + creation)·s`` with ``s`` its substitution towards the implicit rest of the world,
    which depends on its σ source and its log relative price. So rows are grouped by (η and
    ε_x sources, common relative change, alone, σ source and log relative price when alone,
    key); the same draws then cost one factor per group."""
    c = p.common
    assert c is not None
    rows = len(p.m)
    alone = c.alone if diversion else np.zeros(rows, dtype=bool)
    rel_values, rel_id = np.unique(c.rel, return_inverse=True)
    rlr = np.where(alone, c.rel_lr, 0.0)
    rlr_values, rlr_id = np.unique(rlr, return_inverse=True)
    sigma = np.where(alone, el.sigma_source, 0)
    first, gid = _combine(
        el.eta_source, el.eps_source, rel_id, alone.astype(np.int64), sigma, rlr_id, kid
    )
    n = len(first)
    if n > _GROUPED_SHARE * rows:
        return None
    row = np.zeros(n, dtype=np.int64)
    row[gid] = np.arange(rows)  # a representative row of each group
    return _CreationGroups(
        base=np.bincount(gid, p.m, n),
        eta=el.eta_source[row],
        eps=el.eps_source[row],
        rel=rel_values[rel_id[row]],
        key=kid[row],
        gid=gid,
        alone=alone[row],
        sigma=sigma[row],
        rel_lr=rlr_values[rlr_id[row]],
    )


def _factorize(code: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(code, return_inverse=True)`` for non-negative integers: by counting when
    their range is small (a sort of 300,000 codes took 16 ms, counting 2), else by sorting."""
    top = int(code.max()) + 1 if code.size else 0
    if top > 4 * code.size + 1024:
        return np.unique(code, return_inverse=True)
    present = np.bincount(code, minlength=top) > 0
    groups = np.flatnonzero(present)
    position = np.cumsum(present) - 1
    return groups, position[code]


def _creation_factors(g: _CreationGroups, draws: np.ndarray, model: TradeModel) -> np.ndarray:
    """Each group's creation per unit of base imports, (draws × groups), for source values
    ``draws`` (draws × sources)."""
    eta = draws[:, g.eta]
    inv = _inv_eps(draws[:, g.eps])
    if inv is None:
        inv = np.zeros_like(eta)
    shade = 1.0 + eta * inv
    if model == TradeModel.LINEAR:
        return np.maximum(-(eta * g.rel) / shade, -1.0)
    if model == TradeModel.EXACT:
        return np.expm1(-(eta / shade) * np.log1p(g.rel))
    raise ValueError(f"unknown trade model {model!r}")


def _change_factors(g: _CreationGroups, draws: np.ndarray, model: TradeModel) -> np.ndarray:
    """Each group's change in imports per unit of base imports: its creation, and for rows
    alone in their market their substitution towards the rest of the world on top
    (``(1 + creation)·s − 1``, ``s`` as ``_to_rest``)."""
    f = _creation_factors(g, draws, model)
    if g.alone is None or not g.alone.any():
        return f
    sigma = draws[:, g.sigma]
    if model == TradeModel.EXACT:
        s = np.exp(-sigma * g.rel_lr)
    else:
        s = np.maximum(1.0 - sigma * np.expm1(g.rel_lr), 0.0)
    return np.where(g.alone, (1.0 + f) * s - 1.0, f)


def _grouped_change(
    p: _Prepared,
    el: ElasticityArrays,
    draws: np.ndarray,
    model: TradeModel,
    kid: np.ndarray,
    nk: int,
    diversion: bool,
) -> np.ndarray | None:
    """The change in imports per draw and key, (draws × keys), from grouped sums (see
    ``_creation_groups``); None when the shortcut does not apply (the caller then runs every
    row)."""
    g = _creation_groups(p, el, kid, nk, diversion, model)
    n_draws = draws.shape[0]
    if g is None or n_draws * len(g.base) > 4 * _BATCH_ELEMS:
        return None
    factor = _change_factors(g, draws, model)
    ids, size = _group_ids(g.key, nk, factor.shape)
    return np.bincount(ids, (factor * g.base).ravel(), size).reshape(n_draws, nk)


#: Tornado measures whose totals grouped sums give (``_grouped_totals``).
_GROUPED_MEASURES = frozenset({"change", "creation", "m1", "welfare"})


def _grouped_totals(
    p: _Prepared,
    el: ElasticityArrays,
    draws: np.ndarray,
    model: TradeModel,
    diversion: bool,
    measure: str,
) -> np.ndarray | None:
    """The total ``measure`` for each row of source values ``draws``, from grouped sums; None
    when they do not apply. Over the whole table diversion adds up to zero, so the change in
    imports (and Σ m1) is the sum of creation; welfare ``−½·|Δt|·|TC|`` is ``−½·|factor|`` times
    each group's ``Σ Δt·m`` (imports are never negative)."""
    if measure not in _GROUPED_MEASURES or (measure == "welfare" and np.any(p.m < 0)):
        return None
    g = _creation_groups(p, el, np.zeros(len(p.m), dtype=np.int64), 1, diversion, model)
    if g is None:
        return None
    factor = _creation_factors(g, draws, model)
    if measure == "welfare":
        dtm = np.bincount(g.gid, p.dt * p.m, len(g.base))
        return (-0.5 * np.abs(factor)) @ dtm
    if measure == "creation":
        return factor @ g.base
    change = _change_factors(g, draws, model) @ g.base
    return change + p.m.sum() if measure == "m1" else change


def monte_carlo(
    market: Market,
    t0: np.ndarray,
    t1: np.ndarray,
    el: ElasticityArrays,
    n: int = 500,
    spread: float = 0.5,
    seed: int = 2025,
    model: TradeModel = TradeModel.LINEAR,
    keys: np.ndarray | None = None,
    diversion: bool = True,
    measures: Sequence[str] = MC_MEASURES,
    fast: bool = True,
    cancelled: Callable[[], bool] | None = None,
    common: tuple[np.ndarray, np.ndarray] | None = None,
) -> MonteCarloBands:
    """p5/p50/p95 of the change in imports and of revenue after, over ``n`` random draws of the
    elasticities, in total and per key (e.g. sector label or exporter index per row).

    ``measures``: those of ``MC_MEASURES`` wanted (the others are left out of the result).
    ``fast`` (the default) computes the change in imports from grouped sums (see
    ``_grouped_change``), equal to the row-by-row computation (``fast=False``, kept as the
    reference the tests check it against) up to floating-point rounding.

    Distribution: each elasticity *source* (one estimate, e.g. "Caliendo–Parro autos σ") is
    drawn once per draw, independently, **uniform** over ``[v·(1 − spread), v·(1 + spread)]``,
    or over its stated range ``[low, high]`` when it has one (the macro η's 0.5–2, say; with
    ``spread = 0`` nothing is drawn).
    Why uniform: it is the tornado's ±x % read as "anywhere in the range, all equally likely",
    which is how the published estimates' disagreement is usually stated, and it is bounded, so
    no draw produces an absurd elasticity. Why per source: the rows an estimate covers share
    its error (drawing per row would average the uncertainty away). Infinite export supply
    (ε_x ≥ 99) is not drawn. The same seed gives the same bands; ``spread = 0`` gives the
    deterministic result in every band.

    Draws are run in vectorised batches of (draws × rows). ``cancelled``: asked before the
    draws and between batches; when it returns True, ``Cancelled`` is raised (the caller no
    longer wants the bands, e.g. after another edit).
    """
    check_cancelled(cancelled)
    _check_el(market, el)
    if n < 1:
        raise ValueError("n must be at least 1")
    if not 0 <= spread < 1:
        raise ValueError("spread must be in [0, 1): elasticities stay positive")
    model = TradeModel(model)
    p = _prepare(market, t0, t1, common)
    rows = len(market)
    values = el.source_values()
    rng = np.random.default_rng(seed)
    u = rng.uniform(-1.0, 1.0, size=(n, len(values)))
    draws = values[None, :] * (1.0 + spread * u)
    fixed = ~_scalable(el.sources)
    if spread > 0:  # a source with a stated range is drawn over it
        lo = np.array([np.nan if s.low is None else s.low for s in el.sources], dtype=float)
        hi = np.array([np.nan if s.high is None else s.high for s in el.sources], dtype=float)
        ranged = np.isfinite(lo) & np.isfinite(hi) & (lo > 0) & (hi >= lo) & ~fixed
        draws[:, ranged] = lo[ranged] + (hi - lo)[ranged] * (u[:, ranged] + 1.0) / 2.0
    draws[:, fixed] = values[fixed]

    if keys is None:
        kid = np.zeros(rows, dtype=np.int64)
        uniq_keys: list[Any] = []
    else:
        keys = np.asarray(keys)
        if keys.shape != (rows,):
            raise ValueError("one key per row is needed")
        uk, kid = np.unique(keys, return_inverse=True)
        uniq_keys = uk.tolist()
        kid = kid.astype(np.int64)
    nk = max(len(uniq_keys), 1)

    wanted = tuple(name for name in MC_MEASURES if name in measures)
    if not wanted or set(measures) - set(MC_MEASURES):
        raise ValueError(f"measures must be among {', '.join(MC_MEASURES)}")
    per_key = {name: np.zeros((n, nk)) for name in wanted}
    totals = {name: np.zeros(n) for name in wanted}
    slow = list(wanted)
    if fast and "change" in wanted:
        grouped = _grouped_change(p, el, draws, model, kid, nk, diversion)
        check_cancelled(cancelled)
        if grouped is not None:
            per_key["change"] = grouped
            totals["change"] = grouped.sum(axis=1)
            slow.remove("change")
    if slow:
        _run_draws(p, el, draws, fixed, model, kid, nk, diversion, slow, per_key, totals, cancelled)

    total_bands = {name: _bands(totals[name][:, None])[0] for name in wanted}
    by_key: dict[Any, dict[str, Band]] = {}
    if uniq_keys:
        key_bands = {name: _bands(per_key[name]) for name in wanted}
        for i, key in enumerate(uniq_keys):
            by_key[key] = {name: key_bands[name][i] for name in wanted}
    return MonteCarloBands(
        n=n,
        spread=spread,
        seed=seed,
        model=model,
        distribution="uniform",
        total=total_bands,
        by_key=by_key,
        samples=totals,
        key_samples=per_key if uniq_keys else {},
        keys=tuple(uniq_keys),
    )
