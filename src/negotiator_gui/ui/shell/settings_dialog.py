"""Edit → Settings…: language, theme, author name, autosave, default trade model, library.

Nothing is stored until OK or Apply, and then only after every field is valid: a bad value is
named in red at the bottom of the dialog and nothing changes (Cancel never changes anything).
The theme, the author name, the autosave interval and the default trade model take effect at
once; the language at the next start (the translator is installed before any window exists).
A new library location is opened, after a confirmation, before any setting is written: if it
cannot be used the dialog says why and the window keeps the library it had. The old library
keeps every scenario saved in it; the open scenario stays open, unsaved work included.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from negotiator_gui.app.library import FILE_NAME, LibraryError, library_path, os_user, writable
from negotiator_gui.core.i18n import tr
from negotiator_gui.ui.common import settings_keys as keys
from negotiator_gui.ui.common.text import literal, plain_label
from negotiator_gui.ui.shell import language, theme

DEFAULTS = {
    keys.LANGUAGE: "system",
    keys.THEME: "system",
    keys.AUTOSAVE: keys.DEFAULT_AUTOSAVE,
    keys.TRADE_MODEL: "linear",
}


def without_accelerator(text: str) -> str:
    """A menu text as a plain label: "&Dark" -> "Dark", "ダーク(&D)" -> "ダーク"."""
    return re.sub(r"\s*\(&\w\)", "", text).replace("&", "")


def apply_trade_model(window, model: str) -> None:
    """Set every linear/exact toggle in the window (the trade-impact chart's) to ``model``."""
    from negotiator_gui.ui.charts.impact import ImpactPanel

    for panel in window.findChildren(ImpactPanel):
        panel.exact.setChecked(model == "exact")


def normalise_library_path(text: str) -> Path:
    """The library file a typed location means: ``~`` expanded, and a folder taken to mean
    the library file inside it."""
    path = Path(text.strip()).expanduser()
    if path.is_dir():
        path = path / FILE_NAME
    return path


def library_problem(text: str) -> str:
    """Why ``text`` cannot be the library location ("" when it can be tried)."""
    if not text.strip():
        return tr("Enter where the library file is to be kept.")
    path = normalise_library_path(text)
    if not path.is_absolute():
        return tr("The library location must be a full path, such as {example}.").format(
            example=library_path(None)
        )
    if path.exists() and not path.is_file():
        return tr("{path} is not a file.").format(path=path)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        return tr("{path} is a file, not a folder: the library cannot be kept inside it.").format(
            path=folder
        )
    if not writable(path) or not _can_write_in(folder):
        return tr(
            "The folder {folder} cannot be written: choose a folder where you can save files."
        ).format(folder=folder)
    return ""


def _can_write_in(folder: Path) -> bool:
    """Try it: permissions alone do not tell (a read-only mount, a system folder for root)."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


class SettingsDialog(QDialog):
    """The settings of ``window`` (its ``settings`` and ``library`` controller)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.settings = window.settings
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(560)
        self._build()
        self.load()

    # -- building --
    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.language = QComboBox()
        for key, text in language.CHOICES:
            self.language.addItem(tr(text), key)
        self.language.setToolTip(
            tr("The language of the window and the quick guide; applies at the next start")
        )
        note = QLabel(tr("Takes effect the next time Negotiator starts."))
        note.setToolTip(tr("The translation is loaded when the application starts"))
        note.setEnabled(False)
        lang_row = QHBoxLayout()
        lang_row.addWidget(self.language)
        lang_row.addWidget(note, 1)
        form.addRow(self._buddy(tr("&Language:"), self.language), lang_row)

        self.theme = QComboBox()
        for key, text in theme.THEMES:
            self.theme.addItem(without_accelerator(tr(text)), key)
        self.theme.setToolTip(tr("The colours of the window and the charts; applies at once"))
        form.addRow(tr("&Theme:"), self.theme)

        self.author = QLineEdit()
        self.author.setPlaceholderText(os_user())
        self.author.setMaxLength(keys.MAX_AUTHOR)
        self.author.setToolTip(
            tr("The name recorded as the author of the revisions you save in the library")
        )
        form.addRow(tr("&Author name:"), self.author)

        self.autosave = QSpinBox()
        self.autosave.setRange(0, keys.MAX_AUTOSAVE)
        self.autosave.setSuffix(tr(" s"))
        self.autosave.setSpecialValueText(tr("Off"))
        self.autosave.setToolTip(
            tr(
                "Seconds after your last edit before unsaved work is kept for recovery after "
                "a crash; 0 turns it off"
            )
        )
        form.addRow(tr("Auto&save after:"), self.autosave)

        self.trade_model = QComboBox()
        self.trade_model.addItem(tr("Linear"), "linear")
        self.trade_model.addItem(tr("Exact"), "exact")
        self.trade_model.setToolTip(
            tr("The trade model the impact chart starts with; you can still switch it there")
        )
        form.addRow(tr("Default trade &model:"), self.trade_model)

        self.library = QLineEdit()
        self.library.setToolTip(
            tr(
                "The library file where scenarios and their revisions are saved; changing it "
                "opens (or creates) the library there"
            )
        )
        self.browse = QPushButton(tr("&Browse…"))
        self.browse.setToolTip(tr("Choose the library file, or where to create a new one"))
        self.browse.clicked.connect(self.choose_library)
        lib_row = QHBoxLayout()
        lib_row.addWidget(self.library, 1)
        lib_row.addWidget(self.browse)
        form.addRow(self._buddy(tr("Library &file:"), self.library), lib_row)

        self.error = plain_label()  # quotes the library path
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828;")
        self.error.setToolTip(tr("What must be corrected before the settings can be saved"))
        self.error.hide()

        B = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(B.Ok | B.Cancel | B.Apply | B.RestoreDefaults)
        tips = {
            B.Ok: tr("Save the settings and close"),
            B.Cancel: tr("Close without changing anything"),
            B.Apply: tr("Save the settings and keep the dialog open"),
            B.RestoreDefaults: tr("Put the default values in the fields (saved by OK or Apply)"),
        }
        for which, tip in tips.items():
            self.buttons.button(which).setToolTip(tip)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(B.Apply).clicked.connect(self.apply)
        self.buttons.button(B.RestoreDefaults).clicked.connect(self.restore_defaults)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    @staticmethod
    def _buddy(text: str, field) -> QLabel:
        """A form label whose Alt+letter jumps to ``field`` (a row that is a layout has none)."""
        label = QLabel(text)
        label.setBuddy(field)
        return label

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        i = combo.findData(key)
        combo.setCurrentIndex(max(i, 0))

    # -- values --
    def load(self) -> None:
        """Show the stored settings."""
        s = self.settings
        self._select(self.language, keys.language(s))
        self._select(self.theme, str(s.value(keys.THEME, "system") or "system"))
        self.author.setText(keys.author(s))
        self.autosave.setValue(keys.autosave_seconds(s))
        self._select(self.trade_model, keys.trade_model(s))
        self.library.setText(str(self.window_.library.path()))
        self.show_error("")

    def restore_defaults(self) -> None:
        """Put the defaults in the fields; nothing is stored until OK or Apply."""
        self._select(self.language, DEFAULTS[keys.LANGUAGE])
        self._select(self.theme, DEFAULTS[keys.THEME])
        self.author.setText(os_user())
        self.autosave.setValue(DEFAULTS[keys.AUTOSAVE])
        self._select(self.trade_model, DEFAULTS[keys.TRADE_MODEL])
        self.library.setText(str(library_path(None)))
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def problems(self) -> list[str]:
        """What is wrong with the fields, in words (empty when they can be saved)."""
        found = []
        name = self.author.text().strip()
        if not name:
            found.append(tr("Enter an author name (it is recorded with every revision you save)."))
        elif any(ch in name for ch in "\n\r\t"):
            found.append(tr("The author name must fit on one line."))
        problem = library_problem(self.library.text())
        if problem:
            found.append(problem)
        return found

    def library_changed(self) -> bool:
        current = self.window_.library.path()
        wanted = normalise_library_path(self.library.text())
        return wanted.resolve() != current.expanduser().resolve()

    def confirm_relocation(self, old: Path, new: Path) -> bool:
        """Ask before moving to another library (tests replace this)."""
        answer = QMessageBox.question(
            self,
            tr("Change the library"),
            literal(  # the paths are shown as written
                tr(
                    "Use the library at {new} from now on?\n\nThe scenarios saved in {old} "
                    "stay there. The open scenario stays open, with any unsaved changes; the next "
                    "save puts it into the new library."
                ).format(new=new, old=old)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def apply(self) -> bool:
        """Check, then store every setting and make it take effect; False (and nothing
        changed) when a field is wrong or the new library cannot be used."""
        found = self.problems()
        if found:
            self.show_error("\n".join(found))
            return False
        w = self.window_
        if self.library_changed():
            new = normalise_library_path(self.library.text())
            if not self.confirm_relocation(w.library.path(), new):
                return False
            try:
                w.library.relocate(new)
            except LibraryError as exc:
                self.show_error(tr("The library cannot be moved there: {why}").format(why=exc))
                return False
            self.settings.setValue(keys.LIBRARY, str(new))
            self.library.setText(str(new))
        s = self.settings
        s.setValue(keys.LANGUAGE, self.language.currentData())
        name = self.author.text().strip()
        s.setValue(keys.AUTHOR, name)
        w.library.set_author(name)
        s.setValue(keys.AUTOSAVE, self.autosave.value())
        w.library.set_autosave_seconds(self.autosave.value())
        model = self.trade_model.currentData()
        if model != keys.trade_model(s):
            apply_trade_model(w, model)
        s.setValue(keys.TRADE_MODEL, model)
        wanted = self.theme.currentData()
        if wanted != str(s.value(keys.THEME, "system") or "system"):
            chosen = theme.apply(wanted)  # restyles every chart: only when it changed
            s.setValue(keys.THEME, chosen)
            action = w.theme.actions.get(chosen)
            if action is not None:
                action.setChecked(True)
        self.show_error("")
        w.statusBar().showMessage(tr("Settings saved"), 4000)
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    # -- the library location --
    def choose_library(self) -> None:
        start = str(normalise_library_path(self.library.text() or str(library_path(None))))
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Library file"),
            start,
            tr("Negotiator library (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.library.setText(path)


class SettingsMenu:
    """Edit → Settings… (the platform's Preferences shortcut, Ctrl+, where it has none); the
    dialog while it is open (tests reach it here)."""

    def __init__(self, window) -> None:
        self.window = window
        self.dialog: SettingsDialog | None = None
        act = QAction(tr("Se&ttings…"), window)
        shortcuts = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        act.setShortcuts(shortcuts or [QKeySequence("Ctrl+,")])
        act.setMenuRole(QAction.MenuRole.PreferencesRole)
        act.setToolTip(tr("Language, theme, author name, autosave, trade model and library"))
        act.setStatusTip(act.toolTip())
        act.triggered.connect(self.open)
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(act)
        self.action = act

    def open(self) -> int:
        dialog = SettingsDialog(self.window)
        self.dialog = dialog
        try:
            return dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()
