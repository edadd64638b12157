"""Table models of the analysis views: the options matrix's candidate packages and the
counter-packages of an offer.

Both keep the raw number under ``SORT_ROLE`` so a proxy sorts numerically (not by the formatted
text), right-align their numbers, and explain each cell in a tooltip. The matrix marks frontier
rows with ``FRONTIER_ROLE`` and a background tint, so tests check the highlight by data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from negotiator_gui.core import labels
from negotiator_gui.core.analysis_data import CounterResult, CounterRow
from negotiator_gui.core.i18n import N_, local, number, tr
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.options_matrix import OptionsMatrix, PackageRow
from negotiator_gui.ui.common.text import escape, literal

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FRONTIER_ROLE = Qt.ItemDataRole.UserRole + 2
#: The row object (PackageRow or CounterRow) behind any cell.
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

#: A light Okabe–Ito bluish green: frontier rows stand out without hiding the selection.
FRONTIER_TINT = QColor(0, 158, 115, 48)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

KIND_LABELS = {
    "frontier": N_("frontier"),
    "nash": N_("Nash"),
    "kalai_smorodinsky": N_("Kalai–Smorodinsky"),
    "egalitarian": N_("max-min"),
    "utilitarian": N_("utilitarian"),
    "offer": N_("offer"),
    "batna": N_("status quo package"),
    "walk_away": N_("walk-away package (BATNA)"),
    "package": N_("stored"),
    "chosen": N_("chosen"),
    "all": N_("package"),
}

Index = QModelIndex | QPersistentModelIndex


def signed(value: float, decimals: int = 1) -> str:
    """A change in the user's locale, with its sign (+1.5, −0.3, 0.0); a value that rounds to
    zero has none (never "−0.0")."""
    v = round(value, decimals)
    if v == 0:
        return number(0.0, decimals)
    return ("+" if v > 0 else "−") + number(abs(v), decimals)


def _choices_tip(s: Scenario | None, choices: dict[str, str], mark=()) -> str:
    """The package spelled out, one issue a line (issues in ``mark`` in bold): rich text, the
    titles and labels in it escaped."""
    lines = []
    issues = {i.id: i for i in s.issues} if s else {}
    for issue_id, opt in choices.items():
        issue = issues.get(issue_id)
        title = local(issue, "title") if issue else issue_id
        label = (
            next((local(o, "label") for o in issue.options if o.id == opt), opt) if issue else opt
        )
        line = f"{escape(title)}: {escape(label)}"
        lines.append(f"<b>{line}</b>" if issue_id in mark else line)
    return "<br>".join(lines)


class _RowsModel(QAbstractTableModel):
    """Rows and (title, tooltip, key) columns: the table plumbing both views share."""

    rows: list
    columns: list[tuple[str, str, Any]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(self.columns[section][1])
        return None


class MatrixModel(_RowsModel):
    """The candidate packages of ``options_matrix.build``, one row each."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: OptionsMatrix | None = None
        self.scenario: Scenario | None = None
        self.rows: list[PackageRow] = []
        self.acceptance: dict[int, float | None] = {}  # id(row) → share (under uncertainty)
        self.columns: list[tuple[str, str, Any]] = []  # (header, tooltip, key)
        self.unit = "USD"
        #: One money unit for the indicator columns (chosen from the largest figure).
        self.money = labels.money_scale((), labels.money_unit("USD"))

    def set_matrix(
        self,
        matrix: OptionsMatrix | None,
        scenario: Scenario | None,
        acceptance: tuple[list[float | None], str, str] | None = None,
    ) -> None:
        """``acceptance``: under uncertainty, each row's share of samples accepted by the other
        side, the column's header and what the shares are of (None: no column)."""
        self.beginResetModel()
        self.matrix, self.scenario = matrix, scenario
        self.rows = list(matrix.packages) if matrix else []
        self.acceptance = (
            dict(zip(map(id, self.rows), acceptance[0], strict=True)) if acceptance else {}
        )
        self.unit = scenario.trade_flows.unit if scenario is not None else "USD"
        names = {p.id: local(p, "name") for p in scenario.parties} if scenario else {}
        cols: list[tuple[str, str, Any]] = [
            (tr("Package"), tr("The candidate package; hover for its options"), "label"),
            (tr("Why listed"), tr("Why the package is a candidate"), "kinds"),
        ]
        for p in matrix.parties if matrix else ():
            cols.append(
                (
                    tr("{party} utility").format(party=p),
                    tr("{name}'s utility of the package, 0–100 points").format(
                        name=names.get(p, p)
                    ),
                    ("u", p),
                )
            )
        cols += [
            (
                tr("ZOPA"),
                tr("At least as good as every side's walk-away value (BATNA)"),
                "zopa",
            ),
            (tr("Frontier"), tr("On the Pareto frontier: no package is better for both"), "front"),
        ]
        if acceptance is not None:
            cols.append(
                (
                    acceptance[1],
                    tr(
                        "Share of samples of the ranges entered in which the package is "
                        "accepted ({basis})"
                    ).format(basis=acceptance[2]),
                    "accept",
                )
            )
        if any(r.indicators for r in self.rows):
            figures = [
                getattr(r.indicators, k)
                for r in self.rows
                if r.indicators is not None
                for k in ("exports_change", "revenue", "balance")
            ]
            self.money = labels.money_scale(figures, labels.money_unit(self.unit))
            bn = self.money.name
            cols += [
                (
                    tr("Exports Δ ({bn})").format(bn=bn),
                    tr("Change of our exports to the other side from the base year"),
                    "exports",
                ),
                (
                    tr("Revenue ({bn})").format(bn=bn),
                    tr("Tariff revenue the other side collects on our exports"),
                    "revenue",
                ),
                (
                    tr("Balance ({bn})").format(bn=bn),
                    tr("Our bilateral balance, commitments included"),
                    "balance",
                ),
            ]
        self.columns = cols
        self.endResetModel()

    def _value(self, r: PackageRow, key: Any) -> Any:
        if key == "label":
            return r.label
        if key == "kinds":
            return tr(", ").join(tr(KIND_LABELS.get(k, k)) for k in r.kinds)
        if key == "zopa":
            return r.in_zopa
        if key == "front":
            return r.on_frontier
        if key == "accept":
            return self.acceptance.get(id(r))
        if isinstance(key, tuple):
            return r.utilities.get(key[1])
        ind = r.indicators
        if ind is None:
            return None
        return {"exports": ind.exports_change, "revenue": ind.revenue, "balance": ind.balance}[key]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        key = self.columns[index.column()][2]
        value = self._value(r, key)
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, bool):
                return tr("yes") if value else ""
            if value is None:
                return "—" if key not in ("label", "kinds") else ""
            if isinstance(key, tuple):
                return number(value, 1)
            if key == "accept":
                return f"{number(value * 100, 0)} %"
            if key in ("exports", "revenue", "balance"):
                return self.money.figure(value, signed=key != "revenue")
            return str(value)
        if role == SORT_ROLE:
            if isinstance(value, bool):
                return int(value)
            return value if value is not None else float("-inf")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(key, tuple) or key in ("exports", "revenue", "balance", "accept"):
                return RIGHT
            if key in ("zopa", "front"):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(FRONTIER_TINT) if r.on_frontier else None
        if role == FRONTIER_ROLE:
            return r.on_frontier
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "kinds" and {"batna", "walk_away"} & set(r.kinds):
                return tr(labels.WHY_THEY_DIFFER)
            head = f"<b>{escape(r.label)}</b>"
            if r.on_frontier:
                head += " — " + tr("on the Pareto frontier")
            return head + "<br>" + _choices_tip(self.scenario, r.choices)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.columns[index.column()][0]}: {self.data(index)}"
        return None


class CounterModel(_RowsModel):
    """The counter-packages of one offer: rank, both utilities, the gain over the offer, and the
    issues where each departs from it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: CounterResult | None = None
        self.scenario: Scenario | None = None
        self.rows: list[CounterRow] = []
        self.columns: list[tuple[str, str, Any]] = []

    def set_result(self, result: CounterResult | None, scenario: Scenario | None) -> None:
        self.beginResetModel()
        self.result, self.scenario = result, scenario
        self.rows = list(result.rows) if result else []
        cols: list[tuple[str, str, Any]] = [
            ("#", tr("Rank: best for the side the counter is for first"), "rank")
        ]
        if result is not None:
            for p in result.offer_utilities:
                cols.append(
                    (
                        tr("{party} utility").format(party=p),
                        tr("{party}'s utility of the counter-package, 0–100 points").format(
                            party=p
                        ),
                        ("u", p),
                    )
                )
            cols.append(
                (
                    tr("{party} gain").format(party=result.for_party),
                    tr("How much more the counter is worth to {party} than the offer").format(
                        party=result.for_party
                    ),
                    "gain",
                )
            )
        cols.append(
            (
                tr("Changes from the offer"),
                tr("The issues where the counter-package departs from the offer"),
                "differs",
            )
        )
        self.columns = cols
        self.endResetModel()

    def _differs_text(self, r: CounterRow) -> str:
        issues = {i.id: i for i in self.scenario.issues} if self.scenario else {}
        parts = []
        for issue_id in r.differs:
            issue = issues.get(issue_id)
            opt = r.choices[issue_id]
            label = (
                next((local(o, "label") for o in issue.options if o.id == opt), opt)
                if issue
                else opt
            )
            parts.append(f"{local(issue, 'title') if issue else issue_id} → {label}")
        # the full package, changes in bold, is in the tooltip
        return "; ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        key = self.columns[index.column()][2]
        assert self.result is not None
        if key == "rank":
            value: Any = r.rank
        elif key == "differs":
            value = self._differs_text(r)
        elif key == "gain":
            fp = self.result.for_party
            value = r.utilities[fp] - self.result.offer_utilities[fp]
        else:
            value = r.utilities[key[1]]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "gain":
                return signed(value)
            if isinstance(key, tuple):
                return number(value, 1)
            return str(value)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key != "differs" else None
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ToolTipRole:
            # rich text even without a tag (an escaped '&' must not show as '&amp;')
            return "<qt>" + _choices_tip(self.scenario, r.choices, r.differs) + "</qt>"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.columns[index.column()][0]}: {self.data(index)}"
        return None
