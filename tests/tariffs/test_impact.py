"""The scenario-level analysis (tariffs + trade model + balance) and the impact/rates CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest

from negotiator_gui.cli import main
from negotiator_gui.core.impact import analyse
from negotiator_gui.core.model import (
    Authority,
    Commitment,
    CommitmentKind,
    EffectOp,
    Elasticity,
    ElasticityKind,
    Issue,
    Measure,
    Option,
    Party,
    Scenario,
    TariffEffect,
    TradeFlows,
)
from negotiator_gui.io.scenario_file import read_scenario, write_scenario
from negotiator_gui.paths import default_scenario_path

D = dt.date


def hand_scenario() -> Scenario:
    """One line, US imports of 100 from JP at MFN 0; a 10 % duty on every supplier (so the macro
    η answers it alone); η = 2, infinite supply."""
    return Scenario(
        "hand",
        "Hand",
        D(2025, 5, 1),
        "JP",
        parties=[Party("US", "US"), Party("JP", "JP")],
        issues=[
            Issue(
                "duty",
                "Duty",
                [
                    Option("keep", "keep"),
                    Option(
                        "cut",
                        "to 5 %",
                        effects=[TariffEffect(EffectOp.SET_RATE, "d", 0.05)],
                        commitments=[
                            Commitment(
                                CommitmentKind.PURCHASE, "JP", "buy", 3, "USD/yr", usd_per_year=3.0
                            )
                        ],
                    ),
                ],
            )
        ],
        measures=[Measure("d", "duty", Authority.OTHER, "US", ["*"], 0.10)],
        trade_flows=TradeFlows(
            importer=["US", "JP"],
            exporter=["JP", "US"],
            product=["8471", "1006"],
            value=[100.0, 20.0],
            mfn_rate=[0.0, 0.0],
        ),
        elasticities=[Elasticity("eta", ElasticityKind.IMPORT_DEMAND, 2.0, source="test")],
    )


def test_hand_computed_status_quo_and_package():
    a = analyse(hand_scenario(), choices={"duty": "cut"})
    sq = a.status_quo.impact
    # TC = −η·M·Δt/(1+t0) = −2·100·0.10 = −20; TR1 = 0.10·80 = 8; ΔW = −½·0.10·20 = −1
    assert sq.m1[0] == pytest.approx(80.0)
    assert sq.revenue1[0] == pytest.approx(8.0)
    assert sq.welfare[0] == pytest.approx(-1.0)
    pkg = a.package.impact
    assert pkg.m1[0] == pytest.approx(90.0)  # −2·100·0.05
    assert str(sq.model) == "linear"
    (b,) = a.balances
    assert (b.party, b.partner) == ("JP", "US")
    assert b.exports == {
        "base": 100.0,
        "status_quo": pytest.approx(80.0),
        "package": pytest.approx(90.0),
    }
    # JP commits to buy 3 more from the US: its imports rise by 3
    assert b.imports == {"base": 20.0, "status_quo": 20.0, "package": pytest.approx(23.0)}
    assert b.commitments == -3.0
    assert b.balance("package") == pytest.approx(67.0)


def jp_only(s: Scenario, sigma: float = 4.0) -> Scenario:
    """The hand scenario with the duty on Japan only, and a micro σ."""
    s.measures[0].targets = ["JP"]
    s.elasticities.append(Elasticity("s", ElasticityKind.SUBSTITUTION, sigma, source="test"))
    return s


def test_a_rate_on_one_supplier_moves_its_share_with_the_micro_sigma():
    # Every other supplier pays the common rate 0: no macro effect; the small-share
    # approximation Δln M = −σ·Δln[(1+t_k)/(1+t_common)] (models.md §2), by hand:
    lin = analyse(jp_only(hand_scenario())).status_quo.impact
    assert lin.creation[0] == pytest.approx(0.0)
    assert lin.m1[0] == pytest.approx(100 * (1 - 4 * 0.10))  # linear: 1 − σ·ρ, ρ = 0.10
    exa = analyse(jp_only(hand_scenario()), model="exact").status_quo.impact
    assert exa.m1[0] == pytest.approx(100 * 1.1**-4)
    # SMART answers the line's own rate with η and diverts nothing without a rival in the table
    smart = analyse(jp_only(hand_scenario()), model="smart").status_quo.impact
    assert smart.m1[0] == pytest.approx(80.0)


def test_a_rate_on_every_supplier_does_not_depend_on_sigma():
    low = analyse(jp_only(hand_scenario(), 1.0))
    s = hand_scenario()
    s.elasticities.append(Elasticity("s", ElasticityKind.SUBSTITUTION, 9.0, source="test"))
    high = analyse(s)
    assert high.status_quo.impact.m1[0] == pytest.approx(80.0)  # −η·Δt only
    assert low.status_quo.impact.m1[0] == pytest.approx(90.0)  # 1 − 1·0.10


def test_exact_model_is_reported_as_such():
    a = analyse(hand_scenario(), model="exact")
    # M1 = M0·((1+t1)/(1+t0))^(−η) = 100·1.1^(−2)
    assert a.status_quo.impact.m1[0] == pytest.approx(100 * 1.1**-2)
    assert str(a.status_quo.impact.model) == "exact"
    assert str(a.status_quo.other_model.model) == "linear"


def test_groupings_add_up_to_the_total():
    s = read_scenario(default_scenario_path()).scenario
    a = analyse(s, D(2025, 7, 10), s.package("nash").choices)
    for result in (a.status_quo, a.package):
        (total,) = a.group(result.impact, "total")
        for by in ("sector", "section", "partner", "line"):
            rows = a.group(result.impact, by)
            for f in ("m0", "m1", "revenue1", "welfare"):
                assert sum(r[f] for r in rows) == pytest.approx(total[f], rel=1e-9)
    sectors = {r["group"] for r in a.group(a.status_quo.impact, "sector") if r["importer"] == "US"}
    assert {"87", "84", "85"} <= sectors
    # the package lowers the rate on Japanese goods from the 24 % the status quo has on 10 July
    (us_jp,) = [r for r in a.group(a.package.impact, "partner") if r["importer"] == "US"]
    (us_jp_sq,) = [r for r in a.group(a.status_quo.impact, "partner") if r["importer"] == "US"]
    assert us_jp["rate1"] < us_jp_sq["rate1"] and us_jp["m1"] > us_jp_sq["m1"]


def test_default_scenario_has_no_coarse_line_warning():
    s = read_scenario(default_scenario_path()).scenario
    a = analyse(s)
    assert not [w for w in a.warnings if "scoped finer" in w]


@pytest.fixture
def default_file(tmp_path: Path) -> Path:
    p = tmp_path / "d.scenario.json"
    p.write_bytes(default_scenario_path().read_bytes())
    return p


def test_cli_impact_json_has_per_sector_results_for_status_quo_and_package(default_file, capsys):
    assert main(["impact", str(default_file), "--json", "--package", "nash"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["by"] == "sector" and doc["model"] == "linear"
    assert set(doc["results"]) == {"status_quo", "package"}
    for block in doc["results"].values():
        groups = {(r["importer"], r["group"]) for r in block["rows"]}
        assert ("US", "87") in groups
        row = block["rows"][0]
        assert {"m0", "m1", "change", "revenue0", "revenue1", "welfare", "rate0", "rate1"} <= set(
            row
        )
    assert doc["balance"][0]["party"] == "JP"
    assert any(e["origin"] == "scenario" for e in doc["elasticities"])


def test_cli_impact_text_and_options(default_file, capsys):
    args = [
        "impact",
        str(default_file),
        "--by",
        "partner",
        "--date",
        "2025-07-10",
        "--package",
        "autos=allin_15",
        "--model",
        "exact",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "exact model" in out and "Package: autos=allin_15" in out and "Balance of JP" in out


def test_cli_rejects_bad_package_and_dates(default_file, capsys):
    assert main(["impact", str(default_file), "--package", "autos=nope"]) == 2
    assert "unknown option 'nope'" in capsys.readouterr().err
    assert main(["impact", str(default_file), "--package", "nonexistent"]) == 2
    assert main(["rates", str(default_file), "--partner", "XX"]) == 2
    assert "unknown party" in capsys.readouterr().err
    assert main(["rates", str(default_file), "--from", "2025-05-01", "--to", "2025-04-01"]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["rates", str(default_file), "--from", "April"])
    assert exc.value.code == 2


def test_cli_rates_reproduces_the_2025_path(default_file, capsys):
    assert main(["rates", str(default_file), "--partner", "JP", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    steps = {s["from"]: s["rates"]["JP"] for s in doc["steps"]}
    assert steps["2025-04-09"] - steps["2025-04-05"] > 0.05  # 24 % replaces the 10 %
    assert steps["2025-04-10"] == pytest.approx(steps["2025-04-05"])  # the pause
    assert main(["rates", str(default_file), "--explain", "8703", "--date", "2025-04-09"]) == 0
    out = capsys.readouterr().out
    assert "27.5 %" in out and "excluded" in out


def test_impact_of_a_scenario_without_flows(tmp_path, capsys):
    s = hand_scenario()
    s.trade_flows = TradeFlows()
    p = tmp_path / "empty.scenario.json"
    write_scenario(s, p)
    assert main(["impact", str(p), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["results"]["status_quo"]["rows"] == []


def test_user_defined_groups(default_file, tmp_path, capsys):
    from negotiator_gui.core.impact import custom_groups

    labels = custom_groups(
        np.array(["8703", "870421", "8708", "87", "84"]),
        {"87": "Vehicles", "8703": "Cars", "8708": "Parts"},
    )
    assert list(labels) == ["Cars", "Vehicles", "Parts", "Vehicles", "other"]
    csv_file = tmp_path / "groups.csv"
    csv_file.write_text(
        "prefix,group\n8703,Cars\n8708,Parts\n87,Other vehicles\n", encoding="utf-8"
    )
    assert main(["impact", str(default_file), "--json", "--groups", str(csv_file)]) == 0
    doc = json.loads(capsys.readouterr().out)
    groups = {r["group"] for r in doc["results"]["status_quo"]["rows"] if r["importer"] == "US"}
    assert groups == {"Cars", "Parts", "Other vehicles", "other"}
    bad = tmp_path / "bad.csv"
    bad.write_text("8x,Cars\n", encoding="utf-8")
    assert main(["impact", str(default_file), "--groups", str(bad)]) == 2
    assert "not an HS prefix" in capsys.readouterr().err
