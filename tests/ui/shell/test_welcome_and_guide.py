"""The first-start welcome panel, Help → Welcome panel, and Help → Quick guide (offline HTML in
English and Japanese, with the same sections and working anchors)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QTextBrowser

from negotiator_gui.ui.common import settings_keys
from negotiator_gui.ui.shell import help_guide, welcome

SECTIONS = [
    "boards", "cards", "weights", "tariffs", "timeline", "impact", "packages", "utility",
    "matrix", "excel", "library", "brief", "settings", "shortcuts",
]  # fmt: skip


def _anchors(html: str) -> list[str]:
    return re.findall(r'<a name="([^"]+)"', html)


def _links(html: str) -> list[str]:
    return re.findall(r'href="#([^"]+)"', html)


# -- the welcome panel --------------------------------------------------------------------------


def test_first_start_shows_the_welcome_panel(qtbot, window):
    qtbot.waitUntil(lambda: window.welcome.dock.isVisible())
    assert window.document.scenario.id  # the default scenario is open
    assert not window.welcome.dock.isFloating()


def test_dont_show_again_is_remembered(qtbot, make_window, settings):
    w = make_window()
    w.welcome.panel.dont_show.setChecked(True)
    assert settings_keys.welcomed(settings)
    w.welcome.panel.close_button.click()
    assert not w.welcome.dock.isVisible()
    w2 = make_window()
    # its first-run steps have run (the welcome dock's, queued before the layout's)
    qtbot.waitUntil(lambda: w2.layout_applied)
    assert not w2.welcome.dock.isVisible()
    w2.welcome.act_welcome.trigger()  # Help → Welcome panel shows it again
    assert w2.welcome.dock.isVisible()
    assert w2.welcome.panel.dont_show.isChecked()
    w2.welcome.panel.dont_show.setChecked(False)
    assert not settings_keys.welcomed(settings)


def test_buttons_bring_the_panels_forward(qtbot, window):
    tariffs = window.findChild(QDockWidget, "tariff-editor")
    tariffs.hide()
    window.welcome.panel.buttons["Tariff editor"].click()
    assert tariffs.isVisible()
    builder = window.findChild(QDockWidget, "package-builder")
    builder.hide()
    window.welcome.panel.buttons["Package builder"].click()
    assert builder.isVisible()
    charts = window.findChild(QDockWidget, "utility-space-chart")
    charts.hide()
    window.welcome.panel.buttons["Charts"].click()
    assert charts.isVisible()
    window.welcome.panel.buttons["boards"].click()
    qtbot.waitUntil(lambda: window.boards[0].isAncestorOf(window.focusWidget()))


def test_welcome_controls_have_tooltips(window):
    buttons = window.welcome.panel.findChildren(QAbstractButton)
    assert buttons and not [b.text() for b in buttons if not b.toolTip()]


def test_help_menu_has_guide_and_welcome(window):
    actions = window.help_menu.actions()
    assert window.welcome.act_quick_guide in actions and window.welcome.act_welcome in actions
    assert window.welcome.act_quick_guide.shortcut().toString() == "F1"
    assert window.welcome.act_quick_guide.toolTip() and window.welcome.act_welcome.toolTip()


# -- the quick guide ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ja"])
def test_guide_exists_with_every_section_and_working_links(language):
    html = help_guide.guide_path(language).read_text(encoding="utf-8")
    anchors = _anchors(html)
    assert set(SECTIONS) <= set(anchors)
    assert set(_links(html)) <= set(anchors)  # no link points nowhere
    assert "http://" not in html and "https://" not in html  # offline: nothing to fetch


def test_both_languages_have_the_same_sections():
    en = help_guide.guide_path("en").read_text(encoding="utf-8")
    ja = help_guide.guide_path("ja").read_text(encoding="utf-8")
    assert _anchors(en) == _anchors(ja)
    assert _links(en) == _links(ja)
    assert "ボード" in ja and "Boards" in en


def test_current_language_follows_the_locale():
    old = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
        assert settings_keys.current_language() == "ja"
        assert help_guide.guide_path().name == "quick_guide_ja.html"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert settings_keys.current_language() == "en"
        assert help_guide.guide_path().name == "quick_guide_en.html"
    finally:
        QLocale.setDefault(old)


def test_guide_opens_offline_and_anchors_scroll(qtbot, window):
    window.welcome.act_quick_guide.trigger()
    guide = window.welcome.guide
    assert guide.isVisible()
    browser = guide.findChild(QTextBrowser)
    assert browser.toolTip()
    text = browser.toPlainText()
    assert "Tariff editor" in text or "関税エディタ" in text
    qtbot.waitUntil(lambda: browser.verticalScrollBar().maximum() > 0)
    browser.verticalScrollBar().setValue(0)
    browser.anchorClicked.emit(QUrl("#shortcuts"))
    assert browser.verticalScrollBar().value() > 0
    at = browser.verticalScrollBar().value()
    browser.anchorClicked.emit(QUrl("https://example.org/"))  # never followed
    assert browser.verticalScrollBar().value() == at
    assert browser.source().isEmpty() or browser.source().isLocalFile()
    window.welcome.act_quick_guide.trigger()  # one guide window, raised again
    assert window.welcome.guide is guide


def test_welcome_module_in_panels():
    from negotiator_gui.ui.shell.main_window import PANELS

    names = [p.name for p in PANELS]
    assert "utility-space-chart" in names and "package-builder" in names
    assert welcome.TARGETS
