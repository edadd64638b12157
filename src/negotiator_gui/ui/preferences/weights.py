"""Each negotiating party's issue weights as 100 points, with GENIUS-style locked sliders, and
its reservation value (BATNA); beside each weight and the reservation value, a range (how far
the number may plausibly be off: "15–25" or "±5"), and per party a confidence level that gives
every number without a range of its own a band (``core.preference_ranges``).

Moving one slider renormalises the party's *unlocked* other weights so the total stays 100; a
locked weight keeps its value. While a slider is dragged the panel only previews the result (the
numbers and the other sliders move); the edit is made once, on release, so one drag is one undo
step. A slider moved with the keyboard applies each step at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSlider,
    QWidget,
)

from negotiator_gui.app.derived import negotiator_ids
from negotiator_gui.app.document import Document
from negotiator_gui.core import edits
from negotiator_gui.core.commands import ChangeKind, Command, CommandError
from negotiator_gui.core.i18n import local, number, tr
from negotiator_gui.core.model import (
    Confidence,
    IssuePreference,
    Preferences,
    Range,
    Scenario,
)
from negotiator_gui.core.model import label as enum_label
from negotiator_gui.core.preference_ranges import (
    CONFIDENCE_WIDTH,
    effective_range,
    format_range,
    parse_range,
)
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.ui.common.text import literal, plain_label
from negotiator_gui.ui.common.wrap_label import WrapLabel

#: Slider steps per weight point (sliders are integers; weights are tenths of a point apart).
STEPS = 10
#: Grid columns per party: slider, points, range, lock.
COLS = 4


class WeightsPanel(QWidget):
    """Grid: one row per issue; per party a slider, its points and a lock; totals and BATNAs."""

    refused = Signal(str)
    accepted = Signal()

    def __init__(self, document: Document | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.locked: dict[str, set[str]] = {}
        self.sliders: dict[tuple[str, str], QSlider] = {}
        #: Each weight typed or stepped exactly (arrow keys: 0.5 points; Page Up/Down: 5).
        self.values: dict[tuple[str, str], QDoubleSpinBox] = {}
        self.locks: dict[tuple[str, str], QCheckBox] = {}
        self.totals: dict[str, QLabel] = {}
        self.reservations: dict[str, QDoubleSpinBox] = {}
        #: The range typed beside each weight, and beside each reservation value.
        self.ranges: dict[tuple[str, str], QLineEdit] = {}
        self.reservation_ranges: dict[str, QLineEdit] = {}
        self.confidences: dict[str, QComboBox] = {}
        self._shape: tuple = ()
        self._updating = False
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(3)
        if document is not None:
            self.set_document(document)

    # -- the document --
    def set_document(self, document: Document | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.document = document
        self.locked = {}
        if document is not None:
            self._unsubscribe = document.subscribe(self._on_event)
        self.refresh()

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "clean":
            return
        K = ChangeKind
        kinds = {K.ISSUE, K.PREFERENCES, K.PARTY, K.SCENARIO}
        if event.reason == "reset" or any(c.kind in kinds for c in event.changes):
            self.refresh()

    def weights(self, party: str) -> dict[str, float]:
        """The party's weight of every issue (0 where it has none), in issue order."""
        assert self.document is not None
        s = self.document.scenario
        try:
            prefs = s.preferences_of(party).issues
        except KeyError:
            prefs = {}
        return {i.id: prefs[i.id].weight if i.id in prefs else 0.0 for i in s.issues}

    # -- building and filling the grid --
    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone at once, deleted when control returns
                item.widget().deleteLater()
        self.sliders.clear()
        self.values.clear()
        self.locks.clear()
        self.totals.clear()
        self.reservations.clear()
        self.ranges.clear()
        self.reservation_ranges.clear()
        self.confidences.clear()

    def _build(self) -> None:
        self._clear()
        if self.document is None:
            return
        s = self.document.scenario
        parties = negotiator_ids(s)
        head = QLabel(tr("Issue"))
        head.setStyleSheet("font-weight: bold;")
        self.grid.addWidget(head, 0, 0)
        for k, pid in enumerate(parties):
            party = s.party(pid)
            label = plain_label(local(party, "name"))
            label.setStyleSheet(
                f"font-weight: bold; border-bottom: 3px solid {party.colour}; padding-bottom: 2px;"
            )
            label.setToolTip(
                literal(
                    tr("How much each issue matters to {party}: 100 points shared out").format(
                        party=local(party, "name")
                    )
                )
            )
            self.grid.addWidget(label, 0, 1 + COLS * k, 1, COLS)
            self.locked.setdefault(pid, set())
        for r, issue in enumerate(s.issues, start=1):
            title = plain_label(local(issue, "title"))
            title.setToolTip(literal(local(issue, "description") or local(issue, "title")))
            title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            title.setMinimumWidth(120)
            self.grid.addWidget(title, r, 0)
            for k, pid in enumerate(parties):
                self._add_row(
                    pid,
                    local(s.party(pid), "name"),
                    issue.id,
                    local(issue, "title"),
                    r,
                    1 + COLS * k,
                )
        last = len(s.issues) + 1
        total_label = QLabel(tr("Total"))
        total_label.setStyleSheet("font-weight: bold;")
        self.grid.addWidget(total_label, last, 0)
        batna = QLabel(tr("Reservation value (BATNA)"))
        batna.setToolTip(
            tr("The utility of no deal, 0–100: a package below it is worse than walking away")
        )
        self.grid.addWidget(batna, last + 1, 0)
        confidence = QLabel(tr("Confidence"))
        confidence.setToolTip(
            tr("How sure the team is of a party's numbers, for those without a range of their own")
        )
        self.grid.addWidget(confidence, last + 2, 0)
        for k, pid in enumerate(parties):
            total = QLabel()
            total.setToolTip(tr("A party's weights always share 100 points"))
            _fix_size(total, tr("{t} points").format(t=number(1000.0, 1)))
            self.grid.addWidget(total, last, 1 + COLS * k, 1, COLS)
            self.totals[pid] = total
            spin = QDoubleSpinBox()
            spin.setRange(0.0, 100.0)
            spin.setDecimals(1)
            spin.setSuffix(" " + tr("pts"))
            spin.setKeyboardTracking(False)
            spin.setAccessibleName(
                tr("{party} reservation value").format(party=local(s.party(pid), "name"))
            )
            spin.setToolTip(
                literal(
                    tr(
                        "{party}'s reservation value: the utility (0–100) of its best alternative "
                        "to a deal"
                    ).format(party=local(s.party(pid), "name"))
                )
            )
            spin.valueChanged.connect(lambda v, p=pid: self.set_reservation(p, v))
            self.grid.addWidget(spin, last + 1, 1 + COLS * k, 1, 2)
            self.reservations[pid] = spin
            name = local(s.party(pid), "name")
            field = _range_field(
                tr("{party} reservation range").format(party=name),
                literal(
                    tr(
                        "How far {party}'s reservation value may plausibly be off: low–high "
                        "(40–55) or ±points (±5); empty for none"
                    ).format(party=name)
                ),
            )
            field.editingFinished.connect(lambda p=pid: self._reservation_range_typed(p))
            self.grid.addWidget(field, last + 1, 3 + COLS * k)
            self.reservation_ranges[pid] = field
            combo = QComboBox()
            combo.addItem(tr("No confidence band"), None)
            for level in Confidence:
                width = CONFIDENCE_WIDTH[level]
                combo.addItem(
                    tr("{level} (±{w} points)").format(level=enum_label(level), w=number(width, 0)),
                    level.value,
                )
            combo.setAccessibleName(tr("{party} confidence").format(party=name))
            combo.setToolTip(
                literal(
                    tr(
                        "How sure the team is of {party}'s numbers: every weight, score and "
                        "reservation value without a range of its own gets this band"
                    ).format(party=name)
                )
            )
            combo.activated.connect(lambda _i, p=pid: self._confidence_chosen(p))
            self.grid.addWidget(combo, last + 2, 1 + COLS * k, 1, COLS)
            self.confidences[pid] = combo
        self.grid.setColumnStretch(0, 2)
        for k in range(len(parties)):
            self.grid.setColumnStretch(1 + COLS * k, 3)
        # the rule, where the weights are (a slider drag used to surprise: every other weight
        # moved and nothing said how)
        rule = WrapLabel.note(tr("How the other weights follow a change"))
        rule.setText(
            tr(
                "Changing one weight rescales that party's unlocked other weights in proportion, "
                "so the total stays 100; a locked weight keeps its value."
            )
        )
        rule.setObjectName("weights-rule")
        self.grid.addWidget(rule, last + 3, 0, 1, 1 + COLS * len(parties))
        self.grid.setRowStretch(last + 4, 1)

    def _add_row(self, pid: str, name: str, issue_id: str, title: str, row: int, col: int) -> None:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(0, 100 * STEPS)
        slider.setSingleStep(STEPS)
        slider.setPageStep(5 * STEPS)
        slider.setMinimumWidth(80)
        slider.setAccessibleName(tr("{party}: {issue}").format(party=name, issue=title))
        slider.setToolTip(
            literal(
                tr(
                    "{party}'s weight of '{issue}'. Drag or use the arrow keys; the unlocked "
                    "other issues make room so the total stays 100"
                ).format(party=name, issue=title)
            )
        )
        slider.valueChanged.connect(lambda v, p=pid, i=issue_id: self._moved(p, i, v))
        slider.sliderReleased.connect(lambda p=pid, i=issue_id: self._released(p, i))
        value = QDoubleSpinBox()
        value.setRange(0.0, 100.0)
        value.setDecimals(1)
        value.setSingleStep(0.5)
        value.setKeyboardTracking(False)  # typed: applied on Enter or when focus leaves
        value.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setFixedWidth(value.fontMetrics().horizontalAdvance(number(100.0, 1)) + 18)
        value.setAccessibleName(tr("{party}: {issue} (points)").format(party=name, issue=title))
        value.setToolTip(
            tr(
                "Points out of 100: type a value or use the arrow keys (0.5 points a step); the "
                "unlocked other issues are rescaled in proportion so the total stays 100"
            )
        )
        value.valueChanged.connect(
            lambda v, p=pid, i=issue_id: None if self._updating else self.set_weight(p, i, v)
        )
        rng = _range_field(
            tr("{party}: {issue} (range)").format(party=name, issue=title),
            literal(
                tr(
                    "How far {party}'s weight of '{issue}' may plausibly be off: low–high (15–25) "
                    "or ±points (±5); empty for none. Grey: the band of the confidence level"
                ).format(party=name, issue=title)
            ),
        )
        rng.editingFinished.connect(lambda p=pid, i=issue_id: self._weight_range_typed(p, i))
        lock = QCheckBox()
        lock.setToolTip(
            literal(
                tr("Lock {party}'s weight of '{issue}': other sliders leave it as it is").format(
                    party=name, issue=title
                )
            )
        )
        lock.setAccessibleName(tr("Lock {party} {issue}").format(party=name, issue=title))
        lock.toggled.connect(lambda on, p=pid, i=issue_id: self.set_locked(p, i, on))
        self.grid.addWidget(slider, row, col)
        self.grid.addWidget(value, row, col + 1)
        self.grid.addWidget(rng, row, col + 2)
        self.grid.addWidget(lock, row, col + 3)
        self.sliders[pid, issue_id] = slider
        self.values[pid, issue_id] = value
        self.ranges[pid, issue_id] = rng
        self.locks[pid, issue_id] = lock

    def refresh(self) -> None:
        """Rebuild the grid if issues or parties changed, then show the current numbers."""
        if self.document is None:
            self._clear()
            return
        s = self.document.scenario
        shape = (tuple(negotiator_ids(s)), tuple((i.id, local(i, "title")) for i in s.issues))
        if shape != self._shape:
            self._shape = shape
            self._build()
        self._updating = True
        try:
            for pid in shape[0]:
                self._show(pid, self.weights(pid))
                prefs = next((p for p in s.preferences if p.party == pid), None)
                spin = self.reservations[pid]
                value = prefs.reservation.value if prefs is not None else None
                spin.setValue(0.0 if value is None else float(value))
                if prefs is not None and prefs.reservation.package:
                    spin.setSpecialValueText(tr("package"))
                self._show_ranges(pid, prefs)
        finally:
            self._updating = False

    def _show(self, pid: str, weights: dict[str, float]) -> None:
        was = self._updating
        self._updating = True
        try:
            for issue_id, w in weights.items():
                slider = self.sliders[pid, issue_id]
                if not slider.isSliderDown():
                    slider.setValue(round(w * STEPS))
                self.values[pid, issue_id].setValue(round(w, 1))
                locked = issue_id in self.locked.get(pid, set())
                self.locks[pid, issue_id].setChecked(locked)
                slider.setEnabled(not locked)
                self.values[pid, issue_id].setEnabled(not locked)
            total = sum(weights.values())
            colour = "#1a7f37" if abs(total - 100) < 0.05 else "#b3261e"
            self.totals[pid].setText(
                f"<span style='color:{colour}'>"
                + tr("{t} points").format(t=number(total, 1))
                + "</span>"
            )
        finally:
            self._updating = was

    def _show_ranges(self, pid: str, prefs: Preferences | None) -> None:
        """The ranges beside the weights and the reservation value, and the confidence level:
        a range of the number's own in black, the confidence band as a grey placeholder."""
        for issue in self.document.scenario.issues if self.document else []:
            ip = prefs.issues.get(issue.id) if prefs is not None else None
            field = self.ranges[pid, issue.id]
            own = ip.weight_range if ip is not None else None
            band = effective_range(None, ip.weight, prefs) if ip is not None and prefs else None
            _fill(field, own, band)
        res = prefs.reservation if prefs is not None else None
        own = res.range if res is not None else None
        band = (
            effective_range(None, res.value, prefs)
            if res is not None and res.value is not None and prefs
            else None
        )
        _fill(self.reservation_ranges[pid], own, band)
        combo = self.confidences[pid]
        level = prefs.confidence.value if prefs is not None and prefs.confidence else None
        combo.setCurrentIndex(max(0, combo.findData(level)))

    # -- editing --
    def _weight_range_typed(self, pid: str, issue_id: str) -> None:
        if self._updating or self.document is None:
            return
        s = self.document.scenario
        ip = _issue_pref(s, pid, issue_id)
        field = self.ranges[pid, issue_id]
        field.setModified(False)  # taken: the document's value shows from now on
        own = ip.weight_range if ip is not None else None
        try:
            rng = parse_range(field.text(), ip.weight if ip is not None else 0.0)
        except ValueError as exc:
            self.refused.emit(str(exc))
            return
        if rng == own:
            return
        if ip is None:
            self.refused.emit(tr("Give the issue a weight before its range"))
            self.refresh()
            return
        self._push(lambda: edits.set_weight_range(s, pid, issue_id, rng))
        self.refresh()

    def _reservation_range_typed(self, pid: str) -> None:
        if self._updating or self.document is None:
            return
        s = self.document.scenario
        prefs = next((p for p in s.preferences if p.party == pid), None)
        value = prefs.reservation.value if prefs is not None else None
        own = prefs.reservation.range if prefs is not None else None
        field = self.reservation_ranges[pid]
        field.setModified(False)
        try:
            rng = parse_range(field.text(), value or 0.0)
        except ValueError as exc:
            self.refused.emit(str(exc))
            return
        if rng == own:
            return
        self._push(lambda: edits.set_reservation_range(s, pid, rng))
        self.refresh()

    def _confidence_chosen(self, pid: str) -> None:
        if self._updating or self.document is None:
            return
        s = self.document.scenario
        data = self.confidences[pid].currentData()
        level = Confidence(data) if data else None
        prefs = next((p for p in s.preferences if p.party == pid), None)
        if prefs is not None and prefs.confidence == level:
            return
        self._push(lambda: edits.set_confidence(s, pid, level))
        self.refresh()

    def set_locked(self, pid: str, issue_id: str, on: bool) -> None:
        if self._updating:
            return
        group = self.locked.setdefault(pid, set())
        if on:
            group.add(issue_id)
        else:
            group.discard(issue_id)
        self.sliders[pid, issue_id].setEnabled(not on)
        self.values[pid, issue_id].setEnabled(not on)

    def _moved(self, pid: str, issue_id: str, v: int) -> None:
        if self._updating:
            return
        if self.sliders[pid, issue_id].isSliderDown():
            preview = edits.rebalanced_weights(
                self.weights(pid), issue_id, v / STEPS, self.locked.get(pid, set())
            )
            self._show(pid, preview)
        else:
            self.set_weight(pid, issue_id, v / STEPS)

    def _released(self, pid: str, issue_id: str) -> None:
        self.set_weight(pid, issue_id, self.sliders[pid, issue_id].value() / STEPS)

    def set_weight(self, pid: str, issue_id: str, value: float) -> bool:
        """Set one weight, renormalising the unlocked others: one undo step."""
        assert self.document is not None
        s = self.document.scenario
        if abs(self.weights(pid).get(issue_id, 0.0) - value) < 1e-9:
            self.refresh()
            return False
        locked = set(self.locked.get(pid, set()))
        ok = self._push(lambda: edits.rebalance_weight(s, pid, issue_id, value, locked))
        self.refresh()  # a refused or clamped move puts the slider back where the weight is
        return ok

    def set_reservation(self, pid: str, value: float) -> None:
        if self._updating or self.document is None:
            return
        s = self.document.scenario
        self._push(lambda: edits.set_reservation(s, pid, round(value, 1)))

    def _push(self, make: Callable[[], Command]) -> bool:
        assert self.document is not None
        try:
            self.document.push(make())
        except CommandError as exc:
            self.refused.emit(str(exc))
            return False
        self.accepted.emit()
        return True


def _issue_pref(s: Scenario, pid: str, issue_id: str) -> IssuePreference | None:
    prefs = next((p for p in s.preferences if p.party == pid), None)
    return prefs.issues.get(issue_id) if prefs is not None else None


def _range_field(name: str, tip: str) -> QLineEdit:
    """A small text field for a range ("15–25" or "±5"), applied on Enter or leaving it."""
    field = QLineEdit()
    field.setAccessibleName(name)
    field.setToolTip(tip)
    field.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    field.setFixedWidth(field.fontMetrics().horizontalAdvance("100.5–100.5") + 12)
    return field


def _fill(field: QLineEdit, own: Range | None, band: Range | None) -> None:
    """Show a number's own range as text, or its confidence band as the grey placeholder."""
    if not (field.hasFocus() and field.isModified()):  # never under a user's typing
        field.setText(format_range(own))
    field.setPlaceholderText(format_range(band) if own is None else "")


def _fix_size(label: QLabel, widest: str, least: int = 0) -> None:
    """A fixed size that holds ``widest``: a label whose text changes at every weight edit lays
    the whole panel (and its scroll bars) out again unless its size is fixed both ways."""
    metrics = label.fontMetrics()
    label.setFixedSize(max(least, metrics.horizontalAdvance(widest) + 8), metrics.height() + 4)
