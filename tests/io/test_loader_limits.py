"""The scenario loader refuses hostile files cheaply: repeated keys (named by JSON path and key),
files that are not regular files (refused before they are opened, so a FIFO cannot block),
files over the size limit (refused from ``stat`` before reading), and documents with more JSON
objects, lists or values than any scenario needs (refused before parsing, so memory stays
bounded). Checked by what is called and counted, never by time."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiator_gui.core.problems import MAX_PROBLEMS
from negotiator_gui.io import json_reader, scenario_file
from negotiator_gui.io.scenario_file import (
    ScenarioFileError,
    parse_scenario_bytes,
    parse_scenario_text,
    read_scenario,
)

MINIMAL = Path(__file__).parent / "fixtures" / "minimal.scenario.json"


def refused(load, *args) -> ScenarioFileError:
    with pytest.raises(ScenarioFileError) as err:
        load(*args)
    return err.value


def paths_and_messages(err: ScenarioFileError) -> dict[str, str]:
    return {p.path: p.message for p in err.problems}


# -- repeated keys ----------------------------------------------------------------------------


def test_a_repeated_key_is_named_by_path_and_key():
    text = MINIMAL.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert doc["parties"] and doc["issues"]
    # "title" twice at the top, and "name" twice in the second party
    text = text.replace('"title": ', '"title": "first", "title": ', 1)
    second = text.index('"id"', text.index('"id"', text.index('"parties"')) + 1)
    text = text[:second] + '"name": "x", "name": "y", ' + text[second:]
    err = refused(parse_scenario_text, text)
    got = paths_and_messages(err)
    assert set(got) == {"$.title", "$.parties[1].name"}, err.report()
    assert "the key 'title' appears 2 times" in got["$.title"]
    assert "JSON keeps only the last" in got["$.title"]
    assert refused(parse_scenario_bytes, text.encode()).problems == err.problems


_KEYS = st.sampled_from(["a", "b", "id", "x y", "日本"])
_JSON = st.recursive(
    st.none() | st.integers(-5, 5) | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=3),
    max_leaves=12,
)


def _dump_with_repeat(value, path: str, target: str, key: str, out: list[str]) -> None:
    """JSON text of ``value``; the object at ``target`` gets ``key`` a second time."""
    if isinstance(value, dict):
        parts = []
        for k, v in value.items():
            sub: list[str] = []
            _dump_with_repeat(v, json_reader.key_path(path, k), target, key, sub)
            parts.append(json.dumps(k) + ":" + "".join(sub))
        if path == target:
            parts.append(json.dumps(key) + ":0")
        out.append("{" + ",".join(parts) + "}")
    elif isinstance(value, list):
        parts = []
        for i, v in enumerate(value):
            sub = []
            _dump_with_repeat(v, f"{path}[{i}]", target, key, sub)
            parts.append("".join(sub))
        out.append("[" + ",".join(parts) + "]")
    else:
        out.append(json.dumps(value))


def _objects(value, path: str = "$"):
    if isinstance(value, dict):
        yield path, value
        for k, v in value.items():
            yield from _objects(v, json_reader.key_path(path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _objects(v, f"{path}[{i}]")


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(_KEYS, _JSON, min_size=1, max_size=4), st.data())
def test_a_repeated_key_anywhere_is_found_at_its_path(doc, data):
    candidates = [(p, o) for p, o in _objects(doc) if o]
    path, obj = data.draw(st.sampled_from(candidates))
    key = data.draw(st.sampled_from(sorted(obj)))
    out: list[str] = []
    _dump_with_repeat(doc, "$", path, key, out)
    err = refused(parse_scenario_text, out[0])
    assert [(p.path, f"the key {key!r} appears 2 times" in p.message) for p in err.problems] == [
        (json_reader.key_path(path, key), True)
    ]
    # without the repeat the same text is no JSON problem (it is no scenario either)
    plain = refused(parse_scenario_text, json.dumps(doc))
    assert all("appears" not in p.message for p in plain.problems)


def test_many_repeated_keys_are_capped():
    pairs = ",".join(f'"k{i}":1,"k{i}":2' for i in range(3 * MAX_PROBLEMS))
    err = refused(parse_scenario_text, "{" + pairs + "}")
    assert len(err.problems) == MAX_PROBLEMS
    assert err.problems[0].path == "$.k0"


# -- files that are not regular files ---------------------------------------------------------


def _never_open(*_args, **_kwargs):
    raise AssertionError("the loader opened a file it should have refused from stat")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
def test_a_fifo_is_refused_without_being_opened(tmp_path: Path, monkeypatch):
    fifo = tmp_path / "pipe.scenario.json"
    os.mkfifo(fifo)
    monkeypatch.setattr(scenario_file.os, "open", _never_open)
    err = refused(read_scenario, fifo)
    assert "is not a regular file" in paths_and_messages(err)["$"]
    assert "wait for ever" in err.report()


@pytest.mark.skipif(sys.platform == "win32", reason="needs /dev/null")
def test_a_device_is_refused(monkeypatch):
    monkeypatch.setattr(scenario_file.os, "open", _never_open)
    err = refused(read_scenario, "/dev/null")
    assert "is not a regular file" in paths_and_messages(err)["$"]


def test_a_folder_is_refused_without_being_opened(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(scenario_file.os, "open", _never_open)
    err = refused(read_scenario, tmp_path)
    assert "is a folder" in paths_and_messages(err)["$"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
def test_a_file_replaced_by_a_fifo_after_stat_is_refused_once_open(tmp_path: Path, monkeypatch):
    """The open does not block (no writer ever comes) and the open file is checked again."""
    fifo = tmp_path / "pipe.scenario.json"
    os.mkfifo(fifo)
    real_stat = Path.stat

    def regular_stat(self, *args, **kwargs):
        st = real_stat(MINIMAL)  # what stat said before the file was swapped
        return st

    monkeypatch.setattr(Path, "stat", regular_stat)
    err = refused(read_scenario, fifo)
    assert "is not a regular file" in paths_and_messages(err)["$"]


def test_the_size_limit_is_checked_before_opening(tmp_path: Path, monkeypatch):
    big = tmp_path / "big.scenario.json"
    with big.open("wb") as f:
        f.truncate(scenario_file.MAX_FILE_BYTES + 1)
    monkeypatch.setattr(scenario_file.os, "open", _never_open)
    message = paths_and_messages(refused(read_scenario, big))["$"]
    assert "scenario files are limited to 100 MB" in message
    assert "leave out trade-flow rows" in message  # the workaround


def test_the_read_is_bounded(tmp_path: Path, monkeypatch):
    """A file larger than ``stat`` said is read only to one byte past the limit."""
    path = tmp_path / "s.scenario.json"
    path.write_bytes(b" " * 10_000)
    monkeypatch.setattr(scenario_file, "MAX_FILE_BYTES", 100)
    real_stat = Path.stat
    sizes = []

    def small(self, *args, **kwargs):
        st = real_stat(self, *args, **kwargs)
        return os.stat_result((st.st_mode, *st[1:6], 10, *st[7:]))

    real_fdopen = os.fdopen

    def counting(fd, *args, **kwargs):
        fh = real_fdopen(fd, *args, **kwargs)
        real_read = fh.read

        class Reader:
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                fh.close()

            def fileno(self):
                return fh.fileno()

            def read(self, n=-1):
                data = real_read(n)
                sizes.append((n, len(data)))
                return data

        return Reader()

    monkeypatch.setattr(Path, "stat", small)
    monkeypatch.setattr(scenario_file.os, "fdopen", counting)
    assert "larger than" in paths_and_messages(refused(read_scenario, path))["$"]
    assert sizes == [(101, 101)]


# -- too many objects, lists or values ---------------------------------------------------------


def _never_parse(*_args, **_kwargs):
    raise AssertionError("the document was parsed although its structure is over the limit")


def test_too_many_objects_are_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(json_reader, "MAX_CONTAINERS", 1_000)
    monkeypatch.setattr(scenario_file.json, "loads", _never_parse)
    text = '{"format": "negotiator-scenario", "x": [' + ",".join(["{}"] * 1_000) + "]}"
    for load, arg in ((parse_scenario_text, text), (parse_scenario_bytes, text.encode())):
        message = paths_and_messages(refused(load, arg))["$"]
        assert "holds 1,002 JSON objects and lists" in message  # 1,000, the list, the top
        assert "limited to 1,000" in message and "split the trade flows" in message


def test_too_many_values_are_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(json_reader, "MAX_ITEMS", 1_000)
    monkeypatch.setattr(scenario_file.json, "loads", _never_parse)
    text = '{"x": [' + ",".join(["0.5"] * 1_002) + "]}"
    message = paths_and_messages(refused(parse_scenario_bytes, text.encode()))["$"]
    assert "holds 1,001 JSON values" in message and "limited to 1,000" in message


def test_braces_and_commas_inside_strings_do_not_count(monkeypatch):
    monkeypatch.setattr(json_reader, "MAX_CONTAINERS", 10)
    monkeypatch.setattr(json_reader, "MAX_ITEMS", 10)
    noisy = '{[,\\"' * 50
    assert json_reader.structure_problem('{"note": "' + noisy + '"}') is None
    assert json_reader.structure_problem(('{"note": "' + noisy + '"}').encode()) is None
    assert json_reader.structure_problem("[" * 11) is not None


def test_the_limits_leave_room_for_a_large_real_scenario():
    """A 100,000-row trade-flow table with 1,000 issues of 20 options is well within them."""
    doc = json.loads(MINIMAL.read_text(encoding="utf-8"))
    doc["trade_flows"]["rows"] = [
        ["US", "JP", f"{870300 + i}", 1.5e6, 0.025] for i in range(100_000)
    ]
    doc["issues"] = [
        {"id": f"i{k}", "title": "t", "options": [{"id": f"o{m}", "label": "l"} for m in range(20)]}
        for k in range(1_000)
    ]
    text = json.dumps(doc)
    containers, items = json_reader._structure(text)
    assert containers * 4 < json_reader.MAX_CONTAINERS and items * 4 < json_reader.MAX_ITEMS
    assert json_reader.structure_problem(text) is None


def _count(value) -> tuple[int, int]:
    """Containers and commas of a parsed value, counted from its structure."""
    if isinstance(value, dict | list):
        inner = value.values() if isinstance(value, dict) else value
        containers, commas = 1, max(0, len(value) - 1)
        for v in inner:
            c, k = _count(v)
            containers, commas = containers + c, commas + k
        return containers, commas
    return 0, 0


_NOISY_TEXT = st.text(alphabet='{}[],:"\\ab日\n', max_size=8)
_NOISY = st.recursive(
    st.none() | st.integers() | _NOISY_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_NOISY_TEXT, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_NOISY, st.booleans())
def test_the_exact_count_skips_strings_whatever_they_hold(value, ascii_only):
    text = json.dumps(value, ensure_ascii=ascii_only)
    expected = _count(value)
    assert json_reader._exact_structure(text.encode()) == expected
    assert json_reader._structure(text)[0] >= expected[0]  # the quick count never under-counts
    chunk = json_reader._SCAN_CHUNK
    json_reader._SCAN_CHUNK = 3  # strings that run across the chunks scanned
    try:
        assert json_reader._exact_structure(text.encode()) == expected
    finally:
        json_reader._SCAN_CHUNK = chunk
