"""The open document and the library: saving a revision (a conflict resolved as the caller
chooses) and the autosave policy, shared by the window and anything else that saves.

The window asks the questions (the message, how to resolve a conflict) and calls these; what a
save does to the document (its library place, its clean mark) is decided here, once.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from negotiator_gui.app.document import Document
from negotiator_gui.core.i18n import tr
from negotiator_gui.io.origin import Origin
from negotiator_gui.store import Conflict, Library, LibraryError, RevisionInfo

__all__ = [
    "Conflict",
    "Resolution",
    "autosave_work",
    "file_origin",
    "save_document",
    "suggested_message",
]


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
    with the document as it was.

    After a colleague's copy was merged in (``document.merged_from``), the revision is a
    "merge" with their revision as its second parent when their file named one of ours; a
    plain file names none, so the message names the file ("Merge of FILE") unless it does."""
    merged = document.merged_from
    merge = merged is not None and document.library_scenario is not None
    merged_id = merged.revision_id if merged is not None else None
    if merged is not None and merged_id is None and merged.source not in message:
        named = tr("Merge of {file}").format(file=merged.source)
        message = f"{named}: {message}" if message.strip() else named
    try:
        if document.library_scenario is None:
            info = library.create(document.scenario, message=message)
        else:
            info = library.save(
                document.library_scenario,
                document.scenario,
                document.library_revision,
                message,
                merge=merge,
                merged_id=merged_id,
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
                merge=merge,
                merged_id=merged_id,
            )
        else:
            return None
    document.library_scenario, document.library_revision = info.scenario_id, info.id
    document.merged_from = None
    document.stack.set_clean()
    return info


def file_origin(library: Library | None, document: Document) -> Origin | None:
    """What a file saved from ``document`` says it came from: the library revision the
    document was opened from or last saved as (so merging the file back finds it exactly), else
    what the file it was opened from said; None when neither is known."""
    if library is None or document.library_revision is None:
        return document.origin
    try:
        info = library.revision(document.library_revision)
    except LibraryError:
        return document.origin
    return Origin(Path(library.path).name, info.scenario_id, info.id, info.hash)


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
