"""Analysis views: the options matrix and the counter-package finder, as docks.

The matrix is the very structure the Excel export reads (``core.options_matrix.build``), so the
screen and the workbook never disagree. Building it runs the trade model once per candidate,
which is felt, so it runs on the analysis pool after a pause in edits; the counter-package search
does too. Both go through a ``jobs.Runner``: each request carries a generation number, and a
result whose generation is no longer current when it arrives (another edit came in meanwhile) is
dropped rather than shown as current; the work waits for the charts to be quiet first
(``jobs.yield_to_charts``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from negotiator_gui.app import derived
from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core import analysis_data as ad
from negotiator_gui.core import bargaining, options_matrix
from negotiator_gui.core.beliefs import report as beliefs_report
from negotiator_gui.core.i18n import number, tr
from negotiator_gui.core.labels import party_name
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.offers import latest_offers
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.ui.analysis.models import (
    FRONTIER_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    CounterModel,
    MatrixModel,
)
from negotiator_gui.ui.common import jobs
from negotiator_gui.ui.common.text import plain_label
from negotiator_gui.ui.common.wrap_label import WrapLabel

#: Kinds of change that can change the matrix or the counter-packages.
RELEVANT = {
    "issue",
    "option",
    "preferences",
    "party",
    "package",
    "offer",
    "scenario",
    "measure",
    "trade_flows",
}


def _after_charts(work: Callable[[], Any]) -> Callable[[], Any]:
    """``work`` once the charts are quiet (``jobs.yield_to_charts``); ``Cancelled`` if the
    application closes meanwhile (the view shows nothing for it)."""

    def run() -> Any:
        if not jobs.yield_to_charts():
            raise jobs.Cancelled
        return work()

    return run


def _runner(view, show: Callable[[Any], None], failed: Callable[[str], None]) -> jobs.Runner:
    """The view's runner on the analysis pool: its job is the latest ``view.work`` (set by its
    ``refresh``); a result goes to ``show``, an error's message to ``failed``."""

    def apply(result: Any) -> None:
        if isinstance(result, jobs.Cancelled):
            return  # the application is closing: nothing to show
        if isinstance(result, Exception):  # shown in the view, never raised
            failed(str(result))
        else:
            show(result)

    return jobs.Runner(view, lambda: view.work, apply, kind="analysis")


def _table() -> QTableView:
    view = QTableView()
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    view.setTabKeyNavigation(False)
    view.horizontalHeader().setStretchLastSection(True)
    # no sort until asked: rows come in the core's order (solutions, offers, frontier)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return view


def _lay_out(view, bar, name: str, tip: str, status_tip: str) -> None:
    """Both views' body: the bar of controls, the results table (on ``view.proxy``; a
    double-click uses the row) and a status line; sets ``view.table`` and ``view.status``."""
    view.table = _table()
    view.table.setModel(view.proxy)
    view.table.setAccessibleName(name)
    view.table.setToolTip(tip)
    view.table.doubleClicked.connect(lambda _i: view.use_selected())
    view.table.selectionModel().selectionChanged.connect(lambda *_: view._enable())
    view.status = plain_label()  # notes and errors quote issues and options
    view.status.setWordWrap(True)
    view.status.setToolTip(status_tip)
    layout = QVBoxLayout(view)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addLayout(bar)
    layout.addWidget(view.table, 1)
    layout.addWidget(view.status)
    view._enable()


class _Proxy(QSortFilterProxyModel):
    """Sorts by the raw numbers; filters by text (label, kinds, options) and frontier-only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.frontier_only = False

    def set_frontier_only(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            self.frontier_only = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover
            self.frontier_only = on
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self.frontier_only and not model.data(index, FRONTIER_ROLE):
            return False
        needle = self.filterRegularExpression().pattern().lower()
        if not needle:
            return True
        row = model.data(index, ROW_ROLE)
        kinds = str(model.data(model.index(source_row, 1, source_parent)))
        hay = " ".join([row.label, kinds, *row.kinds, *row.choices.values()]).lower()
        return needle in hay


def _acceptance(s: Scenario, matrix, space_of) -> tuple[list[float | None], str, str] | None:
    """Under uncertainty: each row's share of samples accepted by the other side (all others),
    the column's header and what the shares are of; None without ranges of any width.
    ``space_of``: the session's shared space (our side first)."""
    try:
        report = beliefs_report.analyse(s, acceptance_only=True, space_of=space_of)
    except (bargaining.AnalysisError, KeyError, ValueError):
        return None
    if report is None:
        return None
    shares: list[float | None] = []
    for r in matrix.packages:
        try:
            shares.append(report.other_acceptance(dict(r.choices)))
        except (bargaining.AnalysisError, KeyError, ValueError):
            shares.append(None)
    names = report.party_names
    head = (
        tr("Accepted by {party}").format(party=names[1])
        if len(names) == 2
        else tr("Accepted by all")
    )
    return shares, head, report.basis()


class OptionsMatrixView(QWidget):
    """The candidate packages with utilities, flags and indicators."""

    #: Asked to find counter-packages for a package (choices).
    counter_requested = Signal(dict, str)
    #: The export button: the shell's File → Export workbook… does it.
    export_requested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.document: Document | None = None
        self.snapshot: Scenario | None = None
        self._unsubscribe = None
        self.model = MatrixModel(self)
        self.proxy = _Proxy(self)
        self.proxy.setSourceModel(self.model)
        #: The job the next start of ``bg`` runs (the latest ``refresh``'s), or None.
        self.work: Callable[[], Any] | None = None
        self.bg = _runner(self, self._show, self._failed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.refresh)
        self._build()

    def _build(self) -> None:
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter packages by name, kind or option"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setToolTip(tr("Show only the packages whose name, kind or options match"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.frontier_only = QCheckBox(tr("&Frontier only"))
        self.frontier_only.setToolTip(tr("Show only the packages on the Pareto frontier"))
        self.frontier_only.toggled.connect(self.proxy.set_frontier_only)
        self.use_button = QPushButton(tr("&Use this package"))
        self.use_button.setToolTip(tr("Make the selected package the current package"))
        self.use_button.clicked.connect(self.use_selected)
        self.counter_button = QPushButton(tr("&Counter-packages for this"))
        self.counter_button.setToolTip(
            tr("Find packages worth the same to the other side as the selected one")
        )
        self.counter_button.clicked.connect(self.counter_selected)
        self.export_button = QPushButton(tr("E&xport to Excel…"))
        self.export_button.setToolTip(tr("Write the options matrix to an Excel workbook"))
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.frontier_only)
        bar.addSpacing(12)
        bar.addWidget(self.use_button)
        bar.addWidget(self.counter_button)
        bar.addWidget(self.export_button)
        _lay_out(
            self,
            bar,
            tr("Options matrix"),
            tr(
                "The candidate packages with each side's utility, ZOPA and frontier flags and "
                "trade indicators. Click a header to sort; double-click a row to make it the "
                "current package."
            ),
            tr("What the matrix holds, and notes from the analysis"),
        )
        # beside the indicator columns: the period they average over, the trade they cover
        self.context = WrapLabel.note(
            tr(
                "The indicator columns are yearly flows averaged over this window, from the "
                "trade the flow table holds"
            )
        )
        self.warning = WrapLabel.warning()
        at = self.layout().indexOf(self.table)  # above the table: seen before its figures
        self.layout().insertWidget(at, self.warning)
        self.layout().insertWidget(at, self.context)

    def _enable(self) -> None:
        has = self.selected() is not None
        self.use_button.setEnabled(has)
        self.counter_button.setEnabled(has)

    # -- the document --
    def set_document(self, document: Document | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.document = document
        self.bg.invalidate()
        if document is not None:
            self._unsubscribe = document.subscribe(self._on_event)
            self.timer.start()

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "reset" or any(c.kind in RELEVANT for c in event.changes):
            self.bg.invalidate()  # anything still building is now stale
            self.status.setText(tr("Updating…"))
            self.timer.start()

    def refresh(self) -> int:
        """Start building the matrix of the document as it is now; returns the generation."""
        self.timer.stop()
        if self.document is None:
            return self.bg.generation
        scenario = self.document.frozen()  # shared, read-only
        self.status.setText(tr("Building the options matrix…"))
        shared = self._shared_analysis(scenario)
        space_of = self.session.derived.request(
            derived.SPACE, self.document, derived.negotiator_ids(scenario)
        )[1]

        def work() -> tuple[Any, Scenario]:
            try:
                analysis, zopa = shared() if shared is not None else (None, None)
            except bargaining.AnalysisError:
                analysis, zopa = None, None  # the matrix says why (or lists what it can)
            matrix = options_matrix.build(scenario, partial=True, analysis=analysis, zopa=zopa)
            return matrix, scenario, _acceptance(scenario, matrix, space_of)

        self.work = _after_charts(work)
        self.bg.request()
        return self.bg.generation

    def _shared_analysis(self, s: Scenario):
        """The session's space, frontier and solutions for the negotiators in the scenario's
        order (the matrix's) and the ZOPA's size (the status bar's), unless a negotiator has
        no preferences yet (the matrix then lists what it can on its own)."""
        parties = [p.id for p in s.negotiators()]
        known = {p.party for p in s.preferences}
        if len(parties) < 2 or not known.issuperset(parties):
            return None
        derived_ = self.session.derived
        analysis = derived_.request(derived.ANALYSIS, self.document, parties)[1]
        zopa = derived_.request(derived.ZOPA, self.document, derived.negotiator_ids(s))[1]
        return lambda: (analysis(), zopa())

    def _show(self, result: tuple) -> None:
        matrix, scenario, *rest = result  # (the acceptance column's, under uncertainty)
        acceptance = rest[0] if rest else None
        key = self._selected_key()
        self.snapshot = scenario
        self.model.set_matrix(matrix, scenario, acceptance)
        self._fit_columns()
        self._reselect(key)
        text = tr("{n} candidate packages of {size}; {f} frontier points").format(
            n=number(len(matrix.packages)),
            size=number(matrix.space_size),
            f=number(matrix.frontier_size),
        )
        if matrix.notes:
            text += " — " + "; ".join(matrix.notes[:2])
        self.status.setText(text)
        self._show_context(matrix)
        self._enable()

    def _show_context(self, matrix) -> None:
        """The window and the coverage of the indicator columns, and the coverage warning."""
        parts = []
        if matrix.window is not None:
            parts.append(tr("Indicators: {window}.").format(window=matrix.window.describe()))
        coverage, warning = matrix.coverage or ("", None)
        if coverage:
            parts.append(coverage)
        self.context.setText(" ".join(parts))
        self.context.setVisible(bool(parts))
        self.warning.setText("⚠ " + warning if warning else "")
        self.warning.setVisible(bool(warning))

    def _failed(self, message: str) -> None:
        self.model.set_matrix(None, None)
        self.status.setText("⚠ " + message)
        self.context.setText("")
        self.warning.setVisible(False)
        self._enable()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 160), 300))
            for c in range(1, self.model.columnCount()):
                self.table.setColumnWidth(c, max(self.table.columnWidth(c), 64))

    # -- selection and actions --
    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], ROW_ROLE) if rows else None

    def _selected_key(self) -> str | None:
        row = self.selected()
        return row.key if row else None

    def _reselect(self, key: str | None) -> None:
        if key is None:
            return
        for r in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(r, 0), ROW_ROLE).key == key:
                self.table.selectRow(r)
                return

    def use_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        self.session.choose(dict(row.choices), row.label)  # "Choose package “Nash”"
        return True

    def counter_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        self.counter_requested.emit(dict(row.choices), row.label)
        return True

    def export(self) -> None:
        """File → Export workbook… (the same matrix, the same options dialog)."""
        self.export_requested.emit()


class CounterFinder(QWidget):
    """Equal-value trades for an offer: packages worth the same to the side that made it (within
    epsilon points), ranked by what they give our side."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.document: Document | None = None
        self._unsubscribe = None
        self.custom: tuple[dict[str, str], str] | None = None
        self.model = CounterModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        #: The job the next start of ``bg`` runs (the latest ``refresh``'s), or None.
        self.work: Callable[[], Any] | None = None
        self.bg = _runner(self, self._show, self._failed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.refresh)
        self._build()

    def _build(self) -> None:
        self.source = QComboBox()
        self.source.setToolTip(tr("The offer (or package) to find equal-value trades for"))
        self.source.setMinimumContentsLength(28)
        self.source.currentIndexChanged.connect(lambda _i: self.timer.start())
        self.epsilon = QDoubleSpinBox()
        self.epsilon.setRange(0.0, 20.0)
        self.epsilon.setDecimals(1)
        self.epsilon.setSingleStep(0.5)
        self.epsilon.setValue(1.0)
        self.epsilon.setSuffix(tr(" pts"))
        self.epsilon.setToolTip(
            tr("How far (in utility points) a counter may be from the offer's value to its author")
        )
        self.epsilon.valueChanged.connect(lambda _v: self.timer.start())
        self.top = QSpinBox()
        self.top.setRange(1, 100)
        self.top.setValue(10)
        self.top.setToolTip(tr("How many counter-packages to list"))
        self.top.valueChanged.connect(lambda _v: self.timer.start())
        self.use_button = QPushButton(tr("&Use this package"))
        self.use_button.setToolTip(tr("Make the selected counter-package the current package"))
        self.use_button.clicked.connect(self.use_selected)
        bar = QHBoxLayout()
        for text, widget in (
            (tr("&Offer:"), self.source),
            (tr("&Epsilon:"), self.epsilon),
            (tr("&Top:"), self.top),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget, 1 if widget is self.source else 0)
        bar.addSpacing(12)
        bar.addWidget(self.use_button)
        _lay_out(
            self,
            bar,
            tr("Counter-packages"),
            tr(
                "Packages worth the same to the offer's author, best for our side first; the "
                "changes from the offer are listed. Double-click a row to make it the current "
                "package."
            ),
            tr("What the search found, and for whom"),
        )

    def _enable(self) -> None:
        self.use_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    # -- the document --
    def set_document(self, document: Document | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.document = document
        self.custom = None
        self.bg.invalidate()
        if document is not None:
            self._unsubscribe = document.subscribe(self._on_event)
        self._fill_sources()
        self.timer.start()

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "reset" or any(c.kind in RELEVANT for c in event.changes):
            self.bg.invalidate()
            self._fill_sources()
            self.timer.start()

    def _other_side(self, s: Scenario) -> str | None:
        return next((p.id for p in s.negotiators() if p.id != s.perspective), None)

    def _fill_sources(self) -> None:
        """Each other-side's latest offer first (the usual question), then ours, then a package
        sent from the options matrix."""
        keep = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        s = self.document.scenario if self.document is not None else None
        if s is not None:
            parties = [p.id for p in s.negotiators()]
            parties.sort(key=lambda p: p == s.perspective)
            latest = latest_offers(s)
            for p in parties:
                off = next((o for o in s.offers if o.id == latest.get(p)), None)
                if off is not None:
                    text = tr("{party}'s latest offer (round {n})").format(
                        party=party_name(s, p), n=off.round
                    )
                    self.source.addItem(text, ("offer", p))
            if self.custom is not None:
                self.source.addItem(self.custom[1], ("custom", ""))
        k = self.source.findData(keep) if keep is not None else -1
        self.source.setCurrentIndex(max(k, 0))
        self.source.blockSignals(False)

    def set_package(self, choices: dict[str, str], label: str) -> None:
        """Find counters for a package from elsewhere (the options matrix): worth the same to
        the other side, best for ours."""
        self.custom = (dict(choices), tr("Package: {label}").format(label=label))
        self._fill_sources()
        self.source.setCurrentIndex(self.source.findData(("custom", "")))
        self.refresh()

    def _request(self, s: Scenario) -> tuple[dict[str, str], str, str] | None:
        data = self.source.currentData()
        if data is None:
            return None
        kind, party = data
        if kind == "offer":
            choices = ad.latest_offer_choices(s, party)
            holder = party
        else:
            assert self.custom is not None
            choices, holder = self.custom[0], self._other_side(s) or s.perspective
        others = [p.id for p in s.negotiators() if p.id != holder]
        if choices is None or not others:
            return None
        for_party = s.perspective if s.perspective in others else others[0]
        return choices, holder, for_party

    def refresh(self) -> int:
        self.timer.stop()
        if self.document is None:
            return self.bg.generation
        scenario = self.document.frozen()  # shared, read-only
        req = self._request(scenario)
        if req is None:
            self.bg.invalidate()
            self.model.set_result(None, None)
            self.status.setText(tr("No offer to counter yet: record one in the package builder"))
            return self.bg.generation
        choices, holder, for_party = req
        eps, top = self.epsilon.value(), self.top.value()
        self.status.setText(tr("Searching…"))

        _key, space = self.session.derived.request(
            derived.SPACE, self.document, [p.id for p in scenario.negotiators()]
        )

        def work() -> tuple[ad.CounterResult, Scenario]:
            found = ad.counters(scenario, choices, holder, for_party, eps, top, space())
            return found, scenario

        self.work = _after_charts(work)
        self.bg.request()
        return self.bg.generation

    def _show(self, result: tuple[ad.CounterResult, Scenario]) -> None:
        res, scenario = result
        self.model.set_result(res, scenario)
        for c in range(self.model.columnCount() - 1):  # the last one stretches
            self.table.resizeColumnToContents(c)
            self.table.setColumnWidth(c, max(self.table.columnWidth(c), 56))
        u = ", ".join(f"{p} {number(v, 1)}" for p, v in res.offer_utilities.items())
        text = tr(
            "{n} packages worth {holder}'s value of the offer ({u}) within ±{eps} points, "
            "best for {fp} first"
        ).format(
            n=len(res.rows),
            holder=res.holder,
            u=u,
            eps=number(self.epsilon.value(), 1),
            fp=res.for_party,
        )
        if not res.complete:
            text += " — " + tr("search cut short: the best found so far")
        elif not res.rows:
            # nothing that close: say what to try instead of leaving an empty table
            text += " — " + tr(
                "none found: widen the tolerance (±{eps} points now) to see near-equal trades"
            ).format(eps=number(self.epsilon.value(), 1))
        self.status.setText(text)
        self._enable()

    def _failed(self, message: str) -> None:
        self.model.set_result(None, None)
        self.status.setText("⚠ " + message)
        self._enable()

    def use_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        row = self.proxy.data(rows[0], ROW_ROLE)
        # "Choose package “Counter-package 2”": the history says where the package came from
        self.session.choose(dict(row.choices), tr("Counter-package {n}").format(n=row.rank))
        return True
