"""Short English names of the HS chapters, so that charts and tables say "87 Vehicles and parts"
where a reader would otherwise see a bare "87" or "HS 87".

Names are abridged from the chapter titles of the Harmonized System (HS 2022) to fit a chart
axis, and marked for translation (``N_``, translated with ``tr`` when shown); chapters 98 and 99
are US special classifications, and "00" is this application's code for a flow-table row that
holds "all other goods" (trade not split by product).
"""

from __future__ import annotations

from negotiator_gui.core.i18n import N_, tr

#: Code of a flow-table row holding all goods not listed by product (a coverage row).
ALL_OTHER = "00"

CHAPTERS: dict[str, str] = {
    "00": N_("All other goods (not split by product)"),
    "01": N_("Live animals"),
    "02": N_("Meat"),
    "03": N_("Fish and seafood"),
    "04": N_("Dairy, eggs, honey"),
    "05": N_("Other animal products"),
    "06": N_("Live plants, flowers"),
    "07": N_("Vegetables"),
    "08": N_("Fruit and nuts"),
    "09": N_("Coffee, tea, spices"),
    "10": N_("Cereals"),
    "11": N_("Milling products"),
    "12": N_("Oilseeds"),
    "13": N_("Lacs, gums, resins"),
    "14": N_("Vegetable plaiting materials"),
    "15": N_("Fats and oils"),
    "16": N_("Meat and fish preparations"),
    "17": N_("Sugars"),
    "18": N_("Cocoa"),
    "19": N_("Cereal preparations"),
    "20": N_("Vegetable and fruit preparations"),
    "21": N_("Miscellaneous food preparations"),
    "22": N_("Beverages and spirits"),
    "23": N_("Food residues, animal feed"),
    "24": N_("Tobacco"),
    "25": N_("Salt, stone, cement"),
    "26": N_("Ores, slag and ash"),
    "27": N_("Mineral fuels, oil, gas"),
    "28": N_("Inorganic chemicals"),
    "29": N_("Organic chemicals"),
    "30": N_("Pharmaceuticals"),
    "31": N_("Fertilisers"),
    "32": N_("Dyes, paints, inks"),
    "33": N_("Essential oils, cosmetics"),
    "34": N_("Soaps, waxes"),
    "35": N_("Proteins, glues, enzymes"),
    "36": N_("Explosives"),
    "37": N_("Photographic goods"),
    "38": N_("Miscellaneous chemicals"),
    "39": N_("Plastics"),
    "40": N_("Rubber and tyres"),
    "41": N_("Raw hides and leather"),
    "42": N_("Leather articles, bags"),
    "43": N_("Furskins"),
    "44": N_("Wood"),
    "45": N_("Cork"),
    "46": N_("Basketware"),
    "47": N_("Wood pulp"),
    "48": N_("Paper and paperboard"),
    "49": N_("Printed matter"),
    "50": N_("Silk"),
    "51": N_("Wool"),
    "52": N_("Cotton"),
    "53": N_("Other vegetable fibres"),
    "54": N_("Man-made filaments"),
    "55": N_("Man-made staple fibres"),
    "56": N_("Wadding, felt, cordage"),
    "57": N_("Carpets"),
    "58": N_("Special woven fabrics"),
    "59": N_("Coated textile fabrics"),
    "60": N_("Knitted fabrics"),
    "61": N_("Knitted apparel"),
    "62": N_("Woven apparel"),
    "63": N_("Other textile articles"),
    "64": N_("Footwear"),
    "65": N_("Headgear"),
    "66": N_("Umbrellas"),
    "67": N_("Feathers, artificial flowers"),
    "68": N_("Stone and cement articles"),
    "69": N_("Ceramics"),
    "70": N_("Glass"),
    "71": N_("Precious stones and metals"),
    "72": N_("Iron and steel"),
    "73": N_("Articles of iron or steel"),
    "74": N_("Copper"),
    "75": N_("Nickel"),
    "76": N_("Aluminium"),
    "77": N_("(reserved)"),
    "78": N_("Lead"),
    "79": N_("Zinc"),
    "80": N_("Tin"),
    "81": N_("Other base metals"),
    "82": N_("Tools, cutlery"),
    "83": N_("Miscellaneous base-metal articles"),
    "84": N_("Machinery"),
    "85": N_("Electrical equipment"),
    "86": N_("Railway equipment"),
    "87": N_("Vehicles and parts"),
    "88": N_("Aircraft"),
    "89": N_("Ships and boats"),
    "90": N_("Optical and medical instruments"),
    "91": N_("Clocks and watches"),
    "92": N_("Musical instruments"),
    "93": N_("Arms and ammunition"),
    "94": N_("Furniture, lighting"),
    "95": N_("Toys, games, sports goods"),
    "96": N_("Miscellaneous manufactures"),
    "97": N_("Works of art, antiques"),
    "98": N_("US special provisions"),
    "99": N_("US special provisions (temporary)"),
}

#: Finer codes the shipped scenarios split out, named where a chart shows them.
HEADINGS: dict[str, str] = {
    "0201": N_("Beef, fresh or chilled"),
    "0202": N_("Beef, frozen"),
    "1001": N_("Wheat"),
    "1005": N_("Maize (corn)"),
    "1006": N_("Rice"),
    "1201": N_("Soya beans"),
    "2711": N_("Natural gas (LNG)"),
    "8703": N_("Passenger cars"),
    "870421": N_("Light trucks (diesel)"),
    "870431": N_("Light trucks (petrol)"),
    "8706": N_("Chassis with engines"),
    "8707": N_("Vehicle bodies"),
    "8708": N_("Vehicle parts"),
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
