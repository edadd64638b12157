"""The preferences feature's dock (see ``ui.common.registry``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from negotiator_gui.app.session import Session
from negotiator_gui.core.i18n import N_
from negotiator_gui.ui.common.registry import Host, PanelSpec

if TYPE_CHECKING:
    from negotiator_gui.ui.preferences.editor import PreferencesEditor


def _editor(session: Session, host: Host) -> PreferencesEditor:
    from negotiator_gui.ui.preferences.editor import PreferencesEditor  # imported when first needed

    editor = PreferencesEditor(session.document)
    session.document_changed.connect(editor.set_document)
    return editor


PANELS = (
    PanelSpec(
        "preferences-editor",
        N_("Issues and preferences"),
        _editor,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        "Ctrl+Shift+P",
        N_("Issues, options, scores, weights, reservation values and option effects"),
        front=True,
    ),
)
