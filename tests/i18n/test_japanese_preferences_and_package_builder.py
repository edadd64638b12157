"""The preferences editor and the package builder in Japanese: no English left on screen, a
tooltip on every control, and a refused edit explained in Japanese."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from visible_text import controls_without_tooltip, english, japanese_scenario_file, untranslated

from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core import edits, package_math
from negotiator_gui.core.commands import CommandError
from negotiator_gui.ui.packages.builder import PackageBuilder
from negotiator_gui.ui.preferences.editor import PreferencesEditor


@pytest.fixture
def document(tmp_path, japanese):
    path, allowed = japanese_scenario_file(tmp_path)
    return Document.open_file(str(path)), allowed


def _with_effects(editor: PreferencesEditor) -> None:
    """Select an option with tariff effects and one with commitments (the panes are filled)."""
    s = editor.document.scenario
    for issue in s.issues:
        for opt in issue.options:
            if opt.effects and opt.commitments:
                editor.select(issue.id, opt.id)
                return
    for issue in s.issues:
        for opt in issue.options:
            if opt.effects:
                editor.select(issue.id, opt.id)
                return


def test_preferences_editor_in_japanese(qtbot, document):
    doc, allowed = document
    editor = PreferencesEditor(doc)
    qtbot.addWidget(editor)
    editor.resize(1500, 520)
    editor.show()
    _with_effects(editor)
    assert editor.effects.effects.rowCount() > 0
    found = untranslated(editor, allowed)
    assert not found, f"{len(found)} untranslated:\n" + "\n".join(found)
    missing = controls_without_tooltip(editor)
    assert not missing, "\n".join(missing)


def test_preferences_editor_commitments_in_japanese(qtbot, document):
    doc, allowed = document
    editor = PreferencesEditor(doc)
    qtbot.addWidget(editor)
    editor.show()
    s = doc.scenario
    found_one = False
    for issue in s.issues:
        for opt in issue.options:
            if opt.commitments:
                editor.select(issue.id, opt.id)
                found_one = True
                break
        if found_one:
            break
    assert found_one and editor.effects.commitments.rowCount() > 0
    found = untranslated(editor, allowed)
    assert not found, f"{len(found)} untranslated:\n" + "\n".join(found)


def test_editor_widgets_in_japanese(qtbot, document):
    """The in-cell editors (combo of operators and kinds, spin boxes) speak Japanese."""
    doc, allowed = document
    editor = PreferencesEditor(doc)
    qtbot.addWidget(editor)
    editor.show()
    _with_effects(editor)
    view, model = editor.effects.effects_view, editor.effects.effects
    delegate = view.itemDelegate()
    for col in range(model.columnCount()):
        w = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), model.index(0, col))
        if w is None:
            continue
        texts = [w.toolTip()] + [w.itemText(i) for i in range(getattr(w, "count", lambda: 0)())]
        for text in texts:
            assert not english(text, allowed), (col, text)
        w.deleteLater()


def test_refused_edit_is_explained_in_japanese(qtbot, document):
    doc, allowed = document
    editor = PreferencesEditor(doc)
    qtbot.addWidget(editor)
    editor.show()
    model = editor.model
    assert not model.setData(model.index(0, model.FIXED), 150.0, Qt.ItemDataRole.EditRole)
    assert editor.error.isVisibleTo(editor)
    assert editor.error.text()
    assert not english(editor.error.text(), allowed), editor.error.text()


def test_core_messages_in_japanese(document):
    doc, allowed = document
    s = doc.scenario
    issue = s.issues[0]
    messages = []
    for make in (
        lambda: edits.remove_option(s, issue.id, "no-such-option"),
        lambda: edits.set_score(s, s.perspective, issue.id, issue.options[0].id, -5),
        lambda: edits.set_reservation(s, s.perspective, 500.0),
        lambda: package_math.set_effect_field(s, issue.id, issue.options[0].id, 99, "note", ""),
    ):
        with pytest.raises(CommandError) as exc:
            make()
        messages.append(str(exc.value))
    cmd = edits.set_score(s, s.perspective, issue.id, issue.options[0].id, 50)
    messages.append(cmd.name)
    for text in messages:
        text = re.sub(r"'[^']*'|\$\S*", " ", text)  # ids and JSON paths are shown as they are
        assert not english(text, allowed), text


def test_package_builder_in_japanese(qtbot, document):
    doc, allowed = document
    builder = PackageBuilder(Session(doc))
    qtbot.addWidget(builder, before_close_func=lambda b: b.runner.wait())
    builder.resize(1400, 520)
    builder.show()
    qtbot.waitUntil(lambda: builder.indicators is not None, timeout=10_000)
    assert builder.suggestions.count() > 0
    builder.record_offer()
    found = untranslated(builder, allowed)
    assert not found, f"{len(found)} untranslated:\n" + "\n".join(found)
    missing = controls_without_tooltip(builder)
    assert not missing, "\n".join(missing)
