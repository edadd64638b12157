"""The tariff-scenario editor: measures, product lines and their effective rates through time.

A panel (docked by ``ui.tariffs.panels``; ``python -m negotiator_gui.ui.tariffs.editor`` shows it
alone) with a date control that moves the whole view through the scenario's year, the measures
table (edited in place: every edit is a named command, a refused one is reported in the status
bar and changes nothing), and the product-line table with each line's rate on the view date now
and under the current package, its stack breakdown beside it, and tariff-change operators on the
selected lines' MFN rates as one undoable step.

Rates are derived, never stored: ``app.rates.RateEngine`` computes them vectorised for all lines
once per (document change, view date, package) and caches them; a burst of change events (an
operator, an undo of a compound) costs one recompute, scheduled by a single-shot 0 ms timer. A
small flow table is computed there and then on the UI thread (well under a millisecond); a large
one (hundreds of thousands of lines: ~10 ms per rate vector, two of them with a package) on the
charts' pool through a ``jobs.Runner`` (``app.rates.rate_job``), on the document's frozen copy of
the revision, while the table keeps the previous rates and says it is updating; a result for a
state no longer current is dropped, and a state seen before (an undo, a value toggled back) is
shown from the runner's cache. The cell editors are in ``ui.tariffs.delegates``.

**The current package**: ``package_source()`` returns it (a dict issue id → option id; ``None``
means "no package"), read afresh at every recompute, and ``package_changed()`` says it changed;
the registry's factory connects both to the session's package. The "Under package" column shows
the rates under ``package_effects.package_tariffs(scenario, package)``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QDate, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSplitter,
    QStyle,
    QStyleOptionSlider,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_gui.app.document import Document
from negotiator_gui.app.rates import (
    NOT_RATES,
    Choices,
    RateEngine,
    RateResult,
    choices_key,
    explain_row,
    rate_effect,
    rate_job,
)
from negotiator_gui.core import edits
from negotiator_gui.core.commands import CommandError
from negotiator_gui.core.i18n import number, tr
from negotiator_gui.core.model import Authority, Measure, Scope
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.core.tariff_edits import OPERATOR_LABELS, apply_operator_to_lines
from negotiator_gui.core.tariffs import change_dates
from negotiator_gui.ui.common import jobs
from negotiator_gui.ui.tariffs.delegates import MeasureDelegate, RateDelegate, date_format
from negotiator_gui.ui.tariffs.models import (
    COL_PACKAGE,
    LINE_KEYS,
    MEASURE_KEYS,
    LinesModel,
    MeasuresModel,
)

#: Flow tables up to this many lines are computed on the UI thread (under a millisecond);
#: larger ones on the pool.
INLINE_LINES = 20_000

# -- the date control ----------------------------------------------------------------------------


class TickSlider(QSlider):
    """A horizontal day-of-year slider with a tick at each date where some rate changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.ticks: list[int] = []
        self.setMinimumHeight(26)

    def set_ticks(self, values: list[int]) -> None:
        self.ticks = values
        self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.ticks or self.maximum() <= self.minimum():
            return
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        style = self.style()
        groove = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderGroove, self
        )
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderHandle, self
        )
        span = groove.width() - handle.width()
        painter = QPainter(self)
        painter.setPen(QPen(QColor("#0072B2"), 2))
        for v in self.ticks:
            if self.minimum() <= v <= self.maximum():
                x = (
                    groove.x()
                    + handle.width() // 2
                    + QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), v, span)
                )
                painter.drawLine(x, self.height() - 6, x, self.height() - 1)
                painter.drawLine(x, 0, x, 5)
        painter.end()


class DateBar(QWidget):
    """The view date: a date box, a slider over its year with ticks at rate changes, buttons to
    step to the previous / next change and back to the scenario's as-of date."""

    date_changed = Signal(object)  # dt.date

    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.as_of = day
        self.changes: list[dt.date] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(tr("View &date:"))
        row.addWidget(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format())
        self.edit.setToolTip(tr("The date all rates in this panel are shown for"))
        label.setBuddy(self.edit)
        row.addWidget(self.edit)
        self.prev = QToolButton()
        self.prev.setText("◀")
        self.prev.setToolTip(tr("Go to the previous date on which a rate changes"))
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.setToolTip(tr("Go to the next date on which a rate changes"))
        row.addWidget(self.prev)
        row.addWidget(self.next)
        self.slider = TickSlider()
        self.slider.setToolTip(
            tr("Move through the year; the blue ticks mark the dates on which rates change")
        )
        self.slider.setPageStep(7)
        row.addWidget(self.slider, 1)
        self.year_label = QLabel()
        self.year_label.setToolTip(tr("The year the slider spans"))
        row.addWidget(self.year_label)
        self.as_of_button = QPushButton(tr("As of"))
        self.as_of_button.setToolTip(tr("Back to the scenario's as-of date"))
        row.addWidget(self.as_of_button)
        self.edit.dateChanged.connect(lambda q: self.set_date(q.toPython()))
        self.slider.valueChanged.connect(self._slid)
        self.prev.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.as_of_button.clicked.connect(lambda: self.set_date(self.as_of))
        self._sync()

    def set_changes(self, dates: list[dt.date]) -> None:
        self.changes = sorted(dates)
        self._sync()

    def set_date(self, day: dt.date) -> None:
        if day == self.day:
            return
        self.day = day
        self._sync()
        self.date_changed.emit(day)

    def _slid(self, value: int) -> None:
        self.set_date(dt.date(self.day.year, 1, 1) + dt.timedelta(days=value))

    def _step(self, direction: int) -> None:
        later = [d for d in self.changes if d > self.day]
        earlier = [d for d in self.changes if d < self.day]
        if direction > 0 and later:
            self.set_date(later[0])
        elif direction < 0 and earlier:
            self.set_date(earlier[-1])

    def _sync(self) -> None:
        """Show ``self.day`` in both controls without echoing their signals back."""
        year = self.day.year
        first = dt.date(year, 1, 1)
        with QSignalBlocker(self.edit), QSignalBlocker(self.slider):
            self.edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
            self.slider.setRange(0, (dt.date(year, 12, 31) - first).days)
            self.slider.setValue((self.day - first).days)
        self.slider.set_ticks([(d - first).days for d in self.changes if d.year == year])
        self.year_label.setText(str(year))
        self.prev.setEnabled(any(d < self.day for d in self.changes))
        self.next.setEnabled(any(d > self.day for d in self.changes))


# -- the tables ---------------------------------------------------------------------------------


def _table(tip: str) -> QTableView:
    view = QTableView()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setWordWrap(False)
    view.setToolTip(tip)
    vh = view.verticalHeader()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 100,000 rows: no per-row sizing
    vh.setDefaultSectionSize(view.fontMetrics().height() + 8)
    vh.hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _new_measure_id(measures: list[Measure]) -> str:
    ids = {m.id for m in measures}
    k = 1
    while f"measure_{k}" in ids:
        k += 1
    return f"measure_{k}"


# -- the panel ------------------------------------------------------------------------------------


class TariffEditor(QWidget):
    """The whole panel. ``package_source`` returns the current package's choices, or None."""

    message = Signal(str)  # refused edits and other notes, for the status bar
    day_changed = Signal(object)

    def __init__(
        self,
        document: Document,
        package_source: Callable[[], Choices] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.package_source = package_source
        self.engine = RateEngine(document.scenario)
        self.day = document.scenario.as_of
        #: The package the rates shown (or being computed) are for (``package_changed``).
        self._rates_choices: Choices = None
        self._rebuild_pending = True
        self._unsubscribe: Callable[[], None] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.recompute)
        #: Line count above which rates are computed on the pool (an attribute: tests set it).
        self.inline_lines = INLINE_LINES
        #: Large tables: rates computed on the pool (see the module doc), results cached by
        #: content, day and package; hidden, the panel only marks itself stale.
        self.rates_runner = jobs.Runner(
            self, self._prepare_rates, self._apply_rates, cache=jobs.ResultCache(4), gate=self
        )

        self.dates = DateBar(self.day)
        self.dates.date_changed.connect(self.set_day)
        self.measures = MeasuresModel(document, self.day, self)
        self.lines = LinesModel(document, self)
        self.lines.explain = self.explain_row
        self.measures.message.connect(self.message)
        self.lines.message.connect(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.dates)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._build_measures())
        split.addWidget(self._build_lines())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([230, 400])
        layout.addWidget(split, 1)
        self._bind(document)
        self.recompute()
        self._size_columns()

    # -- building --
    def _build_measures(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        title = QLabel("<b>{}</b>".format(tr("Measures")))
        head.addWidget(title)
        head.addStretch(1)
        self.add_button = QPushButton(tr("Add measure"))
        self.add_button.setToolTip(tr("Add a measure (0 %, every partner) after the selected one"))
        self.add_button.clicked.connect(self.add_measure)
        self.remove_button = QPushButton(tr("Remove measure"))
        self.remove_button.setToolTip(
            tr("Remove the selected measure (refused while an option or a rule uses it)")
        )
        self.remove_button.clicked.connect(self.remove_measure)
        head.addWidget(self.add_button)
        head.addWidget(self.remove_button)
        col.addLayout(head)
        view = self.measure_view = _table(
            tr("The scenario's tariff measures; double-click a cell to edit it")
        )
        view.setModel(self.measures)
        view.setItemDelegate(MeasureDelegate(view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        col.addWidget(view, 1)
        return box

    def _build_lines(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Horizontal)
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel("<b>{}</b>".format(tr("Product lines"))))
        self.code_filter = QLineEdit()
        self.code_filter.setPlaceholderText(tr("Code starts with…"))
        self.code_filter.setClearButtonEnabled(True)
        self.code_filter.setMaximumWidth(170)
        self.code_filter.setToolTip(tr("Show only the lines whose HS code starts with this"))
        self.partner_filter = QComboBox()
        self.partner_filter.setToolTip(tr("Show only the lines this party imports or exports"))
        self.code_filter.textChanged.connect(self._filter)
        self.partner_filter.currentIndexChanged.connect(self._filter)
        head.addWidget(self.code_filter)
        head.addWidget(self.partner_filter)
        self.count_label = QLabel()
        self.count_label.setToolTip(tr("Lines shown, of all lines in the flow table"))
        head.addWidget(self.count_label)
        self.pending_note = QLabel(tr("updating rates…"))
        self.pending_note.setToolTip(
            tr("The rates are being computed; the table shows the previous ones meanwhile")
        )
        self.pending_note.setStyleSheet("color: #8a5a00;")
        # its room is kept while hidden: showing it at every edit of a large table must not lay
        # the whole pane out again (the table, its header, the breakdown all resized)
        policy = self.pending_note.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.pending_note.setSizePolicy(policy)
        self.pending_note.hide()
        head.addWidget(self.pending_note)
        head.addStretch(1)
        self.op_combo = QComboBox()
        for op, label in OPERATOR_LABELS.items():
            self.op_combo.addItem(tr(label), op)
        self.op_combo.setCurrentIndex(list(OPERATOR_LABELS).index("linear_cut"))
        self.op_combo.setToolTip(tr("How to change the selected lines' MFN rates"))
        self.op_value = QDoubleSpinBox()
        self.op_value.setRange(-1000.0, 1000.0)
        self.op_value.setDecimals(2)
        self.op_value.setValue(50.0)
        self.op_value.setSuffix(" %")
        self.op_combo.currentIndexChanged.connect(self._operator_chosen)
        self.apply_button = QPushButton(tr("Apply to selection"))
        self.apply_button.setToolTip(
            tr("Change the MFN rate of the selected lines (one undoable step)")
        )
        self.apply_button.clicked.connect(self.apply_operator)
        head.addWidget(self.op_combo)
        head.addWidget(self.op_value)
        head.addWidget(self.apply_button)
        col.addLayout(head)
        view = self.line_view = _table(
            tr("Each line's effective rate on the view date; hover for its stack of measures")
        )
        view.setModel(self.lines)
        view.setItemDelegateForColumn(LINE_KEYS.index("mfn"), RateDelegate(view))
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.horizontalHeader().setSortIndicatorClearable(True)  # a third click: file order
        view.horizontalHeader().setStretchLastSection(False)
        view.setSortingEnabled(True)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.selectionModel().currentRowChanged.connect(lambda *_: self.show_breakdown())
        col.addWidget(view, 1)
        split.addWidget(box)
        side = QWidget()
        side_col = QVBoxLayout(side)
        side_col.setContentsMargins(0, 0, 0, 0)
        side_col.addWidget(QLabel("<b>{}</b>".format(tr("Rate breakdown"))))
        self.breakdown = QPlainTextEdit()
        self.breakdown.setReadOnly(True)
        self.breakdown.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.breakdown.setPlaceholderText(tr("Select a line to see how its rate is made up"))
        self.breakdown.setToolTip(tr("The stack of measures behind the selected line's rate"))
        side_col.addWidget(self.breakdown, 1)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 460])
        self._operator_chosen()
        return split

    def _size_columns(self) -> None:
        fm = self.fontMetrics()
        mv = self.measure_view
        widths = {"id": 16, "title": 34, "authority": 14, "programme": 10, "imposing": 9}
        widths |= {"targets": 8, "include": 17, "exclude": 10, "rate": 8, "on_date": 12, "mode": 9}
        widths |= {"effective": 11, "end": 11, "suspensions": 34}
        for key, chars in widths.items():
            mv.setColumnWidth(MEASURE_KEYS.index(key), fm.horizontalAdvance("x") * chars + 16)
        lv = self.line_view
        for key, chars in {"code": 12, "importer": 9, "exporter": 9, "value": 16}.items():
            lv.setColumnWidth(LINE_KEYS.index(key), fm.horizontalAdvance("x") * chars + 16)
        for key in ("mfn", "now", "package"):
            lv.setColumnWidth(LINE_KEYS.index(key), fm.horizontalAdvance("x") * 15 + 16)

    # -- the document --
    def _bind(self, document: Document) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._unsubscribe = document.subscribe(self._on_event)
        unsubscribe = self._unsubscribe
        self.destroyed.connect(lambda *_: _safe(unsubscribe))

    def set_document(self, document: Document) -> None:
        """Show another scenario (File → Open / New): view date back to its as-of date."""
        if document is self.document:
            return
        self.document = document
        self.engine = RateEngine(document.scenario)
        self.rates_runner.drop_results()  # a job still running is for the old document
        self.rates_runner.cache.clear()
        self.measures.set_document(document)
        self.lines.document = document
        self._bind(document)
        self._rebuild_pending = True
        self.dates.as_of = document.scenario.as_of
        self.day = document.scenario.as_of
        with QSignalBlocker(self.dates):
            self.dates.set_date(self.day)
        self.measures.set_day(self.day)
        self.recompute()

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "clean":
            return
        if event.reason == "reset":
            self.engine.invalidate(rebuild=True)
            self._rebuild_pending = True
            self.measures.refresh()
            self.timer.start()
            return
        effect = rate_effect(event.changes)
        if effect is None:
            return
        rebuild, columns = effect
        self.engine.invalidate(rebuild=rebuild, columns=columns)
        self._rebuild_pending |= rebuild
        kinds = {c.kind for c in event.changes}
        if "measure" in kinds or "scenario" in kinds:
            self.measures.refresh()  # cheap (a few dozen rows), and keeps views consistent
        self.timer.start()  # rates: once, after the burst

    def set_day(self, day: dt.date) -> None:
        if day == self.day:
            return
        self.day = day
        self.measures.set_day(day)
        self.day_changed.emit(day)
        self.timer.start()

    # -- deriving --
    def current_choices(self) -> Choices:
        choices = self.package_source()
        return None if choices is None else dict(choices)

    def recompute(self) -> None:
        """Rates now and under the package on the view date, for all lines, into the model:
        there and then for a small flow table, else on the pool (``rates_runner``; the table
        keeps the previous rates, with a note, until the new ones arrive)."""
        self.timer.stop()
        self._rates_choices = self.current_choices()
        if len(self.document.scenario.trade_flows) > self.inline_lines:
            self.pending_note.show()
            self.rates_runner.request()
            return
        self.rates_runner.drop_results()  # a large table's result still on its way is stale
        self.pending_note.hide()
        work = rate_job(self.engine, self.document.scenario, self.day, self.current_choices())
        self._show_rates(work())

    def package_changed(self, *_args) -> None:
        """The package builder re-announces its package after every edit of the space (a
        weight, a score): recompute only if the package differs from the one the rates are for
        (a weight edit does not move a tariff)."""
        if self.timer.isActive() or self.current_choices() == self._rates_choices:
            return
        self.timer.start()

    def _prepare_rates(self):
        """The pool job (UI thread, at its start): cached by what the rates depend on; the
        frozen copy is taken only when a job does start."""
        engine, day, choices = self.engine, self.day, self.current_choices()
        key = (self.document.content_key(NOT_RATES), day, choices_key(choices))
        document = self.document
        return key, jobs.Later(lambda: rate_job(engine, document.frozen(), day, choices))

    def _apply_rates(self, result: RateResult | Exception) -> None:
        if isinstance(result, Exception):
            self.pending_note.hide()
            self.message.emit(tr("Rates could not be computed: {why}").format(why=result))
            return
        if self.timer.isActive():  # a newer recompute is due on this turn: keep waiting
            return
        self.pending_note.hide()
        self._show_rates(result)

    def _show_rates(self, result: RateResult) -> None:
        """Show ``result`` if it is for the engine's current version (a result cached for the
        same content but an older version is taken too: same lines, same rates)."""
        engine = self.engine
        if result.engine is not engine:  # for the document open before this one: dropped
            return
        # the same rows when the lines share their code columns (a refreshed MFN or value
        # column keeps them): repaint; other rows (a new or replaced table): reset the model
        same_rows = (
            result.lines.product is self.lines.code
            and result.lines.importer is self.lines.importer
            and result.lines.exporter is self.lines.exporter
        )
        engine.take(result)
        lines, now, package, choices = result.lines, result.now, result.package, result.choices
        if not same_rows or self._rebuild_pending:
            self.lines.set_lines(lines, now, package)
            self._fill_partners()
            self._rebuild_pending = False
        else:
            self.lines.set_rates(lines, now, package)
        self.line_view.setColumnHidden(COL_PACKAGE, package is None)
        measures = list(self.document.scenario.measures)
        if choices:
            measures += self.engine.package_measures(choices)
        self.dates.set_changes(change_dates(measures))
        self.count_label.setText(
            tr("{shown} of {total} lines").format(
                shown=number(self.lines.rowCount()), total=number(len(lines))
            )
        )
        self.show_breakdown()

    @property
    def rates_pending(self) -> bool:
        """True until the rates of the latest change are shown (a recompute due or running)."""
        return self.timer.isActive() or self.rates_runner.busy

    def _fill_partners(self) -> None:
        keep = self.partner_filter.currentData()
        with QSignalBlocker(self.partner_filter):
            self.partner_filter.clear()
            self.partner_filter.addItem(tr("All partners"), "")
            for p in self.lines.parties:
                self.partner_filter.addItem(p, p)
            k = self.partner_filter.findData(keep)
            self.partner_filter.setCurrentIndex(max(0, k))

    def explain_row(self, row: int) -> str:
        """The stack breakdown of flow row ``row`` on the view date (now, and under the package)."""
        s = self.document.scenario
        if not 0 <= row < len(s.trade_flows):
            return ""
        choices = self.current_choices()
        pm = None if choices is None else self.engine.package_measures(choices)
        return explain_row(s, row, self.day, pm)

    def show_breakdown(self) -> None:
        index = self.line_view.currentIndex()
        if not index.isValid() or index.row() >= self.lines.rowCount():
            self.breakdown.setPlainText("")
            return
        self.breakdown.setPlainText(self.explain_row(self.lines.flow_row(index.row())))

    def _filter(self) -> None:
        self.lines.set_filter(self.code_filter.text(), self.partner_filter.currentData() or "")
        self.count_label.setText(
            tr("{shown} of {total} lines").format(
                shown=number(self.lines.rowCount()), total=number(len(self.lines.code))
            )
        )
        self.show_breakdown()

    # -- commands --
    def _push(self, make: Callable[[], object]) -> bool:
        try:
            self.document.push(make())
        except CommandError as exc:
            self.message.emit(str(exc))
            return False
        return True

    def selected_measure(self) -> Measure | None:
        index = self.measure_view.currentIndex()
        return self.measures.measure(index.row()) if index.isValid() else None

    def add_measure(self) -> None:
        s = self.document.scenario
        current = self.selected_measure()
        imposing = current.imposing if current else s.perspective
        m = Measure(
            id=_new_measure_id(s.measures),
            title=tr("New measure"),
            authority=Authority.OTHER,
            imposing=imposing,
            targets=["*"],
            rate=0.0,
            scope=Scope(),
            effective=self.day,
        )
        index = s.measures.index(current) + 1 if current else None
        if self._push(lambda: edits.add_measure(s, m, index)):
            row = self.measures.row_of(m.id)
            self.measure_view.setCurrentIndex(self.measures.index(row, MEASURE_KEYS.index("title")))

    def remove_measure(self) -> None:
        m = self.selected_measure()
        if m is None:
            self.message.emit(tr("Select a measure to remove"))
            return
        s = self.document.scenario
        self._push(lambda: edits.remove_measure(s, m.id))

    def selected_rows(self) -> np.ndarray:
        """Flow rows of the selected product lines (from selection ranges: no per-row loop)."""
        parts = [
            self.lines.view[r.top() : r.bottom() + 1]
            for r in self.line_view.selectionModel().selection()
        ]
        return np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)

    def _operator_chosen(self) -> None:
        op = self.op_combo.currentData()
        swiss = op == "swiss"
        self.op_value.setPrefix("a = " if swiss else "")  # the formula's symbol
        tips = {
            "new_rate": tr("The new MFN rate, in percent"),
            "max_rate": tr("The ceiling: rates above it come down to it"),
            "linear_cut": tr("The cut in percent of each rate (50 % halves it)"),
            "swiss": tr("The Swiss coefficient a in percent (16 means a = 0.16)"),
            "add_on": tr("Percentage points added (negative: taken off)"),
            "all_in_floor": tr("The floor: rates below it go up to it"),
        }
        self.op_value.setToolTip(tips[op])
        if swiss and self.op_value.value() == 50.0:
            self.op_value.setValue(16.0)

    def apply_operator(self) -> bool:
        rows = self.selected_rows()
        op, value = self.op_combo.currentData(), self.op_value.value()
        s = self.document.scenario
        if not self._push(lambda: apply_operator_to_lines(s, rows, op, value)):
            return False
        self.message.emit(self.document.stack.undo_name())
        return True

    # -- a quick look on its own --
    def sizeHint(self) -> QSize:
        """Roomy by default: the panel shows two wide tables."""
        return super().sizeHint().expandedTo(QSize(1100, 520))


def _safe(fn: Callable[[], None]) -> None:
    with contextlib.suppress(ValueError):  # already unsubscribed (another document since)
        fn()


def main() -> int:
    """``python -m negotiator_gui.ui.tariffs.editor``: the panel alone on the default scenario."""
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    panel = TariffEditor(Document.default())
    panel.message.connect(print)
    panel.resize(1400, 800)
    panel.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
