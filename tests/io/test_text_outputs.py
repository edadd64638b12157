"""The one text sanitiser (``core.text``) and the outputs around it: it replaces exactly the
characters XML 1.0 forbids; scenario files keep control characters (JSON escapes them) and
write an unpaired surrogate as U+FFFD instead of failing; ``validate`` names each such text
(path, character, position) without crowding out other problems; and the atomic writer every
output shares leaves no temporary file on any failure."""

from __future__ import annotations

import copy
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factories import small_scenario
from negotiator_gui.core import edits
from negotiator_gui.core.text import REPLACEMENT, safe_text, unsafe_chars, without_surrogates
from negotiator_gui.core.validation import MAX_REPLACED_TEXTS, validate
from negotiator_gui.io import atomic_write
from negotiator_gui.io.scenario_file import read_scenario, write_scenario
from negotiator_gui.io.scenario_writer import content_hash, dumps_scenario


def _xml_char(cp: int) -> bool:
    """XML 1.0's ``Char`` production, as the standard writes it."""
    return (
        cp in (0x9, 0xA, 0xD)
        or 0x20 <= cp <= 0xD7FF
        or 0xE000 <= cp <= 0xFFFD
        or 0x10000 <= cp <= 0x10FFFF
    )


def test_safe_text_replaces_exactly_what_xml_forbids():
    every = "".join(map(chr, range(0x110000)))
    out = safe_text(every)
    assert len(out) == len(every)  # one for one: positions are kept
    wrong = [cp for cp in range(0x110000) if out[cp] != (chr(cp) if _xml_char(cp) else REPLACEMENT)]
    assert wrong == []
    assert [pos for pos, _ in unsafe_chars(every)] == [
        cp + 1 for cp in range(0x110000) if not _xml_char(cp)
    ]


def test_positions_are_counted_from_one():
    assert unsafe_chars("ab\x07c\ufffe") == [(3, "\x07"), (5, "\ufffe")]
    assert unsafe_chars("tab\tline\ncr\r 日本 🇯🇵") == []


# -- scenario files ---------------------------------------------------------------------------

KEPT = st.sampled_from(["\x00", "\x07", "\x1f", "\x0b", "\ufffe", "\uffff", "\t", "\r", "a", "日"])
SURROGATE = st.integers(0xD800, 0xDFFF).map(chr)


def _text_fields(s):
    return [
        lambda v: setattr(s, "title", v),
        lambda v: setattr(s, "notes", v),
        lambda v: setattr(s.parties[0], "name", v),
        lambda v: setattr(s.issues[0].options[0], "label", v),
        lambda v: setattr(s.cards[0], "notes", v),
        lambda v: s.provenance.sources.append(v),
        lambda v: setattr(s.trade_flows, "source", v),
    ]


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_control_characters_round_trip_and_surrogates_become_u_fffd(tmp_path_factory, data):
    s = small_scenario()
    fields = _text_fields(s)
    expected = copy.deepcopy(s)
    for k in data.draw(st.lists(st.integers(0, len(fields) - 1), min_size=1, max_size=4)):
        text = "".join(data.draw(st.lists(KEPT | SURROGATE, min_size=1, max_size=8)))
        fields[k](text)
        # what reads back: the text itself, each unpaired surrogate as U+FFFD
        _text_fields(expected)[k](
            "".join(REPLACEMENT if "\ud800" <= c <= "\udfff" else c for c in text)
        )
    path = tmp_path_factory.mktemp("rt") / "s.scenario.json"
    write_scenario(s, path)  # never raises, whatever the text
    assert content_hash(s) == content_hash(expected)
    again = read_scenario(path).scenario
    assert again == expected
    assert dumps_scenario(again) == path.read_text(encoding="utf-8")  # stable from then on


def test_without_surrogates_keeps_everything_else():
    assert without_surrogates("a\ud800b\x07\udfff🇯🇵") == "a\ufffdb\x07\ufffd🇯🇵"


# -- validate ---------------------------------------------------------------------------------


def test_validate_names_the_path_the_character_and_its_position():
    s = small_scenario()
    s.issues[1].options[2].label = "Quota\x1f 0.5 Mt\x07"
    s.cards[0].notes = "bad \udc01 text"
    problems = {p.path: p for p in validate(s).items}
    warning = problems["$.issues[1].options[2].label"]
    assert warning.severity == "warning"
    assert "U+001F at position 6 and 1 more such characters" in warning.message
    assert "U+FFFD" in warning.message
    error = problems["$.cards[0].notes"]
    assert error.severity == "error"
    assert "U+DC01 at position 5" in error.message


def test_many_such_texts_are_counted_not_listed():
    """A file full of control characters gets a bounded number of lines, so they cannot fill
    the problem list (whose cap would hide the errors after them)."""
    s = small_scenario()
    n = MAX_REPLACED_TEXTS + 7
    s.provenance.sources = [f"source {k}\x07" for k in range(n)]
    s.parties[0].id = "bad id"  # an error, reported after the texts
    pr = validate(s)
    texts = [p for p in pr.warnings if p.path.startswith("$.provenance.sources[")]
    assert len(texts) == MAX_REPLACED_TEXTS
    assert any(p.path == "$" and p.message.startswith("7 more texts") for p in pr.warnings)
    assert any(p.path == "$.parties[0].id" for p in pr.errors)


def test_an_edit_may_bring_in_a_control_character():
    """Kept in the file and replaced in exports, a control character is a warning, so an edit
    (a paste from another program) is not refused for it."""
    s = small_scenario()
    edits.set_scenario_field(s, "title", "pasted\x0btitle").apply(s)
    assert s.title == "pasted\x0btitle"


# -- the atomic writer ------------------------------------------------------------------------


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_failed_write_leaves_no_temporary_file(tmp_path, failure):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(type(failure)), atomic_write.atomic_path(target) as tmp:
        tmp.write_bytes(b"partial")
        raise failure
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_a_failed_check_leaves_the_old_file(tmp_path):
    target = tmp_path / "out.bin"

    def check(p: Path) -> None:
        assert p.read_bytes() == b"new" and p != target
        raise atomic_write.OutputCheckError("does not read back")

    with (
        pytest.raises(atomic_write.OutputCheckError),
        atomic_write.atomic_path(target, check=check) as tmp,
    ):
        tmp.write_bytes(b"new")
    assert list(tmp_path.iterdir()) == []


def test_permissions_follow_the_replaced_file_or_the_umask(tmp_path):
    old = tmp_path / "shared.json"
    old.write_bytes(b"x")
    old.chmod(0o640)
    atomic_write.write_bytes(old, b"y")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640 and old.read_bytes() == b"y"
    new = tmp_path / "new.json"
    atomic_write.write_bytes(new, b"z")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~mask


def test_an_unwritable_folder_fails_before_any_work(tmp_path):
    worked = []
    with pytest.raises(OSError), atomic_write.atomic_path(tmp_path / "no" / "x") as tmp:
        worked.append(tmp)
    assert worked == []


def test_error_texts_name_a_full_disk():
    import errno

    assert atomic_write.os_error_text(OSError(errno.ENOSPC, "No space")).startswith(
        "the disk is full"
    )
    if hasattr(errno, "EDQUOT"):
        assert "disk is full" in atomic_write.os_error_text(OSError(errno.EDQUOT, "Quota"))
    assert atomic_write.os_error_text(OSError(errno.EACCES, "Permission denied")) == (
        "Permission denied"
    )


def test_show_prints_no_control_characters(tmp_path, capsys):
    """``negotiator show`` prints the scenario's texts on a terminal: an escape sequence in a
    title must not reach it."""
    from negotiator_gui.cli import main

    s = small_scenario()
    s.title = "Deal \x1b[2J\x1b[31mcleared"
    path = tmp_path / "s.scenario.json"
    write_scenario(s, path)
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Deal \ufffd[2J\ufffd[31mcleared" in out and "\x1b" not in out
