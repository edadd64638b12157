"""GENIUS import: every bad input is a ``GeniusError`` naming the file, the place and the fix.

Covers profiles that do not match the domain, hostile XML (billion laughs, XXE, external DTDs:
refused before any entity is declared, so quickly and without touching files or the network),
malformed XML with its line and column, and files that are missing, empty or too big.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from negotiator_gui.io import genius_xml
from negotiator_gui.io.genius_xml import GeniusError, parse_xml, read_genius

FIX = Path(__file__).parent / "fixtures"
DOMAIN = FIX / "laptop_domain.xml"
BUYER = FIX / "laptop_buyer.xml"
SELLER = FIX / "laptop_seller.xml"
HOSTILE = FIX / "hostile"


def _edited(tmp_path: Path, src: Path, old: str, new: str, name: str | None = None) -> Path:
    text = src.read_text(encoding="utf-8")
    assert old in text, old
    out = tmp_path / (name or src.name)
    out.write_text(text.replace(old, new, 1), encoding="utf-8")
    return out


def _error(domain, profiles, **kw) -> str:
    with pytest.raises(GeniusError) as exc:
        read_genius(domain, profiles, **kw)
    return str(exc.value)


# -- profiles that do not match the domain --------------------------------------------------------


def test_value_not_in_the_domain(tmp_path):
    p = _edited(tmp_path, BUYER, 'value="HP"', 'value="Toshiba"')
    assert _error(DOMAIN, [p, SELLER]) == (
        f"{p}: line 8: issue 'Laptop': value 'Toshiba' is not a value of this issue in "
        "laptop_domain.xml (its values: 'Dell', 'Macintosh', 'HP')"
    )


def test_value_without_evaluation(tmp_path):
    p = _edited(tmp_path, SELLER, '<item index="2" value="80 Gb" evaluation="0.4"/>', "")
    assert _error(DOMAIN, [BUYER, p]) == (
        f"{p}: line 15: issue 'Harddisk': value '80 Gb' (from laptop_domain.xml) has no evaluation"
    )


def test_issue_not_in_the_domain(tmp_path):
    p = _edited(tmp_path, BUYER, 'name="Harddisk"', 'name="Hard disk"')
    err = _error(DOMAIN, [p, SELLER])
    assert err == f"{p}: line 10: issue 'Hard disk' is not an issue of the domain laptop_domain.xml"


def test_profile_missing_an_issue(tmp_path):
    text = SELLER.read_text()
    start = text.index('<issue index="2"')
    end = text.index("</issue>", start) + len("</issue>")
    p = tmp_path / "seller.xml"
    p.write_text(text[:start] + text[end:])
    assert _error(DOMAIN, [BUYER, p]) == (
        f"{p}: line 4: has no issue 'Harddisk' (an issue of the domain laptop_domain.xml)"
    )


def test_missing_weight(tmp_path):
    p = _edited(tmp_path, BUYER, '<weight index="2" value="0.54321"/>', "")
    assert _error(DOMAIN, [p, SELLER]) == (
        f"{p}: line 10: issue 'Harddisk' has no weight (no <weight index='2'> element and no "
        "weight attribute)"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'evaluation="5"',
            'evaluation="-5"',
            "line 6: issue 'Laptop': value 'Dell' has "
            "evaluation -5; GENIUS evaluations are zero or more",
        ),
        (
            'evaluation="5"',
            'evaluation="five"',
            "line 6: issue 'Laptop': value 'Dell': evaluation='five' is not a number",
        ),
        (
            'evaluation="5"',
            'evaluation="1e999"',
            "line 6: issue 'Laptop': value 'Dell': evaluation='1e999' is out of range",
        ),
        (
            '<weight index="1" value="0.12345"/>',
            '<weight index="1" value="-1"/>',
            "line 5: issue 'Laptop' has a negative weight (-1)",
        ),
        (
            '<weight index="3" value="0.33334"/>',
            '<weight index="1" value="0.3"/>',
            "line 22: two weights have index 1",
        ),
        (
            '<reservation value="0.5"/>',
            '<reservation value="1.5"/>',
            "line 25: <reservation> value 1.5 is not between 0 and 1",
        ),
        (
            '<discount_factor value="0.9"/>',
            "<discount_factor/>",
            "line 24: <discount_factor> has no 'value' attribute",
        ),
        (
            '<item index="3" value="HP" evaluation="2"/>',
            '<item index="3" value="HP" evaluation="2"/><item value="HP" evaluation="1"/>',
            "line 8: issue 'Laptop': value 'HP' is evaluated twice",
        ),
    ],
)
def test_bad_numbers_in_a_profile(tmp_path, old, new, message):
    p = _edited(tmp_path, BUYER, old, new)
    assert _error(DOMAIN, [p, SELLER]) == f"{p}: {message}"


def test_all_weights_zero(tmp_path):
    text = BUYER.read_text()
    for w in ("0.12345", "0.54321", "0.33334"):
        text = text.replace(f'value="{w}"', 'value="0"')
    p = tmp_path / "zero.xml"
    p.write_text(text)
    assert "the issue weights add up to 0; they must add up to more than 0" in _error(
        DOMAIN, [p, SELLER]
    )


def test_domain_given_as_a_profile():
    err = _error(DOMAIN, [DOMAIN, SELLER])
    assert err == (
        f"{DOMAIN}: line 4: has no weights and no evaluations: is it a domain file? "
        "Give the domain first, then one profile per party"
    )


def test_domain_problems(tmp_path):
    twice = _edited(tmp_path, DOMAIN, 'value="HP"', 'value="Dell"', "twice.xml")
    assert "line 9: issue 'Laptop': value 'Dell' is listed twice" in _error(twice, [BUYER, SELLER])
    same = _edited(tmp_path, DOMAIN, 'name="Harddisk"', 'name="Laptop"', "same.xml")
    assert "line 11: two issues are named 'Laptop'" in _error(same, [BUYER, SELLER])
    odd = _edited(tmp_path, DOMAIN, 'name="Harddisk" type="discrete"', 'name="H" type="set"', "t.x")
    assert "issue 'H' has type 'set'; GENIUS issues are discrete, integer or real" in _error(
        odd, [BUYER, SELLER]
    )
    empty = tmp_path / "empty-issue.xml"
    empty.write_text('<utility_space><objective><issue name="X"/></objective></utility_space>')
    assert (
        _error(empty, [BUYER, SELLER])
        == f"{empty}: line 1: issue 'X' has no values (<item> elements)"
    )
    none = tmp_path / "none.xml"
    none.write_text("<negotiation_template><utility_space/></negotiation_template>")
    assert "has no issues (<issue> elements)" in _error(none, [BUYER, SELLER])
    wrong = tmp_path / "wrong.xml"
    wrong.write_text("<html><body/></html>")
    assert _error(wrong, [BUYER, SELLER]) == (
        f"{wrong}: line 1: is not a GENIUS domain: its root element is <html>, expected "
        "<negotiation_template> or <utility_space>"
    )
    bounds = tmp_path / "bounds.xml"
    bounds.write_text(
        '<utility_space><objective><issue name="N" type="integer" lowerbound="5" '
        'upperbound="1"/></objective></utility_space>'
    )
    assert "issue 'N': upper bound 1 is below lower bound 5" in _error(bounds, [BUYER, SELLER])
    huge = bounds.with_name("huge.xml")
    huge.write_text(bounds.read_text().replace('upperbound="1"', 'upperbound="1e300"'))
    assert "bounds beyond ±1e+15 are not supported" in _error(huge, [BUYER, SELLER], bins=5)


def test_nested_objectives_are_refused(tmp_path):
    d = tmp_path / "nested.xml"
    d.write_text(
        '<utility_space><objective name="root">\n<objective name="Car" index="1">'
        '<issue name="X"><item value="a"/></issue></objective></objective></utility_space>'
    )
    assert _error(d, [BUYER, SELLER]).startswith(
        f"{d}: line 2: objective 'Car' is nested in another; nested objectives"
    )


def test_nonlinear_profiles_are_refused(tmp_path):
    p = tmp_path / "nonlinear.xml"
    p.write_text(
        '<utility_space type="nonlinear"><objective>'
        '<utility_function><ufun type="PlainUfun"/></utility_function>'
        "</objective></utility_space>"
    )
    assert "is a non-linear utility space; only additive profiles" in _error(DOMAIN, [p, SELLER])


def test_unsupported_evaluator(tmp_path):
    d = FIX / "delivery_domain.xml"
    p = _edited(tmp_path, FIX / "delivery_buyer.xml", 'ftype="triangular"', 'ftype="faratin"')
    err = _error(d, [p, FIX / "delivery_seller.xml"], bins=3)
    assert err == (
        f"{p}: line 18: issue 'Units': the evaluator has ftype 'faratin'; supported: linear, "
        "constant, triangular"
    )
    q = _edited(tmp_path, FIX / "delivery_buyer.xml", ' slope="-0.25"', "", "noslope.xml")
    assert "issue 'Delivery days': the evaluator has no 'slope' attribute" in _error(
        d, [q, FIX / "delivery_seller.xml"], bins=3
    )


def test_names_must_match_the_profiles():
    assert "3 party names for 2 profiles" in _error(DOMAIN, [BUYER, SELLER], names=["a", "b", "c"])
    assert "party name ' ' must be 1–200 characters" in _error(
        DOMAIN, [BUYER, SELLER], names=["a", " "]
    )
    assert "give at least two profiles" in _error(DOMAIN, [BUYER])


# -- hostile and malformed XML ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("billion_laughs.xml", "refuses XML entity and DTD declarations (a safety measure)"),
        ("xxe_file.xml", "refuses XML entity and DTD declarations (a safety measure)"),
        ("xxe_parameter.xml", "refuses XML entity and DTD declarations (a safety measure)"),
        ("external_dtd.xml", "refuses an external DTD (a safety measure)"),
    ],
)
@pytest.mark.parametrize("role", ["domain", "profile"])
def test_hostile_xml_is_refused_quickly(name, message, role):
    f = HOSTILE / name
    start = time.perf_counter()
    err = _error(f, [BUYER, SELLER]) if role == "domain" else _error(DOMAIN, [f, SELLER])
    assert time.perf_counter() - start < 0.5
    assert err == f"{f}: line 2: {message}; remove the DOCTYPE"


def test_no_entity_is_expanded_or_opened(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    xxe = tmp_path / "xxe.xml"
    xxe.write_text(
        f'<!DOCTYPE utility_space [<!ENTITY s SYSTEM "{secret.as_uri()}">]>'
        '<utility_space><objective><issue name="&s;"><item value="&s;"/></issue></objective>'
        "</utility_space>"
    )
    err = _error(xxe, [BUYER, SELLER])
    assert "TOP-SECRET" not in err and "remove the DOCTYPE" in err
    # A billion laughs of 10^30 "lol"s: expanding any of it would never finish.
    decls = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{k} "{f"&l{k - 1};" * 10}">' for k in range(1, 31)
    )
    bomb = f"<!DOCTYPE u [{decls}]><utility_space name='&l30;'/>".encode()
    start = time.perf_counter()
    with pytest.raises(GeniusError, match="a safety measure"):
        parse_xml(bomb, "bomb.xml")
    assert time.perf_counter() - start < 0.1


def test_the_refusal_handlers_also_stand_alone(monkeypatch):
    """Were expat ever to report entity declarations without the DOCTYPE's internal subset flag,
    the entity handler refuses too: check it by hiding the flag."""
    real = genius_xml.expat.ParserCreate

    class Spy:
        def __init__(self) -> None:
            self._p = real()

        def __getattr__(self, name):
            return getattr(self._p, name)

        def __setattr__(self, name, value):
            if name == "_p":
                object.__setattr__(self, name, value)
            elif name == "StartDoctypeDeclHandler":
                self._p.StartDoctypeDeclHandler = lambda n, s, p, internal: value(n, s, p, 0)
            else:
                setattr(self._p, name, value)

    monkeypatch.setattr(genius_xml.expat, "ParserCreate", Spy)
    with pytest.raises(GeniusError, match="refuses XML entity declarations"):
        parse_xml((HOSTILE / "billion_laughs.xml").read_bytes(), "b.xml")


def test_a_bare_doctype_is_fine():
    node = parse_xml(b"<!DOCTYPE utility_space><utility_space/>", "ok.xml")
    assert node.tag == "utility_space"


def test_malformed_xml_names_line_and_column():
    f = HOSTILE / "malformed.xml"
    assert _error(f, [BUYER, SELLER]) == (
        f"{f}: line 5, column 5: not well-formed XML (mismatched tag)"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<utility_space>", "line 1, column 16: not well-formed XML (no element found)"),
        (b"<a>&nbsp;</a>", "line 1, column 4: not well-formed XML (undefined entity)"),
        (b"<a b='1' b='2'/>", "line 1, column 10: not well-formed XML (duplicate attribute)"),
        (b"<a/><b/>", "line 1, column 5: not well-formed XML (junk after document element)"),
        (b"<a>\xff</a>", "line 1, column 4: not well-formed XML (not well-formed (invalid token))"),
        (
            b"<?xml version='1.0' encoding='bogus'?><a/>",
            "cannot be decoded: unknown encoding: bogus",
        ),
        (
            b"<?xml version='1.0' encoding='shift_jis'?><a/>",
            "cannot be decoded: multi-byte encodings are not supported",
        ),
        (b"  \n ", "is empty: a GENIUS file holds one XML document"),
    ],
)
def test_malformed_bytes(data, message):
    with pytest.raises(GeniusError) as exc:
        parse_xml(data, "f.xml")
    assert str(exc.value) == f"f.xml: {message}"


def test_encodings_expat_knows_are_read():
    text = '<?xml version="1.0" encoding="UTF-16"?><utility_space name="Côte"/>'
    assert parse_xml(text.encode("utf-16"), "u16.xml").attrs["name"] == "Côte"
    latin = b'<?xml version="1.0" encoding="windows-1252"?><a name="\x93x\x94"/>'
    assert parse_xml(latin, "w.xml").attrs["name"] == "\u201cx\u201d"


def test_depth_and_element_limits(monkeypatch):
    deep = b"<a>" * 65 + b"</a>" * 65
    with pytest.raises(GeniusError, match="nests XML elements more than 64 deep"):
        parse_xml(deep, "deep.xml")
    monkeypatch.setattr(genius_xml, "MAX_ELEMENTS", 10)
    with pytest.raises(GeniusError, match="has more than 10 XML elements"):
        parse_xml(b"<a>" + b"<b/>" * 10 + b"</a>", "many.xml")


# -- files --------------------------------------------------------------------------------------


def test_missing_file_folder_and_size_limit(tmp_path, monkeypatch):
    missing = tmp_path / "nope.xml"
    assert _error(missing, [BUYER, SELLER]) == f"{missing}: no such file"
    assert _error(DOMAIN, [BUYER, missing]) == f"{missing}: no such file"
    assert _error(tmp_path, [BUYER, SELLER]) == f"{tmp_path}: is a folder, not a GENIUS XML file"
    assert "cannot be read" in _error("bad\0name.xml", [BUYER, SELLER])
    monkeypatch.setattr(genius_xml, "MAX_FILE_BYTES", 100)
    assert _error(DOMAIN, [BUYER, SELLER]).startswith(
        f"{DOMAIN}: is 0 MB; GENIUS files are limited"
    )


def test_unreadable_file(tmp_path):
    import os

    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs a POSIX user who cannot read a chmod-000 file")
    f = tmp_path / "locked.xml"
    f.write_text("<utility_space/>")
    f.chmod(0)
    assert _error(f, [BUYER, SELLER]) == f"{f}: cannot be read: Permission denied"
