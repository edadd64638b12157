"""What the numbers mean: the scale and currency of values and the convention of rates, each
decided from what the user gave, the column name, the title above the header or the layout,
in that order, with the reason kept for the report.
"""

from __future__ import annotations

import re

from negotiator_gui.core.i18n import tr
from negotiator_gui.io.tables.header import Plan
from negotiator_gui.io.tables.layouts import norm
from negotiator_gui.io.tables.report import RATES_ASSUMED


def says_header(header: str) -> str:
    return tr("the column name {column} says so").format(column=repr(header))


def unit_hints(text: str) -> tuple[float | None, str | None]:
    """Scale and currency a header or title states: "in 1000 USD", "(US$ thousand)", "千円"."""
    t = text.casefold()
    scale = None
    if re.search(r"(?<!\d)1[,.\s]?000[,.\s]?000[,.\s]?000(?!\d)|billion|\bbn\b|十億", t):
        scale = 1e9
    elif re.search(r"(?<!\d)1[,.\s]?000[,.\s]?000(?!\d)|million|\bmn\b|\bmio\b|百万", t):
        scale = 1e6
    elif re.search(r"(?<!\d)1[,.\s]?000(?!\d)|thousand|'000|\bk\s*usd|千", t):
        scale = 1e3
    currency = None
    if re.search(r"\busd\b|us\$|u\.s\. dollars|\bdollars?\b|ドル", t):
        currency = "USD"
    elif re.search(r"\bjpy\b|\byen\b|円", t):
        currency = "JPY"
    elif re.search(r"\beur\b|€|\beuros?\b|ユーロ", t):
        currency = "EUR"
    elif re.search(r"\bgbp\b|£|sterling", t):
        currency = "GBP"
    elif re.search(r"\bcny\b|\brmb\b|\byuan\b|人民元", t):
        currency = "CNY"
    elif re.search(r"\bkrw\b|\bwon\b|ウォン", t):
        currency = "KRW"
    return scale, currency


def value_scale(plan: Plan, given: float | None) -> tuple[float, str]:
    """The factor values are multiplied by, and why: given, the value column's name, the title
    above the header, the layout (WITS reports thousands without saying so), else 1."""
    value_header = plan.headers[plan.cols["value"]]
    h_scale, _ = unit_hints(value_header)
    t_scale, _ = unit_hints(plan.title) if plan.title else (None, None)
    layout = plan.layout
    if given is not None:
        return float(given), tr("given with --scale")
    if h_scale:
        return h_scale, says_header(value_header)
    if t_scale:
        return t_scale, tr("the title above the header says so")
    if layout is not None and norm(value_header) in layout.scaled:
        return 1000.0, tr("{layout} reports trade values in thousands").format(layout=layout.name)
    return 1.0, ""


def value_currency(plan: Plan, given: str | None, default: str) -> tuple[str, str]:
    """The currency of values, and why: given, the value column's name, the title, the
    layout, else ``default`` (the scenario's unit), said to be assumed."""
    value_header = plan.headers[plan.cols["value"]]
    _, h_cur = unit_hints(value_header)
    _, t_cur = unit_hints(plan.title) if plan.title else (None, None)
    layout = plan.layout
    if given:
        return given, tr("given with --currency")
    if h_cur:
        return h_cur, says_header(value_header)
    if t_cur:
        return t_cur, tr("the title above the header says so")
    if layout is not None and layout.currency:
        return layout.currency, tr(layout.currency_why)
    return default, tr("assumed: the table does not say; --currency to set it")


def rate_convention(plan: Plan, given: str | None) -> tuple[str, str]:
    """How rates are read ("percent", "fraction", "duties" or "none"), and why. A table with
    both a rate and a duties column is read by its rates: the duties column is dropped from
    ``plan.cols`` and ``plan.how``."""
    cols, how = plan.cols, plan.how
    layout = plan.layout
    rates, rates_why = given, ""
    if "mfn_rate" in cols:
        rh = plan.headers[cols["mfn_rate"]]
        if rates:
            rates_why = tr("given with --rates")
        elif re.search(r"%|percent|pct|％", rh, re.I):
            rates, rates_why = "percent", says_header(rh)
        elif layout is not None and layout.rates_percent and norm(rh) in layout.aliases["mfn_rate"]:
            rates, rates_why = (
                "percent",
                tr("{layout} gives tariffs in percent").format(layout=layout.name),
            )
        else:
            rates, rates_why = "fraction", tr(RATES_ASSUMED)
    elif "duties" in cols:
        value_header = plan.headers[cols["value"]]
        rates, rates_why = "duties", f"{plan.headers[cols['duties']]!r} / {value_header!r}"
        cols.pop("mfn_rate", None)
    else:
        rates, rates_why = "none", ""
    if "duties" in cols and "mfn_rate" in cols:
        cols.pop("duties")
        how.pop("duties", None)
    return rates, rates_why
