"""Start-up language: locale-following choice, Settings override, locale formats, fonts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from languages import plain_core_text
from negotiator_gui import translations as T
from negotiator_gui.core import i18n
from negotiator_gui.ui.shell import language


@pytest.fixture
def app(qapp):
    yield qapp
    language.install(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    plain_core_text()


@pytest.fixture
def catalogue(tmp_path: Path, monkeypatch) -> Path:
    ts = tmp_path / "negotiator_ja.ts"
    ts.write_text(
        T.render_ts(
            {"&File": T.Message("&File", [], "ファイル(&F)", True)},
            "ja",
        ),
        encoding="utf-8",
    )
    qm = T.compile_ts(ts, tmp_path / "negotiator_ja.qm")
    monkeypatch.setattr(language, "qm_path", lambda lang: qm)
    return qm


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", QLocale.Language.Japanese, "ja"),
        ("system", QLocale.Language.English, "en"),
        ("system", QLocale.Language.French, "en"),
        ("en", QLocale.Language.Japanese, "en"),
        ("ja", QLocale.Language.English, "ja"),
        ("klingon", QLocale.Language.Japanese, "ja"),
        (None, QLocale.Language.English, "en"),
    ],
)
def test_resolve_follows_the_system_unless_overridden(choice, system, expected):
    assert language.resolve(choice, QLocale(system)) == expected


def test_japanese_installs_translator_locale_and_core_hook(app, catalogue):
    assert language.install(app, "ja")
    assert language.current() == "ja"
    assert i18n.tr("&File") == "ファイル(&F)"
    assert i18n.tr("not in the catalogue") == "not in the catalogue"
    assert QLocale().language() == QLocale.Language.Japanese
    assert i18n.number(1234567.891, 1) == "1,234,567.9"
    assert i18n.date_text(dt.date(2025, 4, 9)) == "2025/04/09"
    language.install(app, "en")
    assert i18n.tr("&File") == "&File"
    assert i18n.date_text(dt.date(2025, 4, 9)) == "4/9/2025"


def test_missing_catalogue_falls_back_to_english(app, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(language, "qm_path", lambda lang: tmp_path / "nope.qm")
    assert not language.install(app, "ja")
    assert language.current() == "en"
    assert i18n.tr("&File") == "&File"
    assert "stays in English" in caplog.text


def test_settings_override_is_read(app, catalogue, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(language.SETTING, "ja")
    assert language.install_from_settings(app, settings) == "ja"
    settings.setValue(language.SETTING, "en")
    assert language.install_from_settings(app, settings) == "en"


def test_japanese_font_fallback_when_a_japanese_font_is_installed(app):
    families = language.japanese_families()
    if not families:
        pytest.skip("no font with Japanese glyphs on this machine")
    language.apply_fonts(app)
    assert set(families) <= set(QApplication.font().families())


def test_shipped_catalogue_source_exists_and_compiles(tmp_path):
    ts = T.ts_path("ja")
    assert ts.is_file()
    assert T.compile_ts(ts, tmp_path / "x.qm").stat().st_size > 0
