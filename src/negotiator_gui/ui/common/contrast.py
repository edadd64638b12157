"""Contrast of text against its background, as WCAG 2 defines it, and a text colour chosen
to have enough of it: chart texts in a party's colour (offer rounds, BATNA bar names) and the
keys' texts stay readable in the light and the dark theme."""

from __future__ import annotations

from PySide6.QtGui import QColor

#: The least contrast ratio of normal text to its background (WCAG 2, level AA).
MIN_CONTRAST = 4.5


def relative_luminance(colour: QColor | str) -> float:
    """WCAG 2's relative luminance of an opaque colour (0 black … 1 white)."""
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """WCAG 2's contrast ratio of two colours: 1 (the same) … 21 (black on white)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable(colour: QColor | str, background: QColor | str) -> QColor:
    """``colour`` for text on ``background``: itself if it has ``MIN_CONTRAST`` against it, else
    the same hue made darker (on a light background) or lighter (on a dark one) until it has.
    A party's colour stays recognisable on its labels in both themes."""
    c, bg = QColor(colour), QColor(background)
    c.setAlpha(255)
    if contrast_ratio(c, bg) >= MIN_CONTRAST:
        return c
    target = QColor("#000000") if relative_luminance(bg) > 0.18 else QColor("#FFFFFF")
    for step in range(1, 21):
        t = step / 20
        mixed = QColor.fromRgbF(
            c.redF() + (target.redF() - c.redF()) * t,
            c.greenF() + (target.greenF() - c.greenF()) * t,
            c.blueF() + (target.blueF() - c.blueF()) * t,
        )
        if contrast_ratio(mixed, bg) >= MIN_CONTRAST:
            return mixed
    return target
