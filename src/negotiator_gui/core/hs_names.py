"""Short English names of the HS chapters, so that charts and tables say "87 Vehicles and parts"
where a reader would otherwise see a bare "87" or "HS 87".

Names are abridged from the chapter titles of the Harmonized System (HS 2022) to fit a chart
axis; chapters 98 and 99 are US special classifications, and "00" is this application's code
for a flow-table row that holds "all other goods" (trade not split by product).
"""

from __future__ import annotations

from negotiator_gui.core.i18n import tr

#: Code of a flow-table row holding all goods not listed by product (a coverage row).
ALL_OTHER = "00"

CHAPTERS: dict[str, str] = {
    "00": "All other goods (not split by product)",
    "01": "Live animals",
    "02": "Meat",
    "03": "Fish and seafood",
    "04": "Dairy, eggs, honey",
    "05": "Other animal products",
    "06": "Live plants, flowers",
    "07": "Vegetables",
    "08": "Fruit and nuts",
    "09": "Coffee, tea, spices",
    "10": "Cereals",
    "11": "Milling products",
    "12": "Oilseeds",
    "13": "Lacs, gums, resins",
    "14": "Vegetable plaiting materials",
    "15": "Fats and oils",
    "16": "Meat and fish preparations",
    "17": "Sugars",
    "18": "Cocoa",
    "19": "Cereal preparations",
    "20": "Vegetable and fruit preparations",
    "21": "Miscellaneous food preparations",
    "22": "Beverages and spirits",
    "23": "Food residues, animal feed",
    "24": "Tobacco",
    "25": "Salt, stone, cement",
    "26": "Ores, slag and ash",
    "27": "Mineral fuels, oil, gas",
    "28": "Inorganic chemicals",
    "29": "Organic chemicals",
    "30": "Pharmaceuticals",
    "31": "Fertilisers",
    "32": "Dyes, paints, inks",
    "33": "Essential oils, cosmetics",
    "34": "Soaps, waxes",
    "35": "Proteins, glues, enzymes",
    "36": "Explosives",
    "37": "Photographic goods",
    "38": "Miscellaneous chemicals",
    "39": "Plastics",
    "40": "Rubber and tyres",
    "41": "Raw hides and leather",
    "42": "Leather articles, bags",
    "43": "Furskins",
    "44": "Wood",
    "45": "Cork",
    "46": "Basketware",
    "47": "Wood pulp",
    "48": "Paper and paperboard",
    "49": "Printed matter",
    "50": "Silk",
    "51": "Wool",
    "52": "Cotton",
    "53": "Other vegetable fibres",
    "54": "Man-made filaments",
    "55": "Man-made staple fibres",
    "56": "Wadding, felt, cordage",
    "57": "Carpets",
    "58": "Special woven fabrics",
    "59": "Coated textile fabrics",
    "60": "Knitted fabrics",
    "61": "Knitted apparel",
    "62": "Woven apparel",
    "63": "Other textile articles",
    "64": "Footwear",
    "65": "Headgear",
    "66": "Umbrellas",
    "67": "Feathers, artificial flowers",
    "68": "Stone and cement articles",
    "69": "Ceramics",
    "70": "Glass",
    "71": "Precious stones and metals",
    "72": "Iron and steel",
    "73": "Articles of iron or steel",
    "74": "Copper",
    "75": "Nickel",
    "76": "Aluminium",
    "77": "(reserved)",
    "78": "Lead",
    "79": "Zinc",
    "80": "Tin",
    "81": "Other base metals",
    "82": "Tools, cutlery",
    "83": "Miscellaneous base-metal articles",
    "84": "Machinery",
    "85": "Electrical equipment",
    "86": "Railway equipment",
    "87": "Vehicles and parts",
    "88": "Aircraft",
    "89": "Ships and boats",
    "90": "Optical and medical instruments",
    "91": "Clocks and watches",
    "92": "Musical instruments",
    "93": "Arms and ammunition",
    "94": "Furniture, lighting",
    "95": "Toys, games, sports goods",
    "96": "Miscellaneous manufactures",
    "97": "Works of art, antiques",
    "98": "US special provisions",
    "99": "US special provisions (temporary)",
}

#: Finer codes the shipped scenarios split out, named where a chart shows them.
HEADINGS: dict[str, str] = {
    "0201": "Beef, fresh or chilled",
    "0202": "Beef, frozen",
    "1001": "Wheat",
    "1005": "Maize (corn)",
    "1006": "Rice",
    "1201": "Soya beans",
    "2711": "Natural gas (LNG)",
    "8703": "Passenger cars",
    "870421": "Light trucks (diesel)",
    "870431": "Light trucks (petrol)",
    "8706": "Chassis with engines",
    "8707": "Vehicle bodies",
    "8708": "Vehicle parts",
}


def chapter_name(code: str) -> str:
    """The name of a product code's chapter (or of the heading, for the few the shipped
    scenarios split out); "" for a code that is not an HS chapter."""
    code = str(code)
    if code in HEADINGS:
        return tr(HEADINGS[code])
    name = CHAPTERS.get(code[:2], "")
    return tr(name) if name else ""


def chapter_label(code: str) -> str:
    """``"87 Vehicles and parts"``; a finer code keeps its digits: ``"8703 Passenger cars"``,
    ``"8711 (ch. 87 Vehicles and parts)"``; an unknown code is shown as it is."""
    code = str(code)
    if code == ALL_OTHER:
        return tr(CHAPTERS[ALL_OTHER])
    if code in HEADINGS:
        return f"{code} {tr(HEADINGS[code])}"
    name = CHAPTERS.get(code[:2])
    if not name:
        return code
    if len(code) == 2:
        return f"{code} {tr(name)}"
    return tr("{code} (ch. {chapter} {name})").format(code=code, chapter=code[:2], name=tr(name))
