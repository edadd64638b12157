"""The package builder: choose one option per issue (or a frontier point, a named bargaining
solution or a recorded offer), see each negotiating party's utility against its BATNA, the
distance to the frontier and to the Nash solution, and the economic indicators; record the
package as one side's offer in a round.

The chosen package is the session's (``session.package``: issue id → option id), which other
panels (the tariff editor, the charts, the brief) follow. The space, frontier and solutions
depend only on issues, options and preferences: they come from the session's shared result
(``app.derived.ANALYSIS``) once after a burst of such edits, never for a card edit. The
indicators run the trade model on a worker thread (``ui.packages.worker``), so the panel stays
responsive.

Run alone for a quick look: ``python -m negotiator_gui.ui.packages.builder``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from negotiator_gui.app import derived
from negotiator_gui.app.derived import negotiator_ids
from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core import bargaining as bg
from negotiator_gui.core import edits, labels, package_math
from negotiator_gui.core.commands import ChangeKind, CommandError
from negotiator_gui.core.i18n import N_, local, number, tr
from negotiator_gui.core.model import Offer
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.ui.common import jobs
from negotiator_gui.ui.common.contrast import readable
from negotiator_gui.ui.common.text import escape, literal, no_mnemonic, plain_label
from negotiator_gui.ui.common.wrap_label import WrapLabel
from negotiator_gui.ui.packages.beliefs_panel import BeliefsPanel
from negotiator_gui.ui.packages.worker import IndicatorsRunner

SOLUTION_LABELS = {
    "nash": N_("Nash bargaining solution"),
    "kalai_smorodinsky": N_("Kalai–Smorodinsky"),
    "egalitarian": N_("Max-min (egalitarian)"),
    "utilitarian": N_("Utilitarian (largest sum)"),
}
SOLUTION_TIPS = {
    "nash": N_("Maximises the product of both sides' gains over their BATNAs"),
    "kalai_smorodinsky": N_("Gains in proportion to what each side could hope for at best"),
    "egalitarian": N_("Maximises the smaller of the two gains over the BATNAs"),
    "utilitarian": N_("Maximises the sum of the utilities, whoever gains"),
}
#: Edits that change the package space (and so the frontier); card or offer edits do not.
#: Edits after which the space, the suggestions (saved packages among them) are made again.
SPACE_KINDS = derived.ANALYSIS.depends | {ChangeKind.PACKAGE}
ROLE = Qt.ItemDataRole.UserRole
MUTED = QColor("#8a8a8a")  # a frontier point outside the ZOPA, a solution that does not exist


class UtilityBar(QWidget):
    """A 0–100 bar: the utility filled in the party's colour, the BATNA as a dark tick."""

    def __init__(self, colour: str) -> None:
        super().__init__()
        self.colour = QColor(colour)
        self.utility = 0.0
        self.reservation = 0.0
        self.setMinimumSize(160, 20)

    def sizeHint(self) -> QSize:
        return QSize(240, 22)

    def set_values(self, utility: float, reservation: float) -> None:
        self.utility, self.reservation = utility, reservation
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 3, -1, -3)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#e6e6e6"))
        p.drawRoundedRect(r, 3, 3)
        fill = QRectF(r)
        fill.setWidth(r.width() * max(0.0, min(100.0, self.utility)) / 100)
        p.setBrush(self.colour)
        p.drawRoundedRect(fill, 3, 3)
        x = r.left() + r.width() * max(0.0, min(100.0, self.reservation)) / 100
        p.setPen(QPen(QColor("#111111"), 2))
        p.drawLine(int(x), int(r.top()) - 3, int(x), int(r.bottom()) + 3)
        p.end()


def japanese() -> bool:
    """Money is counted in 億 and 万 in a Japanese locale (30億米ドル, not 3.0 × 10億)."""
    return QLocale().language() == QLocale.Language.Japanese


def signed(value: float, decimals: int = 1) -> str:
    """``value`` with its sign (+1.5, −2.0) in the user's locale; a value that rounds to zero
    shows no sign ("0.0", never "−0.0")."""
    v = round(value, decimals)
    if v == 0:
        return number(0.0, decimals)
    return ("+" if v > 0 else "−") + number(abs(v), decimals)


def _analysis(get: Callable[[], tuple]) -> tuple | bg.AnalysisError:
    """The negotiators' space, its frontier and the solutions (any thread: ``get`` is the
    session's shared result), or the reason there are none."""
    try:
        return get()
    except bg.AnalysisError as exc:
        return exc


class SuggestionModel(QAbstractListModel):
    """The suggestion list: bargaining solutions, recorded offers, then frontier points.

    ``reset`` stores what each row stands for (a few tuples) and resets the model once; a row's
    text and tooltip are formatted in ``data``, i.e. only for the rows a view paints or a user
    hovers, and kept until the next reset. Filling a ``QListWidget`` formatted and laid out all
    ~180 items on every weight edit (about 4 ms on the UI thread, more than the whole frame
    budget of a chart update leaves). Texts go through ``tr()`` when formatted, so they are in
    the language in force when shown.

    ``ROLE`` gives what taking a row means: ("point", frontier index), ("offer", offer id) or
    ("none", solution name) for a solution that does not exist (shown greyed).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple] = []  # (kind, ...) per row, see ``_format``
        self._texts: dict[int, tuple[str, str]] = {}
        self._names: dict[str, str] = {}
        self._parties: tuple[str, ...] = ()
        self._front: bg.Frontier | None = None
        #: Under uncertainty: a row's package (issue → option) → "accepted in 82 % …" or None
        #: (``beliefs_panel``); appended to the frontier and solution rows when set.
        self.acceptance: Callable[[dict[str, str]], str | None] | None = None

    def refresh_texts(self) -> None:
        """Format every row again (the acceptance figures arrived or went)."""
        self._texts = {}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def reset(self, space, front, solutions, scenario) -> None:
        """Show the suggestions for ``front`` (None: an empty list), one model reset."""
        self.beginResetModel()
        self._texts = {}
        self.rows = []
        self._front = front
        if front is not None and space is not None:
            self._parties = tuple(space.parties)
            self._names = {p: local(scenario.party(p), "name") for p in self._parties}
            for name, sol in solutions.items():
                self.rows.append(("solution", name, sol))
            for off in sorted(scenario.offers, key=lambda o: (o.round, o.party)):
                self.rows.append(("offer", off.id, off.party, off.round))
            zopa = {int(i) for i in bg.in_zopa(front)}
            self.rows.extend(("frontier", k, k in zopa) for k in range(len(front)))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ROLE:
            if row[0] == "solution":
                sol = row[2]
                return ("none", row[1]) if sol is None else ("point", sol.points[0])
            if row[0] == "offer":
                return ("offer", row[1])
            return ("point", row[1])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = self._texts.get(index.row())
            if texts is None:
                texts = self._texts[index.row()] = self._with_acceptance(row, self._format(row))
            return texts[0] if role == Qt.ItemDataRole.DisplayRole else texts[1]
        if role == Qt.ItemDataRole.ForegroundRole and not self._enabled(row):
            return MUTED
        return None

    @staticmethod
    def _enabled(row: tuple) -> bool:
        if row[0] == "solution":
            return row[2] is not None
        if row[0] == "frontier":
            return row[2]
        return True

    def _utilities(self, us) -> str:
        return " · ".join(
            f"{self._names[p]} {number(u, 1)}" for p, u in zip(self._parties, us, strict=True)
        )

    def _with_acceptance(self, row: tuple, texts: tuple[str, str]) -> tuple[str, str]:
        """A frontier or solution row with its acceptance under uncertainty, when known."""
        if self.acceptance is None or self._front is None or row[0] == "offer":
            return texts
        point = row[1] if row[0] == "frontier" else (row[2].points[0] if row[2] else None)
        if point is None:
            return texts
        pkg = self._front.space.choices(self._front.packages(int(point), 1)[0])
        extra = self.acceptance(pkg)
        return texts if not extra else (f"{texts[0]} · {extra}", f"{texts[1]}\n{extra}")

    def _format(self, row: tuple) -> tuple[str, str]:
        """(text, tooltip) of one row."""
        if row[0] == "solution":
            _, name, sol = row
            if sol is None:
                return (
                    tr("{solution} — no ZOPA").format(solution=tr(SOLUTION_LABELS[name])),
                    tr("No package is at least as good as every side's walk-away value (BATNA)"),
                )
            n_tied = len(sol.points)
            ties = " " + tr("({n} tied)").format(n=n_tied) if n_tied > 1 else ""
            return (
                f"★ {tr(SOLUTION_LABELS[name])}: {self._utilities(sol.utilities[0])}{ties}",
                tr(SOLUTION_TIPS[name]),
            )
        if row[0] == "offer":
            _, _oid, party, rnd = row
            return (
                tr("Offer of {party}, round {n}").format(
                    party=self._names.get(party, party), n=rnd
                ),
                tr("The package this side offered (open issues keep the current choice)"),
            )
        _, k, inside = row
        assert self._front is not None
        us = bg.to_points(self._front.points[k])
        return (
            tr("Frontier {k}: {u}").format(k=k + 1, u=self._utilities(us)),
            tr("A Pareto-efficient package, in the ZOPA")
            if inside
            else tr("A Pareto-efficient package, outside the ZOPA"),
        )


class SuggestionList(QListView):
    """The suggestions' view, with the two calls of the ``QListWidget`` it replaced that callers
    use: ``count()`` and ``item(k)`` (a model index; ``index.data(ROLE)`` as an item's).
    Uniform row heights: the view lays out no row it does not paint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setModel(SuggestionModel(self))
        #: A model reset put off while the list was hidden (see ``PackageBuilder``): made when
        #: the list is shown or read.
        self.pending: Callable[[], None] | None = None

    def flush(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending()

    def showEvent(self, event) -> None:
        self.flush()
        super().showEvent(event)

    def count(self) -> int:
        self.flush()
        return self.model().rowCount()

    def item(self, row: int) -> QModelIndex:
        self.flush()
        return self.model().index(row, 0)


class PackageBuilder(QWidget):
    """The panel: it shows and changes the session's package (``session.package``)."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.document: Document | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.choices: dict[str, str] = {}
        self.combos: dict[str, QComboBox] = {}
        self.space: bg.Space | None = None
        self.front: bg.Frontier | None = None
        self.solutions: dict[str, bg.Solution | None] = {}
        self.shown: dict[str, package_math.Standing] = {}
        self.distances: tuple[float | None, float | None] = (None, None)
        self.indicators = None
        self._combo_shape: tuple = ()
        self._updating = False
        # After an edit the space, frontier and solutions are computed on the charts' pool
        # (no fixed delay: a delay is latency), cached by what they depend on, so an undo or a
        # weight toggled back is shown at once.
        self.space_runner = jobs.Runner(
            self, self._prepare_space, self._apply_space, cache=jobs.ResultCache(8)
        )
        self.runner = IndicatorsRunner(self)
        self.runner.ready.connect(self._show_indicators)
        self.runner.failed.connect(self._indicators_failed)
        self.runner.busy.connect(lambda: self.ind_state.setText(tr("computing…")))
        self._build()
        session.package.changed.connect(self._on_package)
        self.set_document(session.document)

    # -- layout --
    def _build(self) -> None:
        # under uncertainty (ranges on the preferences): acceptance, robust solutions, the
        # best package at a required acceptance, thresholds
        self.beliefs = BeliefsPanel(self.session, lambda: self.choices, self.set_choices)
        self.beliefs.updated.connect(self._beliefs_updated)
        # left: one combo per issue
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        pick = QGroupBox(tr("Package: one option per issue"))
        pick.setToolTip(tr("Choose how each issue is settled; the results update as you choose"))
        QVBoxLayout(pick).addWidget(scroll)
        # middle: suggestions
        self.suggestions = SuggestionList()
        self.suggestion_model: SuggestionModel = self.suggestions.model()
        self.suggestions.setAccessibleName(tr("Suggested packages"))
        self.suggestions.setToolTip(
            tr(
                "Bargaining solutions, recorded offers and frontier points: Enter or "
                "double-click to take one as the package"
            )
        )
        self.suggestions.activated.connect(self.take_suggestion)
        self.suggestions.doubleClicked.connect(self.take_suggestion)
        self.analysis_note = plain_label()  # warnings name issues and options
        self.analysis_note.setWordWrap(True)
        self.analysis_note.setStyleSheet("color: #8a5a00;")
        sug = QGroupBox(tr("Suggestions"))
        col = QVBoxLayout(sug)
        col.addWidget(self.suggestions, 1)
        col.addWidget(self.analysis_note)
        # right: results and recording
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        util = QGroupBox(tr("Utility against the BATNA (0–100)"))
        util.setToolTip(
            tr(
                "Each side's utility of the package (bar), its walk-away value (BATNA, tick) "
                "and its gain over that value"
            )
        )
        self.util_grid = QGridLayout(util)
        self.util_grid.setColumnStretch(1, 1)
        rcol.addWidget(util)
        rcol.addWidget(self.beliefs)
        self.util_rows: dict[str, tuple[QLabel, UtilityBar, QLabel]] = {}
        self.distance_label = QLabel()
        self.distance_label.setToolTip(
            tr(
                "Euclidean distance in utility points to the nearest Pareto-frontier point and "
                "to the Nash solution; 0 to the frontier means no package is better for both"
            )
        )
        self.util_grid.addWidget(self.distance_label, 99, 0, 1, 3)
        ind = QGroupBox(tr("Economic indicators (trade model, from the base year)"))
        ind.setToolTip(tr("Computed in the background; they follow the package and the tariffs"))
        self.ind_form = QFormLayout(ind)
        self.ind_state = plain_label()
        self.ind_state.setStyleSheet("color: #666;")
        self.ind_state.setWordWrap(True)
        # what the figures are: the window they average over and the trade they cover
        self.ind_window = WrapLabel.note(
            tr(
                "The indicators are yearly flows averaged over this window: each tariff counts "
                "for the days it is in force, on its scheduled legal path"
            )
        )
        self.ind_coverage = WrapLabel.note(
            tr("What the scenario's flow table holds of the trade behind the balance")
        )
        self.ind_warning = WrapLabel.warning()
        self.ind_form.addRow(self.ind_window)  # first: what the figures below average over
        self.ind_labels: list[tuple[QLabel, QLabel]] = []
        for _ in range(4):
            name, value = plain_label(), QLabel()  # value: our own rich text (a number)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.ind_form.addRow(name, value)
            self.ind_labels.append((name, value))
        self.ind_form.addRow(self.ind_warning)
        self.ind_form.addRow(self.ind_coverage)
        self.ind_form.addRow(self.ind_state)
        rcol.addWidget(ind)
        rec = QGroupBox(tr("Record as an offer"))
        row = QHBoxLayout(rec)
        self.side = QComboBox()
        self.side.setToolTip(tr("The side that makes this offer"))
        self.side.setAccessibleName(tr("Offer by"))
        self.round = QSpinBox()
        self.round.setRange(1, 999)
        self.round.setPrefix(tr("Round") + " ")
        self.round.setToolTip(tr("The negotiating round (one after the latest recorded offer)"))
        self.record_button = QPushButton(tr("Record as offer"))
        self.record_button.setToolTip(
            tr("Add the package as this side's offer in this round (undoable)")
        )
        self.record_button.clicked.connect(self.record_offer)
        row.addWidget(QLabel(tr("Offer by")))
        row.addWidget(self.side)
        self.side.setMinimumContentsLength(14)
        row.addWidget(self.round)
        row.addWidget(self.record_button)
        row.addStretch(1)
        rcol.addWidget(rec)
        self.message = plain_label()
        self.message.setWordWrap(True)
        rcol.addWidget(self.message)
        rcol.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(pick)
        split.addWidget(sug)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 4)
        split.setChildrenCollapsible(False)
        split.setSizes([560, 380, 560])  # kept in proportion when the dock is resized
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)

    # -- the document --
    def set_document(self, document: Document | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.document = document
        self.choices = {}
        self._combo_shape = ()
        if document is not None:
            self._unsubscribe = document.subscribe(self._on_event)
            self.choices = dict(self.session.package.value)  # the session's opening package
        self.beliefs.set_document(document)
        self.runner.invalidate()
        self.recompute()

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "clean" or self.document is None:
            return
        kinds = {c.kind for c in event.changes}
        if event.reason == "reset" or kinds & SPACE_KINDS:
            self.space_runner.request()  # once per burst of edits
        if event.reason == "reset" or kinds - {"card", "offer", "working_package"}:
            self.runner.invalidate()
            self.runner.request(self.document, self.choices)
        if "offer" in kinds:
            self._fill_offers_side()

    # -- recomputing --
    def recompute(self) -> None:
        """Rebuild combos if issues changed, then the space, the frontier and the solutions
        (now, on this thread: after an edit ``space_runner`` does it on the pool)."""
        self.space_runner.drop_results()  # a result still on its way is stale
        result = None
        if self.document is not None:
            _key, get = self._request_analysis()
            result = _analysis(get)
        self._apply_space(result)

    def _request_analysis(self) -> tuple[tuple, Callable[[], tuple]]:
        doc = self.document
        ids = negotiator_ids(doc.scenario)
        return self.session.derived.request(derived.ANALYSIS, doc, ids)

    def _prepare_space(self):
        if self.document is None:
            return lambda: None
        key = derived.Derived.key(
            derived.ANALYSIS, self.document, negotiator_ids(self.document.scenario)
        )
        # the snapshot only if a job starts: an undo or a weight toggled back is a cache hit
        return key, jobs.Later(lambda: functools.partial(_analysis, self._request_analysis()[1]))

    def _apply_space(self, result) -> None:
        self._sync_combos()
        self.space = self.front = None
        self.solutions = {}
        note = ""
        if isinstance(result, Exception):
            note = str(result)
        elif result is not None:
            self.space, self.front, self.solutions = result
            if self.space.warnings:
                note = "; ".join(self.space.warnings[:2])
        self.analysis_note.setText(note)
        self.analysis_note.setVisible(bool(note))
        self._fill_suggestions()
        self._fill_offers_side()
        self._package_changed()

    def _sync_combos(self) -> None:
        s = self.document.scenario if self.document is not None else None
        issues = s.issues if s is not None else []
        shape = tuple(
            (i.id, local(i, "title"), tuple((o.id, local(o, "label")) for o in i.options))
            for i in issues
        )
        valid = {}
        for issue in issues:
            ids = [o.id for o in issue.options]
            if ids:
                valid[issue.id] = (
                    self.choices.get(issue.id) if self.choices.get(issue.id) in ids else ids[0]
                )
        self.choices = valid
        if shape == self._combo_shape:
            self._set_combos()
            return
        self._combo_shape = shape
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        for issue in issues:
            combo = QComboBox()
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
            for o in issue.options:
                combo.addItem(local(o, "label"), o.id)
                combo.setItemData(
                    combo.count() - 1,
                    literal(local(o, "description") or local(o, "label")),
                    Qt.ItemDataRole.ToolTipRole,
                )
            combo.setToolTip(
                literal(
                    tr("How '{issue}' is settled in the package").format(
                        issue=local(issue, "title")
                    )
                )
            )
            combo.setAccessibleName(local(issue, "title"))
            combo.currentIndexChanged.connect(lambda _k, i=issue.id: self._combo_changed(i))
            label = plain_label(
                no_mnemonic(local(issue, "title"))
            )  # the combo's buddy: '&' is a marker
            label.setToolTip(literal(local(issue, "description") or local(issue, "title")))
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.combos[issue.id] = combo
        self._set_combos()

    def _set_combos(self) -> None:
        self._updating = True
        try:
            for issue_id, combo in self.combos.items():
                k = combo.findData(self.choices.get(issue_id))
                if k >= 0:
                    combo.setCurrentIndex(k)
        finally:
            self._updating = False

    def _combo_changed(self, issue_id: str) -> None:
        if self._updating:
            return
        self.choices[issue_id] = self.combos[issue_id].currentData()
        self._package_changed()

    def set_choices(self, choices: dict[str, str], name: str = "") -> None:
        """Take a package (e.g. a solution, named ``name`` in the history): the combos follow,
        then the results."""
        self.choices.update({k: v for k, v in choices.items() if k in self.choices})
        self._set_combos()
        self._package_changed(name)

    # -- suggestions --
    def _fill_suggestions(self) -> None:
        """One model reset; rows are formatted when painted (see ``SuggestionModel``). While
        the panel is hidden (a dock tabbed behind another) the reset waits until the list is
        shown or read: the view lays out its rows after every reset, about a millisecond of a
        weight edit for a list nobody sees."""
        scenario = self.document.scenario if self.document is not None else None
        reset = functools.partial(
            self.suggestion_model.reset, self.space, self.front, self.solutions, scenario
        )
        if jobs.hidden(self.suggestions):
            self.suggestions.pending = reset
        else:
            self.suggestions.pending = None
            reset()

    def take_suggestion(self, item: QModelIndex) -> None:
        """Take the suggestion at ``item`` (a model index of the list, or anything whose
        ``data(ROLE)`` says what it stands for) as the package: one undoable edit named after
        the suggestion ("Choose package “Nash bargaining solution”")."""
        data = item.data(ROLE)
        if not data:
            return
        kind, value = data
        name = self._suggestion_name(item)
        if kind == "point" and self.front is not None:
            pkg = self.front.packages(int(value), 1)[0]
            self.set_choices(self.front.space.choices(pkg), name)
        elif kind == "offer" and self.document is not None:
            off = next((o for o in self.document.scenario.offers if o.id == value), None)
            if off is not None:
                self.set_choices(dict(off.choices), name)

    def _suggestion_name(self, item: QModelIndex) -> str:
        """A suggestion's name for the history: the solution's, the offer's, the frontier
        point's ("" for an item of another model)."""
        model = item.model() if hasattr(item, "model") else None
        if model is not self.suggestion_model or not 0 <= item.row() < len(model.rows):
            return ""
        row = model.rows[item.row()]
        if row[0] == "solution":
            return tr(SOLUTION_LABELS[row[1]])
        if row[0] == "offer":
            return tr("Offer of {party}, round {n}").format(
                party=self.document.scenario.party(row[2]).name if self.document else row[2],
                n=row[3],
            )
        return tr("Frontier {k}").format(k=row[1] + 1)

    def choose_solution(self, name: str) -> bool:
        """Take a named solution (nash, kalai_smorodinsky, egalitarian, utilitarian)."""
        sol = self.solutions.get(name)
        if sol is None or self.front is None:
            return False
        pkg = self.front.packages(sol.points[0], 1)[0]
        self.set_choices(self.front.space.choices(pkg), tr(SOLUTION_LABELS[name]))
        return True

    # -- results --
    def _package_changed(self, name: str = "") -> None:
        """The builder's choices changed (or what they are shown against): the session takes
        them as an undoable edit, and the panel shows them through ``_on_package`` like any
        other change. A refused edit (``CommandError``) puts the session's package back."""
        try:
            changed = self.session.choose(self.choices, name)
        except CommandError:
            changed = False
        if not changed:
            if self.choices != self.session.package.value:
                self.choices = dict(self.session.package.value)
                self._set_combos()
            self._show_package()

    def _on_package(self, choices: dict[str, str]) -> None:
        """The session's package changed (here, in a chart, in the options matrix)."""
        if choices != self.choices:
            self.choices = dict(choices)
            self._set_combos()
        self._show_package()

    def _beliefs_updated(self) -> None:
        """The figures under uncertainty arrived (or went): the suggestions say acceptance."""
        self.suggestion_model.acceptance = (
            self._suggestion_acceptance if self.beliefs.report is not None else None
        )
        self.suggestion_model.refresh_texts()
        self.beliefs.package_changed()

    def _suggestion_acceptance(self, choices: dict[str, str]) -> str | None:
        r = self.beliefs.report
        if r is None:
            return None
        return tr("accepted {share}").format(share=r.other_acceptance_text(choices))

    def _show_package(self) -> None:
        self._show_utilities()
        self.beliefs.package_changed()
        if self.document is not None:
            self.runner.request(self.document, self.choices)

    def _show_utilities(self) -> None:
        self.shown = {}
        self.distances = (None, None)
        space = self.space
        if space is None or set(self.choices) != set(space.issues):
            for _name, _bar, text in self.util_rows.values():
                text.setText("—")
            self.distance_label.setText("")
            return
        shape = tuple(space.parties)
        if tuple(self.util_rows) != shape:
            for widgets in self.util_rows.values():
                for w in widgets:
                    w.deleteLater()
            self.util_rows = {}
            s = self.document.scenario
            for r, pid in enumerate(shape):
                party = s.party(pid)
                name = plain_label(local(party, "name"))
                font = name.font()
                font.setBold(True)
                name.setFont(font)
                name.party_colour = party.colour  # drawn readable (``_style_names``)
                bar = UtilityBar(party.colour)
                bar.setToolTip(
                    literal(
                        tr(
                            "{party}: bar = utility of the package, tick = walk-away value (BATNA)"
                        ).format(party=local(party, "name"))
                    )
                )
                text = QLabel()
                text.setMinimumWidth(250)
                self.util_grid.addWidget(name, r, 0)
                self.util_grid.addWidget(bar, r, 1)
                self.util_grid.addWidget(text, r, 2)
                self.util_rows[pid] = (name, bar, text)
            self._style_names()
        background = self.palette().color(QPalette.ColorRole.Window)
        for st in package_math.standings(space, self.choices):
            self.shown[st.party] = st
            _, bar, text = self.util_rows[st.party]
            bar.set_values(st.utility, st.reservation)
            colour = readable("#1a7f37" if st.gain >= 0 else "#b3261e", background).name()
            text.setText(
                tr(
                    "<b>{u}</b> pts · BATNA {r} · <span style='color:{colour}'>gain {g}</span>"
                ).format(
                    u=number(st.utility, 1),
                    r=number(st.reservation, 1),
                    colour=colour,
                    g=signed(st.gain),
                )
            )
        pkg = space.index_of(self.choices)
        to_front = bg.distance_to(self.front, pkg) if self.front is not None else None
        nash = self.solutions.get("nash")
        to_nash = bg.distance_to(self.front, pkg, nash.utilities[0]) if nash else None
        self.distances = (to_front, to_nash)
        parts = []
        if to_front is not None:
            parts.append(tr("Distance to the frontier: {d} pts").format(d=number(to_front, 1)))
        parts.append(
            tr("to Nash: {d} pts").format(d=number(to_nash, 1))
            if to_nash is not None
            else tr("no Nash solution (empty ZOPA)")
        )
        self.distance_label.setText(" · ".join(parts))

    def _style_names(self) -> None:
        """Each party's name beside its bar in the party's colour, made readable on the
        window's background (a dark party colour on the dark theme was unreadable)."""
        background = self.palette().color(QPalette.ColorRole.Window)
        for name, _bar, _text in self.util_rows.values():
            colour = getattr(name, "party_colour", None) or "#777777"
            palette = name.palette()
            palette.setColor(QPalette.ColorRole.WindowText, readable(colour, background))
            name.setPalette(palette)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.util_rows:  # a theme switch
            self._style_names()
            self._show_utilities()  # the gains' colours

    def _show_indicators(self, ind) -> None:
        self.indicators = ind
        if ind is None:
            self.ind_state.setText(tr("Indicators need two negotiating parties"))
            for name, value in self.ind_labels:
                name.setText("")
                value.setText("")
            for label in (self.ind_window, self.ind_coverage, self.ind_warning):
                label.setText("")
            self.ind_warning.setVisible(False)
            return
        s = self.document.scenario if self.document is not None else None
        unit = labels.money_unit(s.trade_flows.unit if s is not None else "USD")
        me, them = labels.party_name(s, ind.party), labels.party_name(s, ind.partner)
        rows = [
            (
                tr("Change in {a}'s exports to {b}").format(a=me, b=them),
                ind.exports_change,
                True,
                tr("Exports after the package's tariffs, against the base year"),
            ),
            (
                tr("Tariff revenue {b} collects on them").format(b=them),
                ind.revenue,
                False,
                tr("Duties paid on {a}'s exports to {b} under the package").format(a=me, b=them),
            ),
            (
                tr("{a}'s bilateral balance").format(a=me),
                ind.balance,
                True,
                tr("Exports minus imports with {b}, commitments included").format(b=them),
            ),
            (
                tr("of which commitments"),
                ind.commitments,
                True,
                tr("Net yearly purchases promised in the package's commitments"),
            ),
        ]
        scale = labels.money_scale([r[1] for r in rows], unit, japanese())  # one unit per table
        for (name, value), (text, amount, sign, tip) in zip(self.ind_labels, rows, strict=True):
            name.setText(text)
            value.setText(f"<b>{escape(scale.text(amount, sign))}</b>")
            name.setToolTip(literal(tip))
            value.setToolTip(literal(tip))
        window = getattr(ind, "window", None)
        self.ind_window.setText(
            tr("Evaluated over: {window}").format(window=window.describe()) if window else ""
        )
        coverage, warning = self.runner.coverage or ("", None)
        self.ind_coverage.setText(coverage)
        self.ind_warning.setText("⚠ " + warning if warning else "")
        self.ind_warning.setVisible(bool(warning))
        self.ind_state.setText("")  # the coverage line names the base year

    def _indicators_failed(self, message: str) -> None:
        self.indicators = None
        self.ind_state.setText(tr("Indicators unavailable: {why}").format(why=message))

    # -- recording an offer --
    def _fill_offers_side(self) -> None:
        if self.document is None:
            return
        s = self.document.scenario
        sides = [(local(s.party(pid), "name"), pid) for pid in negotiator_ids(s)]
        if sides == [
            (self.side.itemText(k), self.side.itemData(k)) for k in range(self.side.count())
        ]:
            # the same sides: refilling the combo would lay the panel out again at every edit
            self.round.setValue(package_math.next_round(s))
            return
        current = self.side.currentData()
        self.side.blockSignals(True)
        self.side.clear()
        for name, pid in sides:
            self.side.addItem(name, pid)
        k = self.side.findData(current)
        self.side.setCurrentIndex(max(0, k))
        self.side.blockSignals(False)
        self.round.setValue(package_math.next_round(s))

    def record_offer(self) -> bool:
        if self.document is None or not self.choices:
            return False
        s = self.document.scenario
        party = self.side.currentData()
        rnd = self.round.value()
        oid = package_math.new_id(f"{party.lower()}_r{rnd}", (o.id for o in s.offers))
        offer = Offer(oid, rnd, party, dict(self.choices), s.as_of or dt.date.today())
        try:
            self.document.push(edits.add_offer(s, offer))
        except CommandError as exc:
            self.message.setStyleSheet("color: #b3261e;")
            self.message.setText("⚠ " + str(exc))
            return False
        self.message.setStyleSheet("color: #1a7f37;")
        self.message.setText(
            tr("Recorded as {party}'s offer of round {n}").format(
                party=self.side.currentText(), n=rnd
            )
        )
        return True


def main() -> None:  # pragma: no cover - a quick look by hand
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    builder = PackageBuilder(Session(Document.default()))
    builder.resize(1400, 520)
    builder.show()
    app.exec()


if __name__ == "__main__":  # pragma: no cover
    main()
