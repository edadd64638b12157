"""File → Import and File → Export: scenario files, GENIUS domains, trade tables, the workbook.

Every action follows the same shape: ask (file dialog, options), do the slow part on a pool
thread from a snapshot (``ui.worker``), then apply the result on the UI thread in one step. So a
failed or cancelled action leaves the document and the library as they were:

- a trade-table import becomes ONE undoable command (``edits.replace_flows``), pushed only after
  the user accepted the mapping dialog and at least one row was accepted;
- a scenario file is checked in the background, but written into the library on the UI thread
  (the library's SQLite connection belongs to that thread), and only if not cancelled;
- exports are written to a temporary file next to the target and moved over it only when the
  task finished and was not cancelled, so a cancelled export leaves no half-written file.

The steps themselves are the use cases the CLI runs too (``app.usecases``); this module asks,
runs them in the background and shows the outcome.

Every error a user can cause is shown as a message; an unexpected one is named, not dumped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from negotiator_gui.app.document import Document
from negotiator_gui.app.usecases.library_document import file_origin
from negotiator_gui.app.usecases.output import StagedFile, stage
from negotiator_gui.app.usecases.scenario_files import (
    SUFFIX,
    ScenarioFileError,
    export_scenario,
    open_scenario,
)
from negotiator_gui.core import edits
from negotiator_gui.core.commands import CommandError
from negotiator_gui.core.i18n import N_, number, tr
from negotiator_gui.ui.common.text import literal
from negotiator_gui.ui.common.worker import Task

if TYPE_CHECKING:
    from negotiator_gui.ui.io.dialogs import ExportOptionsDialog

# The readers and writers (openpyxl for workbooks, the GENIUS and table readers, the library)
# and their dialogs are imported when an import or an export is asked for: the window's start
# only adds the menu items.

#: File-dialog filters, translated where used (``tr(SCENARIO_FILTER)``).
SCENARIO_FILTER = N_("Negotiator scenarios (*.scenario.json);;JSON files (*.json);;All files (*)")
TABLE_FILTER = N_("Trade tables (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)")
XLSX_FILTER = N_("Excel workbooks (*.xlsx)")


def error_text(exc: BaseException) -> str:
    """The message for an error: the library's own words for the errors users cause."""
    from negotiator_gui.app.errors import (
        GeniusError,
        LibraryError,
        OutputCheckError,
        TableError,
        os_error_text,
        unexpected_text,
    )

    if isinstance(exc, ScenarioFileError):
        lines = [str(p) for p in exc.problems[:12]]
        more = len(exc.problems) - 12 + exc.dropped
        if more > 0:
            lines.append(tr("… and {n} more").format(n=more))
        return (
            tr("{source} cannot be used:").format(source=Path(exc.source).name)
            + "\n"
            + ("\n".join(lines))
        )
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return where + os_error_text(exc)
    if isinstance(exc, (TableError, GeniusError, LibraryError, CommandError, OutputCheckError)):
        return str(exc)
    return unexpected_text(exc)


def show_error(parent: QWidget, title: str, exc: BaseException | str) -> None:
    """A warning box with readable text (never a traceback)."""
    text = exc if isinstance(exc, str) else error_text(exc)
    first, _, rest = text.partition("\n")
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, literal(first), QMessageBox.StandardButton.Ok, parent
    )
    if rest:  # the problems quote the file: shown as written
        box.setInformativeText(literal(rest))
    box.exec()


class ImportExport(QObject):
    """The Import and Export submenus and what they do (``window.import_export``)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        #: The tasks started, latest last (tests wait on them; finished ones are dropped).
        self.tasks: list[Task] = []
        self.last_dialog: QDialog | None = None
        imp = window.file_menu.addMenu(tr("&Import"))
        exp = window.file_menu.addMenu(tr("&Export"))
        anchor = window.act_save_as
        actions = window.file_menu.actions()
        after = actions[actions.index(anchor) + 1 :]
        # place both submenus after "Save as file…" rather than after Quit
        before = next((a for a in after if a.isSeparator()), None)
        if before is not None:
            window.file_menu.insertMenu(before, imp)
            window.file_menu.insertMenu(before, exp)
        self.import_menu, self.export_menu = imp, exp
        self.act_import_library = imp.addAction(tr("&Scenario file into the library…"))
        self.act_import_library.setStatusTip(tr("Store a scenario file in the library and open it"))
        self.act_import_library.setToolTip(self.act_import_library.statusTip())
        self.act_import_library.triggered.connect(self.import_into_library)
        self.act_import_genius = imp.addAction(tr("&GENIUS domain…"))
        self.act_import_genius.setStatusTip(
            tr("Start a scenario from a GENIUS/ANAC domain and its profiles")
        )
        self.act_import_genius.setToolTip(self.act_import_genius.statusTip())
        self.act_import_genius.triggered.connect(self.import_genius)
        self.act_import_table = imp.addAction(tr("&Trade data (CSV/XLSX)…"))
        self.act_import_table.setStatusTip(
            tr("Import trade flows from a CSV or Excel table, with a column mapping")
        )
        self.act_import_table.setToolTip(self.act_import_table.statusTip())
        self.act_import_table.triggered.connect(self.import_table)
        self.act_export_xlsx = exp.addAction(tr("&Excel options matrix…"))
        self.act_export_xlsx.setStatusTip(tr("Write the options-matrix workbook"))
        self.act_export_xlsx.setToolTip(self.act_export_xlsx.statusTip())
        self.act_export_xlsx.triggered.connect(self.export_workbook)
        self.act_export_scenario = exp.addAction(tr("&Scenario file…"))
        self.act_export_scenario.setStatusTip(tr("Write a (redacted) copy of the scenario"))
        self.act_export_scenario.setToolTip(self.act_export_scenario.statusTip())
        self.act_export_scenario.triggered.connect(self.export_scenario)

    # -- helpers ------------------------------------------------------------------------------
    def run(
        self,
        title: str,
        fn: Callable,
        on_done: Callable[[Any], None],
        error_title: str,
        on_cancel: Callable[[Any], None] | None = None,
    ) -> Task:
        """Start ``fn`` in the background with a progress dialog; see ``ui.worker``."""

        def failed(exc: BaseException) -> None:
            show_error(self.window, error_title, exc)

        def cancelled(result: Any) -> None:
            if on_cancel is not None:
                on_cancel(result)
            self.message(tr("Cancelled: nothing was changed"))

        def done(result: Any) -> None:
            try:
                on_done(result)
            except Exception as exc:  # applying failed: say so, change nothing
                failed(exc)

        task = Task(self.window, title, fn, done, failed, pool=self.pool, on_cancel=cancelled)
        self.tasks = [t for t in self.tasks if t.running] + [task]
        return task

    def message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _start_dir(self) -> str:
        path = self.window.document.path
        return str(path.parent) if path else str(self.window.settings.value("io/folder", ""))

    def _remember_dir(self, path: str) -> None:
        self.window.settings.setValue("io/folder", str(Path(path).parent))

    # -- import: a scenario file into the library ----------------------------------------------
    def import_into_library(self) -> None:
        from negotiator_gui.app.errors import LibraryError
        from negotiator_gui.app.usecases.library_save import save_file_to_library

        lib = self.window.library.library
        if lib is None or lib.read_only:
            show_error(
                self.window,
                tr("Cannot import"),
                tr("No library is open for writing: the scenario file cannot be stored."),
            )
            return
        if not self.window.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            tr("Import a scenario file into the library"),
            self._start_dir(),
            tr(SCENARIO_FILTER),
        )
        if not path:
            return
        self._remember_dir(path)

        def work(ctx):
            ctx.step(tr("Checking {name}…").format(name=Path(path).name))
            return open_scenario(path)

        def apply(_loaded) -> None:
            try:
                info = save_file_to_library(lib, path)
            except (LibraryError, ScenarioFileError, OSError) as exc:
                show_error(self.window, tr("Cannot import"), exc)
                return
            self.window.library.open_scenario(info.scenario_id)
            self.message(tr("Imported {name} into the library").format(name=Path(path).name))

        self.run(tr("Reading the scenario file…"), work, apply, tr("Cannot import"))

    # -- import: a GENIUS domain ---------------------------------------------------------------
    def import_genius(self) -> None:
        from negotiator_gui.app.usecases.genius_import import import_genius
        from negotiator_gui.ui.io.dialogs import GeniusDialog

        if not self.window.maybe_save():
            return
        dialog = GeniusDialog(self.window, self._start_dir())
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        domain, profiles, names = dialog.values()
        if len(profiles) < 2:
            show_error(self.window, tr("Cannot import"), tr("Give at least two profiles."))
            return
        self._remember_dir(domain)

        def work(ctx):
            ctx.step(tr("Reading the GENIUS domain…"))
            return import_genius(domain, profiles, names=names, cancel=ctx.check).scenario

        def apply(scenario) -> None:
            doc = Document(scenario)
            doc.stack.mark_dirty()  # not saved anywhere yet: closing asks first
            self.window.set_document(doc)
            self.message(tr("Imported {name}: save it to keep it").format(name=Path(domain).name))

        self.run(tr("Importing the GENIUS domain…"), work, apply, tr("Cannot import"))

    # -- import: trade data --------------------------------------------------------------------
    def import_table(self) -> None:
        from negotiator_gui.app.usecases.trade_import import (
            TableError,
            read_trade_table,
            reading_view,
            table_columns,
        )

        path, _ = QFileDialog.getOpenFileName(
            self.window, tr("Import trade data"), self._start_dir(), tr(TABLE_FILTER)
        )
        if not path:
            return
        self._remember_dir(path)
        doc = self.window.document
        view = reading_view(doc.scenario)

        def work(ctx):
            ctx.step(tr("Reading {name}…").format(name=Path(path).name))
            try:
                report, error = read_trade_table(path, view, cancel=ctx.check), ""
            except TableError as exc:
                report, error = None, str(exc)
            ctx.check()
            return report, error, table_columns(path, report)

        def ask(result) -> None:
            report, error, columns = result
            if report is None and not columns:
                show_error(self.window, tr("Cannot import the table"), error)
                return
            self.map_and_apply(doc, path, report, error, columns)

        self.run(tr("Reading the trade table…"), work, ask, tr("Cannot import the table"))

    def map_and_apply(self, doc: Document, path: str, report, error: str, columns) -> bool:
        """Show the mapping dialog; on OK apply its report as one undoable command."""
        from negotiator_gui.app.usecases.trade_import import TableError, apply_table
        from negotiator_gui.ui.io.dialogs import TableMappingDialog

        dialog = TableMappingDialog(path, doc.scenario, report, error, columns, self.window)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        report = dialog.report if dialog.settled else None
        title = tr("Cannot import the table")
        if report is None:
            show_error(
                self.window, title, dialog.error or tr("The table cannot be imported as mapped.")
            )
            return False
        if report.rows_accepted == 0:
            show_error(
                self.window,
                title,
                tr("Nothing to import: no row of {name} was accepted.").format(
                    name=Path(path).name
                ),
            )
            return False
        if doc is not self.window.document:
            show_error(self.window, title, tr("Another scenario was opened meanwhile."))
            return False
        s = doc.scenario
        try:
            flows = apply_table(s, report, dialog.mode, Path(path).name).flows
            name = tr("Import trade data from {file}").format(file=Path(path).name)
            doc.push(edits.replace_flows(s, flows, name=name))
        except (TableError, CommandError, ValueError) as exc:
            show_error(self.window, title, exc)
            return False
        self.message(
            tr("Imported {n} rows from {file} ({flows} trade flows now)").format(
                n=number(report.rows_accepted), file=Path(path).name, flows=number(len(flows))
            )
        )
        return True

    # -- export ----------------------------------------------------------------------------------
    def _options(self, workbook: bool) -> ExportOptionsDialog | None:
        from negotiator_gui.ui.io.dialogs import ExportOptionsDialog

        dialog = ExportOptionsDialog(
            self.window, workbook=workbook, party=self.window.document.scenario.perspective
        )
        self.last_dialog = dialog
        return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _save_path(self, title: str, suggested: str, filt: str, suffix: str) -> str:
        start = Path(self._start_dir() or Path.home()) / suggested
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(start), tr(filt))
        if path and not path.endswith(suffix) and not path.endswith(".json"):
            path += suffix
        return path

    def _write(self, title: str, path: str, write: Callable[[Path], Any], done_text: str) -> Task:
        """Write through a temporary file (``write(tmp)`` on the pool thread) that replaces
        ``path`` only once the task finished and was not cancelled (on the UI thread)."""

        def work(ctx) -> StagedFile:
            return stage(path, write, cancel=ctx.check)

        def finish(staged: StagedFile) -> None:
            staged.commit()  # removes the temporary file if the rename fails
            self.message(done_text)

        def cancelled(staged: Any) -> None:
            if isinstance(staged, StagedFile):
                staged.discard()

        return self.run(title, work, finish, tr("Cannot export"), on_cancel=cancelled)

    def export_workbook(self) -> Task | None:
        from negotiator_gui.app.usecases.workbook_export import export_workbook

        doc = self.window.document
        opts = self._options(workbook=True)
        if opts is None:
            return None
        suffix = "-redacted.xlsx" if opts.redact else ".xlsx"
        path = self._save_path(
            tr("Export the options matrix"), f"{doc.scenario.id}{suffix}", XLSX_FILTER, ".xlsx"
        )
        if not path:
            return None
        self._remember_dir(path)
        snapshot = doc.snapshot()
        packages, redacted = opts.packages, opts.redact
        keep_ranges = opts.keep_other_ranges
        revision = str(doc.library_revision) if doc.library_revision is not None else None

        def write(tmp: Path) -> None:
            export_workbook(
                tmp,
                snapshot,
                packages=packages,
                redacted=redacted,
                keep_ranges=keep_ranges,
                revision=revision,
            )

        done = (tr("Wrote {path} (redacted)") if redacted else tr("Wrote {path}")).format(path=path)
        return self._write(tr("Writing the options matrix…"), path, write, done)

    def export_scenario(self) -> Task | None:
        doc = self.window.document
        opts = self._options(workbook=False)
        if opts is None:
            return None
        suffix = f"-redacted{SUFFIX}" if opts.redact else SUFFIX
        path = self._save_path(
            tr("Export a scenario file"), f"{doc.scenario.id}{suffix}", SCENARIO_FILTER, SUFFIX
        )
        if not path:
            return None
        self._remember_dir(path)
        snapshot = doc.snapshot()
        redacted, keep_ranges = opts.redact, opts.keep_other_ranges
        # a full copy names the library revision it came from, as Save as file does, so a
        # colleague's edits to it merge back against exactly that revision (a redacted copy
        # goes to the other side and says nothing of our library: export_scenario leaves it out)
        origin = file_origin(self.window.library.library, doc)

        def write(tmp: Path) -> None:
            export_scenario(
                tmp, snapshot, redacted=redacted, keep_ranges=keep_ranges, origin=origin
            )

        done = (tr("Wrote {path} (redacted)") if redacted else tr("Wrote {path}")).format(path=path)
        return self._write(tr("Writing the scenario file…"), path, write, done)
