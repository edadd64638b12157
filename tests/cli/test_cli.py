"""The headless CLI: exit statuses, messages, and no Qt import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factories import small_scenario
from negotiator_gui import __version__
from negotiator_gui.cli import main
from negotiator_gui.io.scenario_file import read_scenario, write_scenario
from negotiator_gui.io.scenario_writer import dumps_scenario


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    p = tmp_path / "small.scenario.json"
    write_scenario(small_scenario(), p)
    return p


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_validate_ok_and_bad(good_file: Path, tmp_path: Path, capsys):
    assert main(["validate", str(good_file)]) == 0
    assert f"{good_file}: ok" in capsys.readouterr().out
    bad = tmp_path / "bad.scenario.json"
    bad.write_text(good_file.read_text().replace('"rate": 0.25', '"rate": -0.25', 1))
    assert main(["validate", str(good_file), str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}: $.measures[0].rate: rate -0.25 is negative" in err


def test_validate_reports_every_file_and_problem(tmp_path: Path, capsys):
    a = tmp_path / "a.scenario.json"
    a.write_text('{"format": "negotiator-scenario", "version": 2, "id": "x"', encoding="utf-8")
    b = tmp_path / "b.scenario.json"
    b.write_text(json.dumps({"format": "negotiator-scenario", "version": 2}))
    assert main(["validate", str(a), str(b)]) == 2
    err = capsys.readouterr().err
    assert f"{a}: $: is not valid JSON" in err
    for field in ("id", "title", "as_of", "perspective", "parties"):
        assert f"{b}: $.{field}: is missing" in err


def test_show_prints_a_summary(good_file: Path, capsys):
    assert main(["show", str(good_file)]) == 0
    out = capsys.readouterr().out
    s = small_scenario()
    assert s.title in out
    for issue in s.issues:
        assert issue.title in out
    assert "Tariff measures" in out and "Trade flows" in out


def test_convert_migrates_and_normalises(good_file: Path, tmp_path: Path, capsys):
    messy = tmp_path / "messy.scenario.json"
    doc = json.loads(good_file.read_text())
    messy.write_text(json.dumps(doc, indent=7, sort_keys=True))
    out = tmp_path / "out.scenario.json"
    assert main(["convert", str(messy), str(out)]) == 0
    assert out.read_text() == dumps_scenario(read_scenario(good_file).scenario)
    assert main(["convert", str(tmp_path / "missing.json"), str(out)]) == 2


def test_convert_to_unwritable_place_is_bad_input(good_file: Path, tmp_path: Path, capsys):
    assert main(["convert", str(good_file), str(tmp_path / "no" / "such" / "dir.json")]) == 2
    assert "cannot be written" in capsys.readouterr().err


def test_schema_is_printed(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].startswith("https://json-schema.org/")


def test_unknown_command_is_bad_input():
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_internal_error_exits_1(monkeypatch, good_file: Path, capsys):
    import negotiator_gui.core.summary as summary

    def boom(_):
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(summary, "summary", boom)
    assert main(["show", str(good_file)]) == 1
    err = capsys.readouterr().err
    assert "internal error" in err and "Traceback" not in err


def test_headless_commands_import_no_qt(good_file: Path):
    code = (
        "import sys; from negotiator_gui.cli import main; "
        f"rc = main(['validate', '-q', {str(good_file)!r}]); "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'pyqtgraph', 'shiboken6', 'openpyxl', 'sqlite_utils')]; "
        "print(rc, bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0 []"


def test_module_entry_point_matches_console_script(good_file: Path):
    r = subprocess.run(
        [sys.executable, "-m", "negotiator_gui", "validate", str(good_file)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0 and "ok" in r.stdout
