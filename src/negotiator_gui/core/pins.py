"""A package pinned on the utility chart ("A", "B"): kept in the session, drawn by the chart,
set by the comparison. Its own small module, so the session (built at start-up) does not import
the comparison's figures (``package_compare`` and the trade model behind it)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Pin:
    """A package marked on the utility chart ("A" or "B"): its name and choices."""

    name: str
    choices: Mapping[str, str]
