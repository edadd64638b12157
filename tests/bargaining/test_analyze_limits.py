"""``negotiator analyze`` and ``export`` on spaces of every size: ``--top 0``, generated scenarios
of thousands of issues (approximate results, labelled), the listing limit, progress and Ctrl+C."""

from __future__ import annotations

import io
import json
from pathlib import Path

import big_spaces
import pytest

from negotiator_gui.app.usecases import analysis_report
from negotiator_gui.cli import main
from negotiator_gui.cli.analyze import Progress
from negotiator_gui.core import bargaining as bg
from negotiator_gui.core import options_matrix as om
from negotiator_gui.io.scenario_file import write_scenario
from negotiator_gui.paths import scenario_path

SHIPPED = ["us-japan-2025-04.scenario.json", "us-japan-2025-09-deal.scenario.json"]


@pytest.mark.parametrize("name", SHIPPED)
def test_top_zero_lists_every_frontier_point(name, capsys):
    assert main(["analyze", str(scenario_path(name)), "--json", "--top", "0"]) == 0
    doc = json.loads(capsys.readouterr().out)
    f = doc["frontier"]
    assert f["exact"] and f["error_bound"] == 0
    assert len(f["shown"]) == f["size"] == 165
    counters = [len(c["counters"]) for c in doc["counter_packages"]]
    assert max(counters) >= 1 and max(counters) <= analysis_report.DEFAULT_COUNTERS
    assert main(["analyze", str(scenario_path(name)), "--top", "0"]) == 0
    assert "Pareto frontier: 165 points (showing 165)" in capsys.readouterr().out


def test_a_negative_top_is_bad_input(capsys):
    assert main(["analyze", str(scenario_path(SHIPPED[0])), "--top", "-1"]) == 2
    assert "--top must be zero" in capsys.readouterr().err


@pytest.fixture
def small_budget(monkeypatch):
    """Limits scaled down so that generated spaces take the approximate paths quickly."""
    monkeypatch.setattr(bg, "MERGE_WORK_LIMIT", 300_000)
    monkeypatch.setattr(bg, "MIN_POINTS", 200)
    monkeypatch.setattr(bg, "SAMPLE_WORK_LIMIT", 2_000_000)
    monkeypatch.setattr(bg, "COUNTER_NODE_LIMIT", 5_000)
    monkeypatch.setattr(analysis_report, "LIST_CELL_LIMIT", 30_000)


@pytest.mark.slow
def test_thousands_of_issues_give_a_labelled_approximate_analysis(
    small_budget, tmp_path: Path, capsys
):
    path = tmp_path / "big.scenario.json"
    write_scenario(big_spaces.scenario(1_500, 3), path)
    assert main(["analyze", str(path), "--json", "--top", "0"]) == 0
    out = capsys.readouterr().out
    doc = json.loads(out)
    assert doc["space_size"] == str(3**1_500)  # text: no JSON number holds it exactly
    z = doc["zopa"]
    assert not z["exact"] and z["samples"] == bg.MIN_SAMPLES and isinstance(z["packages"], str)
    f = doc["frontier"]
    assert not f["exact"] and f["error_bound"] > 0
    assert any("frontier is approximate" in w for w in doc["warnings"])
    assert any("frontier.shown lists" in w for w in doc["warnings"])
    assert all(not s or not s["exact"] for s in doc["solutions"].values())
    # the listing stays within its limit of option choices
    listed = [p for pt in f["shown"] for p in pt["packages"]]
    listed += [
        p for s in doc["solutions"].values() if s for pt in s["points"] for p in pt["packages"]
    ]
    assert 0 < sum(len(p) for p in listed) <= 2 * analysis_report.LIST_CELL_LIMIT
    assert len(f["shown"]) == analysis_report.LIST_CELL_LIMIT // 1_500
    assert main(["analyze", str(path)]) == 0
    text = capsys.readouterr().out
    assert "approximate: every package within" in text and "ZOPA: about" in text


@pytest.mark.parametrize(("issues", "options", "parties"), [(200, 20, 2), (40, 10, 3)])
def test_wide_spaces_are_analysed(small_budget, tmp_path: Path, capsys, issues, options, parties):
    path = tmp_path / "wide.scenario.json"
    write_scenario(big_spaces.scenario(issues, options, parties), path)
    assert main(["analyze", str(path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert not doc["frontier"]["exact"] and len(doc["frontier"]["shown"]) == 10


def test_every_frontier_point_of_a_matrix_is_capped(small_budget, monkeypatch):
    monkeypatch.setattr(om, "FRONTIER_CELL_LIMIT", 60_000)
    s = big_spaces.scenario(1_500, 3)
    m = om.build(s, with_indicators=False, frontier_rows=None)
    frontier_rows = [r for r in m.packages if "frontier" in r.kinds]
    assert m.frontier_size > 40 and len(frontier_rows) <= 60_000 // 1_500
    assert any("frontier points are listed" in n for n in m.notes)
    assert any("frontier is approximate" in n for n in m.notes)
    # the grid's resistance points are options of their issues
    cell = m.grid["i0"]["P0"]
    assert cell.resistance in {o.id for o in s.issues[0].options}


def _interrupt(*_args, **_kwargs):
    raise KeyboardInterrupt


def test_ctrl_c_in_analyze_exits_130_with_one_line(monkeypatch, capsys):
    monkeypatch.setattr(analysis_report, "analysis_document", _interrupt)
    assert main(["analyze", str(scenario_path(SHIPPED[0])), "--json"]) == 130
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip().splitlines() == [
        "negotiator: interrupted (Ctrl+C); no file was left half-written"
    ]


def test_ctrl_c_in_export_leaves_no_file(monkeypatch, tmp_path: Path, capsys):
    from negotiator_gui.io.excel import workbook

    monkeypatch.setattr(workbook._Workbook, "_build", _interrupt)
    book = tmp_path / "out.xlsx"
    assert main(["export", str(scenario_path(SHIPPED[0])), "--xlsx", str(book)]) == 130
    assert list(tmp_path.iterdir()) == []
    assert "interrupted" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_only_and_clears_itself():
    term = _Terminal()
    p = Progress(term, delay=0)
    p.merge(3, 10)
    assert "issue 3 of 10" in term.getvalue()
    p.done()
    assert term.getvalue().endswith("\r\x1b[K")
    pipe = io.StringIO()
    q = Progress(pipe, delay=0)
    q.merge(3, 10)
    q.done()
    assert pipe.getvalue() == ""
    quick = _Terminal()
    r = Progress(quick, delay=3600)  # a run shorter than the delay prints nothing
    r.merge(1, 2)
    assert quick.getvalue() == ""
