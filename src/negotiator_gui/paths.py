"""Where the shipped resources and scenarios are, from a checkout or an installed wheel.

This is the one module that knows: in a source checkout they are the top-level ``resources/`` and
``scenarios/`` folders; in a wheel (or a PyInstaller bundle) they are packaged as
``negotiator_gui/_data/resources`` and ``negotiator_gui/_data/scenarios``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    """The folder holding ``resources/`` and ``scenarios/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "negotiator_gui" / "_data")
    candidates.append(_PACKAGE_DIR / "_data")
    candidates.append(_PACKAGE_DIR.parent.parent)  # src/negotiator_gui -> checkout root
    for root in candidates:
        if (root / "resources").is_dir() and (root / "scenarios").is_dir():
            return root
    raise FileNotFoundError(
        "Negotiator's resources were not found next to the package; the installation is incomplete."
    )


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource_path("schema", "scenario.schema.json")``."""
    return data_root().joinpath("resources", *parts)


def scenario_path(name: str) -> Path:
    """A shipped scenario file under ``scenarios/``."""
    return data_root() / "scenarios" / name


def shipped_scenarios() -> list[Path]:
    """All scenario files that ship with the application, sorted by name."""
    return sorted((data_root() / "scenarios").glob("*.scenario.json"))


DEFAULT_SCENARIO = "us-japan-2025-04.scenario.json"


def default_scenario_path() -> Path:
    """The US–Japan April 2025 scenario that opens on first run."""
    return scenario_path(DEFAULT_SCENARIO)
