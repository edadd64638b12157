"""User text (names, titles, labels, notes, paths) is shown as written, never as Qt rich text.

A scenario whose free texts all start with markup is opened in the main window; every label,
tooltip (widgets, actions, table cells and headers, chart items) and chart text is rendered the
way Qt renders it, and must show the markup character for character. Message boxes that quote
user text are checked the same way. ``ui.text``'s helpers are checked against Qt's own
rendering on generated text.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox
from shown_text import hostile, html_shown, misread, rendered, texts

from factories import small_scenario
from negotiator_gui.ui.common.text import escape, literal, no_mnemonic, plain_label
from readiness import idle

#: The markup of the report: bold text and an image.
MARK = '<b>bold</b><img src="x">'
PROBE = "bold"


def open_window(qtbot, settings_, markup: str):
    from negotiator_gui.app.document import Document
    from negotiator_gui.ui.shell.main_window import MainWindow

    w = MainWindow(Document(hostile(small_scenario(), markup)), settings_)
    qtbot.addWidget(w, before_close_func=lambda win: win.document.stack.set_clean())
    w.resize(1280, 760)
    w.show()
    # the panels' jobs (charts, analysis) arrive and are drawn (``jobs.drain`` would drop the
    # queued ones: the charts' tooltips then never came, by chance)
    qtbot.waitUntil(lambda: idle(w), timeout=60_000)
    QApplication.processEvents()
    return w


# -- the helpers against Qt's own rendering ---------------------------------------------------

MARKUP_BITS = ["<b>", "</b>", "<i>", '<img src="x">', '<a href="http://x.invalid">', "</a>"]
TEXTS = st.lists(
    st.one_of(
        st.sampled_from([*MARKUP_BITS, "&lt;", "&amp;", "&", "<", ">", "<qt>", "<!--", "R&D"]),
        st.text(alphabet="ab <>&;'\"\n\t=/", max_size=6),
    ),
    max_size=6,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_literal_shows_any_text_as_written(qapp, text):
    assert rendered(literal(text)) == text


def test_literal_leaves_plain_text_alone(qapp):
    for text in ("Japan", "R&D", "a < b", "x\n<b>second line</b>", "  spaced  "):
        assert not Qt.mightBeRichText(text)
        assert literal(text) == text
    assert rendered(literal("<b>x</b>\r\ny")) == "<b>x</b>\ny"  # one break, as plain text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab<>&;'\"=/!", min_size=1, max_size=24))
def test_escape_shows_any_text_as_written_in_html(qapp, text):
    assert html_shown(escape(text)) == text
    assert html_shown(f"<b>{escape(text)}</b>") == text


def test_plain_label_is_plain(qapp):
    made = plain_label(MARK)
    assert made.textFormat() == Qt.TextFormat.PlainText and made.text() == MARK
    made.setText("<i>later</i>")
    assert rendered(made.text(), made.textFormat()) == "<i>later</i>"
    existing = QLabel()
    assert plain_label(existing) is existing
    assert existing.textFormat() == Qt.TextFormat.PlainText


def test_no_mnemonic_keeps_ampersands_of_a_buddy_label(qapp):
    """A label with a buddy takes '&' for a shortcut marker: "R&D" drew as "RD"."""
    alone = QLabel("R&D")
    with_buddy = plain_label(no_mnemonic("R&D"))
    with_buddy.setBuddy(QLineEdit())
    assert with_buddy.sizeHint().width() == alone.sizeHint().width()
    marked = QLabel("R&D")
    marked.setBuddy(QLineEdit())
    assert marked.sizeHint().width() < alone.sizeHint().width()  # the check can fail


# -- the window ----------------------------------------------------------------------------


def test_window_shows_markup_in_user_text_as_written(qtbot, settings):
    w = open_window(qtbot, settings, MARK)
    from negotiator_gui.ui.preferences.editor import ErrorLabel

    for label in w.findChildren(ErrorLabel):  # a refused edit quotes the value
        label.show_error(f"$.issues[0].title: {MARK} is not allowed")
    QApplication.processEvents()
    seen = [where for where, text, fmt in texts(w) if PROBE in rendered(text, fmt)]
    # the scan reaches every kind of place user text goes (so the test can fail)
    for kind in ("QLabel", "tooltip", "cell", "header", "chart text", "chart item tooltip"):
        assert any(kind in where for where in seen), f"no {kind} with user text was seen"
    assert misread(w, MARK, PROBE) == []


#: Markup a colleague's file could hold: tags, a link, entities, markup after spaces or on the
#: second line only.
MARKUPS = st.builds(
    lambda lead, tag, tail: f"{lead}{tag}{PROBE}{tail}",
    st.sampled_from(["", "  ", "x\n"]),
    st.sampled_from(["<b>", '<a href="http://x.invalid/">', "&lt;i&gt;", "<qt>", "<u><i>"]),
    st.sampled_from(["", "</b>", "</a>", '<img src="x">', " &amp; R&D"]),
)


@pytest.mark.slow
@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(markup=MARKUPS)
def test_window_generated_markup(qtbot, settings, markup):
    w = open_window(qtbot, settings, markup)
    try:
        assert misread(w, markup, PROBE) == []
    finally:
        w.document.stack.set_clean()
        w.close()


# -- message boxes -------------------------------------------------------------------------


@pytest.fixture
def boxes(monkeypatch) -> list[str]:
    """What the message boxes shown would render (text and informative text), not shown."""
    shown: list[str] = []

    def record(text: str) -> None:
        shown.append(rendered(text))

    def fake_exec(box):
        record(box.text())
        if box.informativeText():
            record(box.informativeText())
        return QMessageBox.StandardButton.Ok

    def static(parent, title, text, *args, **kwargs):
        record(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    for name in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, static)
    return shown


def test_message_boxes_quote_user_text_as_written(qtbot, settings, boxes, tmp_path):
    from negotiator_gui.core.commands import CommandError
    from negotiator_gui.ui.io.import_export import show_error

    w = open_window(qtbot, settings, MARK)
    # unsaved changes: the question names the scenario
    w.document.stack.mark_dirty()
    assert not w.maybe_save()
    w.document.stack.set_clean()

    # a refused change quotes what was refused
    def refuse():
        raise CommandError(f"the card '{MARK}' cannot move there")

    assert not w._push(refuse)
    # a file that cannot be opened, named with markup
    bad = tmp_path / f"{MARK.replace('/', '_')}.scenario.json"
    bad.write_text('{"format": "negotiator-scenario", "title": "' + MARK.replace('"', "'") + "}")
    assert not w.open_path(bad, ask=False)
    # an import error quoting the table (first line and the rest)
    show_error(w, "Import", f"{MARK} is not a column\nrow 2: {MARK}")
    assert len(boxes) >= 5
    for text in boxes:
        assert PROBE not in text or MARK.replace("/", "_") in text or MARK in text, text
    assert any(MARK in text for text in boxes)
