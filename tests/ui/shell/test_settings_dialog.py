"""Edit → Settings…: every setting is stored and takes effect, Cancel changes nothing, and a
library location that cannot be used is refused with a message and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from negotiator_gui.core import edits
from negotiator_gui.store import open_library
from negotiator_gui.store.recovery import os_user
from negotiator_gui.ui.charts import base as charts_base
from negotiator_gui.ui.charts.impact import ImpactPanel
from negotiator_gui.ui.common import settings_keys as keys
from negotiator_gui.ui.shell import settings_dialog, theme
from negotiator_gui.ui.shell.settings_dialog import SettingsDialog

B = QDialogButtonBox.StandardButton


def _dialog(qtbot, window, confirm: bool = True) -> SettingsDialog:
    d = SettingsDialog(window)
    d.confirm_relocation = lambda old, new: confirm
    qtbot.addWidget(d)
    return d


def _pick(combo, key: str) -> None:
    combo.setCurrentIndex(combo.findData(key))


def _edit_a_card(window) -> None:
    s = window.document.scenario
    card = s.cards[0]
    window.document.push(edits.update_fields(s, "card", card.id, {"title": card.title + "!"}))


def test_action_in_edit_menu_with_preferences_shortcut(window):
    assert window.settings_menu.action in window.edit_menu.actions()
    assert not window.settings_menu.action.shortcut().isEmpty()
    assert window.settings_menu.action.toolTip()


def test_dialog_shows_the_stored_values_and_defaults(qtbot, window, settings):
    d = _dialog(qtbot, window)
    assert d.language.currentData() == "system"
    assert d.theme.currentData() == "system"
    assert d.author.text() == os_user()
    assert d.autosave.value() == keys.DEFAULT_AUTOSAVE
    assert d.trade_model.currentData() == "linear"
    assert Path(d.library.text()) == Path(settings.value("library/path"))


def test_every_setting_is_stored_and_takes_effect(qtbot, window, settings):
    d = _dialog(qtbot, window)
    _pick(d.language, "ja")
    _pick(d.theme, "dark")
    d.author.setText("  Akiko Tanaka ")
    d.autosave.setValue(12)
    _pick(d.trade_model, "exact")
    d.buttons.button(B.Apply).click()
    assert d.error.isHidden(), d.error.text()
    assert settings.value(keys.LANGUAGE) == "ja"
    assert settings.value(keys.THEME) == "dark"
    assert charts_base.current_theme() == "dark"
    assert window.theme.actions["dark"].isChecked()
    assert settings.value(keys.AUTHOR) == "Akiko Tanaka"
    assert int(settings.value(keys.AUTOSAVE)) == 12
    assert window.library.autosave.interval() == 12_000
    assert settings.value(keys.TRADE_MODEL) == "exact"
    assert all(p.exact.isChecked() for p in window.findChildren(ImpactPanel))
    # the author is on the revisions saved from now on
    info = window.library.library.create(window.document.scenario, message="m")
    assert info.author == "Akiko Tanaka"


def test_autosave_zero_turns_it_off(qtbot, window):
    d = _dialog(qtbot, window)
    d.autosave.setValue(0)
    assert d.apply()
    _edit_a_card(window)
    assert not window.library.autosave.isActive()
    d.autosave.setValue(5)
    assert d.apply()
    _edit_a_card(window)
    assert window.library.autosave.isActive()
    assert window.library.autosave.interval() == 5000


def test_stored_settings_are_used_by_a_new_window(make_window, settings):
    settings.setValue(keys.AUTHOR, "Kenji")
    settings.setValue(keys.AUTOSAVE, 30)
    settings.setValue(keys.TRADE_MODEL, "exact")
    w = make_window()
    assert w.library.library.author == "Kenji"
    assert w.library.autosave.interval() == 30_000
    w.panel("tariff-charts")  # built when first shown: with the stored trade model
    panels = w.findChildren(ImpactPanel)
    assert panels and all(p.exact.isChecked() for p in panels)


def test_cancel_changes_nothing(qtbot, window, settings):
    before = {k: settings.value(k) for k in settings.allKeys()}
    theme_before = theme._applied
    d = _dialog(qtbot, window)
    _pick(d.language, "en")
    _pick(d.theme, "light")
    d.author.setText("Someone else")
    d.autosave.setValue(99)
    _pick(d.trade_model, "exact")
    d.library.setText(str(Path(settings.value("library/path")).parent / "other.sqlite"))
    d.buttons.button(B.Cancel).click()
    assert {k: settings.value(k) for k in settings.allKeys()} == before
    assert theme._applied == theme_before
    assert window.library.autosave.interval() == keys.DEFAULT_AUTOSAVE * 1000
    assert not any(p.exact.isChecked() for p in window.findChildren(ImpactPanel))
    assert window.library.library.author == os_user()


def test_restore_defaults_fills_the_fields_only(qtbot, window, settings):
    settings.setValue(keys.AUTHOR, "Kenji")
    settings.setValue(keys.AUTOSAVE, 40)
    d = _dialog(qtbot, window)
    d.buttons.button(B.RestoreDefaults).click()
    assert d.author.text() == os_user()
    assert d.autosave.value() == keys.DEFAULT_AUTOSAVE
    assert settings.value(keys.AUTHOR) == "Kenji"  # not stored until OK or Apply


def test_empty_author_is_refused_with_a_message(qtbot, window, settings):
    d = _dialog(qtbot, window)
    d.author.setText("   ")
    d.autosave.setValue(50)
    d.buttons.button(B.Ok).click()
    assert (not d.error.isHidden()) and "author" in d.error.text()
    assert settings.value(keys.AUTOSAVE) is None  # nothing stored


def test_new_library_location_reopens_the_library_and_keeps_both(qtbot, window, settings, tmp_path):
    old_path = Path(settings.value("library/path"))
    old_lib = window.library.library
    old_lib.create(window.document.scenario, message="kept in the old one")
    _edit_a_card(window)  # unsaved work: must survive the move
    new_dir = tmp_path / "elsewhere"
    new_dir.mkdir()
    d = _dialog(qtbot, window)
    d.library.setText(str(new_dir))  # a folder means the library file inside it
    assert d.apply(), d.error.text()
    new_path = new_dir / "library.sqlite"
    assert settings.value(keys.LIBRARY) == str(new_path)
    assert Path(window.library.library.path) == new_path
    assert window.document.dirty  # the open scenario, unsaved changes included
    assert window.document.library_scenario is None
    recovery = "SELECT count(*) FROM recovery"
    assert window.library.library.db.conn.execute(recovery).fetchone()[0] == 1  # kept anew
    with open_library(old_path) as lib:
        assert [s.name for s in lib.scenarios()]  # the old library still has its scenario
        assert lib.db.conn.execute(recovery).fetchone()[0] == 0  # not offered twice
    assert window.library.act_open.isEnabled()


def test_relocation_needs_confirmation(qtbot, window, settings, tmp_path):
    before = settings.value(keys.LIBRARY)
    d = _dialog(qtbot, window, confirm=False)
    d.library.setText(str(tmp_path / "no.sqlite"))
    assert not d.apply()
    assert settings.value(keys.LIBRARY) == before
    assert not (tmp_path / "no.sqlite").exists()


@pytest.mark.parametrize("where", ["under_a_file", "relative", "empty", "not_sqlite", "folder"])
def test_bad_library_location_is_refused_and_changes_nothing(
    qtbot, window, settings, tmp_path, where
):
    blocker = tmp_path / "a-file.txt"
    blocker.write_text("x")
    junk = tmp_path / "junk.sqlite"
    junk.write_text("this is not a database")
    text = {
        "under_a_file": str(blocker / "lib.sqlite"),
        "relative": "relative/lib.sqlite",
        "empty": "  ",
        "not_sqlite": str(junk),
        "folder": str(tmp_path / "x" / "y" / "z"),
    }[where]
    if where == "folder":
        (tmp_path / "x").mkdir()
        (tmp_path / "x").chmod(0o500)
    before = {k: settings.value(k) for k in settings.allKeys()}
    library = window.library.library
    d = _dialog(qtbot, window)
    d.library.setText(text)
    d.author.setText("Changed")
    try:
        ok = d.apply()
    finally:
        (tmp_path / "x").chmod(0o700) if where == "folder" else None
    if where == "folder" and ok:
        pytest.skip("running as a user who can write anywhere")
    assert not ok
    assert (not d.error.isHidden()) and d.error.text()
    assert {k: settings.value(k) for k in settings.allKeys()} == before
    assert window.library.library is library
    assert window.library.library.author == os_user()


def test_open_settings_from_the_menu_and_cancel(qtbot, window):
    def cancel() -> None:
        window.settings_menu.dialog.reject()

    QTimer.singleShot(0, cancel)
    window.settings_menu.action.trigger()
    assert window.settings_menu.dialog is None


def test_every_control_has_a_tooltip(qtbot, window):
    d = _dialog(qtbot, window)
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox

    controls = d.findChildren(QWidget)
    missing = [
        c
        for c in controls
        if isinstance(c, QAbstractButton | QComboBox | QLineEdit | QSpinBox)
        and not c.toolTip()
        and not isinstance(c.parent(), QSpinBox | QComboBox)
    ]
    assert not missing, [c.objectName() or type(c).__name__ for c in missing]


def test_library_problem_messages():
    assert settings_dialog.library_problem("")
    assert "full path" in settings_dialog.library_problem("lib.sqlite")


def test_theme_names_lose_menu_accelerators():
    assert settings_dialog.without_accelerator("&Dark") == "Dark"
    assert settings_dialog.without_accelerator("ダーク(&D)") == "ダーク"
