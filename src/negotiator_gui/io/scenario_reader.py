"""Turn a parsed scenario document (current version) into the domain model, with JSON paths.

Every reader returns a best-effort value and records problems; the caller refuses the document if
any error was recorded. The trade-flow table has a fast path (column checks in C and numpy) and
falls back to per-cell checks only to name the bad cells.
"""

from __future__ import annotations

import datetime as dt
from operator import itemgetter
from typing import Any

from negotiator_gui.core.i18n import CONTENT_LANGUAGES, N_, tr
from negotiator_gui.core.model import (
    TEXT_FIELDS,
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
    Texts,
    TradeFlows,
)
from negotiator_gui.core.problems import Problems
from negotiator_gui.core.validation import HS_RE, ID_RE
from negotiator_gui.io.flow_rows import FlowColumns, checked_columns
from negotiator_gui.io.json_reader import (
    NonFinite,
    Obj,
    describe,
    read_enum,
    read_num,
    read_str,
)

FLOW_COLUMNS = list(TradeFlows.COLUMNS)
#: Stands in for a missing required date; the missing field is reported, so it is never kept.
_NO_DATE = dt.date(1970, 1, 1)


def read_scenario_body(pr: Problems, doc: dict[str, Any]) -> Scenario:
    """Read the scenario fields of a current-version document (``format``/``version`` checked)."""
    o = Obj(pr, doc, "$")
    o.str("format")
    o.int("version")
    prov = o.obj("provenance")
    s = Scenario(
        id=o.str("id", required=True, pattern=ID_RE, what=N_("id")),
        title=o.str("title", required=True),
        as_of=o.date("as_of", required=True) or _NO_DATE,
        perspective=o.str("perspective", required=True, pattern=ID_RE, what=N_("party id")),
        description=o.str("description"),
        notes=o.str("notes"),
        provenance=_provenance(prov) if prov else Provenance(),
        parties=o.list("parties", _party, required=True),
        issues=o.list("issues", _issue),
        preferences=o.list("preferences", _preferences),
        cards=o.list("cards", _card),
        measures=o.list("measures", _measure),
        stacking_rules=o.list("stacking_rules", _rule),
        elasticities=o.list("elasticities", _elasticity),
        packages=o.list("packages", _package),
        offers=o.list("offers", _offer),
        working_package=o.mapping("working_package", _choice, key_pattern=ID_RE),
        text=_texts(o, Scenario),
    )
    flows = o.obj("trade_flows")
    if flows is not None:
        s.trade_flows = _flows(flows)
    o.done()
    return s


def _provenance(o: Obj) -> Provenance:
    p = Provenance(
        sources=o.str_list("sources"),
        author=o.str("author"),
        created=o.date("created"),
        notes=o.str("notes"),
    )
    o.done()
    return p


def _party(pr: Problems, v: Any, path: str) -> Party | None:
    o = Obj(pr, v, path)
    p = Party(
        id=o.str("id", required=True, pattern=ID_RE, what=N_("id")),
        name=o.str("name", required=True),
        colour=o.str("colour", default="#777777"),
        role=o.enum("role", Role, default=Role.NEGOTIATOR),
        batna=o.str("batna"),
        notes=o.str("notes"),
        text=_texts(o, Party),
    )
    o.done()
    return p if o.ok else None


def _texts(o: Obj, kind: type) -> Texts:
    """An entity's ``text``: for each content language, the fields (of ``TEXT_FIELDS``) written
    in it. An unknown language or field is reported like an unknown field (usually a typo)."""
    raw = o.obj("text")
    if raw is None:
        return {}
    allowed = TEXT_FIELDS[kind]
    out: Texts = {}
    for lang in list(raw.data):
        if lang not in CONTENT_LANGUAGES:
            raw.get(lang)
            raw.error(
                lang,
                tr("is not a content language (expected one of {languages})").format(
                    languages=", ".join(CONTENT_LANGUAGES)
                ),
            )
            continue
        fields = raw.obj(lang)
        if fields is None:
            continue
        values = {f: fields.str(f) for f in allowed if f in fields.data}
        fields.done()
        values = {f: v for f, v in values.items() if v}
        if values:
            out[lang] = values
    raw.done()
    return out


def _scope(o: Obj | None) -> Scope | None:
    if o is None:
        return None
    s = Scope(
        include=o.str_list("include", pattern=HS_RE, what=N_("HS prefix (2–10 digits)")),
        exclude=o.str_list("exclude", pattern=HS_RE, what=N_("HS prefix (2–10 digits)")),
    )
    o.done()
    return s


def _suspension(pr: Problems, v: Any, path: str) -> Suspension | None:
    o = Obj(pr, v, path)
    s = Suspension(
        start=o.date("start", required=True) or _NO_DATE,
        end=o.date("end"),
        rate=o.num("rate", nullable=True),
        note=o.str("note"),
    )
    o.done()
    return s if o.ok else None


def _measure(pr: Problems, v: Any, path: str) -> Measure | None:
    o = Obj(pr, v, path)
    quota = o.obj("quota")
    m = Measure(
        id=o.str("id", required=True, pattern=ID_RE, what=N_("id")),
        title=o.str("title", required=True),
        authority=o.enum("authority", Authority, required=True, default=Authority.OTHER),
        imposing=o.str("imposing", required=True),
        targets=o.str_list("targets"),
        rate=o.num("rate", required=True, default=0.0),
        scope=_scope(o.obj("scope")) or Scope(),
        programme=o.str("programme"),
        mode=o.enum("mode", MeasureMode, default=MeasureMode.ADDITIVE),
        all_in_of=o.list("all_in_of", lambda p, x, q: read_enum(p, x, q, Authority)),
        legal_ref=o.str("legal_ref"),
        announced=o.date("announced"),
        effective=o.date("effective"),
        end=o.date("end"),
        retroactive_from=o.date("retroactive_from"),
        suspensions=o.list("suspensions", _suspension),
        source=o.str("source"),
        notes=o.str("notes"),
        in_base_rate=o.num("in_base_rate", default=0.0),
        uncovered=o.str("uncovered"),
        text=_texts(o, Measure),
    )
    if quota is not None:
        m.quota = Quota(
            volume=quota.num("volume", required=True, default=0.0),
            unit=quota.str("unit", required=True),
            in_quota_rate=quota.num("in_quota_rate", default=0.0),
        )
        quota.done()
    if "targets" not in o.data and o.ok:
        o.error("targets", "is missing")
    o.done()
    return m if o.ok else None


def _effect(pr: Problems, v: Any, path: str) -> TariffEffect | None:
    o = Obj(pr, v, path)
    has_new, new = o.get("new_measure")
    e = TariffEffect(
        op=o.enum("op", EffectOp, required=True, default=EffectOp.SET_RATE),
        measure=o.str("measure"),
        value=o.num("value"),
        scope=_scope(o.obj("scope")),
        new_measure=_measure(pr, new, o.p("new_measure")) if has_new else None,
        note=o.str("note"),
    )
    o.done()
    return e if o.ok else None


def _commitment(pr: Problems, v: Any, path: str) -> Commitment | None:
    o = Obj(pr, v, path)
    c = Commitment(
        kind=o.enum("kind", CommitmentKind, required=True, default=CommitmentKind.OTHER),
        party=o.str("party", required=True),
        label=o.str("label", required=True),
        amount=o.num("amount"),
        unit=o.str("unit"),
        usd_per_year=o.num("usd_per_year"),
        product=o.str("product"),
        note=o.str("note"),
    )
    o.done()
    return c if o.ok else None


def _option(pr: Problems, v: Any, path: str) -> Option | None:
    o = Obj(pr, v, path)
    opt = Option(
        id=o.str("id", required=True, pattern=ID_RE, what=N_("id")),
        label=o.str("label", required=True),
        description=o.str("description"),
        effects=o.list("effects", _effect),
        commitments=o.list("commitments", _commitment),
        text=_texts(o, Option),
    )
    o.done()
    return opt if o.ok else None


def _issue(pr: Problems, v: Any, path: str) -> Issue | None:
    o = Obj(pr, v, path)
    i = Issue(
        id=o.str("id", required=True, pattern=ID_RE, what=N_("id")),
        title=o.str("title", required=True),
        options=o.list("options", _option, required=True),
        description=o.str("description"),
        tags=o.str_list("tags"),
        text=_texts(o, Issue),
    )
    o.done()
    return i if o.ok else None


def _score(pr: Problems, v: Any, path: str) -> float | None:
    return read_num(pr, v, path)


def _range(pr: Problems, v: Any, path: str) -> tuple[float, float] | None:
    """A range ``[low, high]``: two numbers (their order and bounds are checked by validate)."""
    if not isinstance(v, list) or len(v) != 2:
        pr.error(path, tr("expected a range [low, high], got {value}").format(value=describe(v)))
        return None
    lo = read_num(pr, v[0], f"{path}[0]")
    hi = read_num(pr, v[1], f"{path}[1]")
    return None if lo is None or hi is None else (lo, hi)


def _opt_range(o: Obj, key: str) -> tuple[float, float] | None:
    present, v = o.get(key, False)
    return _range(o.pr, v, o.p(key)) if present and v is not None else None


def _issue_pref(pr: Problems, v: Any, path: str) -> IssuePreference | None:
    o = Obj(pr, v, path)
    ip = IssuePreference(
        weight=o.num("weight", required=True, default=0.0),
        scores=o.mapping("scores", _score, key_pattern=ID_RE),
        rationale=o.str("rationale"),
        weight_range=_opt_range(o, "weight_range"),
        score_ranges=o.mapping("score_ranges", _range, key_pattern=ID_RE),
    )
    o.done()
    return ip if o.ok else None


def _preferences(pr: Problems, v: Any, path: str) -> Preferences | None:
    o = Obj(pr, v, path)
    res = o.obj("reservation")
    p = Preferences(
        party=o.str("party", required=True),
        issues=o.mapping("issues", _issue_pref, key_pattern=ID_RE),
        basis=o.enum("basis", Basis, default=Basis.ILLUSTRATIVE),
        rationale=o.str("rationale"),
        confidence=o.enum("confidence", Confidence),
    )
    if res is not None:
        p.reservation = Reservation(
            value=res.num("value", nullable=True),
            package=res.str("package"),
            rationale=res.str("rationale"),
            range=_opt_range(res, "range"),
        )
        res.done()
    o.done()
    return p if o.ok else None


def _card(pr: Problems, v: Any, path: str) -> Card | None:
    o = Obj(pr, v, path)
    c = Card(
        id=o.str("id", required=True, pattern=ID_RE, what=N_("id")),
        party=o.str("party", required=True),
        kind=o.enum("kind", CardKind, required=True, default=CardKind.DEMAND),
        title=o.str("title", required=True),
        status=o.enum("status", CardStatus, default=CardStatus.HELD_BACK),
        order=o.int("order"),
        priority=o.enum("priority", Priority, default=Priority.MEDIUM),
        issue=o.str("issue"),
        option=o.str("option"),
        value_to_us=o.num("value_to_us"),
        cost_to_them=o.num("cost_to_them"),
        owner=o.str("owner"),
        notes=o.str("notes"),
        tags=o.str_list("tags"),
        links=o.str_list("links"),
        text=_texts(o, Card),
    )
    o.done()
    return c if o.ok else None


def _rule(pr: Problems, v: Any, path: str) -> StackingRule | None:
    o = Obj(pr, v, path)
    r = StackingRule(
        id=o.str("id", required=True, pattern=ID_RE, what=N_("id")),
        when=o.str_list("when"),
        excludes=o.str_list("excludes"),
        note=o.str("note"),
    )
    o.done()
    return r if o.ok else None


def _elasticity(pr: Problems, v: Any, path: str) -> Elasticity | None:
    o = Obj(pr, v, path)
    e = Elasticity(
        id=o.str("id", required=True, pattern=ID_RE, what=N_("id")),
        kind=o.enum("kind", ElasticityKind, required=True, default=ElasticityKind.IMPORT_DEMAND),
        value=o.num("value", required=True, default=1.0),
        product=o.str("product"),
        importer=o.str("importer"),
        source=o.str("source"),
        name=o.str("name"),
        low=o.num("low", default=None),
        high=o.num("high", default=None),
    )
    o.done()
    return e if o.ok else None


def _choice(pr: Problems, v: Any, path: str) -> str | None:
    return read_str(pr, v, path, pattern=ID_RE, what="option id", default=None)


def _package(pr: Problems, v: Any, path: str) -> Package | None:
    o = Obj(pr, v, path)
    p = Package(
        id=o.str("id", required=True, pattern=ID_RE, what=N_("id")),
        name=o.str("name", required=True),
        choices=o.mapping("choices", _choice, key_pattern=ID_RE),
        note=o.str("note"),
    )
    o.done()
    return p if o.ok else None


def _offer(pr: Problems, v: Any, path: str) -> Offer | None:
    o = Obj(pr, v, path)
    off = Offer(
        id=o.str("id", required=True, pattern=ID_RE, what=N_("id")),
        round=o.int("round", required=True, default=1),
        party=o.str("party", required=True),
        choices=o.mapping("choices", _choice, key_pattern=ID_RE),
        date=o.date("date"),
        note=o.str("note"),
    )
    o.done()
    return off if o.ok else None


# -- the trade-flow table ---------------------------------------------------------------------


def _flows(o: Obj) -> TradeFlows:
    f = TradeFlows(
        year=o.int("year", default=2024),
        unit=o.str("unit", default="USD"),
        source=o.str("source"),
    )
    present, columns = o.get("columns", required=True)
    if present and columns != FLOW_COLUMNS:
        o.error(
            "columns",
            tr("expected the columns {columns}, got {value}").format(
                columns=FLOW_COLUMNS, value=describe(columns)
            ),
        )
        o.get("rows")
        o.done()
        return f
    present, rows = o.get("rows", required=True)
    o.done()
    if not present:
        return f
    path = o.p("rows")
    if isinstance(rows, FlowColumns):  # read and checked already (``io.flow_rows``)
        f.importer, f.exporter, f.product, f.value, f.mfn_rate = rows.columns
        return f
    if not isinstance(rows, list):
        o.pr.error(path, tr("expected a list of rows, got {value}").format(value=describe(rows)))
        return f
    cols = _columns_fast(rows)
    if cols is None:
        cols = _columns_slow(o.pr, rows, path)
    f.importer, f.exporter, f.product, f.value, f.mfn_rate = cols
    return f


def _columns_fast(rows: list[Any]) -> tuple[list, list, list, list, list] | None:
    """Transpose and type-check the table with C-speed builtins; None if any cell is off
    (``flow_rows.checked_columns``, the check the file reader's fast path uses too)."""
    if not rows:
        return [], [], [], [], []
    if set(map(type, rows)) != {list} or set(map(len, rows)) != {len(FLOW_COLUMNS)}:
        return None
    return checked_columns(*(list(map(itemgetter(k), rows)) for k in range(len(FLOW_COLUMNS))))


def _columns_slow(pr: Problems, rows: list[Any], path: str):
    """Check every cell, to name each bad one; only runs when the fast path found a problem."""
    cols: tuple[list, list, list, list, list] = ([], [], [], [], [])
    for k, r in enumerate(rows):
        if pr.full:
            pr.stop()
            break
        rp = f"{path}[{k}]"
        if not isinstance(r, list) or len(r) != len(FLOW_COLUMNS):
            shape = tr("{n} cells").format(n=len(r)) if isinstance(r, list) else describe(r)
            pr.error(
                rp,
                tr("expected a row of {n} cells {columns}, got {value}").format(
                    n=len(FLOW_COLUMNS), columns=FLOW_COLUMNS, value=shape
                ),
            )
            continue
        for j in range(3):
            cols[j].append(read_str(pr, r[j], f"{rp}[{j}]"))
        for j in (3, 4):
            v = r[j]
            if isinstance(v, NonFinite):
                pr.error(
                    f"{rp}[{j}]",
                    tr("{value} is not allowed; numbers must be finite").format(value=v.token),
                )
                cols[j].append(0.0)
            else:
                got = read_num(pr, v, f"{rp}[{j}]")
                cols[j].append(0.0 if got is None else got)
    return cols
