"""The package builder's "Under uncertainty" box: what the ranges on the preferences mean for
the package on the table.

The figures (``core.beliefs.report``) are computed off the UI thread on the panel's own
one-thread pool, with progress and a Cancel button, again after every edit of the preferences,
and kept per content, sample count and seed (an undo is shown at once). With no range of any
width nothing is computed and the box says so in one line. Every share is stated with what it
is a share of ("% of 1,000 samples, seed 2025"). The best package for us at a required
acceptance (the slider) is its own small job on the same samples; "Choose it" takes it as the
package through ``session.choose`` (one undoable edit).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from negotiator_gui.app import derived
from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core.beliefs import DEFAULT_REQUIRED
from negotiator_gui.core.beliefs import report as br
from negotiator_gui.core.beliefs.analysis import BestForUs
from negotiator_gui.core.beliefs.thresholds import Threshold
from negotiator_gui.core.i18n import N_, number, tr
from negotiator_gui.core.labels import choice_names
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.core.trade import Cancelled
from negotiator_gui.ui.common import jobs
from negotiator_gui.ui.common.text import escape, literal
from negotiator_gui.ui.common.wrap_label import WrapLabel

SOLUTION_NAMES = {
    "nash": N_("Nash"),
    "kalai_smorodinsky": N_("Kalai–Smorodinsky"),
    "egalitarian": N_("Max-min"),
    "utilitarian": N_("Utilitarian"),
}
STAGES = {
    "samples": N_("Drawing the samples"),
    "solutions": N_("Robust solutions"),
    "thresholds": N_("Thresholds of the Nash package"),
}
#: Edits after which the figures are computed again (the space's, and the ranges with it).
KINDS = derived.SPACE.depends


class Tornado(QWidget):
    """One bar per uncertain weight over its range (low to high): the part over which the
    Nash package stays the same in green, the parts where it changes in red, the point
    estimate as a dark tick. Longest red first: what the advice depends on most."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, Threshold]] = []
        self.setMinimumHeight(0)

    def set_rows(self, rows: list[tuple[str, Threshold]]) -> None:
        self.rows = rows
        self.setMinimumHeight(18 * len(rows) + (4 if rows else 0))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 18 * len(self.rows) + 4)

    def label_width(self) -> int:
        """The labels' column: as wide as the longest label, at most half the widget."""
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(n) for n, _ in self.rows), default=0)
        return min(self.width() // 2, widest + 8)

    def shown_label(self, k: int) -> str:
        """Row ``k``'s label as drawn: cut at its end with "…" when the column is too narrow
        (its whole text is the row's tooltip), never clipped at its start."""
        room = self.label_width() - 6
        return self.fontMetrics().elidedText(self.rows[k][0], Qt.TextElideMode.ElideRight, room)

    def event(self, e) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            k = int((e.pos().y() - 2) // 18)
            if 0 <= k < len(self.rows):
                QToolTip.showText(e.globalPos(), literal(self.rows[k][0]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def paintEvent(self, event) -> None:
        if not self.rows:
            return
        p = QPainter(self)
        label_w = self.label_width()
        left, right = label_w, self.width() - 4
        span = max(right - left, 10)
        for k, (_name, t) in enumerate(self.rows):
            y = 2 + 18 * k
            p.setPen(QColor("#333333"))
            p.drawText(
                QRectF(0, y, label_w - 6, 16), Qt.AlignmentFlag.AlignRight, self.shown_label(k)
            )
            width = (t.high - t.low) or 1.0

            def x(v: float, left: int = left, t: Threshold = t, width: float = width) -> float:
                return left + span * (v - t.low) / width

            lo = t.low if t.below is None else t.below
            hi = t.high if t.above is None else t.above
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#d9534f"))
            p.drawRect(QRectF(left, y + 3, span, 10))
            p.setBrush(QColor("#5cb85c"))
            p.drawRect(QRectF(x(lo), y + 3, max(x(hi) - x(lo), 1), 10))
            p.setPen(QPen(QColor("#111111"), 2))
            p.drawLine(int(x(t.point)), y + 1, int(x(t.point)), y + 15)
        p.end()


class BeliefsPanel(QGroupBox):
    """The box (see the module doc). ``report`` is the latest figures (None: no ranges, or not
    computed yet); ``state`` is "none" (no ranges), "busy", "ready", "cancelled" or "failed"."""

    #: The figures for the current content arrived (or the box learnt there are none).
    updated = Signal()
    #: The best package at the slider's acceptance arrived.
    best_updated = Signal()

    def __init__(
        self,
        session: Session,
        current: Callable[[], Mapping[str, str]],
        choose: Callable[[Mapping[str, str], str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Under uncertainty (ranges on the preferences)"), parent)
        self.setToolTip(
            tr(
                "The ranges entered on the other side's weights, scores and walk-away value, "
                "sampled: how often each package is accepted and how stable the advice is"
            )
        )
        self.session = session
        self._current = current
        self._choose = choose
        self.document: Document | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.report: br.Report | None = None
        self.best: BestForUs | None = None
        self.state = "none"
        self.seed = br.DEFAULT_SEED
        self._error = ""  # why the figures failed, when they did
        self._best_note = ""  # why there is no best package (stopped, failed), when known
        self.pool = jobs.track(QThreadPool(self))
        self.pool.setMaxThreadCount(1)
        # gated: a panel tabbed behind another computes when it is shown again
        self.runner = jobs.Runner(
            self, self._prepare, self._apply, pool=self.pool, cache=jobs.ResultCache(6), gate=self
        )
        self.runner.progress.connect(self._progress)
        self.best_runner = jobs.Runner(self, self._prepare_best, self._apply_best, pool=self.pool)
        self._build()

    # -- layout --
    def _build(self) -> None:
        col = QVBoxLayout(self)
        top = QHBoxLayout()
        self.samples = QSpinBox()
        self.samples.setRange(100, 100_000)
        self.samples.setSingleStep(500)
        self.samples.setGroupSeparatorShown(True)
        self.samples.setValue(br.DEFAULT_SAMPLES)
        self.samples.setSuffix(" " + tr("samples"))
        self.samples.setAccessibleName(tr("Number of samples"))
        self.samples.setToolTip(
            tr("How many samples of the ranges are drawn (more: steadier figures, slower)")
        )
        self.samples.editingFinished.connect(self.recompute)
        self.seed_label = QLabel(tr("seed {seed}").format(seed=self.seed))
        self.seed_label.setToolTip(
            tr("The samples are drawn with this fixed seed: the same figures on every run")
        )
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setToolTip(tr("Stop computing the figures under uncertainty"))
        self.cancel_button.clicked.connect(self.cancel)
        self.compute_button = QPushButton(tr("Compute"))
        self.compute_button.setToolTip(tr("Compute the figures under uncertainty again"))
        self.compute_button.clicked.connect(self.recompute)
        for w in (self.samples, self.seed_label):
            top.addWidget(w)
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.compute_button)
        col.addLayout(top)
        self.status = WrapLabel()
        self.status.setStyleSheet("color: #666;")
        col.addWidget(self.status)
        self.acceptance_label = WrapLabel()
        self.acceptance_label.setToolTip(
            tr("The share of samples in which each side's utility is at least its BATNA")
        )
        col.addWidget(self.acceptance_label)
        self.robust_label = WrapLabel()
        self.robust_label.setTextFormat(Qt.TextFormat.RichText)
        self.robust_label.linkActivated.connect(self.choose_robust)
        self.robust_label.setToolTip(
            tr(
                "Robust bargaining solutions: in each sample the solution's package; shown is "
                "the package that is the answer most often, and how often"
            )
        )
        col.addWidget(self.robust_label)
        row = QHBoxLayout()
        self.required = QSlider(Qt.Orientation.Horizontal)
        self.required.setRange(50, 100)
        self.required.setSingleStep(5)
        self.required.setPageStep(5)
        self.required.setValue(round(DEFAULT_REQUIRED * 100))
        self.required.setAccessibleName(tr("Acceptance at least"))
        self.required.setToolTip(
            tr("The best package for us among those the other side accepts at least this often")
        )
        self.required.valueChanged.connect(self._required_changed)
        self.required_label = QLabel()
        self.choose_button = QPushButton(tr("Choose it"))
        self.choose_button.setToolTip(
            tr("Take this package as the package under discussion (undoable)")
        )
        self.choose_button.clicked.connect(self.choose_best)
        row.addWidget(self.required_label)
        row.addWidget(self.required, 1)
        row.addWidget(self.choose_button)
        col.addLayout(row)
        self.best_label = WrapLabel()
        col.addWidget(self.best_label)
        self.tornado_title = QLabel(tr("What the advice depends on (weights, tornado)"))
        self.tornado_title.setToolTip(
            tr(
                "Each uncertain weight over its range: green where the Nash package stays the "
                "same, red where it changes; the tick is the point estimate"
            )
        )
        col.addWidget(self.tornado_title)
        self.tornado = Tornado()
        col.addWidget(self.tornado)
        self.thresholds_label = WrapLabel()
        col.addWidget(self.thresholds_label)
        self._required_text()
        self._show()

    # -- the document --
    def set_document(self, document: Document | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.document = document
        if document is not None:
            self._unsubscribe = document.subscribe(self._on_event)
        self.recompute()

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "clean" or self.document is None:
            return
        kinds = {c.kind for c in event.changes}
        if event.reason == "reset" or kinds & KINDS:
            self.recompute()

    # -- the figures --
    def recompute(self) -> None:
        """Compute the figures for the scenario as it is now (in the background)."""
        if self.document is None:
            self.runner.invalidate()
            self._apply(None)
            return
        self.state = "busy"
        self.progress.setRange(0, 0)
        self._show()
        self.runner.request()

    def cancel(self) -> None:
        """Stop the job in flight; the box says it was stopped ("Compute" starts it again)."""
        if self.state != "busy":
            return
        self.runner.supersede_flight()
        self.best_runner.supersede_flight()

    def _key(self) -> tuple:
        doc = self.document
        return (
            "beliefs",
            id(doc),
            doc.content_key(derived.SPACE.ignore),
            self.samples.value(),
            self.seed,
        )

    def _prepare(self):
        if self.document is None:
            return None
        n, seed, doc = self.samples.value(), self.seed, self.document

        def build() -> Callable[[], Any]:
            frozen = doc.frozen()
            ctx = self.runner.context
            cancelled = self.runner.cancelled
            # the session's shared space (built once for every panel after an edit)
            ids = derived.negotiator_ids(doc.scenario)
            space_of = self.session.derived.request(derived.SPACE, doc, ids)[1]

            def progress(stage: str, done: int, total: int) -> None:
                if ctx is not None:
                    ctx.step(stage, done, total)  # named on the UI thread (``_progress``)

            return lambda: br.analyse(
                frozen, n, seed, cancelled=cancelled, progress=progress, space_of=space_of
            )

        return self._key(), jobs.Later(build)

    def _progress(self, text: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        self.status.setText(tr("Computing: {stage}…").format(stage=tr(STAGES.get(text, text))))

    def _apply(self, result) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.best = None
        if isinstance(result, Cancelled):
            self.report, self.state = None, "cancelled"
        elif isinstance(result, Exception):
            self.report, self.state = None, "failed"
            self._error = str(result)
        else:
            self.report = result
            self.state = "none" if result is None else "ready"
        self._show()
        self.updated.emit()
        if self.report is not None:
            self.best_runner.request()

    # -- the best package for us at a required acceptance --
    def _required_changed(self) -> None:
        self._required_text()
        if self.report is not None:
            self.best = None
            self._show_best()
            self.best_runner.request()

    def _required_text(self) -> None:
        self.required_label.setText(tr("Acceptance at least {p} %").format(p=self.required.value()))

    def _prepare_best(self):
        self._best_note = ""
        report, p = self.report, self.required.value() / 100
        if report is None:
            return None

        def build() -> Callable[[], Any]:
            cancelled = self.best_runner.cancelled
            return lambda: report.best(p, cancelled=cancelled)

        return jobs.Later(build)

    def _apply_best(self, result) -> None:
        self.best = result if isinstance(result, BestForUs) else None
        self._best_note = (
            tr("Best package for us: stopped.")
            if isinstance(result, Cancelled)
            else tr("Best package for us: could not be computed ({why}).").format(why=result)
            if isinstance(result, Exception)
            else ""
        )
        self._show_best()
        self.best_updated.emit()

    def best_choices(self) -> dict[str, str] | None:
        if self.report is None or self.best is None or not self.best.packages:
            return None
        return self.report.space.choices(self.best.packages[0])

    def choose_best(self) -> bool:
        """Take the best package at the slider's acceptance (one undoable edit)."""
        choices = self.best_choices()
        if choices is None:
            return False
        self._choose(
            choices,
            tr("Best for us at {p} % acceptance").format(p=self.required.value()),
        )
        return True

    # -- showing --
    def package_changed(self) -> None:
        """The package on the table changed: its acceptance line follows (no new samples)."""
        self._show_acceptance()
        self._show_robust()

    def _show(self) -> None:
        busy = self.state == "busy"
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        ready = self.report is not None
        for w in (
            self.acceptance_label,
            self.robust_label,
            self.required,
            self.required_label,
            self.choose_button,
            self.best_label,
            self.tornado_title,
            self.tornado,
            self.thresholds_label,
        ):
            w.setVisible(ready)
        if self.state == "none":
            self.status.setText(tr("No ranges entered: every figure is the point estimate's."))
        elif self.state == "cancelled":
            self.status.setText(tr("Stopped. Press Compute to compute the figures again."))
        elif self.state == "failed":
            self.status.setText(
                tr("The figures under uncertainty failed: {why}").format(why=self._error)
            )
        elif busy:
            self.status.setText(tr("Computing…"))
        else:
            self.status.setText(tr("Shares are {basis}.").format(basis=self.report.basis()))
        self._show_acceptance()
        self._show_robust()
        self._show_best()
        self._show_thresholds()

    def acceptance_text(self, choices: Mapping[str, str]) -> str | None:
        """ "accepted by X in 82 %, by all in 80 %" for a complete package (None: no figures)."""
        r = self.report
        if r is None or set(choices) != set(r.space.issues):
            return None
        acc, both = r.acceptance(choices)
        parts = [
            tr("{party} {share}").format(party=name, share=br.percent(a))
            for name, a in zip(r.party_names, acc, strict=True)
        ]
        return tr("accepted by {parties}; by all {share}").format(
            parties=", ".join(parts), share=br.percent(both)
        )

    def _show_acceptance(self) -> None:
        text = self.acceptance_text(dict(self._current()))
        self.acceptance_label.setText(
            tr("This package: {text} ({basis})").format(text=text, basis=self.report.basis())
            if text and self.report is not None
            else ""
        )

    def _show_robust(self) -> None:
        r = self.report
        if r is None:
            self.robust_label.setText("")
            return
        current = dict(self._current())
        lines = []
        for name, sol in r.robust.items():
            if not sol.package:
                lines.append(
                    escape(
                        tr("{solution}: no ZOPA in any sample").format(
                            solution=tr(SOLUTION_NAMES.get(name, name))
                        )
                    )
                )
                continue
            pkg = r.space.choices(sol.package)
            solution = tr(SOLUTION_NAMES.get(name, name))
            share = br.percent(sol.stability)
            if pkg == current:
                text = tr("{solution}: this package in {share} of samples").format(
                    solution=solution, share=share
                )
            else:  # which package: where it differs from the one under discussion
                text = tr("{solution}: {differs}, in {share} of samples").format(
                    solution=solution, differs=self.difference(pkg, current), share=share
                )
            line = escape(text)
            if pkg != current:
                line += f" <a href='{name}'>{escape(tr('take it'))}</a>"
            lines.append(line)
        self.robust_label.setText("<br>".join(lines))

    def difference(self, pkg: dict[str, str], current: dict[str, str], most: int = 2) -> str:
        """How ``pkg`` differs from ``current`` in words: up to ``most`` issues with ``pkg``'s
        option ("differs on Exchange rates: Joint statement"), else how many issues and the
        first ``most`` of them ("differs on 6 issues: Section 232 tariff …, IEEPA …, …")."""
        differing = {i: o for i, o in pkg.items() if o != current.get(i)}
        changed = choice_names(self.session.document.scenario, differing)
        if not changed:
            return tr("the same choices")
        if len(changed) <= most:
            pairs = [tr("{issue}: {option}").format(issue=i, option=o) for i, o in changed]
            return tr("differs on {shown}").format(shown="; ".join(pairs))
        first = tr(", ").join(i for i, _o in changed[:most])
        return tr("differs on {n} issues: {shown}, …").format(n=len(changed), shown=first)

    def robust_choices(self, name: str) -> dict[str, str] | None:
        """The package of the robust solution ``name`` (the one most often the answer)."""
        r = self.report
        sol = r.robust.get(name) if r is not None else None
        return r.space.choices(sol.package) if sol is not None and sol.package else None

    def choose_robust(self, name: str) -> bool:
        """Take a robust solution's package (one undoable edit named after it)."""
        choices = self.robust_choices(name)
        if choices is None:
            return False
        self._choose(
            choices,
            tr("Robust {solution}").format(solution=tr(SOLUTION_NAMES.get(name, name))),
        )
        return True

    def _show_best(self) -> None:
        r, best = self.report, self.best
        self.choose_button.setEnabled(self.best_choices() is not None)
        if r is None:
            self.best_label.setText("")
            return
        if best is None:
            self.best_label.setText(
                tr("Best package for us: computing…")
                if self.best_runner.busy
                else self._best_note
                or tr("Best package for us: the space is too large for the exact search.")
            )
            return
        if not best.packages:
            self.best_label.setText(
                tr("No package is accepted by the other side at least this often.")
            )
            return
        self.best_label.setText(
            tr("Best package for us: {u} points expected, accepted in {share} of samples.").format(
                u=number(best.expected, 1), share=br.percent(best.acceptance)
            )
        )
        self.best_label.setToolTip(
            literal("\n".join(f"{k}: {v}" for k, v in r.space.choices(best.packages[0]).items()))
        )

    def _show_thresholds(self) -> None:
        r = self.report
        if r is None:
            self.tornado.set_rows([])
            self.thresholds_label.setText("")
            return
        parties = {t.party for t in r.thresholds}
        if len(parties) == 1:  # one side's weights: named once, in the title
            (party,) = parties
            rows = [(r.issue_names[t.issue], t) for t in r.thresholds]
            self.tornado_title.setText(
                tr("What the advice depends on (the weights {party} gives, tornado)").format(
                    party=r.party_names[party]
                )
            )
        else:
            rows = [
                (
                    tr("{party}: {issue}").format(
                        party=r.party_names[t.party], issue=r.issue_names[t.issue]
                    ),
                    t,
                )
                for t in r.thresholds
            ]
            self.tornado_title.setText(tr("What the advice depends on (weights, tornado)"))
        self.tornado.set_rows(rows)
        self.tornado_title.setVisible(bool(rows))
        self.tornado.setVisible(bool(rows))
        texts = [r.threshold_text(t) for t in r.thresholds]
        self.thresholds_label.setText(
            "\n".join(texts)
            if texts
            else tr("No weight has a range: the thresholds need a range on a weight.")
        )

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the running job is done (closing, tests)."""
        return self.pool.waitForDone(msecs)
