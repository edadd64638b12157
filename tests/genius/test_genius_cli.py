"""``negotiator import-genius`` end to end: the file it writes, its summary, and its refusals."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from negotiator_gui.cli import main
from negotiator_gui.io.scenario_file import read_scenario

FIX = Path(__file__).parent / "fixtures"
DOMAIN = str(FIX / "laptop_domain.xml")
BUYER = str(FIX / "laptop_buyer.xml")
SELLER = str(FIX / "laptop_seller.xml")


def test_import_writes_a_valid_scenario_and_summarises_it(tmp_path: Path, capsys):
    out = tmp_path / "laptop.scenario.json"
    args = ["import-genius", DOMAIN, BUYER, SELLER, "-o", str(out)]
    assert main([*args, "--names", "Buyer", "Seller", "--title", "Laptop deal"]) == 0
    assert capsys.readouterr().out == (
        f"{out}: written\n"
        "  3 issues, 9 options: Laptop (3), Harddisk (3), External Monitor (3)\n"
        "  Buyer (laptop_buyer.xml): weights Laptop 12.35, Harddisk 54.32, External Monitor "
        "33.33; reservation 50; GENIUS discount factor 0.9\n"
        "  Seller (laptop_seller.xml): weights Laptop 50, Harddisk 20, External Monitor 30; "
        "reservation 35; GENIUS discount factor none\n"
    )
    assert main(["validate", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}: ok\n"
    loaded = read_scenario(out)
    assert not loaded.warnings
    s = loaded.scenario
    assert (s.id, s.title, s.perspective) == ("Laptop-deal", "Laptop deal", "Buyer")
    assert s.preferences_of("Seller").issues["Laptop"].scores == {
        "Dell": 50,
        "Macintosh": 0,
        "HP": 100,
    }


def test_as_of_and_bins(tmp_path: Path, capsys):
    out = tmp_path / "d.scenario.json"
    d = FIX / "delivery_domain.xml"
    profiles = [str(FIX / "delivery_buyer.xml"), str(FIX / "delivery_seller.xml")]
    args = ["import-genius", str(d), *profiles, "-o", str(out), "--as-of", "2025-04-09"]
    assert main(args) == 2
    assert "give --bins N" in capsys.readouterr().err
    assert not out.exists()
    assert main([*args, "--bins", "3"]) == 0
    s = read_scenario(out).scenario
    assert str(s.as_of) == "2025-04-09"
    assert [o.label for o in s.issue("Price").options] == ["100", "150", "200"]


def test_refuses_to_overwrite_without_force(tmp_path: Path, capsys):
    out = tmp_path / "x.scenario.json"
    out.write_text("keep me")
    args = ["import-genius", DOMAIN, BUYER, SELLER, "-o", str(out)]
    assert main(args) == 2
    assert capsys.readouterr().err == f"{out}: already exists; add --force to replace it\n"
    assert out.read_text() == "keep me"
    assert main([*args, "--force"]) == 0
    assert read_scenario(out).scenario.title == "laptop_domain"


def test_never_writes_over_its_own_input(tmp_path: Path, capsys):
    domain = tmp_path / "laptop_domain.xml"
    domain.write_bytes(Path(DOMAIN).read_bytes())
    assert main(["import-genius", str(domain), BUYER, SELLER, "-o", str(domain), "--force"]) == 2
    assert "is one of the GENIUS files being read" in capsys.readouterr().err
    assert domain.read_bytes() == Path(DOMAIN).read_bytes()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--names", "Only one"], "1 party names for 2 profiles; give one name per profile"),
        (["--bins", "50"], "bins must be 2 to 20, not 50"),
    ],
)
def test_bad_options_are_bad_input(tmp_path: Path, capsys, extra, message):
    out = tmp_path / "x.scenario.json"
    assert main(["import-genius", DOMAIN, BUYER, SELLER, "-o", str(out), *extra]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_bad_files_are_bad_input(tmp_path: Path, capsys):
    out = tmp_path / "x.scenario.json"
    bomb = str(FIX / "hostile" / "billion_laughs.xml")
    assert main(["import-genius", DOMAIN, bomb, SELLER, "-o", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"{bomb}: line 2: refuses XML entity and DTD declarations (a safety measure); "
        "remove the DOCTYPE\n"
    )
    assert main(["import-genius", DOMAIN, BUYER, "-o", str(out)]) == 2
    assert "give at least two profiles" in capsys.readouterr().err
    missing = str(tmp_path / "missing.xml")
    assert main(["import-genius", missing, BUYER, SELLER, "-o", str(out)]) == 2
    assert capsys.readouterr().err == f"{missing}: no such file\n"
    assert main(["import-genius", DOMAIN, BUYER, SELLER, "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    nowhere = tmp_path / "no" / "such" / "folder" / "x.scenario.json"
    assert main(["import-genius", DOMAIN, BUYER, SELLER, "-o", str(nowhere)]) == 2
    assert f"{nowhere}: cannot be written" in capsys.readouterr().err
    assert not out.exists()


def test_argument_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["import-genius", DOMAIN, BUYER, SELLER])  # no -o
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["import-genius", DOMAIN, BUYER, SELLER, "-o", "x", "--as-of", "April"])
    assert exc.value.code == 2
    assert "is not a date like" in capsys.readouterr().err


def test_runs_as_a_program_without_qt(tmp_path: Path):
    out = tmp_path / "p.scenario.json"
    code = (
        "import sys\n"
        "from negotiator_gui.cli import main\n"
        f"rc = main(['import-genius', {DOMAIN!r}, {BUYER!r}, {SELLER!r}, '-o', {str(out)!r}])\n"
        "assert rc == 0, rc\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    r = subprocess.run(
        [sys.executable, "-m", "negotiator_gui", "validate", str(out)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
