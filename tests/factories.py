"""Scenarios built in code for tests: small, deterministic, and touching every entity type.

``small_scenario()`` returns a new, valid scenario on every call (no shared mutable state), so a
test may edit it freely. It has two negotiators and a third party, three issues with three options
each (tariff effects of every operator and commitments), preferences whose weights add up to 100,
cards on both boards linked across them, measures with a suspension and a quota, stacking rules,
trade flows, elasticities, packages, offers, provenance, and Japanese text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from negotiator_gui.core.model import (
    Authority,
    Basis,
    Card,
    CardKind,
    CardStatus,
    Commitment,
    CommitmentKind,
    EffectOp,
    Elasticity,
    ElasticityKind,
    Issue,
    IssuePreference,
    Measure,
    MeasureMode,
    Offer,
    Option,
    Package,
    Party,
    Preferences,
    Priority,
    Provenance,
    Quota,
    Reservation,
    Role,
    Scenario,
    Scope,
    StackingRule,
    Suspension,
    TariffEffect,
    TradeFlows,
)

D = dt.date


def _parties() -> list[Party]:
    return [
        Party(
            id="US",
            name="United States",
            colour="#1f77b4",
            batna="Keep the tariffs and wait",
            notes="USTR leads; Commerce runs Section 232.",
        ),
        Party(
            id="JP",
            name="Japan",
            colour="#d62728",
            text={"ja": {"name": "日本"}},
            batna="WTO dispute and patience",
            notes="経済産業省と外務省が担当。",
        ),
        Party(
            id="CN", name="China", colour="#2ca02c", role=Role.THIRD, text={"ja": {"name": "中国"}}
        ),
    ]


def _measures() -> list[Measure]:
    return [
        Measure(
            id="us-232-autos",
            title="Section 232 tariff on cars and parts",
            authority=Authority.S232,
            imposing="US",
            targets=["*"],
            rate=0.25,
            scope=Scope(include=["8703", "8708"], exclude=["870899"]),
            programme="autos",
            legal_ref="Proclamation 10908",
            announced=D(2025, 3, 26),
            effective=D(2025, 4, 3),
            source="Federal Register",
        ),
        Measure(
            id="us-ieepa-jp",
            title="Reciprocal tariff on Japan",
            authority=Authority.IEEPA_COUNTRY,
            imposing="US",
            targets=["JP"],
            rate=0.24,
            announced=D(2025, 4, 2),
            effective=D(2025, 4, 9),
            suspensions=[
                Suspension(start=D(2025, 4, 10), end=D(2025, 7, 9), rate=0.10, note="90-day pause"),
            ],
            notes="相互関税（24 %）",
        ),
        Measure(
            id="us-ieepa-base",
            title="Baseline reciprocal tariff",
            authority=Authority.IEEPA_BASELINE,
            imposing="US",
            targets=["*"],
            rate=0.10,
            effective=D(2025, 4, 5),
        ),
        Measure(
            id="us-mfn",
            title="US MFN duties (average)",
            authority=Authority.MFN,
            imposing="US",
            targets=["*"],
            rate=0.025,
        ),
        Measure(
            id="jp-rice-trq",
            title="Rice tariff-rate quota",
            authority=Authority.TRQ,
            imposing="JP",
            targets=["*"],
            rate=3.41,
            scope=Scope(include=["1006"]),
            quota=Quota(volume=770_000, unit="t", in_quota_rate=0.0),
            end=D(2030, 12, 31),
        ),
    ]


def _issues() -> list[Issue]:
    autos = Issue(
        id="autos",
        title="Section 232 on autos",
        description="自動車関税: the single largest item for Japan.",
        tags=["goods", "autos"],
        options=[
            Option(id="keep", label="Keep 25 %"),
            Option(
                id="cut-half",
                label="Cut by half",
                effects=[
                    TariffEffect(op=EffectOp.CUT, measure="us-232-autos", value=0.5),
                    TariffEffect(
                        op=EffectOp.CAP_RATE,
                        measure="us-232-autos",
                        value=0.15,
                        scope=Scope(include=["8708"]),
                        note="parts capped",
                    ),
                ],
                commitments=[
                    Commitment(
                        kind=CommitmentKind.INVESTMENT,
                        party="JP",
                        label="Auto plant investment",
                        amount=10,
                        unit="bn USD",
                        usd_per_year=2_000_000_000,
                        product="8703",
                    ),
                ],
            ),
            Option(
                id="floor-15",
                label="15 % all-in floor",
                description="Stacked duties topped up to 15 %, no higher.",
                effects=[
                    TariffEffect(op=EffectOp.FLOOR, measure="us-232-autos", value=0.15),
                    TariffEffect(op=EffectOp.SWISS, measure="us-mfn", value=0.25),
                ],
            ),
        ],
    )
    reciprocal = Issue(
        id="reciprocal",
        title="Reciprocal (IEEPA) tariff",
        tags=["goods"],
        options=[
            Option(id="keep", label="24 %"),
            Option(
                id="set-10",
                label="Down to the 10 % baseline",
                effects=[
                    TariffEffect(op=EffectOp.SET_RATE, measure="us-ieepa-jp", value=0.10),
                    TariffEffect(op=EffectOp.REMOVE_MEASURE, measure="us-ieepa-base"),
                ],
                commitments=[
                    Commitment(
                        kind=CommitmentKind.PURCHASE,
                        party="JP",
                        label="LNG purchases",
                        amount=8.5,
                        unit="bn USD/yr",
                        usd_per_year=8_500_000_000,
                        note="Alaska LNG",
                    ),
                    Commitment(
                        kind=CommitmentKind.DEFENCE,
                        party="JP",
                        label="Defence equipment",
                    ),
                ],
            ),
            Option(
                id="snapback",
                label="Snap-back surcharge",
                effects=[
                    TariffEffect(op=EffectOp.ADD_ON, measure="us-ieepa-jp", value=-0.04),
                    TariffEffect(
                        op=EffectOp.ADD_MEASURE,
                        new_measure=Measure(
                            id="jp-retaliation",
                            title="Japanese counter-tariff",
                            authority=Authority.RETALIATION,
                            imposing="JP",
                            targets=["US"],
                            rate=0.2,
                            mode=MeasureMode.ALL_IN,
                            all_in_of=[Authority.MFN],
                            scope=Scope(include=["02", "1005"]),
                        ),
                    ),
                ],
            ),
        ],
    )
    rice = Issue(
        id="rice",
        title="Rice market access",
        description="コメの市場アクセス",
        options=[
            Option(id="none", label="No change"),
            Option(
                id="quota-up",
                label="Larger US share of the quota",
                commitments=[
                    Commitment(
                        kind=CommitmentKind.MARKET_ACCESS,
                        party="JP",
                        label="Minimum-access rice from the US",
                        amount=175_000,
                        unit="t",
                        usd_per_year=300_000_000,
                        product="1006",
                    ),
                ],
            ),
            Option(
                id="standards",
                label="Mutual recognition of standards",
                commitments=[
                    Commitment(
                        kind=CommitmentKind.STANDARDS,
                        party="US",
                        label="Recognise Japanese car safety standards",
                    ),
                    Commitment(kind=CommitmentKind.CURRENCY, party="JP", label="FX consultations"),
                    Commitment(kind=CommitmentKind.OTHER, party="US", label="Working group"),
                ],
            ),
        ],
    )
    return [autos, reciprocal, rice]


def _preferences() -> list[Preferences]:
    return [
        Preferences(
            party="US",
            issues={
                "autos": IssuePreference(
                    weight=50, scores={"keep": 100, "cut-half": 30, "floor-15": 60}
                ),
                "reciprocal": IssuePreference(
                    weight=30,
                    scores={"keep": 90, "set-10": 50, "snapback": 0},
                    rationale="Leverage for the rest",
                ),
                "rice": IssuePreference(
                    weight=20, scores={"none": 0, "quota-up": 100, "standards": 40}
                ),
            },
            reservation=Reservation(value=45, rationale="Tariffs stay if no deal"),
            basis=Basis.ESTIMATE,
            rationale="Analyst's reading of public statements",
        ),
        Preferences(
            party="JP",
            issues={
                "autos": IssuePreference(
                    weight=55.5, scores={"keep": 0, "cut-half": 70, "floor-15": 100}
                ),
                "reciprocal": IssuePreference(
                    weight=34.5, scores={"keep": 0, "set-10": 100, "snapback": 20}
                ),
                "rice": IssuePreference(
                    weight=10, scores={"none": 100, "quota-up": 40, "standards": 70}
                ),
            },
            reservation=Reservation(package="pkg-status-quo"),
        ),
    ]


def _cards() -> list[Card]:
    return [
        Card(
            id="jp-d-autos",
            party="JP",
            kind=CardKind.DEMAND,
            title="自動車関税を15 %に",
            status=CardStatus.ON_TABLE,
            order=0,
            priority=Priority.HIGH,
            issue="autos",
            option="floor-15",
            value_to_us=30,
            cost_to_them=12.5,
            owner="METI",
            tags=["autos"],
            links=["us-c-autos"],
        ),
        Card(
            id="jp-c-lng",
            party="JP",
            kind=CardKind.CONCESSION,
            title="LNG purchases",
            status=CardStatus.HELD_BACK,
            order=1,
            issue="reciprocal",
            option="set-10",
            value_to_us=-5,
            notes="Only in exchange for autos",
            links=["us-d-rice"],
        ),
        Card(
            id="jp-r-rice",
            party="JP",
            kind=CardKind.RED_LINE,
            title="No rice tariff cut",
            status=CardStatus.REJECTED,
            order=2,
            priority=Priority.LOW,
            issue="rice",
        ),
        Card(
            id="us-d-rice",
            party="US",
            kind=CardKind.DEMAND,
            title="More US rice",
            status=CardStatus.ACCEPTED,
            issue="rice",
            option="quota-up",
        ),
        Card(
            id="us-c-autos",
            party="US",
            kind=CardKind.CONCESSION,
            title="Auto tariff cut",
            status=CardStatus.TRADED,
            order=1,
            issue="autos",
            option="cut-half",
            links=["jp-d-autos"],
        ),
        Card(
            id="us-c-old",
            party="US",
            kind=CardKind.CONCESSION,
            title="Withdrawn idea",
            status=CardStatus.WITHDRAWN,
            order=2,
        ),
    ]


def _flows() -> TradeFlows:
    rows = [
        ("US", "JP", "8703", 55_900_000_000, 0.025),
        ("US", "JP", "8708", 12_000_000_000, 0.025),
        ("US", "CN", "8703", 1_500_000_000.5, 0.025),
        ("US", "CN", "8708", 20_000_000_000, 0.025),
        ("JP", "US", "1006", 300_000_000, 3.41),
        ("JP", "US", "02", 2_000_000_000, 0.385),
        ("JP", "CN", "1006", 12_345.75, 3.41),
    ]
    f = TradeFlows(year=2024, unit="USD", source="UN Comtrade (illustrative)")
    for imp, exp, prod, value, rate in rows:
        f.importer.append(imp)
        f.exporter.append(exp)
        f.product.append(prod)
        f.value.append(value)
        f.mfn_rate.append(rate)
    return f


def small_scenario() -> Scenario:
    """A new valid scenario covering every entity type (same content on every call)."""
    return Scenario(
        id="small-us-jp",
        title="Small US–Japan test scenario",
        as_of=D(2025, 4, 9),
        perspective="JP",
        description="日米関税交渉のテスト用シナリオ 🇯🇵🇺🇸",
        notes="Numbers are illustrative.",
        provenance=Provenance(
            sources=["USTR press release", "Federal Register"],
            author="Test factory",
            created=D(2025, 4, 10),
            notes="Built in code.",
        ),
        parties=_parties(),
        issues=_issues(),
        preferences=_preferences(),
        cards=_cards(),
        measures=_measures(),
        stacking_rules=[
            StackingRule(
                id="autos-not-reciprocal",
                when=["s232:autos"],
                excludes=["ieepa_country", "ieepa_baseline"],
                note="Autos under 232 are exempt from the reciprocal tariffs",
            ),
            StackingRule(id="retaliation-alone", when=["#jp-retaliation"], excludes=["#us-mfn"]),
        ],
        trade_flows=_flows(),
        elasticities=[
            Elasticity(
                id="ed-autos-us",
                kind=ElasticityKind.IMPORT_DEMAND,
                value=1.2,
                product="8703",
                importer="US",
                source="Kee, Nicita & Olarreaga (illustrative)",
            ),
            Elasticity(id="es-all", kind=ElasticityKind.EXPORT_SUPPLY, value=5),
            Elasticity(id="sub-all", kind=ElasticityKind.SUBSTITUTION, value=3.5, importer="JP"),
        ],
        packages=[
            Package(id="pkg-status-quo", name="No deal", choices={}),
            Package(
                id="pkg-july",
                name="七月の合意案",
                choices={"autos": "floor-15", "reciprocal": "set-10", "rice": "quota-up"},
                note="The shape of the July deal",
            ),
            Package(id="pkg-partial", name="Autos only", choices={"autos": "cut-half"}),
        ],
        offers=[
            Offer(
                id="offer-1",
                round=1,
                party="JP",
                choices={"autos": "floor-15", "reciprocal": "set-10"},
                date=D(2025, 4, 17),
                note="Opening offer",
            ),
            Offer(
                id="offer-2",
                round=2,
                party="US",
                choices={"autos": "cut-half", "reciprocal": "keep", "rice": "quota-up"},
                date=D(2025, 5, 1),
            ),
        ],
    )


def small_document() -> dict[str, Any]:
    """``small_scenario()`` as a parsed scenario document (a fresh dict on every call)."""
    from negotiator_gui.io.scenario_writer import scenario_to_document

    return scenario_to_document(small_scenario())


def numbered_flows(n: int) -> TradeFlows:
    """``n`` US imports from Japan, one per made-up product line, worth 0, 1, 2 … (a large
    table whose rows all differ, for library size and fault tests)."""
    f = TradeFlows(year=2024, unit="USD")
    for i in range(n):
        f.importer.append("US")
        f.exporter.append("JP")
        f.product.append(f"{1000000 + i}")
        f.value.append(float(i))
        f.mfn_rate.append(0.025)
    return f


def retitle_first_card(doc, title: str) -> None:
    """An edit to an open document (``app.document.Document``): its first card's title."""
    from negotiator_gui.core import edits

    card = doc.scenario.cards[0]
    doc.push(edits.set_field(doc.scenario, "card", card.id, "title", title))


def no_conflict(conflict):
    """A save's conflict handler for tests that expect none."""
    raise AssertionError("no conflict expected")
