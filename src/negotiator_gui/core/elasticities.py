"""Elasticity presets with provenance, and the rule that gives every row of a market one
import-demand (η), export-supply (ε_x) and substitution (σ) elasticity.

Two elasticities, as the literature separates them (models.md §2; Feenstra, Luck, Obstfeld &
Russ 2018): η is the *macro* elasticity between imports and home goods (about 1), which moves a
market's imports when a tariff hits every supplier; σ is the *micro* elasticity between import
sources (about 3–5 or more), which moves one supplier's share when its rate differs from the
rest's. Sector *trade* elasticities (Caliendo–Parro, Simonovska–Waugh, Fontagné et al.) are
micro elasticities and are presets of σ, never of η: used as η they overstate the effect of a
universal tariff several times over.

Auto results swing widely with η (models.md §2), so every number the trade model uses must say
where it came from: the scenario (an analyst's override), a named preset library (a published
estimate), or the hard fallback (nothing matched — reported as a missing elasticity).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from negotiator_gui.core.i18n import N_
from negotiator_gui.core.model import Elasticity, ElasticityKind
from negotiator_gui.core.trade import (
    INFINITE_SUPPLY,
    ElasticityArrays,
    ElasticitySource,
    Market,
    Origin,
)

ETA = ElasticityKind.IMPORT_DEMAND
EPS = ElasticityKind.EXPORT_SUPPLY
SIGMA = ElasticityKind.SUBSTITUTION

_KIND_SHORT = {ETA: "eta", EPS: "eps_x", SIGMA: "sigma"}


@dataclass(frozen=True)
class PresetEntry:
    """One published value, scoped to HS prefixes (("",) = every product)."""

    kind: ElasticityKind
    value: float
    prefixes: tuple[str, ...]
    label: str  # short name for a chart bar
    provenance: str  # authors, year, what the number is, how it is mapped to HS
    low: float | None = None  # the range a sensitivity analysis should cover
    high: float | None = None


@dataclass(frozen=True)
class Preset:
    name: str
    title: str
    provenance: str
    entries: tuple[PresetEntry, ...]


def _chapters(first: int, last: int) -> tuple[str, ...]:
    return tuple(f"{c:02d}" for c in range(first, last + 1))


_SMART_DOC = (
    "WITS SMART (World Bank / UNCTAD World Integrated Trade Solution), single-market partial "
    "equilibrium simulation tool, default parameters"
)
_CP = (
    "Caliendo, L. & Parro, F. (2015), 'Estimates of the Trade and Welfare Effects of NAFTA', "
    "Review of Economic Studies 82(1): 1–44, Table 1 sector trade elasticities, used here as "
    "micro elasticities σ between import sources (not as import-demand η)"
)
_FLOR = (
    "Feenstra, R. C., Luck, P., Obstfeld, M. & Russ, K. N. (2018), 'In Search of the Armington "
    "Elasticity', Review of Economics and Statistics 100(1): 135–150"
)
#: Half-width of the range given to a published point estimate that comes without one: an
#: assumption of this application for sensitivity analysis, not a figure of the papers.
_RANGE = 0.5


def _cp(sector: str, value: float, prefixes: tuple[str, ...], mapping: str) -> PresetEntry:
    return PresetEntry(
        SIGMA,
        value,
        prefixes,
        f"Caliendo–Parro 2015 {sector} σ",
        f"{_CP}: {sector} {value:.2f}; {mapping}. Range ±{_RANGE:.0%} (an assumption of this "
        "application for sensitivity analysis).",
        round(value * (1 - _RANGE), 3),
        round(value * (1 + _RANGE), 3),
    )


#: The presets the trade model uses unless told otherwise: SMART's infinite export supply (and
#: its σ = 1.5 where no sector value applies), the macro η of Feenstra et al., and the sector
#: micro σ of Caliendo–Parro.
DEFAULT_PRESETS: tuple[str, ...] = ("smart", "feenstra-2018", "caliendo-parro-2015")


PRESETS: dict[str, Preset] = {
    "feenstra-2018": Preset(
        "feenstra-2018",
        N_("Feenstra et al. (2018) macro elasticity"),
        f"{_FLOR}: the macro (Armington) elasticity between imported and home goods is about 1 "
        "(often not significantly different from 1), well below the micro elasticity between "
        "import sources. Applied to every product as η.",
        (
            PresetEntry(
                ETA,
                1.0,
                ("",),
                N_("macro η (Feenstra et al. 2018)"),
                f"{_FLOR}: macro elasticity about 1, applied to every product. Range 0.5–2 (an "
                "assumption of this application for sensitivity analysis).",
                0.5,
                2.0,
            ),
        ),
    ),
    "smart": Preset(
        "smart",
        N_("WITS SMART defaults"),
        f"{_SMART_DOC}. SMART's import-demand elasticities are the product-level estimates of "
        "Kee, Nicita & Olarreaga (2008, Review of Economics and Statistics 90(4)), which are not "
        "shipped with this application, so this preset sets only σ and ε_x.",
        (
            PresetEntry(
                SIGMA,
                1.5,
                ("",),
                N_("SMART σ"),
                f"{_SMART_DOC}: substitution elasticity between sources of a product, 1.5.",
            ),
            PresetEntry(
                EPS,
                INFINITE_SUPPLY,
                ("",),
                N_("SMART ε_x"),
                f"{_SMART_DOC}: export-supply elasticity 99, SMART's encoding of infinitely "
                "elastic supply (world prices do not move).",
            ),
        ),
    ),
    "caliendo-parro-2015": Preset(
        "caliendo-parro-2015",
        N_("Caliendo–Parro (2015) sector trade elasticities"),
        f"{_CP}. Sector values are mapped to HS chapters; chapters outside these sectors get no "
        "value from this preset.",
        (
            _cp("autos", 1.01, ("87",), "motor vehicles, HS chapter 87"),
            _cp("machinery", 1.52, ("84",), "machinery n.e.c., HS chapter 84"),
            _cp("electrical", 10.60, ("85",), "electrical machinery, HS chapter 85"),
            _cp(
                "medical/optical",
                8.98,
                ("90", "91"),
                "medical, precision and optical instruments, HS chapter 90, and watches and "
                "clocks (HS 91), which belong to the same ISIC Rev.3 division 33",
            ),
            _cp("chemicals", 4.75, _chapters(28, 38), "chemicals, HS chapters 28–38"),
            _cp(
                "agriculture",
                8.11,
                _chapters(1, 24),
                "agriculture, HS chapters 01–24 (agricultural and food products)",
            ),
        ),
    ),
    "fontagne-2022": Preset(
        "fontagne-2022",
        N_("Fontagné–Guimbard–Orefice (2022) product-level elasticities, central value"),
        "Fontagné, L., Guimbard, H. & Orefice, G. (2022), 'Tariff-based product-level trade "
        "elasticities', Journal of International Economics 137: 103593. Their HS6 estimates "
        "centre near 5; the product-level table is not shipped, so σ = 5 everywhere.",
        (
            PresetEntry(
                SIGMA,
                5.0,
                ("",),
                N_("Fontagné et al. 2022 σ"),
                "Fontagné, Guimbard & Orefice (2022), JIE 137: 103593: central value of "
                "product-level tariff elasticities, about 5, applied to every product.",
            ),
        ),
    ),
    "simonovska-waugh-2014": Preset(
        "simonovska-waugh-2014",
        N_("Simonovska–Waugh (2014) aggregate trade elasticity"),
        "Simonovska, I. & Waugh, M. E. (2014), 'The elasticity of trade: Estimates and "
        "evidence', Journal of International Economics 92(1): 34–50: aggregate trade elasticity "
        "about 4, applied to every product as the micro elasticity σ.",
        (
            PresetEntry(
                SIGMA,
                4.0,
                ("",),
                N_("Simonovska–Waugh 2014 σ"),
                "Simonovska & Waugh (2014), JIE 92(1): 34–50: aggregate trade elasticity "
                "about 4, applied to every product.",
            ),
        ),
    ),
}

#: Used when neither the scenario nor a chosen preset covers a row; rows that get any of these
#: values are reported as having a missing elasticity.
FALLBACK = Preset(
    "fallback",
    N_("Hard fallback"),
    "Used only when nothing else matches: the macro η = 1 (Feenstra et al. 2018), the micro "
    "σ = 4 (Simonovska–Waugh 2014 aggregate trade elasticity) and SMART's ε_x = 99 (infinite "
    "supply).",
    (
        PresetEntry(
            ETA,
            1.0,
            ("",),
            N_("fallback η"),
            f"Fallback: macro elasticity about 1 ({_FLOR}); no product value covered this line.",
            0.5,
            2.0,
        ),
        PresetEntry(
            EPS,
            INFINITE_SUPPLY,
            ("",),
            N_("fallback ε_x"),
            "Fallback: SMART default export-supply elasticity 99 (infinite supply).",
        ),
        PresetEntry(
            SIGMA,
            4.0,
            ("",),
            N_("fallback σ"),
            "Fallback: micro elasticity between sources about 4 (Simonovska & Waugh 2014, JIE "
            "92(1)); no sector or product value covered this line.",
            2.0,
            6.0,
        ),
    ),
)

_TIER = {Origin.FALLBACK: 0, Origin.PRESET: 1, Origin.SCENARIO: 2}


def _preset_sources(preset: Preset, origin: Origin) -> list[ElasticitySource]:
    return [
        ElasticitySource(
            id=f"{preset.name}:{_KIND_SHORT[e.kind]}:{prefix or '*'}",
            kind=e.kind,
            value=e.value,
            product=prefix,
            importer="",
            source_text=e.provenance,
            origin=origin,
            label=e.label,
            low=e.low,
            high=e.high,
        )
        for e in preset.entries
        for prefix in e.prefixes
    ]


def candidate_sources(
    elasticities: Sequence[Elasticity], presets: Sequence[str]
) -> list[ElasticitySource]:
    """Every source ``resolve`` may choose from, in list order: fallback, presets (in the order
    given), then the scenario's entries."""
    unknown = [p for p in presets if p not in PRESETS]
    if unknown:
        raise KeyError(f"unknown preset(s) {unknown}; known: {', '.join(PRESETS)}")
    sources = _preset_sources(FALLBACK, Origin.FALLBACK)
    for name in presets:
        sources += _preset_sources(PRESETS[name], Origin.PRESET)
    for e in elasticities:
        if not (np.isfinite(e.value) and e.value > 0):
            raise ValueError(f"elasticity {e.id!r}: a positive number is needed, not {e.value!r}")
        sources.append(
            ElasticitySource(
                id=e.id,
                kind=ElasticityKind(e.kind),
                value=float(e.value),
                product=e.product,
                importer=e.importer,
                source_text=e.source,
                origin=Origin.SCENARIO,
                label=e.name,
                low=e.low,
                high=e.high,
            )
        )
    return sources


def resolve(
    elasticities: Sequence[Elasticity],
    market: Market,
    party_ids: Sequence[str],
    presets: Sequence[str] = DEFAULT_PRESETS,
) -> ElasticityArrays:
    """One η, ε_x and σ per row, each with the source it came from.

    Rule, for each row and each kind:

    1. Tier: the scenario's own elasticities (the analyst's overrides) win over the presets,
       the presets over the hard ``FALLBACK``. A general scenario entry (product "") therefore
       masks every preset value of its kind: an override is an override.
    2. Within a tier, the most specific match wins: the longest matching HS prefix first
       (product "" matches every product), then an importer-specific entry over a general one
       (importer "" = every importer; ids map to party indices through ``party_ids``; an entry
       for a party not in ``party_ids`` matches nothing).
    3. Ties: the later entry wins (the later preset in ``presets``, the later scenario entry),
       as in a list of settings read top to bottom.

    Elasticities depend on importer and product only, so the rule is applied once per
    (importer, product) market — prefix tests are vectorised over the distinct product codes —
    and spread to rows through ``market.market_id``. Sources are applied in ascending priority
    and each overwrites what it matches, so the last writer is the winner.
    """
    sources = candidate_sources(elasticities, presets)
    party_index = {p: i for i, p in enumerate(party_ids)}
    uniq_products = market.unique_products
    m_prod = market.market_product
    m_imp = market.market_importer
    nm = market.n_markets

    def priority(i: int) -> tuple[int, int, int, int]:
        s = sources[i]
        return (_TIER[s.origin], len(s.product), 1 if s.importer else 0, i)

    prefix_match: dict[str, np.ndarray] = {}
    chosen = {kind: np.full(nm, -1, dtype=np.int64) for kind in (ETA, EPS, SIGMA)}
    for i in sorted(range(len(sources)), key=priority):
        s = sources[i]
        if s.product not in prefix_match:
            prefix_match[s.product] = np.strings.startswith(uniq_products, s.product)
        match = prefix_match[s.product][m_prod]
        if s.importer:
            if s.importer not in party_index:
                continue
            match &= m_imp == party_index[s.importer]
        chosen[ElasticityKind(s.kind)][match] = i

    values = np.array([s.value for s in sources], dtype=np.float64)
    mid = market.market_id
    rows = {kind: chosen[kind][mid] for kind in chosen}
    return ElasticityArrays(
        eta=values[rows[ETA]],
        eps_x=values[rows[EPS]],
        sigma=values[rows[SIGMA]],
        eta_source=rows[ETA],
        eps_source=rows[EPS],
        sigma_source=rows[SIGMA],
        sources=tuple(sources),
    )
