"""Party names and codes in tables -> party ids of the scenario: a small country index (ISO-2,
ISO-3, M49 and the names common exports use) and ``PartyResolver``, a dict so that a column is
resolved at C speed with each distinct name looked up once.
"""

from __future__ import annotations

from collections.abc import Sequence

from negotiator_gui.core.model import Party
from negotiator_gui.core.validation import ID_RE
from negotiator_gui.io.tables.cells import AGGREGATE, EMPTY, cell_text

#: ISO-2, ISO-3, UN M49 codes (Comtrade) and the names the common exports use; a country may
#: take several lines. Small on purpose: the economies trade negotiations are about; the rest
#: are matched with --party NAME=ID.
COUNTRIES = """
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


def name_key(text: str) -> str:
    return " ".join(text.casefold().split())


def country_index() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in COUNTRIES.strip().splitlines():
        iso2, iso3, m49, names = line.split(" ", 3)
        out[name_key(iso2)] = iso2
        out[name_key(iso3)] = iso2
        if m49 != "-":
            for code in m49.split(","):
                out[code] = iso2
        for name in names.split("|"):
            out[name_key(name)] = iso2
    return out


ISO = country_index()


def iso2_of(text: str) -> str | None:
    """The ISO-2 code of a country name, ISO-2/ISO-3 code or M49 number, if we know it."""
    k = name_key(text)
    if k.isascii() and k.isdigit():
        k = str(int(k))
    return ISO.get(k)


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
        self.folded_aliases = {name_key(k): v for k, v in self.aliases.items()}
        self.others = others
        self.by_text: dict[str, str] = {}
        self.by_iso: dict[str, str] = {}
        for p in parties or ():
            for text in (p.id, p.name, *(t.get("name", "") for t in p.text.values())):
                if text:
                    self.by_text.setdefault(name_key(text), p.id)
            for text in (p.id, p.name, *(t.get("name", "") for t in p.text.values())):
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
        text = cell_text(cell)
        if not text:
            return EMPTY
        k = name_key(text)
        if k in AGGREGATE_PARTIES:
            return AGGREGATE
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
