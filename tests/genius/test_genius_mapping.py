"""GENIUS import: the numbers, exactly, for the hand-written fixtures.

Each expected number is worked out by hand in a comment, from the fixture file, so a change in
the mapping rules shows up here as a plain arithmetic difference.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from pathlib import Path

import pytest

from negotiator_gui.core.model import Basis
from negotiator_gui.core.validation import validate
from negotiator_gui.io.genius_xml import GeniusError, import_genius, points, read_genius, slugify

FIX = Path(__file__).parent / "fixtures"
DOMAIN = FIX / "laptop_domain.xml"
BUYER = FIX / "laptop_buyer.xml"
SELLER = FIX / "laptop_seller.xml"


@pytest.fixture
def laptop():
    return read_genius(DOMAIN, [BUYER, SELLER], as_of=dt.date(2025, 4, 9))


def _prefs(scenario, party: str) -> dict[str, tuple[float, dict[str, float]]]:
    p = scenario.preferences_of(party)
    return {issue: (ip.weight, ip.scores) for issue, ip in p.issues.items()}


def test_issues_and_options_keep_genius_names(laptop):
    assert [(i.id, i.title) for i in laptop.issues] == [
        ("Laptop", "Laptop"),
        ("Harddisk", "Harddisk"),
        ("External-Monitor", "External Monitor"),
    ]
    assert [(o.id, o.label) for o in laptop.issues[2].options] == [
        ("19-LCD", "19'' LCD"),
        ("20-LCD", "20'' LCD"),
        ("23-LCD", "23'' LCD"),
    ]
    assert laptop.issues[0].options[0].description == "cheap laptop"
    assert not laptop.measures and len(laptop.trade_flows) == 0


def test_buyer_weights_scores_reservation_and_discount(laptop):
    # Weights 0.12345, 0.54321, 0.33334 are 1234.5, 5432.1, 3333.4 hundredths of a point; rounded
    # down they add up to 9999, and the missing hundredth goes to the largest remainder (.5).
    # Evaluations Dell 5, Macintosh 10, HP 2 are divided by the best (10); 60/80/120 Gb 0, 3, 4
    # by 4; monitors 1, 3, 3 by 3. Scores keep GENIUS's precision (15 significant digits):
    # 100 × 1/3 is 33.3333333333333, not 33.33.
    assert _prefs(laptop, "A") == {
        "Laptop": (12.35, {"Dell": 50, "Macintosh": 100, "HP": 20}),
        "Harddisk": (54.32, {"60-Gb": 0, "80-Gb": 75, "120-Gb": 100}),
        "External-Monitor": (33.33, {"19-LCD": 33.3333333333333, "20-LCD": 100, "23-LCD": 100}),
    }
    buyer = laptop.preferences_of("A")
    assert buyer.reservation.value == 50  # 0.5 × 100
    assert buyer.basis is Basis.ESTIMATE
    assert "laptop_buyer.xml" in buyer.rationale
    assert "GENIUS discount factor 0.9" in buyer.rationale
    assert "GENIUS discount factor 0.9" in laptop.party("A").notes
    assert "GENIUS weight 0.12345" in buyer.issues["Laptop"].rationale


def test_seller_issues_in_another_order_and_no_discount(laptop):
    # The seller lists issues 3, 1, 2 and weights by index: Laptop (index 1) has 0.5.
    assert _prefs(laptop, "B") == {
        "Laptop": (50, {"Dell": 50, "Macintosh": 0, "HP": 100}),
        "Harddisk": (20, {"60-Gb": 100, "80-Gb": 50, "120-Gb": 25}),  # 0.8, 0.4, 0.2 ÷ 0.8
        "External-Monitor": (30, {"19-LCD": 100, "20-LCD": 50, "23-LCD": 25}),
    }
    seller = laptop.preferences_of("B")
    assert seller.reservation.value == 35
    assert "no GENIUS discount factor" in seller.rationale


def test_scenario_frame(laptop):
    assert (laptop.id, laptop.title) == ("laptop_domain", "laptop_domain")
    assert laptop.as_of == dt.date(2025, 4, 9)
    assert laptop.perspective == "A"
    assert [(p.id, p.name) for p in laptop.parties] == [("A", "A"), ("B", "B")]
    assert len({p.colour for p in laptop.parties}) == 2
    assert laptop.provenance.sources == [
        "laptop_domain.xml",
        "laptop_buyer.xml",
        "laptop_seller.xml",
    ]
    assert laptop.provenance.created == dt.date.today()
    assert not validate(laptop).items  # no errors and no warnings


def test_names_title_and_default_date():
    s = read_genius(
        str(DOMAIN), [str(BUYER), str(SELLER)], names=["United States", "Japan"], title="Laptops"
    )
    assert [(p.id, p.name) for p in s.parties] == [
        ("United-States", "United States"),
        ("Japan", "Japan"),
    ]
    assert (s.id, s.title, s.perspective) == ("Laptops", "Laptops", "United-States")
    assert s.as_of == dt.date.today()
    assert not validate(s).has_errors()


def test_same_names_get_unique_ids():
    s = read_genius(DOMAIN, [BUYER, SELLER, BUYER], names=["Côte d'Ivoire", "Cote d'Ivoire", "."])
    assert [p.id for p in s.parties] == ["Cote-d-Ivoire", "Cote-d-Ivoire-2", "party"]
    assert not validate(s).has_errors()


def test_weights_as_issue_attributes_and_evaluator_elements():
    s = read_genius(DOMAIN, [FIX / "laptop_variant.xml", SELLER])
    # Weights 1, 0.5, 0.5 add up to 2: scaled to 50, 25, 25. Monitors are all evaluated 0.
    assert _prefs(s, "A") == {
        "Laptop": (50, {"Dell": 50, "Macintosh": 100, "HP": 75}),
        "Harddisk": (25, {"60-Gb": 50, "80-Gb": 50, "120-Gb": 100}),
        "External-Monitor": (25, {"19-LCD": 0, "20-LCD": 0, "23-LCD": 0}),
    }
    a = s.preferences_of("A")
    assert a.reservation.value is None
    assert "no reservation value" in a.reservation.rationale
    assert "added up to 2, so were scaled" in a.rationale
    assert "GENIUS discount factor 0.75" in a.rationale
    assert not validate(s).has_errors()


def test_integer_real_and_large_integer_issues_with_bins():
    d = FIX / "delivery_domain.xml"
    s = read_genius(d, [FIX / "delivery_buyer.xml", FIX / "delivery_seller.xml"], bins=5)
    labels = {i.id: [o.label for o in i.options] for i in s.issues}
    assert labels == {
        "Colour": ["Red", "Blue"],
        "Delivery-days": ["1", "2", "3", "4", "5"],  # 5 values: no bins needed
        "Price": ["100", "125", "150", "175", "200"],  # real 100–200 in 5 bins
        "Units": ["0", "25", "50", "75", "100"],  # integer 0–100 (101 values) in 5 bins
    }
    assert _prefs(s, "A") == {
        "Colour": (10, {"Red": 33.3333333333333, "Blue": 100}),  # 1 ÷ 3, 15 digits
        # integer linear: 1 − 0.25 × (days − 1)
        "Delivery-days": (20, {"1": 100, "2": 75, "3": 50, "4": 25, "5": 0}),
        # real linear: 2 − 0.01 × price, clamped to 0–1 (100 gives 1, 200 gives 0)
        "Price": (30, {"100": 100, "125": 75, "150": 50, "175": 25, "200": 0}),
        # triangular: 0 at 0, 1 at 50, 0 at 100
        "Units": (40, {"0": 0, "25": 50, "50": 100, "75": 50, "100": 0}),
    }
    assert _prefs(s, "B") == {
        "Colour": (25, {"Red": 100, "Blue": 50}),
        # integer issue evaluated item by item ("5.0" names 5): 0..4 ÷ 4
        "Delivery-days": (25, {"1": 0, "2": 25, "3": 50, "4": 75, "5": 100}),
        "Price": (25, {"100": 0, "125": 25, "150": 50, "175": 75, "200": 100}),
        "Units": (25, {"0": 50, "25": 50, "50": 50, "75": 50, "100": 50}),  # constant 0.5
    }
    assert s.preferences_of("A").reservation.value == 25
    assert s.preferences_of("B").reservation.value == 0
    assert not validate(s).has_errors()


def test_real_and_large_integer_issues_need_bins():
    d = FIX / "delivery_domain.xml"
    with pytest.raises(GeniusError) as exc:
        read_genius(d, [FIX / "delivery_buyer.xml", FIX / "delivery_seller.xml"])
    assert str(exc.value) == (
        f"{d}: line 11: issue 'Price' is a real-valued range (100 to 200); "
        "give --bins N to turn it into N evenly spaced options"
    )
    # As an integer issue (bounds in a <range> child, as older GENIUS wrote them): 101 values.
    text = d.read_text().replace('type="real" vtype="real"', 'type="integer"')
    assert (
        "issue 'Price' has 101 whole-number values (100 to 200); up to 20 become options, "
        "for more give --bins N" in _error_for_domain(text)
    )


def _error_for_domain(text: str) -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "d.xml"
        p.write_text(text)
        with pytest.raises(GeniusError) as exc:
            read_genius(p, [BUYER, SELLER])
        return str(exc.value)


def test_bins_must_be_sensible():
    for bad in (0, 1, 21):
        with pytest.raises(GeniusError, match="bins must be 2 to 20"):
            read_genius(DOMAIN, [BUYER, SELLER], bins=bad)


def test_import_reports_what_the_model_cannot_hold():
    result = import_genius(DOMAIN, [BUYER, SELLER])
    assert [(p.party, p.file, p.reservation, p.discount) for p in result.profiles] == [
        ("A", "laptop_buyer.xml", 0.5, 0.9),
        ("B", "laptop_seller.xml", 0.35, None),
    ]


@pytest.mark.parametrize(
    ("weights", "expected"),
    [
        ([1, 1, 1], [33.34, 33.33, 33.33]),  # ties: the earlier issue gets the hundredth
        ([0.5, 0.5], [50, 50]),
        ([2, 0, 0], [100, 0, 0]),
        ([1, 1, 1, 1, 1, 1, 1], [14.29, 14.29, 14.29, 14.29, 14.28, 14.28, 14.28]),
        (
            [0.10400980900203217, 0.5009738586915777, 0.09500634110892558, 0.30000999119746463],
            [10.4, 50.1, 9.5, 30.0],
        ),  # an ANAC 2015 car profile
    ],
)
def test_points_add_up_to_exactly_100(weights, expected):
    got = points(weights)
    assert got == expected
    assert sum(round(p * 100) for p in got) == 10_000
    assert math.isclose(sum(got), 100)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("External Monitor", "External-Monitor"),
        ("19'' LCD", "19-LCD"),
        ("Ünïcödé", "Unicode"),
        ("東京", "x"),
        ("-3", "minus-3"),
        ("__init__", "init__"),
        ("a" * 100, "a" * 64),
        ("", "x"),
    ],
)
def test_slugify(text, slug):
    assert slugify(text, "x") == slug


def test_item_evaluations_of_a_binned_integer_issue(tmp_path):
    # An integer issue 0..100 evaluated item by item (as NegMAS writes it); --bins 3 keeps 0, 50
    # and 100, and GENIUS's divisor is still the best of all 101 evaluations (value 60: 120).
    domain = tmp_path / "d.xml"
    domain.write_text(
        '<utility_space><objective><issue index="1" name="Units" type="integer" lowerbound="0" '
        'upperbound="100"/></objective></utility_space>'
    )
    items = "".join(
        f'<item value="{v}" evaluation="{2 * v if v <= 60 else 0}"/>' for v in range(101)
    )
    profile = tmp_path / "p.xml"
    profile.write_text(
        f'<utility_space><objective><issue index="1" name="Units" type="integer">{items}</issue>'
        '<weight index="1" value="1"/></objective></utility_space>'
    )
    s = read_genius(domain, [profile, profile], bins=3)
    # 100 ÷ 120, to 15 significant digits
    assert _prefs(s, "A") == {"Units": (100, {"0": 0, "50": 83.3333333333333, "100": 0})}
    outside = tmp_path / "outside.xml"
    outside.write_text(profile.read_text().replace('value="100"', 'value="101"'))
    with pytest.raises(GeniusError, match="value '101' is not a value of this issue"):
        read_genius(domain, [outside, profile], bins=3)


def test_many_names_with_the_same_slug_get_ids_quickly(tmp_path):
    names = [chr(0x4E00 + k) for k in range(3000)]  # CJK ideographs: no ASCII at all
    issues = "".join(f'<issue name="{n}"><item value="{n}"/></issue>' for n in names)
    evaluated = "".join(
        f'<issue name="{n}" weight="1"><item value="{n}" evaluation="1"/></issue>' for n in names
    )
    domain, profile = tmp_path / "d.xml", tmp_path / "p.xml"
    domain.write_text(f"<utility_space><objective>{issues}</objective></utility_space>")
    profile.write_text(f"<utility_space><objective>{evaluated}</objective></utility_space>")
    start = time.perf_counter()
    s = read_genius(domain, [profile, profile])
    assert time.perf_counter() - start < 5
    assert [i.id for i in s.issues[:3]] == ["issue", "issue-2", "issue-3"]
    assert s.issues[-1].id == "issue-3000"
    assert s.issues[-1].options[0].id == "option"
    assert sum(ip.weight for ip in s.preferences_of("A").issues.values()) == pytest.approx(100)
