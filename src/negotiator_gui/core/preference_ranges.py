"""Ranges on preferences: how far a weight, an option score or a reservation value may plausibly
lie from the point estimate a team entered.

We never know the other side's preferences; a team guesses them and should say how sure it is.
A number carries either an explicit range (``IssuePreference.weight_range``, ``score_ranges``,
``Reservation.range``), or falls under the preferences' ``confidence`` level, which stands for a
symmetric band of ``CONFIDENCE_WIDTH`` points around the point, clipped to the scale (0–100),
or is an exact point. An explicit range always wins over the confidence band.

``ranges_spec`` turns a scenario into the plain dict the uncertainty analysis samples from, one
entry per party, holding only the numbers that have a range (the analysis takes the point
estimate for the others).
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.core.model import Confidence, Preferences, Range, Scenario

#: The ± band, in points on the 0–100 scale, that a confidence level stands for. Chosen so that
#: "high" means the number is known to within a tick of the editor's slider (±5), "medium" to
#: within a tenth of the scale (±10) and "low" to within a fifth (±20): wide enough that the
#: analysis shows whether a conclusion survives a plausible misjudgement.
CONFIDENCE_WIDTH: dict[Confidence, float] = {
    Confidence.HIGH: 5.0,
    Confidence.MEDIUM: 10.0,
    Confidence.LOW: 20.0,
}

#: The scale every weight, score and reservation value lies on.
SCALE = (0.0, 100.0)


def band(point: float, width: float) -> Range:
    """The range ``point ± width`` clipped to the 0–100 scale."""
    return (max(SCALE[0], point - width), min(SCALE[1], point + width))


def range_problem(rng: Any, point: float | None) -> str | None:
    """Why ``rng`` is not a valid range around ``point`` (None if it is); untranslated English
    with ``{lo}``/``{hi}``/``{point}`` placeholders, marked for translation: the caller
    translates and fills it."""
    if not (isinstance(rng, tuple) and len(rng) == 2):
        return N_("a range is two numbers, low and high")
    lo, hi = rng
    if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in rng):
        return N_("a range is two numbers, low and high")
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return N_("range must be finite numbers, not {lo!r}–{hi!r}")
    if not (SCALE[0] <= lo <= SCALE[1] and SCALE[0] <= hi <= SCALE[1]):
        return N_("range must lie within 0–100, not {lo:g}–{hi:g}")
    if lo > hi:
        return N_("range low {lo:g} is above its high {hi:g}")
    if point is not None and math.isfinite(point) and not (lo <= point <= hi):
        return N_("range {lo:g}–{hi:g} must contain the estimate {point:g}")
    return None


def effective_range(explicit: Range | None, point: float, prefs: Preferences) -> Range | None:
    """The range of one number: its own, else its preferences' confidence band, else None."""
    if explicit is not None:
        return (float(explicit[0]), float(explicit[1]))
    if prefs.confidence is not None:
        return band(point, CONFIDENCE_WIDTH[prefs.confidence])
    return None


def party_ranges(prefs: Preferences) -> dict[str, Any]:
    """One party's ranges as plain data (only numbers that carry a range; empty if none)."""
    weights: dict[str, Range] = {}
    scores: dict[str, dict[str, Range]] = {}
    for issue_id, ip in prefs.issues.items():
        w = effective_range(ip.weight_range, ip.weight, prefs)
        if w is not None:
            weights[issue_id] = w
        per_option: dict[str, Range] = {}
        for option_id, score in ip.scores.items():
            r = effective_range(ip.score_ranges.get(option_id), score, prefs)
            if r is not None:
                per_option[option_id] = r
        if per_option:
            scores[issue_id] = per_option
    out: dict[str, Any] = {}
    if weights:
        out["weights"] = weights
    if scores:
        out["scores"] = scores
    res = prefs.reservation
    if res.value is not None:
        r = effective_range(res.range, res.value, prefs)
        if r is not None:
            out["reservation"] = r
    return out


def ranges_spec(scenario: Scenario) -> dict[str, dict[str, Any]]:
    """Party id -> ``{"weights": {issue: (lo, hi)}, "scores": {issue: {option: (lo, hi)}},
    "reservation": (lo, hi)}``, each key present only when some number under it has a range;
    parties with no range at all are left out."""
    out: dict[str, dict[str, Any]] = {}
    for prefs in scenario.preferences:
        spec = party_ranges(prefs)
        if spec:
            out[prefs.party] = spec
    return out


def has_ranges(prefs: Preferences) -> bool:
    """Whether a party's preferences carry any range or confidence level."""
    return (
        prefs.confidence is not None
        or prefs.reservation.range is not None
        or any(ip.weight_range is not None or ip.score_ranges for ip in prefs.issues.values())
    )


def without_ranges(prefs: Preferences) -> None:
    """Drop every range and the confidence level from ``prefs`` (in place): points only."""
    prefs.confidence = None
    prefs.reservation.range = None
    for ip in prefs.issues.values():
        ip.weight_range = None
        ip.score_ranges = {}


# -- a range as typed in the editor ---------------------------------------------------------------

#: A number: decimal point, or decimal comma unless three digits follow it ("1,234" could
#: be a thousands separator: refused, as the workbook import refuses it).
_NUM = r"(\d+(?:\.\d+|,\d{1,2}|,\d{4,})?)"
#: "30–50", "30-50", "30 to 50"-free forms: any dash or tilde (Japanese 〜) between two numbers.
_SPAN = re.compile(rf"^{_NUM}\s*[-–—~〜]\s*{_NUM}$")
#: "±10", "+-10", "+/-10": a band around the estimate.
_PLUS_MINUS = re.compile(rf"^(?:±|\+-|\+/-)\s*{_NUM}$")


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def parse_range(text: str, point: float) -> Range | None:
    """A range as a user types it beside ``point``: "30–50" (any dash, or 〜), "±10" (a band
    around the point, clipped to 0–100), or nothing (no range). Full-width characters are read
    as their ASCII forms. Raises ``ValueError`` with a translated reason for anything else; the
    range's bounds are checked by ``validate`` when the edit is made."""
    t = unicodedata.normalize("NFKC", text).strip()
    if not t:
        return None
    m = _PLUS_MINUS.match(t)
    if m:
        return band(point, _num(m.group(1)))
    m = _SPAN.match(t)
    if m:
        return (_num(m.group(1)), _num(m.group(2)))
    raise ValueError(
        tr("Type a range as low–high (e.g. 30–50) or ±points (e.g. ±10), not {text!r}").format(
            text=text
        )
    )


def format_range(rng: Range | None) -> str:
    """A range as the editor shows it ("30–50"; empty for none)."""
    if rng is None:
        return ""
    return f"{rng[0]:g}–{rng[1]:g}"
