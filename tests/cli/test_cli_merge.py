"""``negotiator merge``: exit statuses (0 merged, 3 conflicts left, 2 bad input) and JSON."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from negotiator_gui.cli import main
from negotiator_gui.core import edits
from negotiator_gui.io.scenario_file import read_scenario, write_scenario
from negotiator_gui.paths import default_scenario_path


def _files(tmp_path: Path, same_field: bool) -> tuple[list[str], str, str, str]:
    base = read_scenario(default_scenario_path()).scenario
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    card, other = base.cards[0].id, base.cards[1].id
    edits.set_field(mine, "card", card, "title", "Mine").apply(mine)
    edits.set_field(theirs, "card", card if same_field else other, "title", "Theirs").apply(theirs)
    paths = []
    for name, s in (("base", base), ("mine", mine), ("theirs", theirs)):
        p = tmp_path / f"{name}.scenario.json"
        write_scenario(s, p)
        paths.append(str(p))
    return paths, str(tmp_path / "out.scenario.json"), card, other


def test_edits_in_different_places_merge_and_are_written(tmp_path, capsys):
    paths, out, card, other = _files(tmp_path, same_field=False)
    assert main(["merge", *paths, "-o", out]) == 0
    merged = read_scenario(out).scenario
    assert merged.card(card).title == "Mine"
    assert merged.card(other).title == "Theirs"
    assert "written" in capsys.readouterr().out


def test_a_conflict_is_listed_exit_3_and_nothing_written(tmp_path, capsys):
    paths, out, card, _ = _files(tmp_path, same_field=True)
    assert main(["merge", *paths, "-o", out, "--json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["merged"] is False
    assert report["unsettled"] == [1]
    [c] = report["conflicts"]
    assert (c["kind"], c["key"], c["field"]) == ("card", [card], "title")
    assert (c["mine"], c["theirs"]) == ("Mine", "Theirs")
    assert not Path(out).exists()


def test_conflicts_settled_on_the_command_line(tmp_path, capsys):
    paths, out, card, _ = _files(tmp_path, same_field=True)
    assert main(["merge", *paths, "-o", out, "--pick", "1=theirs"]) == 0
    assert read_scenario(out).scenario.card(card).title == "Theirs"
    assert main(["merge", *paths, "-o", out, "--take", "mine"]) == 0
    assert read_scenario(out).scenario.card(card).title == "Mine"


def test_bad_input_is_exit_2(tmp_path, capsys):
    paths, out, _, _ = _files(tmp_path, same_field=True)
    assert main(["merge", *paths, "-o", out, "--pick", "7=theirs"]) == 2
    assert "no conflict 7" in capsys.readouterr().err
    assert main(["merge", *paths, "-o", out, "--pick", "first"]) == 2
    missing = str(tmp_path / "nope.scenario.json")
    assert main(["merge", paths[0], missing, paths[2], "-o", out]) == 2
    assert not Path(out).exists()
