"""Writing outputs: how a failure is worded (``os_error_text``, ``OutputCheckError``), and a
file written in full beside its target, put in place later (``stage``): an export whose writing
runs on a worker thread while the decision to keep it (the user did not cancel) is taken
afterwards, on the thread that shows the result.

It is ``io.atomic_write.atomic_path`` held open across that gap, not another copy of "write a
temporary file, then rename": ``stage`` enters the context and writes, ``commit`` leaves it
normally (the temporary file replaces the target), ``discard`` leaves it as on an error (the
temporary file is removed, the target left as it was).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from negotiator_gui.core.i18n import tr
from negotiator_gui.io.atomic_write import OutputCheckError, atomic_path, os_error_text

T = TypeVar("T")

__all__ = [
    "OutputCheckError",
    "StagedFile",
    "os_error_text",
    "stage",
    "unexpected_text",
    "write_file",
]


def unexpected_text(exc: BaseException) -> str:
    """An error no message was written for, named for the user instead of a traceback:
    "Unexpected problem (KeyError): 'autos'"."""
    name = type(exc).__name__
    return tr("Unexpected problem ({kind}): {text}").format(kind=name, text=str(exc) or name)


class _Dropped(Exception):
    """Thrown into ``atomic_path`` to make it remove the temporary file."""


class StagedFile:
    """The finished temporary file of ``target``; exactly one of ``commit`` or ``discard``
    ends it (a second call does nothing)."""

    def __init__(self, target: Path, context: contextlib.AbstractContextManager[Path]) -> None:
        self.target = target
        self._context: contextlib.AbstractContextManager[Path] | None = context
        #: What the writer returned (an export's result, for the message).
        self.result: Any = None

    def commit(self) -> Path:
        """Put the file in place (``OSError`` if the rename fails; the temporary file is then
        removed)."""
        context, self._context = self._context, None
        if context is not None:
            context.__exit__(None, None, None)
        return self.target

    def discard(self) -> None:
        """Drop the file; the target stays as it was."""
        context, self._context = self._context, None
        if context is not None:
            with contextlib.suppress(_Dropped):
                context.__exit__(_Dropped, _Dropped(), None)


def stage(
    target: str | os.PathLike[str],
    write: Callable[[Path], Any],
    cancel: Callable[[], None] | None = None,
) -> StagedFile:
    """Call ``write(tmp)`` on a new temporary file beside ``target``, then ``cancel()`` (which
    may raise to stop); on any failure the temporary file is gone and the error raised. The
    ``StagedFile`` returned holds what ``write`` returned in ``result``."""
    context = atomic_path(target)
    tmp = context.__enter__()
    staged = StagedFile(Path(target), context)
    try:
        if cancel is not None:
            cancel()
        staged.result = write(tmp)
        if cancel is not None:
            cancel()
    except BaseException:
        context.__exit__(*sys.exc_info())
        raise
    return staged


def write_file(
    target: str | os.PathLike[str],
    write: Callable[[Path], T],
    cancel: Callable[[], None] | None = None,
) -> T:
    """Write ``target`` whole or not at all, in one go: ``write(tmp)`` fills a temporary file
    beside it (and may read it back, raising if it is not right), which then replaces
    ``target``; on any failure the old file is kept and no temporary file is left. Returns what
    ``write`` returned."""
    staged = stage(target, write, cancel)
    staged.commit()
    return staged.result
