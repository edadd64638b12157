"""Generated scenarios and spaces of any size, for the limits of the analysis (no files needed).

``scenario(issues, options, parties)`` is a valid scenario whose weights add up to 100 per
party and whose scores are random on 0–100 (fixed seed), like the ones that used to break the
analysis; ``space(...)`` is the same as a ``Space`` directly.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from negotiator_gui.core.bargaining import SCALE, Space
from negotiator_gui.core.model import (
    Issue,
    IssuePreference,
    Option,
    Party,
    Preferences,
    Reservation,
    Scenario,
)


def scenario(
    issues: int, options: int, parties: int = 2, seed: int = 1, reservation: float = 40.0
) -> Scenario:
    rng = np.random.default_rng(seed)
    party_ids = [f"P{j}" for j in range(parties)]
    model_issues = [
        Issue(
            id=f"i{k}",
            title=f"Issue {k}",
            options=[Option(id=f"o{m}", label=f"Option {m}") for m in range(options)],
        )
        for k in range(issues)
    ]
    prefs = []
    for p in party_ids:
        units = rng.integers(1, 100, size=issues)
        hundredths = np.floor(units / units.sum() * 10_000).astype(int)
        hundredths[0] += 10_000 - hundredths.sum()
        prefs.append(
            Preferences(
                party=p,
                issues={
                    f"i{k}": IssuePreference(
                        weight=float(hundredths[k]) / 100,
                        scores={
                            f"o{m}": float(rng.integers(0, 10_001)) / 100 for m in range(options)
                        },
                    )
                    for k in range(issues)
                },
                reservation=Reservation(value=reservation),
            )
        )
    return Scenario(
        id="generated",
        title=f"Generated: {issues} issues × {options} options, {parties} parties",
        as_of=dt.date(2025, 1, 1),
        perspective=party_ids[0],
        parties=[Party(id=p, name=f"Party {p}") for p in party_ids],
        issues=model_issues,
        preferences=prefs,
    )


def space(issues: int, options: int, parties: int = 2, seed: int = 1, spread: int = 5) -> Space:
    """A space with integer contributions 0..spread points (ties are common)."""
    rng = np.random.default_rng(seed)
    contrib = tuple(
        (rng.integers(0, spread + 1, size=(options, parties)) * SCALE).astype(np.int64)
        for _ in range(issues)
    )
    return Space(
        tuple(f"P{j}" for j in range(parties)),
        tuple(f"i{k}" for k in range(issues)),
        tuple(tuple(f"o{m}" for m in range(options)) for _ in range(issues)),
        contrib,
        np.full(parties, SCALE, dtype=np.int64),
    )
