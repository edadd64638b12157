"""File → Export brief…: the minister's brief of the current package as a one- or two-page PDF.

The brief is built from the open document and the window's ``current_package`` (the package
builder's; none chosen yet gives a brief of "no deal"), then written through a temporary file
next to the target that replaces it only when the PDF is complete and reads back
(``app.usecases.output.write_file``), so a failed export never leaves half a file or destroys an
older brief.
Building the brief runs in the background, on the revision's read-only copy: its sentence under
uncertainty samples the ranges entered (0.5-0.8 s for the shipped scenario), which froze the
window. A progress dialog (after 400 ms) can cancel it; writing the PDF (about 30 ms) follows on
the UI thread. The folder of the last export is remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from negotiator_gui.app.session import Session
from negotiator_gui.core.i18n import N_, plural, tr
from negotiator_gui.ui.common.text import literal

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from negotiator_gui.core.brief import Brief
    from negotiator_gui.ui.common.worker import Task

# The brief's content and its PDF writer are imported when a brief is made, not when the window
# starts (the File-menu item is all start-up needs).

SETTING_FOLDER = "brief/folder"
SHORTCUT = "Ctrl+Shift+E"


def safe_name(text: str) -> str:
    """A file name from a scenario id: letters, digits, dot, dash and underscore."""
    out = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in text).strip("-.")
    return out or "brief"


def write_brief(path: str | Path, brief: Brief, timeline_image: QImage | None = None) -> int:
    """``ui.brief.pdf.write_brief``, imported when a brief is written (the PDF layout and its
    chart are not needed to start the window)."""
    from negotiator_gui.ui.brief import pdf

    return pdf.write_brief(path, brief, timeline_image)


def brief_source(session: Session, package: dict[str, str] | None = None) -> Callable[[], Brief]:
    """The brief of the session's document and package (``package``: the one given, else the
    session's), saying which revision it shows and marked a draft when it has unsaved edits:
    what it needs is taken now (on the UI thread: the revision's read-only copy, the package,
    the revision line), and the function returned builds it on any thread (the uncertainty
    sentence takes up to a second), from this revision even if the document is edited meanwhile."""
    from negotiator_gui.app.usecases.brief_revision import brief_revision

    doc = session.document
    rev = brief_revision(doc, session.library)
    chosen = dict(session.package.value) if package is None else dict(package)
    frozen = doc.frozen()

    def build() -> Brief:
        from negotiator_gui.core.brief import build_brief

        return build_brief(frozen, chosen, revision=rev.line, draft=rev.draft)

    return build


class BriefExport(QObject):
    """The action and what it does (``window.brief_export``)."""

    def __init__(self, session: Session, window) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        #: The latest export's background task, and the file it wrote (None until it has).
        self.task: Task | None = None
        self.written: Path | None = None
        act = QAction(tr("Export &brief…"), window)
        act.setShortcut(QKeySequence(SHORTCUT))
        tip = tr("Write a one- or two-page PDF brief of the current package for the minister")
        act.setToolTip(tip)
        act.setStatusTip(tip)
        act.triggered.connect(self.export)
        self.action = act
        menu = window.file_menu
        export_menu = window.menu("export")
        actions = menu.actions()
        anchor = export_menu.menuAction() if export_menu is not None else window.act_save_as
        after = actions[actions.index(anchor) + 1 :] if anchor in actions else []
        before = next((a for a in after if a.isSeparator()), None)
        if before is not None:
            menu.insertAction(before, act)
        else:
            menu.addAction(act)
        window.addAction(act)  # the shortcut works wherever the focus is

    # -- asking ---------------------------------------------------------------------------------
    def _start_folder(self) -> str:
        saved = str(self.session.settings.value(SETTING_FOLDER, "") or "")
        if saved and Path(saved).is_dir():
            return saved
        path = self.session.document.path
        return str(path.parent) if path else str(Path.home())

    def ask_path(self, suggested: str) -> str:
        """The file to write (empty: cancelled). Tests replace this method."""
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            tr("Export the minister's brief"),
            str(Path(self._start_folder()) / suggested),
            tr("PDF documents (*.pdf)"),
        )
        return path

    # -- doing ----------------------------------------------------------------------------------
    def export(self) -> Task | None:
        """Ask for a file, build the brief in the background and write it once built
        (``written`` says where); the task, or None when no file was chosen."""
        from negotiator_gui.ui.common.worker import Task

        s = self.session.document.scenario
        package = dict(self.session.package.value)
        self.written = None
        chosen = self.ask_path(f"{safe_name(s.id)}-brief.pdf")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.session.settings.setValue(SETTING_FOLDER, str(path.parent))
        build = brief_source(self.session, package)  # this revision: later edits do not count

        def cancelled(_result) -> None:
            self.window.statusBar().showMessage(tr("Cancelled: no brief was written"), 8000)

        self.task = Task(
            self.window,
            tr("Preparing the brief…"),
            lambda _ctx: build(),
            lambda brief: self.write(path, brief),
            self.show_failure,
            on_cancel=cancelled,
        )
        return self.task

    def write(self, path: Path, brief: Brief) -> Path | None:
        """Write ``brief`` to ``path`` (on the UI thread: the PDF's painting); the path, or None
        after saying why not."""
        from negotiator_gui.app.errors import OutputCheckError, os_error_text
        from negotiator_gui.app.usecases.output import write_file

        try:
            # write_brief reads the PDF back before it is moved into place
            n = write_file(path, lambda tmp: write_brief(tmp, brief))
        except OSError as exc:
            why = os_error_text(exc)
            self.show_error(tr("{path} cannot be written: {why}").format(path=path, why=why))
            return None
        except OutputCheckError as exc:
            self.show_error(tr("{path}: not written: {why}").format(path=path, why=exc))
            return None
        except Exception as exc:  # never a traceback in front of the user: name the problem
            self.show_failure(exc)
            return None
        self.written = path
        self.window.statusBar().showMessage(
            plural(
                n,
                N_("Wrote the brief ({n} page) to {path}"),
                N_("Wrote the brief ({n} pages) to {path}"),
            ).format(n=n, path=path),
            8000,
        )
        return path

    def show_failure(self, exc: BaseException) -> None:
        from negotiator_gui.app.usecases.output import unexpected_text

        self.show_error(unexpected_text(exc))

    def show_error(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Cannot export the brief"),
            literal(text),  # may quote a path or the scenario
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.exec()
