"""The dialogs of File → Import and File → Export.

``TableMappingDialog`` is the GUI's version of ``negotiator import-trade``: it shows which
column feeds which field (as ``read_table`` detected it), lets the user change that, fix a party
for every row, and state the scale and year, and re-reads the table in the background after
each change so the preview (rows accepted and rejected, unmatched partners) always describes
exactly what OK will import. Nothing is imported by the dialog itself: it only hands back the
report that matches its settings. The reading is ``app.usecases.trade_import``'s (the CLI's too),
so the columns offered are split and decoded exactly as the import will read them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from negotiator_gui.app.usecases.trade_import import (
    FIELDS,
    REQUIRED,
    ImportReport,
    guess_mapping,
    read_trade_table,
    reading_view,
)
from negotiator_gui.core.i18n import N_, local, number, tr
from negotiator_gui.core.model import Scenario
from negotiator_gui.ui.common.text import plain_label
from negotiator_gui.ui.common.worker import Task

NOT_USED = None

#: The scale choices of the mapping dialog: the factor and its label.
SCALES = (
    (1.0, N_("× 1 (as written)")),
    (1000.0, N_("× 1,000 (table in thousands)")),
    (1e6, N_("× 1,000,000 (table in millions)")),
)

FIELD_LABELS = {
    "importer": (
        N_("I&mporter"),
        N_("The importing country (the reporter, in a table with a flow column)"),
    ),
    "exporter": (
        N_("E&xporter"),
        N_("The country the goods come from (the partner)"),
    ),
    "product": (
        N_("Pr&oduct code"),
        N_("The HS/HTS code of the product line; dots and spaces are dropped"),
    ),
    "value": (
        N_("&Value"),
        N_("The value of the goods traded"),
    ),
    "mfn_rate": (
        N_("MF&N rate"),
        N_("The applied tariff rate, as a fraction (0.05) or in percent (5)"),
    ),
    "duties": (
        N_("&Duties collected"),
        N_("Duties paid; with the value they give the rate when there is no rate column"),
    ),
    "flow": (
        N_("&Trade flow"),
        N_("Imports or exports, in a table that holds both"),
    ),
    "year": (
        N_("Year co&lumn"),
        N_("The year of each row; only the chosen year is imported"),
    ),
    "duty_type": (
        N_("Duty ty&pe"),
        N_("The WITS duty type (MFN rows are imported)"),
    ),
    "quantity": (
        N_("&Quantity"),
        N_("Quantities (kept for the report; not used in the analysis)"),
    ),
}


def _monospace() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


class TableMappingDialog(QDialog):
    """Column mapping, fixed parties, scale, year and merge/replace, with a live preview.

    ``report`` is the report of the current settings (None while re-reading or if the table
    cannot be read as mapped, then ``error`` says why); ``mode`` is "merge" or "replace"."""

    def __init__(
        self,
        path: str | Path,
        scenario: Scenario,
        report: ImportReport | None,
        error: str = "",
        columns: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.view = reading_view(scenario)
        self.report = report
        self.error = error
        self.sheet = report.sheet if report else None
        self.encoding = report.encoding if report else None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.generation = 0
        self.pending: Task | None = None
        self.setWindowTitle(tr("Import trade data — {name}").format(name=self.path.name))
        self.setMinimumSize(860, 620)
        columns = list(columns or [])
        for header in report.columns.values() if report else ():
            if header not in columns:
                columns.append(header)

        intro = QLabel(
            tr(
                "Choose the column each field is read from. The preview below is read again "
                "after every change and shows exactly what will be imported."
            )
        )
        intro.setWordWrap(True)
        self.layout_label = plain_label()  # the reason quotes the table's headers
        self.layout_label.setObjectName("layout")
        self.layout_label.setWordWrap(True)

        # -- columns ----------------------------------------------------------------------
        cols_box = QGroupBox(tr("Columns"))
        form = QFormLayout(cols_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.combos: dict[str, QComboBox] = {}
        self.fixed: dict[str, QComboBox] = {}
        detected = report.columns if report else guess_mapping(columns)
        fixed_now = report.fixed if report else {}
        for field in FIELDS:
            label, tip = FIELD_LABELS[field]
            combo = QComboBox()
            combo.setObjectName(f"column-{field}")
            combo.addItem(tr("(not used)"), NOT_USED)
            for header in columns:
                combo.addItem(header, header)
            if field in detected:
                combo.setCurrentIndex(combo.findData(detected[field]))
            required = field in REQUIRED
            combo.setToolTip(tr("{tip} (required)").format(tip=tr(tip)) if required else tr(tip))
            combo.setMinimumWidth(200)
            combo.currentIndexChanged.connect(self.schedule)
            self.combos[field] = combo
            text = tr(label) + (" *" if required else "") + ":"
            if field in ("importer", "exporter"):
                party = QComboBox()
                party.setObjectName(f"fixed-{field}")
                party.addItem(tr("(from the column)"), None)
                for p in scenario.parties:
                    party.addItem(f"{p.id} — {local(p, 'name')}", p.id)
                if field in fixed_now:
                    party.setCurrentIndex(max(party.findData(fixed_now[field]), 0))
                party.setToolTip(
                    tr("Or the same party for every row (a table of one country's imports)")
                )
                party.currentIndexChanged.connect(self._fixed_changed)
                self.fixed[field] = party
                row = QHBoxLayout()
                row.addWidget(combo, 3)
                row.addWidget(QLabel(tr("or every row:")))
                row.addWidget(party, 2)
                lab = QLabel(text)
                lab.setBuddy(combo)
                form.addRow(lab, row)
            else:
                lab = QLabel(text)
                lab.setBuddy(combo)
                form.addRow(lab, combo)
        note = QLabel(tr("* required"))
        note.setEnabled(False)
        form.addRow("", note)

        # -- values and mode --------------------------------------------------------------
        opts_box = QGroupBox(tr("Values"))
        opts = QFormLayout(opts_box)
        self.scale = QComboBox()
        self.scale.setObjectName("scale")
        detected_scale = report.scale if report else 1.0
        self.scale.addItem(
            tr("As detected (× {x})").format(x=number(detected_scale, _decimals(detected_scale))),
            None,
        )
        for x, text in SCALES:
            self.scale.addItem(tr(text), x)
        self.scale.setToolTip(tr("Multiply every value by this (1,000 for a table in thousands)"))
        self.scale.currentIndexChanged.connect(self.schedule)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(1899, 2100)
        self.year.setSpecialValueText(tr("As detected"))
        self.year.setValue(1899)
        self.year.setToolTip(
            tr("The year to import (and the column of that year, in a table with one per year)")
        )
        self.year.valueChanged.connect(self.schedule)
        lab_scale = QLabel(tr("&Scale:"))
        lab_scale.setBuddy(self.scale)
        lab_year = QLabel(tr("&Year:"))
        lab_year.setBuddy(self.year)
        opts.addRow(lab_scale, self.scale)
        opts.addRow(lab_year, self.year)
        self.merge = QRadioButton(tr("Mer&ge into the current flows"))
        self.merge.setToolTip(
            tr("Update the flows the table has (same importer, exporter and product), add the rest")
        )
        self.replace = QRadioButton(tr("&Replace all current flows"))
        self.replace.setToolTip(tr("The table becomes the scenario's whole flow table"))
        self.merge.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.merge)
        group.addButton(self.replace)
        opts.addRow(tr("Import:"), self.merge)
        opts.addRow("", self.replace)

        # -- preview ----------------------------------------------------------------------
        prev_box = QGroupBox(tr("Preview"))
        prev = QVBoxLayout(prev_box)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setFont(_monospace())
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview.setToolTip(tr("The import report for the settings above"))
        prev.addWidget(self.summary)
        prev.addWidget(self.preview, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Import"))
        self.ok.setToolTip(
            tr("Import the accepted rows as shown in the preview (one step that can be undone)")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            tr("Close without importing anything")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(cols_box, 0, 0)
        grid.addWidget(opts_box, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(intro)
        outer.addWidget(self.layout_label)
        outer.addLayout(grid)
        outer.addWidget(prev_box, 1)
        outer.addWidget(self.buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.reread)
        self._sync_fixed()
        self._show()

    # -- settings -------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return "replace" if self.replace.isChecked() else "merge"

    def options(self) -> dict[str, Any]:
        """The arguments of ``read_table`` for the current settings."""
        mapping = {f: c.currentData() for f, c in self.combos.items()}
        out: dict[str, Any] = {"mapping": mapping, "sheet": self.sheet, "encoding": self.encoding}
        for f, party in self.fixed.items():
            out[f] = party.currentData()
        out["scale"] = self.scale.currentData()
        out["year"] = self.year.value() if self.year.value() != self.year.minimum() else None
        return out

    def _sync_fixed(self) -> None:
        """A column is not read for a field whose party is fixed for every row."""
        for f, party in self.fixed.items():
            self.combos[f].setEnabled(party.currentData() is None)

    def _fixed_changed(self) -> None:
        self._sync_fixed()
        self.schedule()

    # -- the background re-read ------------------------------------------------------------
    def schedule(self, *_: object) -> None:
        """A change of settings: the current report no longer applies; read again shortly."""
        if not hasattr(self, "timer"):
            return
        self.generation += 1
        self.report = None
        self.error = ""
        self.ok.setEnabled(False)
        self.summary.setText(tr("Reading the table again…"))
        self.timer.start()

    def reread(self) -> None:
        opts = self.options()
        mapping = opts.pop("mapping")
        generation = self.generation
        view, path = self.view, self.path

        def work(ctx):
            return read_trade_table(path, view, mapping, cancel=ctx.check, **opts)

        self.pending = Task(
            self,
            "",
            work,
            lambda report: self._arrived(generation, report, ""),
            lambda exc: self._arrived(generation, None, _message(exc)),
            pool=self.pool,
            show_progress=False,
        )

    def _arrived(self, generation: int, report: ImportReport | None, error: str) -> None:
        if generation != self.generation:
            return  # the settings changed again meanwhile
        self.pending = None
        self.report, self.error = report, error
        self._show()

    @property
    def settled(self) -> bool:
        """True when the preview describes the current settings (no re-read pending)."""
        return not self.timer.isActive() and self.pending is None

    def _show(self) -> None:
        r = self.report
        if r is None:
            self.layout_label.setText("")
            self.summary.setText(
                "<b>"
                + tr("This table cannot be imported as mapped.")
                + "</b> "
                + tr("Choose the columns above.")
            )
            self.preview.setPlainText(self.error)
            self.ok.setEnabled(False)
            return
        self.layout_label.setText(
            tr("Recognised as: {layout} ({why})").format(layout=r.layout, why=r.layout_why)
        )
        parts = [tr("<b>{n} rows accepted</b>").format(n=number(r.rows_accepted))]
        if r.rows_rejected:
            parts.append(tr("{n} rejected").format(n=number(r.rows_rejected)))
        if r.unmatched:
            parts.append(
                tr("{n} with a party not in the scenario").format(n=number(r.rows_unmatched))
            )
        parts.append(tr("{n} trade flows").format(n=number(len(r.flows))))
        if not r.rows_accepted:
            parts.append("<b>" + tr("nothing to import") + "</b>")
        self.summary.setText(" · ".join(parts))
        self.preview.setPlainText(r.text())
        self.ok.setEnabled(r.rows_accepted > 0)


def _decimals(x: float) -> int:
    """Places enough to show a scale factor as it is (1,000 but 0.001)."""
    text = f"{x:g}"
    return len(text.partition(".")[2]) if "e" not in text else 6


def _message(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
    return str(exc) or type(exc).__name__


# --------------------------------------------------------------------------------------------


class GeniusDialog(QDialog):
    """A GENIUS domain file, two or more profiles (one per party, in order) and their names."""

    def __init__(self, parent: QWidget | None = None, start: str = "") -> None:
        super().__init__(parent)
        self.start = start
        self.setWindowTitle(tr("Import a GENIUS domain"))
        self.setMinimumWidth(560)
        self.domain = QLineEdit()
        self.domain.setObjectName("domain")
        self.domain.setPlaceholderText(tr("the domain XML file"))
        self.domain.setToolTip(tr("The GENIUS domain: the issues and their values"))
        browse = QPushButton(tr("&Browse…"))
        browse.setToolTip(tr("Choose the domain file"))
        browse.clicked.connect(self._pick_domain)
        drow = QHBoxLayout()
        drow.addWidget(self.domain, 1)
        drow.addWidget(browse)
        self.profiles = QListWidget()
        self.profiles.setObjectName("profiles")
        self.profiles.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.profiles.setToolTip(tr("One utility profile per party; the first is our side"))
        self.profiles.setMaximumHeight(140)
        add = QPushButton(tr("&Add…"))
        add.setToolTip(tr("Add profile files (one per party, in order)"))
        add.clicked.connect(self._add_profiles)
        remove = QPushButton(tr("&Remove"))
        remove.setToolTip(tr("Remove the selected profiles from the list"))
        remove.clicked.connect(self._remove_profiles)
        pcol = QVBoxLayout()
        pcol.addWidget(add)
        pcol.addWidget(remove)
        pcol.addStretch(1)
        prow = QHBoxLayout()
        prow.addWidget(self.profiles, 1)
        prow.addLayout(pcol)
        self.names = QLineEdit()
        self.names.setObjectName("names")
        self.names.setPlaceholderText(tr("optional, e.g. Buyer, Seller (default A, B, …)"))
        self.names.setToolTip(tr("The parties' names, comma-separated, in profile order"))
        form = QFormLayout()
        lab_d = QLabel(tr("&Domain:"))
        lab_d.setBuddy(self.domain)
        lab_p = QLabel(tr("&Profiles:"))
        lab_p.setBuddy(self.profiles)
        lab_n = QLabel(tr("&Names:"))
        lab_n.setBuddy(self.names)
        form.addRow(lab_d, drow)
        form.addRow(lab_p, prow)
        form.addRow(lab_n, self.names)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Import"))
        self.ok.setToolTip(tr("Start a new scenario from the domain and the profiles"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            tr("Close without importing anything")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel()
        self.hint.setEnabled(False)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.hint)
        outer.addWidget(self.buttons)
        self.domain.textChanged.connect(self._check)
        self.profiles.model().rowsInserted.connect(self._check)
        self.profiles.model().rowsRemoved.connect(self._check)
        self._check()

    def set_files(self, domain: str, profiles: list[str], names: str = "") -> None:
        self.domain.setText(domain)
        self.profiles.clear()
        self.profiles.addItems(profiles)
        self.names.setText(names)

    def values(self) -> tuple[str, list[str], list[str] | None]:
        profiles = [self.profiles.item(i).text() for i in range(self.profiles.count())]
        names = [n.strip() for n in self.names.text().split(",") if n.strip()]
        return self.domain.text().strip(), profiles, names or None

    def _check(self, *_: object) -> None:
        domain, profiles, _names = self.values()
        ok = bool(domain) and len(profiles) >= 2
        self.ok.setEnabled(ok)
        self.hint.setText(
            "" if ok else tr("Choose the domain file and at least two profiles (one per party).")
        )

    def _pick_domain(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("GENIUS domain"), self.start, tr("GENIUS XML (*.xml);;All files (*)")
        )
        if path:
            self.domain.setText(path)

    def _add_profiles(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("GENIUS profiles"), self.start, tr("GENIUS XML (*.xml);;All files (*)")
        )
        self.profiles.addItems(paths)

    def _remove_profiles(self) -> None:
        for item in self.profiles.selectedItems():
            self.profiles.takeItem(self.profiles.row(item))


# --------------------------------------------------------------------------------------------


class ExportOptionsDialog(QDialog):
    """Options of an export: which candidate packages the workbook lists (Excel only), and
    whether to write the redacted copy meant for people outside the team."""

    def __init__(
        self, parent: QWidget | None = None, *, workbook: bool = True, party: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            tr("Export the options matrix") if workbook else tr("Export a scenario file")
        )
        self.setMinimumWidth(500)
        outer = QVBoxLayout(self)
        self.frontier = QRadioButton(tr("&Frontier: every Pareto-optimal package"))
        self.all = QRadioButton(tr("&All packages (small option spaces only)"))
        self.first = QRadioButton(tr("The &first"))
        self.frontier.setToolTip(
            tr("List every package that no other package beats for both sides")
        )
        self.all.setToolTip(
            tr("List every combination of options; only possible when there are few of them")
        )
        self.first.setToolTip(tr("List only the first frontier packages, as many as set here"))
        self.count = QSpinBox()
        self.count.setObjectName("count")
        self.count.setRange(1, 10000)
        self.count.setValue(20)
        self.count.setSuffix(tr(" frontier packages"))
        self.count.setToolTip(tr("How many frontier packages to list"))
        self.frontier.setChecked(True)
        if workbook:
            box = QGroupBox(tr("Candidate packages"))
            box.setToolTip(
                tr("The bargaining solutions, offers and stored packages are always listed")
            )
            lay = QVBoxLayout(box)
            lay.addWidget(self.frontier)
            lay.addWidget(self.all)
            row = QHBoxLayout()
            row.addWidget(self.first)
            row.addWidget(self.count)
            row.addStretch(1)
            lay.addLayout(row)
            self.count.setEnabled(False)
            self.first.toggled.connect(self.count.setEnabled)
            outer.addWidget(box)
        group = QButtonGroup(self)
        for b in (self.frontier, self.all, self.first):
            group.addButton(b)
        who = party or tr("our side")
        self.redacted = QCheckBox(
            tr(
                "&Redacted copy (leave out our side's reservation value, weights, scores and "
                "red lines)"
            )
        )
        self.redacted.setObjectName("redacted")
        self.redacted.setToolTip(
            tr(
                "For sharing beyond the team: {party}'s weights, option scores, reservation "
                "value, red-line cards, card valuations, BATNA text and the package under "
                "discussion are left out"
            ).format(party=who)
        )
        outer.addWidget(self.redacted)
        self.keep_ranges = QCheckBox(tr("&Keep the other side's ranges"))
        self.keep_ranges.setObjectName("keep_ranges")
        self.keep_ranges.setToolTip(
            tr(
                "Keep the ranges (low–high) and confidence levels the team put on the other "
                "side's weights, scores and reservation value; they say how well we think we "
                "know them, so they are left out of a redacted copy unless this is on"
            )
        )
        self.keep_ranges.setEnabled(False)
        self.redacted.toggled.connect(self.keep_ranges.setEnabled)
        ranges_row = QHBoxLayout()
        ranges_row.addSpacing(24)
        ranges_row.addWidget(self.keep_ranges)
        ranges_row.addStretch(1)
        outer.addLayout(ranges_row)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        outer.addWidget(self.warning)
        self.redacted.toggled.connect(self._warn)
        self._warn(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Export"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            tr("Choose where to write the file")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            tr("Close without exporting anything")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addStretch(1)
        outer.addWidget(buttons)

    def _warn(self, redacted: bool) -> None:
        self.warning.setText(
            tr("<b>For sharing:</b> computed from the redacted copy only.")
            if redacted
            else tr(
                "<b>Not for sharing:</b> contains our side's private numbers; keep it within "
                "the team."
            )
        )

    @property
    def packages(self) -> str | int:
        if self.all.isChecked():
            return "all"
        if self.first.isChecked():
            return self.count.value()
        return "frontier"

    @property
    def redact(self) -> bool:
        return self.redacted.isChecked()

    @property
    def keep_other_ranges(self) -> bool:
        """Whether a redacted copy keeps the other side's preference ranges."""
        return self.redact and self.keep_ranges.isChecked()
