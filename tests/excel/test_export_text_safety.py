"""Text no workbook can carry — C0 control characters other than tab, LF and CR, U+FFFE, U+FFFF,
unpaired surrogates — anywhere in a scenario's texts: ``validate`` names the place and the
character, and the exported workbook opens, every part well-formed, with U+FFFD in place of
each such character (and nothing else changed)."""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negotiator_gui.cli import main
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.validation import validate
from negotiator_gui.io.atomic_write import OutputCheckError
from negotiator_gui.io.excel import book, write_workbook
from negotiator_gui.io.scenario_file import read_scenario, write_scenario
from negotiator_gui.paths import scenario_path

#: Every character XML 1.0 forbids, written out (not taken from the code under test).
FORBIDDEN = [chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)] + ["\ufffe", "\uffff"]
SURROGATES = st.integers(0xD800, 0xDFFF).map(chr)
#: Ordinary characters that read back from a cell exactly as written (no CR: XML turns it into
#: LF; no leading or trailing blanks).
ORDINARY = st.sampled_from([*"abcXYZ 019-_.,;:!?()/€–日本語関税", "🇯🇵", "\t", "\n"])
FORBIDDEN_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@st.composite
def bad_texts(draw, surrogates: bool = True) -> str:
    """A text of ordinary characters with at least one forbidden one in it."""
    bad = st.sampled_from(FORBIDDEN) | SURROGATES if surrogates else st.sampled_from(FORBIDDEN)
    parts = draw(st.lists(ORDINARY | bad, max_size=12))
    parts.insert(draw(st.integers(0, len(parts))), draw(bad))
    return "x" + "".join(parts) + "y"


def _teaching() -> Scenario:
    return read_scenario(scenario_path("teaching-3-issues.scenario.json")).scenario


TEACHING = _teaching()


def _places(s: Scenario) -> dict[str, Callable[[str], None]]:
    """Text fields the workbook shows, by their JSON path, with a setter each."""
    places: dict[str, Callable[[str], None]] = {
        "$.title": lambda v: setattr(s, "title", v),
        "$.description": lambda v: setattr(s, "description", v),
        "$.notes": lambda v: setattr(s, "notes", v),
        "$.provenance.sources[0]": lambda v: s.provenance.sources.__setitem__(0, v),
        "$.provenance.author": lambda v: setattr(s.provenance, "author", v),
        "$.trade_flows.source": lambda v: setattr(s.trade_flows, "source", v),
    }
    for k, p in enumerate(s.parties):
        places[f"$.parties[{k}].name"] = lambda v, p=p: setattr(p, "name", v)
    for i, issue in enumerate(s.issues):
        places[f"$.issues[{i}].title"] = lambda v, x=issue: setattr(x, "title", v)
        places[f"$.issues[{i}].description"] = lambda v, x=issue: setattr(x, "description", v)
        for j, o in enumerate(issue.options):
            places[f"$.issues[{i}].options[{j}].label"] = lambda v, o=o: setattr(o, "label", v)
    for k, c in enumerate(s.cards):
        places[f"$.cards[{k}].title"] = lambda v, c=c: setattr(c, "title", v)
        places[f"$.cards[{k}].notes"] = lambda v, c=c: setattr(c, "notes", v)
    for k, m in enumerate(s.measures):
        places[f"$.measures[{k}].title"] = lambda v, m=m: setattr(m, "title", v)
        places[f"$.measures[{k}].source"] = lambda v, m=m: setattr(m, "source", v)
    for k, e in enumerate(s.elasticities):
        places[f"$.elasticities[{k}].source"] = lambda v, e=e: setattr(e, "source", v)
    for k, pkg in enumerate(s.packages):
        places[f"$.packages[{k}].name"] = lambda v, pkg=pkg: setattr(pkg, "name", v)
    for k, prefs in enumerate(s.preferences):
        places[f"$.preferences[{k}].reservation.rationale"] = lambda v, r=prefs.reservation: (
            setattr(r, "rationale", v)
        )
    return places


def _forbidden(ch: str) -> bool:
    return ch in FORBIDDEN or 0xD800 <= ord(ch) <= 0xDFFF


def _replaced(text: str) -> str:
    """What a workbook shows for ``text``: each forbidden character as U+FFFD."""
    return "".join("\ufffd" if _forbidden(ch) else ch for ch in text)


def _texts_of(path: Path) -> list[str]:
    """Every cell text and comment of a workbook, opened fully (charts and comments too)."""
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    out.append(c.value)
                if c.comment is not None:
                    out.append(c.comment.text)
    return out


def _assert_every_part_is_well_formed(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                data = z.read(name)
                ET.fromstring(data)  # raises on a malformed part
                assert not FORBIDDEN_RE.search(data.decode("utf-8")), name


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_forbidden_characters_become_u_fffd_in_the_workbook(tmp_path_factory, data):
    s = copy.deepcopy(TEACHING)
    places = _places(s)
    paths = data.draw(st.lists(st.sampled_from(sorted(places)), min_size=1, max_size=4))
    placed: dict[str, str] = {}
    for path in paths:
        text = data.draw(bad_texts())
        places[path](text)
        placed[path] = text

    # validate names the place, the first such character and its position
    problems = {p.path: p for p in validate(s).items}
    for path, text in placed.items():
        assert path in problems, path
        surrogate = next((k for k, ch in enumerate(text) if 0xD800 <= ord(ch) <= 0xDFFF), None)
        k = (
            surrogate
            if surrogate is not None
            else next(k for k, ch in enumerate(text) if ch in FORBIDDEN)
        )
        assert f"U+{ord(text[k]):04X} at position {k + 1}" in problems[path].message
        if surrogate is None:  # kept in the file, replaced in exports: a warning
            assert problems[path].severity == "warning"
            assert "U+FFFD" in problems[path].message
        else:  # no file can hold it: an error, as when reading
            assert problems[path].severity == "error"

    out = tmp_path_factory.mktemp("book") / "matrix.xlsx"
    write_workbook(out, s)
    _assert_every_part_is_well_formed(out)
    texts = _texts_of(out)
    joined = "\n".join(texts)
    assert not FORBIDDEN_RE.search(joined)
    for path, text in placed.items():
        assert _replaced(text) in joined, path


def test_every_text_field_at_once_through_the_command_line(tmp_path, capsys):
    """The reported case: forbidden characters in every free text of a file pass ``validate``
    with a warning naming each place, and ``export --xlsx`` writes a workbook openpyxl opens."""
    s = copy.deepcopy(TEACHING)
    bad = "A\x07B\x0bC\ufffeD\uffffE\x01"
    places = _places(s)
    for setter in places.values():
        setter("text " + bad)
    s.parties[0].batna += bad
    s.issues[0].tags.append("tag" + bad)
    src = tmp_path / "bad.scenario.json"
    write_scenario(s, src)

    assert main(["validate", str(src)]) == 0
    err = capsys.readouterr().err
    assert "$.title: warning:" in err and "U+0007 at position 6" in err
    assert "and 4 more such characters" in err
    assert "more texts hold characters that exports show as" in err  # the rest, counted

    out = tmp_path / "bad.xlsx"
    assert main(["export", str(src), "--xlsx", str(out)]) == 0
    _assert_every_part_is_well_formed(out)
    texts = _texts_of(out)
    assert any(t.endswith("text A\ufffdB\ufffdC\ufffdD\ufffdE\ufffd") for t in texts)
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.properties.title == "text A\ufffdB\ufffdC\ufffdD\ufffdE\ufffd"
    wb.close()


def test_a_revision_label_with_control_characters(tmp_path):
    out = tmp_path / "r.xlsx"
    write_workbook(out, TEACHING, revision="r\x1b[31m7")
    _assert_every_part_is_well_formed(out)
    assert "r\ufffd[31m7" in _texts_of(out)


def test_long_titles_are_cut_in_page_headers(tmp_path):
    """Excel allows 255 characters in a page header: a long title is cut there (the cells keep
    it whole)."""
    s = copy.deepcopy(TEACHING)
    s.title = "T" * 400 + " & co"
    out = tmp_path / "long.xlsx"
    write_workbook(out, s)
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        header = ws.oddHeader.left.text or ""
        assert 0 < len(header) <= 255 and header.endswith("…"), ws.title
    assert any(s.title in t for t in _texts_of(out))


# -- the export proves its workbook before it reports success ---------------------------------


def _unsafe_headers(monkeypatch) -> None:
    """Break the sanitising of page headers, as a forgotten output path would."""
    monkeypatch.setattr(book, "_hf", lambda text: text.replace("&", "&&"))


def test_a_workbook_that_does_not_read_back_is_not_put_in_place(tmp_path, monkeypatch):
    s = copy.deepcopy(TEACHING)
    s.title = "not a character: \ufffe"
    out = tmp_path / "m.xlsx"
    out.write_bytes(b"older workbook")
    _unsafe_headers(monkeypatch)
    with pytest.raises(OutputCheckError, match=r"cannot be read back \(xl/worksheets/sheet"):
        write_workbook(out, s)
    assert out.read_bytes() == b"older workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.xlsx"]


def test_the_command_line_reports_an_unreadable_workbook_as_our_fault(
    tmp_path, monkeypatch, capsys
):
    s = copy.deepcopy(TEACHING)
    s.title = "not a character: \ufffe"
    src = tmp_path / "s.scenario.json"
    write_scenario(s, src)
    _unsafe_headers(monkeypatch)
    out = tmp_path / "m.xlsx"
    assert main(["export", str(src), "--xlsx", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{out}: not written:" in err and "report it" in err
    assert "Traceback" not in err
    assert not out.exists() and not list(tmp_path.glob(".*.tmp"))
