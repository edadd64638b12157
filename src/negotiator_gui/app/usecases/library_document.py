"""The open document and the library: saving a revision (a conflict resolved as the caller
chooses) and the autosave policy, shared by the window and anything else that saves.

The window asks the questions (the message, how to resolve a conflict) and calls these; what a
save does to the document (its library place, its clean mark) is decided here, once.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from negotiator_gui.app.document import Document
from negotiator_gui.core.i18n import tr
from negotiator_gui.store import Conflict, Library, RevisionInfo

__all__ = ["Conflict", "Resolution", "autosave_work", "save_document", "suggested_message"]


class Resolution(Enum):
    """How to save when someone else saved a newer revision first."""

    BRANCH = "branch"  # keep theirs; ours becomes a new branch from our base
    OVERWRITE = "overwrite"  # ours becomes the latest revision


def save_document(
    library: Library,
    document: Document,
    message: str,
    resolve: Callable[[Conflict], Resolution | None],
) -> RevisionInfo | None:
    """Save ``document`` to ``library`` as a new scenario or the next revision of its own;
    on a ``Conflict``, ``resolve`` chooses (None: nothing is saved). The document then knows
    its place in the library and is clean. ``LibraryError`` is raised for the caller to show,
    with the document as it was."""
    try:
        if document.library_scenario is None:
            info = library.create(document.scenario, message=message)
        else:
            info = library.save(
                document.library_scenario, document.scenario, document.library_revision, message
            )
    except Conflict as conflict:
        choice = resolve(conflict)
        if choice is Resolution.BRANCH:
            info = library.save_as_branch(document.scenario, conflict.base.id, message=message)
        elif choice is Resolution.OVERWRITE:
            info = library.save(
                conflict.scenario_id,
                document.scenario,
                conflict.latest.id,
                message,
                overwrite=True,
            )
        else:
            return None
    document.library_scenario, document.library_revision = info.scenario_id, info.id
    document.stack.set_clean()
    return info


def suggested_message(document: Document, most: int = 3) -> str:
    """A save message to start from: the edits since the last save, in the undo history's
    words ("Move card 'X'; Set weight …; and 4 more")."""
    names = document.stack.names_since_clean()
    if not names:
        return ""
    text = "; ".join(names[:most])
    if len(names) > most:
        text += "; " + tr("and {n} more").format(n=len(names) - most)
    return text


def autosave_work(library: Library | None, document: Document) -> Callable[[], None] | None:
    """What an autosave would write now, as a function for any thread (the revision's frozen
    copy, saved as the library's recovery copy of this scenario); None when there is nothing
    to keep (no library, a read-only one, no unsaved change)."""
    if library is None or library.read_only or not document.dirty:
        return None
    scenario = document.frozen()
    sid, base = document.library_scenario, document.library_revision
    return lambda: library.save_recovery(sid, scenario, base)
