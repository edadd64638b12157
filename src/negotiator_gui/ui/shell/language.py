"""The window's language: English or Japanese, following the system locale unless the user
chose one in Settings ("ui/language": "system", "en" or "ja").

The translation is installed once, at start-up, before any window is built: Qt's own strings
(standard buttons, file dialogs) from Qt's ``qtbase`` catalogue, ours from the compiled
``resources/translations/negotiator_<lang>.qm``, and the core's ``tr`` hook routed to Qt's
translator. Numbers and dates go through ``QLocale`` so they read the way the user expects.
Japanese needs fonts that have its glyphs: the application font gets a list of fallback
families that covers Windows, macOS and Linux.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from negotiator_gui.core import i18n
from negotiator_gui.paths import resource_path
from negotiator_gui.ui.common import settings_keys as keys

SETTING = keys.LANGUAGE
#: (setting value, label shown in Settings); a language's own name is never translated.
CHOICES: tuple[tuple[str, str], ...] = (
    ("system", i18n.N_("System")),
    ("en", "English"),
    ("ja", "日本語"),
)
LANGUAGES = ("en", "ja")
#: Families tried, in order, for Japanese text: Windows, macOS, then common Linux fonts.
JAPANESE_FONTS = (
    "Yu Gothic UI",
    "Meiryo UI",
    "Meiryo",
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "IPAPGothic",
    "IPAGothic",
    "TakaoPGothic",
    "VL PGothic",
)

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_current = "en"


def resolve(choice: str | None, system: QLocale | None = None) -> str:
    """The language to use for a Settings choice (unknown values count as "system")."""
    choice = str(choice or "system")
    if choice in LANGUAGES:
        return choice
    system = system or QLocale.system()
    return "ja" if system.language() == QLocale.Language.Japanese else "en"


def current() -> str:
    """The language installed now ("en" or "ja")."""
    return _current


def qm_path(language: str) -> Path:
    """The compiled translation: the one the build made, or, where the build did not make one
    or the ``.ts`` source is newer (a checkout being edited), one compiled now into the user's
    cache folder with PySide6's lrelease."""
    built = resource_path("translations", f"negotiator_{language}.qm")
    source = resource_path("translations", f"negotiator_{language}.ts")
    if built.is_file() and (
        not source.is_file() or built.stat().st_mtime >= source.stat().st_mtime
    ):
        return built
    if not source.is_file():
        return built
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    compiled = cache / "translations" / built.name
    if compiled.is_file() and compiled.stat().st_mtime >= source.stat().st_mtime:
        return compiled
    import subprocess

    from negotiator_gui.translations import compile_ts  # the catalogue tool: only here

    try:
        return compile_ts(source, compiled)
    except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
        log.warning("could not compile %s: %s", source, exc)
        return built


def _locale_for(language: str, choice: str) -> QLocale:
    if choice == "system" and resolve("system") == language:
        return QLocale.system()
    if language == "ja":
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _date(day: dt.date) -> str:
    """The locale's short date, with a four-digit year (a two-digit one reads ambiguously in
    papers that span decades of tariff history)."""
    locale = QLocale()
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


def japanese_families() -> list[str]:
    """The installed families from ``JAPANESE_FONTS``, plus any other with Japanese glyphs."""
    have = set(QFontDatabase.families())
    chosen = [f for f in JAPANESE_FONTS if f in have]
    if not chosen:
        chosen = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)[:1]
    return chosen


def apply_fonts(app: QApplication) -> None:
    """Give the application font Japanese fallbacks (Qt tries the families in order per glyph),
    so Japanese scenario text renders in any language, in widgets and in charts alike."""
    font = QFont(app.font())
    base = font.families() or [font.family()]
    extra = [f for f in japanese_families() if f not in base]
    if extra:
        font.setFamilies([*base, *extra])
        app.setFont(font)


def install(app: QCoreApplication, language: str, choice: str = "") -> bool:
    """Install ``language``'s translations and locale; False (and English) when the compiled
    translation is missing or unreadable, which is logged, never fatal."""
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.set_translator(None)
    ok = True
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(qm_path(language))):
            qt = QTranslator(app)
            if qt.load(
                f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ):
                app.installTranslator(qt)
                _installed.append(qt)
            app.installTranslator(ours)
            _installed.append(ours)
            # the catalogue tool's module (its XML imports cost an English start nothing)
            from negotiator_gui.translations import CONTEXT

            i18n.set_translator(lambda text: QCoreApplication.translate(CONTEXT, text))
        else:
            log.warning("no translation at %s: the window stays in English", qm_path(language))
            language, ok = "en", False
    _current = language
    i18n.set_language(language)
    QLocale.setDefault(_locale_for(language, choice or language))
    i18n.set_locale(_number, _date)
    if isinstance(app, QApplication):
        apply_fonts(app)
    return ok


def install_from_settings(app: QCoreApplication, settings: QSettings) -> str:
    """Start-up: the language the settings (or the system) ask for; returns the one installed."""
    choice = keys.language(settings)
    install(app, resolve(choice), choice)
    return _current
