"""``negotiator db``: every action, its JSON, exit statuses and messages; and no Qt import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factories import small_scenario
from negotiator_gui.cli import main
from negotiator_gui.io.scenario_file import write_scenario
from negotiator_gui.paths import default_scenario_path, shipped_scenarios
from negotiator_gui.store import open_library
from negotiator_gui.store.schema import SCHEMA_VERSION


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "lib.sqlite")


def _json(capsys) -> object:
    return json.loads(capsys.readouterr().out)


def test_list_without_a_library(db: str, capsys):
    assert main(["db", "list", "--db", db, "--json"]) == 0
    assert _json(capsys) == []
    assert main(["db", "log", "x", "--db", db]) == 2
    assert "no library here yet" in capsys.readouterr().err
    assert not Path(db).exists()  # reading never creates a library


def test_import_list_log_show(db: str, capsys):
    files = [str(p) for p in shipped_scenarios()]
    assert main(["db", "import", *files, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "saved as US–Japan tariff talks, April 2025@1 (scenario 2)" in out
    assert main(["db", "list", "--db", db, "--json"]) == 0
    items = _json(capsys)
    assert [i["name"] for i in items][:1] == ["Teaching: three issues, two countries"]
    assert items[0]["latest"]["number"] == 1 and items[0]["revisions"] == 1
    assert main(["db", "list", "--db", db, "--search", "deal"]) == 0
    assert "US–Japan deal" in capsys.readouterr().out
    assert main(["db", "log", "2", "--db", db, "--json"]) == 0
    log = _json(capsys)
    assert log["scenario"]["id"] == 2 and log["revisions"][0]["action"] == "import"
    assert main(["db", "show", "US–Japan tariff talks, April 2025@1", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("US–Japan tariff talks, April 2025 @1 of 1 (latest)")
    assert "Hash: sha256:" in out and "Parties (6)" in out
    assert main(["db", "show", "2", "--document", "--db", db]) == 0
    assert capsys.readouterr().out == default_scenario_path().read_text(encoding="utf-8")
    assert main(["db", "show", "2", "--json", "--db", db]) == 0
    assert _json(capsys)["revision"]["document_id"] == "us-japan-2025-04"


def test_export_is_byte_identical(db: str, tmp_path: Path, capsys):
    main(["db", "import", str(default_scenario_path()), "--db", db])
    out = tmp_path / "out.scenario.json"
    assert main(["db", "export", "1@1", str(out), "--db", db]) == 0
    assert out.read_bytes() == default_scenario_path().read_bytes()
    assert main(["db", "export", "1", str(tmp_path / "no" / "x.json"), "--db", db]) == 2
    assert "cannot be written" in capsys.readouterr().err


def test_diff_restore_and_trash(db: str, tmp_path: Path, capsys):
    f = tmp_path / "s.scenario.json"
    write_scenario(small_scenario(), f)
    main(["db", "import", str(f), "--db", db, "--name", "Small"])
    s = small_scenario()
    s.measures[1].rate = 0.15
    write_scenario(s, f)
    assert main(["db", "import", str(f), "--into", "Small", "-m", "15 %", "--db", db]) == 0
    capsys.readouterr()
    assert main(["db", "diff", "Small", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "From Small@1 to Small@2: 1 changed",
        "  Measure “Reciprocal tariff on Japan” (us-ieepa-jp): rate changed from 24 % to 15 %",
    ]
    assert main(["db", "diff", "Small@2", "Small@1", "--json", "--db", db]) == 0
    d = _json(capsys)
    assert d["from"]["number"] == 2 and d["changes"][0]["fields"][0]["after"] == 0.24
    assert main(["db", "diff", "Small@1", "--db", db]) == 2
    assert "first revision" in capsys.readouterr().err
    assert main(["db", "restore", "Small@1", "--db", db]) == 0
    assert "Small: @1 restored as @3" in capsys.readouterr().out
    assert main(["db", "restore", "Small@3", "--db", db]) == 0
    assert "same content as the latest" in capsys.readouterr().out
    assert main(["db", "restore", "Small", "--db", db]) == 2
    assert "not in the trash" in capsys.readouterr().err
    assert main(["db", "delete", "Small", "--db", db]) == 0
    assert "db restore Small` undoes it" in capsys.readouterr().out
    assert main(["db", "list", "--trash", "--json", "--db", db]) == 0
    assert [i["name"] for i in _json(capsys)] == ["Small"]
    assert main(["db", "restore", "Small", "--db", db]) == 0
    assert "restored from the trash" in capsys.readouterr().out
    assert main(["db", "rename", "Small", "Renamed", "--db", db]) == 0
    assert main(["db", "log", "Renamed", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "@3" in out and "[restore]: Restored revision 1" in out


def test_bad_input_exits_2_with_a_message(db: str, tmp_path: Path, capsys):
    bad = tmp_path / "bad.scenario.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["db", "import", str(bad), "--db", db]) == 2
    assert "is not valid JSON" in capsys.readouterr().err
    main(["db", "import", str(default_scenario_path()), "--db", db])
    assert main(["db", "show", "nothing", "--db", db]) == 2
    assert "There is no scenario named 'nothing'" in capsys.readouterr().err
    assert main(["db", "show", "1@7", "--db", db]) == 2
    assert "has no revision 7" in capsys.readouterr().err
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert main(["db", "list", "--db", str(notes)]) == 2
    assert "not an SQLite database" in capsys.readouterr().err
    assert main(["db", "restore", "--db", db]) == 2


def test_check_and_restore_backup(db: str, tmp_path: Path, capsys):
    main(["db", "import", str(default_scenario_path()), "--db", db])
    assert main(["db", "check", "--db", db]) == 0
    assert f"ok (schema version {SCHEMA_VERSION})" in capsys.readouterr().out
    backup = tmp_path / "lib.backup-v1-20250101T000000000000Z.sqlite"
    with open_library(db) as lib:
        lib.db.conn.backup(__import__("sqlite3").connect(backup))
        lib.rename(1, "After the backup")
    assert main(["db", "restore", "--backup", str(backup), "--db", db]) == 0
    assert "the replaced library was kept as" in capsys.readouterr().out
    assert main(["db", "list", "--json", "--db", db]) == 0
    assert _json(capsys)[0]["name"] == "US–Japan tariff talks, April 2025"


def test_environment_variable_names_the_library(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("NEGOTIATOR_DB", str(tmp_path / "env.sqlite"))
    assert main(["db", "import", str(default_scenario_path())]) == 0
    assert (tmp_path / "env.sqlite").exists()


def test_store_and_cli_import_no_qt():
    code = (
        "import sys, negotiator_gui.cli.db, negotiator_gui.store, negotiator_gui.store.opening;"
        "from negotiator_gui.cli import _parser; _parser();"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')];"
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
