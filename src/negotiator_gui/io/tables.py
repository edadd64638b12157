"""Trade flows from the tables officials bring: CSV and XLSX exports of UN Comtrade, WITS/TRAINS,
USITC DataWeb / US Census, or a plain table with our own column names.

Why it is built this way:

- **Nothing is imported silently.** ``read_table`` only reads. It returns an ``ImportReport``
  that says which column feeds which field and how that was decided (given, or recognised from
  the layout's column names), which unit, currency, year and rate convention it assumed and why,
  every rejected row by the row number a spreadsheet shows and the column's header, the partner
  names it could not match (with row counts), rows it skipped (blank rows, aggregates such as
  "World" or "TOTAL", other flows or years) and how many rows it merged. The caller shows the
  report and applies the result with ``apply_import`` only once the user accepts it.
- **Product codes are text.** CSV cells are kept as written, so leading zeros stay. Dots and
  spaces are dropped ("8703.23.01" -> "87032301"). A code a spreadsheet turned into a number
  (201 for 0201) has lost its leading zero; HS codes always have an even number of digits, so an
  odd-length code gets it back, and the report counts how many did.
- **A million rows in seconds.** Rows stream in batches and each batch is handled column by
  column with built-ins that run in C (``map(float, ...)``, ``str.join``, dict look-ups); only a
  batch holding a bad or unusual cell takes the cell-by-cell path that names the problem. No
  object is built per row: results go straight into column lists, like ``TradeFlows`` itself.
- **Bad input is a report, not a crash.** A table that cannot be used at all (wrong extension,
  undecodable bytes, no header, a required column missing) raises ``TableError`` with a message
  for the user; anything wrong with a cell is a row problem in the report.

- **Within limits.** Workbooks are read by ``xlsx.py`` (streamed, checked against the limits of
  ``limits.py`` before and while unpacking); CSV lines, rows and columns are counted too. A file
  beyond a limit is refused within seconds with the limit and the way around it
  (docs/limits-tables.md).

The io layer imports no Qt.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import itertools
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np

from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.core.model import Party, Scenario, TradeFlows
from negotiator_gui.core.validation import ID_RE, MAX_RATE
from negotiator_gui.io import limits as LIM

#: Extensions read as delimited text and as workbooks.
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
#: The header must be within this many rows of the top (exports put titles above it).
HEADER_SCAN = 30
#: Rows handled together; large enough for the column-wise built-ins to pay off.
BATCH = 512
#: Rejected rows listed one by one in a report; the rest are counted.
MAX_LISTED = 100
#: Unmatched party names listed in a report (a Comtrade table can name 200 partners).
MAX_NAMES = 40

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


class TableError(Exception):
    """A table that cannot be used at all; the message says why and what to do."""


# --------------------------------------------------------------------------------------------
# Column names of the layouts we recognise
# --------------------------------------------------------------------------------------------


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
_YEAR_HEADER = re.compile(r"(19|20)\d\d\Z")


# --------------------------------------------------------------------------------------------
# Parties: names and codes in tables -> party ids of the scenario
# --------------------------------------------------------------------------------------------

#: ISO-2, ISO-3, UN M49 codes (Comtrade) and the names the common exports use; a country may
#: take several lines. Small on purpose: the economies trade negotiations are about; the rest
#: are matched with --party NAME=ID.
_COUNTRIES = """
US USA 840 United States|United States of America|USA|U.S.|U.S.A.|America|アメリカ|米国
JP JPN 392 Japan|日本
CN CHN 156 China|People's Republic of China|China, People's Republic of|中国|中華人民共和国
KR KOR 410 South Korea|Korea, South|Korea, Republic of|Republic of Korea|Rep. of Korea
KR KOR 410 Korea, Rep.|Korea|韓国|大韓民国
TW TWN 158,490 Taiwan|Chinese Taipei|Taiwan, Province of China|Other Asia, nes|台湾
HK HKG 344 Hong Kong|China, Hong Kong SAR|Hong Kong, China|Hong Kong SAR, China|香港
EU EUN - European Union|EU|EU-27|EU27|European Union (27)|欧州連合
GB GBR 826 United Kingdom|UK|Great Britain|イギリス|英国
GB GBR 826 United Kingdom of Great Britain and Northern Ireland
DE DEU 276 Germany|ドイツ
FR FRA 250 France|フランス
IT ITA 380 Italy|イタリア
ES ESP 724 Spain
NL NLD 528 Netherlands|Netherlands (Kingdom of the)
BE BEL 56 Belgium
IE IRL 372 Ireland
AT AUT 40 Austria
SE SWE 752 Sweden
DK DNK 208 Denmark
FI FIN 246 Finland
PL POL 616 Poland
PT PRT 620 Portugal
CZ CZE 203 Czechia|Czech Republic
HU HUN 348 Hungary
GR GRC 300 Greece
RO ROU 642 Romania
CH CHE 756,757 Switzerland|スイス
NO NOR 578 Norway
CA CAN 124 Canada|カナダ
MX MEX 484 Mexico|メキシコ
BR BRA 76 Brazil|ブラジル
AR ARG 32 Argentina
CL CHL 152 Chile
CO COL 170 Colombia
PE PER 604 Peru
AU AUS 36 Australia|オーストラリア|豪州
NZ NZL 554 New Zealand|ニュージーランド
IN IND 356,699 India|インド
ID IDN 360 Indonesia|インドネシア
MY MYS 458 Malaysia|マレーシア
TH THA 764 Thailand|タイ
VN VNM 704 Viet Nam|Vietnam|ベトナム
PH PHL 608 Philippines|フィリピン
SG SGP 702 Singapore|シンガポール
SA SAU 682 Saudi Arabia|サウジアラビア
AE ARE 784 United Arab Emirates|アラブ首長国連邦
QA QAT 634 Qatar|カタール
KW KWT 414 Kuwait
IL ISR 376 Israel
TR TUR 792 Türkiye|Turkey
RU RUS 643 Russia|Russian Federation|ロシア
UA UKR 804 Ukraine
KZ KAZ 398 Kazakhstan
ZA ZAF 710 South Africa
EG EGY 818 Egypt
NG NGA 566 Nigeria
PK PAK 586 Pakistan
BD BGD 50 Bangladesh
"""

#: Partner and reporter names that stand for a total, not a country: their rows would count the
#: same trade twice, so they are skipped (and counted in the report).
AGGREGATE_PARTIES = frozenset(
    {"world", "w00", "wld", "0", "000", "all", "all countries", "total", "world total", "世界"}
)
AGGREGATE_PRODUCTS = frozenset({"total", "all", "ag2", "ag4", "ag6", "合計", "総額"})


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _country_index() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        iso2, iso3, m49, names = line.split(" ", 3)
        out[_key(iso2)] = iso2
        out[_key(iso3)] = iso2
        if m49 != "-":
            for code in m49.split(","):
                out[code] = iso2
        for name in names.split("|"):
            out[_key(name)] = iso2
    return out


_ISO = _country_index()


def iso2_of(text: str) -> str | None:
    """The ISO-2 code of a country name, ISO-2/ISO-3 code or M49 number, if we know it."""
    k = _key(text)
    if k.isascii() and k.isdigit():
        k = str(int(k))
    return _ISO.get(k)


_EMPTY = "\x00empty"
_AGGREGATE = "\x00aggregate"


class PartyResolver(dict):
    """Cell text -> party id, ``None`` when unmatched, or a marker for empty and aggregate cells.

    A dict, so the per-row look-up is ``map(resolver.__getitem__, column)`` (C speed); a name
    seen for the first time is resolved once by ``__missing__``. The order of matching, most
    specific first: the party id as written; ``--party NAME=ID``; the id, name or local name
    ignoring case; the ISO-2/ISO-3/M49 code or common name of the country (USA, JPN, 392, Korea,
    South -> KR) against the parties' ids and names; ``--others ID``; else unmatched. Without a
    scenario (``parties`` None), a country resolves to its ISO-2 code and any valid id to itself.
    """

    def __init__(
        self,
        parties: Sequence[Party] | None,
        aliases: dict[str, str] | None = None,
        others: str | None = None,
    ) -> None:
        super().__init__()
        self.parties = parties
        self.ids = {p.id for p in parties} if parties is not None else None
        self.aliases = dict(aliases or {})
        self.folded_aliases = {_key(k): v for k, v in self.aliases.items()}
        self.others = others
        self.by_text: dict[str, str] = {}
        self.by_iso: dict[str, str] = {}
        for p in parties or ():
            for text in (p.id, p.name, p.name_local):
                if text:
                    self.by_text.setdefault(_key(text), p.id)
            for text in (p.id, p.name, p.name_local):
                iso = iso2_of(text) if text else None
                if iso:
                    self.by_iso.setdefault(iso, p.id)
        #: Cells resolved only through ``others`` (reported by name).
        self.via_others: set[object] = set()

    def __missing__(self, cell: object) -> str | None:
        found = self.resolve(cell)
        if found is None and self.others:
            found = self.others
            self.via_others.add(cell)
        self[cell] = found
        return found

    def resolve(self, cell: object) -> str | None:
        """The party id of a cell (without ``--others``), ``None``, or a marker."""
        text = _cell_text(cell)
        if not text:
            return _EMPTY
        k = _key(text)
        if k in AGGREGATE_PARTIES:
            return _AGGREGATE
        if self.ids is not None and text in self.ids:
            return text
        if text in self.aliases:
            return self.aliases[text]
        if k in self.folded_aliases:
            return self.folded_aliases[k]
        if k in self.by_text:
            return self.by_text[k]
        iso = iso2_of(text)
        if self.ids is None:
            if iso:
                return iso
            return text if ID_RE.match(text) else None
        return self.by_iso.get(iso) if iso else None


# --------------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------------


class _Bad(Exception):
    """A cell that cannot be used; the message is shown with its row and column."""


class _Empty(Exception):
    pass


class _Skip(Exception):
    """A cell that makes the row an aggregate to skip, not an error."""


def _cell_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


_NOUNS = {
    "row": (N_("{n} row"), N_("{n} rows")),
    "code": (N_("{n} code"), N_("{n} codes")),
    "trade flow": (N_("{n} trade flow"), N_("{n} trade flows")),
    "flow": (N_("{n} flow"), N_("{n} flows")),
    "more name": (N_("{n} more name"), N_("{n} more names")),
    "more problem": (N_("{n} more problem"), N_("{n} more problems")),
}


#: Why rates are read as fractions when nothing says so (the report warns when most look like
#: percentages).
_RATES_ASSUMED = N_(
    "assumed; a cell ending in % is read as percent; --rates percent if the column is in percent"
)


def _says_header(header: str) -> str:
    return tr("the column name {column} says so").format(column=repr(header))


def _rows(n: int) -> str:
    """A count of rows in a list of choices ("2023 (1 rows)", as the messages always said)."""
    return tr(_NOUNS["row"][1]).format(n=f"{n:,}")


def _n(n: int, noun: str) -> str:
    one, many = _NOUNS[noun]
    return tr(one if n == 1 else many).format(n=f"{n:,}")


def _show(cell: object) -> str:
    if isinstance(cell, str):
        return repr(cell[:40] + "…") if len(cell) > 40 else repr(cell)
    return str(cell)


_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?\Z")
_DECIMAL_COMMA = re.compile(r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+),\d*\Z")


def _number(cell: object, decimal_comma: bool = False) -> float:
    """A finite, non-negative number from a cell: numbers as they are, text as Python reads it
    or with thousands separators ("1,234,567", as Census and Excel write them). In a
    semicolon-separated file (``decimal_comma``), written by Excel where the comma is the
    decimal mark, "1.234,5" is 1234.5."""
    if cell is None:
        raise _Empty
    if isinstance(cell, bool):
        raise _Bad(tr("{cell} is not a number").format(cell=cell))
    if isinstance(cell, int | float):
        try:
            x = float(cell)
        except OverflowError:
            raise _Bad(tr("{cell}… is far too large").format(cell=str(cell)[:20])) from None
    elif isinstance(cell, str):
        s = cell.strip().replace("\u00a0", "")
        if not s:
            raise _Empty
        if decimal_comma and _DECIMAL_COMMA.match(s):
            s = s.replace(".", "").replace(",", ".")
        try:
            x = float(s)
        except ValueError:
            if decimal_comma or not _THOUSANDS.match(s):
                raise _Bad(tr("{cell} is not a number").format(cell=_show(cell))) from None
            x = float(s.replace(",", ""))
    elif isinstance(cell, dt.date | dt.time | dt.timedelta):
        raise _Bad(tr("{cell} is a date or time, not a number").format(cell=cell))
    else:
        raise _Bad(tr("{cell} is not a number").format(cell=_show(cell)))
    if not math.isfinite(x):
        raise _Bad(tr("{cell} is not a finite number").format(cell=_show(cell)))
    if x < 0:
        raise _Bad(tr("{cell} is negative").format(cell=_show(cell)))
    return x


def _rate(cell: object, percent: bool, decimal_comma: bool = False) -> float:
    """A tariff rate as a fraction. A cell ending in "%" is in percent whatever the column."""
    if isinstance(cell, str) and cell.strip().endswith(("%", "％")):
        cell, percent = cell.strip()[:-1], True
    x = _number(cell, decimal_comma)
    r = round(x / 100, 10) if percent else x
    if r > MAX_RATE:
        if percent:
            text = tr("rate {rate} is {percent} %, above the {limit} % limit")
        else:
            text = tr(
                "rate {rate} is {percent} %, above the {limit} % limit; is the column in "
                "percent? (--rates percent)"
            )
        raise _Bad(text.format(rate=f"{x:g}", percent=f"{r * 100:g}", limit=f"{MAX_RATE * 100:g}"))
    return r


_DIGITS = frozenset("0123456789")


def _code(cell: object) -> tuple[str, bool]:
    """An HS/HTS code as 2–10 digits of text, and whether a lost leading zero was restored.

    Numbers come from spreadsheets that read the code as a number: 201 was 0201, 8703.2 was
    8703.20. HS codes always have an even number of digits, so an odd-length code gets its
    leading zero back, and a dotted code is read as a heading of 4 digits followed by pairs.
    Excel's ways of keeping text (a leading apostrophe, ``="0201"``) are undone."""
    if cell is None:
        raise _Empty
    if isinstance(cell, bool | dt.date | dt.time | dt.timedelta):
        raise _Bad(
            tr("{cell} is not a product code (did a spreadsheet turn it into a date?)").format(
                cell=cell
            )
        )
    if isinstance(cell, int):
        s = str(cell)
    elif isinstance(cell, float):
        if not math.isfinite(cell):
            raise _Bad(tr("{cell} is not a product code").format(cell=cell))
        s = str(int(cell)) if cell.is_integer() else repr(cell)
    else:
        s = str(cell).strip()
    if not s:
        raise _Empty
    if s.casefold() in AGGREGATE_PRODUCTS:
        raise _Skip(tr("product {name}").format(name=repr(s)))
    t = s.replace(" ", "").replace("\u00a0", "")
    if t.startswith('="') and t.endswith('"'):
        t = t[2:-1]
    t = t.lstrip("'")
    padded = False
    if "." in t:
        parts = t.split(".")
        if not all(parts) or not all(_DIGITS.issuperset(p) for p in parts):
            raise _Bad(tr("{cell} is not an HS code (2–10 digits)").format(cell=_show(cell)))
        head = parts[0]
        if len(head) % 2:
            head, padded = "0" + head, True
        tail = ""
        for p in parts[1:]:
            if len(p) % 2:
                p, padded = p + "0", True
            tail += p
        t = head + tail
    elif not t or not _DIGITS.issuperset(t):
        raise _Bad(tr("{cell} is not an HS code (2–10 digits)").format(cell=_show(cell)))
    elif len(t) % 2:
        t, padded = "0" + t, True
    if not 2 <= len(t) <= 10:
        raise _Bad(tr("{cell} is not an HS code (2–10 digits)").format(cell=_show(cell)))
    return t, padded


def _year(cell: object) -> int:
    """A year from "2024", 2024, 2024.0 or a Comtrade period such as "202401"."""
    text = _cell_text(cell)
    if not text:
        raise _Empty
    if text.isascii() and text.isdigit() and len(text) in (4, 6):
        y = int(text[:4])
        if 1900 <= y <= 2100:
            return y
    raise _Bad(tr("{cell} is not a year").format(cell=_show(cell)))


_FLOW_WORDS = {
    "m": "M",
    "x": "X",
    "1": "M",
    "2": "X",
    "5": "M",
    "6": "X",
    "import": "M",
    "imports": "M",
    "export": "X",
    "exports": "X",
    "grossimp": "M",
    "grossexp": "X",
    "輸入": "M",
    "輸出": "X",
}


def _flow(cell: object) -> str:
    """ "M" (import), "X" (export), or the text of another flow (re-exports, ...) to skip."""
    text = _cell_text(cell)
    if not text:
        raise _Empty
    return _FLOW_WORDS.get(norm(text), text)


# --------------------------------------------------------------------------------------------
# Reading rows: CSV (with encoding and delimiter detection) and XLSX
# --------------------------------------------------------------------------------------------

_CODEC_NAMES = {
    "utf-8-sig": "UTF-8",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "cp932": "Shift_JIS (cp932)",
    "cp1252": "Windows-1252",
}


def _scan(path: Path, encoding: str) -> tuple[int, int, int] | None:
    """Decode the whole file in chunks: None if it is valid, else (offset, line, byte).

    Decoding is cheap next to parsing (about 1 % of the time for UTF-8), and checking first means
    an encoding guessed from the top of the file is confirmed before any row is read, and a bad
    byte is named by its line, not by a position in some decoding buffer."""
    dec = codecs.getincrementaldecoder(encoding)("strict")
    offset = lines = 0
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(1 << 20)
            try:
                dec.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                pos = max(0, min(exc.start, len(chunk) - 1)) if chunk else 0
                at = offset + pos
                bad = chunk[pos] if chunk else 0
                return at, lines + chunk[:pos].count(b"\n") + 1, bad
            if not chunk:
                return None
            offset += len(chunk)
            lines += chunk.count(b"\n")


def _looks_japanese(text: str) -> bool:
    """Decoded as cp932, Western text turns into half-width katakana or private-use characters;
    real Japanese text has kana and kanji."""
    jp = sum(1 for c in text if "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff")
    odd = sum(1 for c in text if "\uff61" <= c <= "\uff9f" or "\ue000" <= c <= "\uf8ff")
    return jp > 0 and odd <= jp // 4


def _choose_encoding(path: Path) -> tuple[str, str]:
    """The file's encoding and how it was found: a byte-order mark, else UTF-8 if the whole file
    is valid UTF-8, else Shift_JIS if the bytes that are not UTF-8 read as Japanese, else
    Windows-1252 (what Excel on Western Windows writes)."""
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8):
        enc, why = "utf-8-sig", tr("byte-order mark")
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        enc, why = "utf-16", tr("byte-order mark; Excel 'Unicode text'")
    else:
        enc, why = "utf-8-sig", tr("detected")
    failed = _scan(path, enc)
    if failed is None:
        return enc, why
    if enc != "utf-8-sig" or head.startswith(codecs.BOM_UTF8):
        raise _decode_error(path, enc, failed)
    offset = failed[0]
    with path.open("rb") as fh:
        fh.seek(max(0, offset - 2048))
        window = fh.read(1 << 16)
    candidates = ["cp932", "cp1252"]
    try:
        if not _looks_japanese(window.decode("cp932", errors="replace")):
            candidates.reverse()
    except LookupError:  # pragma: no cover - cp932 ships with CPython
        candidates = ["cp1252"]
    for enc in candidates:
        if _scan(path, enc) is None:
            return enc, "guessed: the file is not UTF-8; --encoding to override"
    raise _decode_error(path, "utf-8", failed)


def _decode_error(path: Path, encoding: str, failed: tuple[int, int, int]) -> TableError:
    offset, line, byte = failed
    name = _CODEC_NAMES.get(encoding, encoding)
    return TableError(
        tr(
            "{path}: line {line} (byte {offset}): byte {byte} is not {encoding} text. Name the "
            "file's encoding with --encoding, e.g. --encoding cp932 (Japanese Shift_JIS) or "
            "--encoding cp1252 (Western Windows), or save it from Excel as 'CSV UTF-8'."
        ).format(
            path=path,
            line=f"{line:,}",
            offset=f"{offset:,}",
            byte=f"0x{byte:02x}",
            encoding=name,
        )
    )


def _sniff_delimiter(sample: str, suffix: str) -> str:
    """The delimiter that splits the sample's lines into the most rows of one, wider-than-one
    width. Title lines above a header have one field whatever the delimiter, so they do not
    count; ``csv.Sniffer`` is thrown by them and by quoted commas, so we count ourselves."""
    if suffix == ".tsv":
        return "\t"
    lines = sample.splitlines()[:60]
    if len(lines) > 1:
        lines = lines[:-1]  # the last line of a sample may be cut short
    best, best_score = ",", 0
    for delim in (",", ";", "\t", "|"):
        try:
            widths = Counter(len(r) for r in csv.reader(lines, delimiter=delim) if len(r) > 1)
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = widths.most_common(1)[0]
        score = count * width
        if score > best_score:
            best, best_score = delim, score
    return best


@dataclass
class _Source:
    """Rows of one table and what the user should be told about how they were read."""

    rows: Iterator[Sequence[Any]]
    kind: str  # "CSV" or "XLSX"
    encoding: str | None = None
    encoding_why: str = ""
    delimiter: str | None = None
    sheet: str | None = None
    sheet_why: str = ""
    close: Any = None
    path: Path | None = None

    def take(self, n: int) -> list[Sequence[Any]]:
        """The next ``n`` rows (fewer at the end). A CSV reader is sliced directly, not through
        a generator, which would cost as much as a third of parsing; its errors are turned
        into ``TableError`` here."""
        try:
            return list(itertools.islice(self.rows, n))
        except LIM.LimitError as exc:
            raise TableError(f"{self.path}: {exc}") from None
        except UnicodeDecodeError:
            assert self.path is not None and self.encoding is not None
            failed = _scan(self.path, self.encoding)
            line = getattr(self.rows, "line_num", 0)
            raise _decode_error(self.path, self.encoding, failed or (0, line, 0)) from None
        except csv.Error as exc:
            line = getattr(self.rows, "line_num", 0)
            raise TableError(
                tr("{path}: line {line}: cannot be read: {error}").format(
                    path=self.path, line=f"{line:,}", error=exc
                )
            ) from None


_DELIMITER_NAMES = {
    ",": N_("comma-separated"),
    ";": N_("semicolon-separated"),
    "\t": N_("tab-separated"),
    "|": N_("bar-separated"),
}


def text_encoding(name: str, where: object = None) -> str:
    """The codec of ``--encoding NAME``, which must be a text encoding: Python also has codecs
    from bytes to bytes or text to text (rot13, base64, zlib), which would fail deep inside the
    reading; ``TableError`` names the option instead (after ``where``, the file, if given)."""
    lead = f"{where}: " if where is not None else ""
    hint = tr(
        "name the file's character set, for example cp932 (Japanese Shift_JIS), cp1252 "
        "(Western Windows) or utf-8"
    )
    try:
        info = codecs.lookup(name)
    except (LookupError, TypeError, ValueError):
        raise TableError(
            lead
            + tr("unknown encoding {name} (--encoding); {hint}").format(name=repr(name), hint=hint)
        ) from None
    text = getattr(info, "_is_text_encoding", True)
    if text:
        try:
            codecs.getincrementaldecoder(info.name)("strict").decode(b"", final=True)
        except (UnicodeError, LookupError, TypeError, ValueError):
            text = False
    if not text:
        raise TableError(
            lead
            + tr(
                "{name} is not a text encoding (--encoding): it does not turn bytes into text; "
                "{hint}"
            ).format(name=repr(name), hint=hint)
        )
    return info.name


def _lines(fh: Any) -> Iterator[str]:
    """The lines of a text file for ``csv.reader``, each read with a bound, so that one line of
    a hundred million commas is refused before it is split into as many cells."""
    readline = fh.readline
    limit = LIM.MAX_LINE_CHARS
    number = 0
    while True:
        line = readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith("\n"):
            raise LIM.LimitError(
                tr(
                    "line {line} is longer than {limit} characters; is it a table? If so, {hint}"
                ).format(line=f"{number:,}", limit=f"{limit:,}", hint=tr(LIM.SPLIT_HINT))
            )
        yield line


def _open_csv(path: Path, encoding: str | None) -> _Source:
    if encoding:
        enc = text_encoding(encoding, path)
        why = tr("given with --encoding")
    else:
        enc, why = _choose_encoding(path)
    fh = path.open(encoding=enc, newline="", errors="strict")
    try:
        sample = fh.read(1 << 16)
        fh.seek(0)
    except UnicodeDecodeError:
        fh.close()
        failed = _scan(path, enc)
        raise _decode_error(path, enc, failed or (0, 1, 0)) from None
    except UnicodeError as exc:  # a codec that fails in its own way
        fh.close()
        raise TableError(
            tr("{path}: cannot be decoded as {encoding}: {error}").format(
                path=path, encoding=enc, error=exc
            )
        ) from None
    delim = _sniff_delimiter(sample, path.suffix.casefold())
    reader = csv.reader(_lines(fh), delimiter=delim)
    return _Source(reader, "CSV", enc, why, delim, close=fh.close, path=path)


def _open_book(path: Path) -> Any:
    """The workbook, opened within the limits; ``TableError`` says why it cannot be."""
    from negotiator_gui.io.xlsx import Book, NotAWorkbook, XlsxError

    try:
        return Book(path)
    except NotAWorkbook as exc:
        raise TableError(
            tr(
                "{path}: cannot be read as an Excel workbook ({error}); is it "
                "password-protected, or an older .xls renamed? Save it as .xlsx or CSV."
            ).format(path=path, error=exc)
        ) from None
    except (XlsxError, LIM.LimitError) as exc:
        raise TableError(f"{path}: {exc}") from None


def _open_xlsx(path: Path, sheet: str | None) -> tuple[Any, list[tuple[str, Iterator]]]:
    wb = _open_book(path)
    names = list(wb.sheetnames)
    if sheet is not None and sheet not in names:
        wb.close()
        listed = ", ".join(repr(n) for n in names)
        raise TableError(
            tr("{path}: no sheet named {sheet}; its sheets are {sheets}").format(
                path=path, sheet=repr(sheet), sheets=listed
            )
        )
    order = [sheet] if sheet is not None else names
    if sheet is None and wb.active in order:
        order.remove(wb.active)
        order.insert(0, wb.active)
    return wb, [(n, _sheet_rows(wb, path, n)) for n in order]


def _sheet_rows(wb: Any, path: Path, name: str) -> Iterator[tuple]:
    """The rows of one sheet; what stops the reading becomes a ``TableError`` naming it."""
    from negotiator_gui.io.xlsx import XlsxError

    try:
        yield from wb.rows(name)
    except (XlsxError, LIM.LimitError) as exc:
        raise TableError(
            tr("{path} (sheet {sheet}): {error}").format(path=path, sheet=repr(name), error=exc)
        ) from None
    except OSError as exc:
        raise TableError(
            tr("{path}: cannot be read: {error}").format(path=path, error=exc.strerror or exc)
        ) from None


def head_rows(path: str | os.PathLike[str], sheet: str | None = None) -> list[tuple]:
    """The first ``HEADER_SCAN`` rows of a workbook's sheet (the active one by default), read
    within the limits like the import itself: for the column choices of the import dialog."""
    p = Path(path)
    wb = _open_book(p)
    try:
        name = sheet if sheet in wb.sheetnames else wb.active
        if name is None:
            return []
        return list(itertools.islice(_sheet_rows(wb, p, name), HEADER_SCAN))
    finally:
        wb.close()


def head_lines(path: str | os.PathLike[str], encoding: str, n: int = HEADER_SCAN) -> list[str]:
    """The first ``n`` lines of a text file, each read with the line-length bound."""
    with Path(path).open(encoding=encoding, newline="") as fh:
        try:
            return list(itertools.islice(_lines(fh), n))
        except LIM.LimitError as exc:
            raise TableError(f"{path}: {exc}") from None


def head_table(
    path: str | os.PathLike[str], *, encoding: str | None = None, sheet: str | None = None
) -> list[Sequence[Any]]:
    """The first ``HEADER_SCAN`` rows of a table as the import reads them: a workbook's sheet
    (the active one by default), or a CSV in its encoding (``encoding``, else chosen as the
    import chooses it) split at the delimiter the import counts (``csv.Sniffer`` is thrown by
    title lines and quoted commas). For the column choices of the import dialog; ``TableError``
    when the table cannot be read."""
    p = Path(path)
    if p.suffix.casefold() in XLSX_SUFFIXES:
        return head_rows(p, sheet)
    src = _open_csv(p, encoding)
    try:
        return src.take(HEADER_SCAN)
    finally:
        src.close()


# --------------------------------------------------------------------------------------------
# Header and column mapping
# --------------------------------------------------------------------------------------------


@dataclass
class _Plan:
    """What each field is read from, decided before the first data row."""

    header_row: int  # 1-based
    headers: list[str]
    cols: dict[str, int]
    how: dict[str, str]
    layout: Layout | None
    layout_why: str
    title: str  # text of the rows above the header
    wide_year: int | None = None


def _unit_hints(text: str) -> tuple[float | None, str | None]:
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


_BRACKETED = re.compile(r"[(\[（【][^)\]）】]*[)\]）】]")


def _forms(cell: object) -> tuple[str, str]:
    """A header as compared, whole and without bracketed units: "金額(千円)" matches "金額"
    and "Trade Value (US$)" matches "Trade Value"; the units are read separately."""
    if cell is None:
        return "", ""
    text = str(cell)
    return norm(text), norm(_BRACKETED.sub("", text))


def _find(forms: Sequence[tuple[str, str]], name: str, taken: set[int] = frozenset()) -> int:
    for i, (whole, bare) in enumerate(forms):
        if (whole == name or bare == name) and i not in taken:
            return i
    return -1


def _match(forms: Sequence[tuple[str, str]], aliases: Iterable[str], taken: set[int]) -> int | None:
    for alias in aliases:
        i = _find(forms, alias, taken)
        if i >= 0:
            return i
    return None


def _present(forms: Sequence[tuple[str, str]]) -> set[str]:
    return {x for pair in forms for x in pair if x}


def _detect(forms: Sequence[tuple[str, str]]) -> tuple[Layout | None, int]:
    """The layout whose own names match most columns of a header row (and how many)."""
    present = _present(forms)
    best, best_n = None, 0
    for layout in LAYOUTS:
        n = sum(1 for aliases in layout.aliases.values() if present.intersection(aliases))
        if n > best_n:
            best, best_n = layout, n
    return best, best_n


def _generic_matches(forms: Sequence[tuple[str, str]]) -> int:
    present = _present(forms)
    return sum(1 for aliases in GENERIC.values() if present.intersection(aliases))


def _plan(
    prefetched: list[Sequence[Any]],
    mapping: dict[str, str | None],
    year: int | None,
) -> _Plan | None:
    """Find the header row and decide every field's column; None if no row looks like a header.

    The header is the first row that holds every column named in ``mapping`` and, counting
    those, at least two known column names. Title rows (Census and DataWeb put a few above the
    header) hold one cell of text and never match two names."""
    wanted = {f: norm(c) for f, c in mapping.items() if c}
    for r, row in enumerate(prefetched):
        forms = [_forms(c) for c in row]
        if not any(whole for whole, _ in forms):
            continue
        if wanted and not all(_find(forms, w) >= 0 for w in wanted.values()):
            continue
        layout, n_layout = _detect(forms)
        if max(n_layout, _generic_matches(forms)) + len(wanted) < 2:
            continue
        headers = ["" if c is None else str(c).strip() for c in row]
        return _decide(r, headers, forms, layout, n_layout, prefetched[:r], wanted, mapping, year)
    return None


def _decide(
    r: int,
    headers: list[str],
    forms: list[tuple[str, str]],
    layout: Layout | None,
    n_layout: int,
    above: list[Sequence[Any]],
    wanted: dict[str, str],
    mapping: dict[str, str | None],
    year: int | None,
) -> _Plan:
    cols: dict[str, int] = {}
    how: dict[str, str] = {}
    taken: set[int] = set()
    for f, w in wanted.items():
        cols[f] = _find(forms, w)
        how[f] = tr("given with --map")
        taken.add(cols[f])
    off = {f for f, c in mapping.items() if not c}
    for f in FIELDS:
        if f in cols or f in off:
            continue
        i = None
        if layout is not None and f in layout.aliases:
            i = _match(forms, layout.aliases[f], taken)
            why = tr("{layout} column name").format(layout=layout.name)
        if i is None:
            i = _match(forms, GENERIC.get(f, ()), taken)
            why = tr("common column name")
        if i is not None:
            cols[f] = i
            how[f] = why
            taken.add(i)
    wide_year = None
    if "value" not in cols and "value" not in off:
        years = [
            (int(w), i)
            for i, (w, _) in enumerate(forms)
            if _YEAR_HEADER.match(w) and i not in taken
        ]
        if years:
            chosen = [(y, i) for y, i in years if y == year] if year else [max(years)]
            if chosen:
                wide_year, i = chosen[0]
                cols["value"] = i
                how["value"] = (
                    tr("the column of the year given with --year")
                    if year
                    else tr("the latest year column (--year to choose another)")
                )
    title = " ".join(_cell_text(c) for row in above for c in row if _cell_text(c))
    why = (
        tr("recognised from {n} of its column names").format(n=n_layout)
        if layout is not None
        else tr("not a known layout; columns matched by common names")
    )
    return _Plan(r + 1, headers, cols, how, layout, why, title, wide_year)


# --------------------------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # as a spreadsheet numbers it: the header and title rows count
    column: str  # the column's header as written in the file
    message: str

    def __str__(self) -> str:
        return tr("row {row}, column {column}: {message}").format(
            row=f"{self.row:,}", column=repr(self.column), message=self.message
        )


@dataclass
class ImportReport:
    """What an import would do, and every assumption it made to get there.

    ``text()`` is what the user reads before accepting: an import is only as good as the user's
    chance to spot a wrong guess (a table in thousands read as dollars, percent read as
    fractions, a partner that went missing), so each decision carries its reason (the ``*_why``
    fields and ``columns_how``). Row counts add up: ``rows_read`` is ``rows_blank`` +
    ``rows_rejected`` + ``rows_unmatched`` + the ``skipped`` counts + ``rows_accepted``, and
    ``rows_accepted`` is ``len(flows)`` + ``merged``."""

    source: str
    kind: str
    layout: str
    layout_why: str
    header_row: int
    columns: dict[str, str]  # field -> header of the column it is read from
    columns_how: dict[str, str]  # field -> how that column was chosen
    fixed: dict[str, str]  # field -> party id fixed for every row, with why in columns_how
    encoding: str | None = None
    encoding_why: str = ""
    delimiter: str | None = None
    sheet: str | None = None
    sheet_why: str = ""
    scale: float = 1.0
    scale_why: str = ""
    currency: str = "USD"
    currency_why: str = ""
    year: int = 2024
    year_why: str = ""
    rates: str = "none"  # "fraction", "percent", "duties" or "none"
    rates_why: str = ""
    flow: str | None = None  # "M", "X" or "both" when the table has a flow column
    flow_why: str = ""
    rows_read: int = 0
    rows_blank: int = 0
    rows_accepted: int = 0
    rows_rejected: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    problems_not_listed: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    unmatched: dict[tuple[str, str], int] = field(default_factory=dict)  # (column, name) -> rows
    to_others: dict[str, int] = field(default_factory=dict)
    merged: int = 0
    padded_codes: int = 0
    padded_example: str = ""
    notes: list[str] = field(default_factory=list)
    totals: dict[tuple[str, str], tuple[float, int]] = field(default_factory=dict)
    flows: TradeFlows = field(default_factory=TradeFlows)

    @property
    def rows_unmatched(self) -> int:
        return sum(self.unmatched.values())

    @property
    def rows_left_out(self) -> int:
        """Rows with data that will not be imported because of a problem or an unknown party."""
        return self.rows_rejected + self.rows_unmatched

    @property
    def rates_known(self) -> bool:
        return self.rates != "none"

    def text(self) -> str:
        out: list[str] = []

        def add(line: str, indent: int = 0) -> None:
            out.append(" " * indent + line)

        if self.sheet:
            add(
                tr("Import of {source}, sheet {sheet}").format(
                    source=self.source, sheet=repr(self.sheet)
                )
            )
        else:
            add(tr("Import of {source}").format(source=self.source))
        add(tr("layout: {layout} ({why})").format(layout=self.layout, why=self.layout_why), 2)
        if self.kind == "CSV":
            delim = self.delimiter or ","
            separated = (
                tr(_DELIMITER_NAMES[delim])
                if delim in _DELIMITER_NAMES
                else tr("{delimiter}-separated").format(delimiter=repr(delim))
            )
            enc = _CODEC_NAMES.get(self.encoding or "", self.encoding)
            add(
                tr("read as: CSV, {encoding} ({why}), {separated}; header on row {row}").format(
                    encoding=enc, why=self.encoding_why, separated=separated, row=self.header_row
                ),
                2,
            )
        elif self.sheet_why:
            add(
                tr("read as: Excel workbook, sheet {sheet} ({why}); header on row {row}").format(
                    sheet=repr(self.sheet), why=self.sheet_why, row=self.header_row
                ),
                2,
            )
        else:
            add(
                tr("read as: Excel workbook, sheet {sheet}; header on row {row}").format(
                    sheet=repr(self.sheet), row=self.header_row
                ),
                2,
            )
        add(tr("columns:"), 2)
        for f in FIELDS:
            if f in self.columns:
                add(f"{f:<9} <- {self.columns[f]!r} ({self.columns_how[f]})", 4)
            elif f in self.fixed:
                add(
                    f"{f:<9} =  "
                    + tr("{party} for every row ({why})").format(
                        party=self.fixed[f], why=self.columns_how[f]
                    ),
                    4,
                )
            elif f == "mfn_rate" and "duties" not in self.columns:
                add(
                    "mfn_rate  -  "
                    + tr(
                        "no tariff column: new flows get rate 0; when merging, existing flows "
                        "keep their rate"
                    ),
                    4,
                )
        if self.flow is not None:
            add(tr("flow: {flow} ({why})").format(flow=self.flow_desc(), why=self.flow_why), 2)
        if self.scale_why:
            scale = tr("x {scale} ({why})").format(scale=f"{self.scale:,g}", why=self.scale_why)
        else:
            scale = tr("as written")
        add(
            tr("values: {scale}, in {currency} ({why})").format(
                scale=scale, currency=self.currency, why=self.currency_why
            ),
            2,
        )
        add(tr("rates: {rates}").format(rates=self.rates_text()), 2)
        add(tr("year: {year} ({why})").format(year=self.year, why=self.year_why), 2)
        add(tr("rows: {rows} below the header").format(rows=_n(self.rows_read, "row")), 2)
        add(tr("{n} accepted").format(n=f"{self.rows_accepted:,}"), 4)
        if self.rows_rejected:
            add(
                tr("{n} rejected (listed below): NOT imported").format(n=f"{self.rows_rejected:,}"),
                4,
            )
        if self.unmatched:
            add(
                tr("{n} with a party not in the scenario: NOT imported").format(
                    n=f"{self.rows_unmatched:,}"
                ),
                4,
            )
        if self.rows_blank:
            add(tr("{n} blank, ignored").format(n=f"{self.rows_blank:,}"), 4)
        for why, n in self.skipped.items():
            add(tr("{n} skipped: {why}").format(n=f"{n:,}", why=why), 4)
        if self.merged:
            add(
                tr(
                    "merged: {rows} repeated the importer, exporter and product of an earlier "
                    "row: values added up, rates averaged weighted by value"
                ).format(rows=_n(self.merged, "row")),
                2,
            )
        if self.padded_codes:
            add(
                tr(
                    "product codes: {codes} had lost a leading zero (e.g. {example}); restored, "
                    "as HS codes have an even number of digits"
                ).format(codes=_n(self.padded_codes, "code"), example=self.padded_example),
                2,
            )
        for note in self.notes:
            add(tr("note: {note}").format(note=note), 2)
        add(
            tr("result: {flows} in {currency}, {year}").format(
                flows=_n(len(self.flows), "trade flow"), currency=self.currency, year=self.year
            ),
            2,
        )
        if self.totals:
            add(tr("totals by importer <- exporter:"), 2)
            for (imp, exp), (total, n) in sorted(self.totals.items()):
                add(
                    tr("{importer} <- {exporter}: {total} {currency} in {flows}").format(
                        importer=imp,
                        exporter=exp,
                        total=f"{total:,.0f}",
                        currency=self.currency,
                        flows=_n(n, "flow"),
                    ),
                    4,
                )
        if self.to_others:
            add(tr("names mapped to the --others party:"), 2)
            for name, n in sorted(self.to_others.items(), key=lambda kv: (-kv[1], kv[0])):
                add(f"{name!r}: {_n(n, 'row')}", 4)
        if self.unmatched:
            add(
                tr(
                    "parties not in the scenario (NOT imported; map them with --party NAME=ID, "
                    "or --others ID):"
                ),
                2,
            )
            ranked = sorted(self.unmatched.items(), key=lambda kv: (-kv[1], kv[0]))
            for (col, name), n in ranked[:MAX_NAMES]:
                add(
                    tr("{name} (column {column}): {rows}").format(
                        name=repr(name), column=repr(col), rows=_n(n, "row")
                    ),
                    4,
                )
            if len(ranked) > MAX_NAMES:
                rest = sum(n for _, n in ranked[MAX_NAMES:])
                add(
                    tr("... and {names} ({rows})").format(
                        names=_n(len(ranked) - MAX_NAMES, "more name"), rows=_n(rest, "row")
                    ),
                    4,
                )
        if self.problems:
            add(tr("rejected rows ({n}; NOT imported):").format(n=f"{self.rows_rejected:,}"), 2)
            for p in self.problems:
                add(str(p), 4)
            if self.problems_not_listed:
                add(
                    tr("... and {problems} not listed").format(
                        problems=_n(self.problems_not_listed, "more problem")
                    ),
                    4,
                )
        if self.rows_left_out:
            add(
                tr(
                    "Accepting imports only the {accepted} accepted rows; the {left_out} "
                    "rejected or unmatched rows are left out."
                ).format(accepted=f"{self.rows_accepted:,}", left_out=f"{self.rows_left_out:,}"),
                2,
            )
        return "\n".join(out)

    def flow_desc(self) -> str:
        return tr(
            {
                "M": N_("imports (M) only"),
                "X": N_("exports (X) only"),
                "both": N_("imports and exports"),
            }[self.flow or "both"]
        )

    def rates_text(self) -> str:
        if self.rates == "none":
            return tr("none in the table")
        if self.rates == "duties":
            return tr("duties / value ({why})").format(why=self.rates_why)
        if self.rates == "percent":
            return tr("read as percent (5 = 5 %) ({why})").format(why=self.rates_why)
        return tr("read as fractions (0.05 = 5 %) ({why})").format(why=self.rates_why)


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


class _Memo(dict):
    """Cell -> parsed value, parsed once per distinct cell: a column of years, flow codes or
    duty types holds a handful of distinct cells, so ``map(memo.__getitem__, column)`` turns
    the column at C speed. A failure is stored as a ``_Bad`` instance or ``_EMPTY``."""

    def __init__(self, parse) -> None:
        super().__init__()
        self.parse = parse

    def __missing__(self, cell: object) -> object:
        try:
            hit = self.parse(cell)
        except _Empty:
            hit = _EMPTY
        except _Bad as exc:
            hit = exc
        self[cell] = hit
        return hit


def _duty_type(cell: object) -> str:
    text = _cell_text(cell).upper()
    if not text:
        raise _Empty
    return text


class _Reader:
    """Streams the data rows of one table into column lists, batch by batch.

    Each batch goes column by column through built-ins; a cell that fails a fast check sends
    that column of that batch through the cell-by-cell parser, which names the problem. Rows
    are then flagged (blank, skipped, rejected, unmatched) and the others appended to the
    column lists."""

    def __init__(
        self, plan: _Plan, resolver: PartyResolver, rates: str, decimal_comma: bool = False
    ) -> None:
        self.cols = plan.cols
        self.decimal_comma = decimal_comma
        self.resolver = resolver
        self.rate_percent = rates == "percent"
        self.used = [i for f, i in plan.cols.items() if f != "quantity"]
        self.need = max(self.used) + 1 if self.used else 1
        self.get = {f: itemgetter(i) for f, i in plan.cols.items()}
        self.header = {f: plan.headers[i] or f"column {i + 1}" for f, i in plan.cols.items()}
        self.imp: list[str] = []
        self.exp: list[str] = []
        self.prod: list[str] = []
        self.val: list[float] = []
        self.rate: list[float] = []
        self.duty: list[float] = []
        self.flow: list[str] = []
        self.year: list[int] = []
        self.dtype: list[str] = []
        self.read = 0
        self.blank = 0
        self.rejected = 0
        self.problems: list[RowProblem] = []
        self.not_listed = 0
        self.skipped: Counter[str] = Counter()
        self.unmatched: Counter[tuple[str, str]] = Counter()
        self.to_others: Counter[str] = Counter()
        self.padded = 0
        self.padded_example = ""
        self.code_lengths: set[int] = set()
        self.flow_memo = _Memo(_flow)
        self.year_memo = _Memo(_year)
        self.dtype_memo = _Memo(_duty_type)

    # -- one batch --------------------------------------------------------------------------
    def batch(self, rows: list[Sequence[Any]], first: int) -> None:
        """Read ``rows``; ``first`` is the spreadsheet row number of ``rows[0]``."""
        n = len(rows)
        self.read += n
        if min(map(len, rows)) < self.need:  # short rows: Excel and CSV writers drop empties
            pad = (None,) * self.need
            rows = [r if len(r) >= self.need else (*r, *pad[: self.need - len(r)]) for r in rows]
        cols, get = self.cols, self.get
        fl = _Flags()

        prod = self._codes(list(map(get["product"], rows)), fl)
        val = self._numbers("value", list(map(get["value"], rows)), fl)
        rate = duty = None
        if "mfn_rate" in cols:
            rate = self._rates(list(map(get["mfn_rate"], rows)), fl)
        elif "duties" in cols:
            duty = self._numbers("duties", list(map(get["duties"], rows)), fl)
            self._check_duties(val, duty, fl)
        imp = self._parties("importer", rows, fl)
        exp = self._parties("exporter", rows, fl)
        flows = self._memo("flow", rows, self.flow_memo, fl)
        if flows is not None:
            kinds = set(flows)
            if kinds - {"M", "X"}:
                for i, f in enumerate(flows):
                    if type(f) is str and f not in ("M", "X") and f is not _EMPTY:
                        fl.skip.setdefault(
                            i,
                            tr("flow {flow} (only imports and exports are read)").format(
                                flow=repr(f)
                            ),
                        )
            if "X" in kinds and imp is not None and exp is not None:
                # On an export row the reporter (the importer column) is the exporter.
                imp, exp = (
                    [e if f == "X" else m for m, e, f in zip(imp, exp, flows, strict=True)],
                    [m if f == "X" else e for m, e, f in zip(imp, exp, flows, strict=True)],
                )
        years = self._memo("year", rows, self.year_memo, fl)
        dtypes = self._memo("duty_type", rows, self.dtype_memo, fl)

        keep = self._settle(rows, first, fl) if fl else None

        def add(target: list, column: Sequence | None) -> None:
            if column is not None:
                target.extend(column if keep is None else itertools.compress(column, keep))

        add(self.imp, imp)
        add(self.exp, exp)
        add(self.prod, prod)
        add(self.val, val)
        add(self.rate, rate)
        add(self.duty, duty)
        add(self.flow, flows)
        add(self.year, years)
        add(self.dtype, dtypes)

    def _settle(self, rows: list[Sequence[Any]], first: int, fl: _Flags) -> list[bool]:
        """Decide each flagged row, in this order: blank (every cell we read is empty), skipped
        (an aggregate, another flow, or no value: never imported, so its other cells do not
        matter), rejected (with every problem on it), unmatched (a party not in the scenario)."""
        keep = [True] * len(rows)
        flagged = set(fl.bad) | set(fl.empty) | set(fl.skip) | set(fl.unmatched)
        for i in sorted(flagged):
            keep[i] = False
            row = rows[i]
            if i in fl.empty and i not in fl.skip and all(_is_blank(row[c]) for c in self.used):
                self.blank += 1
            elif i in fl.skip:
                self.skipped[fl.skip[i]] += 1
            elif fl.empty.get(i) == ["value"] and i not in fl.bad:
                # Exports leave the value empty where nothing was traded (a year column of a
                # DataWeb table): nothing to import, and nothing the user must fix.
                self.skipped["the value is empty (no trade recorded)"] += 1
            elif i in fl.bad or i in fl.empty:
                self.rejected += 1
                probs = fl.bad.get(i, []) + [(f, "empty cell") for f in fl.empty.get(i, ())]
                probs.sort(key=lambda fm: self.cols.get(fm[0], 0))
                for f, m in probs:
                    if len(self.problems) < MAX_LISTED:
                        self.problems.append(RowProblem(first + i, self.header[f], m))
                    else:
                        self.not_listed += 1
            else:
                self.unmatched[fl.unmatched[i]] += 1
        for i, name in fl.via_others.items():
            if keep[i]:
                self.to_others[name] += 1
        return keep

    # -- columns ----------------------------------------------------------------------------
    def _codes(self, cells: list, fl: _Flags) -> list:
        try:
            lengths = set(map(len, cells))
            joined = "".join(cells)
            if lengths <= _EVEN_LENGTHS and joined.isdigit() and joined.isascii():
                self.code_lengths |= lengths
                return cells
        except TypeError:  # numbers from a workbook
            pass
        out: list = [None] * len(cells)
        for i, c in enumerate(cells):
            try:
                code, padded = _code(c)
            except _Empty:
                fl.empty.setdefault(i, []).append("product")
                continue
            except _Skip as exc:
                fl.skip[i] = tr("{what} is a total, not a product line").format(what=exc)
                continue
            except _Bad as exc:
                fl.bad.setdefault(i, []).append(("product", str(exc)))
                continue
            if padded:
                self.padded += 1
                if not self.padded_example:
                    self.padded_example = f"{_show(c)} -> {code!r}"
            self.code_lengths.add(len(code))
            out[i] = code
        return out

    @staticmethod
    def _floats(cells: list) -> list[float] | None:
        """All cells as finite, non-negative floats, or None to go cell by cell. Text goes
        through ``float`` (which refuses "", "1,234" and "12%"); workbook cells must be int or
        float (``float(True)`` would pass a boolean as 1)."""
        if cells and type(cells[0]) is not str and not set(map(type, cells)) <= _NUMBER_TYPES:
            return None
        try:
            out = list(map(float, cells))
        except (TypeError, ValueError, OverflowError):
            return None
        if out and not (math.isfinite(sum(out)) and min(out) >= 0):
            return None
        return out

    def _numbers(self, f: str, cells: list, fl: _Flags) -> list[float]:
        out = self._floats(cells)
        if out is not None:
            return out
        out = [0.0] * len(cells)
        for i, c in enumerate(cells):
            try:
                out[i] = _number(c, self.decimal_comma)
            except _Empty:
                fl.empty.setdefault(i, []).append(f)
            except _Bad as exc:
                fl.bad.setdefault(i, []).append((f, str(exc)))
        return out

    def _rates(self, cells: list, fl: _Flags) -> list[float]:
        pct = self.rate_percent
        raw = self._floats(cells)
        if raw is not None:
            out = [round(x / 100, 10) for x in raw] if pct else raw
            if not out or max(out) <= MAX_RATE:
                return out
        out = [0.0] * len(cells)
        for i, c in enumerate(cells):
            try:
                out[i] = _rate(c, pct, self.decimal_comma)
            except _Empty:
                fl.empty.setdefault(i, []).append("mfn_rate")
            except _Bad as exc:
                fl.bad.setdefault(i, []).append(("mfn_rate", str(exc)))
        return out

    @staticmethod
    def _check_duties(val: list[float], duty: list[float], fl: _Flags) -> None:
        v = np.asarray(val, dtype=float)
        d = np.asarray(duty, dtype=float)
        for i in np.flatnonzero(d > MAX_RATE * v).tolist():
            if v[i] == 0:
                msg = f"duties {d[i]:g} on a value of 0"
            else:
                msg = f"duties {d[i]:g} are {d[i] / v[i] * 100:,.0f} % of the value, over the limit"
            fl.bad.setdefault(i, []).append(("duties", msg))

    def _memo(self, f: str, rows: list, memo: _Memo, fl: _Flags) -> list | None:
        if f not in self.cols:
            return None
        out = list(map(memo.__getitem__, map(self.get[f], rows)))
        distinct = set(out)
        if _EMPTY in distinct or any(isinstance(x, _Bad) for x in distinct):
            for i, x in enumerate(out):
                if x is _EMPTY:
                    fl.empty.setdefault(i, []).append(f)
                elif isinstance(x, _Bad):
                    fl.bad.setdefault(i, []).append((f, str(x)))
        return out

    def _parties(self, f: str, rows: list, fl: _Flags) -> list | None:
        if f not in self.cols:
            return None  # fixed for every row: filled in at the end
        r = self.resolver
        cells = list(map(self.get[f], rows))
        ids = list(map(r.__getitem__, cells))
        distinct = set(ids)
        others = r.others
        if (
            None in distinct
            or _EMPTY in distinct
            or _AGGREGATE in distinct
            or (others is not None and others in distinct and r.via_others)
        ):
            header = self.header[f]
            for i, pid in enumerate(ids):
                if pid is None:
                    fl.unmatched.setdefault(i, (header, _cell_text(cells[i])))
                elif pid is _EMPTY:
                    fl.empty.setdefault(i, []).append(f)
                elif pid is _AGGREGATE:
                    name = _cell_text(cells[i])
                    fl.skip.setdefault(
                        i,
                        tr("{name} in {column} is a total, not one economy").format(
                            name=repr(name), column=repr(header)
                        ),
                    )
                elif pid == others and cells[i] in r.via_others:
                    fl.via_others[i] = _cell_text(cells[i])
        return ids


_EVEN_LENGTHS = frozenset({2, 4, 6, 8, 10})
_NUMBER_TYPES = frozenset({int, float})


class _Flags:
    """What is wrong with which rows of a batch (by index in the batch)."""

    __slots__ = ("bad", "empty", "skip", "unmatched", "via_others")

    def __init__(self) -> None:
        self.bad: dict[int, list[tuple[str, str]]] = {}
        self.empty: dict[int, list[str]] = {}
        self.skip: dict[int, str] = {}
        self.unmatched: dict[int, tuple[str, str]] = {}
        self.via_others: dict[int, str] = {}

    def __bool__(self) -> bool:
        return bool(self.bad or self.empty or self.skip or self.unmatched or self.via_others)


def _is_blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def read_table(
    path: str | os.PathLike[str],
    mapping: dict[str, str | None] | None = None,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    scenario: Scenario | None = None,
    importer: str | None = None,
    exporter: str | None = None,
    aliases: dict[str, str] | None = None,
    others: str | None = None,
    scale: float | None = None,
    currency: str | None = None,
    year: int | None = None,
    rates: str | None = None,
    flow: str | None = None,
    duty_type: str | None = None,
) -> ImportReport:
    """Read a CSV or XLSX table of trade flows; raises ``TableError`` if it cannot be used.

    ``mapping`` names the column of a field (``{"value": "Customs Value"}``) and overrides
    detection; a field mapped to None or "" is not read. ``scenario`` supplies the parties that
    names are matched against, and the unit and year assumed when the table does not say.
    ``importer``/``exporter`` fix that party for every row (DataWeb tables are US imports);
    ``aliases`` maps names in the table to party ids and ``others`` takes every partner still
    unmatched. ``scale`` multiplies values (1000 for a table in thousands), ``currency`` names
    their currency, ``year`` picks the year (and the column of that year in a table with one
    column per year), ``rates`` is "percent" or "fraction", ``flow`` is "M", "X" or "both"
    (default: imports, or exports if there are none) and ``duty_type`` picks the WITS duty type
    (default MFN).
    """
    p = Path(path)
    mapping = dict(mapping or {})
    for f in mapping:
        if f not in FIELDS:
            raise TableError(f"--map {f}=...: unknown field; the fields are {', '.join(FIELDS)}")
    if rates not in (None, "percent", "fraction"):
        raise TableError(f"rates must be 'percent' or 'fraction', not {rates!r}")
    if flow not in (None, "M", "X", "both"):
        raise TableError(f"flow must be M, X or both, not {flow!r}")
    if scale is not None and not (math.isfinite(scale) and scale > 0):
        raise TableError(f"scale must be a positive number, not {scale!r}")
    if year is not None and not 1900 <= year <= 2100:
        raise TableError(f"year must be from 1900 to 2100, not {year}")
    if currency is not None:
        currency = currency.strip()
        if not currency or len(currency) > 40:
            raise TableError(f"currency must be a short name such as USD, not {currency!r}")
        if len(currency) == 3 and currency.isalpha():
            currency = currency.upper()
    suffix = p.suffix.casefold()
    if suffix in (".xls", ".ods", ".numbers"):
        raise TableError(
            tr(
                "{path}: {suffix} workbooks cannot be read; open it in Excel or LibreOffice and "
                "save it as an Excel workbook (.xlsx) or CSV"
            ).format(path=p, suffix=suffix)
        )
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        if suffix:
            text = tr(
                "{path}: cannot read {suffix} files; save the table as CSV (.csv, .tsv, .txt) or "
                "an Excel workbook (.xlsx)"
            )
        else:
            text = tr(
                "{path}: cannot read extension-less files; save the table as CSV (.csv, .tsv, "
                ".txt) or an Excel workbook (.xlsx)"
            )
        raise TableError(text.format(path=p, suffix=suffix))
    try:
        if p.is_dir():
            raise TableError(tr("{path}: is a folder, not a table").format(path=p))
        if p.stat().st_size == 0:
            raise TableError(tr("{path}: is empty").format(path=p))
    except FileNotFoundError:
        raise TableError(tr("{path}: no such file").format(path=p)) from None
    except OSError as exc:
        raise TableError(
            tr("{path}: cannot be read: {error}").format(path=p, error=exc.strerror or exc)
        ) from None

    parties = scenario.parties if scenario is not None else None
    resolver = PartyResolver(parties, aliases, others)
    if others is not None and parties is not None and others not in resolver.ids:
        raise TableError(f"--others {others}: not a party of the scenario")
    for name, pid in (aliases or {}).items():
        if parties is not None and pid not in resolver.ids:
            raise TableError(f"--party {name}={pid}: {pid!r} is not a party of the scenario")
    fixed: dict[str, str] = {}
    for f, given in (("importer", importer), ("exporter", exporter)):
        if given is not None:
            pid = resolver.resolve(given)
            if pid is None or pid in (_EMPTY, _AGGREGATE):
                known = ", ".join(sorted(resolver.ids or ())) or "none"
                raise TableError(f"--{f} {given}: not a party of the scenario (parties: {known})")
            fixed[f] = pid
            mapping[f] = None
    opts = {
        "scale": scale,
        "currency": currency,
        "year": year,
        "rates": rates,
        "flow": flow,
        "duty_type": duty_type,
    }

    try:
        if suffix in CSV_SUFFIXES:
            try:
                src = _open_csv(p, encoding)
            except OSError as exc:
                raise TableError(
                    tr("{path}: cannot be read: {error}").format(path=p, error=exc.strerror or exc)
                ) from None
            try:
                prefetched = src.take(HEADER_SCAN)
                plan = _plan(prefetched, mapping, year)
                if plan is None:
                    raise _no_header(p, prefetched, mapping)
                return _read(p, src, prefetched, plan, resolver, fixed, scenario, opts)
            finally:
                src.close()
        wb, sheets = _open_xlsx(p, sheet)
        try:
            seen: list[tuple[str, list]] = []
            for name, rows in sheets:
                prefetched = list(itertools.islice(rows, HEADER_SCAN))
                plan = _plan(prefetched, mapping, year)
                if plan is not None:
                    if sheet is not None:
                        why = tr("given with --sheet")
                    elif not seen:
                        why = tr("the active sheet")
                    else:
                        why = tr("the first sheet with a header")
                    src = _Source(rows, "XLSX", sheet=name, sheet_why=why)
                    return _read(p, src, prefetched, plan, resolver, fixed, scenario, opts)
                seen.append((name, prefetched))
            if not seen:
                raise TableError(tr("{path}: the workbook has no sheets").format(path=p))
            name, prefetched = seen[0]
            raise _no_header(p, prefetched, mapping, sheet=name, others=[n for n, _ in seen[1:]])
        finally:
            wb.close()
    except MemoryError:
        raise TableError(
            tr("{path}: too large to read in the memory available").format(path=p)
        ) from None


def _no_header(
    p: Path,
    prefetched: list,
    mapping: dict[str, str | None],
    sheet: str | None = None,
    others: Sequence[str] = (),
) -> TableError:
    if not sheet:
        where = str(p)
    elif others:
        where = tr("{path} (sheet {sheet}, and the other sheets)").format(path=p, sheet=repr(sheet))
    else:
        where = tr("{path} (sheet {sheet})").format(path=p, sheet=repr(sheet))
    if not any(any(not _is_blank(c) for c in row) for row in prefetched):
        return TableError(tr("{where}: holds no data").format(where=where))
    wanted = {f: c for f, c in mapping.items() if c}
    seen = _widest(prefetched)
    listed = ", ".join(repr(c) for c in seen[:40]) or tr("none")
    if wanted:
        missing = [
            tr("{column} (for {field})").format(column=repr(c), field=f)
            for f, c in wanted.items()
            if not any(norm(c) in [norm(x) for x in row if x is not None] for row in prefetched)
        ]
        if missing:
            return TableError(
                tr(
                    "{where}: no column named {missing} in the first {n} rows; the columns it "
                    "has are: {columns}"
                ).format(where=where, missing=", ".join(missing), n=HEADER_SCAN, columns=listed)
            )
    return TableError(
        tr(
            "{where}: no header row found in the first {n} rows (no known column names). Name "
            'the columns with --map, e.g. --map product="HTS Number" --map '
            'value="Customs Value". The widest row has: {columns}'
        ).format(where=where, n=HEADER_SCAN, columns=listed)
    )


def _widest(rows: list) -> list[str]:
    best: list[str] = []
    for row in rows:
        cells = [_cell_text(c) for c in row if not _is_blank(c)]
        if len(cells) > len(best):
            best = cells
    return best


def _read(
    p: Path,
    src: _Source,
    prefetched: list,
    plan: _Plan,
    resolver: PartyResolver,
    fixed: dict[str, str],
    scenario: Scenario | None,
    opts: dict[str, Any],
) -> ImportReport:
    """Check the plan, stream every data row, then select, scale and merge."""
    cols, how, layout = plan.cols, plan.how, plan.layout
    seen = [h for h in plan.headers if h]
    listed = ", ".join(repr(h) for h in seen[:40])
    implied = ""
    # A layout with only a partner column (DataWeb): the US is the other side, the importer
    # unless the title or sheet says the table is of exports (then the country is the importer).
    if layout is not None and layout.implied_party and "importer" not in cols:
        exports = bool(re.search(r"export", f"{plan.title} {src.sheet or ''}", re.I))
        if exports and "exporter" in cols and "importer" not in fixed:
            cols["importer"] = cols.pop("exporter")
            how["importer"] = how.pop("exporter")
        side = "exporter" if exports else "importer"
        if side not in fixed:
            pid = resolver.resolve(layout.implied_party)
            if pid is None or pid in (_EMPTY, _AGGREGATE):
                implied = layout.implied_party
            else:
                fixed[side] = pid
                trade = (
                    N_("{layout} tables are US exports")
                    if exports
                    else N_("{layout} tables are US imports")
                )
                how[side] = tr(trade).format(layout=layout.name)
    for f in ("importer", "exporter"):
        if f in fixed:
            how.setdefault(f, tr("given with --{option}").format(option=f))
    missing = [f for f in REQUIRED if f not in cols and f not in fixed]
    if missing:
        hints = []
        for f in missing:
            if f in ("importer", "exporter"):
                hints.append(f"{f} (name its column with --map {f}=COLUMN or fix it with --{f} ID)")
            else:
                hints.append(f"{f} (name its column with --map {f}=COLUMN)")
        extra = ""
        for n, why in NOT_VALUES.items():
            if "value" in missing and n in [norm(h) for h in seen]:
                extra = f" (a column like {why.split(' are')[0]} is not used: {why})"
        if implied:
            extra += f" The table holds {implied} trade, but the scenario has no such party."
        raise TableError(
            f"{p}: header on row {plan.header_row}, but no column for "
            f"{'; '.join(hints)}.{extra} The columns it has are: {listed}"
        )
    for f in ("importer", "exporter"):
        if f in fixed:
            cols.pop(f, None)

    # Units: values' scale and currency, the rate convention, and the year.
    value_header = plan.headers[cols["value"]]
    h_scale, h_cur = _unit_hints(value_header)
    t_scale, t_cur = _unit_hints(plan.title) if plan.title else (None, None)
    if opts["scale"] is not None:
        scale, scale_why = float(opts["scale"]), tr("given with --scale")
    elif h_scale:
        scale, scale_why = h_scale, _says_header(value_header)
    elif t_scale:
        scale, scale_why = t_scale, tr("the title above the header says so")
    elif layout is not None and norm(value_header) in layout.scaled:
        scale, scale_why = (
            1000.0,
            tr("{layout} reports trade values in thousands").format(layout=layout.name),
        )
    else:
        scale, scale_why = 1.0, ""
    default_unit = scenario.trade_flows.unit if scenario is not None else "USD"
    if opts["currency"]:
        cur, cur_why = opts["currency"], tr("given with --currency")
    elif h_cur:
        cur, cur_why = h_cur, _says_header(value_header)
    elif t_cur:
        cur, cur_why = t_cur, tr("the title above the header says so")
    elif layout is not None and layout.currency:
        cur, cur_why = layout.currency, tr(layout.currency_why)
    else:
        cur, cur_why = default_unit, tr("assumed: the table does not say; --currency to set it")

    rates = opts["rates"]
    if "mfn_rate" in cols:
        rh = plan.headers[cols["mfn_rate"]]
        if rates:
            rates_why = tr("given with --rates")
        elif re.search(r"%|percent|pct|％", rh, re.I):
            rates, rates_why = "percent", _says_header(rh)
        elif layout is not None and layout.rates_percent and norm(rh) in layout.aliases["mfn_rate"]:
            rates, rates_why = (
                "percent",
                tr("{layout} gives tariffs in percent").format(layout=layout.name),
            )
        else:
            rates, rates_why = "fraction", tr(_RATES_ASSUMED)
    elif "duties" in cols:
        rates, rates_why = "duties", f"{plan.headers[cols['duties']]!r} / {value_header!r}"
        cols.pop("mfn_rate", None)
    else:
        rates, rates_why = "none", ""
    if "duties" in cols and "mfn_rate" in cols:
        cols.pop("duties")
        how.pop("duties", None)

    reader = _Reader(plan, resolver, rates, decimal_comma=src.delimiter == ";")
    first = plan.header_row + 1
    pending = prefetched[plan.header_row :]
    while True:
        batch = pending + src.take(BATCH - len(pending))
        pending = []
        if not batch:
            break
        _check_batch(p, src, batch, first, reader.read)
        reader.batch(batch, first)
        first += len(batch)
        if len(batch) < BATCH:
            break
    if reader.read == 0:
        raise TableError(
            tr("{path}: no data rows below the header (row {row})").format(
                path=p, row=plan.header_row
            )
        )

    report = ImportReport(
        source=str(p),
        kind=src.kind,
        layout=layout.name if layout is not None else tr("columns by name"),
        layout_why=plan.layout_why,
        header_row=plan.header_row,
        columns={f: plan.headers[i] or f"column {i + 1}" for f, i in cols.items()},
        columns_how={f: how[f] for f in list(cols) + list(fixed)},
        fixed=dict(fixed),
        encoding=src.encoding,
        encoding_why=src.encoding_why,
        delimiter=src.delimiter,
        sheet=src.sheet,
        sheet_why=src.sheet_why,
        scale=scale,
        scale_why=scale_why,
        currency=cur,
        currency_why=cur_why,
        rates=rates,
        rates_why=rates_why,
    )
    if src.delimiter == ";":
        report.notes.append(
            tr(
                "semicolon-separated, as Excel writes where the comma is the decimal mark: a "
                "comma in a number is read as the decimal mark (1,5 = 1.5)"
            )
        )
    _finish(report, reader, plan, opts, scenario)
    return report


def _check_batch(p: Path, src: _Source, batch: list, first: int, read: int) -> None:
    """The limits on rows and columns, counted batch by batch with built-ins (a workbook's
    rows and columns are also bounded by its reader, whose limits are Excel's own)."""
    if src.kind == "CSV" and read + len(batch) > LIM.MAX_CSV_ROWS:
        raise TableError(
            tr("{path}: more than {limit} data rows; {hint}").format(
                path=p, limit=f"{LIM.MAX_CSV_ROWS:,}", hint=tr(LIM.SPLIT_HINT)
            )
        )
    if max(map(len, batch)) > LIM.MAX_COLUMNS:
        row = next(i for i, r in enumerate(batch) if len(r) > LIM.MAX_COLUMNS)
        raise TableError(
            tr("{path}: row {row} has {n} columns, more than the limit of {limit}; {hint}").format(
                path=p,
                row=f"{first + row:,}",
                n=f"{len(batch[row]):,}",
                limit=f"{LIM.MAX_COLUMNS:,}",
                hint=tr(LIM.SPLIT_HINT),
            )
        )


def _finish(
    report: ImportReport, r: _Reader, plan: _Plan, opts: dict[str, Any], scenario: Scenario | None
) -> None:
    """Select flow, year and duty type; scale; merge rows with the same key; total up."""
    n = len(r.prod)
    keep: list[bool] | None = None

    def select(tags: list, chosen: Any, why_skip: str) -> None:
        nonlocal keep
        mask = [t == chosen for t in tags]
        before = keep if keep is not None else itertools.repeat(True)
        dropped = Counter(t for t, k, b in zip(tags, mask, before, strict=False) if b and not k)
        for t, count in dropped.items():
            report.skipped[why_skip.format(t)] = count
        keep = mask if keep is None else [a and b for a, b in zip(keep, mask, strict=True)]

    # Flow: imports unless asked otherwise, or unless there are only exports.
    if "flow" in r.cols:
        kinds = set(r.flow)
        chosen_flow = opts["flow"]
        if chosen_flow is None:
            chosen_flow = "M" if "M" in kinds or not kinds else "X"
            report.flow_why = (
                tr("imports are what tariffs apply to; --flow X or --flow both to change")
                if chosen_flow == "M"
                else tr("the table has only exports")
            )
        else:
            report.flow_why = tr("given with --flow")
        report.flow = chosen_flow
        if chosen_flow != "both" and kinds - {chosen_flow}:
            select(r.flow, chosen_flow, tr("flow {} (not the flow imported; see --flow)"))
        if chosen_flow == "both" and kinds == {"M", "X"}:
            report.notes.append(
                tr(
                    "imports and exports both kept: where both sides report the same flow "
                    "(mirror statistics) it is counted twice"
                )
            )
    if "duty_type" in r.cols:
        types = Counter(r.dtype)
        chosen_type = (opts["duty_type"] or "").upper()
        if not chosen_type:
            if "MFN" in types or not types:
                chosen_type = "MFN"
            elif len(types) == 1:
                chosen_type = next(iter(types))
            else:
                listed = ", ".join(f"{t} ({_rows(c)})" for t, c in types.most_common())
                raise TableError(
                    tr(
                        "{source}: the table holds several duty types: {types}; choose one with "
                        "--duty-type"
                    ).format(source=report.source, types=listed)
                )
        if set(types) - {chosen_type}:
            select(r.dtype, chosen_type, tr("duty type {} (see --duty-type)"))
        report.notes.append(tr("duty type: {type} rows only").format(type=chosen_type))
    # Year.
    year = opts["year"]
    if "year" in r.cols:
        years = Counter(r.year)
        if year is None:
            if len(years) > 1:
                listed = ", ".join(f"{y} ({_rows(c)})" for y, c in sorted(years.items()))
                raise TableError(
                    tr(
                        "{source}: the table holds several years: {years}; choose one with --year"
                    ).format(source=report.source, years=listed)
                )
            year = next(iter(years)) if years else _default_year(scenario)
            report.year_why = tr("from the column {column}").format(
                column=repr(report.columns["year"])
            )
        else:
            report.year_why = tr("given with --year")
        if set(years) - {year}:
            select(r.year, year, tr("year {} (not the year imported; see --year)"))
        if any(len(_cell_text(k)) == 6 for k in r.year_memo):
            report.notes.append(tr("the year column holds months: their values are added up"))
    elif plan.wide_year is not None:
        year = plan.wide_year
        report.year_why = tr("the year of the value column {column}").format(
            column=repr(report.columns["value"])
        )
    elif year is not None:
        report.year_why = tr("given with --year")
    else:
        year = _default_year(scenario)
        report.year_why = (
            tr("the scenario's year: the table has no year column; --year to set it")
            if scenario is not None
            else tr("assumed: the table has no year column; --year to set it")
        )
    report.year = int(year)

    imp, exp, prod, val = r.imp, r.exp, r.prod, r.val
    rate, duty = r.rate or None, r.duty or None
    if "importer" in report.fixed:
        imp = [report.fixed["importer"]] * n
    if "exporter" in report.fixed:
        exp = [report.fixed["exporter"]] * n
    if keep is not None:
        imp, exp, prod, val = (list(itertools.compress(c, keep)) for c in (imp, exp, prod, val))
        rate = list(itertools.compress(rate, keep)) if rate is not None else None
        duty = list(itertools.compress(duty, keep)) if duty is not None else None
        n = len(prod)

    # Merge rows with the same key: values add up; rates are averaged, weighted by value (so
    # duties / value stays exact), or plainly when the values add up to zero.
    pairs = _Pairs(imp, exp)
    if pairs.has_duplicates(prod):
        keys = list(zip(imp, exp, prod, strict=True))
        order: dict[tuple[str, str, str], int] = {}
        m_val: list[float] = []
        m_w: list[float] = []  # value x rate, or duties
        m_r: list[float] = []  # plain sum of rates, for all-zero values
        m_n: list[int] = []
        wsrc = duty if duty is not None else rate
        for j, k in enumerate(keys):
            v = val[j]
            w = (wsrc[j] if duty is not None else v * wsrc[j]) if wsrc is not None else 0.0
            pos = order.get(k)
            if pos is None:
                order[k] = len(m_val)
                m_val.append(v)
                m_w.append(w)
                m_r.append(rate[j] if rate is not None else 0.0)
                m_n.append(1)
            else:
                m_val[pos] += v
                m_w[pos] += w
                m_r[pos] += rate[j] if rate is not None else 0.0
                m_n[pos] += 1
        report.merged = n - len(order)
        keys = list(order)
        val = m_val
        if wsrc is not None:
            rates_out = [
                round(w / v, 10) if v > 0 else (s / c if duty is None else 0.0)
                for w, v, s, c in zip(m_w, m_val, m_r, m_n, strict=True)
            ]
        else:
            rates_out = [0.0] * len(keys)
        imp = [k[0] for k in keys]
        exp = [k[1] for k in keys]
        prod = [k[2] for k in keys]
    elif duty is not None:
        rates_out = [round(d / v, 10) if v > 0 else 0.0 for d, v in zip(duty, val, strict=True)]
    elif rate is not None:
        rates_out = rate
    else:
        rates_out = [0.0] * n

    # Scaled values are rounded to a millionth, so 0.1 thousand is 100, not 100.00000000000001;
    # adding 0.0 turns a "-0" cell into 0.
    arr = np.asarray(val, dtype=float)
    if report.scale != 1:
        arr = np.round(arr * report.scale, 6)
    if not np.isfinite(arr).all():
        raise TableError(
            tr("{source}: values too large once scaled and added up (x {scale})").format(
                source=report.source, scale=f"{report.scale:g}"
            )
        )
    val = (arr + 0.0).tolist()
    report.totals = (_Pairs(imp, exp) if report.merged else pairs).totals(val)

    report.rows_read = r.read
    report.rows_blank = r.blank
    report.rows_rejected = r.rejected
    report.problems = r.problems
    report.problems_not_listed = r.not_listed
    for why, c in r.skipped.most_common():
        report.skipped[why] = report.skipped.get(why, 0) + c
    report.unmatched = dict(r.unmatched)
    report.to_others = dict(r.to_others)
    report.rows_accepted = n
    report.padded_codes = r.padded
    report.padded_example = r.padded_example
    if "quantity" in r.cols:
        report.notes.append(
            tr(
                "quantity column {column} recognised but not imported (the flow table holds values)"
            ).format(column=repr(plan.headers[r.cols["quantity"]]))
        )
    if report.rates == "fraction" and report.rates_why == tr(_RATES_ASSUMED) and rates_out:
        high = sum(1 for x in rates_out if x > 1)
        if high * 2 > len(rates_out):
            report.notes.append(
                tr("most rates are above 100 %: is the tariff column in percent? (--rates percent)")
            )
    source = Path(report.source).name
    report.flows = flows = TradeFlows(
        year=report.year,
        unit=report.currency,
        source=f"{source} ({report.layout}), imported",
        importer=list(imp),
        exporter=list(exp),
        product=list(prod),
        value=val,
        mfn_rate=(np.asarray(rates_out, dtype=float) + 0.0).tolist(),
    )
    if len(r.code_lengths) > 1:
        nested = nested_codes(flows)
        if nested:
            report.notes.append(nested_note(nested))


def nested_codes(flows: TradeFlows) -> dict[tuple[str, str, str], str]:
    """Flows whose product code lies under another flow's code for the same importer and
    exporter (870323 under 8703), mapped to that code. If the shorter code is the heading's
    total, summing over the table counts that trade twice; if it holds only the rest of the
    heading (as chapter 87 does in the shipped US–Japan scenario), nothing is wrong. A table
    does not say which, so the report and the merge point it out and leave it to the user."""
    lengths = sorted({len(p) for p in flows.product})
    if len(lengths) < 2:
        return {}
    keys = set(zip(flows.importer, flows.exporter, flows.product, strict=True))
    out: dict[tuple[str, str, str], str] = {}
    for i, e, p in keys:
        for n in lengths:
            if n >= len(p):
                break
            if (i, e, p[:n]) in keys:
                out[(i, e, p)] = p[:n]
                break
    return out


def nested_note(nested: dict[tuple[str, str, str], str], where: str = "the table") -> str:
    (i, e, p), parent = min(nested.items())
    has = "flow has" if len(nested) == 1 else "flows have"
    return (
        f"{len(nested):,} {has} a product code under another code of {where} for the same "
        f"importer and exporter (e.g. {i} <- {e}: {p} under {parent}): unless the shorter "
        "code holds only the rest of its heading, totals count that trade twice"
    )


class _Pairs:
    """The (importer, exporter) pair of every row as a small integer, for numpy to group by:
    parties become integers through a dict look-up mapped over the column (C speed), where a
    Python loop over a million rows would cost a tenth of the whole import."""

    def __init__(self, imp: list[str], exp: list[str]) -> None:
        self.imps, self.exps = sorted(set(imp)), sorted(set(exp))
        n = len(imp)
        ii = np.fromiter(map({p: k for k, p in enumerate(self.imps)}.__getitem__, imp), np.intp, n)
        ee = np.fromiter(map({p: k for k, p in enumerate(self.exps)}.__getitem__, exp), np.intp, n)
        self.code = ii * max(len(self.exps), 1) + ee
        self.size = len(self.imps) * len(self.exps)

    def has_duplicates(self, prod: list[str]) -> bool:
        """Whether a (pair, product) key occurs twice: within each pair, a set of product
        strings (cheap) instead of a set of a million key tuples (three times dearer)."""
        n = len(prod)
        if len(set(prod)) == n:
            return False
        if self.size == 1:
            return True
        order = np.argsort(self.code, kind="stable")
        bounds = np.cumsum(np.bincount(self.code, minlength=self.size)).tolist()
        ordered = itemgetter(*order.tolist())(prod) if n > 1 else tuple(prod)
        start = 0
        for end in bounds:
            if end - start > 1 and len(set(ordered[start:end])) < end - start:
                return True
            start = end
        return False

    def totals(self, val: list[float]) -> dict[tuple[str, str], tuple[float, int]]:
        """Value and flow count by (importer, exporter)."""
        if not val:
            return {}
        sums = np.bincount(self.code, weights=np.asarray(val, dtype=float), minlength=self.size)
        counts = np.bincount(self.code, minlength=self.size)
        e = max(len(self.exps), 1)
        return {
            (self.imps[k // e], self.exps[k % e]): (float(sums[k]), int(counts[k]))
            for k in np.flatnonzero(counts).tolist()
        }


def _default_year(scenario: Scenario | None) -> int:
    return scenario.trade_flows.year if scenario is not None else dt.date.today().year - 1


# --------------------------------------------------------------------------------------------
# Applying an import to a scenario
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplyCounts:
    updated: int
    added: int
    kept: int
    removed: int

    def __str__(self) -> str:
        parts = []
        if self.updated:
            parts.append(f"{self.updated:,} flows updated")
        if self.added:
            parts.append(f"{self.added:,} added")
        if self.kept:
            parts.append(f"{self.kept:,} existing flows kept as they are")
        if self.removed:
            parts.append(f"{self.removed:,} existing flows removed")
        return ", ".join(parts) or "no change"


def apply_import(
    scenario: Scenario, flows: TradeFlows, mode: str = "merge", *, rates_known: bool = True
) -> TradeFlows:
    """The scenario's flow table after the import, as a new ``TradeFlows`` (the scenario is not
    changed, so a refused or failed import leaves nothing behind).

    "replace" makes the imported table the flow table (its year, unit and source too). "merge"
    updates the flows whose (importer, exporter, product) key the import has and adds the others;
    the unit and year must match the scenario's (merging US dollars into yen, or 2023 into 2024,
    would mix numbers that do not add up). Without ``rates_known`` (a table without tariffs),
    merged flows keep their rate. Raises ``TableError`` for a mismatch."""
    old = scenario.trade_flows
    if mode == "replace":
        return TradeFlows(
            year=flows.year,
            unit=flows.unit,
            source=flows.source,
            importer=list(flows.importer),
            exporter=list(flows.exporter),
            product=list(flows.product),
            value=list(flows.value),
            mfn_rate=list(flows.mfn_rate),
        )
    if mode != "merge":
        raise ValueError(f"mode must be 'merge' or 'replace', not {mode!r}")
    if len(old) and old.unit.casefold() != flows.unit.casefold():
        raise TableError(
            tr(
                "the scenario's trade flows are in {old} and the table in {new}: use --replace "
                "to replace the flow table, or --currency/--scale to state the table's unit"
            ).format(old=repr(old.unit), new=repr(flows.unit))
        )
    if len(old) and old.year != flows.year:
        raise TableError(
            tr(
                "the scenario's trade flows are for {old} and the table for {new}: use --replace "
                "to replace the flow table, or --year to pick the year"
            ).format(old=old.year, new=flows.year)
        )
    out = TradeFlows(
        year=flows.year if not len(old) else old.year,
        unit=flows.unit if not len(old) else old.unit,
        source=_joined_source(old.source, flows.source),
        importer=list(old.importer),
        exporter=list(old.exporter),
        product=list(old.product),
        value=list(old.value),
        mfn_rate=list(old.mfn_rate),
    )
    index = {k: i for i, k in enumerate(zip(old.importer, old.exporter, old.product, strict=True))}
    for k, v, rate in zip(
        zip(flows.importer, flows.exporter, flows.product, strict=True),
        flows.value,
        flows.mfn_rate,
        strict=True,
    ):
        i = index.get(k)
        if i is None:
            out.importer.append(k[0])
            out.exporter.append(k[1])
            out.product.append(k[2])
            out.value.append(v)
            out.mfn_rate.append(rate)
        else:
            out.value[i] = v
            if rates_known:
                out.mfn_rate[i] = rate
    return out


def apply_counts(scenario: Scenario, flows: TradeFlows, mode: str) -> ApplyCounts:
    """How many flows an import updates, adds, keeps and removes (for the confirmation)."""
    old = scenario.trade_flows
    old_keys = set(zip(old.importer, old.exporter, old.product, strict=True))
    new_keys = set(zip(flows.importer, flows.exporter, flows.product, strict=True))
    both = len(old_keys & new_keys)
    if mode == "replace":
        return ApplyCounts(0, len(new_keys), 0, len(old_keys))
    return ApplyCounts(both, len(new_keys) - both, len(old_keys) - both, 0)


def _joined_source(old: str, new: str) -> str:
    if not old:
        return new
    if new in old:
        return old
    return f"{old}; {new}"
