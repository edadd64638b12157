"""Hypothesis strategies for valid scenarios, built entity by entity so every reference resolves.

Ids come from a small alphabet (so collisions are tried and avoided), text includes Japanese,
emoji and control characters, and every number is finite and in its allowed range. Each
generated scenario passes ``validate`` without errors (warnings, such as weights that do not add
up to 100, are allowed): the tests assert that too.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from negotiator_gui.core.model import (
    TEXT_FIELDS,
    VALUE_OPS,
    Authority,
    Basis,
    Card,
    CardKind,
    CardStatus,
    Commitment,
    CommitmentKind,
    Confidence,
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

ID_ALPHABET = "abAB09-_."


@st.composite
def _range_around(draw, point: float) -> tuple[float, float]:
    """A preference range holding ``point`` (low <= point <= high, within 0–100)."""
    return (
        draw(st.floats(min_value=0, max_value=point)),
        draw(st.floats(min_value=point, max_value=100)),
    )


ids = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("aAb0"),
    st.text(ID_ALPHABET, max_size=3),
)
texts = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "日本",
            "関税交渉 🇯🇵",
            "🚗💴 25 %",
            'quote " and \\ backslash',
            "line\nbreak\ttab",
            "\x00rows\x00",
            "[1, 2]",
        ]
    ),
)
finite = st.floats(allow_nan=False, allow_infinity=False)


def ja_texts(kind: type) -> st.SearchStrategy[dict[str, dict[str, str]]]:
    """An entity's texts in Japanese: none, or some of its translatable fields (non-empty, as
    the reader and writer keep only texts that say something)."""
    return st.one_of(
        st.just({}),
        st.dictionaries(st.sampled_from(TEXT_FIELDS[kind]), texts.filter(bool), min_size=1).map(
            lambda fields: {"ja": fields}
        ),
    )


rates = st.floats(min_value=0, max_value=10)
dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
hs_codes = st.text("0123456789", min_size=2, max_size=10)
colours = st.builds(lambda n: f"#{n:06x}", st.integers(0, 0xFFFFFF)) | st.just("#ABCdef")


def unique_ids(draw, n_max: int, min_size: int = 0) -> list[str]:
    return draw(st.lists(ids, min_size=min_size, max_size=n_max, unique=True))


def optional(strategy):
    return st.none() | strategy


@st.composite
def scopes(draw) -> Scope:
    return Scope(
        include=draw(st.lists(hs_codes, max_size=3)),
        exclude=draw(st.lists(hs_codes, max_size=2)),
    )


@st.composite
def measures(draw, mid: str, party_ids: list[str]) -> Measure:
    effective = draw(optional(dates))
    end = None
    if draw(st.booleans()):
        end = draw(dates.filter(lambda d: effective is None or d >= effective))
    mode = draw(st.sampled_from(MeasureMode))
    suspensions = []
    for _ in range(draw(st.integers(0, 2))):
        start = draw(dates)
        s_end = draw(optional(st.dates(min_value=start, max_value=dt.date(9999, 12, 31))))
        suspensions.append(
            Suspension(start=start, end=s_end, rate=draw(optional(rates)), note=draw(texts))
        )
    quota = None
    if draw(st.booleans()):
        quota = Quota(
            volume=draw(st.floats(min_value=0, max_value=1e12)),
            unit=draw(texts),
            in_quota_rate=draw(rates),
        )
    return Measure(
        id=mid,
        title=draw(texts),
        authority=draw(st.sampled_from(Authority)),
        imposing=draw(st.sampled_from(party_ids)),
        targets=draw(st.just(["*"]) | st.lists(st.sampled_from(party_ids), min_size=1)),
        rate=draw(rates),
        scope=draw(scopes()),
        programme=draw(texts),
        mode=mode,
        all_in_of=draw(st.lists(st.sampled_from(Authority), max_size=3)),
        legal_ref=draw(texts),
        announced=draw(optional(dates)),
        effective=effective,
        end=end,
        retroactive_from=draw(optional(dates)),
        suspensions=suspensions,
        quota=quota,
        source=draw(texts),
        notes=draw(texts),
        text=draw(ja_texts(Measure)),
    )


def _value_for(op: EffectOp):
    if op is EffectOp.CUT:
        return st.floats(min_value=0, max_value=1)
    if op is EffectOp.SWISS:
        return st.floats(min_value=1e-6, max_value=1e6)
    if op is EffectOp.ADD_ON:
        return st.floats(min_value=-10, max_value=10)
    return rates


@st.composite
def effects(draw, measure_ids: list[str], party_ids: list[str], new_ids) -> TariffEffect:
    ops = list(EffectOp)
    if not measure_ids:
        ops = [EffectOp.ADD_MEASURE]
    op = draw(st.sampled_from(ops))
    if op is EffectOp.ADD_MEASURE:
        new = draw(measures(f"new-{next(new_ids)}", party_ids))
        return TariffEffect(op=op, new_measure=new, scope=draw(optional(scopes())))
    value = draw(_value_for(op)) if op in VALUE_OPS else draw(optional(finite))
    return TariffEffect(
        op=op,
        measure=draw(st.sampled_from(measure_ids)),
        value=value,
        scope=draw(optional(scopes())),
        note=draw(texts),
    )


@st.composite
def commitments(draw, party_ids: list[str]) -> Commitment:
    return Commitment(
        kind=draw(st.sampled_from(CommitmentKind)),
        party=draw(st.sampled_from(party_ids)),
        label=draw(texts),
        amount=draw(optional(finite)),
        unit=draw(texts),
        usd_per_year=draw(optional(finite)),
        product=draw(st.just("") | hs_codes),
        note=draw(texts),
    )


def _counter():
    n = 0
    while True:
        n += 1
        yield n


@st.composite
def scenarios(draw) -> Scenario:
    party_ids = unique_ids(draw, 4, min_size=2)
    parties = []
    for k, pid in enumerate(party_ids):
        role = Role.NEGOTIATOR if k < 2 else draw(st.sampled_from(Role))
        parties.append(
            Party(
                id=pid,
                name=draw(texts),
                colour=draw(colours),
                role=role,
                batna=draw(texts),
                notes=draw(texts),
                text=draw(ja_texts(Party)),
            )
        )
    negotiators = [p.id for p in parties if p.role is Role.NEGOTIATOR]

    measure_ids = unique_ids(draw, 3)
    ms = [draw(measures(mid, party_ids)) for mid in measure_ids]

    new_ids = _counter()
    issues: list[Issue] = []
    for iid in unique_ids(draw, 3):
        options = []
        for oid in unique_ids(draw, 3, min_size=1):
            options.append(
                Option(
                    id=oid,
                    label=draw(texts),
                    description=draw(texts),
                    effects=draw(st.lists(effects(measure_ids, party_ids, new_ids), max_size=2)),
                    commitments=draw(st.lists(commitments(party_ids), max_size=2)),
                    text=draw(ja_texts(Option)),
                )
            )
        issues.append(
            Issue(
                id=iid,
                title=draw(texts),
                options=options,
                description=draw(texts),
                tags=draw(st.lists(texts, max_size=2)),
                text=draw(ja_texts(Issue)),
            )
        )
    added = [
        e.new_measure.id for i in issues for o in i.options for e in o.effects if e.new_measure
    ]

    def choices():
        return st.fixed_dictionaries(
            {},
            optional={i.id: st.sampled_from([o.id for o in i.options]) for i in issues},
        )

    package_ids = unique_ids(draw, 3)
    packages = [
        Package(id=pid, name=draw(texts), choices=draw(choices()), note=draw(texts))
        for pid in package_ids
    ]

    preferences = []
    for pid in draw(st.lists(st.sampled_from(negotiators), unique=True)):
        issue_prefs = {}
        for issue in issues:
            if draw(st.booleans()):
                scores = draw(
                    st.fixed_dictionaries(
                        {},
                        optional={
                            o.id: st.floats(min_value=0, max_value=100) for o in issue.options
                        },
                    )
                )
                weight = draw(st.floats(min_value=0, max_value=100))
                issue_prefs[issue.id] = IssuePreference(
                    weight=weight,
                    scores=scores,
                    rationale=draw(texts),
                    weight_range=draw(st.none() | _range_around(weight)),
                    score_ranges={
                        o: draw(_range_around(v)) for o, v in scores.items() if draw(st.booleans())
                    },
                )
        reservation = draw(
            st.one_of(
                st.builds(Reservation, rationale=texts),
                st.builds(
                    Reservation, value=st.floats(min_value=0, max_value=100), rationale=texts
                ),
                *(
                    [st.builds(Reservation, package=st.sampled_from(package_ids))]
                    * bool(package_ids)
                ),
            )
        )
        if reservation.value is not None and draw(st.booleans()):
            reservation.range = draw(_range_around(reservation.value))
        preferences.append(
            Preferences(
                party=pid,
                issues=issue_prefs,
                reservation=reservation,
                basis=draw(st.sampled_from(Basis)),
                rationale=draw(texts),
                confidence=draw(st.none() | st.sampled_from(Confidence)),
            )
        )

    cards: list[Card] = []
    for cid in unique_ids(draw, 5):
        issue_id = option_id = ""
        if issues and draw(st.booleans()):
            issue = draw(st.sampled_from(issues))
            issue_id = issue.id
            if draw(st.booleans()):
                option_id = draw(st.sampled_from(issue.options)).id
        cards.append(
            Card(
                id=cid,
                party=draw(st.sampled_from(party_ids)),
                kind=draw(st.sampled_from(CardKind)),
                title=draw(texts),
                status=draw(st.sampled_from(CardStatus)),
                order=draw(st.integers(-5, 1000)),
                priority=draw(st.sampled_from(Priority)),
                issue=issue_id,
                option=option_id,
                value_to_us=draw(optional(finite)),
                cost_to_them=draw(optional(finite)),
                owner=draw(texts),
                notes=draw(texts),
                tags=draw(st.lists(texts, max_size=2)),
                text=draw(ja_texts(Card)),
            )
        )
    for card in cards:
        others = [c.id for c in cards if c.party != card.party]
        if others:
            card.links = draw(st.lists(st.sampled_from(others), max_size=2))

    selector = st.one_of(
        st.sampled_from([a.value for a in Authority]),
        st.builds(lambda a, p: f"{a.value}:{p}", st.sampled_from(Authority), texts),
        *([st.sampled_from(["#" + m for m in measure_ids + added])] * bool(measure_ids + added)),
    )
    rules = [
        StackingRule(
            id=rid,
            when=draw(st.lists(selector, min_size=1, max_size=2)),
            excludes=draw(st.lists(selector, min_size=1, max_size=2)),
            note=draw(texts),
        )
        for rid in unique_ids(draw, 2)
    ]

    flows = TradeFlows(year=draw(st.integers(1900, 2100)), unit=draw(texts), source=draw(texts))
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(party_ids), st.sampled_from(party_ids), hs_codes),
            unique=True,
            max_size=6,
        )
    )
    for imp, exp, prod in keys:
        flows.importer.append(imp)
        flows.exporter.append(exp)
        flows.product.append(prod)
        flows.value.append(draw(st.floats(min_value=0, max_value=1e15)))
        flows.mfn_rate.append(draw(rates))

    elasticities = [
        Elasticity(
            id=eid,
            kind=draw(st.sampled_from(ElasticityKind)),
            value=draw(st.floats(min_value=1e-6, max_value=100)),
            product=draw(st.just("") | hs_codes),
            importer=draw(st.just("") | st.sampled_from(party_ids)),
            source=draw(texts),
        )
        for eid in unique_ids(draw, 2)
    ]
    offers = [
        Offer(
            id=oid,
            round=draw(st.integers(1, 50)),
            party=draw(st.sampled_from(party_ids)),
            choices=draw(choices()),
            date=draw(optional(dates)),
            note=draw(texts),
        )
        for oid in unique_ids(draw, 3)
    ]
    return Scenario(
        id=draw(ids),
        title=draw(texts),
        as_of=draw(dates),
        perspective=draw(st.sampled_from(negotiators)),
        description=draw(texts),
        notes=draw(texts),
        text=draw(ja_texts(Scenario)),
        provenance=Provenance(
            sources=draw(st.lists(texts, max_size=2)),
            author=draw(texts),
            created=draw(optional(dates)),
            notes=draw(texts),
        ),
        parties=parties,
        issues=issues,
        preferences=preferences,
        cards=cards,
        measures=ms,
        stacking_rules=rules,
        trade_flows=flows,
        elasticities=elasticities,
        packages=packages,
        offers=offers,
        working_package=draw(choices()),
    )
