"""Offer history, the options matrix and ``negotiator analyze``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from factories import small_scenario
from negotiator_gui.cli import main
from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.model import Offer
from negotiator_gui.core.offers import completed, history, latest_offers, partial_utility
from negotiator_gui.core.options_matrix import build
from negotiator_gui.io.scenario_file import read_scenario, write_scenario
from negotiator_gui.paths import scenario_path


@pytest.fixture(scope="module")
def teaching():
    return read_scenario(scenario_path("teaching-3-issues.scenario.json")).scenario


@pytest.fixture(scope="module")
def deal():
    return read_scenario(scenario_path("us-japan-2025-09-deal.scenario.json")).scenario


def test_offer_history_and_concession_rates(deal):
    space = bg.build_space(deal)
    rows = history(deal, space)
    assert [(r.round, r.party) for r in rows] == [
        (1, "US"),
        (1, "JP"),
        (2, "US"),
        (2, "JP"),
        (3, "US"),
        (3, "JP"),
    ]
    for r in rows:
        pkg = space.index_of(
            completed(space, deal.offers[[o.id for o in deal.offers].index(r.offer)].choices, {})
        )
        if r.complete:
            assert r.utilities == pytest.approx(
                dict(zip(space.parties, bg.to_points(space.utility(pkg)), strict=True))
            )
    us = [r for r in rows if r.party == "US"]
    assert us[0].concession is None
    assert us[1].concession == pytest.approx(us[1].utilities["US"] - us[0].utilities["US"])
    assert latest_offers(deal) == {"US": "us_r3", "JP": "jp_r3"}


def test_partial_offer_counts_only_settled_issues():
    s = small_scenario()
    space = bg.build_space(s)
    first = s.issues[0]
    s.offers.append(Offer("partial", 5, "US", {first.id: first.options[0].id}, dt.date(2025, 5, 1)))
    row = history(s, space)[-1]
    assert not row.complete
    expected = space.contrib[0][0]
    assert row.utilities == pytest.approx(
        {p: x / bg.SCALE for p, x in zip(space.parties, expected, strict=True)}
    )
    assert partial_utility(space, {}) == dict.fromkeys(space.parties, 0.0)


def test_options_matrix_rows_and_candidates(teaching):
    m = build(teaching)
    assert m.space_size == 27 and m.zopa.packages == 11 and m.frontier_size == 10
    # issue × option rows with scores, weights and the weighted values utilities use
    n_options = sum(len(i.options) for i in teaching.issues)
    assert len(m.options) == n_options
    space = bg.build_space(teaching)
    for row in m.options:
        i = space.issues.index(row.issue)
        k = space.options[i].index(row.option)
        for j, p in enumerate(space.parties):
            assert row.weighted[p] == pytest.approx(space.contrib[i][k][j] / bg.SCALE)
    carded = [r for r in m.options if r.cards]
    assert carded, "the teaching scenario's cards refer to options"
    # candidates: the named solutions, stored packages, the frontier sample; no duplicates
    keys = [r.key for r in m.packages]
    assert keys[0] == "nash" and len(set(keys)) == len(keys)
    chosen = [tuple(sorted(r.choices.items())) for r in m.packages]
    assert len(set(chosen)) == len(chosen)
    nash = m.packages[0]
    assert {"nash", "kalai_smorodinsky"} <= set(nash.kinds)
    assert nash.utilities == {"OUR": 75.0, "THEIR": 63.0} and nash.in_zopa and nash.on_frontier
    batna = next(r for r in m.packages if "batna" in r.kinds)
    assert not batna.in_zopa
    # indicators are computed for the candidates shown
    assert all(r.indicators is not None for r in m.packages)
    assert nash.indicators.party == teaching.perspective


def test_issue_grid(teaching):
    m = build(teaching, with_indicators=False)
    nash_choices = m.packages[0].choices
    for issue, cells in m.grid.items():
        for _party, cell in cells.items():
            assert cell.target == nash_choices[issue]
            assert cell.opening and cell.resistance
    assert m.date is None and all(r.indicators is None for r in m.packages)


@pytest.fixture
def deal_file(tmp_path: Path, deal) -> Path:
    p = tmp_path / "deal.scenario.json"
    write_scenario(deal, p)
    return p


def test_cli_analyze_json(deal_file: Path, capsys):
    assert main(["analyze", str(deal_file), "--json", "--top", "4"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["space_size"] == 1_244_160 and doc["zopa"]["exact"]
    assert doc["frontier"]["size"] == 165 and len(doc["frontier"]["shown"]) == 4
    nash = doc["solutions"]["nash"]["points"][0]
    assert nash["in_zopa"] and set(nash["packages"][0]) == {
        i.id for i in read_scenario(deal_file).scenario.issues
    }
    assert {c["by"] for c in doc["counter_packages"]} == {"US", "JP"}
    for c in doc["counter_packages"]:
        assert len(c["counters"]) <= 4
        for item in c["counters"]:
            assert abs(item["utilities"][c["by"]] - c["offer_utilities"][c["by"]]) <= 1.0 + 1e-9
    assert len(doc["offers"]) == 6


def test_cli_analyze_text_names_what_the_json_gives_by_id(deal_file: Path, capsys):
    """The text report is for people: parties, issues, options, solutions and offers by name;
    the JSON keeps the ids for programs."""
    from negotiator_gui.io.scenario_file import read_scenario

    s = read_scenario(deal_file).scenario
    assert main(["analyze", str(deal_file), "--json", "--top", "3"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert main(["analyze", str(deal_file), "--top", "3"]) == 0
    out = capsys.readouterr().out
    titles = {i.id: i.title for i in s.issues}
    labels = {(i.id, o.id): o.label for i in s.issues for o in i.options}
    nash = doc["solutions"]["nash"]["points"][0]["packages"][0]
    assert "    " + "; ".join(f"{titles[i]}: {labels[(i, o)]}" for i, o in nash.items()) in out
    for p in s.negotiators():
        assert f"{p.name} " in out
    for line in out.splitlines():
        assert not any(f"{i}=" in line for i in titles), line  # no issue=option pairs
        words = line.replace(",", " ").replace(":", " ").split()
        assert not any(o.id in words for o in s.offers), line  # offers by their round
    assert "Walk-away values (BATNA)" in out and "0–100 scale" in out


def test_cli_analyze_text_and_errors(deal_file: Path, tmp_path: Path, capsys):
    assert main(["analyze", str(deal_file)]) == 0
    out = capsys.readouterr().out
    assert "Pareto frontier: 165 points" in out
    assert "Nash bargaining solution:" in out and "Worth the same to Japan (±1 point)" in out
    assert main(["analyze", str(deal_file), "--epsilon", "-1"]) == 2
    s = small_scenario()
    s.preferences = s.preferences[:1]
    bad = tmp_path / "nopref.scenario.json"
    write_scenario(s, bad)
    assert main(["analyze", str(bad)]) == 2
    assert "has no preferences" in capsys.readouterr().err
