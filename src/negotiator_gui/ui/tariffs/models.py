"""Table models of the tariff editor: the scenario's measures, and its product lines.

Both models only read the scenario and turn edits into named commands pushed on the document, so
every edit is undoable and a refused one (a ``CommandError``) leaves the scenario and the table as
they were and is reported through the ``message`` signal (the panel shows it in the status bar).

``LinesModel`` holds numpy columns, not a Python object per row: a 100,000-line flow table must
scroll and sort without stutter, so ``data`` indexes arrays, sorting is one ``np.argsort`` inside
the model (a ``QSortFilterProxyModel`` compares rows one by one in Python-visible calls, far too
slow at that size) and filtering is one vectorised mask. Rates are computed elsewhere (once per
document change, date and package) and handed in as whole arrays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QBrush, QColor

from negotiator_gui.app.document import Document
from negotiator_gui.core import edits
from negotiator_gui.core.commands import CommandError
from negotiator_gui.core.i18n import CONTENT_LANGUAGES, N_, date_text, language, local, number, tr
from negotiator_gui.core.labels import measure_label
from negotiator_gui.core.model import Measure, Scope
from negotiator_gui.core.tariff_edits import apply_operator_to_lines
from negotiator_gui.core.tariffs import Lines, authority_name, mode_name, percent, rate_on
from negotiator_gui.ui.common.text import literal

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
MUTED = QBrush(QColor("#8a8a8a"))
LOWER = QBrush(QColor("#007a4d"))  # bluish green (Okabe–Ito): the package lowers the rate
HIGHER = QBrush(QColor("#b34700"))  # vermilion: the package raises it


def pct(rate: float | None, digits: int = 2) -> str:
    """A fraction as a percentage for tables: 0.275 → "27.50 %"."""
    if rate is None:
        return "—"
    return number(rate * 100, digits) + " %"


def pct_short(rate: float | None) -> str:
    """A fraction as a short percentage (measure rates): 0.25 → "25 %", 0.275 → "27.5 %"."""
    return "—" if rate is None else percent(rate)


def split_list(text: str) -> list[str]:
    """ "JP, KR ,EU" → ["JP", "KR", "EU"] (empties dropped)."""
    return [part.strip() for part in str(text).replace(";", ",").split(",") if part.strip()]


def _to_date(value: Any) -> dt.date | None:
    """A date from an editor: QDate, date, ISO text; an invalid QDate or empty text is None."""
    if value is None or value == "":
        return None
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None  # type: ignore[return-value]
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise CommandError(tr("{value!r} is not a date (YYYY-MM-DD)").format(value=value)) from None


def suspension_text(m: Measure) -> str:
    """Suspension windows as one line: "paused 2025-04-10 → 2025-07-09"."""
    parts = []
    for sus in m.suspensions:
        what = (
            tr("paused") if sus.rate is None else tr("at {rate}").format(rate=pct_short(sus.rate))
        )
        end = date_text(sus.end) if sus.end else "…"
        parts.append(
            tr("{what} {start} → {end}").format(what=what, start=date_text(sus.start), end=end)
        )
    return "; ".join(parts)


# -- measures -----------------------------------------------------------------------------------

#: (key, header, tooltip) of the measures table, left to right.
MEASURE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", N_("ID"), N_("The measure's id (stable: options and stacking rules refer to it)")),
    ("title", N_("Title"), N_("What the measure is called; double-click to edit")),
    ("authority", N_("Authority"), N_("The legal layer: how the measure stacks with others")),
    ("programme", N_("Programme"), N_("The programme within the authority (e.g. steel, autos)")),
    ("imposing", N_("Imposing"), N_("The party that levies the duty")),
    ("targets", N_("Targets"), N_("Partners it applies to, comma-separated (* for every partner)")),
    (
        "include",
        N_("Scope: include"),
        N_("HS prefixes covered, comma-separated (empty: every product)"),
    ),
    ("exclude", N_("Scope: exclude"), N_("HS prefixes left out, comma-separated")),
    ("rate", N_("Rate"), N_("The measure's rate in percent; double-click to edit")),
    (
        "on_date",
        N_("On view date"),
        N_("The measure's rate on the view date, or why it does not apply"),
    ),
    ("mode", N_("Mode"), N_("Additive: added on top; all-in: tops the line up to the rate in all")),
    ("effective", N_("Effective"), N_("First day in force (empty: always); double-click to edit")),
    ("end", N_("End"), N_("Last day in force (empty: open-ended); double-click to edit")),
    ("suspensions", N_("Suspensions"), N_("Windows in which the measure is paused or reduced")),
)
MEASURE_KEYS = tuple(c[0] for c in MEASURE_COLUMNS)
MEASURE_EDITABLE = frozenset(
    {"title", "programme", "targets", "include", "exclude", "rate", "effective", "end"}
)


class MeasuresModel(QAbstractTableModel):
    """The scenario's tariff measures, one per row, read live from the scenario."""

    message = _Signal(str)

    def __init__(self, document: Document, day: dt.date, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.day = day
        self._ids = [m.id for m in document.scenario.measures]

    # -- following the document --
    def set_document(self, document: Document) -> None:
        self.beginResetModel()
        self.document = document
        self._ids = [m.id for m in document.scenario.measures]
        self.endResetModel()

    def refresh(self) -> None:
        """The measures changed: same rows → repaint them; rows added or removed → reset."""
        ids = [m.id for m in self.document.scenario.measures]
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(ids) - 1, self.columnCount() - 1)
            )

    def set_day(self, day: dt.date) -> None:
        self.day = day
        if self._ids:
            col = MEASURE_KEYS.index("on_date")
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, col))

    def measure(self, row: int) -> Measure | None:
        measures = self.document.scenario.measures
        if 0 <= row < len(self._ids) and row < len(measures) and measures[row].id == self._ids[row]:
            return measures[row]
        return None

    def row_of(self, measure_id: str) -> int:
        return self._ids.index(measure_id) if measure_id in self._ids else -1

    # -- the model interface --
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MEASURE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(MEASURE_COLUMNS):
            return None
        key, header, tip = MEASURE_COLUMNS[section]
        if role == DISPLAY:
            if key == "on_date":
                return tr("On {date}").format(date=date_text(self.day))
            return tr(header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(tip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in ("rate", "on_date") else LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if MEASURE_KEYS[index.column()] in MEASURE_EDITABLE:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        m = self.measure(index.row())
        if m is None:
            return None
        key = MEASURE_KEYS[index.column()]
        if role == DISPLAY:
            return self._display(m, key)
        if role == EDIT:
            return self._edit_value(m, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in ("rate", "on_date") else LEFT
        if role == Qt.ItemDataRole.ForegroundRole and rate_on(m, self.day) is None:
            return MUTED  # not in force (or paused) on the view date
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(self._tooltip(m, key))
        return None

    def _display(self, m: Measure, key: str) -> str:
        if key == "title":
            return local(m, "title")  # in the window's language, as everywhere else
        if key in ("id", "programme", "imposing"):
            return str(getattr(m, key))
        if key == "authority":
            return authority_name(m.authority)
        if key == "mode":
            return mode_name(m.mode)
        if key == "targets":
            return ", ".join(m.targets)
        if key == "include":
            return ", ".join(m.scope.include) or tr("all products")
        if key == "exclude":
            return ", ".join(m.scope.exclude)
        if key == "rate":
            return pct_short(m.rate)
        if key in ("effective", "end"):
            d = getattr(m, key)
            return date_text(d) if d else ""
        if key == "suspensions":
            return suspension_text(m)
        if key == "on_date":
            r = rate_on(m, self.day)
            if r is not None:
                return pct_short(r)
            start = m.retroactive_from or m.effective
            if start is not None and self.day < start:
                return tr("not yet")
            if m.end is not None and self.day > m.end:
                return tr("ended")
            return tr("paused")
        return ""

    def _edit_value(self, m: Measure, key: str) -> Any:
        if key == "rate":
            return round(m.rate * 100, 10)
        if key in ("effective", "end"):
            d = getattr(m, key)
            return QDate(d.year, d.month, d.day) if d else QDate()
        if key == "include":
            return ", ".join(m.scope.include)
        return self._display(m, key)

    def _tooltip(self, m: Measure, key: str) -> str:
        lines = [f"{measure_label(m)} ({m.id})"]
        if m.legal_ref:
            lines.append(m.legal_ref)
        if key == "suspensions" and m.suspensions:
            lines += [s.note or suspension_text(m) for s in m.suspensions]
        elif local(m, "notes"):
            lines.append(local(m, "notes"))
        return "\n".join(lines)

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid():
            return False
        m = self.measure(index.row())
        key = MEASURE_KEYS[index.column()]
        if m is None or key not in MEASURE_EDITABLE:
            return False
        s = self.document.scenario
        try:
            field, new = self._field_value(m, key, value)
            lang = language() if language() in CONTENT_LANGUAGES else None
            if field == "title" and lang is not None:
                # the title shown is the window language's: an edit changes that text
                if str(new).strip() == local(m, "title"):
                    return True
                self.document.push(edits.set_field(s, "measure", m.id, field, new, lang=lang))
                return True
            if new == getattr(m, field):
                return True  # nothing to do: no empty step in the history
            self.document.push(edits.set_field(s, "measure", m.id, field, new))
        except CommandError as exc:
            self.message.emit(str(exc))
            return False
        return True

    @staticmethod
    def _field_value(m: Measure, key: str, value: Any) -> tuple[str, Any]:
        if key == "rate":
            try:
                pct_value = float(value)
            except (TypeError, ValueError):
                raise CommandError(tr("{value!r} is not a rate").format(value=value)) from None
            return "rate", round(pct_value / 100.0, 10)
        if key in ("effective", "end"):
            return key, _to_date(value)
        if key == "targets":
            return "targets", split_list(value)
        if key == "include":
            return "scope", Scope(split_list(value), list(m.scope.exclude))
        if key == "exclude":
            return "scope", Scope(list(m.scope.include), split_list(value))
        return key, str(value).strip()


# -- product lines ------------------------------------------------------------------------------

#: (key, header, tooltip) of the product-line table, left to right.
LINE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("code", N_("Code"), N_("HS product code of the line")),
    ("importer", N_("Importer"), N_("The party importing (and levying the duty)")),
    ("exporter", N_("Exporter"), N_("The partner exporting")),
    ("value", N_("Imports"), N_("Base-year imports of the line, in millions")),
    ("mfn", N_("MFN"), N_("The line's base MFN rate (the flow table); double-click to edit")),
    ("now", N_("Rate now"), N_("The effective rate on the view date, all measures stacked")),
    (
        "package",
        N_("Under package"),
        N_("The effective rate on the view date under the current package"),
    ),
)
LINE_KEYS = tuple(c[0] for c in LINE_COLUMNS)
COL_MFN, COL_NOW, COL_PACKAGE = (
    LINE_KEYS.index("mfn"),
    LINE_KEYS.index("now"),
    LINE_KEYS.index("package"),
)


class LinesModel(QAbstractTableModel):
    """Product lines as numpy columns; rows are shown through ``view`` (filtered, then sorted)."""

    message = _Signal(str)

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.parties: tuple[str, ...] = ()
        self.code = np.zeros(0, dtype="<U2")
        self.importer = np.zeros(0, dtype=np.int64)
        self.exporter = np.zeros(0, dtype=np.int64)
        self.value = np.zeros(0)
        self.mfn = np.zeros(0)
        self.now = np.zeros(0)
        self.package: np.ndarray | None = None
        self.unit = "USD"
        self.view = np.zeros(0, dtype=np.int64)  # flow rows in display order
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.prefix = ""
        self.partner = ""
        self.explain: Callable[[int], str] | None = None  # flow row → breakdown text (tooltip)

    # -- data in --
    def set_lines(self, lines: Lines, now: np.ndarray, package: np.ndarray | None) -> None:
        """New line table (rows added, removed or reordered): reset the model."""
        self.beginResetModel()
        self.parties = lines.parties
        self.code, self.importer, self.exporter = lines.product, lines.importer, lines.exporter
        self.value, self.mfn, self.unit = lines.value, lines.mfn, lines.unit
        self.now, self.package = now, package
        self.view = self._ordered(self._filtered())
        self.endResetModel()

    def set_rates(self, lines: Lines, now: np.ndarray, package: np.ndarray | None) -> None:
        """Same rows, new numbers (an edit, another date or package): repaint, and re-sort only
        when the sort column's numbers may have moved."""
        self.value, self.mfn = lines.value, lines.mfn
        self.now, self.package = now, package
        if self.sort_column >= LINE_KEYS.index("value"):
            self._relayout(self._ordered(self._filtered()))
        elif len(self.view):
            self.dataChanged.emit(
                self.index(0, LINE_KEYS.index("value")),
                self.index(len(self.view) - 1, self.columnCount() - 1),
            )

    def set_filter(self, prefix: str = "", partner: str = "") -> None:
        prefix = prefix.strip()
        if (prefix, partner) == (self.prefix, self.partner):
            return
        self.beginResetModel()
        self.prefix, self.partner = prefix, partner
        self.view = self._ordered(self._filtered())
        self.endResetModel()

    # -- rows --
    def _filtered(self) -> np.ndarray:
        mask = np.ones(len(self.code), dtype=bool)
        if self.prefix:
            mask &= np.char.startswith(self.code, self.prefix)
        if self.partner and self.partner in self.parties:
            k = self.parties.index(self.partner)
            mask &= (self.importer == k) | (self.exporter == k)
        return np.flatnonzero(mask)

    def _sort_key(self, column: int) -> np.ndarray:
        key = LINE_KEYS[column]
        if key == "code":
            return self.code
        if key in ("importer", "exporter"):
            names = np.array(self.parties) if self.parties else np.zeros(0, dtype="<U1")
            rank = np.argsort(np.argsort(names, kind="stable"), kind="stable")
            return rank[getattr(self, key)] if len(names) else getattr(self, key)
        if key == "package" and self.package is None:
            return self.now
        return {"value": self.value, "mfn": self.mfn, "now": self.now, "package": self.package}[key]

    def _ordered(self, rows: np.ndarray) -> np.ndarray:
        if self.sort_column < 0 or len(rows) == 0:
            return rows
        key = self._sort_key(self.sort_column)[rows]
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        if descending and key.dtype.kind in "fi":
            order = np.argsort(-key, kind="stable")
        else:
            order = np.argsort(key, kind="stable")
            if descending:
                order = order[::-1]
        return rows[order]

    def _relayout(self, view: np.ndarray) -> None:
        """Show ``view`` (same rows, new order), keeping selections on their lines."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        flow_rows = [int(self.view[i.row()]) if 0 <= i.row() < len(self.view) else -1 for i in old]
        self.view = view
        if old:
            where = np.full(len(self.code), -1, dtype=np.int64)
            where[view] = np.arange(len(view))
            new = [
                self.index(int(where[r]), i.column()) if r >= 0 else QModelIndex()
                for i, r in zip(old, flow_rows, strict=True)
            ]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(LINE_COLUMNS):
            # the header's sort indicator was cleared: back to file order
            if self.sort_column < 0:
                return
            self.sort_column = -1
            self._relayout(self._filtered())
            return
        self.sort_column, self.sort_order = column, order
        self._relayout(self._ordered(self.view))

    def flow_row(self, row: int) -> int:
        return int(self.view[row])

    def view_row(self, flow_row: int) -> int:
        hits = np.flatnonzero(self.view == flow_row)
        return int(hits[0]) if len(hits) else -1

    # -- the model interface --
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LINE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(LINE_COLUMNS):
            return None
        key, header, tip = LINE_COLUMNS[section]
        if role == DISPLAY:
            if key == "value":
                return tr("Imports ({unit} m)").format(unit=self.unit)
            return tr(header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(tip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section < 3 else RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return f | Qt.ItemFlag.ItemIsEditable if index.column() == COL_MFN else f

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.view):
            return None
        r = int(self.view[index.row()])
        col = index.column()
        if role == DISPLAY:
            return self._display(r, col)
        if role == EDIT:
            return round(float(self.mfn[r]) * 100, 10) if col == COL_MFN else self._display(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if col < 3 else RIGHT
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == COL_PACKAGE
            and self.package is not None
        ):
            diff = float(self.package[r] - self.now[r])
            return LOWER if diff < -1e-12 else HIGHER if diff > 1e-12 else None
        if role == Qt.ItemDataRole.ToolTipRole and self.explain is not None:
            return literal(self.explain(r))
        return None

    def _display(self, r: int, col: int) -> str:
        key = LINE_KEYS[col]
        if key == "code":
            return str(self.code[r])
        if key == "importer":
            return self.parties[int(self.importer[r])]
        if key == "exporter":
            return self.parties[int(self.exporter[r])]
        if key == "value":
            return number(float(self.value[r]) / 1e6, 1)
        if key == "mfn":
            return pct(float(self.mfn[r]))
        if key == "now":
            return pct(float(self.now[r])) if len(self.now) > r else ""
        if key == "package":
            return "" if self.package is None else pct(float(self.package[r]))
        return ""

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        """A typed MFN rate (percent) becomes a one-line "new rate" command."""
        if role != EDIT or not index.isValid() or index.column() != COL_MFN:
            return False
        r = self.flow_row(index.row())
        try:
            pct_value = float(value)
        except (TypeError, ValueError):
            self.message.emit(tr("{value!r} is not a rate").format(value=value))
            return False
        if abs(pct_value / 100.0 - float(self.mfn[r])) < 1e-12:
            return True
        try:
            cmd = apply_operator_to_lines(self.document.scenario, [r], "new_rate", pct_value)
            self.document.push(cmd)
        except CommandError as exc:
            self.message.emit(str(exc))
            return False
        return True
