"""Fuzzing the GENIUS import: mutated XML either imports or raises ``GeniusError``.

Starting from the fixture files, hypothesis deletes, inserts and replaces bytes and XML tokens
(entities, DOCTYPEs, odd numbers, unknown types, broken tags). Whatever comes out, the reader
raises nothing else, a scenario it returns is valid and survives saving and loading, and the
command exits with 0 or 2, never with an internal error.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negotiator_gui.cli import main
from negotiator_gui.core.validation import validate
from negotiator_gui.io.genius_xml import GeniusError, read_genius
from negotiator_gui.io.scenario_file import read_scenario, write_scenario

FIX = Path(__file__).parent / "fixtures"
SETS = [
    ("laptop_domain.xml", "laptop_buyer.xml", "laptop_seller.xml"),
    ("laptop_domain.xml", "laptop_variant.xml", "laptop_seller.xml"),
    ("delivery_domain.xml", "delivery_buyer.xml", "delivery_seller.xml"),
]
TOKENS = [
    b"<",
    b">",
    b"/>",
    b'"',
    b"&",
    b"&amp;",
    b"&lol;",
    b"\x00",
    b"\xff\xfe",
    b"]]>",
    b"<!--",
    b"<![CDATA[x]]>",
    b'<!DOCTYPE u [<!ENTITY a "b">]>',
    b'<!DOCTYPE u SYSTEM "x.dtd">',
    b"<issue>",
    b"</issue>",
    b'<issue name="Laptop">',
    b"<objective>",
    b"</objective>",
    b'<item value="Dell" evaluation="1"/>',
    b'<weight index="1" value="2"/>',
    b'<evaluator ftype="linear" slope="1e308" offset="-1e308"/>',
    b'<evaluator ftype="triangular" parameter0="5" parameter1="5" parameter2="5"/>',
    b'<range lowerbound="-1e15" upperbound="1e15"/>',
    b' type="real"',
    b' type="integer" lowerbound="0" upperbound="3"',
    b' type="integer" lowerbound="0" upperbound="99999999999999999999"',
    b' index="x"',
    b' index="99999999999999999999999"',
    b' weight="nan"',
    b' evaluation="-0"',
    b' evaluation="1e-320"',
    b' value=""',
    b' value="-3"',
    b' value="\xe6\x9d\xb1\xe4\xba\xac"',
    b' name="  "',
    b"<reservation value='1'/>",
    b"<discount_factor value='0'/>",
    b'<?xml version="1.0" encoding="latin-1"?>',
]

VALUES = [
    "",
    " ",
    "0",
    "-0",
    "1",
    "-1",
    "0.5",
    "1e-320",
    "1e308",
    "1e999",
    "nan",
    "inf",
    "1_0",
    "0x10",
    "3.0",
    "99999999999999999999",
    "discrete",
    "integer",
    "real",
    "objective",
    "linear",
    "constant",
    "triangular",
    "Dell",
    "Laptop",
    "Harddisk",
    "Price",
    "Red",
    "a" * 2000,
    "東京",
    "-3",
    "&amp;",
]
_ATTR = re.compile(rb'="[^"]*"')
TEXT = st.text(alphabet=' <>/="&;!?[]-_.abceilmnstuvxI0129\n', max_size=8)

FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def mutated(draw, data: bytes) -> bytes:
    for _ in range(draw(st.integers(0, 4))):
        i = draw(st.integers(0, len(data)))
        j = draw(st.integers(i, min(len(data), i + 40)))
        op = draw(st.sampled_from(["delete", "insert", "bytes", "token", "value", "value"]))
        attrs = list(_ATTR.finditer(data))
        if op == "value" and attrs:  # an attribute value: where the meaning is
            m = draw(st.sampled_from(attrs))
            value = draw(st.sampled_from(VALUES)).encode()
            data = data[: m.start()] + b'="' + value + b'"' + data[m.end() :]
        elif op == "delete":
            data = data[:i] + data[j:]
        elif op == "insert":
            data = data[:i] + draw(TEXT).encode() + data[i:]
        elif op == "bytes":
            data = data[:i] + draw(st.binary(max_size=8)) + data[j:]
        else:
            data = data[:i] + draw(st.sampled_from(TOKENS)) + data[j:]
    return data


@st.composite
def file_sets(draw) -> tuple[bytes, bytes, bytes]:
    names = draw(st.sampled_from(SETS))
    which = draw(st.integers(0, 2))  # mutate one file, sometimes all three
    every = draw(st.booleans()) and draw(st.booleans())
    out = []
    for k, name in enumerate(names):
        data = (FIX / name).read_bytes()
        out.append(draw(mutated(data)) if every or k == which else data)
    return out[0], out[1], out[2]


def _write(folder: Path, files: tuple[bytes, bytes, bytes]) -> list[Path]:
    paths = []
    for name, data in zip(("domain.xml", "one.xml", "two.xml"), files, strict=True):
        p = folder / name
        p.write_bytes(data)
        paths.append(p)
    return paths


@pytest.mark.slow
@FUZZ
@given(files=file_sets(), bins=st.sampled_from([None, 2, 7]))
def test_mutated_xml_imports_or_raises_genius_error(files, bins):
    with tempfile.TemporaryDirectory() as tmp:
        domain, one, two = _write(Path(tmp), files)
        try:
            scenario = read_genius(domain, [one, two], bins=bins)
        except GeniusError as exc:
            assert str(exc).startswith(str(exc.source))
            return
        assert not validate(scenario).has_errors()
        out = Path(tmp) / "out.scenario.json"
        write_scenario(scenario, out)
        assert read_scenario(out).scenario == scenario


@pytest.mark.slow
@settings(FUZZ, max_examples=100)
@given(files=file_sets())
def test_mutated_xml_never_makes_the_command_fail_internally(files):
    with tempfile.TemporaryDirectory() as tmp:
        domain, one, two = _write(Path(tmp), files)
        out = Path(tmp) / "out.scenario.json"
        args = ["import-genius", str(domain), str(one), str(two), "-o", str(out), "--bins", "3"]
        assert main(args) in (0, 2)
