"""Translation and locale hooks for the user-visible strings and numbers the program makes.

The core cannot use Qt's translator, so the application installs one here at start-up
(``set_translator``); without it, text is returned as written (English). Every visible string
is written as ``tr("literal")`` (or marked ``N_("literal")`` where it is stored in a table and
translated later with ``tr(variable)``): ``negotiator_gui.translations`` finds those literals
to keep the Qt Linguist sources in ``resources/translations/`` complete.

Numbers and dates shown to the user go through ``number``/``date_text`` so that the window can
follow the user's locale (``set_locale``); the defaults are plain English formats.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

_translate: Callable[[str], str] = lambda text: text  # noqa: E731
_number: Callable[[float, int], str] = lambda value, decimals: f"{value:,.{decimals}f}"  # noqa: E731
_date: Callable[[dt.date], str] = lambda day: day.isoformat()  # noqa: E731
_language = "en"


def set_translator(fn: Callable[[str], str] | None) -> None:
    """Install the function that translates source strings (``None``: back to English)."""
    global _translate
    _translate = fn or (lambda text: text)


def tr(text: str) -> str:
    """Translate ``text``; placeholders are filled by the caller with ``str.format`` afterwards."""
    return _translate(text)


def N_(text: str) -> str:
    """Mark a literal for translation without translating it now (it is stored in a table and
    passed through ``tr`` when shown, after the translator is installed)."""
    return text


def plural(n: float, one: str, many: str) -> str:
    """The whole sentence for a count, ``one`` for 1 and ``many`` otherwise, translated (mark
    both with ``N_``): a plural comes from the translation (Japanese has one form for both),
    never from an English "(s)" glued to a word."""
    return tr(one if n == 1 else many)


def set_language(code: str) -> None:
    """Record the language the translator installed speaks ("en", "ja"): files written for the
    user (the Excel workbook) pick their fonts by it."""
    global _language
    _language = code or "en"


def language() -> str:
    """The language of the installed translator ("en" without one)."""
    return _language


#: Languages a scenario's content (party names, issue titles, option labels, measure and card
#: titles) may be written in beside English, in an entity's ``text`` map.
CONTENT_LANGUAGES: tuple[str, ...] = ("ja",)
#: Each content language's name as users read it (translated when shown).
LANGUAGE_NAMES: dict[str, str] = {"ja": N_("Japanese")}


def local(entity: object, field: str, lang: str | None = None) -> str:
    """An entity's ``field`` in the current (or given) language: its ``text`` in that language
    when it has one, else the English field. Every display of a name goes through here, so a
    Japanese sentence never has an English name glued into it where a Japanese one exists."""
    english = getattr(entity, field)
    code = _language if lang is None else lang
    texts = getattr(entity, "text", None)
    if code == "en" or not texts:
        return english
    return texts.get(code, {}).get(field) or english


def set_locale(
    number: Callable[[float, int], str] | None = None,
    date: Callable[[dt.date], str] | None = None,
) -> None:
    """Install the locale's number and date formats (``None``: back to the defaults)."""
    global _number, _date
    _number = number or (lambda value, decimals: f"{value:,.{decimals}f}")
    _date = date or (lambda day: day.isoformat())


def number(value: float, decimals: int = 0) -> str:
    """``value`` with grouping and ``decimals`` places in the user's locale."""
    return _number(value, decimals)


def date_text(day: dt.date) -> str:
    """A date in the user's locale's short format."""
    return _date(day)
