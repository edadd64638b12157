"""The fields a column can feed and the column names of the layouts we recognise (UN Comtrade,
WITS/TRAINS, USITC DataWeb, our own), compared by ``norm`` so that the same column written by
different tools still matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from negotiator_gui.core.i18n import N_

#: Fields a column can feed. ``importer``/``exporter`` are read as reporter/partner when the
#: table has a ``flow`` column: on an export row the reporter is the exporter.
FIELDS = (
    "importer",
    "exporter",
    "product",
    "value",
    "mfn_rate",
    "duties",
    "flow",
    "year",
    "duty_type",
    "quantity",
)
REQUIRED = ("importer", "exporter", "product", "value")


def norm(name: object) -> str:
    """A header as compared: case, spaces and punctuation ignored ("Trade Value (US$)" ->
    "tradevalueus"), so that the same column written by different tools still matches."""
    return re.sub(r"[\W_]+", "", str(name).casefold())


@dataclass(frozen=True)
class Layout:
    """A family of exports: the header names of each field (best first) and what its numbers
    mean. ``scaled`` lists value headers whose numbers are in thousands even though the header
    does not say so (WITS writes "TradeValue in 1000 USD", and some tools shorten it)."""

    name: str
    aliases: dict[str, tuple[str, ...]]
    currency: str | None = None
    currency_why: str = ""
    scaled: tuple[str, ...] = ()
    rates_percent: bool = False
    #: The party on the other side when the table has only a partner column (DataWeb: the US).
    implied_party: str = ""


PLAIN = Layout(
    "Negotiator",
    {
        "importer": ("importer",),
        "exporter": ("exporter",),
        "product": ("product",),
        "value": ("value",),
        "mfn_rate": ("mfnrate",),
        "duties": ("duties",),
        "flow": ("flow",),
        "year": ("year",),
        "quantity": ("quantity",),
    },
)

COMTRADE = Layout(
    "UN Comtrade",
    {
        "importer": ("reporteriso", "reporteriso3", "reportercode", "reporterdesc", "reporter"),
        "exporter": ("partneriso", "partneriso3", "partnercode", "partnerdesc", "partner"),
        "product": ("cmdcode", "commoditycode"),
        "value": ("primaryvalue", "tradevalueus", "tradevalue", "cifvalue", "fobvalue"),
        "flow": ("flowcode", "tradeflowcode", "flowdesc", "tradeflow"),
        "year": ("refyear", "year", "period"),
        "quantity": ("qty", "netwgt", "altqty"),
    },
    currency="USD",
    currency_why=N_("UN Comtrade reports US dollars"),
)

WITS = Layout(
    "WITS/TRAINS",
    {
        "importer": ("reporteriso3", "reporteriso", "reportername", "reporter"),
        "exporter": ("partneriso3", "partneriso", "partnername", "partner"),
        "product": ("productcode", "product", "hs6"),
        "value": (
            "tradevaluein1000usd",
            "importsvaluein1000usd",
            "tradevalue1000usd",
            "tradevalue",
            "importsvalue",
        ),
        "mfn_rate": ("simpleaverage", "weightedaverage", "appliedtariff"),
        "flow": ("tradeflowname", "tradeflowcode", "tradeflow"),
        "year": ("year", "tariffyear", "tradeyear"),
        "duty_type": ("dutytype",),
        "quantity": ("quantity", "netweightinkgm"),
    },
    currency="USD",
    currency_why=N_("WITS reports US dollars"),
    scaled=("tradevalue", "importsvalue"),
    rates_percent=True,
)

DATAWEB = Layout(
    "USITC DataWeb / US Census",
    {
        "exporter": ("country", "countryname", "ctyname"),
        "product": ("htsnumber", "hts10", "hts8", "htscode", "hts", "icommodity", "commodity"),
        "value": (
            "customsvalue",
            "importsforconsumptioncustomsvalue",
            "generalcustomsvalue",
            "convalyr",
            "genvalyr",
            "convalmo",
            "genvalmo",
        ),
        "duties": ("calculatedduties", "caldutyr", "caldutmo"),
        "year": ("year",),
        "quantity": ("firstunitofquantity", "quantity"),
    },
    currency="USD",
    currency_why=N_("US trade statistics are in US dollars"),
    implied_party="US",
)

#: Names that mean a field in any layout, tried after the layout's own names (English and the
#: Japanese headers of tables kept by Japanese officials).
GENERIC: dict[str, tuple[str, ...]] = {
    "importer": ("importer", "importercountry", "importingcountry", "reporter", "輸入国"),
    "exporter": (
        "exporter",
        "exportercountry",
        "exportingcountry",
        "partner",
        "partnercountry",
        "origin",
        "countryoforigin",
        "country",
        "輸出国",
        "相手国",
        "原産国",
    ),
    "product": (
        "product",
        "productcode",
        "hscode",
        "hs",
        "hs6",
        "hs8",
        "hs10",
        "htsnumber",
        "tariffline",
        "tariffcode",
        "commoditycode",
        "cmdcode",
        "品目コード",
        "統計品目番号",
        "hsコード",
    ),
    "value": ("value", "tradevalue", "importvalue", "importsvalue", "valueusd", "金額", "価額"),
    "mfn_rate": (
        "mfnrate",
        "mfn",
        "rate",
        "tariff",
        "tariffrate",
        "dutyrate",
        "appliedrate",
        "税率",
        "関税率",
        "基本税率",
    ),
    "duties": ("duties", "duty", "dutiescollected", "calculatedduties", "関税額"),
    "flow": ("flow", "tradeflow", "flowcode"),
    "year": ("year", "年", "年次"),
    "duty_type": ("dutytype",),
    "quantity": ("quantity", "qty", "数量"),
}

LAYOUTS = (PLAIN, COMTRADE, WITS, DATAWEB)
#: Columns that look like a value but are not the value of the goods.
NOT_VALUES = {
    "generalimportcharges": "import charges are freight and insurance, not the value of goods",
    "genchayr": "import charges are freight and insurance, not the value of goods",
}
YEAR_HEADER = re.compile(r"(19|20)\d\d\Z")
