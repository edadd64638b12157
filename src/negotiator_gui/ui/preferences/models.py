"""Table models of the preferences editor: issues × options with each party's scores, and the
tariff effects and commitments of one option.

The models read the scenario live and never change it themselves: an edit in a cell becomes a
named command pushed on the document (so it is one undo step), and a refused edit is reported
through ``refused`` with the validator's message while the scenario stays as it was. They redraw
when the document announces a change: in place when the rows are the same, by a reset when rows
came or went.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from negotiator_gui.app.derived import negotiator_ids
from negotiator_gui.app.document import Document
from negotiator_gui.core import edits, package_math
from negotiator_gui.core.commands import ChangeKind, Command, CommandError
from negotiator_gui.core.i18n import CONTENT_LANGUAGES, N_, language, local, number, plural, tr
from negotiator_gui.core.labels import measure_label
from negotiator_gui.core.model import (
    LABELS,
    VALUE_OPS,
    CommitmentKind,
    EffectOp,
    Option,
    Range,
    Scenario,
)
from negotiator_gui.core.preference_ranges import effective_range, format_range, parse_range
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.ui.common.text import literal

Index = QModelIndex | QPersistentModelIndex
D = Qt.ItemDataRole.DisplayRole
E = Qt.ItemDataRole.EditRole

#: Operators and commitment kinds as a user reads them (the model's labels, in enum order).
OP_LABELS = {op: LABELS[op] for op in EffectOp}
KIND_LABELS = {kind: LABELS[kind] for kind in CommitmentKind}
#: Operators whose value is a rate or a fraction, shown and typed in percent.
PERCENT_OPS = VALUE_OPS - {EffectOp.SWISS}


def tint(colour: str, amount: float) -> QColor:
    """``colour`` mixed into white by ``amount`` (0–1): a quiet heat-map cell background."""
    c = QColor(colour)
    a = max(0.0, min(1.0, amount))
    return QColor(
        round(255 + (c.red() - 255) * a),
        round(255 + (c.green() - 255) * a),
        round(255 + (c.blue() - 255) * a),
    )


def percent(x: float) -> str:
    return f"{number(x * 100, _decimals(x * 100))} %"


def _decimals(x: float, most: int = 4) -> int:
    """Decimal places ``x`` needs (up to ``most``), as ``:g`` would show it."""
    text = f"{abs(x):.{most}f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def plain(x: float) -> str:
    """A number as typed (no needless zeros) in the user's locale."""
    return number(x, _decimals(x))


class CommandModel(QAbstractTableModel):
    """What the editor's models share: a document to push on, refusals reported, redraw on
    change events."""

    refused = Signal(str)
    accepted = Signal()
    KINDS: frozenset[ChangeKind] = frozenset(
        {
            ChangeKind.ISSUE,
            ChangeKind.OPTION,
            ChangeKind.PREFERENCES,
            ChangeKind.PARTY,
            ChangeKind.SCENARIO,
        }
    )

    def __init__(self, document: Document | None = None) -> None:
        super().__init__()
        self.document: Document | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._keys: list[Any] = []
        if document is not None:
            self.set_document(document)

    def set_document(self, document: Document | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.beginResetModel()
        self.document = document
        self._keys = self.row_keys()
        self.endResetModel()
        if document is not None:
            self._unsubscribe = document.subscribe(self._on_event)

    def detach(self) -> None:
        self.set_document(None)

    @property
    def scenario(self) -> Scenario:
        assert self.document is not None
        return self.document.scenario

    def row_keys(self) -> list[Any]:
        """What identifies the rows (and columns): a change of it resets the model."""
        return []

    def refresh(self) -> None:
        keys = self.row_keys()
        if keys != self._keys:
            self.beginResetModel()
            self._keys = keys
            self.endResetModel()
        elif self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "clean":
            return
        if event.reason == "reset" or any(self.concerns(c) for c in event.changes):
            self.refresh()

    def concerns(self, change) -> bool:
        """Whether ``change`` may alter what this model shows (a refresh repaints every cell
        in view)."""
        return change.kind in self.KINDS

    def push(self, make: Callable[[], Command]) -> bool:
        """Build and push a command; a refusal is reported and changes nothing."""
        if self.document is None:
            return False
        try:
            self.document.push(make())
        except CommandError as exc:
            self.refused.emit(str(exc))
            return False
        self.accepted.emit()
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    # editor hints for ``EditorDelegate``
    def choices(self, index: Index) -> list[tuple[Any, str]] | None:
        return None

    def number_range(self, index: Index) -> tuple[float, float, int, str] | None:
        return None


class ScoresModel(CommandModel):
    """One row per option of every issue; columns: issue, option label, then each negotiating
    party's score of that option (0–100), then each party's range around that score ("30–50",
    typed also as "±10"; empty: none, or the band of the party's confidence level, shown grey)."""

    FIXED = 2

    def concerns(self, change) -> bool:
        # a weight is shown by the weights editor, not in the score table: a weight edit (the
        # commonest edit while exploring) need not repaint every score cell
        if change.kind == "preferences" and change.field in ("weight", "weight_range"):
            return False
        return super().concerns(change)

    def row_keys(self) -> list[Any]:
        if self.document is None:
            return []
        s = self.scenario
        rows = [(i.id, o.id) for i in s.issues for o in i.options]
        return [tuple(negotiator_ids(s)), *rows]

    @property
    def parties(self) -> list[str]:
        return list(self._keys[0]) if self._keys else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._keys else len(self._keys) - 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._keys else self.FIXED + 2 * len(self.parties)

    def column(self, col: int) -> tuple[str, bool]:
        """The party of a score or range column, and whether it is the range column."""
        k = col - self.FIXED
        n = len(self.parties)
        return self.parties[k % n], k >= n

    def range_column(self, party: str) -> int:
        return self.FIXED + len(self.parties) + self.parties.index(party)

    def score_range(self, party: str, issue_id: str, option_id: str) -> tuple[Range | None, bool]:
        """The range shown for a score, and whether the user set it (else the confidence band)."""
        try:
            prefs = self.scenario.preferences_of(party)
        except KeyError:
            return None, False
        ip = prefs.issues.get(issue_id)
        if ip is None or option_id not in ip.scores:
            return None, False
        own = ip.score_ranges.get(option_id)
        return effective_range(own, ip.scores[option_id], prefs), own is not None

    def key(self, row: int) -> tuple[str, str]:
        return self._keys[row + 1]

    def option(self, row: int) -> tuple[Any, Option]:
        issue_id, option_id = self.key(row)
        issue = self.scenario.issue(issue_id)
        return issue, next(o for o in issue.options if o.id == option_id)

    def row_of(self, issue_id: str, option_id: str | None = None) -> int:
        for r in range(self.rowCount()):
            i, o = self.key(r)
            if i == issue_id and (option_id is None or o == option_id):
                return r
        return -1

    def score(self, party: str, issue_id: str, option_id: str) -> float | None:
        try:
            ip = self.scenario.preferences_of(party).issues.get(issue_id)
        except KeyError:
            return None
        return None if ip is None else ip.scores.get(option_id)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = D) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            if role == D:
                return str(section + 1)
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section < self.FIXED:
            title = (tr("Issue"), tr("Option"))[section]
            tip = (
                tr("The issue under negotiation"),
                tr("One way the issue could be settled; double-click or F2 to rename it"),
            )[section]
        else:
            pid, is_range = self.column(section)
            party = self.scenario.party(pid)
            if is_range:
                title = tr("{party} range").format(party=local(party, "name"))
                tip = tr(
                    "How far {party}'s score of each option may plausibly be off: type low–high "
                    "(30–50) or ±points (±10); empty for none. Grey: the band of the party's "
                    "confidence level"
                ).format(party=local(party, "name"))
            else:
                title = local(party, "name")
                tip = tr("{party}'s score of each option, 0 (worst) to 100 (best)").format(
                    party=local(party, "name")
                )
        if role == D:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(tip)
        return None

    def data(self, index: Index, role: int = D) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        issue, opt = self.option(index.row())
        col = index.column()
        first = issue.options[0].id == opt.id
        if col == 0:
            if role == D:
                return local(issue, "title") if first else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return literal(
                    local(issue, "title")
                    + (f"\n{local(issue, 'description')}" if local(issue, "description") else "")
                )
            if role == Qt.ItemDataRole.FontRole and first:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if col == 1:
            if role in (D, E):
                return local(opt, "label")
            if role == Qt.ItemDataRole.ToolTipRole:
                parts = [local(opt, "label")]
                if local(opt, "description"):
                    parts.append(local(opt, "description"))
                parts.append(
                    tr(", ").join(
                        [
                            plural(
                                len(opt.effects),
                                N_("{n} tariff effect"),
                                N_("{n} tariff effects"),
                            ).format(n=len(opt.effects)),
                            plural(
                                len(opt.commitments),
                                N_("{n} commitment"),
                                N_("{n} commitments"),
                            ).format(n=len(opt.commitments)),
                        ]
                    )
                )
                return literal("\n".join(parts))
            return None
        party, is_range = self.column(col)
        if is_range:
            return self._range_data(party, issue.id, opt, role)
        value = self.score(party, issue.id, opt.id)
        if role == D:
            return "—" if value is None else plain(value)
        if role == E:
            return 0.0 if value is None else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and value is not None:
            return QBrush(tint(self.scenario.party(party).colour, value / 100 * 0.45))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#111111"))
        if role == Qt.ItemDataRole.ToolTipRole:
            name = local(self.scenario.party(party), "name")
            if value is None:
                tip = tr("{party} has not scored this option (it counts 0)").format(party=name)
            else:
                tip = tr("{party}'s score of '{option}': {v} of 100").format(
                    party=name, option=local(opt, "label"), v=plain(value)
                )
            return literal(tip)
        return None

    def _range_data(self, party: str, issue_id: str, opt: Option, role: int) -> Any:
        rng, own = self.score_range(party, issue_id, opt.id)
        if role == D:
            return "" if rng is None else f"{plain(rng[0])}–{plain(rng[1])}"
        if role == E:
            return format_range(rng) if own else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#111111" if own else "#8a8a8a"))
        if role == Qt.ItemDataRole.FontRole and rng is not None and not own:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            name = local(self.scenario.party(party), "name")
            if rng is None:
                tip = tr("No range on {party}'s score of '{option}': type low–high or ±points")
            elif own:
                tip = tr("{party}'s score of '{option}' may plausibly lie in {lo}–{hi}")
            else:
                tip = tr(
                    "{party}'s score of '{option}': {lo}–{hi} from the party's confidence level; "
                    "type a range to set one of its own"
                )
            lo, hi = rng if rng is not None else (0.0, 0.0)
            return literal(
                tip.format(party=name, option=local(opt, "label"), lo=plain(lo), hi=plain(hi))
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= 1:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = E) -> bool:
        if role != E or not index.isValid() or index.column() < 1:
            return False
        issue_id, option_id = self.key(index.row())
        s = self.scenario
        if index.column() == 1:
            label = str(value).strip()
            if not label:
                self.refused.emit(tr("An option needs a label"))
                return False
            # the label shown is the window language's: an edit changes that text
            lang = language() if language() in CONTENT_LANGUAGES else None
            if label == local(self.option(index.row())[1], "label"):
                return True
            return self.push(
                lambda: edits.set_option_field(
                    s, issue_id, option_id, "label", label, mergeable=True, lang=lang
                )
            )
        party, is_range = self.column(index.column())
        if is_range:
            return self._set_range(party, issue_id, option_id, value)
        try:
            score = float(value)
        except (TypeError, ValueError):
            self.refused.emit(tr("A score is a number from 0 to 100, not {v!r}").format(v=value))
            return False
        if score == self.score(party, issue_id, option_id):
            return True
        return self.push(lambda: edits.set_score(s, party, issue_id, option_id, score))

    def _set_range(self, party: str, issue_id: str, option_id: str, value: Any) -> bool:
        s = self.scenario
        score = self.score(party, issue_id, option_id)
        text = "" if value is None else str(value)
        if score is None:
            if not text.strip():
                return True
            self.refused.emit(tr("Give the option a score before its range"))
            return False
        try:
            rng = parse_range(text, score)
        except ValueError as exc:
            self.refused.emit(str(exc))
            return False
        own, is_own = self.score_range(party, issue_id, option_id)
        if (rng is None and not is_own) or (is_own and rng == own):
            return True
        return self.push(lambda: edits.set_score_range(s, party, issue_id, option_id, rng))

    def number_range(self, index: Index) -> tuple[float, float, int, str] | None:
        if index.column() < self.FIXED or self.column(index.column())[1]:
            return None  # a range is typed as text ("30–50", "±10")
        return (0.0, 100.0, 1, "")


class ItemsModel(CommandModel):
    """The effects or commitments of one option (``what`` names the option's list)."""

    what = ""
    COLUMNS: tuple[tuple[str, str, str], ...] = ()  # (field, title, tooltip)

    def __init__(self, document: Document | None = None) -> None:
        self.issue_id = ""
        self.option_id = ""
        super().__init__(document)

    def set_option(self, issue_id: str, option_id: str) -> None:
        self.issue_id, self.option_id = issue_id, option_id
        self.beginResetModel()
        self._keys = self.row_keys()
        self.endResetModel()

    def items(self) -> list[Any]:
        if self.document is None or not self.issue_id:
            return []
        try:
            issue = self.scenario.issue(self.issue_id)
        except KeyError:
            return []
        opt = next((o for o in issue.options if o.id == self.option_id), None)
        return [] if opt is None else list(getattr(opt, self.what))

    def row_keys(self) -> list[Any]:
        return [(self.issue_id, self.option_id, k) for k in range(len(self.items()))]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = D) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == D else None
        if not 0 <= section < len(self.COLUMNS):
            return None
        if role == D:
            return tr(self.COLUMNS[section][1])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(self.COLUMNS[section][2])
        return None

    def field(self, index: Index) -> str:
        return self.COLUMNS[index.column()][0]

    def data(self, index: Index, role: int = D) -> Any:
        items = self.items()
        if not index.isValid() or not 0 <= index.row() < len(items):
            return None
        item = items[index.row()]
        if role == D:
            return self.display(item, self.field(index))
        if role == E:
            return self.edit_value(item, self.field(index))
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(self.tooltip(item, self.field(index)))
        return None

    def display(self, item: Any, field: str) -> str:
        value = getattr(item, field)
        return "" if value is None else str(value)

    def edit_value(self, item: Any, field: str) -> Any:
        value = getattr(item, field)
        return "" if value is None else value

    def tooltip(self, item: Any, field: str) -> str:
        return self.display(item, field)

    def editable(self, item: Any, field: str) -> bool:
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        items = self.items()
        if index.row() < len(items) and self.editable(items[index.row()], self.field(index)):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def convert(self, item: Any, field: str, value: Any) -> Any:
        """The typed value as the model stores it; ValueError with a readable message if not."""
        return value

    def setter(self) -> Callable[..., Command]:
        raise NotImplementedError

    def setData(self, index: Index, value: Any, role: int = E) -> bool:
        items = self.items()
        if role != E or not index.isValid() or index.row() >= len(items):
            return False
        item, field = items[index.row()], self.field(index)
        try:
            new = self.convert(item, field, value)
        except ValueError as exc:
            self.refused.emit(str(exc))
            return False
        if new == getattr(item, field):
            return True
        s, row, setter = self.scenario, index.row(), self.setter()
        return self.push(lambda: setter(s, self.issue_id, self.option_id, row, field, new))


def _number(text: Any, what: str, optional: bool = True) -> float | None:
    if isinstance(text, int | float):
        return float(text)
    raw = str(text).strip().replace(",", "").replace("%", "").strip()
    if not raw and optional:
        return None
    try:
        return float(raw)
    except ValueError:
        raise ValueError(
            tr("{what} must be a number, not {v!r}").format(what=what, v=text)
        ) from None


class EffectsModel(ItemsModel):
    what = "effects"
    COLUMNS = (
        (
            "op",
            N_("Operator"),
            N_("How the option changes the tariff (new rate, cut, Swiss formula…)"),
        ),
        ("measure", N_("Measure"), N_("The tariff measure the effect changes")),
        (
            "value",
            N_("Value"),
            N_("Rate or cut in percent; the Swiss formula's coefficient as typed"),
        ),
        ("note", N_("Note"), N_("Why, or where the number comes from")),
    )

    def display(self, item: Any, field: str) -> str:
        if field == "op":
            return tr(OP_LABELS.get(item.op, str(item.op)))
        if field == "measure":
            if item.op is EffectOp.ADD_MEASURE and item.new_measure is not None:
                return measure_label(item.new_measure)
            try:
                return measure_label(self.scenario.measure(item.measure))
            except KeyError:
                return item.measure or "—"
        if field == "value":
            if item.op is EffectOp.ADD_MEASURE and item.new_measure is not None:
                return percent(item.new_measure.rate)
            if item.value is None:
                return "—"
            return percent(item.value) if item.op in PERCENT_OPS else plain(item.value)
        return item.note

    def edit_value(self, item: Any, field: str) -> Any:
        if field == "value":
            if item.value is None:
                return ""
            return item.value * 100 if item.op in PERCENT_OPS else item.value
        if field == "op":
            return item.op.value
        return getattr(item, field)

    def tooltip(self, item: Any, field: str) -> str:
        if field == "measure":
            ident = item.new_measure.id if item.new_measure is not None else item.measure
            return f"{self.display(item, field)} ({ident})"
        if field == "op" and item.op is EffectOp.ADD_MEASURE:
            return tr("Adds a new measure; edit it in the tariff editor")
        return self.display(item, field)

    def editable(self, item: Any, field: str) -> bool:
        if item.op is EffectOp.ADD_MEASURE:
            return field in ("note",)
        if field == "value":
            return item.op in VALUE_OPS
        return True

    def convert(self, item: Any, field: str, value: Any) -> Any:
        if field == "op":
            try:
                return EffectOp(value)
            except ValueError:
                raise ValueError(tr("unknown operator {v!r}").format(v=value)) from None
        if field == "value":
            number = _number(value, tr("The value"))
            if number is not None and item.op in PERCENT_OPS:
                number = number / 100
            return number
        return str(value).strip()

    def setter(self) -> Callable[..., Command]:
        return package_math.set_effect_field

    def choices(self, index: Index) -> list[tuple[Any, str]] | None:
        field = self.field(index)
        if field == "op":
            ops = [op for op in EffectOp if op is not EffectOp.ADD_MEASURE]
            return [(op.value, tr(OP_LABELS[op])) for op in ops]
        if field == "measure":
            return [(m.id, measure_label(m)) for m in self.scenario.measures]
        return None

    def number_range(self, index: Index) -> tuple[float, float, int, str] | None:
        items = self.items()
        if self.field(index) != "value" or index.row() >= len(items):
            return None
        op = items[index.row()].op
        if op is EffectOp.SWISS:
            return (0.0, 1000.0, 3, "")
        if op is EffectOp.CUT:
            return (-1000.0, 1000.0, 2, " %")  # out-of-range cuts reach the validator's message
        return (-1000.0, 1000.0, 2, " %")


class CommitmentsModel(ItemsModel):
    what = "commitments"
    COLUMNS = (
        ("kind", N_("Kind"), N_("Purchase, investment, market access, standards…")),
        ("party", N_("By"), N_("The party that commits")),
        ("label", N_("Commitment"), N_("What is promised")),
        ("amount", N_("Amount"), N_("How much, in the unit on the right")),
        ("unit", N_("Unit"), N_("The amount's unit (Mt/yr, USD bn…)")),
        (
            "usd_per_year",
            N_("US$ bn/yr"),
            N_("Estimated extra purchases a year, counted in the bilateral balance; blank if none"),
        ),
    )

    def display(self, item: Any, field: str) -> str:
        if field == "kind":
            return tr(KIND_LABELS.get(item.kind, str(item.kind)))
        if field == "party":
            try:
                return local(self.scenario.party(item.party), "name")
            except KeyError:
                return item.party
        if field == "amount":
            return "" if item.amount is None else plain(item.amount)
        if field == "usd_per_year":
            return (
                "" if item.usd_per_year is None else plain(float(f"{item.usd_per_year / 1e9:.3g}"))
            )
        return str(getattr(item, field))

    def edit_value(self, item: Any, field: str) -> Any:
        if field == "kind":
            return item.kind.value
        if field == "usd_per_year":
            return "" if item.usd_per_year is None else item.usd_per_year / 1e9
        return super().edit_value(item, field)

    def tooltip(self, item: Any, field: str) -> str:
        if field in ("label", "note") and item.note:
            return f"{item.label}\n{item.note}"
        if field == "usd_per_year" and item.usd_per_year is not None:
            return tr("US$ {v} a year").format(v=number(item.usd_per_year, 0))
        return self.display(item, field)

    def convert(self, item: Any, field: str, value: Any) -> Any:
        if field == "kind":
            try:
                return CommitmentKind(value)
            except ValueError:
                raise ValueError(tr("unknown kind of commitment {v!r}").format(v=value)) from None
        if field == "amount":
            return _number(value, tr("The amount"))
        if field == "usd_per_year":
            number = _number(value, tr("The yearly value"))
            return None if number is None else number * 1e9
        if field == "label" and not str(value).strip():
            raise ValueError(tr("A commitment needs a label"))
        return str(value).strip()

    def setter(self) -> Callable[..., Command]:
        return package_math.set_commitment_field

    def choices(self, index: Index) -> list[tuple[Any, str]] | None:
        field = self.field(index)
        if field == "kind":
            return [(k.value, tr(label)) for k, label in KIND_LABELS.items()]
        if field == "party":
            return [(p.id, local(p, "name")) for p in self.scenario.parties]
        return None


class EditorDelegate(QStyledItemDelegate):
    """Spin boxes for numbers and combo boxes for choices, as the model asks for them."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        choices = model.choices(index) if isinstance(model, CommandModel) else None
        if choices is not None:
            combo = QComboBox(parent)
            for value, label in choices:
                combo.addItem(label, value)
            combo.setToolTip(model.headerData(index.column(), Qt.Orientation.Horizontal, 3) or "")
            return combo
        rng = model.number_range(index) if isinstance(model, CommandModel) else None
        if rng is not None:
            spin = QDoubleSpinBox(parent)
            lo, hi, decimals, suffix = rng
            spin.setRange(lo, hi)
            spin.setDecimals(decimals)
            spin.setSuffix(suffix)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setToolTip(tr("Type a value, or use the arrow keys; Enter to apply"))
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(E)
        if isinstance(editor, QComboBox):
            k = editor.findData(value)
            editor.setCurrentIndex(max(0, k))
        elif isinstance(editor, QDoubleSpinBox):
            try:
                editor.setValue(float(value))
            except (TypeError, ValueError):
                editor.setValue(0.0)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), E)
        elif isinstance(editor, QDoubleSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), E)
        else:
            super().setModelData(editor, model, index)
