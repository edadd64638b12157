"""The window's side of the scenario library: save with a message, open, history, autosave,
crash recovery and save conflicts.

The library (``store``) does the work; this controller asks the user what to do: a message for a
save, which scenario to open, which revisions to compare or restore, whether to recover unsaved
work after a crash, and, when someone else saved first, whether to save as a branch or overwrite
after seeing what would change. A library that cannot be opened leaves files working as before;
one that opened read-only (a damaged one, whose every write is refused) can still be read. Its
problems are shown as messages (at start, and when saving offers a file instead), never as a
traceback.

Autosave writes on a one-thread ``concurrent.futures`` executor of its own, not through the
background runner (``ui.common.jobs.Runner``): it is one file write, never superseded, never
cancelled and never stale (every write must land, in order), and ``flush`` has to block until
the very write in flight is on disk before a save, a discard or closing; a ``Future`` says
exactly that, while the runner's rules (drop what a newer request supersedes) would be wrong.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from negotiator_gui.app.document import Document
from negotiator_gui.app.library import (
    Conflict,
    LibraryError,
    LibraryHeld,
    ScenarioFileError,
    library_path,
    open_library,
    parse_scenario_text,
)
from negotiator_gui.app.usecases.library_document import (
    Resolution,
    autosave_work,
    save_document,
    suggested_message,
)
from negotiator_gui.core.i18n import date_text, tr
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.ui.common import settings_keys
from negotiator_gui.ui.common.text import literal

#: Seconds after the last edit before unsaved work is written to the recovery table (the
#: default of the "library/autosave_seconds" setting).
AUTOSAVE_SECONDS = settings_keys.DEFAULT_AUTOSAVE


def when_text(stamp: str) -> str:
    """A library time stamp (ISO 8601, UTC) as the user's date and local time to the minute."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return str(stamp)[:16]
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{date_text(moment.date())} {moment:%H:%M}"


def fit_to_rows(dialog: QDialog, listing: QListWidget) -> None:
    """Size ``dialog`` so that ``listing``'s longest row shows whole (names, revision, date and
    author read in one line), within the screen; at least 520 pixels wide."""
    widest = max(
        (
            listing.fontMetrics().horizontalAdvance(listing.item(k).text())
            for k in range(listing.count())
        ),
        default=0,
    )
    width = max(520, widest + 80)
    screen = dialog.screen() or (dialog.parentWidget().screen() if dialog.parentWidget() else None)
    if screen is not None:
        width = min(width, int(screen.availableGeometry().width() * 0.9))
    dialog.resize(width, max(dialog.sizeHint().height(), 420))


class LibraryController(QObject):
    #: An autosave written off the UI thread ended: (the library it went to, None or the error).
    _autosaved = Signal(object, object)

    @property
    def library(self):
        """The open library (``store.Library``) or None: the session's, so whatever it opens,
        relocates or closes is what the rest of the application sees."""
        return self.window.session.library

    @library.setter
    def library(self, value) -> None:
        self.window.session.library = value

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.library = None
        self.error = ""
        #: Another desk holds the library (on a shared drive): at start the user is offered
        #: to open it read-only (``offer_recovery``).
        self.held: LibraryHeld | None = None
        self.author = settings_keys.author(window.settings)
        path = window.settings.value(settings_keys.LIBRARY) or None
        try:
            self.library = open_library(path, author=self.author)
        except LibraryHeld as exc:
            self.error, self.held = str(exc), exc
        except LibraryError as exc:
            self.error = str(exc)
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.timeout.connect(self.autosave_now)
        # Autosave serialises the scenario and writes it on a thread of its own (a large flow
        # table takes a second or more): at most one write in flight, the latest state wins.
        self._saver: ThreadPoolExecutor | None = None  # made on the first autosave
        self._in_flight: Future | None = None
        self._again = False  # the timer fired while a write was in flight
        self._autosaved.connect(self._on_autosaved)
        self.set_autosave_seconds(settings_keys.autosave_seconds(window.settings))
        self._unsubscribe = None
        self._build_actions()

    # -- actions --
    def _build_actions(self) -> None:
        w = self.window
        self.act_open = QAction(tr("Open from &library…"), w)
        self.act_open.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.act_open.setToolTip(tr("Open a scenario saved in the library"))
        self.act_open.triggered.connect(self.open_dialog)
        self.act_history = QAction(tr("Histor&y…"), w)
        self.act_history.setToolTip(tr("Revisions of this scenario: compare and restore"))
        for act in (self.act_open, self.act_history):
            act.setStatusTip(act.toolTip())
        self.act_history.triggered.connect(self.history_dialog)
        for act in (self.act_open, self.act_history):
            act.setEnabled(self.library is not None)
        menu = w.file_menu
        menu.insertAction(w.recent_menu.menuAction(), self.act_open)
        menu.insertAction(w.act_revert, self.act_history)

    # -- settings (see settings_dialog) --
    def set_author(self, name: str) -> None:
        """Revisions and recovery entries saved from now on carry ``name``."""
        self.author = name
        if self.library is not None:
            self.library.author = name

    def set_autosave_seconds(self, seconds: int) -> None:
        """Keep unsaved work ``seconds`` after the last edit; 0 turns autosave off."""
        self.autosave_seconds = max(0, int(seconds))
        if self.autosave_seconds == 0:
            self.autosave.stop()
        else:
            self.autosave.setInterval(self.autosave_seconds * 1000)  # restarts a pending one

    def path(self) -> Path:
        """Where the library is (or would be, when it could not be opened)."""
        if self.library is not None:
            return Path(self.library.path)
        return library_path(self.window.settings.value(settings_keys.LIBRARY) or None)

    def relocate(self, path: str | Path) -> None:
        """Use the library at ``path`` from now on (created if missing), or raise LibraryError
        and change nothing. The old library keeps every scenario saved in it; the open
        scenario stays open, unsaved work included, and is saved into the new library next
        time (its autosave goes there at once)."""
        new = open_library(path, author=self.author)
        if new.read_only:
            try:
                new.check_writable()  # raises: damaged, or its place cannot be written
            finally:
                new.close()
        self.autosave.stop()
        self.flush()  # an autosave in flight lands in the old library before it closes
        old, self.library, self.error = self.library, new, ""
        doc = self.window.document
        doc.library_scenario = doc.library_revision = None
        for act in (self.act_open, self.act_history):
            act.setEnabled(True)
        kept = self.write_recovery()  # unsaved work is safe in the new library first
        if old is not None:
            if kept and not old.read_only:
                with contextlib.suppress(LibraryError):
                    old.discard_recovery()  # this session's work is now kept in the new one
            old.close()
        self.window._update_title()
        self.explain_network_drive()

    def attach(self, document: Document) -> None:
        """Follow a newly opened document (autosave after its edits)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._unsubscribe = document.subscribe(self._on_event)

    def _on_event(self, event: StackEvent) -> None:
        if self.library is None or self.library.read_only:
            return
        if event.reason in ("do", "merge", "undo", "redo") and self.autosave_seconds > 0:
            self.autosave.start()  # restarted by every edit: written once the user pauses

    def status(self) -> str:
        doc = self.window.document
        if self.library is None:
            return tr("library unavailable")
        if self.library.damage:
            return tr("library damaged: read-only")
        if doc.library_revision is None:
            return tr("not in the library")
        try:
            info = self.library.revision(doc.library_revision)
        except LibraryError:
            return tr("library unavailable")
        return tr("revision {n}").format(n=info.number)

    def _refusal(self) -> str:
        """Why nothing can be saved in the library ("" when it can)."""
        if self.library is None:
            return self.error
        try:
            self.library.check_writable()
        except LibraryError as exc:
            return str(exc)
        return ""

    # -- saving --
    def save(self) -> bool:
        """Save to the library with a message; on a conflict ask how to resolve it."""
        w = self.window
        doc = w.document
        refusal = self._refusal()
        if refusal:  # no library, a damaged or a read-only one: a file instead
            QMessageBox.warning(w, tr("Cannot save to the library"), literal(refusal))
            return w.save_as()
        message, ok = QInputDialog.getText(
            w,
            tr("Save to library"),
            tr("What changed? (shown in the history)"),
            QLineEdit.EchoMode.Normal,
            suggested_message(doc),  # the edits since the last save, to start from
        )
        if not ok:
            return False
        self.flush()  # an autosave in flight must not land after the save clears it
        try:
            info = save_document(self.library, doc, message, self._ask_resolution)
        except LibraryError as exc:
            QMessageBox.warning(w, tr("Cannot save"), literal(str(exc)))
            return False
        if info is None:
            return False
        self.autosave.stop()
        w.session.remember_last(doc)  # reopened at the next start
        w.statusBar().showMessage(tr("Saved as revision {n}").format(n=info.number), 5000)
        w._update_title()
        return True

    def _ask_resolution(self, conflict: Conflict) -> Resolution | None:
        """Someone saved first: ask whether to branch, overwrite or cancel."""
        w = self.window
        box = QMessageBox(
            QMessageBox.Icon.Warning, tr("Someone saved first"), literal(str(conflict)), parent=w
        )
        branch = box.addButton(tr("Save as new branch"), QMessageBox.ButtonRole.AcceptRole)
        overwrite = box.addButton(tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDetailedText(
            "\n".join(
                [
                    tr("Overwriting would change:"),
                    *conflict.diff.lines(),
                    "",
                    tr("They changed:"),
                    *conflict.their_changes.lines(),
                ]
            )
        )
        box.exec()
        if box.clickedButton() is branch:
            return Resolution.BRANCH
        if box.clickedButton() is overwrite:
            return Resolution.OVERWRITE
        return None

    # -- opening --
    def open_dialog(self) -> None:
        w = self.window
        if self.library is None or not w.maybe_save():
            return
        dialog = QDialog(w)
        dialog.setWindowTitle(tr("Open from library"))
        layout = QVBoxLayout(dialog)
        search = QLineEdit()
        search.setPlaceholderText(tr("Search by name"))
        search.setToolTip(tr("Show only the scenarios whose name contains this text"))
        listing = QListWidget()
        listing.setToolTip(tr("The scenarios in the library, with their latest revision"))
        layout.addWidget(search)
        layout.addWidget(listing)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Open).setToolTip(
            tr("Open the latest revision of the selected scenario")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            tr("Close without opening anything")
        )

        def fill() -> None:
            listing.clear()
            try:
                found = self.library.scenarios(search.text() or None)
            except LibraryError as exc:
                listing.addItem(QListWidgetItem(str(exc)))  # no id: nothing to open
                return
            for info in found:
                item = QListWidgetItem(
                    tr("{name} — revision {n}, {when} ({author})").format(
                        name=info.name,
                        n=info.latest.number,
                        when=when_text(info.latest.created_at),
                        author=info.latest.author,
                    )
                )
                item.setData(256, info.id)
                listing.addItem(item)
            if listing.count():
                listing.setCurrentRow(0)

        search.textChanged.connect(fill)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        listing.itemDoubleClicked.connect(dialog.accept)
        fill()
        fit_to_rows(dialog, listing)
        if dialog.exec() and listing.currentItem() is not None:
            scenario_id = listing.currentItem().data(256)
            if scenario_id is not None:
                self.open_scenario(scenario_id)

    def reopen_last(self) -> bool:
        """At start: reopen the last scenario if it came from the library (its latest
        revision); quietly nothing if there is none or it is gone (the window keeps the
        document it started with)."""
        sid = self.window.session.last_library_scenario()
        if sid is None or self.library is None:
            return False
        try:
            info, scenario = self.library.open_latest(sid)
        except (LibraryError, ScenarioFileError):
            return False
        doc = Document(scenario)
        doc.library_scenario, doc.library_revision = info.scenario_id, info.id
        self.window.set_document(doc)
        return True

    def open_scenario(self, scenario_id: int, revision_id: int | None = None) -> bool:
        try:
            if revision_id is None:
                info, scenario = self.library.open_latest(scenario_id)
            else:
                info, scenario = self.library.revision(revision_id), self.library.load(revision_id)
        except (LibraryError, ScenarioFileError) as exc:
            QMessageBox.warning(self.window, tr("Cannot open"), literal(str(exc)))
            return False
        doc = Document(scenario)
        doc.library_scenario, doc.library_revision = info.scenario_id, info.id
        self.window.set_document(doc)
        return True

    # -- history --
    def history_dialog(self) -> None:
        w = self.window
        doc = w.document
        if self.library is None or doc.library_scenario is None:
            QMessageBox.information(
                w, tr("History"), tr("This scenario is not in the library yet: save it first.")
            )
            return
        dialog = QDialog(w)
        dialog.setWindowTitle(tr("History of '{title}'").format(title=doc.title))
        dialog.resize(820, 520)
        layout = QHBoxLayout(dialog)
        revisions = QListWidget()
        revisions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        revisions.setToolTip(
            tr("Revisions, newest first: select one to see what it changed, two to compare them")
        )
        try:
            log = self.library.log(doc.library_scenario)  # newest first
        except LibraryError as exc:
            QMessageBox.warning(w, tr("History"), literal(str(exc)))
            return
        for info in log:
            item = QListWidgetItem(
                tr("{n}. {when} {author}: {message}").format(
                    n=info.number,
                    when=when_text(info.created_at),
                    author=info.author,
                    message=self.library.describe(info),  # a merge: both parents, in words
                )
            )
            item.setData(256, info.id)
            revisions.addItem(item)
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setToolTip(tr("What changed in the selected revision, or between the two selected"))
        right = QVBoxLayout()
        right.addWidget(text)
        restore = QPushButton(tr("Restore the selected revision"))
        restore.setToolTip(tr("Make it the latest again, as a new revision"))
        right.addWidget(restore)
        hint = QLabel(tr("Select two revisions (Ctrl+click) to see what changed between them."))
        hint.setWordWrap(True)
        right.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(tr("Close the history"))
        right.addWidget(buttons)
        layout.addWidget(revisions, 1)
        layout.addLayout(right, 2)

        def show() -> None:
            try:
                describe()
            except (LibraryError, ScenarioFileError) as exc:  # a damaged revision
                text.setPlainText(exc.report() if isinstance(exc, ScenarioFileError) else str(exc))

        def describe() -> None:
            ids = sorted(it.data(256) for it in revisions.selectedItems())
            if len(ids) == 1:
                info = self.library.revision(ids[0])
                parent = info.parent_id
                d = self.library.diff(parent, ids[0]) if parent else None
                head = tr("Revision {n}: {msg}").format(
                    n=info.number, msg=self.library.describe(info)
                )
                text.setPlainText(
                    "\n".join([head, "", *(d.lines() if d else [tr("(first revision)")])])
                )
            elif len(ids) >= 2:
                d = self.library.diff(ids[0], ids[-1])
                text.setPlainText("\n".join(d.lines()) or tr("No differences."))

        def do_restore() -> None:
            items = revisions.selectedItems()
            if len(items) != 1:
                return
            try:
                info = self.library.restore_revision(items[0].data(256))
            except LibraryError as exc:
                QMessageBox.warning(dialog, tr("Cannot restore"), literal(str(exc)))
                return
            dialog.accept()
            self.open_scenario(info.scenario_id)

        revisions.itemSelectionChanged.connect(show)
        restore.clicked.connect(do_restore)
        if revisions.count():
            revisions.setCurrentRow(0)
        dialog.exec()

    # -- autosave and recovery --
    def autosave_now(self) -> None:
        """Keep unsaved work for recovery without holding up the UI: the scenario as it is now
        (the document's shared read-only copy) is serialised and written on the autosave
        thread. A write already in flight is let finish; one more follows it with the state
        at that moment."""
        if self._in_flight is not None:
            self._again = True
            return
        self._again = False
        library = self.library
        work = autosave_work(library, self.window.document)
        if work is None:
            return

        def write() -> None:
            try:
                work()
            except Exception as exc:  # any failure is reported, never lost
                # (an escaped exception would leave the write "in flight" for ever and stop
                # autosave without a word)
                error: Exception | None = exc
            else:
                error = None
            with contextlib.suppress(RuntimeError):  # the window is gone: nothing to tell
                self._autosaved.emit(library, error)

        if self._saver is None:
            self._saver = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._in_flight = self._saver.submit(write)

    @property
    def autosaving(self) -> bool:
        """True while an autosave is being written."""
        return self._in_flight is not None

    def _on_autosaved(self, library, error) -> None:
        if self._in_flight is None:
            return  # already reported by ``flush``
        self._in_flight = None
        if error is not None:
            self.window.statusBar().showMessage(
                tr("Autosave failed: {why}").format(why=error), 8000
            )
        elif library is self.library:
            self.window.statusBar().showMessage(tr("Unsaved work kept for recovery"), 3000)
        if self._again:
            self.autosave_now()

    def flush(self) -> None:
        """Wait for an autosave in flight to be written (before a save, a discard, closing the
        window or changing library, so it cannot land after them)."""
        future = self._in_flight
        if future is None:
            return
        future.result()
        self._again = False
        self._in_flight = None

    def close(self) -> None:
        """The window closes: a write in flight is finished; a pending one is not needed (the
        user has just saved or discarded the work, or it was clean)."""
        self.autosave.stop()
        self.flush()
        if self._saver is not None:
            self._saver.shutdown(wait=True)
            self._saver = None

    def write_recovery(self) -> bool:
        """Keep unsaved work for recovery now, on this thread; False if it could not be
        written (when changing library and after a recovery, where it must be done before
        going on)."""
        self.flush()
        doc = self.window.document
        if self.library is None or self.library.read_only or not doc.dirty:
            return True
        try:
            self.library.save_recovery(doc.library_scenario, doc.frozen(), doc.library_revision)
        except LibraryError as exc:
            self.window.statusBar().showMessage(tr("Autosave failed: {why}").format(why=exc), 8000)
            return False
        self.window.statusBar().showMessage(tr("Unsaved work kept for recovery"), 3000)
        return True

    def discard_recovery(self) -> None:
        self.autosave.stop()
        self.flush()
        if self.library is not None and not self.library.read_only:
            with contextlib.suppress(LibraryError):
                self.library.discard_recovery()

    def offer_read_only(self) -> bool:
        """The library is held by another desk (on a shared drive): name it, and offer to open
        the library read-only. True if it was opened so."""
        held = self.held
        if held is None or held.path is None:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Library in use on another computer"),
            literal(str(held)),
            parent=self.window,
        )
        read_only = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        if box.clickedButton() is not read_only:
            return False
        try:
            self.library = open_library(held.path, author=self.author, read_only=True)
        except LibraryError as exc:
            self.error, self.held = str(exc), None
            QMessageBox.warning(self.window, tr("Library unavailable"), literal(self.error))
            return False
        self.error, self.held = "", None
        for act in (self.act_open, self.act_history):
            act.setEnabled(True)
        self.window._update_title()
        return True

    def explain_network_drive(self) -> bool:
        """Once per library: say plainly what working from a network drive means. True if the
        explanation was shown now."""
        lib = self.library
        if lib is None or lib.read_only or lib.filesystem not in ("network", "fuse"):
            return False  # read-only: the offer to open it so said why
        settings = self.window.settings
        shown = settings_keys.network_explained(settings)
        path = str(Path(lib.path))
        if path in shown:
            return False
        text = tr(
            "This library is on a network drive ({path}). To keep it safe there, only one "
            "computer at a time can save in it: while Negotiator is open here, colleagues "
            "who open the same library see your name and can only read it. Saving takes a "
            "little longer than on your own disk. Close Negotiator when you are done, so "
            "that others can save."
        )
        QMessageBox.information(
            self.window, tr("Library on a network drive"), literal(text.format(path=path))
        )
        settings.setValue(settings_keys.NETWORK_EXPLAINED, "\n".join([*shown, path]))
        return True

    def offer_recovery(self) -> bool:
        """At start: say if the library cannot be used (or only read), and offer to open it
        read-only when another desk holds it; explain a library on a network drive (once);
        then, if a crashed session left unsaved work, offer to bring it back."""
        if self.library is None and self.held is not None and not self.offer_read_only():
            return False  # the message named the other desk; the user chose not to open it
        self.explain_network_drive()
        if self.library is None:
            if self.error:
                QMessageBox.warning(self.window, tr("Library unavailable"), literal(self.error))
            return False
        if self.library.damage:
            QMessageBox.warning(self.window, tr("Library damaged"), literal(self._refusal()))
        try:
            pending = self.library.pending_recovery()
        except LibraryError:
            return False
        if not pending:
            return False
        entry = pending[0]
        name = entry.scenario_name or tr("a scenario not yet in the library")
        answer = QMessageBox.question(
            self.window,
            tr("Recover unsaved work?"),
            literal(
                tr(
                    "Negotiator did not close normally. Unsaved work on {name} from {when} was "
                    "kept. Recover it?"
                ).format(name=name, when=when_text(entry.saved_at))
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            with contextlib.suppress(LibraryError):  # a read-only library keeps it
                self.library.discard_recovery(entry.id)
            return False
        try:
            scenario = parse_scenario_text(entry.document, tr("recovered work")).scenario
        except ScenarioFileError as exc:
            QMessageBox.warning(self.window, tr("Cannot recover"), literal(exc.report()))
            return False
        doc = Document(scenario)
        doc.library_scenario, doc.library_revision = entry.scenario_id, entry.base_revision
        doc.stack.mark_dirty()
        self.window.set_document(doc)
        with contextlib.suppress(LibraryError):  # a read-only library keeps it
            self.library.discard_recovery(entry.id)
        self.write_recovery()
        return True
