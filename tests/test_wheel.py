"""A built wheel carries the resources and shipped scenarios and finds them (not the checkout)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


pytestmark = [pytest.mark.slow, pytest.mark.wheel]

#: What the wheel is built from (pyproject.toml, setup.py and MANIFEST.in name these).
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "CHANGELOG.md")
SOURCE_DIRS = ("src", "resources", "scenarios")


def checkout_copy(target: Path) -> Path:
    """The files the wheel is built from, copied to ``target``: setuptools writes its build/
    and egg-info folders beside the sources, and never into the checkout (nor two test
    processes into the same one)."""
    target.mkdir()
    for name in SOURCES:
        shutil.copy2(ROOT / name, target / name)
    junk = shutil.ignore_patterns("__pycache__", "*.egg-info", "_data", "*.qm")
    for name in SOURCE_DIRS:
        shutil.copytree(ROOT / name, target / name, ignore=junk)
    return target


@pytest.fixture(scope="module")
def wheel_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    source = checkout_copy(out / "source")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        pytest.fail(f"wheel build failed:\n{r.stdout}\n{r.stderr}")
    (wheel,) = out.glob("*.whl")
    site = out / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    return site


def test_wheel_contains_resources_and_scenarios(wheel_dir: Path):
    data = wheel_dir / "negotiator_gui" / "_data"
    assert (data / "resources" / "schema" / "scenario.schema.json").is_file()
    shipped = sorted(p.name for p in (data / "scenarios").glob("*.scenario.json"))
    assert shipped == sorted(p.name for p in (ROOT / "scenarios").glob("*.scenario.json"))


def test_installed_package_uses_its_own_data(wheel_dir: Path, tmp_path: Path):
    env = {**os.environ, "PYTHONPATH": str(wheel_dir)}
    code = (
        "from negotiator_gui import paths; from negotiator_gui.cli import main; "
        "print(paths.data_root()); raise SystemExit(main(['validate', '-q', "
        "*map(str, paths.shipped_scenarios())]))"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == str(wheel_dir / "negotiator_gui" / "_data")
