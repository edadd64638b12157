"""The negotiation as users think of it: parties, issues and options, preferences, board cards,
tariff measures, trade flows, elasticities, packages and rounds of offers.

Plain mutable dataclasses: the command layer (``commands.py``) is the only thing that edits a
scenario held by a document, so every change can be undone. Ids are stable strings; every
cross-reference between entities is by id and is checked by ``validation.validate``.

Rates are ad valorem fractions (0.25 is 25 %). Dates are ``datetime.date``. Money in trade flows
is in the flow table's currency unit; commitments carry their own unit and, where known, an
estimated annual US-dollar value so the trade model can count them in the bilateral balance.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from negotiator_gui.core.i18n import N_, tr


class Role(StrEnum):
    """A negotiating party sits at the table; a third party only matters for trade diversion."""

    NEGOTIATOR = "negotiator"
    THIRD = "third"


class Authority(StrEnum):
    """The legal layer a tariff measure belongs to (how it stacks with others)."""

    MFN = "mfn"
    S232 = "s232"
    IEEPA_BASELINE = "ieepa_baseline"
    IEEPA_COUNTRY = "ieepa_country"
    S301 = "s301"
    S122 = "s122"
    TRQ = "trq"
    RETALIATION = "retaliation"
    OTHER = "other"


class MeasureMode(StrEnum):
    """How a measure's rate combines: added on top, or an all-in floor that tops a line up."""

    ADDITIVE = "additive"
    ALL_IN = "all_in"


class EffectOp(StrEnum):
    """Tariff-change operators an option can apply to a measure (WITS tariff-cut rules and more)."""

    SET_RATE = "set_rate"  # t1 = x
    CAP_RATE = "cap_rate"  # t1 = min(t0, x)
    CUT = "cut"  # t1 = (1 - c) * t0
    SWISS = "swiss"  # t1 = a*t0 / (a + t0)
    ADD_ON = "add_on"  # t1 = t0 + x
    FLOOR = "floor"  # measure becomes an all-in floor at x
    ADD_MEASURE = "add_measure"
    REMOVE_MEASURE = "remove_measure"


#: Operators that need a numeric ``value``.
VALUE_OPS = frozenset(
    {
        EffectOp.SET_RATE,
        EffectOp.CAP_RATE,
        EffectOp.CUT,
        EffectOp.SWISS,
        EffectOp.ADD_ON,
        EffectOp.FLOOR,
    }
)


class CommitmentKind(StrEnum):
    PURCHASE = "purchase"
    INVESTMENT = "investment"
    MARKET_ACCESS = "market_access"
    STANDARDS = "standards"
    DEFENCE = "defence"
    CURRENCY = "currency"
    OTHER = "other"


class CardKind(StrEnum):
    DEMAND = "demand"
    CONCESSION = "concession"
    RED_LINE = "red_line"


class CardStatus(StrEnum):
    HELD_BACK = "held_back"
    ON_TABLE = "on_table"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    TRADED = "traded"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ElasticityKind(StrEnum):
    IMPORT_DEMAND = "import_demand"
    EXPORT_SUPPLY = "export_supply"
    SUBSTITUTION = "substitution"


class Basis(StrEnum):
    """How much to trust a number: official data, an analyst's estimate, or an illustration."""

    OFFICIAL = "official"
    ESTIMATE = "estimate"
    ILLUSTRATIVE = "illustrative"


#: Every enum value as users read it, marked for translation; shown through ``label``.
LABELS: dict[StrEnum, str] = {
    Role.NEGOTIATOR: N_("Negotiating party"),
    Role.THIRD: N_("Third party"),
    Authority.MFN: N_("MFN"),
    Authority.S232: N_("Section 232"),
    Authority.IEEPA_BASELINE: N_("IEEPA baseline"),
    Authority.IEEPA_COUNTRY: N_("IEEPA reciprocal (by country)"),
    Authority.S301: N_("Section 301"),
    Authority.S122: N_("Section 122"),
    Authority.TRQ: N_("Tariff-rate quota"),
    Authority.RETALIATION: N_("Retaliation"),
    Authority.OTHER: N_("Other"),
    MeasureMode.ADDITIVE: N_("Additive"),
    MeasureMode.ALL_IN: N_("All-in floor"),
    EffectOp.SET_RATE: N_("New rate"),
    EffectOp.CAP_RATE: N_("Cap the rate"),
    EffectOp.CUT: N_("Linear cut"),
    EffectOp.SWISS: N_("Swiss formula"),
    EffectOp.ADD_ON: N_("Add-on"),
    EffectOp.FLOOR: N_("All-in floor"),
    EffectOp.ADD_MEASURE: N_("Add a measure"),
    EffectOp.REMOVE_MEASURE: N_("Remove the measure"),
    CommitmentKind.PURCHASE: N_("Purchase"),
    CommitmentKind.INVESTMENT: N_("Investment"),
    CommitmentKind.MARKET_ACCESS: N_("Market access"),
    CommitmentKind.STANDARDS: N_("Standards"),
    CommitmentKind.DEFENCE: N_("Defence"),
    CommitmentKind.CURRENCY: N_("Currency"),
    CommitmentKind.OTHER: N_("Other"),
    CardKind.DEMAND: N_("Demand"),
    CardKind.CONCESSION: N_("Concession"),
    CardKind.RED_LINE: N_("Red line"),
    CardStatus.HELD_BACK: N_("Held back"),
    CardStatus.ON_TABLE: N_("On the table"),
    CardStatus.ACCEPTED: N_("Accepted"),
    CardStatus.REJECTED: N_("Rejected"),
    CardStatus.WITHDRAWN: N_("Withdrawn"),
    CardStatus.TRADED: N_("Traded"),
    Priority.HIGH: N_("High"),
    Priority.MEDIUM: N_("Medium"),
    Priority.LOW: N_("Low"),
    ElasticityKind.IMPORT_DEMAND: N_("Import demand"),
    ElasticityKind.EXPORT_SUPPLY: N_("Export supply"),
    ElasticityKind.SUBSTITUTION: N_("Substitution"),
    Basis.OFFICIAL: N_("Official"),
    Basis.ESTIMATE: N_("Estimate"),
    Basis.ILLUSTRATIVE: N_("Illustrative"),
}


def label(value: StrEnum) -> str:
    """An enum value as users read it, in their language (the raw value if it has no label)."""
    text = LABELS.get(value)
    return tr(text) if text else str(value)


#: An entity's text in the content languages beside English: language code -> field -> text,
#: e.g. ``{"ja": {"name": "日本"}}``. The English fields stay the reference (ids, sorting, files
#: that only know English); ``i18n.local`` picks the text of the language shown.
Texts = dict[str, dict[str, str]]


@dataclass(slots=True)
class Party:
    id: str
    name: str
    colour: str = "#777777"
    role: Role = Role.NEGOTIATOR
    batna: str = ""
    notes: str = ""
    text: Texts = field(default_factory=dict)


@dataclass(slots=True)
class Scope:
    """HS-code prefixes a measure or effect covers. An empty ``include`` means every product."""

    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Suspension:
    """A window in which a measure is paused (``rate`` None) or applied at a reduced rate."""

    start: dt.date
    end: dt.date | None = None
    rate: float | None = None
    note: str = ""


@dataclass(slots=True)
class Quota:
    """A tariff-rate quota: ``in_quota_rate`` up to ``volume`` (in ``unit``); above it, the
    measure's rate."""

    volume: float
    unit: str
    in_quota_rate: float = 0.0


@dataclass(slots=True)
class Measure:
    id: str
    title: str
    authority: Authority
    imposing: str
    targets: list[str]  # party ids, or ["*"] for every partner
    rate: float
    scope: Scope = field(default_factory=Scope)
    programme: str = ""  # e.g. "autos", "steel" for Section 232
    mode: MeasureMode = MeasureMode.ADDITIVE
    all_in_of: list[Authority] = field(default_factory=list)  # what an all-in floor includes
    legal_ref: str = ""
    announced: dt.date | None = None
    effective: dt.date | None = None
    end: dt.date | None = None
    retroactive_from: dt.date | None = None
    suspensions: list[Suspension] = field(default_factory=list)
    quota: Quota | None = None
    source: str = ""
    notes: str = ""
    #: Part of the base-year rate of the lines this measure covers that is an earlier layer of
    #: the same duty (e.g. the 2018 Section 232 aluminium duty inside 2024's duties collected).
    #: While the measure applies it replaces that part instead of stacking on it.
    in_base_rate: float = 0.0
    #: What the measure's legal scope covers that the flow table does not model (a coverage
    #: gap every rate figure states), e.g. auto parts outside chapter 87.
    uncovered: str = ""
    text: Texts = field(default_factory=dict)


@dataclass(slots=True)
class StackingRule:
    """When a measure matching ``when`` applies to a line, measures matching ``excludes`` do not.

    Selectors are an authority (``s232``), an authority and programme (``s232:autos``) or a
    measure id prefixed with ``#``.
    """

    id: str
    when: list[str]
    excludes: list[str]
    note: str = ""


@dataclass(slots=True)
class TariffEffect:
    op: EffectOp
    measure: str = ""  # target measure id (all ops but add_measure)
    value: float | None = None
    scope: Scope | None = None  # narrows the effect to some lines
    new_measure: Measure | None = None  # for add_measure
    note: str = ""


@dataclass(slots=True)
class Commitment:
    kind: CommitmentKind
    party: str  # who commits
    label: str
    amount: float | None = None
    unit: str = ""
    usd_per_year: float | None = None  # estimated effect on the bilateral balance, US$ per year
    product: str = ""  # HS prefix the commitment concerns, if any
    note: str = ""


@dataclass(slots=True)
class Option:
    id: str
    label: str
    description: str = ""
    effects: list[TariffEffect] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    text: Texts = field(default_factory=dict)


@dataclass(slots=True)
class Issue:
    id: str
    title: str
    options: list[Option] = field(default_factory=list)
    description: str = ""
    tags: list[str] = field(default_factory=list)
    text: Texts = field(default_factory=dict)


#: A range (low, high) around a point estimate, on the point's own scale; low <= point <= high.
Range = tuple[float, float]


class Confidence(StrEnum):
    """How sure a team is of a set of preferences, for the numbers without a range of their own:
    each stands for a band of ± points around the point (``preference_ranges.CONFIDENCE_WIDTH``)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


LABELS.update(
    {
        Confidence.HIGH: N_("High confidence"),
        Confidence.MEDIUM: N_("Medium confidence"),
        Confidence.LOW: N_("Low confidence"),
    }
)


@dataclass(slots=True)
class IssuePreference:
    weight: float  # points; a party's weights add up to 100
    scores: dict[str, float] = field(default_factory=dict)  # option id -> 0..100
    rationale: str = ""
    #: How far the weight may plausibly lie from the point estimate (None: the point, or the
    #: band of the preferences' ``confidence``).
    weight_range: Range | None = None
    #: Option id -> range around that option's score (options left out: as ``weight_range``).
    score_ranges: dict[str, Range] = field(default_factory=dict)


@dataclass(slots=True)
class Reservation:
    """A party's reservation value (BATNA): a number on the 0–100 utility scale, or a package."""

    value: float | None = None
    package: str = ""
    rationale: str = ""
    range: Range | None = None  # around ``value``; only with a value


@dataclass(slots=True)
class Preferences:
    party: str
    issues: dict[str, IssuePreference] = field(default_factory=dict)
    reservation: Reservation = field(default_factory=Reservation)
    basis: Basis = Basis.ILLUSTRATIVE
    rationale: str = ""
    #: A confidence level standing for a band around every number without a range of its own
    #: (None: such numbers are exact points).
    confidence: Confidence | None = None


@dataclass(slots=True)
class Card:
    id: str
    party: str  # whose board
    kind: CardKind
    title: str
    status: CardStatus = CardStatus.HELD_BACK
    order: int = 0
    priority: Priority = Priority.MEDIUM
    issue: str = ""
    option: str = ""
    # Estimates in utility points, signed against the status quo: value_to_us is what the board's
    # owner gains if the card is realised (negative for a concession that costs us); cost_to_them
    # is what the other side loses (negative when they gain).
    value_to_us: float | None = None
    cost_to_them: float | None = None
    owner: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # cards on another board this one answers
    text: Texts = field(default_factory=dict)


#: The fields of each entity that may carry a text in another content language (``text``).
TEXT_FIELDS: dict[type, tuple[str, ...]] = {
    Party: ("name", "batna", "notes"),
    Issue: ("title", "description"),
    Option: ("label", "description"),
    Measure: ("title", "notes", "uncovered"),
    Card: ("title", "notes"),
}


@dataclass(slots=True)
class TradeFlows:
    """Base-year trade by (importer, exporter, product line), stored by column.

    Columns keep a 100,000-line table cheap to load, save and hand to numpy. A row is identified
    by its (importer, exporter, product) key, which must be unique.
    """

    year: int = 2024
    unit: str = "USD"
    source: str = ""
    importer: list[str] = field(default_factory=list)
    exporter: list[str] = field(default_factory=list)
    product: list[str] = field(default_factory=list)
    value: list[float] = field(default_factory=list)
    mfn_rate: list[float] = field(default_factory=list)

    COLUMNS = ("importer", "exporter", "product", "value", "mfn_rate")

    def __len__(self) -> int:
        return len(self.product)

    def row(self, i: int) -> tuple[str, str, str, float, float]:
        return (
            self.importer[i],
            self.exporter[i],
            self.product[i],
            self.value[i],
            self.mfn_rate[i],
        )

    def key(self, i: int) -> tuple[str, str, str]:
        return (self.importer[i], self.exporter[i], self.product[i])

    def index_of(self, importer: str, exporter: str, product: str) -> int:
        """Row index of a key; ``KeyError`` if absent."""
        for i in range(len(self.product)):
            if (
                self.product[i] == product
                and self.importer[i] == importer
                and self.exporter[i] == exporter
            ):
                return i
        raise KeyError((importer, exporter, product))


@dataclass(slots=True)
class Elasticity:
    id: str
    kind: ElasticityKind
    value: float
    product: str = ""  # HS prefix; "" = every product
    importer: str = ""  # party id; "" = every importer
    source: str = ""
    name: str = ""  # what a chart or table calls it, e.g. "Autos (HS 87), micro σ"
    low: float | None = None  # the published range around ``value``, if known
    high: float | None = None


@dataclass(slots=True)
class Package:
    """A named choice of one option per issue (a partial package leaves some issues open)."""

    id: str
    name: str
    choices: dict[str, str] = field(default_factory=dict)  # issue id -> option id
    note: str = ""


@dataclass(slots=True)
class Offer:
    id: str
    round: int
    party: str
    choices: dict[str, str] = field(default_factory=dict)
    date: dt.date | None = None
    note: str = ""


@dataclass(slots=True)
class Provenance:
    sources: list[str] = field(default_factory=list)
    author: str = ""
    created: dt.date | None = None
    notes: str = ""


@dataclass(slots=True)
class Scenario:
    id: str
    title: str
    as_of: dt.date
    perspective: str  # party id of "us"
    description: str = ""
    notes: str = ""
    text: Texts = field(default_factory=dict)  # title, description, notes in other languages
    provenance: Provenance = field(default_factory=Provenance)
    parties: list[Party] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    preferences: list[Preferences] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    stacking_rules: list[StackingRule] = field(default_factory=list)
    trade_flows: TradeFlows = field(default_factory=TradeFlows)
    elasticities: list[Elasticity] = field(default_factory=list)
    packages: list[Package] = field(default_factory=list)
    offers: list[Offer] = field(default_factory=list)
    #: The package under discussion (issue id -> option id), kept with the scenario so that the
    #: work in the package builder survives a save and a restart; empty: none chosen yet (the
    #: application then starts from our latest offer). Never None: the document pickles it on
    #: its own and tells it apart by identity.
    working_package: dict[str, str] = field(default_factory=dict)

    # -- lookups (linear: collections are small; the flow table has its own index) --
    def party(self, party_id: str) -> Party:
        return _by_id(self.parties, party_id, "party")

    def issue(self, issue_id: str) -> Issue:
        return _by_id(self.issues, issue_id, "issue")

    def card(self, card_id: str) -> Card:
        return _by_id(self.cards, card_id, "card")

    def measure(self, measure_id: str) -> Measure:
        return _by_id(self.measures, measure_id, "measure")

    def package(self, package_id: str) -> Package:
        return _by_id(self.packages, package_id, "package")

    def preferences_of(self, party_id: str) -> Preferences:
        for p in self.preferences:
            if p.party == party_id:
                return p
        raise KeyError(f"no preferences for party {party_id!r}")

    def negotiators(self) -> list[Party]:
        return [p for p in self.parties if p.role is Role.NEGOTIATOR]


TEXT_FIELDS[Scenario] = ("title", "description", "notes")


def _by_id(items: list, item_id: str, what: str):
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(f"no {what} with id {item_id!r}")


def option_of(issue: Issue, option_id: str) -> Option:
    return _by_id(issue.options, option_id, f"option in issue {issue.id!r}")
