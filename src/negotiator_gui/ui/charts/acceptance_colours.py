"""The utility chart's packages coloured by acceptance under uncertainty.

With ranges on the preferences (``core.beliefs``), a package is accepted by a side in a share of
the samples. The chart can colour its cloud by that share: the other side's, or both sides' (the
share of samples in which the package is in the ZOPA). The cloud is split into ``BANDS`` bands
of acceptance, each drawn as one ``CloudItem`` in its colour over the grey cloud, and a colour
key beside the chart's toolbar says what the colours mean and of what the shares are
("% of 1,000 samples, seed 2025"). The shares are computed off the UI thread, on the samples of
``core.beliefs.report`` (the builder's, the workbook's: the same seed and count).

The chart calls ``attach`` once and ``update`` after each redraw; everything else is here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLabel

from negotiator_gui.app import derived
from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.ui.charts.cloud import CloudItem
from negotiator_gui.ui.common import jobs
from negotiator_gui.ui.common.text import escape

if TYPE_CHECKING:  # the sampling is imported when the colouring is first turned on
    from negotiator_gui.core.beliefs import report as br

#: Upper ends of the acceptance bands (shares); a package falls in the first band it is below
#: or at.
BANDS = (0.2, 0.4, 0.6, 0.8, 1.0)
#: Red (rarely accepted) to green (nearly always), one colour per band.
COLOURS = ("#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32")
MODES = (
    ("off", N_("Colour: none")),
    ("other", N_("Colour: the other side's acceptance")),
    ("both", N_("Colour: both sides' acceptance (in the ZOPA)")),
)


def band_of(shares: np.ndarray) -> np.ndarray:
    """The band (0 … len(BANDS)-1) of each share."""
    return np.searchsorted(np.asarray(BANDS), shares, side="left").clip(0, len(BANDS) - 1)


class AcceptanceColours:
    """The mode box, the colour key and the coloured bands of one utility chart."""

    def __init__(self, chart: Any) -> None:
        self.chart = chart
        self.mode = QComboBox()
        for key, text in MODES:
            self.mode.addItem(tr(text), key)
        self.mode.setAccessibleName(tr("Colour the packages by acceptance"))
        self.mode.setToolTip(
            tr(
                "Colour each package by how often it is accepted over the samples of the "
                "ranges entered on the preferences"
            )
        )
        self.mode.currentIndexChanged.connect(self.update)
        # a narrow dock keeps the whole plot: the box shortens its text rather than widen the
        # toolbar, and the colour key wraps under the chart's own key (never in the toolbar)
        self.mode.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mode.setMinimumContentsLength(12)
        self.key = QLabel()
        self.key.setObjectName("acceptance_key")
        self.key.setWordWrap(True)
        self.key.setVisible(False)
        chart.toolbar.insertWidget(1, self.mode)
        chart.layout().addWidget(self.key)
        item = chart.plot.getPlotItem()
        self.bands: list[CloudItem] = []
        for colour in COLOURS:
            c = QColor(colour)
            c.setAlpha(170)
            band = CloudItem(c, size=5)  # over the grey dots: a little larger
            band.setZValue(-4)
            item.addItem(band)
            self.bands.append(band)
        #: (the chart's analysis, the report, per package (other side, all sides)), or None
        self.shares: tuple[Any, br.Report, np.ndarray, np.ndarray] | None = None
        self._wanted: Any = None
        self.runner = jobs.Runner(chart, self._prepare, self._apply, cache=jobs.ResultCache(4))
        self.update()

    # -- computing --
    def _prepare(self):
        chart = self.chart
        a, doc = chart.analysis, chart.document
        if a is None or doc is None or self.mode.currentData() == "off":
            return None
        key = (
            "acceptance",
            id(doc),
            doc.content_key(("cards", "measures", "packages", "offers", "working_package")),
            id(a),
        )

        def build():
            from negotiator_gui.core.beliefs import report as br
            from negotiator_gui.core.beliefs.analysis import evaluate

            frozen = doc.frozen()
            cancelled = self.runner.cancelled
            ids = derived.negotiator_ids(doc.scenario)
            space_of = chart.session.derived.request(derived.SPACE, doc, ids)[1]

            def work():
                report = br.analyse(
                    frozen, cancelled=cancelled, acceptance_only=True, space_of=space_of
                )
                if report is None or report.space.issues != a.space.issues:
                    return a, report, None, None
                figs = evaluate(report.tabulated, a.cloud_digits, cancelled=cancelled)
                them = [p for p in a.space.parties if p != report.space.parties[0]]
                other = (
                    figs.accept[:, report.space.parties.index(them[-1])]
                    if them
                    else figs.accept_all
                )
                return a, report, other, figs.accept_all

            return work

        return key, jobs.Later(build)

    def _apply(self, result) -> None:
        if isinstance(result, Exception) or result[1] is None or result[2] is None:
            self.shares = None
        else:
            self.shares = result
        self._draw()

    # -- drawing --
    def update(self) -> None:
        """After the chart's redraw: the bands follow its cloud (a job when it changed)."""
        if self.mode.currentData() == "off" or self.chart.analysis is None:
            self.shares = None
            self._draw()
            return
        if self.shares is None or self.shares[0] is not self.chart.analysis:
            self.runner.request()
        self._draw()

    def _draw(self) -> None:
        a = self.chart.analysis
        on = self.mode.currentData() != "off"
        if not on or self.shares is None or self.shares[0] is not a or a is None:
            for band in self.bands:
                band.setData([], [])
            self.key.setText(
                tr("no ranges entered on the preferences")
                if on and not self.runner.busy and a is not None
                else ""
            )
            self.key.setVisible(bool(self.key.text()))
            return
        _, report, other, both = self.shares
        shares = other if self.mode.currentData() == "other" else both
        bands = band_of(shares)
        xy = a.cloud_xy
        for k, band in enumerate(self.bands):
            pick = bands == k
            band.setData(xy[pick, 0], xy[pick, 1])
        self.key.setText(self.key_html(report))
        self.key.setVisible(True)

    def key_html(self, report: br.Report) -> str:
        """The colour key: the swatches with their bands, and what the shares are of."""
        who = (
            tr("accepted by {party}").format(party=report.party_names[-1])
            if self.mode.currentData() == "other" and len(report.party_names) == 2
            else tr("accepted by both sides")
        )
        lo = (0.0, *BANDS[:-1])
        swatches = " ".join(
            f"<span style='color:{c}'>■</span>&nbsp;{a * 100:.0f}–{b * 100:.0f}"
            for c, a, b in zip(COLOURS, lo, BANDS, strict=True)
        )
        return f"{escape(who)} ({escape(report.basis())}): {swatches}"

    def band_counts(self) -> list[int]:
        """Packages drawn in each band (tests, and a quick look)."""
        return [len(b.x) for b in self.bands]


def attach(chart: Any) -> AcceptanceColours:
    """Add the colouring to a utility chart (its ``toolbar``, ``plot`` and ``analysis``)."""
    return AcceptanceColours(chart)
