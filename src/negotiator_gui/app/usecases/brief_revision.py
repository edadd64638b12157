"""Which version of the scenario a printed brief shows, said on the brief itself.

A brief travels without the application: whoever reads it must know whether it shows a saved
revision (and which) or edits nobody has saved, which a draft mark makes plain. The window's
brief and print use this one rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from negotiator_gui.app.document import Document
from negotiator_gui.core.i18n import date_text, tr


@dataclass(frozen=True)
class BriefRevision:
    """``line``: the revision line under the brief's title; ``draft``: unsaved edits."""

    line: str
    draft: bool


def _day(created_at: str) -> str:
    """A library timestamp (UTC, ISO 8601) as the day the user reads."""
    try:
        return date_text(dt.datetime.fromisoformat(created_at.replace("Z", "+00:00")).date())
    except ValueError:
        return created_at[:10]


def brief_revision(document: Document, library: Any = None) -> BriefRevision:
    """The revision line and draft mark of ``document``: its library revision ("Library
    revision 12 of 20 Apr 2025"), "Unsaved edits since revision 12" when it was edited since,
    else its file ("File talks.scenario.json", "Unsaved edits to file …") or "Not saved yet".
    ``library`` (a ``store.Library``) gives the revision's number and date; without it, or when
    it does not know the revision, its number alone is not shown."""
    draft = document.dirty
    info = None
    if document.library_revision is not None and library is not None:
        try:
            info = library.revision(document.library_revision)
        except Exception:  # a library closed or moved since: the brief still prints
            info = None
    if info is not None:
        if draft:
            line = tr("Unsaved edits since library revision {n} of {date}")
        else:
            line = tr("Library revision {n} of {date}")
        return BriefRevision(line.format(n=info.number, date=_day(info.created_at)), draft)
    if document.path is not None:
        name = document.path.name
        line = tr("Unsaved edits to file {name}") if draft else tr("File {name}")
        return BriefRevision(line.format(name=name), draft)
    return BriefRevision(tr("Not saved yet: a draft"), True)
